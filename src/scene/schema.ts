/**
 * SceneSpec v1: the one contract between planner, builder, renderer, CLI and service. Metres, Y up, angles in
 * degrees, every random choice driven by `seed`.
 */
import { z } from 'zod';
import { strictObject, Id, Name, Text, int } from '../core/zod.js';
import { Shot } from './shot.js';
import { Environment } from './environment.js';
import { MaterialSpec } from './material.js';
import { sceneObjectSchema, GeometryRef, type GeometryParams } from './object.js';
import { Light } from './light.js';
import { Camera } from './camera.js';
import { QUALITY_LEVELS } from './quality.js';
import { FilePath } from '../core/zod.js';

export const SPEC_VERSION = 1;

export const Budgets = strictObject({
  maxNodes: int(1, 1_000_000).default(20_000),
  maxTriangles: int(1, 100_000_000).default(5_000_000),
  maxTextureSize: int(16, 16_384).default(4096).describe('largest texture edge in pixels'),
}).describe('limits the builder enforces before doing the work');
export type Budgets = z.infer<typeof Budgets>;

export { Shot, ShotSize, ShotAngle, ShotComposition } from './shot.js';

const MAX_ITEMS = 10_000;

/** The spec schema with the given geometry schema; validate/ passes the generator registry's union. */
export function sceneSpecSchema(geometry: z.ZodType<GeometryParams> = GeometryRef) {
  const SceneObject = sceneObjectSchema(geometry);
  return strictObject({
  $schema: z.string().max(1024).optional(),
  version: z.literal(SPEC_VERSION, { error: `unsupported version; this engine reads version ${SPEC_VERSION}` }),
  name: Name.optional(),
  description: Text.optional(),
  seed: int(0, 2 ** 32 - 1).default(0),
  quality: z.enum(QUALITY_LEVELS).default('balanced').describe('texture resolution, maps and material extensions emitted'),
  libraries: z.array(FilePath).max(64).default([]).describe('JSON material libraries (canvas3d materials export --format json), relative to the spec'),
  environment: Environment.default(Environment.parse({})),
  materials: z.record(Id, MaterialSpec).default({}).describe('named materials, referenced by objects'),
  objects: z.array(SceneObject).max(MAX_ITEMS).default([]),
  lights: z.array(Light).max(MAX_ITEMS).default([]),
  cameras: z.array(Camera).max(MAX_ITEMS).default([]),
  shots: z.array(Shot).max(MAX_ITEMS).default([]),
  budgets: Budgets.default(Budgets.parse({})),
  });
}

/** The contract's own schema: everything but each generator's parameters, which validate/ checks. */
export const SceneSpec = sceneSpecSchema();

/** A spec as written (defaults optional). */
export type SceneSpecInput = z.input<typeof SceneSpec>;
/** A validated spec with every default filled in. */
export type SceneSpec = z.infer<typeof SceneSpec>;
