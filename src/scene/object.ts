/**
 * Scene objects: a node tree. Each node has a transform, optional geometry named by a generator `type`, and
 * material references by slot. The contract knows geometry only as `{ type, …params }`; the generator registry
 * (geometry/) owns each type's parameter schema, and validate/ composes the two (`sceneObjectSchema(Geometry)`).
 */
import { z } from 'zod';
import { strictObject, Id, Name, Tags, Vec3, EulerDeg, Scale } from '../core/zod.js';

/** A generator's parameters: its `type` and whatever its own schema defines. */
export type GeometryParams = { type: string } & Record<string, unknown>;

/** Geometry as the contract alone can check it; validate/ checks the parameters against the named generator. */
export const GeometryRef = z.looseObject({ type: z.string().min(1).max(64) }) as unknown as z.ZodType<GeometryParams>;

export interface SceneObject {
  id?: string | undefined;
  name?: string | undefined;
  position: [number, number, number];
  rotation?: [number, number, number] | undefined;
  lookAt?: [number, number, number] | undefined;
  scale: number | [number, number, number];
  geometry?: GeometryParams | undefined;
  material?: string | undefined;
  materials: Record<string, string>;
  castShadow: boolean;
  receiveShadow: boolean;
  tags: string[];
  /** Seed for seeded generators (rocks, trees): objects with the same seed and parameters share one mesh. */
  seed?: number | undefined;
  children: SceneObject[];
}

export const MAX_CHILDREN = 10_000;

/** The object schema with the given geometry schema (the registry's full union, or the contract's `GeometryRef`). */
export function sceneObjectSchema(geometry: z.ZodType<GeometryParams>): z.ZodType<SceneObject> {
  const SceneObject: z.ZodType<SceneObject> = strictObject({
  id: Id.optional().describe('unique id; generated from the path when absent'),
  name: Name.optional(),
  position: Vec3.default([0, 0, 0]),
  rotation: EulerDeg.optional(),
  lookAt: Vec3.optional().describe('turn the object so its +Z axis points at this point (instead of rotation)'),
  scale: Scale.default(1),
  geometry: geometry.optional(),
  material: Id.optional().describe('material for every slot: a name from `materials` or a preset id'),
  materials: z.record(Id, Id).default({}).describe('material per slot, e.g. { "wood": "oak", "metal": "iron" }'),
  castShadow: z.boolean().default(true),
  receiveShadow: z.boolean().default(true),
  tags: Tags.default([]),
  seed: z.number().int().min(0).max(2 ** 32 - 1).optional().describe('seed for seeded generators; by default one derived from the spec seed and the object id'),
  get children(): z.ZodDefault<z.ZodArray<z.ZodType<SceneObject>>> {
    return z.array(SceneObject).max(MAX_CHILDREN).default([]);
  },
}).refine((o) => !(o.rotation && o.lookAt), { message: 'give rotation or lookAt, not both', path: ['lookAt'] }) as unknown as z.ZodType<SceneObject>;
  return SceneObject;
}

export const SceneObject = sceneObjectSchema(GeometryRef);
