/**
 * Where a described thing may stand: for each instance, the placement rules to try, best first — what the
 * text asked for ("on the table", "left of the desk", "in the corner"), then looser versions of it, then
 * anywhere on the floor. A thing the text does not place goes where its kind usually stands (its habit).
 */
import type { Placed, Rule, RoomPlacer } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import type { Entity, Relation, RelationKind } from './description.js';
import { lookupProp, type PlaceWord, type PropWord } from './lexicon/index.js';

/** The set things are placed in: a room, or a stretch of ground outside. */
export interface Room {
  interior: boolean;
  place: PlaceWord;
  /** Interior width (x), depth (z), height (y), metres; exteriors: the ground's extent and 0. */
  size: [number, number, number];
}

export const centre = (p: Placed): [number, number] => [(p.bounds.min[0] + p.bounds.max[0]) / 2, (p.bounds.min[2] + p.bounds.max[2]) / 2];
const halfSize = (p: Placed): [number, number] => [(p.bounds.max[0] - p.bounds.min[0]) / 2, (p.bounds.max[2] - p.bounds.min[2]) / 2];

/** Kinds with a surface that small props on a table ("on-table" habit) are set on. */
const TABLE_TOPS = ['table', 'desk', 'coffee_table', 'altar', 'bench', 'chest', 'crate', 'barrel'];

/** Where a kind stands when the text does not say: against a wall, in a corner, on a table, hung up… */
function habitRule(habit: PropWord['habit'] | undefined, room: Room, placer: RoomPlacer): Rule {
  switch (habit) {
    case 'wall':
      return room.interior ? { kind: 'wall' } : { kind: 'floor' };
    case 'corner':
      return room.interior ? { kind: 'corner' } : { kind: 'floor' };
    case 'center':
      return { kind: 'center' };
    case 'on-table': {
      const surface = placer.placed.find((p) => p.relation === 'floor' && getProp(p.type)?.prop.surfaceHeight && TABLE_TOPS.includes(p.type));
      return surface ? { kind: 'on', target: surface.id } : { kind: 'floor' };
    }
    case 'ceiling':
      return room.interior ? { kind: 'mount', surface: 'ceiling', height: room.size[2] - 0.05 } : { kind: 'floor' };
    case 'wall-mount':
      return room.interior ? { kind: 'mount', surface: 'wall', height: Math.min(1.9, room.size[2] - 0.4) } : { kind: 'floor' };
    default:
      return { kind: 'floor' };
  }
}

function habitOf(kind: string): PropWord['habit'] {
  const word = lookupProp(kind.replace(/_/g, ' ')) ?? lookupProp(kind);
  if (word?.habit) return word.habit;
  const placement = getProp(kind)?.prop.placement ?? [];
  if (placement.includes('surface')) return 'on-table';
  if (placement.includes('ceiling')) return 'ceiling';
  if (placement.includes('wall') && !placement.includes('floor')) return 'wall-mount';
  if (placement.includes('wall')) return 'wall';
  if (placement.includes('corner')) return 'corner';
  if (placement.includes('center')) return 'center';
  return 'floor';
}

/** What a relation's rules are made from: the instance, what it relates to, and the room. */
interface Placing {
  rel: Relation;
  /** Which of the entity's instances this is (0-based). */
  n: number;
  room: Room;
  habit: Rule;
  /** The first placed instance of the relation's object, and all of them. */
  target: Placed | undefined;
  targets: Placed[];
  first: (id: string) => Placed | undefined;
  /** Near the object, as a looser fallback. */
  near: Rule[];
  /** A point for the n-th of several, spread in a row across it. */
  row: (x: number, z: number) => Rule;
}

/** Beside it, or failing that on a widening ring around it, before giving up on nearness. */
function beside({ target, n, near }: Placing): Rule[] {
  if (!target) return [{ kind: 'floor' }];
  const [cx, cz] = centre(target);
  const [hx, hz] = halfSize(target);
  const ring = (r: number): Rule[] => [0, 1, 2, 3].map((k) => ({ kind: 'at', x: cx + Math.cos((k * Math.PI) / 2 + n) * (hx + r), z: cz + Math.sin((k * Math.PI) / 2 + n) * (hz + r), jitter: 0.1 }));
  return [...near, { kind: 'near', target: target.id, distance: 0.6 }, ...ring(0.7), ...ring(1.0), { kind: 'floor' }];
}

/** A thing beside another keeps about a chair's half-width (its own) plus a gap from the other's edge. */
const OWN = 0.35;
const GAP = 0.15;

/** The side of the object the relation names, in the establishing camera's frame (left is −X, front +Z). */
const SIDE_OF: Record<'left-of' | 'right-of' | 'in-front-of' | 'behind', (c: [number, number], h: [number, number]) => [number, number]> = {
  'left-of': ([cx, cz], [hx]) => [cx - hx - OWN - GAP, cz],
  'right-of': ([cx, cz], [hx]) => [cx + hx + OWN + GAP, cz],
  'in-front-of': ([cx, cz], [, hz]) => [cx, cz + hz + OWN + GAP],
  behind: ([cx, cz], [, hz]) => [cx, cz - hz - OWN - GAP],
};

function toSide(p: Placing): Rule[] {
  const relation = p.rel.relation as keyof typeof SIDE_OF;
  if (!p.target) {
    const side = relation === 'left-of' ? -1 : 1;
    return [{ kind: 'at', x: (side * p.room.size[0]) / 4, z: 0, jitter: 0.3 }, { kind: 'floor' }];
  }
  const [x, z] = SIDE_OF[relation](centre(p.target), halfSize(p.target));
  return [p.row(x, z), { kind: 'at', x, z, jitter: 0.4 }, ...p.near, { kind: 'floor' }];
}

function betweenTwo({ rel, target, targets, first, near }: Placing): Rule[] {
  const b = rel.object2 ? first(rel.object2) : targets[1];
  if (!target || !b) return [...near, { kind: 'floor' }];
  const [ax, az] = centre(target);
  const [bx, bz] = centre(b);
  return [{ kind: 'at', x: (ax + bx) / 2, z: (az + bz) / 2, jitter: 0.1 }, { kind: 'at', x: (ax + bx) / 2, z: (az + bz) / 2, jitter: 0.4 }, { kind: 'floor' }];
}

/** Across from it, the camera seeing both in profile: along x, a conversation's distance away. */
function across({ target, near }: Placing): Rule[] {
  if (!target) return [{ kind: 'floor' }];
  const [cx, cz] = centre(target);
  const side = cx <= 0 ? 1 : -1;
  return [{ kind: 'at', x: cx + side * 1.4, z: cz, jitter: 0.15 }, ...near, { kind: 'floor' }];
}

/** Each relation's rules, best first. */
const BY_RELATION: Record<RelationKind, (p: Placing) => Rule[]> = {
  on: ({ target, targets, n, near, habit }) => (target ? [{ kind: 'on', target: targets[n % targets.length]?.id ?? target.id }, ...near, { kind: 'floor' }] : [habit, { kind: 'floor' }]),
  under: ({ target, near }) => (target ? [{ kind: 'under', target: target.id }, ...near, { kind: 'floor' }] : [{ kind: 'floor' }]),
  'next-to': beside,
  in: beside,
  around: beside,
  'against-wall': ({ room }) => [room.interior ? { kind: 'wall' } : { kind: 'at', x: 0, z: -room.size[1] / 2 + 1, jitter: room.size[0] / 4 }, { kind: 'floor' }],
  'in-corner': ({ room }) => [room.interior ? { kind: 'corner' } : { kind: 'floor' }, { kind: 'floor' }],
  'in-centre': () => [{ kind: 'at', x: 0, z: 0, jitter: 0.15 }, { kind: 'at', x: 0, z: 0, jitter: 0.5 }, { kind: 'center' }, { kind: 'floor' }],
  'left-of': toSide,
  'right-of': toSide,
  'in-front-of': toSide,
  behind: toSide,
  between: betweenTwo,
  facing: across,
};

/** Rules to try for one instance, best first: what the text asked for, then looser versions of it. */
export function candidateRules(e: Entity, rel: Relation | undefined, n: number, siblings: Placed[], first: (id: string) => Placed | undefined, all: Map<string, Placed[]>, room: Room, placer: RoomPlacer): Rule[] {
  const habit = habitRule(e.kind === 'person' ? 'center' : habitOf(e.kind), room, placer);
  if (!rel) {
    // Several of one thing stand together: the rest near the first.
    if (siblings[0] && habit.kind !== 'mount' && habit.kind !== 'on') return [{ kind: 'near', target: siblings[0].id, distance: 0.3 }, habit, { kind: 'floor' }];
    if (e.kind === 'person') return [{ kind: 'at', x: (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 0.9, z: 0, jitter: 0.2 }, { kind: 'floor' }];
    return [habit, { kind: 'floor' }];
  }
  const target = rel.object ? first(rel.object) : undefined;
  const targets = rel.object ? (all.get(rel.object) ?? []) : [];
  const near: Rule[] = target ? [{ kind: 'near', target: targets[n % targets.length]?.id ?? target.id, distance: 0.3 }] : [];
  const row = (x: number, z: number): Rule => ({ kind: 'at', x: x + (n - (Math.max(1, siblings.length + 1) - 1) / 2) * 0.2, z, jitter: 0.1 });
  return BY_RELATION[rel.relation]({ rel, n, room, habit, target, targets, first, near, row });
}
