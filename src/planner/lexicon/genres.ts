/**
 * Genres and moods: the words that name them, and what each asks of the picture — lighting and grade presets,
 * the look's numbers, the camera angle reached for in a powerful, vulnerable or uneasy beat, and how long the
 * lenses run. The conventions are the trade's: noir's long lenses and hard contrast, horror's wide lenses and
 * dutch tilts, the western's dusty grade, romance's soft bloom.
 */
import type { GenreProfile, MoodWord } from './types.js';

export const GENRE_PROFILES: GenreProfile[] = [
  {
    genre: 'drama', words: ['drama', 'family drama', 'period drama', 'costume drama', 'melodrama', 'character study', 'kitchen sink drama', 'courtroom drama', 'biopic'],
    lighting: { day: 'window_light_portrait', night: 'rembrandt' }, grade: 'cinematic',
    look: { contrast: 0.1, saturation: 0, vignette: 0.2, grain: 0.1 },
    angles: { power: 'low', vulnerable: 'high', unease: 'high' }, focalLengthScale: 1.1,
  },
  {
    genre: 'noir', words: ['film noir', 'noir', 'neo-noir', 'neo noir', 'detective story', 'hard-boiled', 'hardboiled', 'private eye story', 'gumshoe', 'pulp detective', 'crime story', 'crime drama'],
    lighting: { day: 'split', night: 'film_noir' }, grade: 'noir_bw',
    look: { contrast: 0.5, saturation: -0.6, grain: 0.35, vignette: 0.45, bloom: 0.1, exposureEv: -0.3 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 1.2,
  },
  {
    genre: 'horror', words: ['horror', 'horror film', 'horror movie', 'scary', 'creepy', 'terrifying', 'frightening', 'haunted', 'haunting', 'spooky', 'slasher', 'gothic horror', 'ghost story', 'zombie movie', 'possession'],
    lighting: { day: 'suspense', night: 'horror' }, grade: 'horror_green',
    look: { contrast: 0.35, saturation: -0.4, grain: 0.3, vignette: 0.55, exposureEv: -0.5 },
    angles: { power: 'worms-eye', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 0.8,
  },
  {
    genre: 'western', words: ['western', 'spaghetti western', 'cowboy', 'cowboys', 'wild west story', 'gunslinger story', 'showdown', 'high noon showdown', 'outlaws', 'frontier story', 'saloon brawl'],
    lighting: { day: 'noon', night: 'campfire' }, grade: 'western_dusty',
    look: { contrast: 0.3, saturation: -0.15, grain: 0.25, vignette: 0.3 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 1.15,
  },
  {
    genre: 'sci-fi', words: ['sci-fi', 'scifi', 'science fiction', 'space opera', 'spaceship', 'starship', 'alien invasion', 'aliens', 'cyberpunk story', 'space adventure', 'time travel', 'robots'],
    lighting: { day: 'space_station', night: 'scifi_corridor' }, grade: 'sci_fi_cold',
    look: { contrast: 0.15, saturation: -0.1, bloom: 0.35, vignette: 0.2 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 0.9,
  },
  {
    genre: 'romance', words: ['romance', 'love story', 'romantic drama', 'romantic comedy', 'rom-com', 'romcom', 'love affair', 'courtship', 'first date', 'wedding'],
    lighting: { day: 'golden_hour', night: 'romantic' }, grade: 'golden_hour_glow',
    look: { contrast: -0.1, saturation: 0.1, bloom: 0.45, vignette: 0.2 },
    angles: { power: 'low', vulnerable: 'high' }, focalLengthScale: 1.25,
  },
  {
    genre: 'documentary', words: ['documentary', 'docudrama', 'nature documentary', 'found footage', 'mockumentary', 'reportage', 'cinema verite', 'fly on the wall', 'news report', 'interview footage'],
    lighting: { day: 'overcast', night: 'tv_glow' }, grade: 'natural_punch',
    look: { contrast: 0, saturation: 0, grain: 0.2 },
    angles: { power: 'eye', vulnerable: 'eye', unease: 'eye' }, focalLengthScale: 1,
  },
  {
    genre: 'fantasy', words: ['fantasy', 'high fantasy', 'epic fantasy', 'dark fantasy', 'fairy tale', 'fairytale', 'sword and sorcery', 'enchanted', 'magical', 'mythical', 'legend', 'quest', 'dragons'],
    lighting: { day: 'golden_hour', night: 'moonlight' }, grade: 'slide_film_vivid',
    look: { contrast: 0.15, saturation: 0.25, bloom: 0.4, vignette: 0.25 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 0.9,
  },
  {
    genre: 'thriller', words: ['thriller', 'psychological thriller', 'political thriller', 'techno-thriller', 'suspense', 'conspiracy', 'espionage', 'spy story', 'spy thriller', 'heist', 'manhunt', 'cat and mouse'],
    lighting: { day: 'overcast', night: 'thriller' }, grade: 'noir_color',
    look: { contrast: 0.3, saturation: -0.25, grain: 0.15, vignette: 0.35 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 1.15,
  },
  {
    genre: 'comedy', words: ['comedy', 'comedic', 'funny', 'hilarious', 'sitcom', 'slapstick', 'farce', 'screwball', 'parody', 'spoof', 'satire', 'comic', 'whimsical'],
    lighting: { day: 'high_key', night: 'broad' }, grade: 'pastel',
    look: { contrast: -0.1, saturation: 0.2, bloom: 0.1 },
    angles: { power: 'low', vulnerable: 'high' }, focalLengthScale: 0.9,
  },
  {
    genre: 'action', words: ['action', 'action movie', 'action film', 'action scene', 'blockbuster', 'car chase', 'chase scene', 'shootout', 'gunfight', 'fight scene', 'martial arts', 'kung fu', 'war film', 'war movie', 'explosion'],
    lighting: { day: 'teal_orange', night: 'cross_lighting' }, grade: 'teal_orange',
    look: { contrast: 0.35, saturation: 0.2, bloom: 0.2, grain: 0.1, vignette: 0.25 },
    angles: { power: 'worms-eye', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 0.85,
  },
  {
    genre: 'mystery', words: ['mystery', 'murder mystery', 'whodunit', 'whodunnit', 'detective mystery', 'cosy mystery', 'cozy mystery', 'investigation', 'sleuthing', 'puzzle', 'locked room'],
    lighting: { day: 'chiaroscuro', night: 'suspense' }, grade: 'print_film_warm',
    look: { contrast: 0.2, saturation: -0.1, vignette: 0.35, grain: 0.15 },
    angles: { power: 'low', vulnerable: 'high', unease: 'dutch' }, focalLengthScale: 1.1,
  },
];

/**
 * Mood words. The angle is what a beat in this mood reaches for: power looks up at its subject, vulnerability
 * down, unease tilts the horizon. Bare 'small' is not here (it is a size far more often than a feeling); the
 * phrases 'feels small' and 'looks small' are.
 */
export const MOOD_WORDS: MoodWord[] = [
  { mood: 'tense', lighting: 'suspense', words: ['tense', 'tension', 'nervous', 'nervously', 'anxious', 'anxiously', 'suspenseful', 'on edge', 'edgy', 'jittery', 'apprehensive', 'wary', 'fraught', 'strained', 'standoff', 'paranoid', 'breathless'] },
  { mood: 'romantic', angle: 'eye', lighting: 'romantic', grade: 'golden_hour_glow', words: ['romantic', 'romance', 'tender', 'tenderly', 'loving', 'lovingly', 'intimate', 'passionate', 'affectionate', 'in love', 'sensual', 'amorous', 'kiss', 'kissing', 'embrace', 'embracing'] },
  { mood: 'powerful', angle: 'low', words: ['powerful', 'towering', 'dominant', 'domineering', 'triumphant', 'mighty', 'commanding', 'imposing', 'victorious', 'authoritative', 'majestic', 'regal', 'formidable'] },
  { mood: 'menacing', angle: 'low', lighting: 'split', words: ['menacing', 'menacingly', 'threatening', 'ominous', 'sinister', 'intimidating', 'looming', 'brooding', 'malevolent', 'predatory', 'glowering', 'villainous'] },
  { mood: 'heroic', angle: 'low', grade: 'teal_orange', words: ['heroic', 'heroically', 'brave', 'bravely', 'courageous', 'valiant', 'defiant', 'defiantly', 'epic', 'noble', 'gallant', 'fearless', 'resolute'] },
  { mood: 'vulnerable', angle: 'high', words: ['vulnerable', 'afraid', 'scared', 'frightened', 'terrified', 'fearful', 'helpless', 'weak', 'defenceless', 'defenseless', 'fragile', 'powerless', 'cowering', 'trembling', 'timid', 'exposed', 'trapped', 'cornered', 'feels small', 'looks small', 'feel small', 'small and alone'] },
  { mood: 'lonely', angle: 'high', grade: 'bleak_nordic', words: ['lonely', 'alone', 'lonesome', 'isolated', 'solitary', 'forlorn', 'abandoned', 'forsaken', 'by herself', 'by himself', 'by themselves', 'all alone'] },
  { mood: 'unease', angle: 'dutch', grade: 'tungsten_film_cool', words: ['uneasy', 'unease', 'disoriented', 'disorientated', 'drunk', 'drunken', 'dizzy', 'unsettling', 'unsettled', 'off-kilter', 'queasy', 'woozy', 'delirious', 'feverish', 'confused', 'hallucinating'] },
  { mood: 'chaotic', angle: 'dutch', words: ['chaotic', 'chaos', 'frantic', 'frenzied', 'mayhem', 'panic', 'panicked', 'panicking', 'hectic', 'pandemonium', 'riot', 'brawl', 'turmoil', 'havoc'] },
  { mood: 'eerie', grade: 'tungsten_film_cool', words: ['eerie', 'eerily', 'uncanny', 'ghostly', 'spectral', 'otherworldly', 'macabre', 'unearthly', 'deathly', 'deathly quiet', 'spine-chilling'] },
  { mood: 'mysterious', lighting: 'low_key', words: ['mysterious', 'mysteriously', 'enigmatic', 'secretive', 'shadowy', 'cryptic', 'mystical', 'arcane', 'veiled', 'strange', 'curious', 'inscrutable'] },
  { mood: 'joyful', angle: 'eye', lighting: 'high_key', grade: 'warm', words: ['joyful', 'joyous', 'happy', 'happily', 'cheerful', 'cheerfully', 'delighted', 'elated', 'celebratory', 'celebrating', 'festive', 'playful', 'merry', 'jubilant', 'laughing', 'gleeful', 'upbeat', 'smiling'] },
  { mood: 'melancholy', grade: 'indie_muted', words: ['melancholy', 'melancholic', 'sad', 'sadly', 'sorrowful', 'mournful', 'grieving', 'grief', 'wistful', 'wistfully', 'bittersweet', 'downcast', 'dejected', 'depressed', 'sombre', 'somber', 'tearful', 'weeping', 'crying', 'heartbroken', 'nostalgic'] },
  { mood: 'peaceful', grade: 'soft_flat', words: ['peaceful', 'peacefully', 'calm', 'calmly', 'serene', 'tranquil', 'quiet', 'quietly', 'restful', 'idyllic', 'placid', 'meditative', 'relaxed', 'gentle', 'hushed'] },
  { mood: 'cosy', lighting: 'firelight', grade: 'warm', words: ['cosy', 'cozy', 'snug', 'homely', 'homey', 'comfortable', 'comfy', 'inviting', 'welcoming', 'warm and inviting', 'hygge', 'toasty'] },
  { mood: 'angry', angle: 'low', words: ['angry', 'angrily', 'furious', 'furiously', 'enraged', 'rage', 'raging', 'livid', 'hostile', 'seething', 'shouting', 'yelling', 'argue', 'arguing', 'argument', 'confrontation', 'confrontational'] },
  { mood: 'hopeful', angle: 'eye', lighting: 'dawn', words: ['hopeful', 'hopefully', 'optimistic', 'uplifting', 'inspiring', 'inspired', 'new beginning', 'hope', 'redemptive', 'reunited', 'reunion'] },
  { mood: 'dreamy', grade: 'dream_soft', words: ['dreamy', 'dreamlike', 'dream-like', 'surreal', 'ethereal', 'hazy memory', 'reverie', 'daydream', 'daydreaming', 'floating', 'magical realism'] },
  { mood: 'desolate', angle: 'birds-eye', grade: 'bleak_nordic', words: ['desolate', 'bleak', 'barren', 'deserted', 'forgotten', 'derelict', 'ruined', 'godforsaken', 'lifeless', 'windswept'] },
  { mood: 'oppressive', angle: 'high', lighting: 'interrogation', words: ['oppressive', 'claustrophobic', 'stifling', 'suffocating', 'cramped', 'crushing', 'hemmed in', 'confined', 'airless', 'smothering'] },
];
