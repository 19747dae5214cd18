/**
 * refine and undo: a generated storyboard folder as a working copy. Refinements apply to its scene.json, keep an
 * undo history (history.json plus a snapshot of the scene before each change) and bring the GLB, report,
 * prompts, frames and storyboard up to date for the shots that changed. File names come from storyboard-layout.
 */
import { existsSync, readFileSync, copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SceneSpec, SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { buildDocument } from '../gltf/build-scene.js';
import { toGlb } from '../gltf/write.js';
import { objectBounds } from '../geometry/bounds.js';
import { writeFilesAtomic, makeOutputDir } from '../core/atomic.js';
import type { RenderSession } from '../render/session.js';
import { renderShots } from '../render/render.js';
import { writeStoryboard } from '../render/storyboard.js';
import { SceneDescription } from '../planner/description.js';
import { refineSpec, RefineError, type RefineChange, type RefineResult } from '../planner/refine.js';
import { checkSpecContinuity } from '../planner/continuity.js';
import { buildReport, type Report } from '../planner/report.js';
import { fiboPrompt } from '../planner/fibo.js';
import type { Instance } from '../planner/layout.js';
import type { StoryboardJson } from '../planner/plan.js';
import { SHOT_PATHS, storyboardLayout, toJson as json, type StoryboardLayout } from './storyboard-layout.js';
import { enterStage, type PipelineOptions } from './progress.js';
import { checkAndRecord } from './frame-check.js';
import { storedCardNotes, subjectInfoFrom, withCheckWarnings, withChecks } from './checked-storyboard.js';

export interface HistoryEntry {
  n: number;
  at: string;
  shot: string | null;
  feedback: string;
  scope: 'shot' | 'scene';
  changes: RefineChange[];
  notes: string[];
  /** The scene before this change, relative to the folder. */
  snapshot: string;
}

function readJson<T>(file: string, what: string): T {
  if (!existsSync(file)) throw new RefineError(`${path.dirname(file)}: no ${path.basename(file)} — is this a folder written by canvas3d generate?`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    throw new RefineError(`${file}: ${what} is not valid JSON`);
  }
}

export function readHistory(dir: string): HistoryEntry[] {
  const file = storyboardLayout(dir).history;
  return existsSync(file) ? readJson<HistoryEntry[]>(file, 'the history') : [];
}

/** Instances for the report and prompts, rebuilt from the report's objects and the scene as it now stands. */
function instancesFrom(report: Report, spec: ReturnType<typeof parseSpec>): Instance[] {
  const bounds = objectBounds(spec);
  return report.objects.flatMap((o) => {
    const obj = spec.objects.find((x) => x.id === o.id);
    const b = bounds.get(o.id);
    if (!obj || !b) return [];
    return [{ id: o.id, entity: o.id.replace(/-\d+$/, ''), kind: o.kind, name: o.name, ...(o.material ? { materialPreset: o.material } : {}), supportedBy: o.supported_by, furnishing: false, placed: { id: o.id, type: o.kind, params: obj.geometry as never, position: obj.position, yawDeg: obj.rotation?.[1] ?? 0, bounds: { min: b.min, max: b.max }, supportedBy: o.supported_by, relation: o.supported_by ? 'on' : 'floor', room: 0 } } as Instance];
  });
}

/** Brings everything derived from scene.json up to date; re-renders `shots` when a session is given. */
async function refresh(layout: StoryboardLayout, specInput: SceneSpecInput, shots: string[], opts: FolderOptions, extra: { path: string; data: string }[]): Promise<void> {
  enterStage(opts, 'build', 'rebuilding the scene');
  const spec = parseSpec(specInput, { baseDir: layout.dir });
  const description = SceneDescription.parse(readJson(layout.description, 'the description'));
  const old = readJson<Report>(layout.report, 'the report');
  const instances = instancesFrom(old, spec);
  const bounds = objectBounds(spec);
  const report = refreshedReport(spec, description, old, instances, bounds);
  const { document } = await buildDocument(spec, { baseDir: layout.dir });
  const glb = await toGlb(document);
  const files: { path: string; data: Uint8Array | string }[] = [{ path: layout.scene, data: json(specInput) }, { path: layout.glb, data: glb }, { path: layout.report, data: json(report) }, { path: layout.description, data: json(description) }, ...extra];
  for (const s of spec.shots) {
    files.push({ path: layout.prompt(s.id), data: json(fiboPrompt({ spec, desc: description, instances, bounds, shotId: s.id, lightingPreset: report.lighting_preset, gradePreset: report.grade_preset, controlImages: SHOT_PATHS.controlImages(s.id) })) });
  }
  const sb = refreshedStoryboard(readJson<StoryboardJson>(layout.storyboard, 'the storyboard'), spec);
  files.push({ path: layout.storyboard, data: json(sb) });
  enterStage(opts, 'write', `writing ${layout.dir}`);
  writeFilesAtomic(files);
  if (opts.session && existsSync(layout.renderManifest) && shots.length) {
    enterStage(opts, 'render', `re-rendering ${shots.join(', ')}`, shots.length);
    const manifest = await renderShots(opts.session, { glb, shots: spec.shots, cameraIds: spec.cameras.map((c) => c.id), environment: spec.environment }, { outDir: layout.frames, shots, passes: ['depth', 'mask'], baseDir: layout.dir, merge: true, ...frameSize(layout), ...(opts.signal ? { signal: opts.signal } : {}) });
    // The new frames are checked as generate checked the first ones; their verdicts replace the old.
    const checks = await checkAndRecord(layout.frames, manifest, subjectInfoFrom(report.objects), shots);
    const checked = withChecks(sb, checks);
    writeFilesAtomic([{ path: layout.storyboard, data: json(checked) }, { path: layout.report, data: json({ ...report, warnings: withCheckWarnings(report.warnings, checks) }) }]);
    enterStage(opts, 'storyboard', 'laying out the storyboard');
    await writeStoryboard(layout.dir, opts.session, { framesDir: layout.frames, title: sb.title, notes: storedCardNotes(checked) });
  }
}

function refreshedReport(spec: SceneSpec, description: SceneDescription, old: Report, instances: Instance[], bounds: ReturnType<typeof objectBounds>): Report {
  const presetTag = spec.lights.find((l) => l.tags.some((t) => t.startsWith('preset:')))?.tags.find((t) => t.startsWith('preset:'));
  return buildReport({
    desc: description,
    spec,
    instances,
    lighting: { id: presetTag?.slice(7) ?? old.lighting_preset, why: old.lighting_reason },
    grade: { id: spec.shots[0]?.look.grade ?? old.grade_preset, why: old.grade_reason },
    continuity: checkSpecContinuity(spec),
    warnings: old.warnings,
    planner: old.planner,
    bounds,
  });
}

/** storyboard.json with each shot's size, angle, subjects and lens as the scene now has them. */
function refreshedStoryboard(sb: StoryboardJson, spec: SceneSpec): StoryboardJson {
  for (const s of sb.shots) {
    const shot = spec.shots.find((x) => x.id === s.id);
    const cam = shot ? spec.cameras.find((c) => c.id === shot.camera) : undefined;
    if (shot && cam) Object.assign(s, { size: shot.shotSize ?? s.size, angle: shot.angle ?? s.angle, subjects: shot.subjects, focal_length_mm: Math.round((cam.focalLengthMm ?? 35) * 10) / 10 });
  }
  return sb;
}

function frameSize(layout: StoryboardLayout): { width: number; height: number } {
  const m = readJson<{ width: number; height: number }>(layout.renderManifest, 'the render manifest');
  return { width: m.width, height: m.height };
}

export interface FolderOptions extends PipelineOptions {
  /** A folder written by generateStoryboard. */
  dir: string;
  /** Re-render the changed shots and the storyboard with this session; without one only the files are updated. */
  session?: RenderSession;
}

export interface RefineStoryboardOptions extends FolderOptions {
  /** The director's note, e.g. "lower the camera", "warmer", "remove the chair". */
  feedback: string;
  /** The shot the note is about; without one the note may apply to the whole scene. */
  shot?: string;
}

export async function refineStoryboard(opts: RefineStoryboardOptions): Promise<RefineResult & { entry: HistoryEntry }> {
  const layout = storyboardLayout(opts.dir);
  enterStage(opts, 'refine', `applying "${opts.feedback}"`);
  const specInput = readJson<SceneSpecInput>(layout.scene, 'the scene');
  const description = SceneDescription.parse(readJson(layout.description, 'the description'));
  const result = refineSpec(specInput, opts.shot, opts.feedback, description);
  if (!result.changes.length) {
    throw new RefineError(`nothing to change for "${opts.feedback}"${result.notes.length ? ` (${result.notes.join('; ')})` : ''}; try notes like "lower the camera", "warmer", "closer on her face", "add a candle on the table", "move the barrels to the left wall", "make the table marble", "replace the chairs with stools", "remove the chair", "make it night"`);
  }
  const history = readHistory(opts.dir);
  const n = (history.at(-1)?.n ?? 0) + 1;
  const snapshot = layout.snapshot(n);
  makeOutputDir(path.join(opts.dir, 'history'));
  copyFileSync(layout.scene, path.join(opts.dir, snapshot.scene));
  copyFileSync(layout.description, path.join(opts.dir, snapshot.description));
  const entry: HistoryEntry = { n, at: new Date().toISOString(), shot: opts.shot ?? null, feedback: opts.feedback, scope: result.scope, changes: result.changes, notes: result.notes, snapshot: snapshot.scene };
  // The description learns a new time of day, so later refinements and prompts agree with the lights.
  writeFilesAtomic([{ path: layout.description, data: json(description) }]);
  await refresh(layout, result.spec, result.shots, opts, [{ path: layout.history, data: json([...history, entry]) }]);
  return { ...result, entry };
}

/** Undoes the last refinement: restores the scene from its snapshot and re-renders every shot. */
export async function undoRefinement(opts: FolderOptions): Promise<HistoryEntry> {
  const layout = storyboardLayout(opts.dir);
  const history = readHistory(opts.dir);
  const last = history.at(-1);
  if (!last) throw new RefineError(`${opts.dir}: nothing to undo`);
  enterStage(opts, 'refine', `undoing "${last.feedback}"`);
  const specInput = readJson<SceneSpecInput>(path.join(opts.dir, last.snapshot), 'the snapshot');
  const descSnapshot = path.join(opts.dir, layout.snapshot(last.n).description);
  if (existsSync(descSnapshot)) writeFilesAtomic([{ path: layout.description, data: readFileSync(descSnapshot, 'utf8') }]);
  const shots = (specInput.shots ?? []).map((s) => s.id);
  await refresh(layout, specInput, shots, opts, [{ path: layout.history, data: json(history.slice(0, -1)) }]);
  rmSync(path.join(opts.dir, last.snapshot), { force: true });
  rmSync(descSnapshot, { force: true });
  return last;
}
