/**
 * Continuity: the checks a script supervisor makes between adjacent shots of one scene. Each shot is seen as
 * (its camera, the scene as it stands in that shot); one SceneSpec for all shots gives one scene, and a
 * planner that emits a spec per shot (an LLM, a refinement of one shot) is checked the same way.
 *
 * - the line: with the same two people in both shots, the cameras stay on one side of the line between them;
 * - the key light: on a subject framed in both shots, it stays camera-left or camera-right;
 * - props: anything present in both shots stands where it stood (10 cm tolerance);
 * - the grade: adjacent shots of a scene share a grade.
 *
 * The score starts at 100 and loses points per violation: 20 for a crossed line, 15 for a moved prop, 10 for a
 * flipped key, 10 for a grade change.
 */
import { Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { Light } from '../scene/light.js';

export interface Violation {
  type: 'line-crossed' | 'key-light-flipped' | 'prop-moved' | 'grade-changed';
  shots: [string, string];
  message: string;
}

export interface ContinuityReport {
  score: number;
  violations: Violation[];
}

const PENALTY: Record<Violation['type'], number> = { 'line-crossed': 20, 'prop-moved': 15, 'key-light-flipped': 10, 'grade-changed': 10 };
const MOVE_TOLERANCE_M = 0.1;

interface ShotView {
  id: string;
  spec: SceneSpec;
  camera: { position: Vector3; target: Vector3 };
  subjects: string[];
  grade?: string;
}

function viewsOf(shots: { spec: SceneSpec; shotId: string }[]): ShotView[] {
  return shots.flatMap(({ spec, shotId }) => {
    const shot = spec.shots.find((s) => s.id === shotId);
    const cam = shot?.camera ? spec.cameras.find((c) => c.id === shot.camera) : undefined;
    if (!shot || !cam) return [];
    return [{ id: shot.id, spec, camera: { position: new Vector3(...cam.position), target: new Vector3(...cam.target) }, subjects: shot.subjects, ...(shot.look.grade ? { grade: shot.look.grade } : {}) }];
  });
}

function positions(spec: SceneSpec): Map<string, Vector3> {
  return new Map(spec.objects.map((o) => [o.id!, new Vector3(...o.position)]));
}

function persons(spec: SceneSpec, ids: string[]): string[] {
  return ids.filter((id) => {
    const o = spec.objects.find((x) => x.id === id);
    return o && (o.geometry?.type === 'person' || o.tags.includes('person'));
  });
}

/** Side of the line a→b the point lies on, seen from above: +1 / −1 (0 when on it). */
function side(a: Vector3, b: Vector3, p: Vector3): number {
  const cross = (b.x - a.x) * (p.z - a.z) - (b.z - a.z) * (p.x - a.x);
  return Math.abs(cross) < 1e-6 ? 0 : Math.sign(cross);
}

/** The key: the light tagged so, else the sun, else the first light of the applied preset (its strongest role). */
export function keyLightOf<L extends { tags?: string[] }>(lights: L[]): L | undefined {
  return lights.find((l) => l.tags?.includes('key')) ?? lights.find((l) => l.tags?.includes('sun')) ?? lights.find((l) => l.tags?.includes('lighting-preset') && !l.tags.includes('background') && !l.tags.includes('fill'));
}

function keyLight(spec: SceneSpec): Light | undefined {
  return keyLightOf(spec.lights);
}

/**
 * A key within this angle (its sine) of the camera's axis lights the face from the front: which side it is on
 * does not read, and a small move of the camera must not turn it into a flip.
 */
const FRONTAL_KEY_SIN = Math.sin((15 * Math.PI) / 180);

/** Camera-left (−1) or camera-right (+1) of the subject, for the light as this camera sees it; 0 when frontal. */
function keySide(light: Light, view: ShotView, subject: Vector3): number {
  const toLight = light.type === 'directional' ? new Vector3(...(light.direction ?? [0, -1, 0])).negate() : new Vector3(...light.position).sub(subject);
  const forward = view.camera.target.clone().sub(view.camera.position).setY(0).normalize();
  const right = forward.clone().cross(new Vector3(0, 1, 0)).normalize();
  const s = toLight.setY(0).dot(right);
  return Math.abs(s) < FRONTAL_KEY_SIN * toLight.length() ? 0 : Math.sign(s);
}

export function checkContinuity(shots: { spec: SceneSpec; shotId: string }[]): ContinuityReport {
  const views = viewsOf(shots);
  const violations: Violation[] = [];
  for (let i = 1; i < views.length; i++) {
    const a = views[i - 1]!;
    const b = views[i]!;
    const pair: [string, string] = [a.id, b.id];
    // The line: the same two people framed in both shots.
    const pa = persons(a.spec, a.subjects);
    const pb = persons(b.spec, b.subjects);
    const shared = pa.filter((p) => pb.includes(p));
    if (shared.length >= 2) {
      const [p, q] = [...shared].sort();
      const posA = positions(a.spec);
      const posB = positions(b.spec);
      const sa = side(posA.get(p!)!, posA.get(q!)!, a.camera.position);
      const sb = side(posB.get(p!)!, posB.get(q!)!, b.camera.position);
      if (sa && sb && sa !== sb) violations.push({ type: 'line-crossed', shots: pair, message: `the camera crosses the line between ${p} and ${q} from ${a.id} to ${b.id}` });
    }
    // The key light: the same subject framed in both, lit from the same side. (Shot/reverse frames different
    // people, whose keys are expected to differ.)
    const subject = a.subjects[0] !== undefined && a.subjects[0] === b.subjects[0] ? a.subjects[0] : undefined;
    const ka = keyLight(a.spec);
    const kb = keyLight(b.spec);
    if (subject && ka && kb) {
      const at = positions(a.spec).get(subject);
      if (at) {
        const s1 = keySide(ka, a, at);
        const s2 = keySide(kb, b, positions(b.spec).get(subject) ?? at);
        if (s1 && s2 && s1 !== s2) violations.push({ type: 'key-light-flipped', shots: pair, message: `the key light on ${subject} moves from camera-${s1 < 0 ? 'left' : 'right'} in ${a.id} to camera-${s2 < 0 ? 'left' : 'right'} in ${b.id}` });
      }
    }
    // Props that stand in both shots stand still.
    if (a.spec !== b.spec) {
      const posA = positions(a.spec);
      for (const [id, p] of positions(b.spec)) {
        const before = posA.get(id);
        if (before && before.distanceTo(p) > MOVE_TOLERANCE_M) violations.push({ type: 'prop-moved', shots: pair, message: `${id} moves ${before.distanceTo(p).toFixed(2)} m between ${a.id} and ${b.id}` });
      }
    }
    if ((a.grade ?? 'none') !== (b.grade ?? 'none')) violations.push({ type: 'grade-changed', shots: pair, message: `the grade changes from ${a.grade ?? 'none'} in ${a.id} to ${b.grade ?? 'none'} in ${b.id}` });
  }
  const score = Math.max(0, 100 - violations.reduce((s, v) => s + PENALTY[v.type], 0));
  return { score, violations };
}

/** All shots of one spec, in order. */
export function checkSpecContinuity(spec: SceneSpec): ContinuityReport {
  return checkContinuity(spec.shots.map((s) => ({ spec, shotId: s.id })));
}
