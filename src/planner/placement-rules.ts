/**
 * Where a described thing may stand: for each instance, the placement rules to try, best first — what the
 * text asked for ("on the table", "left of the desk", "in the corner"), then looser versions of it, then
 * anywhere on the floor. A thing the text does not place goes where its kind usually stands (its habit).
 */
import { withinRoom, type Placed, type PlaceRequest, type Rule, type RoomPlacer } from '../geometry/layout/place.js';
import { footprint, overlaps, placeBox, propParams } from '../geometry/layout/footprint.js';
import { getProp } from '../geometry/props/index.js';
import type { Entity, Relation, RelationKind } from './description.js';
import { lookupProp, type PlaceWord, type PropWord } from './lexicon/index.js';

/**
 * A placement rule: the room placer's, or resting on top of any placed thing (stacks, things on a prop with no
 * table-top surface, a table on a rug), which layout resolves itself: centred on the support's top, aligned with it.
 */
export type PlanRule = Rule | { kind: 'rest-on'; target: string };

/** Floor coverings: things lie on them, and "a rug under the desk" lies centred beneath it. */
export const FLAT_KINDS = new Set(['rug']);

/** The set things are placed in: a room, or a stretch of ground outside. */
export interface Room {
  interior: boolean;
  place: PlaceWord;
  /** Interior width (x), depth (z), height (y), metres; exteriors: the ground's extent and 0. */
  size: [number, number, number];
}

export const centre = (p: Placed): [number, number] => [(p.bounds.min[0] + p.bounds.max[0]) / 2, (p.bounds.min[2] + p.bounds.max[2]) / 2];
const halfSize = (p: Placed): [number, number] => [(p.bounds.max[0] - p.bounds.min[0]) / 2, (p.bounds.max[2] - p.bounds.min[2]) / 2];

/** Kinds with a surface that small props on a table ("on-table" habit) are set on: tables first, a barrel head last. */
const TABLE_TOPS = ['table', 'desk', 'counter', 'coffee_table', 'altar', 'nightstand', 'bench', 'chest', 'crate', 'barrel'];
/** How many of the first TABLE_TOPS kinds a set dresser lays things on before reaching for a chest or a barrel. */
const PROPER_TOPS = 6;

/**
 * The surface a small thing is set on: a table-like one before a chest or a barrel, and among those the one
 * holding least, so a tavern's candles and cups spread over its tables rather than pile up on the first.
 */
function tableTop(placer: RoomPlacer): Placed | undefined {
  const tier = (p: Placed) => (TABLE_TOPS.indexOf(p.type) < PROPER_TOPS ? 0 : 1);
  const load = (p: Placed) => placer.placed.filter((q) => q.supportedBy === p.id).length;
  const tops = placer.placed.filter((p) => p.relation === 'floor' && getProp(p.type)?.prop.surfaceHeight && TABLE_TOPS.includes(p.type));
  return tops.sort((a, b) => tier(a) - tier(b) || load(a) - load(b))[0];
}

/** Where a kind stands when the text does not say: against a wall, in a corner, on a table, hung up… */
/** How far below the ceiling a thing not made to hang (a lantern, a cage) hangs from its hook and chain, metres. */
const HANG_DROP_M = 0.5;

/** The height a thing hangs at: a ceiling fixture from the ceiling itself, anything else on a drop, its top below the hook. */
function hangHeight(kind: string | undefined, room: Room): number {
  const ceiling = room.size[2] - 0.05;
  const def = kind ? getProp(kind) : undefined;
  if (!kind || !def || def.prop.placement.includes('ceiling')) return ceiling;
  const height = footprint(propParams(kind)).max[1];
  return Math.max(1.2, ceiling - HANG_DROP_M - height);
}

/**
 * The height a wall fixture's origin goes at: torches and sconces at about head height; a thing drawn from the
 * floor up to where it sits in the wall (a window, over its own sill height) at the floor.
 */
function wallMountHeight(kind: string | undefined, room: Room): number {
  const usual = Math.min(1.9, room.size[2] - 0.4);
  if (!kind || !getProp(kind)) return usual;
  return footprint(propParams(kind)).min[1] > RAISED_M ? 0 : usual;
}

/** A prop whose geometry starts this far above its origin carries its own mounting height. */
const RAISED_M = 0.2;

function habitRule(habit: PropWord['habit'] | undefined, room: Room, placer: RoomPlacer, kind?: string): Rule {
  switch (habit) {
    case 'wall':
      return room.interior ? { kind: 'wall' } : { kind: 'floor' };
    case 'corner':
      return room.interior ? { kind: 'corner' } : { kind: 'floor' };
    case 'center':
      return { kind: 'center' };
    case 'on-table': {
      const surface = tableTop(placer);
      return surface ? { kind: 'on', target: surface.id } : { kind: 'floor' };
    }
    case 'ceiling':
      return room.interior ? { kind: 'mount', surface: 'ceiling', height: hangHeight(kind, room) } : { kind: 'floor' };
    case 'wall-mount':
      return room.interior ? { kind: 'mount', surface: 'wall', height: wallMountHeight(kind, room) } : { kind: 'floor' };
    case 'background':
      return backgroundRules(room)[0]!;
    default:
      return { kind: 'floor' };
  }
}

/** Spots across the far end of the set, where the establishing camera sees scenery behind the action. */
function backgroundRules(room: Room, own: [number, number] = [OWN, OWN]): Rule[] {
  const [w, d] = room.size;
  // Its back a metre inside the set's far edge, never nearer the camera than a quarter of the way in.
  const z = Math.min(-d / 2 + own[1] + 1, -d / 4);
  return [0, -0.3, 0.3, -0.15, 0.15].map((f): Rule => ({ kind: 'at', x: f * w, z, jitter: 0.5 }));
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
  /** The thing being placed, and half its footprint (x, z) unturned. */
  entity: Entity;
  own: [number, number];
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
/** The layout placer's minimum spacing between floor-standing things (layout.ts roomPlacer). */
const SPACING = 0.2;

/** The side of the object the relation names, in the establishing camera's frame (left is −X, front +Z). */
const SIDE_OF: Record<'left-of' | 'right-of' | 'in-front-of' | 'behind', (c: [number, number], h: [number, number], own: [number, number]) => [number, number]> = {
  'left-of': ([cx, cz], [hx], [ox]) => [cx - hx - Math.max(OWN, ox) - GAP, cz],
  'right-of': ([cx, cz], [hx], [ox]) => [cx + hx + Math.max(OWN, ox) + GAP, cz],
  'in-front-of': ([cx, cz], [, hz], [, oz]) => [cx, cz + hz + Math.max(OWN, oz) + GAP],
  behind: ([cx, cz], [, hz], [, oz]) => [cx, cz - hz - Math.max(OWN, oz) - GAP],
};

const isBuilding = (type: string) => getProp(type)?.prop.category === 'architecture' && getProp(type)?.prop.facing === 'front';

/** A point off a thing's own front (+1) or back (−1), by its turn: clear of it by the placed thing's half size and a gap. */
function ownSide(target: Placed, sign: 1 | -1, own: [number, number]): [number, number] {
  const yaw = (target.yawDeg * Math.PI) / 180;
  const dir: [number, number] = [sign * Math.sin(yaw), sign * Math.cos(yaw)];
  const [hx, hz] = halfSize(target);
  const reach = Math.abs(dir[0]) * hx + Math.abs(dir[1]) * hz + Math.max(OWN, own[0], own[1]) + GAP;
  const [cx, cz] = centre(target);
  return [cx + dir[0] * reach, cz + dir[1] * reach];
}

function toSide(p: Placing): Rule[] {
  const relation = p.rel.relation as keyof typeof SIDE_OF;
  if (!p.target) {
    const side = relation === 'left-of' ? -1 : 1;
    return [{ kind: 'at', x: (side * p.room.size[0]) / 4, z: 0, jitter: 0.3 }, { kind: 'floor' }];
  }
  // In front of and behind are as the establishing camera sees them, as left and right are: a desk's own front
  // faces the room it stands in, which from the camera's side is the same or a side the camera cannot judge.
  // A building's front is its own, though: "in front of the saloon" is on the street before its door.
  const [x, z] = (relation === 'in-front-of' || relation === 'behind') && isBuilding(p.target.type)
    ? ownSide(p.target, relation === 'in-front-of' ? 1 : -1, p.own)
    : SIDE_OF[relation](centre(p.target), halfSize(p.target), p.own);
  return [p.row(x, z), { kind: 'at', x, z, jitter: 0.4 }, ...p.near, { kind: 'floor' }];
}

/** Resting on the target: on its table-top when it has one, else on its top; a rug is lain on, centred. */
function onTarget({ target, targets, n, near, habit }: Placing): PlanRule[] {
  if (!target) return [habit, { kind: 'floor' }];
  const support = targets[n % targets.length] ?? target;
  return [{ kind: 'on', target: support.id }, { kind: 'rest-on', target: support.id }, ...near, { kind: 'floor' }];
}

/** Beneath the target's top; a floor covering lies centred under it (furniture stands on rugs). */
function underTarget({ target, entity, near }: Placing): Rule[] {
  if (!target) return [{ kind: 'floor' }];
  if (FLAT_KINDS.has(entity.kind)) {
    const [x, z] = centre(target);
    return [{ kind: 'at', x, z, jitter: 0.02 }, { kind: 'at', x, z, jitter: 0.2 }, { kind: 'under', target: target.id }, ...near, { kind: 'floor' }];
  }
  return [{ kind: 'under', target: target.id }, ...near, { kind: 'floor' }];
}

/**
 * Evenly round the target, each a gap from its edge ("five chairs around the table"): the n-th of `count` at
 * angle 2πn/count from the back, on a ring through the target's half-size plus the thing's own plus a gap.
 */
function ringAround(p: Placing): Rule[] {
  if (!p.target) return [{ kind: 'floor' }];
  const [cx, cz] = centre(p.target);
  const [hx, hz] = halfSize(p.target);
  // Turned to face the target, a thing's box grows by up to √2 on the diagonals; the placer keeps SPACING clear.
  const reach = Math.SQRT2 * Math.max(p.own[0], p.own[1]) + GAP + SPACING / 2;
  // A circle, so every one is as far from the target's centre as the others.
  const radius = Math.max(hx, hz) + reach;
  const a = -Math.PI / 2 + (2 * Math.PI * p.n) / Math.max(1, p.entity.count);
  const [x, z] = [cx + Math.cos(a) * radius, cz + Math.sin(a) * radius];
  return [{ kind: 'at', x, z, jitter: 0.02 }, { kind: 'at', x, z, jitter: 0.1 }, ...beside(p)];
}

/** Along the back of the set, away from the establishing camera: a row centred before the back wall. */
function farEnd({ room, n, own, entity }: Placing): Rule[] {
  const [w, d] = room.size;
  const step = 2 * own[0] + GAP * 2;
  const x = (n - (entity.count - 1) / 2) * step;
  // A thing made to stand against a wall (bookshelf, wardrobe) stands against the far one; anything else (a
  // throne, an altar) a little clear of it, so what the text hangs or stands behind it still fits.
  const hugs = room.interior && getProp(entity.kind)?.prop.placement[0] === 'wall';
  const z = -d / 2 + own[1] + (hugs ? 0.05 : Math.min(room.interior ? 0.7 : 2, d / 10));
  return [{ kind: 'at', x: Math.max(-w / 2 + own[0], Math.min(w / 2 - own[0], x)), z, jitter: 0.05 }, { kind: 'at', x, z, jitter: 0.3 }, room.interior ? { kind: 'wall' } : { kind: 'floor' }, { kind: 'floor' }];
}

/**
 * For the n-th instance of a thing something else stands between ("a lamp between the two chairs"): a point
 * far enough along x (as the camera sees it) from the one before that the in-between thing fits, of
 * half-width `gapFor`. Without it two chairs may stand shoulder to shoulder with nothing between them.
 */
export function spreadFor(before: Placed, own: [number, number], gapFor: number): Rule {
  const [cx, cz] = centre(before);
  const [hx] = halfSize(before);
  const side = cx > 0 ? -1 : 1;
  return { kind: 'at', x: cx + side * (hx + 2 * gapFor + 2 * GAP + 2 * SPACING + own[0]), z: cz, jitter: 0.05 };
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

/**
 * Over the target: what hangs from a ceiling hangs above its middle ("a bare bulb over the table"); what mounts on
 * a wall goes on the wall nearest it; what stands on tables stands on it when it has a top ("an oil lamp over the workbench");
 * anything else stands beside it, the nearest a floor thing comes to being over it.
 */
function aboveTarget(p: Placing): PlanRule[] {
  const { target, habit, entity } = p;
  if (!target) return [habit, { kind: 'floor' }];
  if (habit.kind === 'mount' && habit.surface === 'ceiling') {
    const [x, z] = centre(target);
    return [{ ...habit, at: [x, z] }, habit, { kind: 'floor' }];
  }
  const onTables = ((entity as { habit?: PropWord['habit'] }).habit ?? habitOf(entity.kind)) === 'on-table';
  if (onTables && getProp(target.type)?.prop.surfaceHeight) return onTarget(p);
  // A wall fixture over a thing ("a window over the sink") goes on the wall nearest it, above it.
  return habit.kind === 'mount' ? [{ ...habit, at: centre(target) }, habit, { kind: 'floor' }] : beside(p);
}

/** Each relation's rules, best first. */
const BY_RELATION: Record<RelationKind, (p: Placing) => PlanRule[]> = {
  on: onTarget,
  // Inside an open container: resting in its footprint, held by it.
  in: onTarget,
  under: underTarget,
  above: aboveTarget,
  'next-to': beside,
  around: ringAround,
  'far-end': farEnd,
  // The bottom of a stack stands where its kind usually does; layout rests the rest on it.
  stacked: ({ habit }) => [habit, { kind: 'floor' }],
  // In someone's hand: layout puts it there once the holder stands (held.ts); these are for a holder who could not.
  held: beside,
  'against-wall': ({ room }) => [room.interior ? { kind: 'wall' } : { kind: 'at', x: 0, z: -room.size[1] / 2 + 1, jitter: room.size[0] / 4 }, { kind: 'floor' }],
  'in-corner': ({ room }) => [room.interior ? { kind: 'corner' } : { kind: 'floor' }, { kind: 'floor' }],
  'in-centre': () => [{ kind: 'at', x: 0, z: 0, jitter: 0.15 }, { kind: 'at', x: 0, z: 0, jitter: 0.5 }, { kind: 'center' }, { kind: 'floor' }],
  'left-of': toSide,
  'right-of': toSide,
  'in-front-of': toSide,
  behind: toSide,
  between: betweenTwo,
  facing: across,
  // "turns away from the window": near it, the back turned (layout turns them once everyone is placed).
  'away-from': beside,
};

/** The n-th of `count` wall fixtures: evenly along the set's long sides, left and right in turn. */
function spreadOnWalls(room: Room, n: number, count: number): [number, number] {
  const [w, d] = room.size;
  const along = (length: number) => -length / 2 + ((n + 0.5) * length) / count;
  const side = n % 2 ? 1 : -1;
  return d >= w ? [(side * w) / 2, along(d)] : [along(w), (side * d) / 2];
}

/** Rules to try for one instance, best first: what the text asked for, then looser versions of it. */
export function candidateRules(e: Entity, rel: Relation | undefined, n: number, siblings: Placed[], first: (id: string) => Placed | undefined, all: Map<string, Placed[]>, room: Room, placer: RoomPlacer): Rule[] {
  return planRules(e, rel, n, siblings, first, all, room, placer).filter((r): r is Rule => r.kind !== 'rest-on');
}

/** As candidateRules, with the rules layout resolves itself (resting on any thing); place them with placeBy. */
export function planRules(e: Entity, rel: Relation | undefined, n: number, siblings: Placed[], first: (id: string) => Placed | undefined, all: Map<string, Placed[]>, room: Room, placer: RoomPlacer, own: [number, number] = [OWN, OWN]): PlanRule[] {
  // A proxy carries its own habit (from the dimension table): its kind, 'proxy', says nothing of where it stands.
  const habit = habitRule(e.kind === 'person' ? 'center' : ((e as { habit?: PropWord['habit'] }).habit ?? habitOf(e.kind)), room, placer, e.kind);
  if (!rel) {
    // Lamps and torches on the walls spread down the set, sides taking turns: pools of light, not a cluster.
    if (e.count > 1 && habit.kind === 'mount' && habit.surface === 'wall') return [{ ...habit, at: spreadOnWalls(room, n, e.count) }, habit, { kind: 'floor' }];
    // Several of one thing stand together: the rest near the first.
    if (siblings[0] && habit.kind !== 'mount' && habit.kind !== 'on') return [{ kind: 'near', target: siblings[0].id, distance: 0.3 }, habit, { kind: 'floor' }];
    if (e.kind === 'person') return [{ kind: 'at', x: (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 0.9, z: 0, jitter: 0.2 }, { kind: 'floor' }];
    if ((e as { habit?: string }).habit === 'background') return [...backgroundRules(room, own), { kind: 'floor' }];
    return [habit, { kind: 'floor' }];
  }
  const targets = rel.object ? (all.get(rel.object) ?? []) : [];
  // As many of these as of what they relate to ("eight desks, each with a chair"): one to each, in turn.
  const target = rel.object ? (e.count > 1 && targets.length === e.count ? targets[n] : first(rel.object)) : undefined;
  const near: Rule[] = target ? [{ kind: 'near', target: targets[n % targets.length]?.id ?? target.id, distance: 0.3 }] : [];
  const row = (x: number, z: number): Rule => ({ kind: 'at', x: x + (n - (Math.max(1, siblings.length + 1) - 1) / 2) * 0.2, z, jitter: 0.1 });
  return BY_RELATION[rel.relation]({ rel, entity: e, own, n, room, habit, target, targets, first, near, row });
}

/** Offsets (fractions of the free room on the support's top) tried in turn when resting on it: centre first. */
const REST_SPOTS: [number, number][] = [[0, 0], [-0.5, 0], [0.5, 0], [0, -0.5], [0, 0.5], [-1, -1], [1, -1], [-1, 1], [1, 1]];

/**
 * Resting on the top of any placed thing: its footprint inside the support's, its bottom on the support's
 * highest point, turned as the support is, nothing else interpenetrated. The placer's own "on" needs a
 * table-top surface; a stack of crates, a pile of books or a bird on a rock need only a top.
 */
export function restOn(placer: RoomPlacer, req: Omit<PlaceRequest, 'rule'>, supportId: string): Placed | undefined {
  const support = placer.find(supportId);
  if (!support) return undefined;
  const params = propParams(req.type, req.params);
  const box = footprint(params);
  const yaw = support.yawDeg;
  const turned = placeBox(box, [0, 0, 0], yaw);
  const [sx, sz] = centre(support);
  const [hx, hz] = halfSize(support);
  const fx = Math.max(0, hx - (turned.max[0] - turned.min[0]) / 2);
  const fz = Math.max(0, hz - (turned.max[2] - turned.min[2]) / 2);
  const r = placer.room;
  for (const [ox, oz] of REST_SPOTS) {
    const position: [number, number, number] = [sx + ox * fx - (turned.min[0] + turned.max[0]) / 2, support.bounds.max[1] - box.min[1], sz + oz * fz - (turned.min[2] + turned.max[2]) / 2];
    const bounds = placeBox(box, position, yaw);
    if (!withinRoom(bounds, r)) continue;
    if (placer.placed.some((o) => o.id !== support.id && overlaps(bounds, o.bounds))) continue;
    const placed: Placed = { id: req.id, type: req.type, params, position, yawDeg: yaw, bounds, supportedBy: support.id, relation: 'on', room: r.id, ...(req.materials ? { materials: req.materials } : {}) };
    placer.placed.push(placed);
    return placed;
  }
  return undefined;
}

/** Places by one rule: the placer's, or resting on a thing. */
export function placeBy(placer: RoomPlacer, req: Omit<PlaceRequest, 'rule'> & { rule: PlanRule }): Placed | undefined {
  const { rule, ...rest } = req;
  return rule.kind === 'rest-on' ? restOn(placer, rest, rule.target) : placer.place({ ...rest, rule });
}
