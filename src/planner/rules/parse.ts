/**
 * The offline semantic parser: a description in ordinary English → SceneDescription. compromise supplies
 * sentences, parts of speech, numbers and verb lemmas; the lexicons (tied to the prop, material, lighting and
 * grade libraries) supply the vocabulary; the rules here read the grammar a set description uses — counted,
 * coloured, material noun phrases, people and their poses, spatial prepositions in the camera's frame, and the
 * setting's place, era, time and weather.
 */
import type { Beat, Entity, Genre, Relation, SceneDescription } from '../description.js';
import { tokenize, englishShare, flat, matchAny, type Sentence, type Token } from './tokens.js';
import { PLACE_WORDS, GENRE_PROFILES, MOOD_WORDS } from '../lexicon/index.js';
import { findMentions, type MentionContext } from './mentions.js';
import type { Mention } from './noun-phrases.js';
import { findRelations, dedupeRelations, findPhrase, RELATION_PHRASES } from './relations.js';
import { applyCostumes, partyAt, applyPoses, conversationRelations, crouchUnder, individualise, seatedOnSeats, seatsForSitters } from './people.js';
import { parseSetting, namedLighting } from './setting.js';
import { readSurfaces } from './set-surfaces.js';
import { carrierTakesPlace, findHeld } from './holding.js';
import { workAt } from './work-at.js';
import { directionWords, readShotDirection } from './shot-directions.js';
import { Canvas3dError } from '../../core/errors.js';

export const MAX_DESCRIPTION_CHARS = 32_000;
/** Most entity instances a description may place; beyond this they are dropped with a warning. */
export const MAX_INSTANCES = 120;

export class DescriptionError extends Canvas3dError {
  override name = 'DescriptionError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_INPUT_INVALID', message, [{ path: 'description', message }], options);
  }
}

const ENGLISH_THRESHOLD = 0.45;

interface ParseOptions {
  genre?: Genre;
}

/** What reading the sentences in order builds up: the cast, their relations, the beats, and who "she" and "it" are. */
interface Reading extends MentionContext {
  relations: Relation[];
  beats: Beat[];
  lastPerson: Record<'she' | 'he' | 'they', Entity | undefined>;
  /** The thing "it" refers to: the last object mentioned before the current clause. */
  lastThing: Entity | undefined;
}

export function parseDescription(text: string, opts: ParseOptions = {}): SceneDescription {
  if (text.length > MAX_DESCRIPTION_CHARS) throw new DescriptionError(`the description is ${Math.round(text.length / 1000)} KB; the limit is ${MAX_DESCRIPTION_CHARS / 1000} KB — split it into scenes`);
  const trimmed = text.trim();
  if (!trimmed) throw new DescriptionError('the description is empty: say what is in the scene, e.g. "a candle-lit tavern with three barrels"');
  const warnings: string[] = [];
  // Screenplay sluglines: "INT. KITCHEN - NIGHT".
  // A slugline may carry more between place and time ("EXT. LAKE - FOG - EARLY MORNING").
  const slug = /\b(INT|EXT|I\/E)\.?\s+([^\n.]*?)\s*[-–—]\s*(?:[A-Za-z ]{2,20}?\s*[-–—]\s*)?((?:EARLY |LATE )?(?:DAY|NIGHT|DAWN|DUSK|MORNING|EVENING|AFTERNOON|NOON|SUNSET|SUNRISE|MAGIC HOUR|GOLDEN HOUR|HIGH NOON|CONTINUOUS|LATER))\b/.exec(trimmed);
  const sentences = tokenize(trimmed.replace(/\b(INT|EXT)\.\s/g, '$1 '));
  const all = sentences.flatMap((s) => s.tokens);
  const text1 = flat(all);
  if (englishShare(sentences) < ENGLISH_THRESHOLD) warnings.push('the description does not read as English; the offline planner understands English only, so the scene is built from what it recognised (configure an LLM provider for other languages)');

  const genre = opts.genre ?? GENRE_PROFILES.find((g) => matchAny(text1, g.words))?.genre;
  const setting = parseSetting(text1, slug, all, GENRE_PROFILES.find((g) => g.genre === genre)?.era);
  const surfaces = readSurfaces(all);
  if (surfaces) setting.surfaces = surfaces;
  const reading = startReading(text1, warnings);
  reading.settingPlace = setting.place;
  for (const sentence of sentences) readSentence(reading, sentence);
  const { entities, relations, beats, absent } = reading;
  crouchUnder(entities, relations);
  seatedOnSeats(entities, relations);
  seatsForSitters(entities, relations);
  individualise(entities, relations, beats, reading.newId);
  const lighting = namedLighting(text1);
  const kept = withinInstanceBudget(entities, warnings);
  const ids = new Set(kept.map((e) => e.id));
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
    beats: beats.slice(0, 64).map((b) => ({ ...b, subjects: b.subjects.filter((s) => ids.has(s)), ...(b.direction ? { direction: keptDirection(b.direction, ids) } : {}) })),
    absent: [...absent].slice(0, 64),
    ...(lighting ? { lighting } : {}),
    ...(shotCount(trimmed) ? { shotCount: shotCount(trimmed) } : {}),
    warnings,
  };
}

/** Lines a shot list numbers ("SHOT 1 - …", "Shot 2, medium …", "3) CU - …", "4. Low angle …"): how many, when two or more. */
function shotCount(text: string): number | undefined {
  const n = text.split('\n').filter((line) => /^\s*(shot\s*#?\d+\b|#\s*\d+\b|\d{1,2}\s*[.)]\s)/i.test(line)).length;
  return n >= 2 ? Math.min(64, n) : undefined;
}

function startReading(text: string, warnings: string[]): Reading {
  const counters = new Map<string, number>();
  const newId = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind.replace(/_/g, '-')}-${n}`;
  };
  const absent = new Set<string>();
  if (/\b(nobody|no one|no-one|noone|no people|no person|deserted|unoccupied|empty of people)\b/.test(text)) absent.add('person');
  return {
    entities: [],
    newId,
    warnings,
    placeWords: new Set(PLACE_WORDS.flatMap((p) => p.words.flatMap((w) => w.split(' ')))),
    absent,
    relations: [],
    beats: [],
    lastPerson: { she: undefined, he: undefined, they: undefined },
    lastThing: undefined,
  };
}

/** One sentence: its clauses' mentions, poses and relations, then the story beat it makes. */
function readSentence(reading: Reading, sentence: Sentence): void {
  const sentenceMentions: Entity[] = [];
  const camera = directionWords(sentence.text);
  for (const t of sentence.tokens) if (camera.has(t.word)) (t.tags as Set<string>).add('Direction');
  for (const clause of splitClauses(sentence)) readClause(reading, clause, sentenceMentions);
  const moods = MOOD_WORDS.filter((m) => matchAny(flat(sentence.tokens), m.words)).map((m) => m.mood);
  const action = sentence.tokens.find((t) => t.tags.has('Verb') && t.lemma && !['be', 'is', 'have', 'has', 'do', 'there'].includes(t.lemma))?.lemma;
  // A slugline sets the scene, even one naming things ("INT. LIGHTHOUSE KEEPER'S COTTAGE - NIGHT"): written in capitals, it is no beat.
  const slugline = /^(shot\s*\d+\s*[-–—:,.]?\s*)?(INT|EXT|I\/E)\b/i.test(sentence.text);
  if (slugline && (sentenceMentions.length === 0 || sentence.text === sentence.text.toUpperCase())) return;
  const subjects = [...new Set(sentenceMentions.map((e) => e.id))].slice(0, 16);
  const direction = readShotDirection(sentence.text, reading.entities, subjects);
  // A heading ("Shot list:") or the rest of a slugline ("MAIN STREET - HIGH NOON.") is no beat of the story.
  const letters = sentence.text.replace(/[^\p{L}]/gu, '');
  if (!direction && !sentenceMentions.length && (/^[^.!?]{0,30}:\s*$/.test(sentence.text) || (letters.length > 1 && letters === letters.toUpperCase()))) return;
  const mood = [...new Set(moods)].slice(0, 8);
  // "A cowboy shot of the hunter; MCU as he spits; then an extreme wide of the desert": a shot for each part.
  const parts = sentence.text.split(';').map((text) => ({ text, direction: readShotDirection(text, reading.entities, subjects) }));
  if (parts.filter((p) => p.direction).length >= 2) {
    for (const p of parts) reading.beats.push({ text: p.text.trim().slice(0, 2000), ...(action ? { action } : {}), subjects, mood, ...(p.direction ? { direction: p.direction } : {}) });
    return;
  }
  reading.beats.push({ text: sentence.text.slice(0, 2000), ...(action ? { action } : {}), subjects, mood, ...(direction ? { direction } : {}) });
}

/** Words before a mention that make it the scene's light: "lit only by", "illuminated by the", "by the light of a". */
const LIT_BY = /\b((lit|lighted|illuminated)( only| solely| just| dimly| brightly| faintly)? by|by the (light|glow|flicker|flame) of)( the| a| an| two| three| four| several| many| some| its| their| his| her)?$/;

function litBy(clause: Token[], start: number): boolean {
  return LIT_BY.test(clause.slice(Math.max(0, start - 6), start).map((t) => t.word).join(' '));
}

/** Whether the words between two mentions only say where the first one is ("over the", "on a", "next to the"). */
function whereItIs(clause: Token[], end: number, start: number): boolean {
  const between = clause.slice(end, start);
  if (!between.length || between.length > 4 || clause[end - 1]?.comma || between.some((t) => t.comma || t.tags.has('Verb'))) return false;
  return findPhrase(clause, end, RELATION_PHRASES) !== undefined;
}

function readClause(reading: Reading, clause: Token[], sentenceMentions: Entity[]): void {
  const found = findMentions(clause, reading);
  // What people wear is shown on their figure, not as a thing of its own ("a detective in a trench coat").
  const worn = applyCostumes(clause, found);
  const mentions = found.filter((m) => m.entity.kind === 'person' || !worn.some(([a, b]) => m.start < b && a < m.end));
  let light: Mention | undefined;
  for (const m of mentions) {
    if (!reading.entities.includes(m.entity)) reading.entities.push(m.entity);
    // What a scene is lit by lights the shot; it is not what the shot is of ("a corridor lit by torches"), nor is
    // where that light hangs ("lit by a lamp over the workbench").
    light = litBy(clause, m.start) || (light && whereItIs(clause, light.end, m.start)) ? m : undefined;
    if (!light) sentenceMentions.push(m.entity);
    if (m.entity.kind === 'person' && m.entity.pronoun) reading.lastPerson = { ...reading.lastPerson, [m.entity.pronoun]: m.entity, they: m.entity };
  }
  // Pronouns as beat subjects ("She looks up", "They hold hands").
  for (const t of clause) {
    const p = t.word === 'she' || t.word === 'her' ? 'she' : t.word === 'he' || t.word === 'him' || t.word === 'his' ? 'he' : t.word === 'they' || t.word === 'them' ? 'they' : undefined;
    const who = p ? (reading.lastPerson[p] ?? reading.lastPerson.they) : undefined;
    if (who && !sentenceMentions.includes(who)) sentenceMentions.push(who);
  }
  mentions.push(...pronounMentions(reading, clause, mentions, sentenceMentions), ...partyMentions(reading, clause, mentions, sentenceMentions));
  mentions.sort((a, b) => a.start - b.start);
  applyPoses(clause, mentions);
  reading.relations.push(...workAt(mentions, carrierTakesPlace([...findRelations(clause, mentions, reading.lastThing), ...findHeld(clause, mentions)])));
  const things = mentions.filter((m) => m.entity.kind !== 'person');
  if (things.length) reading.lastThing = things[things.length - 1]!.entity;
  reading.relations.push(...conversationRelations(clause, mentions));
}

/**
 * "A dinner for two" when nobody else is named: that many diners, seated at the table the meal is served on
 * (the one the text names, else a new one) and facing one another, so "They hold hands" has hands to hold.
 */
function partyMentions(reading: Reading, clause: Token[], mentions: Mention[], sentenceMentions: Entity[]): Mention[] {
  const party = partyAt(clause);
  if (!party || reading.absent.has('person') || reading.entities.some((e) => e.kind === 'person')) return [];
  const diners: Entity = { id: reading.newId('person'), kind: 'person', name: 'diners', count: party.count, pose: 'sitting', pronoun: 'they' };
  let table = mentions.find((m) => m.entity.kind === 'table')?.entity ?? reading.entities.find((e) => e.kind === 'table');
  if (!table) {
    table = { id: reading.newId('table'), kind: 'table', name: 'table', count: 1 };
    reading.entities.push(table);
  }
  reading.entities.push(diners);
  reading.relations.push({ subject: diners.id, relation: 'next-to', object: table.id }, { subject: diners.id, relation: 'facing', object: diners.id });
  reading.lastPerson = { ...reading.lastPerson, they: diners };
  sentenceMentions.push(diners);
  return [{ entity: diners, start: party.at, end: party.at + 3 }];
}

/** Pronouns that stand for a person in the clause's grammar ("she sits", "facing him"); "her" only when no noun follows ("her hands"). */
function personPronoun(clause: Token[], i: number): 'she' | 'he' | undefined {
  const w = clause[i]!.word;
  if (w === 'she' || w === 'he' || w === 'him') return w === 'him' ? 'he' : w;
  const next = clause[i + 1];
  return w === 'her' && (!next || next.comma || !(next.tags.has('Noun') || next.tags.has('Adjective'))) ? 'she' : undefined;
}

/**
 * The people pronouns stand for, as mentions where they stand, so "She sits at the table" seats her and "he faces
 * her" turns him. A "she" or "he" that nothing before names is somebody new: a woman or a man enters the scene.
 */
function pronounMentions(reading: Reading, clause: Token[], mentions: Mention[], sentenceMentions: Entity[]): Mention[] {
  const out: Mention[] = [];
  clause.forEach((t, i) => {
    const p = personPronoun(clause, i);
    if (!p || mentions.some((m) => m.start <= i && i < m.end)) return;
    // "They" may be anyone; a named she is not a he.
    const they = reading.lastPerson.they;
    let who = reading.lastPerson[p] ?? (they && (they.pronoun ?? 'they') === 'they' ? they : undefined);
    if (!who && t.word !== 'her' && t.word !== 'him') {
      who = { id: reading.newId('person'), kind: 'person', name: p === 'she' ? 'woman' : 'man', count: 1, pronoun: p };
      reading.entities.push(who);
      reading.lastPerson = { ...reading.lastPerson, [p]: who, they: who };
      sentenceMentions.push(who);
    }
    if (who) out.push({ entity: who, start: i, end: i + 1 });
  });
  return out;
}

/** A direction's subjects and point of view among the entities kept. */
function keptDirection(d: NonNullable<Beat['direction']>, ids: Set<string>): NonNullable<Beat['direction']> {
  const { pov, ...rest } = d;
  return { ...rest, subjects: d.subjects.filter((s) => ids.has(s)), ...(pov && ids.has(pov) ? { pov } : {}) };
}

/** Instance budget: large lists keep their first mentions. */
function withinInstanceBudget(entities: Entity[], warnings: string[]): Entity[] {
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
  return kept;
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
