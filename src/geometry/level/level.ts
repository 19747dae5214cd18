/**
 * The `level` generator: a whole floor plan — rooms, corridors, doorways — as three meshes (floor, wall,
 * ceiling). Parameters and seed fully determine the layout, so `levelLayout(params)` gives the same plan the
 * geometry was built from (props are placed against it).
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { defineGenerator } from '../generator.js';
import { loadManifold } from '../csg.js';
import { generateLayout } from './generators.js';
import { levelMeshes, type LevelShape } from './geometry.js';
import { THEMES, THEME_IDS } from './themes.js';
import type { Layout } from './layout.js';

export const MAX_ROOMS = 5000;

export const LevelParams = strictObject({
  type: z.literal('level'),
  theme: z.enum(THEME_IDS).default('dungeon'),
  layout: z.enum(['rooms', 'bsp', 'caves']).optional().describe('rooms-and-corridors, BSP or cellular caves; the theme\'s choice when absent'),
  rooms: z.number().int().min(1).max(MAX_ROOMS).default(12),
  roomSize: z.tuple([z.number().int().min(3).max(60), z.number().int().min(3).max(60)]).optional().describe('[min, max] room edge in metres'),
  corridorWidth: z.number().int().min(1).max(8).optional().describe('metres'),
  wallHeight: z.number().min(1.5).max(30).optional(),
  wallThickness: z.number().min(0.05).max(3).optional(),
  floorThickness: z.number().min(0.05).max(3).optional(),
  ceiling: z.boolean().optional(),
  doorWidth: z.number().min(0.5).max(8).optional(),
  doorHeight: z.number().min(1).max(20).optional(),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
}).refine((p) => !p.roomSize || p.roomSize[0] <= p.roomSize[1], { message: 'min must not exceed max', path: ['roomSize'] });

export type LevelParams = z.infer<typeof LevelParams>;

/** Every level parameter with the theme's defaults filled in. */
export function resolveLevel(p: LevelParams) {
  const t = THEMES[p.theme];
  const shape: LevelShape = {
    wallHeight: p.wallHeight ?? t.wallHeight,
    wallThickness: p.wallThickness ?? t.wallThickness,
    floorThickness: p.floorThickness ?? t.floorThickness,
    ceiling: p.ceiling ?? t.ceiling,
    door: { width: p.doorWidth ?? t.door.width, height: p.doorHeight ?? t.door.height },
  };
  return {
    theme: t,
    shape,
    layout: { layout: p.layout ?? t.layout, rooms: p.rooms, roomSize: p.roomSize ?? t.roomSize, corridorWidth: p.corridorWidth ?? t.corridorWidth, seed: p.seed },
  };
}

// Layouts are pure functions of their parameters; the last few are kept so placing props and building
// geometry for the same level plan it once.
const recent = new Map<string, Layout>();
export function levelLayout(p: LevelParams): Layout {
  const r = resolveLevel(p);
  const key = JSON.stringify(r.layout);
  let layout = recent.get(key);
  if (!layout) {
    layout = generateLayout(r.layout);
    recent.set(key, layout);
    if (recent.size > 8) recent.delete(recent.keys().next().value!);
  }
  return layout;
}

export const level = defineGenerator({
  type: 'level',
  summary: 'A level: rooms and corridors (or BSP rooms, or caves) with floors, walls with doorways and ceilings.',
  slots: ['floor', 'wall', 'ceiling'],
  defaultMaterials: (p: LevelParams) => THEMES[p.theme].materials,
  init: loadManifold,
  diskCache: true,
  schema: LevelParams,
  estimate: (p) => {
    const r = resolveLevel(p);
    const [, hi] = r.layout.roomSize;
    // Per room: floor, ceiling, four walls with doors cut, plus its share of corridor slabs and walls.
    return { triangles: p.rooms * (12 * 8 + 200 + hi * 40), parts: 3 };
  },
  generate: (p) => {
    const r = resolveLevel(p);
    return levelMeshes(levelLayout(p), r.shape);
  },
});
