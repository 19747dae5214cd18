/**
 * The setting: the place a description names (or a screenplay slugline's), inside or out, the era, the time
 * of day and the weather, and a lighting set-up named in the text.
 */
import { getProp } from '../../geometry/props/index.js';
import { CORRIDOR_WIDTH_M, type Era, type Setting, type TimeOfDay, type Weather } from '../description.js';
import { matchAny, type Token } from './tokens.js';
import { headAt, placeAt, PLACE_PHRASES, PART_WORDS } from './noun-phrases.js';
import { lookupPlace, lookupProp, singular, normalise, PLACE_WORDS, TIME_WORDS, WEATHER_WORDS, ERA_WORDS, ATMOSPHERE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from '../lexicon/index.js';
import { LIGHTING_PRESETS } from '../../library/lighting/index.js';

/** A slugline's time ("INT. KITCHEN - NIGHT") as a time of day; CONTINUOUS and LATER say none. */
const SLUG_TIMES: Record<string, TimeOfDay> = { night: 'night', 'late night': 'midnight', dawn: 'dawn', sunrise: 'dawn', dusk: 'dusk', sunset: 'dusk', evening: 'dusk', morning: 'morning', 'early morning': 'dawn', 'late morning': 'morning', day: 'afternoon', afternoon: 'afternoon', 'late afternoon': 'golden-hour', noon: 'noon', 'high noon': 'noon', 'magic hour': 'golden-hour', 'golden hour': 'golden-hour' };

/** With no place named, the things decide: trees and cars live outside, beds and sofas inside. */
const OUTDOOR_KINDS = ['tree', 'rock', 'bush', 'car', 'street_lamp', 'fence', 'well', 'log', 'mushroom', 'campfire', 'flag', 'pine_tree', 'palm_tree', 'dead_tree', 'hay_bale', 'signpost', 'mailbox', 'fire_hydrant', 'gravestone', 'traffic_cone', 'cactus', 'horse', 'cow', 'sheep', 'pig', 'chicken', 'deer', 'wolf', 'fountain', 'market_stall', 'windmill', 'bridge', 'tent'];
const INDOOR_KINDS = ['bed', 'sofa', 'bookshelf', 'wardrobe', 'desk', 'cabinet', 'chandelier', 'ceiling_lamp', 'rug', 'coffee_table', 'throne'];

/**
 * Prepositional phrases that put a scene outside whatever else it names ("on the moon", "outside the tavern",
 * "dancing in the rain"), with the place they imply when the text names no outdoor place of its own. Matched
 * on the flat text (lowercase words, single spaces, punctuation gone). `placeAfter` cues count only when the
 * word after them names a place ("outside the tavern", not "outside the window").
 */
const EXTERIOR_CUES: { cue: RegExp; place?: string; placeAfter?: true }[] = [
  { cue: / on (the|a) (moon|lunar surface) | moon's surface /, place: 'moon' },
  { cue: / (at|out at|on the open|adrift at|lost at) sea | on the (open )?(ocean|waves) | adrift /, place: 'ship_deck' },
  // Someone on the roof is up there; rain on the roof is heard from inside.
  { cue: / (stands?|standing|stood|sits?|sitting|sat|waits?|waiting|crouch\w*|kneel\w*|walks?|walking|runs?|running|lies|lying|perched|climbs?|climbing|is|are) (up )?on (the|a) roof /, place: 'rooftop' },
  { cue: / across the (roofs|rooftops) /, place: 'rooftop' },
  { cue: / (on|onto) (the|a|her|his|their|its) (balcony|terrace|fire escape) /, place: 'rooftop' },
  { cue: / (on|onto) (the|a|her|his|their|its) (porch|veranda|verandah|patio|lawn|front steps) /, place: 'garden' },
  { cue: / (under|beneath) (the|a) ((open|night|starry|clear|grey|gray|dark|cloudless|blue|stormy) )?(sky|skies|stars) | in the open air /, place: DEFAULT_EXTERIOR.id },
  { cue: / (out )?in the ((pouring|driving|heavy|light|falling|freezing|cold) )?(rain|snow|sleet|drizzle|downpour|blizzard) /, place: DEFAULT_EXTERIOR.id },
  { cue: / (outside|out front of|at the gates of) (the|a|an|his|her|their) /, placeAfter: true },
];

/** Prose that tells the time of day without its lexicon words ("the sun rises", "the sinking sun"). */
const TIME_CUES: [RegExp, TimeOfDay][] = [
  [/ (sun|dawn) (rises|rose|is rising|comes up|came up|creeps up|breaks|broke) | rising sun /, 'dawn'],
  [/ sun (sets|set|setting|is setting|goes down|went down|sinks|sank|dips|is going down) | (sinking|dying) sun /, 'golden-hour'],
  [/ (night|darkness) (falls|fell|has fallen|descends) | (stars|moon) (are|is)? ?(out|shining|rising|rises|hangs|glows) | full moon /, 'night'],
];

/** Prose that tells the weather without its lexicon words ("raindrops streak the glass"). */
const WEATHER_CUES: [RegExp, Weather][] = [
  [/ (raindrops?|rain ?(drops?|streaked|lashed|soaked|slick|slicked|spattered)|puddles) /, 'rain'],
  [/ (snowflakes?|snowdrifts?|snow ?(falls|fell|covered|capped|drifts)) /, 'snow'],
  [/ wind (howls|howling|screams|batters|whips|roars) | thunder ?(rolls|rumbles|cracks|claps) /, 'storm'],
];

/** The value of the cue that starts earliest in the text (the longest at a tie: "late afternoon" over "afternoon"). */
function earliest<T>(text: string, cues: readonly { words?: readonly string[]; re?: RegExp; value: T }[]): T | undefined {
  let best: { at: number; len: number; value: T } | undefined;
  const consider = (at: number, len: number, value: T) => {
    if (at >= 0 && (!best || at < best.at || (at === best.at && len > best.len))) best = { at, len, value };
  };
  for (const c of cues) {
    for (const w of c.words ?? []) consider(text.indexOf(` ${w} `), w.length, c.value);
    const m = c.re?.exec(text);
    if (m) consider(m.index, m[0].length, c.value);
  }
  return best?.value;
}

/**
 * The time of day: a slugline's ("INT. KITCHEN - NIGHT") first, then the earliest the prose gives anywhere in
 * the text ("…; later that night", "as the sun sets").
 */
export function timeOfDayIn(text: string, slugTime: string | undefined): TimeOfDay | undefined {
  const fromSlug = slugTime ? SLUG_TIMES[slugTime] : undefined;
  return fromSlug ?? earliest(text, [...TIME_WORDS.map((t) => ({ words: t.words, value: t.time })), ...TIME_CUES.map(([re, value]) => ({ re, value }))]);
}

/** The weather the text gives anywhere ("rain lashes the windows", "snow falls"): the earliest mention. */
export function weatherIn(text: string): Weather | undefined {
  return earliest(text, [...WEATHER_WORDS.map((w) => ({ words: w.words, value: w.weather })), ...WEATHER_CUES.map(([re, value]) => ({ re, value }))]);
}

/** The exterior cue that starts earliest, and the outdoor place it implies (if any). */
function exteriorCue(text: string): { place: string | undefined } | undefined {
  let best: { at: number; place: string | undefined } | undefined;
  for (const c of EXTERIOR_CUES) {
    const m = c.cue.exec(text);
    if (!m || (best && m.index >= best.at)) continue;
    if (c.placeAfter && !lookupPlace(text.slice(m.index + m[0].length).split(' ').slice(0, 3).join(' '))) continue;
    best = { at: m.index, place: c.place };
  }
  return best;
}

/** The setting; `genreEra` is the period the genre implies (a Western's), which the text's own era words override. */
export function parseSetting(text: string, slug: RegExpExecArray | null, tokens: Token[], genreEra?: Era): Setting {
  const slugPlace = slug ? lookupPlace(slug[2]!.toLowerCase()) : undefined;
  let place = slugPlace ?? placeIn(tokens);
  let interior = place?.interior;
  const cue = slug ? undefined : exteriorCue(text);
  if (slug) interior = slug[1] === 'INT' || (slug[1] === 'I/E' && (interior ?? true));
  else if (cue) {
    // "Outside the tavern", "on the moon": outside, at the outdoor place the text names, else the cue's own.
    interior = false;
    if (place?.interior !== false) place = placeIn(tokens, false) ?? PLACE_WORDS.find((p) => p.id === cue.place);
  }
  if (interior === undefined) interior = interiorFromWords(text, tokens);
  // Outside a storefront the text names ("rides past the sheriff's office"): the street it fronts.
  if (!place && !interior && tokens.some((_, i) => propPhraseAt(tokens, i) === 'storefront')) place = PLACE_WORDS.find((p) => p.id === 'street');
  const timeOfDay = timeOfDayIn(text, slug?.[3]?.toLowerCase());
  const weather = weatherIn(text);
  const era: Era = ERA_WORDS.find((e) => matchAny(text, e.words))?.era ?? genreEra ?? place?.era ?? 'any';
  const chosen = place ?? (interior ? DEFAULT_INTERIOR : DEFAULT_EXTERIOR);
  const inside = interior ?? chosen.interior;
  const corridor = inside && CORRIDOR.test(text) && chosen.size[0] > CORRIDOR_WIDTH_M;
  const atmosphere = atmosphereIn(text, inside);
  return { interior: inside, place: chosen.id, era, ...(timeOfDay ? { timeOfDay } : {}), ...(weather ? { weather } : {}), ...(corridor ? { shape: 'corridor' as const } : {}), ...(atmosphere ? { atmosphere } : {}) };
}

/** Words that make an interior a long narrow one, whatever place it is ("a dungeon corridor", "the hospital corridor"). */
const CORRIDOR = /\b(corridors?|hallways?|passages?|passageways?|tunnels?)\b/;

/**
 * What the renderer should draw in the air and on the ground (time-weather.json `atmosphere`): the weather of the
 * longest matching words ("heavy snow" over "snow"), outside only — rain does not fall in a cabin during a storm —
 * plus light shafts and floor reflections wherever the words are.
 */
export function atmosphereIn(text: string, interior: boolean): Setting['atmosphere'] {
  const longest = (e: (typeof ATMOSPHERE_WORDS)[number]) => Math.max(0, ...e.words.filter((w) => text.includes(` ${w} `)).map((w) => w.length));
  const weather = interior ? undefined : ATMOSPHERE_WORDS.filter((e) => e.weather && longest(e) > 0).sort((a, b) => longest(b) - longest(a))[0]?.weather;
  const volumetric = ATMOSPHERE_WORDS.some((e) => e.volumetric && longest(e) > 0);
  const reflections = ATMOSPHERE_WORDS.some((e) => e.reflections && longest(e) > 0);
  if (!weather && !volumetric && !reflections) return undefined;
  return { ...(weather ? { weather: { ...weather } } : {}), ...(volumetric ? { volumetric } : {}), ...(reflections ? { reflections } : {}) };
}

/** With no place named: the words "outside" or "room", else the things (trees live outside, beds inside). */
function interiorFromWords(text: string, tokens: Token[]): boolean {
  if (/\b(outside|outdoors|outdoor|open air|under the sky|in the open)\b/.test(text)) return false;
  if (/\b(inside|indoors|indoor|interior|room)\b/.test(text)) return true;
  // Whole noun phrases, so "the sheriff's office" is the storefront it names, not an office.
  const kinds = tokens.map((_, i) => propPhraseAt(tokens, i)).filter(Boolean);
  // Vehicles and buildings seen from outside are outdoors too.
  const outdoor = kinds.filter((k) => OUTDOOR_KINDS.includes(k!) || isBuilding(k!) || getProp(k!)?.prop.category === 'vehicle').length;
  const indoor = kinds.filter((k) => INDOOR_KINDS.includes(k!)).length;
  return !(outdoor > indoor);
}

/**
 * The prop kind a lexicon phrase of up to three words starting at i names, exactly as listed ("sheriff's office" is
 * the storefront, not an office); no misspelling search, which would cost an edit distance over every prop word.
 */
function propPhraseAt(tokens: Token[], i: number): string | undefined {
  for (let len = 3; len >= 1; len--) {
    const words = tokens.slice(i, i + len).map((t) => t.word);
    if (words.length < len) continue;
    const kind = lookupProp([...words.slice(0, -1), singular(words[len - 1]!)].join(' '))?.kind;
    if (kind) return kind;
  }
  return undefined;
}

/** Words that put the scene inside what follows them. */
const INSIDE = new Set(['in', 'inside', 'into', 'within']);

/** Words that put the speaker outside what follows them ("outside the saloon", "in front of the shop"). */
const OUTSIDE = new Set(['outside', 'behind', 'toward', 'towards', 'past', 'beyond', 'near', 'opposite', 'facing', 'across', 'by', 'beside']);
const OUTSIDE_OF = new Set(['front', 'outside', 'side', 'opposite', 'across']);

function outsideOf(tokens: Token[], k: number): boolean {
  const w = tokens[k]?.word;
  return !!w && (OUTSIDE.has(w) || (w === 'of' && OUTSIDE_OF.has(tokens[k - 1]?.word ?? '')));
}

/** Whether a building's name that starts a word or two before i ends with the place phrase [i, i + len). */
function endsBuildingName(tokens: Token[], i: number, len: number): boolean {
  for (let j = Math.max(0, i - 2); j < i; j++) {
    const prop = headAt(tokens, j);
    if (prop && prop.end === i + len && isBuilding(prop.kind)) return true;
  }
  return false;
}

/** Props one can be inside and that are seen from outside unless the text goes in (a cabin, a lighthouse, a tent). */
function isBuilding(kind: string): boolean {
  return getProp(kind)?.prop.category === 'architecture' && (getProp(kind)?.prop.placement ?? []).every((p) => p !== 'wall');
}

/** The place the tokens name as the setting, the best-scoring place phrase (only inside or outside ones, if asked). */
function placeIn(tokens: Token[], interior?: boolean): (typeof PLACE_WORDS)[number] | undefined {
  // Every place phrase scores: after "in/at/inside …" or opening a sentence it names the setting ("in the
  // forest"); inside a longer prop phrase ("kitchen table", "park bench") it only hints at it.
  let best: { place: (typeof PLACE_WORDS)[number]; score: number } | undefined;
  const SETTING_PREPS = new Set(['in', 'at', 'inside', 'into', 'through', 'of', 'across', 'outside', 'within', 'around', 'near', 'on']);
  for (let i = 0; i < tokens.length; i++) {
    const len = placeAt(tokens, i);
    if (!len) continue;
    const words = tokens.slice(i, i + len).map((t) => t.word);
    const place = PLACE_PHRASES.get(normalise(words.join(' '))) ?? PLACE_PHRASES.get(normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' ')));
    if (!place || (interior !== undefined && place.interior !== interior)) continue;
    const prop = headAt(tokens, i);
    let score = 0;
    let k = i - 1;
    // A place word before a specific place is its modifier ("a monastery scriptorium" is a scriptorium); before a
    // generic one it is the place itself ("a dungeon corridor" is a dungeon's).
    const modifier = (t: Token) => !place.generic && PLACE_PHRASES.has(normalise(t.word));
    while (k >= 0 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective') || modifier(tokens[k]!)) && !tokens[k]!.comma) k--;
    // A building named without "in" or "inside" ("a wide shot of the lighthouse") is seen from outside: a thing in the scene.
    // "Rain drums on the roof of the cabin" is heard inside it.
    const partOf = k >= 1 && tokens[k]!.word === 'of' && PART_WORDS.has(tokens[k - 1]!.word);
    // (Only when the building is the whole phrase: "a farmhouse kitchen" is a kitchen.)
    // A shop front is the other way round: "A saloon." is the bar room, "in front of the saloon" the street.
    const facade = prop && prop.end - i >= len && isBuilding(prop.kind) && (prop.kind !== 'storefront' || outsideOf(tokens, k));
    if (facade && !(k >= 0 && INSIDE.has(tokens[k]!.word)) && !partOf) continue;
    // The end of a building's name ("rides past the sheriff's office") is that building, not a room to be in.
    if (!(k >= 0 && INSIDE.has(tokens[k]!.word)) && endsBuildingName(tokens, i, len)) continue;
    if (k >= 0 && SETTING_PREPS.has(tokens[k]!.word)) score += 2;
    if (i === 0 || tokens[i - 1]!.clauseEnd || k < 0 || tokens[k]!.clauseEnd) score += 1;
    // A place word qualifying a following noun ("trench coat", "kitchen table") is not the setting.
    const next = tokens[i + len];
    const nextPlace = next ? PLACE_PHRASES.get(normalise(next.word)) : undefined;
    if ((prop && prop.end - i > len) || (next && !tokens[i + len - 1]!.comma && next.tags.has('Noun') && !next.tags.has('Pronoun') && !nextPlace?.generic)) score -= 3;
    if (!best || score > best.score) best = { place, score };
  }
  return best?.place;
}

/** Ways people say what lights a scene, beyond the presets' own names. */
const LIGHT_SOURCES: [RegExp, string][] = [
  [/\b(lit (only |solely )?by candles?|candle ?light|candlelit|by the light of a candle)\b/, 'candle_lit'],
  [/\b(lit (only )?by torches?|torch ?light|torchlit)\b/, 'torch_lit'],
  [/\b(fire ?light|lit by (the |a )?(fire|fireplace|hearth|campfire)|glow of the fire)\b/, 'firelight'],
  [/\b(moon ?light|moonlit|lit by the moon)\b/, 'moonlight'],
  [/\b(neon ?lit|neon light|neon glow)\b/, 'neon_cyberpunk'],
  [/\b(tv glow|glow of (a |the )?(tv|television|screen))\b/, 'tv_glow'],
];

/** A lighting set-up named in the text ("Rembrandt lighting", "three-point lighting", "high key"). */
export function namedLighting(text: string): string | undefined {
  for (const [re, id] of LIGHT_SOURCES) if (re.test(text)) return id;
  for (const p of LIGHTING_PRESETS) {
    const names = [p.id.replace(/_/g, ' '), p.label.toLowerCase().replace(/[()]/g, ''), ...p.label.toLowerCase().split(/[()]/).map((x) => x.trim()).filter(Boolean)].map((n) => n.replace(/-/g, ' '));
    if (names.some((n) => n.length > 3 && (text.includes(` ${n} light`) || text.includes(` ${n} lit `) || text.includes(` ${n} style`) || (n.split(' ').length > 1 && text.includes(` ${n} `))))) return p.id;
  }
  return undefined;
}
