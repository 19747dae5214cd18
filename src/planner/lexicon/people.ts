/**
 * Nouns for people → the `person` prop, with the pronoun later sentences use for them ('a woman … her face') and
 * a height where the word implies one. Robots, animals and monsters are not here: they are not drawn as a person.
 * Gendered words get she/he; roles that are not gendered in ordinary English ('detective', 'soldier') get they.
 */
import type { PersonWord, PoseWords } from './types.js';

export const PERSON_WORDS: PersonWord[] = [
  { pronoun: 'she', words: ['woman', 'lady', 'female', 'gentlewoman', 'madam', 'mistress', 'housewife', 'landlady', 'hostess', 'heroine', 'matriarch', 'wife', 'bride', 'widow', 'mother', 'mum', 'mom', 'sister', 'aunt', 'daughter', 'girlfriend', 'actress', 'waitress', 'barmaid', 'maid', 'maiden', 'nun', 'abbess', 'priestess', 'policewoman', 'businesswoman', 'seamstress', 'governess', 'stewardess', 'young woman', 'old lady', 'fishwife'] },
  { pronoun: 'she', words: ['queen', 'princess', 'duchess', 'empress', 'countess', 'baroness', 'noblewoman', 'witch', 'sorceress', 'enchantress', 'goddess', 'huntress', 'shieldmaiden'] },
  { pronoun: 'she', heightM: 1.6, build: 'slim', words: ['old woman', 'elderly woman', 'grandmother', 'granny', 'grandma', 'crone', 'hag'] },
  { pronoun: 'she', heightM: 1.3, build: 'slim', words: ['girl', 'little girl', 'schoolgirl', 'lass', 'lassie'] },
  { pronoun: 'he', words: ['man', 'gentleman', 'guy', 'fellow', 'chap', 'husband', 'groom', 'widower', 'father', 'dad', 'brother', 'uncle', 'son', 'boyfriend', 'young man', 'barman', 'landlord', 'butler', 'waiter', 'monk', 'friar', 'abbot', 'priest', 'policeman', 'businessman', 'fisherman', 'fireman', 'cowboy', 'nobleman', 'hero', 'patriarch', 'lad'] },
  { pronoun: 'he', words: ['king', 'prince', 'duke', 'emperor', 'baron', 'lord', 'knight', 'wizard', 'sorcerer', 'warlock'] },
  { pronoun: 'he', heightM: 1.7, build: 'slim', words: ['old man', 'elderly man', 'grandfather', 'grandpa', 'grandad', 'old-timer', 'hermit'] },
  { pronoun: 'he', heightM: 1.3, build: 'slim', words: ['boy', 'little boy', 'schoolboy', 'stable boy', 'paperboy'] },
  { pronoun: 'they', words: ['person', 'figure', 'silhouette', 'stranger', 'someone', 'somebody', 'individual', 'human', 'adult', 'character', 'actor', 'protagonist', 'villain', 'hostage', 'victim', 'witness', 'suspect', 'killer', 'murderer', 'detective', 'inspector', 'investigator', 'sleuth', 'private eye', 'agent', 'spy', 'assassin', 'thief', 'burglar', 'pickpocket', 'bandit', 'outlaw', 'gunslinger', 'sheriff', 'deputy', 'marshal', 'cop', 'police officer', 'officer', 'prisoner', 'inmate', 'convict'] },
  { pronoun: 'they', words: ['bartender', 'innkeeper', 'tavern keeper', 'shopkeeper', 'merchant', 'trader', 'vendor', 'customer', 'patron', 'drinker', 'guest', 'servant', 'cook', 'chef', 'baker', 'farmer', 'peasant', 'villager', 'townsperson', 'beggar', 'traveller', 'traveler', 'wanderer', 'pilgrim', 'tourist', 'passenger', 'driver', 'pilot', 'captain', 'sailor', 'pirate', 'astronaut', 'cosmonaut', 'engineer', 'mechanic', 'scientist', 'doctor', 'nurse', 'surgeon', 'patient', 'teacher', 'student', 'pupil', 'professor', 'librarian', 'clerk', 'receptionist', 'secretary', 'worker', 'labourer', 'laborer', 'miner', 'boss', 'journalist', 'reporter', 'photographer', 'lawyer', 'judge', 'musician', 'singer', 'dancer', 'bard', 'artist', 'painter', 'writer', 'poet', 'friend', 'neighbour', 'neighbor', 'lover', 'partner', 'colleague'] },
  { pronoun: 'they', build: 'broad', words: ['soldier', 'guard', 'sentry', 'warrior', 'fighter', 'mercenary', 'gladiator', 'viking', 'barbarian', 'samurai', 'bodyguard', 'bouncer', 'blacksmith', 'executioner', 'brute', 'thug', 'henchman', 'paladin', 'trooper', 'marine', 'sergeant'] },
  { pronoun: 'they', words: ['archer', 'ranger', 'hunter', 'rogue', 'ninja', 'cleric', 'healer', 'druid', 'shaman', 'mage', 'necromancer', 'alchemist', 'oracle', 'prophet', 'seer', 'fortune teller', 'elf', 'vampire', 'ghost', 'zombie', 'cultist', 'acolyte', 'hooded figure', 'cloaked figure'] },
  { pronoun: 'they', heightM: 1.35, words: ['dwarf', 'halfling', 'hobbit', 'goblin', 'gnome'] },
  // Roles the corpus and users reach for that the lists above missed.
  { pronoun: 'they', words: ['gravedigger', 'undertaker', 'warlord', 'tyrant', 'conqueror', 'subject', 'onlooker', 'bystander', 'spectator', 'passer-by', 'passerby', 'pedestrian', 'commuter', 'slayer', 'dragon slayer', 'dragon-slayer', 'adventurer', 'explorer', 'advisor', 'adviser', 'counsellor', 'minister', 'courtier', 'jester', 'herald', 'messenger', 'scribe', 'monarch', 'ruler', 'chieftain', 'general', 'commander', 'lieutenant', 'cadet', 'recruit', 'rebel', 'refugee', 'survivor', 'newcomer', 'visitor', 'intruder', 'hitman', 'gangster', 'mobster', 'smuggler', 'hacker', 'android pilot'] },
  { pronoun: 'they', heightM: 1.2, build: 'slim', words: ['child', 'kid', 'youngster', 'orphan', 'urchin'] },
  { pronoun: 'they', heightM: 0.9, build: 'slim', words: ['toddler', 'infant'] },
  { pronoun: 'they', heightM: 0.6, build: 'slim', words: ['baby'] },
  { pronoun: 'they', heightM: 1.65, build: 'slim', words: ['teenager', 'teen', 'adolescent', 'youth'] },
];

/**
 * Verbs and phrases that set a person's pose. Kneeling and crouching are left out: the person prop has no such
 * pose, and 'sitting' with nothing under it reads as someone sitting on air.
 */
export const POSE_WORDS: PoseWords[] = [
  { pose: 'standing', words: ['stands', 'standing', 'stood', 'stand', 'leans', 'leaning', 'waits', 'waiting', 'stares', 'staring', 'watches', 'watching', 'looms', 'looming', 'towers over', 'upright', 'on his feet', 'on her feet', 'on their feet'] },
  { pose: 'sitting', words: ['sits', 'sitting', 'seated', 'sat', 'sit', 'perched', 'perches', 'slumped', 'slumps', 'lounging', 'lounges', 'sits down', 'sat down'] },
  { pose: 'walking', words: ['walks', 'walking', 'walked', 'walk', 'strolls', 'strolling', 'wanders', 'wandering', 'paces', 'pacing', 'approaches', 'approaching', 'strides', 'striding', 'marches', 'marching', 'limps', 'limping', 'runs', 'running', 'hurries', 'hurrying', 'enters', 'entering', 'crosses', 'crossing', 'heads toward', 'heads towards'] },
  { pose: 'pointing', words: ['points', 'pointing', 'pointed', 'gestures', 'gesturing', 'beckons', 'beckoning', 'aims', 'aiming', 'indicates', 'indicating', 'waves', 'waving'] },
  { pose: 'arms-crossed', words: ['arms crossed', 'crossed arms', 'arms folded', 'folded arms', 'folds her arms', 'folds his arms', 'folds their arms', 'crosses her arms', 'crosses his arms', 'crosses their arms'] },
  { pose: 'lying', words: ['lies', 'lying', 'lay', 'lies down', 'lying down', 'sprawled', 'sprawls', 'asleep', 'sleeps', 'sleeping', 'unconscious', 'collapsed', 'collapses', 'reclines', 'reclining', 'dead', 'motionless'] },
];
