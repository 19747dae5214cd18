/**
 * buildDungeon: level parameters → a furnished, lit level as a glTF document. Generate the SceneSpec, validate
 * it, build it and optimise it (quantisation, optional LODs, meshopt, GPU instancing). The CLI's `dungeon`, the
 * service and the benchmarks all come through here; writing the document is the caller's.
 */
import type { Document } from '@gltf-transform/core';
import type { z } from 'zod';
import { Canvas3dError } from '../core/errors.js';
import { formatIssue, type Issue } from '../core/issues.js';
import { zodIssues } from '../core/zod-issues.js';
import type { SceneSpecInput } from '../scene/schema.js';
import { validateSpec } from '../validate/validate.js';
import { DungeonError, DungeonParams, generateDungeon, type DungeonReport } from '../worlds/dungeon.js';
import { optimizeDocument } from '../optimize/optimize.js';
import { buildDocument } from '../gltf/build-scene.js';
import type { CacheStats } from '../materials/cache.js';
import { enterStage, stepStage, StageTimer, type PipelineOptions } from './progress.js';

/** How the level is written, beyond what it contains. */
export interface DungeonOutputOptions {
  /**
   * Batch repeated props into EXT_mesh_gpu_instancing (then listed as required). Off by default: repeats are
   * nodes sharing one mesh, which every glTF loader reads.
   */
  gpuInstancing?: boolean;
  /** LOD chains (MSFT_lod) for repeated props. */
  lod?: boolean;
  /** Compress geometry with EXT_meshopt_compression. */
  meshopt?: boolean;
  /** Quantise positions, normals and UVs (KHR_mesh_quantization); on by default. */
  quantize?: boolean;
}

export type DungeonOptions = z.input<typeof DungeonParams> & DungeonOutputOptions;

export interface DungeonSummary extends DungeonReport {
  triangles: number;
  nodes: number;
  /** Distinct glTF meshes. */
  meshes: number;
  /** Mesh uses that repeat a mesh (shared by nodes, or in GPU instancing batches). */
  instances: number;
  /** Meshes given LOD chains, with `lod`. */
  lodMeshes?: number;
  textureCache: CacheStats;
}

export interface DungeonTimings {
  generateMs: number;
  validateMs: number;
  buildMs: number;
  optimizeMs: number;
}

export interface DungeonResult {
  document: Document;
  /** The generated SceneSpec, as written to `--spec`. */
  spec: SceneSpecInput;
  summary: DungeonSummary;
  timings: DungeonTimings;
}

/** A bad parameter, with the parameter's name as the issue path (`rooms`); shells name it their way (`--rooms`). */
function optionError(issues: Issue[], cause?: unknown): Canvas3dError {
  return new Canvas3dError('C3D_INPUT_INVALID', issues.map(formatIssue).join('\n'), issues, cause === undefined ? undefined : { cause });
}

function parseParams(params: z.input<typeof DungeonParams>): DungeonParams {
  const parsed = DungeonParams.safeParse(params);
  if (!parsed.success) throw optionError(zodIssues(parsed.error));
  return parsed.data;
}

function generate(params: DungeonParams, opts: PipelineOptions): ReturnType<typeof generateDungeon> {
  try {
    return generateDungeon(params, { onStep: (step, total, message) => stepStage(opts, 'generate', step, total, message) });
  } catch (err) {
    if (err instanceof DungeonError) throw optionError([{ path: err.path, message: err.message }], err);
    throw err;
  }
}

/** Generates, validates, builds and optimises a level; bad parameters throw C3D_INPUT_INVALID naming the option. */
export async function buildDungeon(options: DungeonOptions & PipelineOptions): Promise<DungeonResult> {
  const { gpuInstancing = false, lod = false, meshopt = false, quantize = true, onProgress, signal, ...params } = options;
  const opts: PipelineOptions = { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) };
  const timer = new StageTimer();
  enterStage(opts, 'generate', 'generating the level');
  const generated = generate(parseParams(params), opts);
  timer.lap('generateMs');
  enterStage(opts, 'validate', 'checking the generated spec');
  const valid = validateSpec(generated.spec);
  // The generator's output is ours: a spec it makes that does not validate is a bug, not the user's input.
  if (!valid.ok) throw new Error(`generated an invalid spec: ${valid.issues[0]!.path}: ${valid.issues[0]!.message}`);
  timer.lap('validateMs');
  enterStage(opts, 'build', 'building the glTF scene');
  const built = await buildDocument(valid.spec);
  timer.lap('buildMs');
  enterStage(opts, 'optimize', 'optimising');
  // The builder already shares meshes, accessors and textures, so dedup and prune would find nothing.
  const optimized = await optimizeDocument(built.document, { dedup: false, prune: false, instance: gpuInstancing ? 2 : 0, lod, meshopt, quantize });
  timer.lap('optimizeMs');
  const summary: DungeonSummary = {
    ...generated.report,
    triangles: optimized.after.triangles,
    nodes: optimized.after.nodes,
    meshes: optimized.after.meshes,
    instances: optimized.instances,
    ...(optimized.lod ? { lodMeshes: optimized.lod.meshes } : {}),
    textureCache: built.textureCache,
  };
  return { document: built.document, spec: generated.spec, summary, timings: timer.timings as unknown as DungeonTimings };
}
