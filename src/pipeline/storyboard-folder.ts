/**
 * A generated storyboard folder as a working copy: refinements apply to its scene.json, keep an undo history
 * (history.json plus a snapshot of the scene before each change) and bring the GLB, report, prompts, frames
 * and storyboard up to date for the shots that changed.
 */
import { existsSync, readFileSync, mkdirSync, copyFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { buildScene } from '../gltf/build-scene.js';
import { toGlb } from '../gltf/write.js';
import { objectBounds } from '../geometry/bounds.js';
import { writeFilesAtomic } from '../core/atomic.js';
import type { RenderSession } from '../render/session.js';
import { renderShots } from '../render/render.js';
import { writeStoryboard } from '../render/storyboard.js';
import { SceneDescription } from '../planner/description.js';
import { refineSpec, RefineError, type RefineChange, type RefineResult } from '../planner/refine.js';
import { checkSpecContinuity } from '../planner/continuity.js';
import { buildReport, type Report } from '../planner/report.js';
import { fiboPrompt } from '../planner/fibo.js';
import type { Instance } from '../planner/layout.js';
import type { StoryboardJson } from './generate.js';

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

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

function readJson<T>(file: string, what: string): T {
  if (!existsSync(file)) throw new RefineError(`${path.dirname(file)}: no ${path.basename(file)} — is this a folder written by canvas3d generate?`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch {
    throw new RefineError(`${file}: ${what} is not valid JSON`);
  }
}

export function readHistory(dir: string): HistoryEntry[] {
  const file = path.join(dir, 'history.json');
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
async function refresh(dir: string, specInput: SceneSpecInput, shots: string[], session: RenderSession | undefined, extra: { path: string; data: string }[]): Promise<void> {
  const spec = parseSpec(specInput, { baseDir: dir });
  const description = SceneDescription.parse(readJson(path.join(dir, 'description.json'), 'the description'));
  const old = readJson<Report>(path.join(dir, 'report.json'), 'the report');
  const instances = instancesFrom(old, spec);
  const bounds = objectBounds(spec);
  const report = buildReport({
    desc: description,
    spec,
    instances,
    lighting: { id: spec.lights.find((l) => l.tags.some((t) => t.startsWith('preset:')))?.tags.find((t) => t.startsWith('preset:'))?.slice(7) ?? old.lighting_preset, why: old.lighting_reason },
    grade: { id: spec.shots[0]?.look.grade ?? old.grade_preset, why: old.grade_reason },
    continuity: checkSpecContinuity(spec),
    warnings: old.warnings,
    planner: old.planner,
    bounds,
  });
  const { document } = await buildScene(spec, { baseDir: dir });
  const files: { path: string; data: Uint8Array | string }[] = [{ path: path.join(dir, 'scene.json'), data: json(specInput) }, { path: path.join(dir, 'scene.glb'), data: await toGlb(document) }, { path: path.join(dir, 'report.json'), data: json(report) }, { path: path.join(dir, 'description.json'), data: json(description) }, ...extra];
  for (const s of spec.shots) {
    files.push({ path: path.join(dir, 'prompts', `${s.id}.json`), data: json(fiboPrompt({ spec, desc: description, instances, bounds, shotId: s.id, lightingPreset: report.lighting_preset, gradePreset: report.grade_preset, controlImages: { depth: `../frames/${s.id}.depth.png`, mask: `../frames/${s.id}.mask.png` } })) });
  }
  const sb = readJson<StoryboardJson>(path.join(dir, 'storyboard.json'), 'the storyboard');
  for (const s of sb.shots) {
    const shot = spec.shots.find((x) => x.id === s.id);
    const cam = shot ? spec.cameras.find((c) => c.id === shot.camera) : undefined;
    if (shot && cam) Object.assign(s, { size: shot.shotSize ?? s.size, angle: shot.angle ?? s.angle, subjects: shot.subjects, focal_length_mm: Math.round((cam.focalLengthMm ?? 35) * 10) / 10 });
  }
  files.push({ path: path.join(dir, 'storyboard.json'), data: json(sb) });
  writeFilesAtomic(files);
  const framesDir = path.join(dir, 'frames');
  if (session && existsSync(path.join(framesDir, 'render.json')) && shots.length) {
    const glb = files.find((f) => f.path.endsWith('scene.glb'))!.data as Uint8Array;
    await renderShots(session, { glb, shots: spec.shots, cameraIds: spec.cameras.map((c) => c.id), environment: spec.environment }, { outDir: framesDir, shots, passes: ['depth', 'mask'], baseDir: dir, merge: true, ...frameSize(framesDir) });
    await writeStoryboard(dir, session, { framesDir, title: sb.title });
  }
}

function frameSize(framesDir: string): { width: number; height: number } {
  const m = readJson<{ width: number; height: number }>(path.join(framesDir, 'render.json'), 'the render manifest');
  return { width: m.width, height: m.height };
}

export async function refineDir(dir: string, shot: string | undefined, feedback: string, session?: RenderSession): Promise<RefineResult & { entry: HistoryEntry }> {
  const specInput = readJson<SceneSpecInput>(path.join(dir, 'scene.json'), 'the scene');
  const description = SceneDescription.parse(readJson(path.join(dir, 'description.json'), 'the description'));
  const result = refineSpec(specInput, shot, feedback, description);
  if (!result.changes.length) {
    throw new RefineError(`nothing to change for "${feedback}"${result.notes.length ? ` (${result.notes.join('; ')})` : ''}; try notes like "lower the camera", "warmer", "closer on her face", "more contrast", "remove the chair", "make it night"`);
  }
  const history = readHistory(dir);
  const n = (history.at(-1)?.n ?? 0) + 1;
  const snapshot = `history/${String(n).padStart(3, '0')}-scene.json`;
  mkdirSync(path.join(dir, 'history'), { recursive: true });
  copyFileSync(path.join(dir, 'scene.json'), path.join(dir, snapshot));
  copyFileSync(path.join(dir, 'description.json'), path.join(dir, snapshot.replace('-scene.json', '-description.json')));
  const entry: HistoryEntry = { n, at: new Date().toISOString(), shot: shot ?? null, feedback, scope: result.scope, changes: result.changes, notes: result.notes, snapshot };
  // The description learns a new time of day, so later refinements and prompts agree with the lights.
  writeFilesAtomic([{ path: path.join(dir, 'description.json'), data: json(description) }]);
  await refresh(dir, result.spec, result.shots, session, [{ path: path.join(dir, 'history.json'), data: json([...history, entry]) }]);
  return { ...result, entry };
}

/** Undoes the last refinement: restores the scene from its snapshot and re-renders every shot. */
export async function undoDir(dir: string, session?: RenderSession): Promise<HistoryEntry> {
  const history = readHistory(dir);
  const last = history.at(-1);
  if (!last) throw new RefineError(`${dir}: nothing to undo`);
  const specInput = readJson<SceneSpecInput>(path.join(dir, last.snapshot), 'the snapshot');
  const descSnapshot = path.join(dir, last.snapshot.replace('-scene.json', '-description.json'));
  if (existsSync(descSnapshot)) writeFilesAtomic([{ path: path.join(dir, 'description.json'), data: readFileSync(descSnapshot, 'utf8') }]);
  const shots = (specInput.shots ?? []).map((s) => s.id);
  await refresh(dir, specInput, shots, session, [{ path: path.join(dir, 'history.json'), data: json(history.slice(0, -1)) }]);
  rmSync(path.join(dir, last.snapshot), { force: true });
  rmSync(descSnapshot, { force: true });
  return last;
}
