/**
 * generate: a description → a storyboard folder. Plan (rules offline, or an LLM when configured), lay out the
 * set, break the beats into shots, structure one SceneSpec with cameras and looks, check continuity, build the
 * GLB, write the prompts and the report, render the frames and lay out the storyboard.
 *
 *   <dir>/scene.json  storyboard.json  scene.glb  report.json  prompts/<shot>.json
 *   <dir>/frames/<shot>.png .depth.png .depth.exr .mask.png .mask.json  render.json
 *   <dir>/storyboard.html  storyboard.png  storyboard.pdf
 */
import path from 'node:path';
import type { SceneSpec, SceneSpecInput } from '../scene/schema.js';
import { validateSpec } from '../validate/validate.js';
import { buildScene } from '../gltf/build-scene.js';
import { toGlb } from '../gltf/write.js';
import { objectBounds } from '../geometry/bounds.js';
import { writeFilesAtomic } from '../core/atomic.js';
import type { RenderSession } from '../render/session.js';
import { renderShots } from '../render/render.js';
import { writeStoryboard } from '../render/storyboard.js';
import type { RenderQuality } from '../render/quality.js';
import type { BaseParams, Genre, SceneDescription } from '../planner/description.js';
import type { Planner } from '../planner/llm/provider.js';
import { rulesPlanner } from '../planner/rules/planner.js';
import { layoutScene, type LayoutResult } from '../planner/layout.js';
import { breakdown } from '../planner/breakdown.js';
import { structure } from '../planner/structure.js';
import { checkSpecContinuity } from '../planner/continuity.js';
import { buildReport, type Report } from '../planner/report.js';
import { fiboPrompt, type FiboPrompt } from '../planner/fibo.js';

export interface GenerateOptions {
  text: string;
  outDir: string;
  frames?: number;
  genre?: Genre;
  params?: BaseParams;
  seed?: number;
  /** Render frames and the storyboard (default true; needs a session). */
  render?: boolean;
  session?: RenderSession;
  planner?: Planner;
  width?: number;
  height?: number;
  quality?: RenderQuality;
  onProgress?: (stage: string, detail?: string) => void;
}

export interface Plan {
  description: SceneDescription;
  layout: LayoutResult;
  spec: SceneSpec;
  specInput: SceneSpecInput;
  report: Report;
  prompts: Map<string, FiboPrompt>;
  storyboard: StoryboardJson;
  warnings: string[];
}

export interface StoryboardJson {
  title: string;
  shots: { id: string; index: number; size: string; angle: string; subjects: string[]; description: string; duration_s: number; focal_length_mm: number; camera: string; frame?: string; prompt: string }[];
}

export interface GenerateResult extends Plan {
  files: string[];
  timings: Record<string, number>;
}

/** Everything but the files: description → SceneSpec, report, prompts. Pure apart from the planner call. */
export async function plan(opts: Omit<GenerateOptions, 'outDir' | 'session'>): Promise<Plan> {
  const seed = opts.seed ?? 1;
  const planner = opts.planner ?? rulesPlanner;
  const planned = await planner.plan({ text: opts.text, seed, ...(opts.frames ? { frames: opts.frames } : {}), ...(opts.genre ? { genre: opts.genre } : {}), ...(opts.params ? { params: opts.params } : {}) });
  const description = planned.description;
  const warnings = [...planned.warnings, ...description.warnings];
  const layout = layoutScene(description, seed);
  warnings.push(...layout.warnings);
  const shots = breakdown(description, { ...(opts.frames ? { frames: opts.frames } : {}), ...(opts.params ? { params: opts.params } : {}) });
  const structured = structure(description, layout, shots, opts.params ?? {});
  warnings.push(...structured.warnings);
  const specInput: SceneSpecInput = { ...structured.spec, ...(description.title ? { name: description.title.slice(0, 200) } : {}), description: opts.text.slice(0, 10_000) };
  const v = validateSpec(specInput);
  if (!v.ok) throw new Error(`the planner produced an invalid scene (please report it): ${v.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const spec = v.spec;
  const continuity = checkSpecContinuity(spec);
  const bounds = objectBounds(spec);
  const report = buildReport({ desc: description, spec, instances: layout.instances, lighting: structured.lighting, grade: structured.grade, continuity, warnings, planner: planned.provider, bounds });
  const prompts = new Map<string, FiboPrompt>();
  for (const s of spec.shots) {
    prompts.set(s.id, fiboPrompt({ spec, desc: description, instances: layout.instances, bounds, shotId: s.id, lightingPreset: structured.lighting.id, gradePreset: structured.grade.id, controlImages: { depth: `../frames/${s.id}.depth.png`, mask: `../frames/${s.id}.mask.png` } }));
  }
  const storyboard: StoryboardJson = {
    title: description.title ?? 'Storyboard',
    shots: spec.shots.map((s, index) => {
      const cam = spec.cameras.find((c) => c.id === s.camera)!;
      return { id: s.id, index: index + 1, size: s.shotSize ?? 'MS', angle: s.angle ?? 'eye', subjects: s.subjects, description: s.description ?? '', duration_s: s.durationS ?? 3, focal_length_mm: Math.round((cam.focalLengthMm ?? 35) * 10) / 10, camera: cam.id, prompt: `prompts/${s.id}.json` };
    }),
  };
  return { description, layout, spec, specInput, report, prompts, storyboard, warnings };
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

export async function generate(opts: GenerateOptions): Promise<GenerateResult> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };
  opts.onProgress?.('plan');
  const p = await plan(opts);
  lap('planMs');
  opts.onProgress?.('build');
  const { document } = await buildScene(p.spec, { baseDir: opts.outDir });
  const glb = await toGlb(document);
  lap('buildMs');
  const dir = opts.outDir;
  const files: { path: string; data: Uint8Array | string }[] = [
    { path: path.join(dir, 'scene.json'), data: json(p.specInput) },
    { path: path.join(dir, 'scene.glb'), data: glb },
    { path: path.join(dir, 'description.json'), data: json(p.description) },
    ...[...p.prompts].map(([id, prompt]) => ({ path: path.join(dir, 'prompts', `${id}.json`), data: json(prompt) })),
  ];
  if (opts.render !== false && opts.session) {
    opts.onProgress?.('render');
    const framesDir = path.join(dir, 'frames');
    const manifest = await renderShots(
      opts.session,
      { glb, shots: p.spec.shots, cameraIds: p.spec.cameras.map((c) => c.id), environment: p.spec.environment, ...(p.spec.name ? { name: p.spec.name } : {}) },
      { outDir: framesDir, width: opts.width ?? 1280, height: opts.height ?? 720, quality: opts.quality ?? 'preview', passes: ['depth', 'mask'], baseDir: dir, onFrame: (e) => e.phase === 'start' && opts.onProgress?.('frame', `${e.index + 1}/${e.total} ${e.shot}`) },
    );
    for (const s of p.storyboard.shots) s.frame = `frames/${manifest.shots.find((m) => m.id === s.id)?.files.png ?? `${s.id}.png`}`;
    lap('renderMs');
    opts.onProgress?.('storyboard');
    await writeStoryboard(dir, opts.session, { framesDir, title: p.storyboard.title });
    lap('storyboardMs');
  }
  files.push({ path: path.join(dir, 'storyboard.json'), data: json(p.storyboard) }, { path: path.join(dir, 'report.json'), data: json({ ...p.report, timings }) });
  writeFilesAtomic(files);
  return { ...p, files: files.map((f) => f.path), timings };
}
