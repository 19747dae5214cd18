/**
 * People in a description: the pose each verb puts them in ("sits", "leans", "arms crossed"), who talks to or
 * faces whom, and groups ("two knights") made into individuals a shot can frame.
 */
import type { Beat, Entity, Pose, Relation } from '../description.js';
import { flat, type Token } from './tokens.js';
import type { Mention } from './noun-phrases.js';
import { singular, POSE_WORDS, COSTUME_WORDS } from '../lexicon/index.js';
import type { CostumeCue } from '../../library/poses.js';
import { vocabularyGeneration } from '../../library/vocabulary.js';
import { CHAIRS, SEATS } from '../seating.js';
import { countImplied } from './mentions.js';

/** A pose phrase ("kneels", "on her knees") matched at token i, by word or by the verb's lemma. */
function poseAt(clause: Token[], i: number): Pose | undefined {
  const t = clause[i];
  if (!t) return undefined;
  // Phrases are looked up by their first word (or a verb's lemma), longest first, from an index of the live lexicon.
  for (const key of [t.word, t.lemma]) {
    for (const { words, pose } of poseIndex().get(key ?? '') ?? []) {
      if (words.every((w, k) => clause[i + k]?.word === w) || (key === t.lemma && words.length === 1)) return pose;
    }
  }
  return undefined;
}

let poseCache: { generation: number; index: Map<string, { words: string[]; pose: Pose }[]> } | undefined;

/** Pose phrases by first word, rebuilt when a user library adds words. */
function poseIndex(): Map<string, { words: string[]; pose: Pose }[]> {
  if (poseCache?.generation === vocabularyGeneration()) return poseCache.index;
  const index = new Map<string, { words: string[]; pose: Pose }[]>();
  for (const { pose, words } of POSE_WORDS) {
    for (const phrase of words) {
      const ws = phrase.split(' ');
      const list = index.get(ws[0]!) ?? [];
      list.push({ words: ws, pose: pose as Pose });
      index.set(ws[0]!, list.sort((a, b) => b.words.length - a.words.length));
    }
  }
  poseCache = { generation: vocabularyGeneration(), index };
  return index;
}

/** Whether the words from `from` up to `to` are "and" and at most a determiner or possessive ("and her", "and the"). */
function joinedByAnd(clause: Token[], from: number, to: number): boolean {
  const between = clause.slice(from, to);
  return between[0]?.word === 'and' && between.length <= 2 && between.slice(1).every((t) => t.tags.has('Determiner') || t.tags.has('Possessive'));
}

/** A pose phrase of several words anywhere in the clause ("…, arms folded"): it can only be the person's. */
function phraseInClause(clause: Token[]): Pose | undefined {
  for (let i = 0; i < clause.length; i++) {
    const pose = poseAt(clause, i);
    if (pose && POSE_WORDS.some((p) => p.pose === pose && p.words.some((w) => w.includes(' ') && w.split(' ').every((x, k) => clause[i + k]?.word === x)))) return pose;
  }
  return undefined;
}

/**
 * The pose each person is in: what their first verb says ("Anna kneels", "he is sitting", "she drops to her
 * knees"), or a word before them ("a kneeling monk", "the seated woman"); the words are people.json's poses.
 */
export function applyPoses(clause: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'person') continue;
    // "a kneeling monk": the pose word before the person, or opening their own noun phrase.
    const before = (m.start > 0 ? poseAt(clause, m.start - 1) : undefined) ?? (m.end - m.start > 1 ? poseAt(clause, m.start) : undefined);
    const verbAt = clause.findIndex((t, k) => k >= m.end && t.tags.has('Verb') && t.lemma !== 'be' && t.lemma !== 'have');
    // Up to the verb and a few words on: "is sitting", "sits down", "drops to her knees".
    const upTo = verbAt < 0 ? Math.min(clause.length, m.end + 2) : Math.min(clause.length, verbAt + 4);
    let after: Pose | undefined;
    for (let k = m.end; k < upTo && !after; k++) {
      const other = mentions.find((o) => o.entity !== m.entity && o.start === k && o.entity.kind === 'person');
      // "A girl and her grandmother sit": people joined by "and" share the verb that follows them both.
      if (other && joinedByAnd(clause, m.end, k)) {
        k = other.end - 1;
        continue;
      }
      if (other) break;
      after = poseAt(clause, k);
    }
    // A phrase elsewhere in the clause ("…, arms folded") is only a guess: it never overrides a pose already read.
    const pose = after ?? before ?? (m.entity.pose ? undefined : phraseInClause(clause));
    if (pose) m.entity.pose = pose;
  }
}


/** Words that have the people of a clause talk, argue or face each other. */
const CONVERSATION = /\b(talk|talks|talking|argue|argues|arguing|argument|converse|converses|conversation|chat|chats|chatting|speak|speaks|speaking|discuss|discusses|discussing|negotiate|negotiates|face|faces|facing|confront|confronts|confronting|whisper|whispers|kiss|kisses|dance|dances|dancing|stare|stares|glare|glares|duel|duels|face off|faces off|square off|across from each other|across from one another|face to face)\b/;
const MUTUAL = ['each other', 'one another'];

/** The costume cue a phrase at token i names ("trench coat", "hood"), and how many words it takes. */
function costumeAt(clause: Token[], i: number): { cue: CostumeCue; len: number } | undefined {
  for (const { cue, words } of COSTUME_WORDS) {
    for (const phrase of words) {
      const ws = phrase.split(' ');
      if (ws.every((w, k) => clause[i + k]?.word === w)) return { cue, len: ws.length };
    }
  }
  return undefined;
}

/**
 * What each person wears that the figure can show: costume words from just before them ("a hooded figure") to the
 * next person ("a detective in a trench coat and a fedora"). Returns the token spans those words took, so they
 * are not also read as things in the scene.
 */
export function applyCostumes(clause: Token[], mentions: Mention[]): [number, number][] {
  const taken: [number, number][] = [];
  const people = mentions.filter((m) => m.entity.kind === 'person');
  people.forEach((m, n) => {
    const end = people[n + 1]?.start ?? clause.length;
    for (let i = Math.max(0, m.start - 1); i < end; i++) {
      const hit = costumeAt(clause, i);
      if (!hit) continue;
      wear(m.entity, hit.cue);
      taken.push([i, i + hit.len]);
      i += hit.len - 1;
    }
    for (const cue of roleCostumes(clause.slice(m.start, m.end))) wear(m.entity, cue);
  });
  return taken;
}

function wear(e: Mention['entity'], cue: CostumeCue): void {
  e.costume = [...new Set([...(e.costume ?? []), cue])].slice(0, 4);
}

/** What a role wears as a rule ("an astronaut" a helmet, "the sheriff" a hat), from the words naming the person. */
function roleCostumes(words: Token[]): CostumeCue[] {
  const names = words.map((t) => singular(t.word));
  const phrases = new Set([...names, ...names.slice(1).map((w, k) => `${names[k]} ${w}`)]);
  return COSTUME_WORDS.filter((c) => c.roles?.some((r) => phrases.has(r))).map((c) => c.cue);
}

/** "Two men talk", "they face each other": people in one clause who talk, argue or face each other. */
export function conversationRelations(clause: Token[], mentions: Mention[]): Relation[] {
  const people = [...new Set(mentions.map((m) => m.entity).filter((e) => e.kind === 'person'))];
  const clauseText = flat(clause);
  // "back to back", "facing away from each other": a pair turned from one another.
  if (/\b(back to back|away from (each other|one another|the other))\b/.test(clauseText)) return mutual(people, 'away-from');
  const talk = CONVERSATION.test(clauseText) || MUTUAL.some((w) => clauseText.includes(w));
  if (talk && people.length >= 2) return [{ subject: people[0]!.id, relation: 'facing', object: people[1]!.id }, { subject: people[1]!.id, relation: 'facing', object: people[0]!.id }];
  if (talk && people.length === 1 && people[0]!.count >= 2) return [{ subject: people[0]!.id, relation: 'facing', object: people[0]!.id }];
  return [];
}

/**
 * Someone on a seat sits ("a minstrel on a stool", "Clara in an armchair"), even dozing in it; on a bed with no
 * word for it, they sit on its edge.
 */
export function seatedOnSeats(entities: Entity[], relations: Relation[]): void {
  for (const r of relations) {
    const e = entities.find((x) => x.id === r.subject);
    const seat = entities.find((x) => x.id === r.object);
    if (r.relation !== 'on' || e?.kind !== 'person' || !seat || !SEATS.has(seat.kind)) continue;
    if (!e.pose || e.pose === 'standing' || (e.pose === 'lying' && CHAIRS.includes(seat.kind))) e.pose = 'sitting';
  }
}

/** Two people, or a group with itself, turned the same way to one another. */
function mutual(people: Entity[], relation: 'facing' | 'away-from'): Relation[] {
  if (people.length >= 2) return [{ subject: people[0]!.id, relation, object: people[1]!.id }, { subject: people[1]!.id, relation, object: people[0]!.id }];
  if (people.length === 1 && people[0]!.count >= 2) return [{ subject: people[0]!.id, relation, object: people[0]!.id }];
  return [];
}

/** "Two soldiers sit on crates": as many of a bare plural seat as there are people sitting on it. */
export function seatsForSitters(entities: Entity[], relations: Relation[]): void {
  for (const seat of entities) {
    if (!SEATS.has(seat.kind) || !countImplied(seat)) continue;
    const sitters = relations.filter((r) => r.relation === 'on' && r.object === seat.id && entities.find((e) => e.id === r.subject)?.kind === 'person');
    const people = sitters.reduce((n, r) => n + (entities.find((e) => e.id === r.subject)?.count ?? 1), 0);
    if (people >= 1) seat.count = Math.min(50, people);
  }
}

/** Someone under a table crouches (unless the text says they sit or lie there). */
export function crouchUnder(entities: Entity[], relations: Relation[]): void {
  for (const r of relations) {
    const e = entities.find((x) => x.id === r.subject);
    if (r.relation === 'under' && e?.kind === 'person' && (!e.pose || e.pose === 'standing')) e.pose = 'crouching';
  }
}

/**
 * People are individuals: "two knights" are two subjects a shot can frame, each named for the storyboard
 * ("knight 1", "knight 2"), with the group's relations and beats passed on to each.
 */
export function individualise(entities: Entity[], relations: Relation[], beats: Beat[], newId: (kind: string) => string): void {
  for (const group of entities.filter((e) => e.kind === 'person' && e.count > 1)) {
    const noun = singular(group.name.split(' ').pop() ?? 'person');
    const members: Entity[] = [{ ...group, name: `${noun} 1`, count: 1 }];
    for (let k = 1; k < group.count; k++) members.push({ ...group, id: newId('person'), name: `${noun} ${k + 1}`, count: 1 });
    entities.splice(entities.indexOf(group), 1, ...members);
    const ids = members.map((m) => m.id);
    relations.splice(0, relations.length, ...relations.flatMap((r) => memberRelations(r, group.id, ids)));
    for (const b of beats) if (b.subjects.includes(group.id)) b.subjects = b.subjects.flatMap((s) => (s === group.id ? ids : [s]));
  }
}

/** One relation of a group, as its members' relations. */
function memberRelations(r: Relation, group: string, ids: string[]): Relation[] {
  if (r.subject === group && r.object === group) {
    // "They face each other": the first two face one another, the rest face the first.
    return [{ subject: ids[0]!, relation: r.relation, object: ids[1]! }, { subject: ids[1]!, relation: r.relation, object: ids[0]! }, ...ids.slice(2).map((id) => ({ subject: id, relation: r.relation, object: ids[0]! }))];
  }
  if (r.subject === group) return ids.map((id) => ({ ...r, subject: id }));
  if (r.object === group || r.object2 === group) return [{ ...r, ...(r.object === group ? { object: ids[0]! } : {}), ...(r.object2 === group ? { object2: ids[1] ?? ids[0]! } : {}) }];
  return [r];
}

/** Meals and tables booked for a number of people ("dinner for two", "a table for four", "drinks for three"). */
const PARTY_NOUNS = new Set(['dinner', 'lunch', 'breakfast', 'brunch', 'supper', 'meal', 'table', 'drinks', 'tea', 'coffee', 'date', 'feast', 'banquet', 'picnic']);

/**
 * "A candle-lit dinner for two": the number of people a meal or table is for, where the phrase starts. Not "for
 * two hours" (a noun follows the number) nor a party of one.
 */
export function partyAt(clause: Token[]): { count: number; at: number } | undefined {
  for (let i = 0; i + 2 < clause.length; i++) {
    const n = clause[i + 2]!.value;
    const after = clause[i + 3];
    if (!PARTY_NOUNS.has(clause[i]!.word) || clause[i + 1]!.word !== 'for' || !n || n < 2 || n > 20 || !Number.isInteger(n)) continue;
    if (after && !clause[i + 2]!.comma && after.tags.has('Noun') && !after.tags.has('Pronoun')) continue;
    return { count: n, at: i };
  }
  return undefined;
}
