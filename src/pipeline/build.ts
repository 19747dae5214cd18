/**
 * build: a SceneSpec (JSON text or a parsed value) → a validated spec and a glTF document, written to a .glb or
 * .gltf when asked. The CLI's `build`, the service's build jobs and generate all come through here.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { checkOutputDir } from '../core/atomic.js';
import type { Document } from '@gltf-transform/core';
import type { SceneSpec } from '../scene/schema.js';
import { SpecError } from '../core/errors.js';
import { validateSpec, validateSpecText } from '../validate/validate.js';
import { buildDocument, type BuildStats } from '../gltf/build-scene.js';
import { writeDocument } from '../gltf/write.js';
import { enterStage, StageTimer, type PipelineOptions } from './progress.js';

export interface BuildSceneOptions extends PipelineOptions {
  /** The spec: JSON text as read from a file or request, or an already-parsed value. */
  spec: string | unknown;
  /** Folder the spec's relative paths (textures, HDRIs, LUTs, libraries) resolve against; default: the working directory. */
  baseDir?: string;
  /** Write the scene here: `.glb`, or `.gltf` with its `.bin` and images; atomically. */
  output?: string;
}

export interface BuildSceneResult {
  spec: SceneSpec;
  document: Document;
  stats: BuildStats;
  /** Files written (empty without `output`) and their total size. */
  files: string[];
  bytes: number;
  timings: { validateMs: number; buildMs: number; writeMs: number };
}

/** Validates, builds and optionally writes; a spec that does not validate throws a SpecError with every issue. */
export async function buildScene(opts: BuildSceneOptions): Promise<BuildSceneResult> {
  const timer = new StageTimer();
  const baseDir = opts.baseDir ?? process.cwd();
  if (opts.output) checkOutputDir(path.dirname(path.resolve(opts.output)));
  enterStage(opts, 'validate', 'checking the spec');
  const spec = validated(opts.spec, baseDir);
  timer.lap('validateMs');
  enterStage(opts, 'build', 'building the glTF scene');
  const built = await buildDocument(spec, { baseDir });
  timer.lap('buildMs');
  let files: string[] = [];
  if (opts.output) {
    enterStage(opts, 'write', `writing ${opts.output}`);
    files = await writeDocument(built.document, opts.output);
  }
  timer.lap('writeMs');
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  return { spec, document: built.document, stats: built.stats, files, bytes, timings: timer.timings as BuildSceneResult['timings'] };
}

/** The spec with every default filled in, or a SpecError carrying every issue. */
export function validated(spec: string | unknown, baseDir: string): SceneSpec {
  const result = typeof spec === 'string' ? validateSpecText(spec, { baseDir }) : validateSpec(spec, { baseDir });
  if (!result.ok) throw new SpecError(result.issues);
  return result.spec;
}
