/**
 * render: a scene (a SceneSpec, or any GLB) → frames with their passes and render.json, and the storyboard when
 * asked. One render session serves every frame; without one given, a session is opened and closed here.
 */
import path from 'node:path';
import type { SceneSpec } from '../scene/schema.js';
import { buildDocument } from '../gltf/build-scene.js';
import { toGlb } from '../gltf/write.js';
import { Canvas3dError } from '../core/errors.js';
import { checkOutputDir } from '../core/atomic.js';
import { inputFromGlb, renderShots, selectShots, type RenderInput, type RenderManifest, type RenderOptions } from '../render/render.js';
import { RenderSession } from '../render/session.js';
import { writeStoryboard, type StoryboardFiles } from '../render/storyboard.js';
import { validated } from './build.js';
import { checkAndRecord, checkWarnings, type FrameCheck, type SubjectInfo } from './frame-check.js';
import { subjectInfoFromSpec } from './checked-storyboard.js';
import { enterStage, stepStage, type PipelineOptions } from './progress.js';

export interface RenderSceneOptions extends PipelineOptions, Omit<RenderOptions, 'baseDir' | 'onFrame' | 'signal'> {
  /** A SceneSpec (JSON text or parsed value) or the bytes of a GLB. */
  scene: string | unknown | Uint8Array;
  /** Folder the scene's relative paths resolve against; default: the working directory. */
  baseDir?: string;
  /** Also lay the frames out as storyboard.html, .png and .pdf in `outDir`. */
  storyboard?: boolean;
  /** A session to reuse (the service keeps one warm); otherwise one is opened for this call. */
  session?: RenderSession;
}

export interface RenderSceneResult {
  manifest: RenderManifest;
  /** Every frame checked with its mask when one was rendered (subjects shown and sized as labelled), exposure always. */
  checks: FrameCheck[];
  /** The checks' findings, one line each ("shot-02 (MS): frame nearly black"). */
  warnings: string[];
  storyboard?: StoryboardFiles;
}

export async function renderScene(opts: RenderSceneOptions): Promise<RenderSceneResult> {
  const baseDir = opts.baseDir ?? process.cwd();
  checkOutputDir(opts.outDir);
  const { input, subjectInfo } = await renderInput(opts.scene, baseDir, opts);
  // Unknown shot ids are the caller's mistake: report them before a browser starts.
  selectShots(input, opts.shots);
  const session = opts.session ?? (await RenderSession.open());
  try {
    return await renderWith(session, input, subjectInfo, { ...opts, baseDir });
  } finally {
    if (!opts.session) await session.close();
  }
}

async function renderWith(session: RenderSession, input: RenderInput, subjectInfo: SubjectInfo | undefined, opts: RenderSceneOptions & { baseDir: string }): Promise<RenderSceneResult> {
  const { scene: _scene, session: _session, storyboard, onProgress: _p, ...renderOptions } = opts;
  enterStage(opts, 'render', 'rendering frames');
  const manifest = await renderShots(session, input, {
    ...renderOptions,
    onFrame: (e) => {
      if (e.phase === 'done') stepStage(opts, 'render', e.index + 1, e.total, `${e.shot} ${((e.ms ?? 0) / 1000).toFixed(1)} s`);
      else opts.onProgress?.({ stage: 'render', step: e.index, total: e.total, message: `rendering ${e.shot}` });
    },
  });
  const checks = await checkAndRecord(opts.outDir, manifest, subjectInfo);
  const result = { manifest, checks, warnings: checkWarnings(checks) };
  if (!storyboard) return result;
  enterStage(opts, 'storyboard', 'laying out the storyboard');
  return { ...result, storyboard: await writeStoryboard(opts.outDir, session) };
}

/**
 * What the renderer needs from a scene: a spec is validated and built in memory, a GLB read for its shots. A
 * spec also tells the frame check which subjects are people and how large the things are.
 */
async function renderInput(scene: string | unknown | Uint8Array, baseDir: string, opts: PipelineOptions = {}): Promise<{ input: RenderInput; subjectInfo?: SubjectInfo }> {
  if (scene instanceof Uint8Array) {
    try {
      return { input: await inputFromGlb(scene) };
    } catch (err) {
      throw new Canvas3dError('C3D_INPUT_INVALID', `not a readable GLB (${err instanceof Error ? err.message : String(err)})`, [], { cause: err });
    }
  }
  enterStage(opts, 'validate', 'checking the spec');
  const spec = validated(scene, baseDir);
  enterStage(opts, 'build', 'building the scene');
  return { input: await specRenderInput(spec, baseDir), subjectInfo: subjectInfoFromSpec(spec) };
}

/** A validated spec as render input: the scene built in memory, with its shots, cameras and environment. */
export async function specRenderInput(spec: SceneSpec, baseDir: string): Promise<RenderInput> {
  const { document } = await buildDocument(spec, { baseDir: path.resolve(baseDir) });
  return { glb: await toGlb(document), shots: spec.shots, cameraIds: spec.cameras.map((c) => c.id), environment: spec.environment, ...(spec.name ? { name: spec.name } : {}) };
}
