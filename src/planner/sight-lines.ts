/**
 * What a planned camera can see past: whether a thing of the set stands between it and its subjects, or, for a
 * shot of the whole set, fills its foreground (a tree's crown, a pillar at the lens). Boxes from the layout, so
 * the planner answers before anything is built or rendered.
 */
import { Vector3 } from 'three';
import { projectToFrame, type CameraPlacement, type Subject } from '../camera/index.js';
import { degToRad } from '../core/angles.js';
import type { Instance, LayoutResult } from './layout.js';

type V3 = [number, number, number];

/**
 * Whether a thing of the set stands between the camera and a subject's anchor: the sight line crosses its box
 * (shrunk a little, so grazing an edge is no block). The subject, what holds it and what it holds do not count.
 */
export function occluded(p: CameraPlacement, subj: Subject[], anchors: V3[], layout: LayoutResult): boolean {
  const blockers = othersThan(subj, layout);
  const from = new Vector3(...p.position);
  return anchors.some((a) => {
    const to = new Vector3(...a);
    return blockers.some((i) => entryAlong(from, to, i.placed.bounds, 0.05) !== undefined);
  });
}

/** The set's things but the subjects, what holds them and what they hold. */
function othersThan(subj: Subject[], layout: LayoutResult): Instance[] {
  const ids = new Set(subj.map((s) => s.id));
  const related = (i: Instance) => ids.has(i.id) || subj.some((s) => layout.instances.some((o) => o.id === s.id && (o.supportedBy === i.id || i.supportedBy === o.id)));
  return layout.instances.filter((i) => !related(i));
}

/** The grid of sight lines a frame is sampled by, as fractions of its half width and height. */
const GRID = [-0.7, 0, 0.7];
/** One thing blocking this many of the nine sight lines fills a third of the picture: a foreground, not a set. */
const BLOCKED_LINES = 3;

/** Sight lines blocked nearer the lens than this share of the way to the subject are blocked by a foreground. */
const FOREGROUND = 0.5;

/**
 * Whether one thing of the set (not a subject) blocks a third of the frame's sight lines in the near half of the
 * way to the depth the camera looks at: a wall of foreground, where what stands by the subject is only set.
 */
export function foregroundBlocked(p: CameraPlacement, subj: Subject[], layout: LayoutResult, aspect: number): boolean {
  const from = new Vector3(...p.position);
  const target = new Vector3(...p.target);
  const forward = target.clone().sub(from);
  const depth = forward.length();
  forward.normalize();
  const right = forward.clone().cross(new Vector3(0, 1, 0)).normalize();
  const up = right.clone().cross(forward);
  const halfH = Math.tan(degToRad(p.verticalFovDeg / 2)) * depth;
  const ends = GRID.flatMap((u) => GRID.map((v) => target.clone().addScaledVector(right, u * halfH * aspect).addScaledVector(up, v * halfH)));
  const near = (i: Instance, end: Vector3) => (entryAlong(from, end, i.placed.bounds, 0.05) ?? 1) < FOREGROUND;
  return othersThan(subj, layout).some((i) => ends.filter((end) => near(i, end)).length >= BLOCKED_LINES);
}

/** Half a person's shoulder width, metres, and how far the shoulders sit under the eyes. */
const SHOULDER_HALF_M = 0.18;
const SHOULDER_DROP_M = 0.22;

/**
 * Whether a person's head or a shoulder is in the frame (an OTS's foreground): read from the eyes and the way
 * they face, since a posed figure's box reaches well past its body (arms, a chair) and would show when it does not.
 */
export function showsShoulders(p: CameraPlacement, person: Subject, aspect: number): boolean {
  const b = person.box;
  const eyes = new Vector3(...(person.eyes ?? [(b.min[0] + b.max[0]) / 2, b.max[1] - 0.12, (b.min[2] + b.max[2]) / 2]));
  const facing = new Vector3(person.forward?.[0] ?? 0, 0, person.forward?.[2] ?? 1).normalize();
  const across = new Vector3(facing.z, 0, -facing.x).multiplyScalar(SHOULDER_HALF_M);
  const shoulders = eyes.clone().setY(eyes.y - SHOULDER_DROP_M);
  const points = [eyes, shoulders.clone().add(across), shoulders.clone().sub(across)];
  return points.some((pt) => {
    const q = projectToFrame(p, [pt.x, pt.y, pt.z], aspect);
    return q.z > p.near && Math.abs(q.x) < 1 && Math.abs(q.y) < 1;
  });
}

/** Slab test: how far along from → to (0–1) the segment enters the box shrunk by `inset` on every side; undefined when it misses. */
function entryAlong(from: Vector3, to: Vector3, box: { min: readonly number[]; max: readonly number[] }, inset: number): number | undefined {
  let t0 = 0;
  let t1 = 1;
  const d = to.clone().sub(from);
  for (const [k, o, dir] of [[0, from.x, d.x], [1, from.y, d.y], [2, from.z, d.z]] as const) {
    const lo = box.min[k]! + inset;
    const hi = box.max[k]! - inset;
    if (Math.abs(dir) < 1e-9) {
      if (o < lo || o > hi) return undefined;
      continue;
    }
    const a = (lo - o) / dir;
    const b = (hi - o) / dir;
    t0 = Math.max(t0, Math.min(a, b));
    t1 = Math.min(t1, Math.max(a, b));
    if (t0 > t1) return undefined;
  }
  return t0;
}
