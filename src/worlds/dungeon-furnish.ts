/**
 * Furnishing a generated level room by room: light fixtures first (so furniture works around them), then props
 * by the theme's weighted rules, each room taking a share of the total by its floor area.
 */
import type { SceneSpecInput } from '../scene/schema.js';
import type { Furnishing, Theme } from '../geometry/level/themes.js';
import { cellToWorld } from '../geometry/level/geometry.js';
import { CORRIDOR, ROOM, type Door, type Layout, type Room } from '../geometry/level/layout.js';
import { RoomPlacer, type Placed, type RoomArea, type Rule } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { Canvas3dError } from '../core/errors.js';

/** A generation parameter the level cannot honour (too many props or lights for its rooms). */
export class DungeonError extends Canvas3dError {
  override name = 'DungeonError';
  constructor(
    /** The parameter at fault (`props`, `lights`). */
    readonly path: string,
    message: string,
  ) {
    super('C3D_INPUT_INVALID', message, [{ path, message }]);
  }
}

type Box = RoomArea['keepClear'][number];
type Vec3 = [number, number, number];

/** Floor kept clear in front of a doorway, this deep into the room (metres), so doors stay passable. */
const DOOR_CLEARANCE = 1.3;

/** Unique prop ids across the level: `<type>-<n>`, numbered in placement order. */
export type IdSequence = (type: string) => string;

export function idSequence(): IdSequence {
  let serial = 0;
  return (type) => `${type}-${++serial}`;
}

/** The box in front of a door, inside the room's interior rectangle. */
function doorClearance(layout: Layout, room: Room, area: RoomArea, door: Door, doorWidth: number): Box {
  const w = Math.max(doorWidth, door.width) + 0.4;
  const mid = door.at + door.width / 2;
  const [ax, az] = cellToWorld(layout, door.side === 'north' || door.side === 'south' ? mid : room.x0, door.side === 'east' || door.side === 'west' ? mid : room.z0);
  const box = (min: Vec3, max: Vec3): Box => ({ min, max });
  if (door.side === 'north') return box([ax - w / 2, 0, area.z0], [ax + w / 2, 3, area.z0 + DOOR_CLEARANCE]);
  if (door.side === 'south') return box([ax - w / 2, 0, area.z1 - DOOR_CLEARANCE], [ax + w / 2, 3, area.z1]);
  if (door.side === 'west') return box([area.x0, 0, az - w / 2], [area.x0 + DOOR_CLEARANCE, 3, az + w / 2]);
  return box([area.x1 - DOOR_CLEARANCE, 0, az - w / 2], [area.x1, 3, az + w / 2]);
}

/** The room's floor as the placer sees it: inside the walls, doors kept clear. */
export function roomArea(layout: Layout, room: Room, wallThickness: number, doorWidth: number): RoomArea {
  const inset = wallThickness / 2 + 0.03;
  const [x0, z0] = cellToWorld(layout, room.x0, room.z0);
  const area: RoomArea = { id: room.id, x0: x0 + inset, z0: z0 + inset, x1: x0 + room.w - inset, z1: z0 + room.d - inset, keepClear: [] };
  if (room.cells) {
    // Caves: only floor cells whose neighbours are all open (the rock walls are thick).
    const W = layout.width;
    const open = (i: number) => layout.cells[i] === ROOM || layout.cells[i] === CORRIDOR;
    area.walkable = (x, z) => {
      const cx = Math.floor(x + layout.width / 2);
      const cz = Math.floor(z + layout.depth / 2);
      for (let dz = -1; dz <= 1; dz++) for (let dx = -1; dx <= 1; dx++) if (!open((cz + dz) * W + cx + dx)) return false;
      return true;
    };
  }
  for (const d of layout.doors) if (d.room === room.id) area.keepClear.push(doorClearance(layout, room, area, d, doorWidth));
  return area;
}

export interface FixtureOptions {
  count: number;
  /** Whether the level has ceilings to hang fixtures from. */
  ceiling: boolean;
  wallHeight: number;
}

export interface Fixtures {
  fixtures: Placed[];
  lights: NonNullable<SceneSpecInput['lights']>;
}

/** Where the theme mounts its fixture: on a wall, from the ceiling when there is one, else in a corner. */
function fixtureRule(theme: Theme, opts: FixtureOptions): Rule {
  const mount = theme.light.mount;
  if (mount === 'wall') return { kind: 'mount', surface: 'wall', height: 1.6 };
  if (mount === 'ceiling' && opts.ceiling) return { kind: 'mount', surface: 'ceiling', height: opts.wallHeight };
  return { kind: 'corner' };
}

/** The point light a fixture carries: at its emitter (turned with the fixture), with its photometry. */
function fixtureLight(theme: Theme, placed: Placed, index: number): Fixtures['lights'][number] {
  const emits = getProp(theme.light.prop)?.prop.light?.(placed.params as never);
  const off = emits?.offset ?? [0, 0, 0];
  const yaw = (placed.yawDeg * Math.PI) / 180;
  return {
    id: `light-${index + 1}`,
    type: 'point',
    position: [placed.position[0] + off[0] * Math.cos(yaw) + off[2] * Math.sin(yaw), placed.position[1] + off[1], placed.position[2] - off[0] * Math.sin(yaw) + off[2] * Math.cos(yaw)],
    color: { kelvin: emits?.kelvin ?? theme.light.kelvin },
    intensity: { value: emits?.lumens ?? theme.light.lumens, unit: 'lm' },
    range: 14,
    tags: ['fixture', placed.id],
  };
}

/** Light fixtures round-robin over the rooms, each with its light; a fixture that will not mount stands on the floor. */
export function placeFixtures(theme: Theme, placers: RoomPlacer[], nextId: IdSequence, opts: FixtureOptions): Fixtures {
  const out: Fixtures = { fixtures: [], lights: [] };
  const type = theme.light.prop;
  const rule = fixtureRule(theme, opts);
  for (let l = 0; l < opts.count; l++) {
    const placer = placers[l % placers.length]!;
    const placed = placer.place({ id: nextId(type), type, rule }) ?? placer.place({ id: nextId(type), type, rule: { kind: 'floor' } });
    if (!placed) throw new DungeonError('lights', `could not fit ${opts.count} light fixtures; use fewer lights or more rooms`);
    out.fixtures.push(placed);
    out.lights.push(fixtureLight(theme, placed, l));
  }
  return out;
}

const floorArea = (a: RoomArea) => (a.x1 - a.x0) * (a.z1 - a.z0);

/** Each room's share of `wanted` props by floor area; the rounding remainder goes one each to the first rooms. */
export function roomQuotas(areas: RoomArea[], wanted: number): number[] {
  const totalArea = areas.reduce((s, a) => s + floorArea(a), 0);
  const quotas = areas.map((a) => Math.floor((wanted * floorArea(a)) / totalArea));
  for (let i = 0, left = wanted - quotas.reduce((s, q) => s + q, 0); left > 0; i = (i + 1) % quotas.length, left--) quotas[i]!++;
  return quotas;
}

/** The number of props the theme puts on this much floor. */
export function defaultPropCount(theme: Theme, areas: RoomArea[]): number {
  return Math.round(theme.density * areas.reduce((s, a) => s + floorArea(a), 0));
}

/** A furnishing drawn by the theme's weights. */
function furnishingPicker(theme: Theme, random: () => number): () => Furnishing {
  const totalWeight = theme.furnishings.reduce((s, f) => s + f.weight, 0);
  return () => {
    let r = random() * totalWeight;
    for (const f of theme.furnishings) if ((r -= f.weight) < 0) return f;
    return theme.furnishings[0]!;
  };
}

const needsHost = (f: Furnishing) => f.rule === 'on' || f.rule === 'near';

function furnishingRequest(f: Furnishing, id: string, rule: Rule) {
  return { id, type: f.type, rule, ...(f.params ? { params: f.params } : {}), ...(f.materials ? { materials: f.materials } : {}) };
}

interface RoomFurnisher {
  theme: Theme;
  pick: () => Furnishing;
  nextId: IdSequence;
  props: Placed[];
}

/**
 * Fills one room with up to `want` props, giving up after twelve misses in a row; returns how many it could
 * not place. A prop that goes on or beside another brings that one into the room first.
 */
function furnishRoom(ctx: RoomFurnisher, placer: RoomPlacer, want: number): number {
  let misses = 0;
  while (want > 0 && misses < 12) {
    const f = ctx.pick();
    if (needsHost(f) && !placer.find(f.target!)) {
      const host = ctx.theme.furnishings.find((h) => h.type === f.target);
      if (!host || want < 2) {
        misses++;
        continue;
      }
      const placedHost = placer.place(furnishingRequest(host, ctx.nextId(host.type), { kind: needsHost(host) ? 'center' : host.rule } as Rule));
      if (!placedHost) {
        misses++;
        continue;
      }
      ctx.props.push(placedHost);
      want--;
    }
    const rule = (needsHost(f) ? { kind: f.rule, target: f.target! } : { kind: f.rule }) as Rule;
    const placed = placer.place(furnishingRequest(f, ctx.nextId(f.type), rule));
    if (placed) {
      ctx.props.push(placed);
      want--;
      misses = 0;
    } else misses++;
  }
  return want;
}

/** Props for every room by its quota; what a full room cannot take moves on to the next. */
export function furnishRooms(theme: Theme, placers: RoomPlacer[], quotas: number[], random: () => number, nextId: IdSequence): Placed[] {
  const ctx: RoomFurnisher = { theme, pick: furnishingPicker(theme, random), nextId, props: [] };
  let carry = 0;
  placers.forEach((placer, i) => {
    carry = furnishRoom(ctx, placer, quotas[i]! + carry);
  });
  const wanted = quotas.reduce((s, q) => s + q, 0);
  if (carry > 0) throw new DungeonError('props', `the rooms are full: ${carry} of ${wanted} props could not be placed; use fewer props or more rooms`);
  return ctx.props;
}
