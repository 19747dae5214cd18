/**
 * The offline semantic parser: a description in ordinary English → SceneDescription. compromise supplies
 * sentences, parts of speech, numbers and verb lemmas; the lexicons (tied to the prop, material, lighting and
 * grade libraries) supply the vocabulary; the rules here read the grammar a set description uses — counted,
 * coloured, material noun phrases, people and their poses, spatial prepositions in the camera's frame, and the
 * setting's place, era, time and weather.
 */
import type { Beat, Entity, Era, Genre, Pose, Relation, RelationKind, SceneDescription, Setting, SizeWord, TimeOfDay, Weather } from '../description.js';
import { tokenize, englishShare, type Sentence, type Token } from './tokens.js';
import {
  lookupProp,
  lookupPerson,
  lookupPlace,
  lookupColour,
  lookupMaterial,
  singular,
  normalise,
  PLACE_WORDS,
  TIME_WORDS,
  WEATHER_WORDS,
  ERA_WORDS,
  GENRE_PROFILES,
  MOOD_WORDS,
  SIZE_WORDS,
  PROP_WORDS,
  DEFAULT_INTERIOR,
  DEFAULT_EXTERIOR,
} from '../lexicon/index.js';
import { FALLBACK_KINDS, IGNORED_NOUNS } from './fallbacks.js';
import { editDistance } from '../../core/issues.js';
import { LIGHTING_PRESETS } from '../../library/lighting/index.js';
import { getProp } from '../../geometry/props/index.js';

export const MAX_DESCRIPTION_CHARS = 32_000;
/** Most entity instances a description may place; beyond this they are dropped with a warning. */
export const MAX_INSTANCES = 120;

/** Entities whose count was implied by a bare plural ("candles"), so a later number ("three candles") sets it. */
const impliedCount = new WeakSet<Entity>();

export class DescriptionError extends Error {
  override name = 'DescriptionError';
}

interface Mention {
  entity: Entity;
  start: number;
  end: number;
}

type Target = { kind: 'entity'; id: string } | { kind: 'wall' } | { kind: 'corner' } | { kind: 'centre' } | { kind: 'side'; side: 'left' | 'right' };

/** Spatial phrases, longest first so "on top of" wins over "on". */
const RELATION_PHRASES: [string[], RelationKind][] = (
  [
    ['to the left of', 'left-of'],
    ['to the right of', 'right-of'],
    ['on the left of', 'left-of'],
    ['on the right of', 'right-of'],
    ['in front of', 'in-front-of'],
    ['in back of', 'behind'],
    ['on top of', 'on'],
    ['next to', 'next-to'],
    ['close to', 'next-to'],
    ['across from', 'facing'],
    ['looking at', 'facing'],
    ['looks at', 'facing'],
    ['staring at', 'facing'],
    ['stares at', 'facing'],
    ['talking to', 'facing'],
    ['talks to', 'facing'],
    ['talking with', 'facing'],
    ['left of', 'left-of'],
    ['right of', 'right-of'],
    ['against', 'against-wall'],
    ['along', 'against-wall'],
    ['atop', 'on'],
    ['upon', 'on'],
    ['on', 'on'],
    ['onto', 'on'],
    ['underneath', 'under'],
    ['beneath', 'under'],
    ['below', 'under'],
    ['under', 'under'],
    ['beside', 'next-to'],
    ['besides', 'next-to'],
    ['alongside', 'next-to'],
    ['near', 'next-to'],
    ['by', 'next-to'],
    ['at', 'next-to'],
    ['behind', 'behind'],
    ['across', 'next-to'],
    ['between', 'between'],
    ['among', 'between'],
    ['around', 'around'],
    ['surrounding', 'around'],
    ['facing', 'facing'],
    ['faces', 'facing'],
    ['opposite', 'facing'],
    ['in', 'in'],
    ['inside', 'in'],
    ['within', 'in'],
  ] as [string, RelationKind][]
).map(([p, r]) => [p.split(' '), r]);

const QUANTIFIERS: Record<string, number> = { a: 1, an: 1, one: 1, another: 1, single: 1, lone: 1, some: 3, few: 3, several: 4, many: 6, numerous: 8, dozen: 12, dozens: 24, couple: 2, pair: 2, both: 2, lots: 6, lot: 6 };
const QUANTITY_NOUNS = new Set(['pair', 'couple', 'dozen', 'dozens', 'lots', 'lot', 'few', 'set', 'group', 'handful', 'row', 'rows', 'stack', 'pile', 'bunch', 'number', 'series', 'line', 'ring', 'circle', 'cluster', 'collection', 'heap', 'crowd']);
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);
const POSE_VERBS: Record<string, Pose> = { sit: 'sitting', seat: 'sitting', perch: 'sitting', crouch: 'sitting', kneel: 'sitting', stand: 'standing', wait: 'standing', walk: 'walking', stroll: 'walking', pace: 'walking', run: 'walking', stride: 'walking', wander: 'walking', approach: 'walking', enter: 'walking', point: 'pointing', gesture: 'pointing', lie: 'lying', sleep: 'lying', lay: 'lying', rest: 'lying' };
const STATIC_WORDS: Record<string, Target['kind']> = { wall: 'wall', walls: 'wall', corner: 'corner', corners: 'corner', centre: 'centre', center: 'centre', middle: 'centre' };
const MUTUAL = ['each other', 'one another'];

const ENGLISH_THRESHOLD = 0.45;

/**
 * Whether the token at i is used as a noun. compromise sometimes tags plural nouns as verbs ("six desks",
 * "glass bottles"): after a number, article, adjective or another noun a word is a noun whatever its tag.
 */
function nounish(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.tags.has('Possessive') || t.word.endsWith("'s")) return false;
  if (t.tags.has('Noun')) return true;
  const prev = tokens[i - 1];
  // "an old stone well": a lexicon noun after an article or adjective is a noun, whatever compromise says.
  const listed = lookupProp(singular(t.word)) !== undefined || lookupPerson(singular(t.word)) !== undefined || PLACE_PHRASES.has(normalise(t.word));
  if (listed && prev && !prev.comma && (prev.tags.has('Determiner') || prev.tags.has('Adjective') || prev.tags.has('Value') || (prev.tags.has('Noun') && !t.tags.has('Verb')))) return true;
  // "a walled garden": an article two words back still makes it a noun phrase.
  const prev2 = tokens[i - 2];
  if (listed && prev && prev2 && !prev.comma && !prev2.comma && (prev2.tags.has('Determiner') || prev2.tags.has('Value')) && (prev.tags.has('Verb') || prev.tags.has('Adjective'))) return true;
  // A listed word opening a fragment ("Park bench, golden hour.") names a thing, unless an article follows (an order).
  if (listed && (!prev || prev.clauseEnd) && !tokens[i + 1]?.tags.has('Determiner')) return true;
  if (!t.tags.has('Verb')) return t.tags.size === 0;
  if (!prev || prev.clauseEnd) return !tokens[i + 1] || tokens[i + 1]!.tags.has('Preposition') || tokens[i + 1]!.clauseEnd;
  // "glass bottles" (a noun modifying a noun) but "soldiers guard the gate" (a plural subject and its verb).
  const next = tokens[i + 1];
  if (next && (next.tags.has('Determiner') || next.tags.has('Possessive'))) return false;
  return prev.tags.has('Value') || prev.tags.has('Determiner') || prev.tags.has('Adjective') || (prev.tags.has('Noun') && !prev.tags.has('Pronoun') && !prev.tags.has('Plural')) || prev.tags.has('Possessive');
}

/** Place phrases → place, longest phrases first. */
const PLACE_PHRASES = new Map<string, (typeof PLACE_WORDS)[number]>(PLACE_WORDS.flatMap((p) => p.words.map((w) => [normalise(w), p] as const)));

/** Length of the place phrase starting at i ("throne room", "tavern"), or 0. Its last word must be a noun. */
function placeAt(tokens: Token[], i: number): number {
  for (let len = 3; len >= 1; len--) {
    const slice = tokens.slice(i, i + len);
    if (slice.length < len || slice.slice(0, -1).some((t) => t.comma)) continue;
    if (!nounish(tokens, i + len - 1)) continue;
    const words = slice.map((t) => t.word);
    const phrase = normalise(words.join(' '));
    const sing = normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' '));
    if (PLACE_PHRASES.has(phrase) || PLACE_PHRASES.has(sing)) return len;
  }
  return 0;
}

function placeIn(tokens: Token[]): (typeof PLACE_WORDS)[number] | undefined {
  // Every place phrase scores: after "in/at/inside …" or opening a sentence it names the setting ("in the
  // forest"); inside a longer prop phrase ("kitchen table", "park bench") it only hints at it.
  let best: { place: (typeof PLACE_WORDS)[number]; score: number } | undefined;
  const SETTING_PREPS = new Set(['in', 'at', 'inside', 'into', 'through', 'of', 'across', 'outside', 'within', 'around', 'near', 'on']);
  for (let i = 0; i < tokens.length; i++) {
    const len = placeAt(tokens, i);
    if (!len) continue;
    const words = tokens.slice(i, i + len).map((t) => t.word);
    const place = PLACE_PHRASES.get(normalise(words.join(' '))) ?? PLACE_PHRASES.get(normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' ')));
    if (!place) continue;
    const prop = headAt(tokens, i);
    let score = 0;
    let k = i - 1;
    while (k >= 0 && (tokens[k]!.tags.has('Determiner') || tokens[k]!.tags.has('Adjective')) && !tokens[k]!.comma) k--;
    if (k >= 0 && SETTING_PREPS.has(tokens[k]!.word)) score += 2;
    if (i === 0 || tokens[i - 1]!.clauseEnd || k < 0 || tokens[k]!.clauseEnd) score += 1;
    // A place word qualifying a following noun ("trench coat", "kitchen table") is not the setting.
    const next = tokens[i + len];
    if ((prop && prop.end - i > len) || (next && !tokens[i + len - 1]!.comma && next.tags.has('Noun') && !next.tags.has('Pronoun') && !PLACE_PHRASES.has(normalise(next.word)))) score -= 3;
    if (!best || score > best.score) best = { place, score };
  }
  return best?.place;
}

interface ParseOptions {
  genre?: Genre;
}

/** Words of the text, as one lowercase string with single spaces, for phrase searches. */
const flat = (tokens: Token[]) => ` ${tokens.map((t) => t.word).join(' ')} `;

function findPhrase(tokens: Token[], at: number, phrases: [string[], RelationKind][]): { len: number; relation: RelationKind } | undefined {
  for (const [words, relation] of phrases) {
    if (words.every((w, k) => tokens[at + k]?.word === w)) return { len: words.length, relation };
  }
  return undefined;
}

function matchAny(text: string, words: readonly string[]): boolean {
  return words.some((w) => text.includes(` ${w} `));
}

export function parseDescription(text: string, opts: ParseOptions = {}): SceneDescription {
  if (text.length > MAX_DESCRIPTION_CHARS) throw new DescriptionError(`the description is ${Math.round(text.length / 1000)} KB; the limit is ${MAX_DESCRIPTION_CHARS / 1000} KB — split it into scenes`);
  const trimmed = text.trim();
  if (!trimmed) throw new DescriptionError('the description is empty: say what is in the scene, e.g. "a candle-lit tavern with three barrels"');
  const warnings: string[] = [];
  // Screenplay sluglines: "INT. KITCHEN - NIGHT".
  const slug = /\b(INT|EXT|I\/E)\.?\s+([^\n.]*?)\s*[-–—]\s*(DAY|NIGHT|DAWN|DUSK|MORNING|EVENING|CONTINUOUS|LATER)\b/.exec(trimmed);
  const sentences = tokenize(trimmed.replace(/\b(INT|EXT)\.\s/g, '$1 '));
  const all = sentences.flatMap((s) => s.tokens);
  const text1 = flat(all);
  if (englishShare(sentences) < ENGLISH_THRESHOLD) warnings.push('the description does not read as English; the offline planner understands English only, so the scene is built from what it recognised (configure an LLM provider for other languages)');

  const setting = parseSetting(text1, slug, all);
  const entities: Entity[] = [];
  const relations: Relation[] = [];
  const beats: Beat[] = [];
  const counters = new Map<string, number>();
  const newId = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind.replace(/_/g, '-')}-${n}`;
  };
  let lastPerson: Record<'she' | 'he' | 'they', Entity | undefined> = { she: undefined, he: undefined, they: undefined };
  /** The thing "it" refers to: the last object mentioned before the current clause. */
  let lastThing: Entity | undefined;
  const placeWords = new Set(PLACE_WORDS.flatMap((p) => p.words.flatMap((w) => w.split(' '))));
  const absent = new Set<string>();
  if (/\b(nobody|no one|no-one|noone|no people|no person|deserted|unoccupied|empty of people)\b/.test(text1)) absent.add('person');

  for (const sentence of sentences) {
    const clauses = splitClauses(sentence);
    const sentenceMentions: Entity[] = [];
    for (const clause of clauses) {
      const mentions = findMentions(clause, entities, newId, warnings, placeWords, absent);
      for (const m of mentions) {
        if (!entities.includes(m.entity)) entities.push(m.entity);
        sentenceMentions.push(m.entity);
        if (m.entity.kind === 'person' && m.entity.pronoun) lastPerson = { ...lastPerson, [m.entity.pronoun]: m.entity, they: m.entity };
      }
      // Pronouns as beat subjects ("She looks up").
      for (const t of clause) {
        const p = t.word === 'she' || t.word === 'her' ? 'she' : t.word === 'he' || t.word === 'him' || t.word === 'his' ? 'he' : undefined;
        const who = p ? (lastPerson[p] ?? lastPerson.they) : undefined;
        if (who && !sentenceMentions.includes(who)) sentenceMentions.push(who);
      }
      applyPoses(clause, mentions);
      relations.push(...findRelations(clause, mentions, lastThing));
      const things = mentions.filter((m) => m.entity.kind !== 'person');
      if (things.length) lastThing = things[things.length - 1]!.entity;
      // "Two men talk", "they face each other": people in one clause who talk, argue or face each other.
      const people = [...new Set(mentions.map((m) => m.entity).filter((e) => e.kind === 'person'))];
      const clauseText = flat(clause);
      const talk = /\b(talk|talks|talking|argue|argues|arguing|argument|converse|converses|conversation|chat|chats|chatting|speak|speaks|speaking|discuss|discusses|discussing|negotiate|negotiates|face|faces|facing|confront|confronts|confronting|whisper|whispers|kiss|kisses|dance|dances|dancing|stare|stares|glare|glares|duel|duels|face off|faces off|square off|across from each other|across from one another|face to face)\b/.test(clauseText) || MUTUAL.some((w) => clauseText.includes(w));
      if (talk && people.length >= 2) relations.push({ subject: people[0]!.id, relation: 'facing', object: people[1]!.id }, { subject: people[1]!.id, relation: 'facing', object: people[0]!.id });
      else if (talk && people.length === 1 && people[0]!.count >= 2) relations.push({ subject: people[0]!.id, relation: 'facing', object: people[0]!.id });
    }
    const moods = MOOD_WORDS.filter((m) => matchAny(flat(sentence.tokens), m.words)).map((m) => m.mood);
    const action = sentence.tokens.find((t) => t.tags.has('Verb') && t.lemma && !['be', 'is', 'have', 'has', 'do', 'there'].includes(t.lemma))?.lemma;
    // A slugline sets the scene; it is not a story beat.
    if (/^(INT|EXT|I\/E)\b/.test(sentence.text) && sentenceMentions.length === 0) continue;
    beats.push({ text: sentence.text.slice(0, 2000), ...(action ? { action } : {}), subjects: [...new Set(sentenceMentions.map((e) => e.id))].slice(0, 16), mood: [...new Set(moods)].slice(0, 8) });
  }

  // Someone under a table crouches.
  for (const r of relations) {
    const e = entities.find((x) => x.id === r.subject);
    if (r.relation === 'under' && e?.kind === 'person') e.pose = 'sitting';
  }

  // People are individuals: "two knights" are two subjects a shot can frame, each facing the other.
  for (const group of entities.filter((e) => e.kind === 'person' && e.count > 1)) {
    // Each is named for the storyboard: "two knights" → "knight 1", "knight 2".
    const noun = singular(group.name.split(' ').pop() ?? 'person');
    const members: Entity[] = [{ ...group, name: `${noun} 1`, count: 1 }];
    for (let k = 1; k < group.count; k++) members.push({ ...group, id: newId('person'), name: `${noun} ${k + 1}`, count: 1 });
    entities.splice(entities.indexOf(group), 1, ...members);
    const ids = members.map((m) => m.id);
    const expanded: Relation[] = [];
    for (const r of relations) {
      if (r.subject === group.id && r.object === group.id) {
        // "They face each other": the first two face one another, the rest face the first.
        expanded.push({ subject: ids[0]!, relation: r.relation, object: ids[1]! }, { subject: ids[1]!, relation: r.relation, object: ids[0]! });
        for (const id of ids.slice(2)) expanded.push({ subject: id, relation: r.relation, object: ids[0]! });
      } else if (r.subject === group.id) for (const id of ids) expanded.push({ ...r, subject: id });
      else if (r.object === group.id || r.object2 === group.id) expanded.push({ ...r, ...(r.object === group.id ? { object: ids[0]! } : {}), ...(r.object2 === group.id ? { object2: ids[1] ?? ids[0]! } : {}) });
      else expanded.push(r);
    }
    relations.splice(0, relations.length, ...expanded);
    for (const b of beats) if (b.subjects.includes(group.id)) b.subjects = b.subjects.flatMap((s) => (s === group.id ? ids : [s]));
  }

  if (absent.has('person')) for (const e of entities.filter((x) => x.kind === 'person')) entities.splice(entities.indexOf(e), 1);
  const lighting = namedLighting(text1);

  // Instance budget: large lists keep their first mentions.
  let total = 0;
  const kept: Entity[] = [];
  for (const e of entities) {
    if (total + e.count > MAX_INSTANCES) {
      const room = MAX_INSTANCES - total;
      if (room > 0) {
        kept.push({ ...e, count: room });
        total += room;
      }
      warnings.push(`more than ${MAX_INSTANCES} objects: ${e.name}${room > 0 ? ` cut to ${room}` : ' left out'}`);
      continue;
    }
    kept.push(e);
    total += e.count;
  }
  const ids = new Set(kept.map((e) => e.id));
  const genre = opts.genre ?? GENRE_PROFILES.find((g) => matchAny(text1, g.words))?.genre;
  const mood = [...new Set(MOOD_WORDS.filter((m) => matchAny(text1, m.words)).map((m) => m.mood))];
  if (!kept.length && !sentences.some((s) => s.tokens.some((t) => PLACE_WORDS.some((p) => p.words.includes(t.word))))) {
    warnings.push('nothing in the description was recognised as a place, object or person; the scene is a furnished default set');
  }
  const validRelations = dedupeRelations(relations).filter((r) => ids.has(r.subject) && (!r.object || ids.has(r.object)) && (!r.object2 || ids.has(r.object2)));
  return {
    ...(slug ? { title: `${slug[2]!.trim().toLowerCase().replace(/^./, (c) => c.toUpperCase())}, ${slug[3]!.toLowerCase()}` } : sentences[0] ? { title: sentences[0].text.slice(0, 120) } : {}),
    setting,
    entities: kept,
    relations: validRelations,
    mood,
    ...(genre ? { genre } : {}),
    beats: beats.slice(0, 64).map((b) => ({ ...b, subjects: b.subjects.filter((s) => ids.has(s)) })),
    absent: [...absent].slice(0, 64),
    ...(lighting ? { lighting } : {}),
    warnings,
  };
}

/** A lighting set-up named in the text ("Rembrandt lighting", "three-point lighting", "high key"). */
/** Ways people say what lights a scene, beyond the presets' own names. */
const LIGHT_SOURCES: [RegExp, string][] = [
  [/\b(lit (only |solely )?by candles?|candle ?light|candlelit|by the light of a candle)\b/, 'candle_lit'],
  [/\b(lit (only )?by torches?|torch ?light|torchlit)\b/, 'torch_lit'],
  [/\b(fire ?light|lit by (the |a )?(fire|fireplace|hearth|campfire)|glow of the fire)\b/, 'firelight'],
  [/\b(moon ?light|moonlit|lit by the moon)\b/, 'moonlight'],
  [/\b(neon ?lit|neon light|neon glow)\b/, 'neon_cyberpunk'],
  [/\b(tv glow|glow of (a |the )?(tv|television|screen))\b/, 'tv_glow'],
];

function namedLighting(text: string): string | undefined {
  for (const [re, id] of LIGHT_SOURCES) if (re.test(text)) return id;
  for (const p of LIGHTING_PRESETS) {
    const names = [p.id.replace(/_/g, ' '), p.label.toLowerCase().replace(/[()]/g, ''), ...p.label.toLowerCase().split(/[()]/).map((x) => x.trim()).filter(Boolean)].map((n) => n.replace(/-/g, ' '));
    if (names.some((n) => n.length > 3 && (text.includes(` ${n} light`) || text.includes(` ${n} lit `) || text.includes(` ${n} style`) || (n.split(' ').length > 1 && text.includes(` ${n} `))))) return p.id;
  }
  return undefined;
}

const SPECIFIC: RelationKind[] = ['on', 'under', 'between', 'in-centre', 'in-corner', 'against-wall', 'left-of', 'right-of', 'in-front-of', 'behind', 'next-to', 'around', 'in', 'facing'];

function dedupeRelations(all: Relation[]): Relation[] {
  const seen = new Set<string>();
  // "a desk … with a crystal on it" gives both "desk next to crystal" and "crystal on desk": a pair related
  // both ways keeps the more specific, so layout has an order to place them in.
  const rs = all.filter((r) => {
    if (r.relation === 'facing' || !r.object) return true;
    const inverse = all.find((q) => q !== r && q.relation !== 'facing' && q.subject === r.object && q.object === r.subject);
    return !inverse || SPECIFIC.indexOf(r.relation) < SPECIFIC.indexOf(inverse.relation) || (SPECIFIC.indexOf(r.relation) === SPECIFIC.indexOf(inverse.relation) && all.indexOf(r) < all.indexOf(inverse));
  });
  return rs.filter((r) => {
    const k = `${r.subject}|${r.relation}|${r.object ?? ''}|${r.object2 ?? ''}`;
    if (seen.has(k) || (r.object && r.object === r.subject && r.relation !== 'facing')) return false;
    seen.add(k);
    return true;
  });
}

function splitClauses(s: Sentence): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of s.tokens) {
    cur.push(t);
    if (t.clauseEnd) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function parseSetting(text: string, slug: RegExpExecArray | null, tokens: Token[]): Setting {
  const place = (slug ? lookupPlace(slug[2]!.toLowerCase()) : undefined) ?? placeIn(tokens);
  let interior = place?.interior;
  if (slug) interior = slug[1] === 'INT' || (slug[1] === 'I/E' && (interior ?? true));
  if (interior === undefined) {
    if (/\b(outside|outdoors|outdoor|open air|under the sky|in the open)\b/.test(text)) interior = false;
    else if (/\b(inside|indoors|indoor|interior|room)\b/.test(text)) interior = true;
    else {
      // No place named: the things decide — trees and cars live outside, beds and sofas inside.
      const kinds = tokens.map((t) => lookupProp(singular(t.word))?.kind).filter(Boolean);
      const outdoor = kinds.filter((k) => ['tree', 'rock', 'bush', 'car', 'street_lamp', 'fence', 'well', 'log', 'mushroom'].includes(k!)).length;
      const indoor = kinds.filter((k) => ['bed', 'sofa', 'bookshelf', 'wardrobe', 'desk', 'cabinet', 'chandelier', 'ceiling_lamp', 'rug', 'coffee_table', 'throne'].includes(k!)).length;
      interior = outdoor > indoor ? false : true;
    }
  }
  const slugTime = slug?.[3]?.toLowerCase();
  let timeOfDay: TimeOfDay | undefined = TIME_WORDS.find((t) => matchAny(text, t.words))?.time;
  if (!timeOfDay && slugTime) timeOfDay = slugTime === 'night' ? 'night' : slugTime === 'dawn' ? 'dawn' : slugTime === 'dusk' || slugTime === 'evening' ? 'dusk' : slugTime === 'morning' ? 'morning' : slugTime === 'day' ? 'afternoon' : undefined;
  const weather: Weather | undefined = WEATHER_WORDS.find((w) => matchAny(text, w.words))?.weather;
  const era: Era = ERA_WORDS.find((e) => matchAny(text, e.words))?.era ?? place?.era ?? 'any';
  const chosen = place ?? (interior ? DEFAULT_INTERIOR : DEFAULT_EXTERIOR);
  return { interior: interior ?? chosen.interior, place: chosen.id, era, ...(timeOfDay ? { timeOfDay } : {}), ...(weather ? { weather } : {}) };
}

/** Noun phrases that name props or people, with their counts and modifiers; reuses entities for "the table". */
function findMentions(clause: Token[], entities: Entity[], newId: (kind: string) => string, warnings: string[], placeWords: Set<string>, absent: Set<string>): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < clause.length) {
    // Place names ("the throne room", "the bar") are the setting, not things in it.
    const placeLen = placeAt(clause, i);
    if (placeLen && !headAt(clause, i + placeLen - 1)?.person) {
      const prop = headAt(clause, i);
      if (!prop || prop.end - i < placeLen) {
        i += placeLen;
        continue;
      }
    }
    const hit0 = headAt(clause, i);
    // "candle-lit", "torch-lit": the light, not the thing.
    const hit = hit0 && clause[hit0.end]?.word === 'lit' && clause[hit0.end - 1]!.tags.has('Hyphenated') ? undefined : hit0;
    // In a compound ("stone statue", "glass bottle", "oak tree") the last noun is the head; the first is a modifier.
    if (!hit || (!clause[hit.end - 1]!.comma && hit.end < clause.length && headAt(clause, hit.end) && !hit.person)) {
      i++;
      continue;
    }
    let { end } = hit;
    const { kind, noun, person, params } = hit;
    // "Detective Morgan", "DETECTIVE MORGAN": a title and a name are one person, known by the name.
    const nameTok = clause[end];
    let named = hit.named ?? false;
    let nameNoun = noun;
    if (person && !hit.named && nameTok && (nameTok.cap || nameTok.caps) && !nameTok.tags.has('Pronoun') && (nameTok.tags.has('FirstName') || nameTok.tags.has('Person') || nameTok.tags.has('ProperNoun')) && !clause[end - 1]!.clauseEnd) {
      end += 1;
      named = true;
      nameNoun = nameTok.word;
    }
    // Walk back over the phrase's modifiers: adjectives, nouns used as adjectives, numbers, determiners.
    let start = i;
    while (start > 0) {
      const t = clause[start - 1]!;
      if (t.comma) break;
      // A spatial phrase ends the noun phrase ("under a window", "in front of it").
      if (findPhrase(clause, start - 1, RELATION_PHRASES) && !['left', 'right'].includes(t.word)) break;
      const other = headAt(clause, start - 1);
      // "glass coffee table", "stone well": a material word in front of a noun describes it, even when it
      // could name a thing by itself.
      const compound = start === i && !t.comma;
      const nounModifier = t.tags.has('Noun') && !t.tags.has('Pronoun') && (!other || other.fallback !== undefined || lookupMaterial([t.word]) !== undefined || compound) && (compound || !placeWords.has(t.word));
      // "of" belongs to a quantity ("a pair of", "lots of"), not to "on top of" or "a shelf of".
      const quantityOf = t.word === 'of' && QUANTITY_NOUNS.has(clause[start - 2]?.word ?? '');
      const modifier = t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Determiner') || nounModifier || quantityOf || ['pair', 'couple', 'dozen', 'few', 'lots', 'lot', 'no', 'zero', 'any'].includes(t.word) || t.tags.has('Adverb');
      if (!modifier) break;
      start--;
    }
    const mods = clause.slice(start, i);
    const words = mods.map((t) => t.word);
    const plural = clause[end - 1]!.tags.has('Plural') || singular(clause[end - 1]!.word) !== clause[end - 1]!.word;
    let count: number | undefined;
    for (const t of mods) {
      if (t.value !== undefined) count = t.value;
      else if (QUANTIFIERS[t.word] !== undefined && !(t.word === 'a' && plural)) count = count ?? QUANTIFIERS[t.word];
    }
    if (words.includes('no') || words.includes('without') || words.includes('zero')) {
      absent.add(kind);
      i = end;
      continue;
    }
    if (hit.count !== undefined) count = hit.count;
    if (count === undefined) count = plural ? 3 : 1;
    count = Math.max(1, Math.min(50, Math.round(count)));
    // Material and colour words may sit inside a lexicon phrase too ("stone statue", "red car" as one word).
    const headWords = noun.split(' ');
    const optional = headWords.length > 1 && lookupProp(headWords[headWords.length - 1]!)?.kind === kind;
    const phraseWords = [...words, ...(optional ? headWords.slice(0, -1) : [])];
    const colour = lookupColourPhrase(phraseWords);
    const material = lookupMaterial(phraseWords);
    const size = SIZE_WORDS.find((s) => words.some((w) => s.words.includes(w)))?.size as SizeWord | undefined;
    const definite = mods.some((t) => DEFINITE.has(t.word)) && !mods.some((t) => t.value !== undefined);
    // A bare singular person noun ("DETECTIVE:", "Detective leans in") names someone already there.
    const bare = !mods.some((t) => t.tags.has('Determiner') || t.value !== undefined || QUANTIFIERS[t.word] !== undefined) && !plural;
    // The words as written ("three rusty barrels"), for reports, titles and prompts.
    const written = clause.slice(i, hit.end).map((t) => t.word);
    const name = [...words.filter((w) => !DEFINITE.has(w) && !['a', 'an'].includes(w)), ...written, ...(nameNoun !== noun ? [nameNoun] : [])].join(' ');
    // "the table" (or a repeated named person) refers back; "a table" after one exists is another one.
    const known = [...entities, ...out.map((m) => m.entity).filter((e) => !entities.includes(e))];
    const existing = known.find((e) => e.kind === kind && (person ? e.name.split(' ').includes(named ? nameNoun : noun) || (named && e.name.split(' ').includes(noun) && !e.id.startsWith(kind)) : true) && (definite || named || (person !== undefined && bare)));
    // "lit by candles … three candles on a stool": a number for a kind only mentioned as a bare plural so far
    // counts the same things.
    const counted = mods.some((t) => t.value !== undefined);
    const implied = !existing && counted ? known.find((e) => e.kind === kind && impliedCount.has(e) && kind !== 'person') : undefined;
    if (implied) {
      implied.count = count;
      impliedCount.delete(implied);
      if (colour && !implied.color) implied.color = colour;
      if (material && !implied.material) implied.material = material;
      out.push({ entity: implied, start, end });
      i = end;
      continue;
    }
    // "Anna, a weary detective, …": an indefinite description right after a named person is that person.
    const prevMention = out[out.length - 1];
    if (person && !existing && prevMention?.entity.kind === 'person' && prevMention.end === start && clause[start - 1]?.comma && ['a', 'an'].includes(words[0] ?? '') && !prevMention.entity.id.startsWith('person-')) {
      const who = prevMention.entity;
      if (who.pronoun === 'they' && person.pronoun !== 'they') who.pronoun = person.pronoun;
      if (params?.height !== undefined) Object.assign(who, { params: { ...((who as { params?: object }).params ?? {}), height: params.height } });
      out.push({ entity: who, start, end });
      i = end;
      continue;
    }
    if (existing) {
      if (colour && !existing.color) existing.color = colour;
      if (material && !existing.material) existing.material = material;
      out.push({ entity: existing, start, end });
    } else {
      const entity: Entity = {
        id: named ? nameNoun.replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '') || newId(kind) : newId(kind),
        kind,
        name: name.slice(0, 200),
        count,
        ...(colour ? { color: colour } : {}),
        ...(material ? { material } : {}),
        ...(size ? { size } : {}),
        ...(person ? { pronoun: person.pronoun, pose: 'standing' as const } : {}),
        ...(hit.fallback ? { fallback: hit.fallback } : {}),
      };
      if (params && Object.keys(params).length) Object.assign(entity, { params });
      if (plural && !counted && hit.count === undefined && !mods.some((t) => QUANTIFIERS[t.word] !== undefined)) impliedCount.add(entity);
      if (hit.fallback) warnings.push(`no prop for "${hit.fallback.noun}": ${hit.fallback.reason}`);
      // A named person keeps the name as id; make it unique.
      if (entities.some((e) => e.id === entity.id)) entity.id = newId(kind);
      out.push({ entity, start, end });
    }
    i = end;
  }
  return out;
}

interface Head {
  end: number;
  kind: string;
  noun: string;
  /** A group noun's own count ("a couple" is two). */
  count?: number;
  person?: { pronoun: 'she' | 'he' | 'they' };
  params?: Record<string, unknown>;
  named?: boolean;
  fallback?: { noun: string; reason: string };
}

/** The prop or person noun starting at i (longest multi-word match), or a fallback for an unknown object noun. */
function headAt(clause: Token[], i: number): Head | undefined {
  for (let len = 3; len >= 1; len--) {
    const slice = clause.slice(i, i + len);
    if (slice.length < len || slice.slice(0, -1).some((t) => t.comma) || slice[0]!.tags.has('Determiner')) continue;
    const words = slice.map((t) => t.word);
    const last = singular(words[len - 1]!);
    const phrase = [...words.slice(0, -1), last].join(' ');
    // "soldiers guard the gate": a verb is never the thing itself.
    if (!nounish(clause, i + len - 1)) continue;
    const person = lookupPerson(phrase);
    if (person) return { end: i + len, kind: 'person', noun: phrase, person: { pronoun: person.pronoun }, ...(person.heightM ? { params: { height: person.heightM } } : {}) };
    const prop = lookupProp(phrase);
    if (prop) return { end: i + len, kind: prop.kind, noun: phrase, ...(prop.params ? { params: prop.params } : {}) };
  }
  const t = clause[i]!;
  const nextWord = clause[i + 1]?.word;
  // Groups of people: "a young couple" is two, "a crowd of onlookers" several.
  if (t.word === 'couple' && nextWord !== 'of') return { end: i + 1, kind: 'person', noun: 'couple', person: { pronoun: 'they' }, count: 2 };
  if (['crowd', 'crowds', 'mob', 'throng', 'audience'].includes(t.word)) {
    const of = nextWord === 'of' && clause[i + 2] && !clause[i + 1]!.clauseEnd ? 2 : 0;
    return { end: i + 1 + of, kind: 'person', noun: of ? clause[i + 2]!.word : t.word, person: { pronoun: 'they' }, count: 6 };
  }
  const styleWord = ['lighting', 'light', 'lit', 'style', 'look'].includes(nextWord ?? '');
  if ((t.tags.has('FirstName') || t.tags.has('MaleName') || t.tags.has('FemaleName') || (t.tags.has('Person') && t.tags.has('ProperNoun'))) && (t.cap || t.caps) && !t.tags.has('Pronoun') && !styleWord) {
    const pronoun = t.tags.has('FemaleName') ? 'she' : t.tags.has('MaleName') ? 'he' : 'they';
    return { end: i + 1, kind: 'person', noun: t.word, person: { pronoun }, named: true };
  }
  const noun = singular(t.word);
  if (!nounish(clause, i)) return undefined;
  // People compromise knows as actors ("gravedigger", "prisoner") that the lexicon lacks.
  const followedByNoun = !t.comma && clause[i + 1] !== undefined && nounish(clause, i + 1);
  if (t.tags.has('Actor') && !t.word.endsWith('ing') && !IGNORED_NOUNS.has(noun) && !FALLBACK_KINDS[noun] && QUANTIFIERS[t.word] === undefined && !followedByNoun) return { end: i + 1, kind: 'person', noun, person: { pronoun: 'they' } };
  const fb = FALLBACK_KINDS[noun];
  if (fb) return { end: i + 1, kind: fb, noun, fallback: { noun, reason: `no "${noun}" prop, so a ${fb.replace(/_/g, ' ')} stands in` } };
  // A misspelt prop ("barells", "chiar"): the nearest prop word within a third of its length.
  if (!t.tags.has('Pronoun') && noun.length >= 6 && !IGNORED_NOUNS.has(noun)) {
    const near = nearestPropWord(noun);
    if (near) return { end: i + 1, kind: near.kind, noun, fallback: { noun, reason: `read as "${near.word}" (${near.kind.replace(/_/g, ' ')})` } };
  }
  return undefined;
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

function lookupColourPhrase(words: string[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const c = lookupColour(words[k]!, words[k - 1]);
    if (c) return c;
  }
  return undefined;
}

function applyPoses(clause: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'person') continue;
    // The first verb after the person, within the clause.
    const verb = clause.slice(m.end).find((t) => t.tags.has('Verb') && t.lemma && t.lemma !== 'be');
    const lemma = verb?.lemma;
    const seated = clause.slice(m.end, m.end + 4).some((t) => t.word === 'seated');
    if (seated) m.entity.pose = 'sitting';
    else if (lemma && POSE_VERBS[lemma]) m.entity.pose = POSE_VERBS[lemma];
    if (/\b(arms crossed|crossed arms|folds (his|her|their) arms|crosses (his|her|their) arms)\b/.test(flat(clause))) m.entity.pose = 'arms-crossed';
  }
}

/** Relations between the mentions of one clause: subject — phrase — object (or "between A and B"). */
const GAZE = new Set(['down', 'up', 'looking', 'looks', 'look', 'glances', 'glancing', 'smiles', 'smiling', 'gazes', 'gazing', 'peers', 'peering', 'frowns', 'laughs', 'shouts', 'yells', 'points', 'pointing', 'aims', 'aiming', 'towers', 'towering', 'looms', 'looming']);
const BODY_ON = new Set(['sit', 'stand', 'lie', 'lay', 'kneel', 'crouch', 'climb', 'perch', 'lean', 'hide', 'sleep', 'rest', 'squat', 'curl', 'huddle', 'cower', 'balance', 'dance', 'step', 'jump', 'sprawl']);
const PASSIVE = new Set(['lit', 'lighted', 'illuminated', 'covered', 'filled', 'surrounded', 'guarded', 'watched', 'followed', 'made', 'built', 'painted', 'written', 'crowded', 'packed']);

/** Small things a surface holds: "a desk with a computer", "a shelf of bottles". */
function holds(surface: Entity, thing: Entity): boolean {
  return !!getProp(surface.kind)?.prop.surfaceHeight && surface.kind !== 'bed' && thing.kind !== 'person' && (getProp(thing.kind)?.prop.placement.includes('surface') ?? false);
}

function findRelations(clause: Token[], mentions: Mention[], lastThing: Entity | undefined): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < clause.length; i++) {
    const word = clause[i]!.word;
    if ((word === 'with' || word === 'of') && !clause[i - 1]?.comma) {
      const a = [...mentions].reverse().find((m) => m.end === i);
      const b = mentions.find((m) => m.start === i + 1 || (m.start > i && m.start <= i + 3));
      if (a && b && holds(a.entity, b.entity)) out.push({ subject: b.entity.id, relation: 'on', object: a.entity.id });
      continue;
    }
    const p = findPhrase(clause, i, RELATION_PHRASES);
    if (!p) continue;
    if (word === 'by' && PASSIVE.has(clause[i - 1]?.word ?? '')) continue;
    // "looking down on his subjects", "smiles at her": attention, not position.
    if ((word === 'on' || word === 'at' || word === 'over') && GAZE.has(clause[i - 1]?.word ?? '')) continue;
    const after = i + p.len;
    const objects = mentions.filter((m) => m.start >= after);
    // "in front of it": the thing mentioned just before, in this clause or the last.
    const pronoun = clause[after]?.word === 'it' || clause[after]?.word === 'them';
    const before = [...mentions].reverse().find((m) => m.end <= i);
    const itRef = pronoun ? ([...mentions].reverse().find((m) => m.end <= i && m !== before && m.entity.kind !== 'person')?.entity ?? (lastThing !== before?.entity ? lastThing : undefined)) : undefined;
    const target: Target | undefined = itRef ? { kind: 'entity', id: itRef.id } : staticTarget(clause, after, objects[0]);
    // Subject: the nearest mention before the phrase; in an inverted clause ("On the table sits a cup") the
    // first mention after the object.
    // Who faces, looks or talks is a person: the nearest person before the phrase.
    const people = p.relation === 'facing' ? [...mentions].reverse().filter((m) => m.end <= i && m.entity.kind === 'person') : [];
    let subject = people[0] ?? [...mentions].reverse().find((m) => m.end <= i);
    const object: Target | undefined = target;
    if (!subject && objects.length >= 2 && target?.kind === 'entity') subject = objects[1];
    if (!subject || !object) continue;
    // "slams his fist on the table" puts no one on the table: people are on things only when they sit,
    // stand, lie or climb there.
    if ((p.relation === 'on' || p.relation === 'under') && subject.entity.kind === 'person' && !clause.some((t) => t.lemma && BODY_ON.has(t.lemma)) && !clause.some((t) => t.word === 'seated')) continue;
    if (p.relation === 'between') {
      const two = objects.filter((m) => m.entity !== subject!.entity).slice(0, 2);
      if (two.length === 2) out.push({ subject: subject.entity.id, relation: 'between', object: two[0]!.entity.id, object2: two[1]!.entity.id });
      else if (two.length === 1 && two[0]!.entity.count >= 2) out.push({ subject: subject.entity.id, relation: 'between', object: two[0]!.entity.id });
      continue;
    }
    if (object.kind === 'wall') out.push({ subject: subject.entity.id, relation: 'against-wall' });
    else if (object.kind === 'corner') out.push({ subject: subject.entity.id, relation: 'in-corner' });
    else if (object.kind === 'centre') out.push({ subject: subject.entity.id, relation: 'in-centre' });
    else if (object.kind === 'side') out.push({ subject: subject.entity.id, relation: object.side === 'left' ? 'left-of' : 'right-of' });
    else {
      if (p.relation === 'against-wall') continue;
      if (p.relation === 'in') {
        // "a cup in the cabinet" has no interior to put it in: read it as on the prop's surface or beside it.
        out.push({ subject: subject.entity.id, relation: 'next-to', object: object.id });
        continue;
      }
      if (subject.entity.id === object.id) continue;
      out.push({ subject: subject.entity.id, relation: p.relation, object: object.id });
      // A person "at the table" sits or stands at it, facing it.
      if (p.relation === 'next-to' && subject.entity.kind === 'person' && clause[i]?.word === 'at') out.push({ subject: subject.entity.id, relation: 'facing', object: object.id });
    }
    i = after - 1;
  }
  return out;
}

function staticTarget(clause: Token[], at: number, next: Mention | undefined): Target | undefined {
  // Skip determiners and adjectives up to the head word.
  let k = at;
  while (k < clause.length && (clause[k]!.tags.has('Determiner') || clause[k]!.tags.has('Adjective') || ['far', 'back', 'north', 'south', 'east', 'west', 'rear', 'front'].includes(clause[k]!.word)) && !STATIC_WORDS[clause[k]!.word]) k++;
  const w = clause[k]?.word;
  if (w === 'left' || w === 'right') {
    const of = clause[k + 1]?.word === 'of';
    if (!of) return { kind: 'side', side: w };
  }
  if (w && STATIC_WORDS[w] && (!next || next.start > k)) {
    const kind = STATIC_WORDS[w]!;
    return kind === 'wall' ? { kind: 'wall' } : kind === 'corner' ? { kind: 'corner' } : { kind: 'centre' };
  }
  if (next && next.start <= k + 3) return { kind: 'entity', id: next.entity.id };
  return undefined;
}
