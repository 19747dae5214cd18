/**
 * What people hold: "Leo waits by the door with an umbrella", "a guard carrying a lantern", "she clutches a letter",
 * "a bard plays the lute" (an instrument a hand holds; a piano is too big to).
 * A thing small enough for a hand, named after "with" or a verb of holding in a clause whose subject is a person,
 * is in that person's hand — not standing on the floor beside them — and takes its hand-held form when the
 * lexicon has one ("hand umbrella": furled, on a grip, not a patio parasol).
 */
import type { Entity, Relation } from '../description.js';
import type { Token } from './tokens.js';
import type { Mention } from './noun-phrases.js';
import { getProp } from '../../geometry/props/index.js';
import { footprint, propParams } from '../../geometry/layout/footprint.js';
import { lookupProp } from '../lexicon/index.js';

/** Verbs of holding, as lemmas. */
const HOLD_VERBS = new Set(['hold', 'carry', 'clutch', 'grip', 'grasp', 'wield', 'brandish', 'raise', 'cradle', 'clasp', 'swing', 'hoist', 'lift', 'play', 'strum', 'pluck']);
/** Present participles and forms compromise leaves unlemmatised. */
const HOLD_WORDS = new Set(['holding', 'carrying', 'clutching', 'gripping', 'grasping', 'wielding', 'brandishing', 'raising', 'cradling', 'clasping', 'swinging', 'hoisting', 'lifting', 'playing', 'strumming', 'plucking']);
/** Kinds of things no hand carries, whatever their size: animals, plants in the ground, buildings, people. */
const NOT_CARRIED = new Set(['character', 'architecture', 'vehicle', 'furniture', 'nature']);
/** Proxy silhouettes no hand carries. */
const NOT_CARRIED_CLASSES = new Set(['building', 'vehicle', 'quadruped', 'figure']);
/** A hand holds what is at most this long and this large in all (metres: a sword, an umbrella, a lantern). */
const LONGEST_HELD_M = 1.2;
const SUM_HELD_M = 1.6;
/** Thinner than this, metres, a thing is flat and carried by its edge. */
const THIN_M = 0.1;
/** What two arms carry before the body: a crate, a basket, a small barrel. */
const SUM_CARRIED_M = 2;

/** The relations "in someone's hand" the clause says: the thing first, the person who holds it second. */
export function findHeld(clause: Token[], mentions: Mention[]): Relation[] {
  const out: Relation[] = [];
  for (let i = 0; i < clause.length; i++) {
    const t = clause[i]!;
    const inHand = inHandAt(clause, i, mentions);
    if (inHand) {
      out.push(inHand);
      continue;
    }
    const holding = t.word === 'with' || HOLD_WORDS.has(t.word) || (!!t.lemma && HOLD_VERBS.has(t.lemma) && t.tags.has('Verb'));
    if (!holding || (clause[i - 1]?.comma && t.word === 'with')) continue;
    // "sits at a desk with a lamp": what stands on the thing just named is its own, not in anyone's hand.
    const before = [...mentions].reverse().find((m) => m.end <= i);
    if (t.word === 'with' && before && before.entity.kind !== 'person' && getProp(before.entity.kind)?.prop.surfaceHeight) continue;
    const person = [...mentions].reverse().find((m) => m.end <= i && m.entity.kind === 'person');
    const thing = mentions.find((m) => m.start > i && m.start <= i + 4 && m.entity.kind !== 'person');
    // Carried in both arms, a thing may be bigger than one held in a hand ("carries a crate").
    const carried = t.lemma === 'carry' || t.word === 'carrying' || t.lemma === 'hoist' || t.lemma === 'lift';
    if (!person || !thing || !holdable(thing.entity, carried ? SUM_CARRIED_M : SUM_HELD_M)) continue;
    handForm(thing.entity);
    out.push({ subject: thing.entity.id, relation: 'held', object: person.entity.id });
  }
  return out;
}

/** What a hand or arms are in the text: "in his hand", "in her arms", "in their fists". */
const HANDS = new Set(['hand', 'hands', 'fist', 'fists', 'arms', 'grip', 'palm', 'palms']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);

/** "a quill in his hand", "a baby in her arms": the thing just before is held by the person named before it. */
function inHandAt(clause: Token[], i: number, mentions: Mention[]): Relation | undefined {
  if (clause[i]!.word !== 'in' || !POSSESSIVES.has(clause[i + 1]?.word ?? '') || !HANDS.has(clause[i + 2]?.word ?? '')) return undefined;
  const thing = [...mentions].reverse().find((m) => m.end <= i && m.end >= i - 1 && m.entity.kind !== 'person');
  const person = thing && [...mentions].reverse().find((m) => m.end <= thing.start && m.entity.kind === 'person');
  if (!thing || !person || !holdable(thing.entity, SUM_CARRIED_M)) return undefined;
  handForm(thing.entity);
  return { subject: thing.entity.id, relation: 'held', object: person.entity.id };
}

/** Whether one hand can carry it: a small thing of a kind people carry, or one with a hand-held form. */
export function holdable(e: Entity & { params?: Record<string, unknown> }, sumM = SUM_HELD_M): boolean {
  const prop = getProp(e.kind);
  const form = handFormOf(e.kind);
  // A thing with no prop yet (a kite, a lute) is its size table's proxy: carried unless it is a building, a vehicle, an animal or a figure.
  const proxyClass = e.kind === 'proxy' ? String(e.params?.class ?? '') : undefined;
  if (proxyClass !== undefined ? NOT_CARRIED_CLASSES.has(proxyClass) : !prop || (!form && NOT_CARRIED.has(prop.prop.category))) return false;
  try {
    const b = footprint(propParams(e.kind, { ...e.params, ...form }));
    const size = [0, 1, 2].map((k) => b.max[k]! - b.min[k]!);
    // A thin flat thing (a kite, a placard, a tray) is carried whatever its two sides add to.
    const thin = Math.min(...size) <= THIN_M;
    return Math.max(...size) <= LONGEST_HELD_M && (thin || size.reduce((a, x) => a + x, 0) <= sumM);
  } catch {
    return false;
  }
}

/** A kind's hand-held form: the parameters of the lexicon's "hand …" entry for it ("hand umbrella"), when it has one. */
function handFormOf(kind: string): Record<string, unknown> | undefined {
  const form = lookupProp(`hand ${kind.replace(/_/g, ' ')}`);
  return form?.kind === kind ? form.params : undefined;
}

/** The thing takes its hand-held form's parameters. */
function handForm(e: Entity & { params?: Record<string, unknown> }): void {
  const form = handFormOf(e.kind);
  if (form) Object.assign(e, { params: { ...e.params, ...form } });
}

/** Relations that are no place of their own: what a thing faces, is held by or is stacked with. */
const NOT_A_PLACE = new Set<Relation['relation']>(['held', 'stacked', 'facing', 'away-from']);

/**
 * Where a carried thing is said to be is where its carrier is: "a novice carries a stack of books through the
 * doorway" puts the novice at the doorway (the books go in the hands), unless the clause places the carrier itself.
 */
export function carrierTakesPlace(relations: Relation[]): Relation[] {
  const holder = new Map(relations.filter((r) => r.relation === 'held' && r.object).map((r) => [r.subject, r.object!]));
  const placed = new Set(relations.filter((r) => !NOT_A_PLACE.has(r.relation)).map((r) => r.subject));
  return relations.map((r) => {
    const who = holder.get(r.subject);
    if (!who || NOT_A_PLACE.has(r.relation) || placed.has(who) || r.object === who) return r;
    placed.add(who);
    return { ...r, subject: who };
  });
}
