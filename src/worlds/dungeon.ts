/**
 * generateDungeon: a playable level as a SceneSpec — the level geometry, props placed room by room by the
 * theme's furnishing rules, light fixtures with their lights, a palette of K materials, and an overview camera.
 * Everything derives from the parameters and the seed.
 */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';
import type { SceneSpecInput } from '../scene/schema.js';
import { THEMES, THEME_IDS, type Theme } from '../geometry/level/themes.js';
import { levelLayout, resolveLevel, LevelParams, MAX_ROOMS } from '../geometry/level/level.js';
import { CORRIDOR, type Layout } from '../geometry/level/layout.js';
import { RoomPlacer, type Placed } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { QUALITY_LEVELS } from '../materials/quality.js';
import { mulberry32 } from '../core/random.js';
import { assignPropMaterials, palette, type Palette } from './dungeon-materials.js';
import { defaultPropCount, furnishRooms, idSequence, placeFixtures, roomArea, roomQuotas, type Fixtures } from './dungeon-furnish.js';

export { DungeonError } from './dungeon-furnish.js';

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

/** Reports each phase of generation (step of total); a caller's hook may throw to stop the work. */
export interface GenerateDungeonOptions {
  onStep?: (step: number, total: number, message: string) => void;
}

type SpecObject = NonNullable<SceneSpecInput['objects']>[number];

/** A placed prop as a scene object. Seeded props (rocks, skeletons, bookshelves) come in two variants per level, so repeats share meshes. */
function propObject(levelSeed: number, placed: Placed, materials: Record<string, string>, tags: string[]): SpecObject {
  return {
    id: placed.id,
    ...(getProp(placed.type)?.seeded ? { seed: (levelSeed + fnvSmall(placed.id)) % 2 } : {}),
    geometry: placed.params,
    position: placed.position.map((v) => Math.round(v * 1e4) / 1e4) as [number, number, number],
    rotation: [0, Math.round(placed.yawDeg * 100) / 100, 0] as [number, number, number],
    ...(Object.keys(materials).length ? { materials } : {}),
    tags: [...tags, `room-${placed.room}`, ...(placed.supportedBy ? [`on:${placed.supportedBy}`] : [])],
  };
}

interface Furnished extends Fixtures {
  props: Placed[];
  propMaterials: Record<string, string>[];
  palette: Palette;
}

/** The SceneSpec: the level, its fixtures and props, the lights, and an overview camera over the whole plan. */
function dungeonSpec(p: DungeonParams, theme: Theme, levelParams: LevelParams, layout: Layout, f: Furnished): SceneSpecInput {
  const objects: SpecObject[] = [{ id: 'level', geometry: levelParams, tags: ['level', theme.id], materials: {} }];
  for (const fixture of f.fixtures) objects.push(propObject(p.seed, fixture, {}, ['fixture', 'light-source']));
  f.props.forEach((placed, i) => objects.push(propObject(p.seed, placed, f.propMaterials[i]!, ['prop', placed.type])));
  const span = Math.max(layout.width, layout.depth);
  return {
    version: 1,
    name: `${theme.label}: ${p.rooms} rooms`,
    seed: p.seed,
    quality: p.quality,
    environment: { background: '#050505', ambient: { color: '#8090a0', intensity: 0.5 } },
    materials: f.palette.defs,
    objects,
    lights: f.lights,
    cameras: [{ id: 'overview', focalLengthMm: 24, position: [span * 0.35, span * 0.55, span * 0.6], target: [0, 0, 0], near: 0.5, far: span * 4 }],
    shots: [{ id: 'establishing', camera: 'overview', shotSize: 'EWS', angle: 'high', title: 'Level overview' }],
    budgets: { maxNodes: 1_000_000, maxTriangles: 100_000_000 },
  };
}

function dungeonReport(layout: Layout, f: Furnished): DungeonReport {
  let corridorCells = 0;
  for (const c of layout.cells) if (c === CORRIDOR) corridorCells++;
  return { rooms: layout.rooms.length, corridorCells, props: f.props.length, fixtures: f.fixtures.length, lights: f.lights.length, materials: f.palette.names.length, links: layout.links.length };
}

const STEPS = 4;

export function generateDungeon(input: z.input<typeof DungeonParams>, options: GenerateDungeonOptions = {}): { spec: SceneSpecInput; report: DungeonReport } {
  const step = options.onStep ?? (() => {});
  const p = DungeonParams.parse(input);
  const theme = THEMES[p.theme];
  step(1, STEPS, `laying out ${p.rooms} rooms`);
  const levelParams = LevelParams.parse({ type: 'level', theme: p.theme, rooms: p.rooms, seed: p.seed, ...(p.layout ? { layout: p.layout } : {}), ...(p.ceiling !== undefined ? { ceiling: p.ceiling } : {}) });
  const { shape } = resolveLevel(levelParams);
  const layout = levelLayout(levelParams);
  const random = mulberry32(p.seed ^ 0x9e3779b9);
  const areas = layout.rooms.map((room) => roomArea(layout, room, shape.wallThickness, shape.door.width));
  const placers = areas.map((a) => new RoomPlacer(a, mulberry32((p.seed * 31 + a.id) >>> 0)));
  const nextId = idSequence();
  step(2, STEPS, `placing ${p.lights} light fixtures`);
  const fixtures = placeFixtures(theme, placers, nextId, { count: p.lights, ceiling: shape.ceiling, wallHeight: shape.wallHeight });
  const wanted = p.props ?? defaultPropCount(theme, areas);
  step(3, STEPS, `furnishing the rooms with ${wanted} props`);
  const props = furnishRooms(theme, placers, roomQuotas(areas, wanted), random, nextId);
  step(4, STEPS, `dealing ${p.materials} materials`);
  const pal = palette(theme, p.materials);
  const furnished: Furnished = { ...fixtures, props, propMaterials: assignPropMaterials(theme, props, pal), palette: pal };
  return { spec: dungeonSpec(p, theme, levelParams, layout, furnished), report: dungeonReport(layout, furnished) };
}
