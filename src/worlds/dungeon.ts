/**
 * generateDungeon: a playable level as a SceneSpec — the level geometry, props placed room by room by the
 * theme's furnishing rules, light fixtures with their lights, a palette of K materials, and an overview camera.
 * Everything derives from the parameters and the seed.
 */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';
import type { SceneSpecInput } from '../scene/schema.js';
import type { MaterialSpec } from '../scene/material.js';
import { THEMES, THEME_IDS, type Furnishing, type Theme } from '../geometry/level/themes.js';
import { levelLayout, resolveLevel, LevelParams, MAX_ROOMS } from '../geometry/level/level.js';
import { cellToWorld } from '../geometry/level/geometry.js';
import { CORRIDOR, ROOM, type Layout, type Room } from '../geometry/level/layout.js';
import { RoomPlacer, type Placed, type RoomArea } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { generateCached } from '../geometry/registry.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { QUALITY_LEVELS } from '../materials/quality.js';
import { mulberry32 } from '../core/random.js';

export const MAX_PROPS_PER_ROOM = 200;

export const DungeonParams = strictObject({
  rooms: z.number().int().min(1).max(MAX_ROOMS).default(20),
  props: z.number().int().min(0).max(MAX_ROOMS * MAX_PROPS_PER_ROOM).optional().describe("props across the rooms; by default the theme's density times the floor area"),
  materials: z.number().int().min(3).max(512).default(35).describe('distinct materials across surfaces and props'),
  lights: z.number().int().min(0).max(MAX_ROOMS * 16).default(25),
  theme: z.enum(THEME_IDS).default('dungeon'),
  layout: z.enum(['rooms', 'bsp', 'caves']).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
  quality: z.enum(QUALITY_LEVELS).default('ultra_lite').describe('blockout weight by default; raise it for finished textures'),
  ceiling: z.boolean().optional(),
})
  .refine((p) => (p.props ?? 0) <= p.rooms * MAX_PROPS_PER_ROOM, { message: `at most ${MAX_PROPS_PER_ROOM} props per room`, path: ['props'] })
  .refine((p) => p.lights <= p.rooms * 16, { message: 'at most 16 lights per room', path: ['lights'] });
export type DungeonParams = z.infer<typeof DungeonParams>;

export interface DungeonReport {
  rooms: number;
  corridorCells: number;
  props: number;
  fixtures: number;
  lights: number;
  materials: number;
  links: number;
}

/** A small stable number from an id, for picking variants. */
function fnvSmall(id: string): number {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return h;
}

export class DungeonError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'DungeonError';
  }
}

/** The room's floor as the placer sees it: inside the walls, doors kept clear. */
function roomArea(layout: Layout, room: Room, theme: Theme, wallThickness: number, doorWidth: number): RoomArea {
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
  for (const d of layout.doors) {
    if (d.room !== room.id) continue;
    const clear = 1.3;
    const w = Math.max(doorWidth, d.width) + 0.4;
    const mid = d.at + d.width / 2;
    const [ax, az] = cellToWorld(layout, d.side === 'north' || d.side === 'south' ? mid : room.x0, d.side === 'east' || d.side === 'west' ? mid : room.z0);
    const box =
      d.side === 'north'
        ? { min: [ax - w / 2, 0, area.z0] as [number, number, number], max: [ax + w / 2, 3, area.z0 + clear] as [number, number, number] }
        : d.side === 'south'
          ? { min: [ax - w / 2, 0, area.z1 - clear] as [number, number, number], max: [ax + w / 2, 3, area.z1] as [number, number, number] }
          : d.side === 'west'
            ? { min: [area.x0, 0, az - w / 2] as [number, number, number], max: [area.x0 + clear, 3, az + w / 2] as [number, number, number] }
            : { min: [area.x1 - clear, 0, az - w / 2] as [number, number, number], max: [area.x1, 3, az + w / 2] as [number, number, number] };
    area.keepClear.push(box);
  }
  void theme;
  return area;
}

/** K material names: the theme's palette, then weathered and shifted variants of it when K is larger. */
function palette(theme: Theme, k: number): { names: string[]; defs: Record<string, z.input<typeof MaterialSpec>> } {
  const base = [...new Set([...Object.values(theme.materials), ...theme.palette])];
  const defs: Record<string, z.input<typeof MaterialSpec>> = {};
  const names: string[] = [];
  const variants = [
    { suffix: 'aged', variation: { weather: 'weathered' as const, weatherAmount: 0.6 } },
    { suffix: 'grimy', variation: { dirt: 0.6 } },
    { suffix: 'damp', variation: { weather: 'wet' as const, weatherAmount: 0.5 } },
    { suffix: 'warm', variation: { hueShiftDeg: 12 } },
    { suffix: 'cool', variation: { hueShiftDeg: -12 } },
  ];
  for (let i = 0; names.length < k; i++) {
    const preset = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    if (round === 0) {
      names.push(preset);
      defs[preset] = { preset };
    } else {
      const v = variants[(round - 1) % variants.length]!;
      const name = `${preset}-${v.suffix}${round > variants.length ? `-${Math.ceil(round / variants.length)}` : ''}`;
      names.push(name);
      defs[name] = { preset, variation: v.variation };
    }
  }
  return { names, defs };
}

export function generateDungeon(input: z.input<typeof DungeonParams>): { spec: SceneSpecInput; report: DungeonReport } {
  const p = DungeonParams.parse(input);
  const theme = THEMES[p.theme];
  const levelParams = LevelParams.parse({ type: 'level', theme: p.theme, rooms: p.rooms, seed: p.seed, ...(p.layout ? { layout: p.layout } : {}), ...(p.ceiling !== undefined ? { ceiling: p.ceiling } : {}) });
  const resolved = resolveLevel(levelParams);
  const layout = levelLayout(levelParams);
  const random = mulberry32(p.seed ^ 0x9e3779b9);
  const areas = layout.rooms.map((room) => roomArea(layout, room, theme, resolved.shape.wallThickness, resolved.shape.door.width));
  const placers = areas.map((a) => new RoomPlacer(a, mulberry32((p.seed * 31 + a.id) >>> 0)));
  let serial = 0;
  const nextId = (type: string) => `${type}-${++serial}`;

  // Fixtures first, so furniture works around them: lights go round-robin over the rooms.
  const fixtures: Placed[] = [];
  const lights: NonNullable<SceneSpecInput['lights']> = [];
  const fixtureInfo = getProp(theme.light.prop);
  for (let l = 0; l < p.lights; l++) {
    const placer = placers[l % placers.length]!;
    const mount = theme.light.mount;
    const rule =
      mount === 'wall'
        ? { kind: 'mount' as const, surface: 'wall' as const, height: 1.6 }
        : mount === 'ceiling' && resolved.shape.ceiling
          ? { kind: 'mount' as const, surface: 'ceiling' as const, height: resolved.shape.wallHeight }
          : { kind: 'corner' as const };
    const placed = placer.place({ id: nextId(theme.light.prop), type: theme.light.prop, rule }) ?? placer.place({ id: nextId(theme.light.prop), type: theme.light.prop, rule: { kind: 'floor' } });
    if (!placed) throw new DungeonError('lights', `could not fit ${p.lights} light fixtures; use fewer lights or more rooms`);
    fixtures.push(placed);
    const emits = fixtureInfo?.prop.light?.(placed.params as never);
    const off = emits?.offset ?? [0, 0, 0];
    const yaw = (placed.yawDeg * Math.PI) / 180;
    lights.push({
      id: `light-${l + 1}`,
      type: 'point',
      position: [placed.position[0] + off[0] * Math.cos(yaw) + off[2] * Math.sin(yaw), placed.position[1] + off[1], placed.position[2] - off[0] * Math.sin(yaw) + off[2] * Math.cos(yaw)],
      color: { kelvin: emits?.kelvin ?? theme.light.kelvin },
      intensity: { value: emits?.lumens ?? theme.light.lumens, unit: 'lm' },
      range: 14,
      tags: ['fixture', placed.id],
    });
  }

  // Props: each room's share by floor area, furnished by weighted theme rules; what a full room cannot take
  // moves on to the next.
  const totalArea = areas.reduce((s, a) => s + (a.x1 - a.x0) * (a.z1 - a.z0), 0);
  const wanted = p.props ?? Math.round(theme.density * totalArea);
  const quotas = areas.map((a) => Math.floor((wanted * (a.x1 - a.x0) * (a.z1 - a.z0)) / totalArea));
  for (let i = 0, left = wanted - quotas.reduce((s, q) => s + q, 0); left > 0; i = (i + 1) % quotas.length, left--) quotas[i]!++;
  const totalWeight = theme.furnishings.reduce((s, f) => s + f.weight, 0);
  const pick = (): Furnishing => {
    let r = random() * totalWeight;
    for (const f of theme.furnishings) if ((r -= f.weight) < 0) return f;
    return theme.furnishings[0]!;
  };
  const props: Placed[] = [];
  let carry = 0;
  placers.forEach((placer, i) => {
    let want = quotas[i]! + carry;
    let misses = 0;
    while (want > 0 && misses < 12) {
      const f = pick();
      const rule = f.rule === 'on' || f.rule === 'near' ? { kind: f.rule, target: f.target! } : { kind: f.rule };
      // A prop that goes on or beside another needs that one in the room first.
      if ((f.rule === 'on' || f.rule === 'near') && !placer.find(f.target!)) {
        const host = theme.furnishings.find((h) => h.type === f.target);
        if (!host || want < 2) {
          misses++;
          continue;
        }
        const placedHost = placer.place({ id: nextId(host.type), type: host.type, rule: { kind: host.rule === 'on' || host.rule === 'near' ? 'center' : host.rule }, ...(host.params ? { params: host.params } : {}), ...(host.materials ? { materials: host.materials } : {}) });
        if (!placedHost) {
          misses++;
          continue;
        }
        props.push(placedHost);
        want--;
      }
      const placed = placer.place({ id: nextId(f.type), type: f.type, rule: rule as never, ...(f.params ? { params: f.params } : {}), ...(f.materials ? { materials: f.materials } : {}) });
      if (placed) {
        props.push(placed);
        want--;
        misses = 0;
      } else misses++;
    }
    carry = want;
  });
  if (carry > 0) throw new DungeonError('props', `the rooms are full: ${carry} of ${wanted} props could not be placed; use fewer props or more rooms`);

  // Materials: the palette's first entries dress the level; each prop type then takes family-compatible
  // palette entries for its slots (the same for every instance, so repeats stay instanceable), and any entry
  // still unused goes to a few props, so all K appear in the scene.
  const { names, defs } = palette(theme, p.materials);
  const familyOf = (name: string) => getMaterialPreset(defs[name]?.preset ?? name)?.family;
  const used = new Set<string>(Object.values(theme.materials));
  const perFamily = new Map<string, number>();
  const chosen = new Map<string, Record<string, string>>();
  const forType = (placed: Placed): Record<string, string> => {
    let out = chosen.get(placed.type);
    if (out) return out;
    out = {};
    const info = getProp(placed.type);
    const defaults = info ? (typeof info.defaultMaterials === 'function' ? info.defaultMaterials(placed.params as never) : info.defaultMaterials) : {};
    for (const [slot, preset] of Object.entries(defaults)) {
      const family = getMaterialPreset(preset)?.family ?? '';
      const compatible = names.filter((n) => familyOf(n) === family && !Object.values(theme.materials).includes(n));
      if (!compatible.length) continue;
      const n = perFamily.get(family) ?? 0;
      perFamily.set(family, n + 1);
      out[slot] = compatible[n % compatible.length]!;
    }
    chosen.set(placed.type, out);
    return out;
  };
  // Only slots the prop really makes (a closed chest has no treasure) can show a material.
  const madeCache = new Map<string, Set<string>>();
  const made = (placed: Placed) => {
    const key = JSON.stringify(placed.params);
    let slots = madeCache.get(key);
    if (!slots) madeCache.set(key, (slots = new Set(generateCached(placed.params, { seed: 1 }).map((part) => part.slot))));
    return slots;
  };
  const propMaterials = props.map((placed) => {
    const out = { ...forType(placed), ...(placed.materials ?? {}) };
    const real = made(placed);
    for (const [slot, m] of Object.entries(out)) if (real.has(slot)) used.add(m);
    return out;
  });
  // Each unused entry takes one slot of one prop, no slot twice, so every entry survives.
  const unused = names.filter((n) => !used.has(n));
  // Each gives a prop a mesh of its own, so the lightest props (by triangles) take them.
  const weight = (placed: Placed) => generateCached(placed.params, { seed: 1 }).reduce((n, part) => n + part.mesh.indices.length, 0);
  const slots = propMaterials
    .flatMap((m, i) => {
      const real = made(props[i]!);
      return Object.keys(m)
        .filter((slot) => real.has(slot))
        .map((slot) => [i, slot, weight(props[i]!)] as const);
    })
    .sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  const taken = new Set<number>();
  for (const name of unused) {
    const target = slots.find(([i]) => !taken.has(i));
    if (!target) break;
    taken.add(target[0]);
    propMaterials[target[0]]![target[1]] = name;
  }

  const objects: NonNullable<SceneSpecInput['objects']> = [{ id: 'level', geometry: levelParams, tags: ['level', theme.id], materials: {} }];
  // Seeded props (rocks, skeletons, bookshelves) come in two variants per level, so repeats share meshes.
  const asObject = (placed: Placed, materials: Record<string, string>, tags: string[]) => ({
    id: placed.id,
    ...(getProp(placed.type)?.seeded ? { seed: (p.seed + fnvSmall(placed.id)) % 2 } : {}),
    geometry: placed.params,
    position: placed.position.map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number],
    rotation: [0, Math.round(placed.yawDeg * 100) / 100, 0] as [number, number, number],
    ...(Object.keys(materials).length ? { materials } : {}),
    tags: [...tags, `room-${placed.room}`, ...(placed.supportedBy ? [`on:${placed.supportedBy}`] : [])],
  });
  for (const f of fixtures) objects.push(asObject(f, {}, ['fixture', 'light-source']));
  props.forEach((placed, i) => objects.push(asObject(placed, propMaterials[i]!, ['prop', placed.type])));

  const wx = layout.width;
  const wz = layout.depth;
  const span = Math.max(wx, wz);
  const spec: SceneSpecInput = {
    version: 1,
    name: `${theme.label}: ${p.rooms} rooms`,
    seed: p.seed,
    quality: p.quality,
    environment: { background: '#050505', ambient: { color: '#8090a0', intensity: 0.5 } },
    materials: defs,
    objects,
    lights,
    cameras: [{ id: 'overview', focalLengthMm: 24, position: [span * 0.35, span * 0.55, span * 0.6], target: [0, 0, 0], near: 0.5, far: span * 4 }],
    shots: [{ id: 'establishing', camera: 'overview', shotSize: 'EWS', angle: 'high', title: 'Level overview' }],
    budgets: { maxNodes: 1_000_000, maxTriangles: 100_000_000 },
  };
  let corridorCells = 0;
  for (const c of layout.cells) if (c === CORRIDOR) corridorCells++;
  return {
    spec,
    report: { rooms: layout.rooms.length, corridorCells, props: props.length, fixtures: fixtures.length, lights: lights.length, materials: names.length, links: layout.links.length },
  };
}
