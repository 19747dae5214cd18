/**
 * generate: a description → a storyboard folder (layout in storyboard-layout.ts). Plan (the planner, pure), build
 * the GLB, write the prompts and the report, render the frames, check each against its mask (frame-check.ts) and
 * lay out the storyboard — reporting progress by stage and frame, and stopping between stages or frames when the
 * signal aborts.
 */
import { checkOutputDir, writeFilesAtomic } from '../core/atomic.js';
import { buildDocument } from '../gltf/build-scene.js';
import { toGlb } from '../gltf/write.js';
import type { RenderSession } from '../render/session.js';
import { renderShots, type RenderManifest } from '../render/render.js';
import { writeStoryboard } from '../render/storyboard.js';
import type { RenderQuality } from '../render/quality.js';
import { plan, type Plan, type PlanOptions } from '../planner/plan.js';
import { enterStage, stepStage, StageTimer, type PipelineOptions } from './progress.js';
import { cardNotes, checkAndRecord, checkWarnings, type FrameCheck } from './frame-check.js';
import { subjectInfoFrom, withChecks, type CheckedStoryboard } from './checked-storyboard.js';
import { SHOT_PATHS, framePath, storyboardLayout, toJson, type StoryboardLayout } from './storyboard-layout.js';

export interface GenerateOptions extends Omit<PlanOptions, 'paths'>, PipelineOptions {
  outDir: string;
  /** Render frames and the storyboard (default true; needs a session). */
  render?: boolean;
  /** Lay the rendered frames out as storyboard.html/.png/.pdf (default true); the frames and JSON are written either way. */
  sheet?: boolean;
  /** The render session, or its opening: a browser starting while the planner and the builder run. */
  session?: RenderSession | Promise<RenderSession>;
  width?: number;
  height?: number;
  quality?: RenderQuality;
}

/** storyboard.json as generate writes it: each rendered shot carries its frame check. */
export type GeneratedStoryboard = CheckedStoryboard;

export interface GenerateResult extends Plan {
  storyboard: GeneratedStoryboard;
  files: string[];
  timings: Record<string, number>;
  /** One per rendered frame; empty when nothing was rendered. */
  checks: FrameCheck[];
}

/** The plan with the storyboard folder's links, for callers that want everything but the files. */
export function planStoryboard(opts: Omit<PlanOptions, 'paths'>): Promise<Plan> {
  return plan({ ...opts, paths: SHOT_PATHS });
}

export async function generateStoryboard(opts: GenerateOptions): Promise<GenerateResult> {
  const timer = new StageTimer();
  checkOutputDir(opts.outDir);
  enterStage(opts, 'plan', 'planning the scene and the shots');
  const p = await planStoryboard(opts);
  timer.lap('planMs');
  enterStage(opts, 'build', 'building the scene');
  const { document } = await buildDocument(p.spec, { baseDir: opts.outDir });
  const glb = await toGlb(document);
  timer.lap('buildMs');
  const layout = storyboardLayout(opts.outDir);
  const files = sceneFiles(layout, p, glb);
  let checks: FrameCheck[] = [];
  if (opts.render !== false && opts.session) {
    const session = await opts.session;
    const manifest = await renderFrames(session, layout, p, glb, opts);
    timer.lap('renderMs');
    checks = await checkAndRecord(layout.frames, manifest, subjectInfoFrom(p.report.objects));
    timer.lap('checkMs');
    if (opts.sheet !== false) {
      enterStage(opts, 'storyboard', 'laying out the storyboard');
      await writeStoryboard(layout.dir, session, { framesDir: layout.frames, title: p.storyboard.title, notes: cardNotes(checks) });
      timer.lap('storyboardMs');
    }
  }
  const found = checkWarnings(checks);
  const report = { ...p.report, warnings: [...p.report.warnings, ...found] };
  const storyboard = withChecks(p.storyboard, checks);
  files.push({ path: layout.storyboard, data: toJson(storyboard) }, { path: layout.report, data: toJson({ ...report, timings: timer.timings }) });
  enterStage(opts, 'write', `writing ${layout.dir}`);
  writeFilesAtomic(files);
  return { ...p, report, storyboard, warnings: [...p.warnings, ...found], files: files.map((f) => f.path), timings: timer.timings, checks };
}

function sceneFiles(layout: StoryboardLayout, p: Plan, glb: Uint8Array): { path: string; data: Uint8Array | string }[] {
  return [
    { path: layout.scene, data: toJson(p.specInput) },
    { path: layout.glb, data: glb },
    { path: layout.description, data: toJson(p.description) },
    ...[...p.prompts].map(([id, prompt]) => ({ path: layout.prompt(id), data: toJson(prompt) })),
  ];
}

async function renderFrames(session: RenderSession, layout: StoryboardLayout, p: Plan, glb: Uint8Array, opts: GenerateOptions): Promise<RenderManifest> {
  enterStage(opts, 'render', 'rendering frames', p.spec.shots.length);
  const manifest = await renderShots(
    session,
    { glb, shots: p.spec.shots, cameraIds: p.spec.cameras.map((c) => c.id), environment: p.spec.environment, ...(p.spec.name ? { name: p.spec.name } : {}) },
    {
      outDir: layout.frames,
      width: opts.width ?? 1280,
      height: opts.height ?? 720,
      quality: opts.quality ?? 'preview',
      passes: ['depth', 'mask'],
      baseDir: layout.dir,
      ...(opts.signal ? { signal: opts.signal } : {}),
      onFrame: (e) => e.phase === 'start' && stepStage(opts, 'render', e.index + 1, e.total, e.shot),
    },
  );
  for (const s of p.storyboard.shots) s.frame = framePath(manifest.shots.find((m) => m.id === s.id)?.files.png ?? `${s.id}.png`);
  return manifest;
}

