/**
 * Noun phrases: whether a word is used as a noun, and the prop, person or place a phrase's head names —
 * "kitchen table", "Detective", "a crowd of onlookers", a misspelt "barells" read as barrels.
 */
import type { Entity } from '../description.js';
import type { Token } from './tokens.js';
import { lookupProp, lookupPerson, singular, normalise, PLACE_WORDS, PROP_WORDS, POSE_WORDS, TITLE_WORDS, PERSON_ACTIONS, TIME_WORDS, COSTUME_WORDS } from '../lexicon/index.js';
import type { PropWord } from '../lexicon/index.js';
import { isEnglishWord } from './dictionary.js';
import { FALLBACK_KINDS, IGNORED_NOUNS } from './fallbacks.js';
import { editDistance } from '../../core/issues.js';
import { lookupDimension, LONGEST_DIMENSION_PHRASE, type DimensionEntry } from '../../library/dimensions.js';

/** An entity named in a clause, at tokens [start, end). */
export interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

/** Words that count what follows ("a", "several", "a dozen"), and how many they mean. */
export const QUANTIFIERS: Record<string, number> = { a: 1, an: 1, one: 1, another: 1, single: 1, lone: 1, some: 3, few: 3, several: 4, many: 6, numerous: 8, dozen: 12, dozens: 24, couple: 2, pair: 2, both: 2, lots: 6, lot: 6 };

/** Place phrases → place, longest phrases first. */
export const PLACE_PHRASES = new Map<string, (typeof PLACE_WORDS)[number]>(PLACE_WORDS.flatMap((p) => p.words.map((w) => [normalise(w), p] as const)));

/** Length of the place phrase starting at i ("throne room", "tavern"), or 0. Its last word must be a noun. */
export function placeAt(tokens: Token[], i: number): number {
  for (let len = 3; len >= 1; len--) {
    const slice = tokens.slice(i, i + len);
    if (slice.length < len || slice.slice(0, -1).some((t) => t.comma)) continue;
    // A place of several words is specific enough ("bus stop", "truck stop") whatever tag its last word got.
    if (len === 1 && !nounish(tokens, i)) continue;
    const words = slice.map((t) => t.word);
    const phrase = normalise(words.join(' '));
    const sing = normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' '));
    if (PLACE_PHRASES.has(phrase) || PLACE_PHRASES.has(sing)) return len;
  }
  return 0;
}

/**
 * Whether the token at i is used as a noun. compromise sometimes tags plural nouns as verbs ("six desks",
 * "glass bottles"): after a number, article, adjective or another noun a word is a noun whatever its tag.
 */
/** Whether the word between `prev` and `next` reads as a verb: after a person, or after a singular noun with an object next. */
function verbAfter(prev: Token, next: Token | undefined): boolean {
  if (prev.tags.has('Person') || lookupPerson(singular(prev.word)) !== undefined) return true;
  return prev.tags.has('Noun') && !prev.tags.has('Plural') && !prev.tags.has('Pronoun') && !!next && (next.tags.has('Determiner') || next.tags.has('Possessive'));
}

/** What the weather and the elements are: subjects of a sentence, never a thing's modifier ("rain drums" is no drum). */
const ELEMENTS = new Set(['rain', 'wind', 'snow', 'hail', 'sleet', 'thunder', 'water', 'sea', 'surf', 'waves', 'fire', 'flames', 'smoke', 'steam', 'mist', 'fog', 'sunlight', 'moonlight']);

export function nounish(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // A possessor modifies the noun after it; a camera direction's words ("slow dolly in") name no thing.
  if (t.tags.has('Direction')) return false;
  // A possessor modifies the noun after it ("the smith's hammer"), unless that noun is a part of it ("the monitor's screen").
  if (t.tags.has('Possessive') || t.word.endsWith("'s")) {
    let j = i + 1;
    while (tokens[j]?.tags.has('Adjective') && !tokens[j]!.comma) j++;
    return !!tokens[j] && PART_WORDS.has(tokens[j]!.word) && !lookupPerson(singular(t.word.replace(/'s$/, '')));
  }
  const prev = tokens[i - 1];
  // "A man cooks dinner", "a dragon guards the treasure": a person noun in -s right after its subject is its verb.
  if (prev && !prev.comma && singular(t.word) !== t.word && lookupPerson(singular(t.word)) && verbAfter(prev, tokens[i + 1])) return false;
  // "rain drums on the roof", "wind rattles the shutters": after rain or wind, a word in -s is what it does.
  const after = tokens[i + 1];
  // "a chef plates food", "the barman glasses …": a thing's plural right after a person, before its own object, is what the person does.
  const personBefore = !!prev && !prev.comma && !prev.tags.has('Plural') && lookupPerson(singular(prev.word)) !== undefined && !!tokens[i - 2]?.tags.has('Determiner');
  const object = !!after && (after.tags.has('Determiner') || after.tags.has('Possessive') || (prev?.tags.has('Actor') === true && after.tags.has('Uncountable')));
  if (personBefore && /[^s]s$/.test(t.word) && !t.comma && object) return false;
  const verbLike = t.clauseEnd || (!!after && ['Preposition', 'Determiner', 'Adverb', 'Possessive'].some((tag) => after.tags.has(tag)));
  if (prev && !prev.comma && ELEMENTS.has(prev.word) && /[^s]s$/.test(t.word) && !t.comma && verbLike) return false;
  if (t.tags.has('Noun')) return true;
  // "an old stone well": a lexicon noun after an article or adjective is a noun, whatever compromise says.
  const listed = lookupProp(singular(t.word)) !== undefined || lookupPerson(singular(t.word)) !== undefined || PLACE_PHRASES.has(normalise(t.word));
  if (listed && prev && !prev.comma && (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Value') || (prev.tags.has('Noun') && !t.tags.has('Verb')))) return true;
  // "a walled garden": an article two words back still makes it a noun phrase.
  const prev2 = tokens[i - 2];
  if (listed && prev && prev2 && !prev.comma && !prev2.comma && (prev2.tags.has('Determiner') || prev2.tags.has('Value')) && (prev.tags.has('Verb') || prev.tags.has('Adjective') || (prev.tags.has('Noun') && !prev.tags.has('Plural')))) return true;
  // A listed word opening a fragment ("Park bench, golden hour.") names a thing, unless an article follows (an order).
  if (listed && (!prev || prev.clauseEnd) && !tokens[i + 1]?.tags.has('Determiner')) return true;
  // "crooked gravestones", "rusted barrels": a listed word after a participle is what it describes.
  if (listed && prev && !prev.comma && prev.tags.has('PastTense') && /ed$/.test(prev.word) && (t.comma || !tokens[i + 1]?.tags.has('Determiner'))) return true;
  // "sit on crates facing each other": a listed word right after a preposition is its object, not a verb.
  if (listed && prev && !prev.comma && prev.tags.has('Preposition') && !tokens[i + 1]?.tags.has('Determiner')) return true;
  if (!t.tags.has('Verb')) return t.tags.size === 0;
  if (!prev || prev.clauseEnd) return !tokens[i + 1] || tokens[i + 1]!.tags.has('Preposition') || tokens[i + 1]!.clauseEnd;
  // "glass bottles" (a noun modifying a noun) but "soldiers guard the gate" (a plural subject and its verb).
  const next = tokens[i + 1];
  if (next && (next.tags.has('Determiner') || next.tags.has('Possessive'))) return false;
  return prev.tags.has('Value') || prev.tags.has('Determiner') || prev.tags.has('Adjective') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('Plural')) || prev.tags.has('Possessive');
}

export interface Head {
  end: number;
  kind: string;
  noun: string;
  /** A group noun's own count ("a crowd" is six). */
  count?: number;
  /** People in each one of a counted group noun ("three couples" are six). */
  per?: number;
  person?: { pronoun: 'she' | 'he' | 'they' };
  params?: Record<string, unknown>;
  /** Where this word's thing stands when it differs from its kind's usual place ("an arched doorway" is in a wall). */
  habit?: PropWord['habit'];
  named?: boolean;
  fallback?: { noun: string; reason: string };
  /** A thing with no parametric prop that the dimension table knows: shown as a labelled proxy of its size. */
  proxy?: DimensionEntry;
}

/** Prepositions that make a place noun the setting ("in the cabin") rather than a thing in it ("a cabin by the lake"). */
const INTO_PLACE = new Set(['in', 'inside', 'into', 'within', 'at', 'through', 'across', 'throughout']);

/** Things that show another thing: "a statue of a lion" has a statue in it, not a lion. */
const DEPICTIONS = new Set(['statue', 'statues', 'sculpture', 'bust', 'figurine', 'painting', 'portrait', 'picture', 'photo', 'photograph', 'drawing', 'sketch', 'poster', 'image', 'carving', 'model', 'replica', 'map', 'mural', 'tapestry', 'engraving', 'effigy', 'idol', 'icon', 'shape', 'silhouette', 'symbol', 'emblem', 'logo', 'toy']);

/** The word before the noun phrase that ends at i, past its articles, adjectives and possessives. */
function wordBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  while (k >= 0 && !tokens[k]!.comma && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective') || tokens[k]!.tags.has('Possessive'))) k--;
  return k;
}

/** Whether the phrase ending at i is the object of "in", "inside", "at" …: then a place noun names the setting. */
export function afterPlacePreposition(tokens: Token[], i: number): boolean {
  const k = wordBefore(tokens, i);
  return k >= 0 && INTO_PLACE.has(tokens[k]!.word);
}

/**
 * Whether the words at [i, end) are a thing of their own, not part of something else: "the smith hammers" and
 * "a warlord towers over" are verbs after their subject; "high-key" is half an adjective; "a chessboard garden" and
 * "a spaceship cargo bay" describe the place that follows.
 */
function standsAlone(tokens: Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[end - 1]!;
  const afterSubject = prev && !prev.comma && (lookupPerson(singular(prev.word)) !== undefined || prev.tags.has('FirstName') || prev.tags.has('Person'));
  if (afterSubject && end - i === 1 && /s$/.test(t.word) && singular(t.word) !== t.word) return false;
  if (tokens[i]!.tags.has('Hyphenated') && prev?.tags.has('Hyphenated') && !prev.comma) return false;
  return t.comma || !placeAt(tokens, end);
}

/** "a statue of a lion", "a painting of a ship": what is shown, not a thing in the scene. */
function depicted(tokens: Token[], i: number): boolean {
  const k = wordBefore(tokens, i);
  return k >= 1 && tokens[k]!.word === 'of' && DEPICTIONS.has(tokens[k - 1]!.word);
}

/**
 * A thing the dimension table knows and no lexicon word names ("lighthouse", "market stall", "cat"): longest phrase
 * first. A phrase whose last word is itself a prop ("garden chair") is that prop, described.
 */
export function dimensionHeadAt(clause: Token[], i: number): Head | undefined {
  for (let len = Math.min(LONGEST_DIMENSION_PHRASE, 4); len >= 1; len--) {
    const slice = clause.slice(i, i + len);
    if (slice.length < len || slice.slice(0, -1).some((t) => t.comma) || slice[0]!.tags.has('Determiner') || slice[0]!.tags.has('Pronoun')) continue;
    const words = slice.map((t) => t.word);
    const last = singular(words[len - 1]!);
    if (len > 1 && (lookupProp(last) || lookupPerson(last))) continue;
    const phrase = [...words.slice(0, -1), last].join(' ');
    const entry = lookupDimension(phrase) ?? (len === 1 ? lookupDimension(words[0]!) : undefined);
    if (!entry || IGNORED_NOUNS.has(phrase) || !nounish(clause, i + len - 1) || depicted(clause, i) || !standsAlone(clause, i, i + len)) continue;
    const noun = entry.words.includes(phrase) ? phrase : words[0]!;
    return { end: i + len, kind: 'proxy', noun, proxy: entry, params: { class: entry.class, size: [...entry.size], label: noun } };
  }
  return undefined;
}

/** Whether a token can be part of a person's name: capitalised, and not a word with another job in the sentence. */
function nameWord(t: Token | undefined): t is Token {
  return !!t && (t.cap || t.caps) && !t.tags.has('Pronoun') && !t.tags.has('Determiner') && !t.tags.has('Direction') && !t.tags.has('Verb') && !TITLE_WORDS.some((w) => w.words.includes(t.word));
}

/** The end of a name that starts at i and runs over the capitalised words after it ("Dale Booker", "Mary Anne Hale"). */
function nameEnd(clause: Token[], i: number): number {
  let end = i + 1;
  while (end < i + 3 && !clause[end - 1]!.comma && nameWord(clause[end]) && !lookupProp(clause[end]!.word) && !lookupPerson(clause[end]!.word)) end++;
  return end;
}

/** "Captain Reyes", "Mr. Patel", "Grandpa Joe", "Sheriff Dale Booker": a title and the name after it are one person, named. */
function titledName(clause: Token[], i: number): Head | undefined {
  const title = TITLE_WORDS.find((w) => w.words.includes(clause[i]!.word));
  if (!title || clause[i]!.comma || !nameWord(clause[i + 1])) return undefined;
  const name = clause[i + 1]!;
  const pronoun = title.pronoun !== 'they' ? title.pronoun : name.tags.has('FemaleName') ? 'she' : name.tags.has('MaleName') ? 'he' : 'they';
  return { end: nameEnd(clause, i + 1), kind: 'person', noun: name.word, person: { pronoun }, named: true };
}

/**
 * Parts of a thing: "the typewriter keys", "the trunk of an oak", "the monitor's screen" name the thing they belong
 * to, not a thing of their own (a trunk is not a chest there, nor keys a proxy). Words that also hold things ("a
 * shelf of bottles", "a glass of wine") are not listed.
 */
export const PART_WORDS = new Set(['key', 'keys', 'trunk', 'branch', 'branches', 'bough', 'leg', 'legs', 'lid', 'handle', 'handles', 'screen', 'edge', 'edges', 'top', 'side', 'face', 'dial', 'hands', 'wheel', 'wheels', 'roof', 'back', 'base', 'foot', 'surface', 'rim', 'blade', 'hilt', 'spine', 'hull', 'mast', 'sail', 'bow', 'stern', 'hood', 'bonnet', 'bumper', 'headlights', 'headlight', 'tyre', 'tyres', 'tire', 'tires', 'windscreen', 'windshield', 'steering', 'flame', 'flames', 'glow', 'shadow', 'reflection', 'line', 'readout', 'pendulum', 'chimes', 'slats', 'knob', 'latch', 'keyhole', 'hinge', 'hinges', 'lens', 'muzzle', 'trigger', 'grip', 'sights', 'tip', 'interior', 'inside', 'exterior', 'cab', 'cockpit']);

/** Whether the word at i is a part of the thing named just before it ("typewriter keys", "the oak's trunk") or after it ("the trunk of the oak"). */
export function partOfThing(clause: Token[], i: number): boolean {
  const w = clause[i]!.word;
  if (!PART_WORDS.has(w)) return false;
  const prev = clause[i - 1];
  if (prev && !prev.comma && (lookupProp(singular(prev.word.replace(/'s$/, ''))) || lookupDimension(singular(prev.word.replace(/'s$/, ''))))) return true;
  if (clause[i + 1]?.word !== 'of') return false;
  const k = clause.findIndex((t, j) => j > i + 1 && !t.tags.has('Determiner') && !t.tags.has('Adjective'));
  const owner = k > 0 ? clause[k]!.word : '';
  return !!(lookupProp(singular(owner)) || lookupDimension(singular(owner)));
}

/** Words after a name that make it a style ("Rembrandt lighting"), not a person. */
const STYLE_WORDS = new Set(['lighting', 'light', 'lit', 'style', 'look', 'shot', 'angle', 'framing', 'palette', 'colours', 'colors']);

/** Whether a word has a meaning of its own to the planner (a thing, a person noun, a place, a dimension entry). */
function knownWord(word: string): boolean {
  const w = singular(word);
  return lookupProp(w) !== undefined || lookupPerson(w) !== undefined || lookupDimension(w) !== undefined || PLACE_PHRASES.has(normalise(word)) || PLACE_PHRASES.has(normalise(w));
}

/**
 * A noun the planner has no prop, person, place or size for ("egrets", "a hook"): it cannot be drawn, but the
 * report must say so rather than drop it silently. The head of a compound only ("rice paddy" → paddy).
 */
/** Nouns that count what follows them ("a row of", "a pile of"). */
export const QUANTITY_NOUNS = new Set(['pair', 'couple', 'dozen', 'dozens', 'lots', 'lot', 'few', 'set', 'group', 'handful', 'row', 'rows', 'stack', 'pile', 'bunch', 'number', 'series', 'line', 'ring', 'circle', 'cluster', 'collection', 'heap', 'crowd']);

export function unknownThing(clause: Token[], i: number): string | undefined {
  const t = clause[i]!;
  const noun = singular(t.word);
  const opening = i === 0 || clause[i - 1]!.clauseEnd;
  if (!t.tags.has('Noun') || (t.cap && !opening) || t.caps || noun.length < 3 || !/^\p{L}+$/u.test(noun)) return undefined;
  if (['Pronoun', 'ProperNoun', 'Possessive', 'Value', 'Date', 'Duration', 'Unit', 'Place', 'Person', 'Organization'].some((tag) => t.tags.has(tag))) return undefined;
  if (IGNORED_NOUNS.has(noun) || IGNORED_NOUNS.has(t.word) || knownWord(t.word) || isPoseWord(t.word) || PERSON_ACTIONS.has(t.word) || STYLE_WORDS.has(t.word)) return undefined;
  if (TIME_WORDS.some((w) => w.words.includes(t.word)) || COSTUME_WORDS.some((c) => c.words.includes(t.word)) || /light$/.test(noun)) return undefined;
  const next = clause[i + 1];
  if (!t.comma && next && next.tags.has('Noun') && !next.tags.has('Pronoun')) return undefined;
  // A thing set in the scene: "a hook", "two lanterns", "the old anvil" — or a plural doing something ("egrets stand").
  // Not what someone has ("his watch"), nor a verb compromise read as a noun.
  let k = i - 1;
  while (k >= 0 && !clause[k]!.comma && (clause[k]!.tags.has('Adjective') || /ed$/.test(clause[k]!.word))) k--;
  const before = clause[k];
  // "a row of orchids": what a quantity counts is set in the scene as surely as "two orchids".
  const counted = before?.word === 'of' && QUANTITY_NOUNS.has(clause[k - 1]?.word ?? '');
  const determined = !!before && !before.comma && (before.tags.has('Determiner') || before.tags.has('Value') || counted) && !before.tags.has('Possessive') && !before.tags.has('Pronoun');
  const acting = t.tags.has('Plural') && !t.comma && !!next?.tags.has('Verb');
  return (determined || acting) && !t.tags.has('Verb') && nounish(clause, i) ? noun : undefined;
}

/**
 * A name compromise does not know ("Kenji", "Ravi", "Dex"): a capitalised word the lexicons do not know, that
 * opens a sentence before something only people do ("Kenji nods") or stands mid-sentence as a proper noun
 * ("tight on Dex"). Places and organisations compromise recognises, and "the Old Mill", are not people.
 */
function unknownName(clause: Token[], i: number): boolean {
  const t = clause[i]!;
  if (!t.cap || knownWord(t.word) || t.tags.has('Place') || t.tags.has('Organization') || t.tags.has('Pronoun') || t.tags.has('Determiner') || t.tags.has('Direction')) return false;
  const prev = clause[i - 1];
  if (prev && (prev.tags.has('Determiner') || prev.tags.has('Possessive'))) return false;
  const next = clause[i + 1];
  // "Rembrandt lighting", "Kubrick style": a name describing the look, not a person in the scene.
  if (next && STYLE_WORDS.has(next.word)) return false;
  if (next && PERSON_ACTIONS.has(next.word) && !t.comma) return !t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Adverb') && !t.tags.has('Preposition');
  return !!prev && !prev.clauseEnd && t.tags.has('ProperNoun') && !(next?.cap && !next.comma);
}

/** The prop or person noun starting at i (longest multi-word match), or a fallback for an unknown object noun. */
export function headAt(clause: Token[], i: number): Head | undefined {
  const titled = titledName(clause, i);
  if (titled) return titled;
  if (partOfThing(clause, i)) return undefined;
  const potted = pottedPlantAt(clause, i);
  if (potted) return potted;
  for (let len = 3; len >= 1; len--) {
    const slice = clause.slice(i, i + len);
    if (slice.length < len || slice.slice(0, -1).some((t) => t.comma) || slice[0]!.tags.has('Determiner')) continue;
    const words = slice.map((t) => t.word);
    const last = singular(words[len - 1]!);
    const phrase = [...words.slice(0, -1), last].join(' ');
    // "soldiers guard the gate": a verb is never the thing itself.
    if (!nounish(clause, i + len - 1)) continue;
    // Group nouns are listed as written ("twins", "triplets"); the rest singular.
    const person = lookupPerson(words.join(' ')) ?? lookupPerson(phrase);
    if (person) return { end: i + len, kind: 'person', noun: phrase, person: { pronoun: person.pronoun }, ...(person.heightM || person.age ? { params: { ...(person.heightM ? { height: person.heightM } : {}), ...(person.age ? { age: person.age } : {}) } } : {}), ...(person.count ? { count: person.count } : {}) };
    const prop = lookupProp(phrase);
    if (prop) return { end: i + len, kind: prop.kind, noun: phrase, ...(prop.params ? { params: prop.params } : {}), ...ownHabit(prop) };
  }
  const t = clause[i]!;
  const nextWord = clause[i + 1]?.word;
  // Groups of people: "a young couple" is two, "a crowd of onlookers" several.
  if ((t.word === 'couple' || t.word === 'couples') && nextWord !== 'of') return { end: i + 1, kind: 'person', noun: 'couple', person: { pronoun: 'they' }, per: 2 };
  if (['crowd', 'crowds', 'mob', 'throng', 'audience'].includes(t.word)) {
    const of = nextWord === 'of' && clause[i + 2] && !clause[i + 1]!.clauseEnd ? 2 : 0;
    return { end: i + 1 + of, kind: 'person', noun: of ? clause[i + 2]!.word : t.word, person: { pronoun: 'they' }, count: 6 };
  }
  const styleWord = STYLE_WORDS.has(nextWord ?? '');
  if ((t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName') || (t.tags.has('Person') && t.tags.has('ProperNoun'))) && (t.cap || t.caps) && !t.tags.has('Pronoun') && !styleWord) {
    const pronoun = t.tags.has('FemaleName') ? 'she' : t.tags.has('MaleName') ? 'he' : 'they';
    return { end: nameEnd(clause, i), kind: 'person', noun: t.word, person: { pronoun }, named: true };
  }
  if (unknownName(clause, i)) return { end: i + 1, kind: 'person', noun: t.word, person: { pronoun: 'they' }, named: true };
  const noun = singular(t.word);
  const known = FALLBACK_KINDS[noun] ? undefined : dimensionHeadAt(clause, i);
  if (known) return known;
  if (!nounish(clause, i)) return undefined;
  // People compromise knows as actors ("gravedigger", "prisoner") that the lexicon lacks.
  const followedByNoun = !t.comma && clause[i + 1] !== undefined && nounish(clause, i + 1);
  if (t.tags.has('Actor') && !t.word.endsWith('ing') && !lookupDimension(noun) && !IGNORED_NOUNS.has(noun) && !FALLBACK_KINDS[noun] && QUANTIFIERS[t.word] === undefined && !followedByNoun) return { end: i + 1, kind: 'person', noun, person: { pronoun: 'they' } };
  const fb = FALLBACK_KINDS[noun];
  if (fb) return { end: i + 1, kind: fb, noun, fallback: { noun, reason: `no "${noun}" prop, so a ${fb.replace(/_/g, ' ')} stands in` } };
  // A misspelt prop ("barells", "chiar"): the nearest prop word within a third of its length.
  // "a pickup truck rattles past": a verb after its subject is no misspelt thing.
  const verbAfterSubject = t.tags.has('Verb') && !!clause[i - 1]?.tags.has('Noun') && !clause[i - 1]!.comma;
  // A word the lexicons know as a place or person is not a misspelt prop ("warehouse" is no "house", "mountain" no "fountain").
  if (!t.tags.has('Pronoun') && noun.length >= 6 && !IGNORED_NOUNS.has(noun) && !isPoseWord(t.word) && !verbAfterSubject && !knownWord(t.word) && !isEnglishWord(noun) && !isEnglishWord(t.word)) {
    const near = nearestPropWord(noun);
    if (near) return { end: i + 1, kind: near.kind, noun, fallback: { noun, reason: `read as "${near.word}" (${near.kind.replace(/_/g, ' ')})` } };
  }
  return undefined;
}

/** Plants in pots, in the size class of the plant, metres: [pot height, pot diameter] per metre of plant. */
const POT_PER_PLANT_M = 0.35;
const SMALL_POTTED_PLANT_M = 0.35;

/**
 * "potted orchids", "a potted fern", "potted zinnias": whatever is potted is a plant in a pot, sized by the plant
 * when the size table knows it (a fern 0.8 m, a tulip 0.4 m) and a small flowering plant's size when it does not.
 * A lexicon phrase that starts with "potted" ("potted palm") was matched at the word before.
 */
function pottedPlantAt(clause: Token[], i: number): Head | undefined {
  const prev = clause[i - 1];
  const t = clause[i]!;
  if (prev?.word !== 'potted' || prev.comma || t.tags.has('Pronoun') || t.tags.has('Determiner') || !/^\p{L}{3,}$/u.test(t.word)) return undefined;
  const noun = singular(t.word);
  if (IGNORED_NOUNS.has(noun) || lookupPerson(noun) || lookupProp(noun)?.kind === 'plant_pot') return undefined;
  const entry = lookupDimension(noun);
  const plantHeight = Math.min(2, Math.max(0.15, entry?.class === 'plant' ? entry.size[1] : SMALL_POTTED_PLANT_M));
  const pot = Math.round(Math.min(0.6, Math.max(0.1, plantHeight * POT_PER_PLANT_M + 0.04)) * 100) / 100;
  return { end: i + 1, kind: 'plant_pot', noun, params: { height: pot, diameter: pot, plantHeight: Math.round(plantHeight * 100) / 100 } };
}

/** A word that says how someone holds themselves ("crouches", "kneeling"): never a misspelt thing. */
function isPoseWord(word: string): boolean {
  return POSE_WORDS.some((p) => p.words.includes(word));
}

function nearestPropWord(noun: string): { word: string; kind: string } | undefined {
  let best: { word: string; kind: string; d: number } | undefined;
  for (const p of PROP_WORDS) {
    for (const w of p.words) {
      if (w.includes(' ') || Math.abs(w.length - noun.length) > 2 || w.length < 5) continue;
      const d = editDistance(noun, w);
      // One slip in a short word, two in a long one ("barells", "chiar", "candelbra").
      if (d > 0 && d <= (w.length >= 9 ? 2 : 1) && (!best || d < best.d)) best = { word: w, kind: p.kind, d };
    }
  }
  return best;
}

/** A word's own habit, when the lexicon gives its kind's first entry another ("arch" stands free; "arched doorway" in a wall). */
function ownHabit(prop: PropWord): { habit?: PropWord['habit'] } {
  const usual = lookupProp(prop.kind.replace(/_/g, ' '))?.habit ?? lookupProp(prop.kind)?.habit;
  return prop.habit && usual && prop.habit !== usual ? { habit: prop.habit } : {};
}
