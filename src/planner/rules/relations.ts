/**
 * Spatial relations: the phrases a set description places things with ("on top of", "to the left of",
 * "against the wall", "between the barrels"), read from one clause's mentions as subject — phrase — object.
 */
import { isOrientation, type Entity, type Relation, type RelationKind } from '../description.js';
import type { Token } from './tokens.js';
import type { Mention } from './noun-phrases.js';
import { getProp } from '../../geometry/props/index.js';
import { SEATS } from '../seating.js';

type Target = { kind: 'entity'; id: string } | { kind: 'wall' } | { kind: 'corner' } | { kind: 'centre' } | { kind: 'floor' } | { kind: 'side'; side: 'left' | 'right' } | { kind: 'far' } | { kind: 'back-of'; id: string };

/** Spatial phrases, longest first so "on top of" wins over "on". */
export const RELATION_PHRASES: [string[], RelationKind][] = (
  [
    ['to the left of', 'left-of'],
    ['to the right of', 'right-of'],
    ['on the left of', 'left-of'],
    ['on the right of', 'right-of'],
    ['in front of', 'in-front-of'],
    ['in back of', 'behind'],
    ['on top of', 'on'],
    ['hanging over', 'above'],
    ['hanging above', 'above'],
    ['hangs over', 'above'],
    ['hangs above', 'above'],
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
    ['above', 'above'],
    ['over', 'above'],
    ['beside', 'next-to'],
    ['besides', 'next-to'],
    ['alongside', 'next-to'],
    ['near', 'next-to'],
    ['by', 'next-to'],
    ['at', 'next-to'],
    ['behind', 'behind'],
    ['before', 'in-front-of'],
    ['turns away from', 'away-from'],
    ['turned away from', 'away-from'],
    ['turning away from', 'away-from'],
    ['away from', 'away-from'],
    ['with her back to', 'away-from'],
    ['with his back to', 'away-from'],
    ['with their back to', 'away-from'],
    ['her back to', 'away-from'],
    ['his back to', 'away-from'],
    ['their backs to', 'away-from'],
    ['watches', 'facing'],
    ['watching', 'facing'],
    ['glares at', 'facing'],
    ['gazes at', 'facing'],
    ['gazing at', 'facing'],
    ['turns to', 'facing'],
    ['turns towards', 'facing'],
    ['turns toward', 'facing'],
    ['looks toward', 'facing'],
    ['looks towards', 'facing'],
    ['looking toward', 'facing'],
    ['looking towards', 'facing'],
    ['peers at', 'facing'],
    ['points at', 'facing'],
    ['pointing at', 'facing'],
    ['aims at', 'facing'],
    ['aiming at', 'facing'],
    ['across', 'next-to'],
    // "carries books through the doorway", "rides past the saloon": caught passing it, so beside it.
    ['through', 'next-to'],
    ['past', 'next-to'],
    // "pours coffee for the trucker", "waits for the bus": at whoever or whatever it is for.
    ['for', 'next-to'],
    ['towards', 'facing'],
    ['toward', 'facing'],
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

/** Parts of the room a phrase can aim at instead of a thing. */
const STATIC_WORDS: Record<string, Target['kind']> = { wall: 'wall', walls: 'wall', corner: 'corner', corners: 'corner', centre: 'centre', center: 'centre', middle: 'centre', floor: 'floor', ground: 'floor' };
/** Where a phrase aimed at part of the room puts its subject ("against the wall", "in the corner"). */
const ROOM_PART_RELATION: Record<'wall' | 'corner' | 'centre', RelationKind> = { wall: 'against-wall', corner: 'in-corner', centre: 'in-centre' };

export function findPhrase(tokens: Token[], at: number, phrases: [string[], RelationKind][]): { len: number; relation: RelationKind } | undefined {
  for (const [words, relation] of phrases) {
    if (words.every((w, k) => tokens[at + k]?.word === w)) return { len: words.length, relation };
  }
  return undefined;
}

/** Relations from most to least specific about where a thing stands. */
const SPECIFIC: RelationKind[] = ['on', 'in', 'under', 'between', 'in-centre', 'in-corner', 'far-end', 'against-wall', 'left-of', 'right-of', 'in-front-of', 'behind', 'next-to', 'around', 'facing', 'stacked'];

export function dedupeRelations(all: Relation[]): Relation[] {
  const seen = new Set<string>();
  // "a desk … with a crystal on it" gives both "desk next to crystal" and "crystal on desk": a pair related
  // both ways keeps the more specific, so layout has an order to place them in.
  const rs = all.filter((r) => {
    if (isOrientation(r.relation) || !r.object) return true;
    const inverse = all.find((q) => q !== r && !isOrientation(q.relation) && q.relation !== 'stacked' && q.subject === r.object && q.object === r.subject);
    return !inverse || SPECIFIC.indexOf(r.relation) < SPECIFIC.indexOf(inverse.relation) || (SPECIFIC.indexOf(r.relation) === SPECIFIC.indexOf(inverse.relation) && all.indexOf(r) < all.indexOf(inverse));
  });
  return rs.filter((r) => {
    const k = `${r.subject}|${r.relation}|${r.object ?? ''}|${r.object2 ?? ''}`;
    if (seen.has(k) || (r.object && r.object === r.subject && !isOrientation(r.relation))) return false;
    seen.add(k);
    return true;
  });
}

/** Words before "on"/"at" that make it attention, not position ("looking down on", "smiles at"). */
const GAZE = new Set(['down', 'up', 'looking', 'looks', 'look', 'glances', 'glancing', 'smiles', 'smiling', 'gazes', 'gazing', 'peers', 'peering', 'frowns', 'laughs', 'shouts', 'yells', 'points', 'pointing', 'aims', 'aiming', 'towers', 'towering', 'looms', 'looming']);
/** Verbs that put a person on or under a thing: sitting, standing, lying, climbing there. */
const BODY_ON = new Set(['sit', 'stand', 'lie', 'lay', 'kneel', 'crouch', 'climb', 'perch', 'lean', 'hide', 'sleep', 'rest', 'squat', 'curl', 'huddle', 'cower', 'balance', 'dance', 'step', 'jump', 'sprawl']);
/**
 * "Over": a person over a thing ("leans over the table", "stands over the body") is at it, not hung above it, and
 * says so (true); what hangs over something ("a lantern hangs from a hook above her") hangs from the ceiling.
 */
function overWhat(p: { relation: RelationKind }, clause: Token[], subject: Entity): boolean {
  if (p.relation !== 'above') return false;
  if (subject.kind === 'person') {
    p.relation = 'next-to';
    return true;
  }
  if (!clause.some((t) => HANG_WORDS.has(t.word))) return false;
  Object.assign(subject, { habit: 'ceiling' });
  // "a lamp hangs over the pool table": a lamp that hangs is a pendant, not the floor lamp a bare "lamp" reads as.
  if (subject.kind === 'floor_lamp' && !/\b(floor|standard|standing)\b/.test(subject.name)) subject.kind = 'ceiling_lamp';
  return false;
}

const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'their', 'its', 'my', 'our', 'your']);

/** Words that hang a thing ("hangs from a hook above the table", "suspended over the altar"). */
const HANG_WORDS = new Set(['hang', 'hangs', 'hanging', 'hung', 'suspended', 'dangles', 'dangling', 'dangle']);
/** Participles before "by" that make it an agent ("lit by candles"), not a place beside. */
const PASSIVE = new Set(['lit', 'lighted', 'illuminated', 'covered', 'filled', 'surrounded', 'guarded', 'watched', 'followed', 'made', 'built', 'painted', 'written', 'crowded', 'packed']);

/**
 * Kinds with an open inside that things go in ("apples in the basket", "bottles in the crate"): they rest
 * inside its footprint, supported by it. Into anything else ("a cup in the cabinet") reads as beside it.
 */
const CONTAINERS = new Set(['crate', 'barrel', 'chest', 'bowl', 'basket', 'bucket', 'box', 'cauldron', 'cart', 'wheelbarrow', 'sink', 'bathtub', 'boat', 'tray', 'plate', 'pot', 'vase', 'trunk', 'bin', 'planter']);

/** Words that make a counted thing's instances rest on each other. */
const STACK_WORDS = new Set(['stacked', 'stack', 'stacks', 'stacking', 'piled', 'pile', 'piles', 'heaped', 'heap', 'heaps', 'tower', 'towers']);

/**
 * "five crates stacked in the corner", "a stack of books", "stacked crates", "boxes piled on top of each
 * other": the thing the stack word belongs to — the mention holding it, else the nearest before it (within
 * a few words), else the one it introduces ("a pile of").
 */
export function findStacks(clause: Token[], mentions: Mention[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < clause.length; i++) {
    const w = clause[i]!.word;
    const eachOther = (w === 'each' && clause[i + 1]?.word === 'other') || (w === 'one' && clause[i + 1]?.word === 'another');
    if (!STACK_WORDS.has(w) && !(eachOther && ['of', 'atop', 'on', 'upon'].includes(clause[i - 1]?.word ?? ''))) continue;
    // "towers over" is height, not a stack.
    if ((w === 'tower' || w === 'towers') && ['over', 'above'].includes(clause[i + 1]?.word ?? '')) continue;
    const holding = mentions.find((m) => m.start <= i && i < m.end);
    const before = [...mentions].reverse().find((m) => m.end <= i && i - m.end <= 3);
    const after = clause[i + 1]?.word === 'of' || clause[i + 1]?.word === 'up' ? mentions.find((m) => m.start > i && m.start - i <= 4) : undefined;
    const m = holding ?? (STACK_WORDS.has(w) && w.endsWith('ed') ? (before ?? after) : (after ?? before));
    if (m && m.entity.kind !== 'person') out.push({ subject: m.entity.id, relation: 'stacked' });
  }
  return out;
}

/** Small things a surface holds: "a desk with a computer", "a shelf of bottles". */
function holds(surface: Entity, thing: Entity): boolean {
  return !!getProp(surface.kind)?.prop.surfaceHeight && surface.kind !== 'bed' && thing.kind !== 'person' && (getProp(thing.kind)?.prop.placement.includes('surface') ?? false);
}

/** Seats pulled up to a table: "a table with two chairs", "a desk and its chair". */
const PULLED_UP = new Set(['chair', 'stool', 'office_chair', 'bench', 'armchair']);
function seatsAt(table: Entity, seat: Entity): boolean {
  const prop = getProp(table.kind)?.prop;
  return !!prop?.surfaceHeight && prop.category === 'furniture' && PULLED_UP.has(seat.kind) && !PULLED_UP.has(table.kind);
}

/**
 * "Priya and Sam on a bench", "Ivan, Dmitri and Oleg sit on bunks": the people joined to a person subject by "and"
 * or commas. Things are not joined: "a sofa and a goblet on the table" puts only the goblet on it.
 */
function coSubjects(clause: Token[], mentions: Mention[], subject: Mention): Mention[] {
  const out: Mention[] = [];
  let at = subject;
  for (;;) {
    // "and", or "and her" / "and the" before the subject's noun.
    const skip = clause[at.start - 1]?.tags.has('Possessive') || clause[at.start - 1]?.tags.has('Determiner') ? 1 : 0;
    const joint = clause[at.start - 1 - skip];
    const prev = [...mentions].reverse().find((m) => m.end === at.start - skip - (joint?.word === 'and' ? 1 : 0) && m !== at);
    const joined = joint?.word === 'and' || (prev && clause[prev.end - 1]?.comma);
    // The object of an earlier phrase ("under the window and three candles on a stool") is no subject.
    const before = prev ? clause[prev.start - 1] : undefined;
    const governed = !!before && before.tags.has('Preposition') && !!findPhrase(clause, prev!.start - 1, RELATION_PHRASES);
    if (!prev || !joined || governed || prev.entity.kind !== 'person' || subject.entity.kind !== 'person') return out;
    out.push(prev);
    at = prev;
  }
}

/**
 * "Eight desks, each with a monitor and a chair", "four desks, a candle on each": what each of a counted thing has
 * is counted as many times, one with each. The things become as many as the counted thing, related to it one by one.
 */
export function distributeEach(clause: Token[], mentions: Mention[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < clause.length; i++) {
    if (clause[i]!.word !== 'each' || clause[i + 1]?.word === 'other') continue;
    const owner = [...mentions].reverse().find((m) => m.end <= i && m.entity.count > 1 && m.entity.kind !== 'person');
    if (!owner) continue;
    // "each with B and C" gives what follows; "B on each" what comes just before.
    const given = clause[i + 1]?.word === 'with' ? mentions.filter((m) => m.start > i) : mentions.filter((m) => m.end <= i && m.start > owner.end - 1 && m !== owner).slice(-1);
    for (const m of given) {
      if (m.entity.kind === 'person' || m.entity === owner.entity) continue;
      m.entity.count = Math.min(50, owner.entity.count * m.entity.count);
      const on = holds(owner.entity, m.entity);
      out.push({ subject: m.entity.id, relation: on ? 'on' : 'next-to', object: owner.entity.id });
    }
  }
  return out;
}

/** Relations between the mentions of one clause: subject — phrase — object (or "between A and B"). */
/** "a table with a candle", "a table of four chairs": what the thing before "with" or "of" has on it or around it. */
function withWhat(mentions: Mention[], i: number): Relation[] {
  const a = [...mentions].reverse().find((m) => m.end === i);
  const b = mentions.find((m) => m.start === i + 1 || (m.start > i && m.start <= i + 3));
  if (a && b && holds(a.entity, b.entity)) return [{ subject: b.entity.id, relation: 'on', object: a.entity.id }];
  if (a && b && seatsAt(a.entity, b.entity)) return [{ subject: b.entity.id, relation: 'around', object: a.entity.id }];
  return [];
}

/** "between the barrels and the door", "between the two pillars": the two things, or one counted pair. */
function betweenWhat(subject: Mention, objects: Mention[]): Relation[] {
  const two = objects.filter((m) => m.entity !== subject.entity).slice(0, 2);
  if (two.length === 2) return [{ subject: subject.entity.id, relation: 'between', object: two[0]!.entity.id, object2: two[1]!.entity.id }];
  if (two.length === 1 && two[0]!.entity.count >= 2) return [{ subject: subject.entity.id, relation: 'between', object: two[0]!.entity.id }];
  return [];
}

/** Words compromise may tag as prepositions that join clauses ("as two knights kneel", "while a pilot sits"). */
const CONJUNCTIONS = new Set(['as', 'while', 'whilst', 'when', 'because', 'since', 'until', 'till', 'though', 'although', 'if', 'once', 'after', 'before', 'than']);

/**
 * "A gift for Anna lies on the table", "the cat by the fire sleeps on the rug": a finite verb stands between the
 * nearest mention and the phrase, and that mention is itself the object of a preposition, so the place belongs to
 * what that prepositional phrase hangs on (the gift, the cat), not to its object.
 */
function phraseHead(clause: Token[], mentions: Mention[], nearest: Mention | undefined, at: number): Mention | undefined {
  if (!nearest) return undefined;
  const finite = (t: Token) => t.tags.has('Verb') && !!t.lemma && !t.tags.has('Gerund') && !t.tags.has('Participle') && !t.tags.has('Particle') && !t.word.endsWith('ing');
  if (!clause.slice(nearest.end, at).some(finite)) return nearest;
  let k = nearest.start - 1;
  while (k >= 0 && (clause[k]!.tags.has('Determiner') || clause[k]!.tags.has('Adjective') || clause[k]!.tags.has('Possessive'))) k--;
  if (k < 0 || !clause[k]!.tags.has('Preposition') || CONJUNCTIONS.has(clause[k]!.word) || clause[k]!.comma) return nearest;
  return [...mentions].reverse().find((m) => m.end <= k) ?? nearest;
}

export function findRelations(clause: Token[], mentions: Mention[], lastThing: Entity | undefined): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < clause.length; i++) {
    const word = clause[i]!.word;
    if ((word === 'with' || word === 'of') && !clause[i - 1]?.comma) {
      out.push(...withWhat(mentions, i));
      continue;
    }
    const p = findPhrase(clause, i, RELATION_PHRASES);
    if (!p) continue;
    if (word === 'by' && PASSIVE.has(clause[i - 1]?.word ?? '')) continue;
    // "looking down on his subjects", "smiles at her": attention, not position; "MCU on Leo", "tight on Dex": the camera's.
    if ((word === 'on' || word === 'at' || word === 'over') && (GAZE.has(clause[i - 1]?.word ?? '') || clause[i - 1]?.tags.has('Direction'))) continue;
    // "watches from the doorway", "stares from the window": where the watcher stands, not what they watch.
    const from = p.relation === 'facing' && clause[i + p.len]?.word === 'from';
    const after = i + p.len + (from ? 1 : 0);
    if (from) p.relation = 'next-to';
    // "in her bed": the possessive is whose bed, not what the phrase is about.
    // …and never past a comma: "in a rubber apron, guts a fish" puts her in no fish.
    const reach = clause.slice(after).findIndex((t) => t.comma);
    const objects = mentions.filter((m) => m.start >= after && (reach < 0 || m.start <= after + reach) && !(POSSESSIVE_PRONOUNS.has(clause[m.start]!.word) && m.end === m.start + 1 && clause[m.end]?.tags.has('Noun')));
    // "in front of it": the thing mentioned just before, in this clause or the last.
    const pronoun = clause[after]?.word === 'it' || clause[after]?.word === 'them';
    const before = [...mentions].reverse().find((m) => m.end <= i);
    const itRef = pronoun ? ([...mentions].reverse().find((m) => m.end <= i && m !== before && m.entity.kind !== 'person' && (clause[after]!.word !== 'it' || m.entity.count === 1))?.entity ?? (lastThing !== before?.entity ? lastThing : undefined)) : undefined;
    // "on top of each other" is a stack (findStacks), not a thing on a thing.
    if (p.relation === 'on' && ['each', 'one'].includes(clause[after]?.word ?? '')) continue;
    const target: Target | undefined = itRef ? { kind: 'entity', id: itRef.id } : staticTarget(clause, after, objects[0]);
    // Subject: the nearest mention before the phrase; in an inverted clause ("On the table sits a cup") the
    // first mention after the object.
    // Who faces, looks or talks is a person: the nearest person before the phrase.
    const people = p.relation === 'facing' || p.relation === 'away-from' ? [...mentions].reverse().filter((m) => m.end <= i && m.entity.kind === 'person') : [];
    let subject = people[0] ?? phraseHead(clause, mentions, [...mentions].reverse().find((m) => m.end <= i), i);
    const object: Target | undefined = target;
    if (!subject && objects.length >= 2 && target?.kind === 'entity') subject = objects[1];
    if (!subject || !object) continue;
    const overIt = overWhat(p, clause, subject.entity);
    // "slams his fist on the table" puts no one on the table: people are on things only when they sit,
    // stand, lie or climb there.
    const seat = object.kind === 'entity' && SEATS.has(mentions.find((m) => m.entity.id === object.id)?.entity.kind ?? '');
    if ((p.relation === 'on' || p.relation === 'under') && subject.entity.kind === 'person' && !seat && !clause.some((t) => t.lemma && BODY_ON.has(t.lemma)) && !clause.some((t) => t.word === 'seated')) continue;
    // "in an armchair", "in the bed": a person in a seat is on it.
    if (p.relation === 'in' && subject.entity.kind === 'person' && seat && object.kind === 'entity') {
      for (const who of [subject, ...coSubjects(clause, mentions, subject)]) out.push({ subject: who.entity.id, relation: 'on', object: object.id });
      i = after - 1;
      continue;
    }
    if (p.relation === 'between') {
      out.push(...betweenWhat(subject, objects));
      continue;
    }
    if (object.kind === 'side') out.push({ subject: subject.entity.id, relation: object.side === 'left' ? 'left-of' : 'right-of' });
    else if (object.kind === 'far') out.push({ subject: subject.entity.id, relation: 'far-end' });
    else if (object.kind === 'back-of') {
      if (object.id !== subject.entity.id) out.push({ subject: subject.entity.id, relation: 'behind', object: object.id });
    } else if (object.kind === 'floor') {
      // "sits on the floor", "lies on the ground": a person rests on the floor itself (things stand there anyway).
      if (subject.entity.kind === 'person' && (p.relation === 'on' || p.relation === 'in')) out.push({ subject: subject.entity.id, relation: 'on' });
    } else if (object.kind !== 'entity') out.push({ subject: subject.entity.id, relation: ROOM_PART_RELATION[object.kind] });
    else {
      if (p.relation === 'against-wall') continue;
      if (p.relation === 'in') {
        // "a cup in the cabinet" has no interior to put it in: beside it. An open container holds it.
        const container = mentions.find((m) => m.entity.id === object.id)?.entity;
        const inside = container && CONTAINERS.has(container.kind) && subject.entity.kind !== 'person' && subject.entity.id !== object.id;
        out.push({ subject: subject.entity.id, relation: inside ? 'in' : 'next-to', object: object.id });
        continue;
      }
      if (subject.entity.id === object.id) continue;
      // "a gull watches from a post": a bird watches from on top of its perch, not beside it.
      const relation = from && subject.entity.kind === 'bird' ? 'on' : p.relation;
      for (const who of [subject, ...coSubjects(clause, mentions, subject)]) if (who.entity.id !== object.id) out.push({ subject: who.entity.id, relation, object: object.id });
      // A person "at the table" sits or stands at it, facing it; one "before the altar" or bent "over" a thing faces it too.
      if (subject.entity.kind === 'person' && ((p.relation === 'next-to' && clause[i]?.word === 'at') || clause[i]?.word === 'before' || overIt)) out.push({ subject: subject.entity.id, relation: 'facing', object: object.id });
    }
    i = after - 1;
  }
  return [...out, ...findStacks(clause, mentions), ...distributeEach(clause, mentions)];
}

/** Words that put a thing at the end of the set away from the camera ("at the far end", "at the back", "in the rear"). */
const FAR_WORDS = new Set(['far', 'back', 'rear', 'farthest', 'furthest']);
/** Head words that, after a far word, still name part of the set ("the far wall", "the back of the room"). */
const FAR_HEADS = new Set(['end', 'side', 'wall', 'of', 'room', 'hall']);

function staticTarget(clause: Token[], at: number, next: Mention | undefined): Target | undefined {
  // Skip determiners and adjectives up to the head word.
  let k = at;
  let far = false;
  while (k < clause.length && (clause[k]!.tags.has('Determiner') || clause[k]!.tags.has('Adjective') || ['far', 'back', 'north', 'south', 'east', 'west', 'rear', 'front', 'farthest', 'furthest'].includes(clause[k]!.word)) && !STATIC_WORDS[clause[k]!.word]) far ||= FAR_WORDS.has(clause[k++]!.word);
  const w = clause[k]?.word;
  if (far && (w === undefined || FAR_HEADS.has(w)) && (!next || next.start > k)) {
    // "at the back of the cabin" is behind the cabin; "at the back of the room" is the set's far end.
    const of = w === 'of' || clause[k + 1]?.word === 'of' ? next : undefined;
    return of && of.start <= k + 4 ? { kind: 'back-of', id: of.entity.id } : { kind: 'far' };
  }
  if (w === 'left' || w === 'right') {
    const of = clause[k + 1]?.word === 'of';
    if (!of) return { kind: 'side', side: w };
  }
  if (w && STATIC_WORDS[w] && (!next || next.start > k)) {
    const kind = STATIC_WORDS[w]!;
    return kind === 'wall' ? { kind: 'wall' } : kind === 'corner' ? { kind: 'corner' } : kind === 'floor' ? { kind: 'floor' } : { kind: 'centre' };
  }
  if (next && next.start <= k + 3) return { kind: 'entity', id: next.entity.id };
  return undefined;
}
