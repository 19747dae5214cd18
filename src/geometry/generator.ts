/**
 * The contract of a geometry generator. Generators are registered by `type` in `registry.ts`; the spec's
 * `geometry` field is validated against the registered schemas, so adding a generator is one entry there.
 */
import type { z } from 'zod';
import type { MeshData } from './mesh.js';
import type { PbrParams } from '../scene/material.js';

export type Quat = [number, number, number, number];

export interface GenerateContext {
  /** Seed for this object's random choices: the spec seed mixed with the object's id. */
  seed: number;
  /** The spec's folder, for generators that read a file the spec names (validated to stay inside it). */
  baseDir?: string;
}

/** One mesh placed relative to the object's node; a generator may return many (props, arrays, levels). */
export interface GeneratedPart {
  mesh: MeshData;
  /** Material slot, e.g. `default`, `wood`, `metal`; objects map slots to materials. */
  slot: string;
  name?: string;
  /** A material the generator knows best (a voxel palette colour); used when the object names none. */
  material?: PbrParams;
  translation?: [number, number, number];
  rotation?: Quat;
  scale?: [number, number, number];
}

export interface Estimate {
  triangles: number;
  parts: number;
}

export interface GeometryGenerator<S extends z.ZodType = z.ZodType> {
  type: string;
  summary: string;
  /** Strict object schema including `type: z.literal(...)`. */
  schema: S;
  /** Material slots this generator fills, for documentation and slot validation. */
  slots: readonly string[];
  /** True when the output depends on the seed; such geometry is generated per object, not shared. */
  seeded?: boolean;
  /** Files the parameters refer to, with the extensions allowed; validation checks they stay in the spec's folder. */
  files?: (params: z.infer<S>) => { path: string; key: string; extensions: string[] }[];
  /** Expensive enough to keep on disk between runs (whole levels). */
  diskCache?: boolean;
  /** Async set-up (loading a WebAssembly library) the builder awaits before calling generate. */
  init?: () => Promise<unknown>;
  /** Material per slot when the object names none: preset ids (a function when they depend on parameters). */
  defaultMaterials?: Readonly<Record<string, string>> | ((params: z.infer<S>) => Readonly<Record<string, string>>);
  /** Cheap upper bound, used to enforce budgets before any geometry is generated. */
  estimate(params: z.infer<S>): Estimate;
  generate(params: z.infer<S>, ctx: GenerateContext): GeneratedPart[];
}

export function defineGenerator<S extends z.ZodType>(g: GeometryGenerator<S>): GeometryGenerator<S> {
  return g;
}
