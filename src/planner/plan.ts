/**
 * plan: a description → a SceneSpec with cameras and looks, the report and the image-model prompts. Pure apart
 * from the planner call (rules offline, or an LLM when configured): no rendering, no files.
 */
import type { SceneSpec, SceneSpecInput } from '../scene/schema.js';
import { validateSpec } from '../validate/validate.js';
import { objectBounds } from '../geometry/bounds.js';
import { Canvas3dError } from '../core/errors.js';
import type { BaseParams, Genre, SceneDescription } from './description.js';
import type { Planner } from './llm/provider.js';
import { rulesPlanner } from './rules/planner.js';
import { layoutScene, type LayoutResult } from './layout.js';
import { breakdown } from './breakdown.js';
import { structure } from './structure.js';
import { checkSpecContinuity } from './continuity.js';
import { buildReport, type Report } from './report.js';
import { fiboPrompt, type FiboPrompt } from './fibo.js';

export interface PlanOptions {
  text: string;
  frames?: number;
  genre?: Genre;
  params?: BaseParams;
  seed?: number;
  planner?: Planner;
  /** Where the storyboard folder keeps each shot's prompt and control images, for the links inside them. */
  paths?: ShotPaths;
}

/** Paths of a shot's files as seen from the prompt files and storyboard.json (the pipeline's folder layout). */
export interface ShotPaths {
  prompt(shotId: string): string;
  /** Relative to the prompt file. */
  controlImages(shotId: string): { depth: string; mask: string };
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
  shots: { id: string; index: number; size: string; angle: string; subjects: string[]; description: string; duration_s: number; focal_length_mm: number; camera: string; frame?: string; prompt?: string }[];
}

/** Everything but the files: description → SceneSpec, report, prompts. Pure apart from the planner call. */
export async function plan(opts: PlanOptions): Promise<Plan> {
  const seed = opts.seed ?? 1;
  const planner = opts.planner ?? rulesPlanner;
  const planned = await planner.plan({ text: opts.text, seed, ...(opts.frames ? { frames: opts.frames } : {}), ...(opts.genre ? { genre: opts.genre } : {}), ...(opts.params ? { params: opts.params } : {}) });
  const description = planned.description;
  const warnings = [...planned.warnings, ...description.warnings];
  const layout = layoutScene(description, seed);
  warnings.push(...layout.warnings);
  const shots = breakdown(placedOnly(description, layout), { ...(opts.frames ? { frames: opts.frames } : {}), ...(opts.params ? { params: opts.params } : {}) });
  const structured = structure(description, layout, shots, opts.params ?? {});
  warnings.push(...structured.warnings);
  const specInput: SceneSpecInput = { ...structured.spec, ...(description.title ? { name: description.title.slice(0, 200) } : {}), description: opts.text.slice(0, 10_000) };
  const v = validateSpec(specInput);
  if (!v.ok) throw new Canvas3dError('C3D_INTERNAL', `the planner produced an invalid scene (please report it): ${v.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ')}`, v.issues);
  const spec = v.spec;
  const continuity = checkSpecContinuity(spec);
  const bounds = objectBounds(spec);
  const report = buildReport({ desc: description, spec, instances: layout.instances, lighting: structured.lighting, grade: structured.grade, continuity, warnings, planner: planned.provider, bounds });
  const prompts = new Map<string, FiboPrompt>();
  for (const s of spec.shots) {
    prompts.set(s.id, fiboPrompt({ spec, desc: description, instances: layout.instances, bounds, shotId: s.id, lightingPreset: structured.lighting.id, gradePreset: structured.grade.id, ...(opts.paths ? { controlImages: opts.paths.controlImages(s.id) } : {}) }));
  }
  const storyboard: StoryboardJson = {
    title: description.title ?? 'Storyboard',
    shots: spec.shots.map((s, index) => {
      const cam = spec.cameras.find((c) => c.id === s.camera)!;
      return { id: s.id, index: index + 1, size: s.shotSize ?? 'MS', angle: s.angle ?? 'eye', subjects: s.subjects, description: s.description ?? '', duration_s: s.durationS ?? 3, focal_length_mm: Math.round((cam.focalLengthMm ?? 35) * 10) / 10, camera: cam.id, ...(opts.paths ? { prompt: opts.paths.prompt(s.id) } : {}) };
    }),
  };
  return { description, layout, spec, specInput, report, prompts, storyboard, warnings };
}

/** The description as the set has it: what layout could not fit is no shot's subject (no frame aimed at nothing). */
function placedOnly(desc: SceneDescription, layout: LayoutResult): SceneDescription {
  const placed = new Set(layout.instances.map((i) => i.entity));
  if (desc.entities.every((e) => placed.has(e.id))) return desc;
  return {
    ...desc,
    entities: desc.entities.filter((e) => placed.has(e.id)),
    relations: desc.relations.filter((r) => placed.has(r.subject) && (!r.object || placed.has(r.object))),
    beats: desc.beats.map((b) => ({
      ...b,
      subjects: b.subjects.filter((id) => placed.has(id)),
      ...(b.direction ? { direction: { ...b.direction, subjects: b.direction.subjects.filter((id) => placed.has(id)) } } : {}),
    })),
  };
}
