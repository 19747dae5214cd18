/**
 * The offline planner's vocabulary and its lookups. Every lookup goes through `normalise`, so 'Four-Poster',
 * 'four poster' and 'four-poster' are one key, and 'café' is 'cafe'.
 *
 * Some words live in more than one lexicon on purpose; which one answers is the parser's call, by the word's
 * role in the sentence:
 *  - a noun that is both a thing and a material or colour ('glass', 'stone', 'oak', 'brick'): as the head noun
 *    it is the prop ('a glass' is a cup), as a modifier the material ('a glass table');
 *  - a word that is both a colour and a material ('gold', 'silver', 'copper', 'emerald', 'ivory'): the material
 *    wins, because its preset carries the colour as well;
 *  - a word that is both a prop and a place ('castle gate'): in `lookupPlace` the place wins at equal length,
 *    and a longer prop phrase ('bar stool', 'kitchen table') hides the place word inside it.
 */
import { PROP_WORDS, IRREGULAR_PLURALS, SIZE_WORDS } from './props.js';
import { PERSON_WORDS } from './people.js';
import { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from './places.js';
import { COLOUR_WORDS, COLOUR_MODIFIERS, applyColourModifier } from './colours.js';
import { MATERIAL_WORDS } from './materials.js';
import { normalise, vocabularyGeneration } from '../../library/vocabulary.js';
import type { MaterialWord, PersonWord, PlaceWord, PropWord, SizeWords } from './types.js';

export type {
  PropWord, PersonWord, PoseWords, PlaceWord, TimeWords, WeatherWords, EraWords, GenreProfile, MoodWord, MaterialWord, SizeWords,
} from './types.js';
export { PROP_WORDS, IRREGULAR_PLURALS, SIZE_WORDS } from './props.js';
export { PERSON_WORDS, POSE_WORDS, TITLE_WORDS, PERSON_ACTIONS, COSTUME_WORDS } from './people.js';
export { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from './places.js';
export { TIME_WORDS, WEATHER_WORDS, ERA_WORDS, ATMOSPHERE_WORDS } from './time-weather.js';
export { GENRE_PROFILES, MOOD_WORDS } from './genres.js';
export { COLOUR_WORDS, COLOUR_MODIFIERS, applyColourModifier, hexToHsl, hslToHex } from './colours.js';
export { MATERIAL_WORDS } from './materials.js';
export { normalise };

/** A noun phrase as written, without the article in front ('an old inn' → 'old inn'). */
function nounKey(noun: string): string {
  return normalise(noun).replace(/^(a|an|the|some) /, '');
}

/** Words of running text, for phrase matching: letters, digits and inner apostrophes. */
function tokens(text: string): string[] {
  return normalise(text)
    .split(/[^a-z0-9']+/)
    .map((t) => t.replace(/^'+|'+$/g, ''))
    .filter((t) => t.length > 0);
}

/** Phrase → value, remembering the longest phrase so scans know how far to look. */
class PhraseIndex<T> {
  private readonly map = new Map<string, T>();
  longest = 1;

  constructor(entries: Iterable<[string[], T]>) {
    for (const [words, value] of entries) {
      for (const word of words) {
        const key = normalise(word);
        // First entry wins; the lexicon tests make sure there are no real clashes to win.
        if (!this.map.has(key)) this.map.set(key, value);
        this.longest = Math.max(this.longest, key.split(' ').length);
      }
    }
  }

  get(phrase: string): T | undefined {
    return this.map.get(phrase);
  }

  /** The longest phrase starting at `start` (its last word also tried singular), with its length in words. */
  longestAt(words: readonly string[], start: number): { value: T; length: number } | undefined {
    for (let n = Math.min(this.longest, words.length - start); n >= 1; n--) {
      const span = words.slice(start, start + n);
      const hit = this.map.get(span.join(' ')) ?? this.map.get([...span.slice(0, -1), singularWord(span[n - 1]!)].join(' '));
      if (hit !== undefined) return { value: hit, length: n };
    }
    return undefined;
  }
}

/** The phrase indexes over the live lexicons, rebuilt when a user library has added words since they were built. */
interface Indexes {
  prop: PhraseIndex<PropWord>;
  person: PhraseIndex<PersonWord>;
  place: PhraseIndex<PlaceWord>;
  defaultPlace: PhraseIndex<PlaceWord>;
  material: PhraseIndex<MaterialWord>;
  colour: PhraseIndex<string>;
  size: PhraseIndex<SizeWords>;
  /** Every single word the lexicons know, so `singular` can prefer a real singular over a guessed one. */
  known: ReadonlySet<string>;
}

let built: { generation: number; indexes: Indexes } | undefined;

function indexes(): Indexes {
  if (built?.generation === vocabularyGeneration()) return built.indexes;
  const known = new Set(
    [
      ...PROP_WORDS.flatMap((p) => p.words),
      ...PERSON_WORDS.flatMap((p) => p.words),
      ...PLACE_WORDS.flatMap((p) => p.words),
      ...MATERIAL_WORDS.flatMap((m) => m.words),
      ...Object.keys(COLOUR_WORDS),
      ...Object.values(IRREGULAR_PLURALS),
    ].flatMap((w) => normalise(w).split(' ')),
  );
  const fresh: Indexes = {
    prop: new PhraseIndex<PropWord>(PROP_WORDS.map((p) => [p.words, p])),
    person: new PhraseIndex<PersonWord>(PERSON_WORDS.map((p) => [p.words, p])),
    place: new PhraseIndex<PlaceWord>(PLACE_WORDS.map((p) => [p.words, p])),
    defaultPlace: new PhraseIndex<PlaceWord>([[DEFAULT_INTERIOR.words, DEFAULT_INTERIOR], [DEFAULT_EXTERIOR.words, DEFAULT_EXTERIOR]]),
    material: new PhraseIndex<MaterialWord>(MATERIAL_WORDS.map((m) => [m.words, m])),
    colour: new PhraseIndex<string>(Object.entries(COLOUR_WORDS).map(([word, hex]) => [[word], hex])),
    size: new PhraseIndex<SizeWords>(SIZE_WORDS.map((s) => [s.words, s])),
    known,
  };
  built = { generation: vocabularyGeneration(), indexes: fresh };
  return fresh;
}

function singularWord(word: string): string {
  const irregular = IRREGULAR_PLURALS[word];
  if (irregular !== undefined) return irregular;
  // "helmsmen", "policewomen": -men is the plural of a known -man.
  if (word.endsWith('men') && word.length > 4 && indexes().known.has(`${word.slice(0, -3)}man`)) return `${word.slice(0, -3)}man`;
  if (!word.endsWith('s') || word.endsWith('ss')) return word;
  // Plain -s first ('candles', 'caves', 'taxis'), then the other endings ('cities', 'wolves', 'boxes'); the first
  // candidate that is a known word wins, so 'caves' is never 'cafe'.
  const candidates = [word.slice(0, -1)];
  if (word.endsWith('ies')) candidates.push(`${word.slice(0, -3)}y`);
  if (word.endsWith('ves')) candidates.push(`${word.slice(0, -3)}f`, `${word.slice(0, -3)}fe`);
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  for (const c of candidates) if (indexes().known.has(c)) return c;
  if (indexes().known.has(word) || word.length <= 3 || /(us|is)$/.test(word)) return word;
  // A noun no lexicon knows: English's regular rules, which are right far more often than not.
  if (word.endsWith('ies')) return word.length > 4 ? `${word.slice(0, -3)}y` : word.slice(0, -1);
  if (/(sses|zzes|xes|ches|shes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/**
 * The singular of a noun or noun phrase: irregulars first ('people' → 'person', 'shelves' → 'shelf'), then
 * -ies → -y, -ves → -f/-fe when that singular is a known word, -es after s/x/z/ch/sh, -s. In a phrase the head
 * noun changes: the last word, or the word before 'of' ('chests of drawers' → 'chest of drawers').
 */
export function singular(noun: string): string {
  const text = noun.trim().toLowerCase();
  const of = text.indexOf(' of ');
  if (of > 0) return singular(text.slice(0, of)) + text.slice(of);
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf('-'));
  return text.slice(0, cut + 1) + singularWord(text.slice(cut + 1));
}

/** The prop a noun (or noun phrase, singular or plural) names: 'keg' → barrel, 'coffee tables' → coffee_table. */
export function lookupProp(noun: string): PropWord | undefined {
  const key = nounKey(noun);
  return indexes().prop.get(key) ?? indexes().prop.get(singular(key));
}

/** A kind's plain entry (the first without params), for its habit and surfaces: 'coffee_table', 'street_lamp'. */
export function lookupKind(kind: string): PropWord | undefined {
  return PROP_WORDS.find((p) => p.kind === kind && p.params === undefined) ?? PROP_WORDS.find((p) => p.kind === kind);
}

/** The person a noun names, with its pronoun: 'women' → she. */
export function lookupPerson(noun: string): PersonWord | undefined {
  const key = nounKey(noun);
  return indexes().person.get(key) ?? indexes().person.get(singular(key));
}

/**
 * The place a text is set in: the first place phrase in it, longest phrase first at each word ('an old inn' →
 * tavern, 'the bridge of a spaceship' → spaceship_bridge). A prop phrase longer than the place phrase at the
 * same word hides it ('a bar stool in the kitchen' is a kitchen). With no named place, the generic room or
 * outdoors when the text says indoors/outside; otherwise undefined.
 */
export function lookupPlace(text: string): PlaceWord | undefined {
  const words = tokens(text);
  for (let i = 0; i < words.length; i++) {
    const place = indexes().place.longestAt(words, i);
    const prop = indexes().prop.longestAt(words, i);
    if (prop && (!place || prop.length > place.length)) {
      i += prop.length - 1;
      continue;
    }
    if (place) return place.value;
  }
  for (let i = 0; i < words.length; i++) {
    const fallback = indexes().defaultPlace.longestAt(words, i);
    if (fallback) return fallback.value;
  }
  return undefined;
}

/**
 * sRGB hex for a colour name, with any modifiers in front applied nearest first: 'crimson', 'navy blue',
 * 'pale sky blue', 'dark-red'. Undefined when a word is neither a colour nor a known modifier. `before`, the
 * word in front when the caller walks word by word, is applied when it is a modifier ('deep', 'red') and
 * ignored otherwise ('three', 'red').
 */
export function lookupColour(word: string, before?: string): string | undefined {
  const key = normalise(word);
  const hex = indexes().colour.get(key) ?? modifiedColour(key);
  if (hex === undefined || before === undefined) return hex;
  const modifier = normalise(before);
  return modifier in COLOUR_MODIFIERS ? applyColourModifier(hex, modifier) : hex;
}

function modifiedColour(key: string): string | undefined {
  const parts = key.split(' ');
  for (let k = 1; k < parts.length; k++) {
    const base = indexes().colour.get(parts.slice(k).join(' '));
    const modifiers = parts.slice(0, k);
    if (base === undefined || !modifiers.every((m) => m in COLOUR_MODIFIERS)) continue;
    return modifiers.reduceRight((hex, m) => applyColourModifier(hex, m), base);
  }
  return undefined;
}

/**
 * The material preset id the words describe, longest run first so 'rusty iron' beats 'iron'; among runs of one
 * length the one nearest the end (nearest the noun) wins. Words may be single words or phrases:
 * ['old', 'rusty', 'iron'] → 'iron_rusted'.
 */
export function lookupMaterial(words: string[]): string | undefined {
  const all = words.flatMap((w) => tokens(w));
  for (let n = Math.min(indexes().material.longest, all.length); n >= 1; n--) {
    for (let i = all.length - n; i >= 0; i--) {
      const hit = indexes().material.get(all.slice(i, i + n).join(' '));
      if (hit) return hit.material;
    }
  }
  return undefined;
}

/** The size a word names, with its scale: 'enormous' → huge ×2. */
export function lookupSize(word: string): SizeWords | undefined {
  return indexes().size.get(normalise(word));
}
