/**
 * The four-legged body plan several animal props share: an ellipsoid torso on four limbs, a neck, a head with
 * snout, eyes and ears, and a tail, posed standing, sitting, lying or curled up. Animals differ only in the
 * proportions they pass (a horse's long legs and drooping head, a pig's short legs and big snout), plus the few
 * extras they add at the anchors returned (horns, antlers, a mane). Also the small shape helpers the animal and
 * vehicle props use: limbs between two points, triangle counts per primitive, uniform scaling of finished parts.
 */
import { Euler, Vector3 } from 'three';
import type { GeneratedPart } from '../generator.js';
import type { PropBuilder, V3 } from './builder.js';
import { DEG_TO_RAD } from '../../core/angles.js';

/** Triangles each builder primitive makes (three r187), for props' `estimate`. */
export const TRI = {
  box: 12,
  cyl: (segments: number) => 4 * segments,
  cone: (segments: number) => 2 * segments,
  sphere: (w: number, h: number) => 2 * w * (h - 1),
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  capsule: (segments: number) => 18 * segments,
  lathe: (points: number, segments: number) => 2 * (points - 1) * segments,
  extrude: (n: number) => 4 * n,
};

export const add3 = (a: V3, c: V3): V3 => [a[0] + c[0], a[1] + c[1], a[2] + c[2]];
export const mul3 = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k];

/** A round-ended limb whose end caps are centred on `a` and `c` (it reaches `radius` beyond both). */
export function limb(b: PropBuilder, slot: string, a: V3, c: V3, radius: number, segments = 8): void {
  b.capsuleBetween(slot, a, c, radius, segments, 4);
}

/** A straight rod (tube, axle, spoke) from `a` to `c`. */
export function rod(b: PropBuilder, slot: string, a: V3, c: V3, radius: number, segments = 8): void {
  b.rodBetween(slot, a, c, radius, radius, segments);
}

/** Scales finished parts uniformly about the origin (an animal built at its nominal size, grown to the asked one). */
export function scaleParts(parts: GeneratedPart[], k: number): GeneratedPart[] {
  for (const { mesh } of parts) for (let i = 0; i < mesh.positions.length; i++) mesh.positions[i]! *= k;
  return parts;
}

/** Rotates a point by XYZ Euler angles in degrees, as PropBuilder's `rot` does. */
export function turn(p: V3, rotDeg: V3): V3 {
  const v = new Vector3(...p).applyEuler(new Euler(...mul3(rotDeg, DEG_TO_RAD)));
  return [v.x, v.y, v.z];
}

export type QuadrupedPose = 'standing' | 'sitting' | 'lying' | 'curled';

/** Proportions of one animal at its nominal size, metres and degrees; the torso is an ellipsoid. */
export interface QuadrupedPlan {
  torso: { length: number; height: number; width: number };
  /** Ground to the torso's centre line's underside when standing; hooves in their own slot when set. */
  leg: { length: number; radius: number; hooves: boolean };
  /** From the top front of the torso, rising `riseDeg` above the horizontal. */
  neck: { length: number; radius: number; riseDeg: number };
  /** Skull ellipsoid, snout forward of it; `pitchDeg` tips the nose down (a grazing horse). */
  head: { length: number; height: number; width: number; snoutLength: number; snoutRadius: number; pitchDeg: number };
  ears: { kind: 'pointed' | 'floppy' | 'side'; size: number };
  /** `riseDeg` above the horizontal behind the rump (negative hangs down). */
  tail: { length: number; radius: number; riseDeg: number };
  slots: { body: string; head: string; legs: string };
}

/** Where callers attach extras: points in the head's and the torso's own frames, and the neck line. */
export interface QuadrupedAnchors {
  headAt: (local: V3) => V3;
  headRot: V3;
  torsoAt: (local: V3) => V3;
  torsoRot: V3;
  neck: [V3, V3];
}

/** Torso placement per pose: centre and nose-up pitch (negative X rotation lifts the front). */
function torsoFrame(plan: QuadrupedPlan, pose: QuadrupedPose): { at: V3; rot: V3 } {
  const { length: tl, height: th } = plan.torso;
  if (pose === 'standing') return { at: [0, plan.leg.length + th / 2, 0], rot: [0, 0, 0] };
  if (pose === 'sitting') {
    const rot: V3 = [-38, 0, 0];
    const rump = turn([0, 0, -0.45 * tl], rot);
    return { at: [0, th * 0.42 - rump[1], -rump[2] * 0.5], rot };
  }
  return { at: [0, th * 0.5, 0], rot: [0, 0, 0] };
}

function legs(b: PropBuilder, plan: QuadrupedPlan, pose: QuadrupedPose, at: (p: V3) => V3): void {
  const { length: tl, height: th, width: tw } = plan.torso;
  const r = plan.leg.radius;
  const slot = plan.slots.legs;
  for (const side of [-1, 1]) {
    const x = side * tw * 0.28;
    const shoulder = at([x, -th * 0.15, tl * 0.3]);
    const hip = at([x, -th * 0.15, -tl * 0.3]);
    if (pose === 'standing') {
      for (const top of [shoulder, hip]) {
        limb(b, slot, top, [top[0], r, top[2]], r);
        if (plan.leg.hooves) b.cylinder('hooves', r * 1.05, r * 1.15, r * 1.4, { at: [top[0], r * 0.7, top[2]] }, 8);
      }
      continue;
    }
    // Sitting: forelegs straight down from the raised shoulders. Lying: forelegs folded forward on the ground.
    const foreFoot: V3 = pose === 'sitting' ? [x, r, shoulder[2] + r] : [x, r, shoulder[2] + plan.leg.length * 0.5];
    limb(b, slot, pose === 'sitting' ? shoulder : [x, r, shoulder[2]], foreFoot, r);
    // Haunch and hind foot folded along the ground either way.
    b.sphere(slot, 1, { at: [side * tw * 0.42, th * 0.38, hip[2] + tl * 0.05], scale: [tw * 0.16, th * 0.38, tl * 0.24] }, 10, 8);
    limb(b, slot, [side * tw * 0.44, r, hip[2] - tl * 0.08], [side * tw * 0.44, r, hip[2] + plan.leg.length * 0.45], r);
  }
}

/** A head at `centre` turned by `rot`: skull, snout with a dark nose, eyes and ears. Returns its local frame. */
function head(b: PropBuilder, plan: QuadrupedPlan, centre: V3, rot: V3): (local: V3) => V3 {
  const h = plan.head;
  const slot = plan.slots.head;
  const at = (local: V3) => add3(centre, turn(local, rot));
  b.sphere(slot, 1, { at: centre, rot, scale: [h.width / 2, h.height / 2, h.length / 2] }, 12, 8);
  const tip: V3 = [0, -h.height * 0.18, h.length * 0.3 + h.snoutLength];
  limb(b, slot, at([0, -h.height * 0.12, h.length * 0.25]), at(tip), h.snoutRadius);
  b.sphere('eyes', h.snoutRadius * 0.45, { at: at(add3(tip, [0, h.snoutRadius * 0.5, h.snoutRadius * 0.75])) }, 6, 4);
  const e = plan.ears;
  for (const s of [-1, 1]) {
    b.sphere('eyes', h.height * 0.09, { at: at([s * h.width * 0.36, h.height * 0.12, h.length * 0.3]) }, 6, 4);
    if (e.kind === 'pointed') {
      b.cone(slot, e.size * 0.45, e.size, { at: at([s * h.width * 0.28, h.height * 0.42 + e.size * 0.35, -h.length * 0.05]), rot: add3(rot, [0, 0, -s * 15]) }, 8);
    } else if (e.kind === 'floppy') {
      b.sphere(slot, 1, { at: at([s * h.width * 0.5, h.height * 0.02, -h.length * 0.05]), rot: add3(rot, [0, 0, s * 10]), scale: [e.size * 0.12, e.size * 0.5, e.size * 0.3] }, 8, 6);
    } else {
      b.sphere(slot, 1, { at: at([s * (h.width * 0.45 + e.size * 0.4), h.height * 0.25, -h.length * 0.1]), rot, scale: [e.size * 0.5, e.size * 0.14, e.size * 0.28] }, 8, 6);
    }
  }
  return at;
}

/** Curled up asleep: a round low body, the head tucked at the front, the tail wrapped round the side. */
function curled(b: PropBuilder, plan: QuadrupedPlan): QuadrupedAnchors {
  const { length: tl, height: th } = plan.torso;
  const R = tl * 0.42;
  const centre: V3 = [0, th * 0.5, 0];
  b.sphere(plan.slots.body, 1, { at: centre, scale: [R, th * 0.5, R] }, 16, 10);
  const r = plan.leg.radius;
  limb(b, plan.slots.legs, [R * 0.05, r, R * 0.8], [R * 0.55, r, R * 0.85], r);
  const headRot: V3 = [12, 50, 0];
  const headCentre: V3 = [R * 0.35, plan.head.height * 0.5, R * 0.85];
  const headAt = head(b, plan, headCentre, headRot);
  const arc = 150;
  b.torus(plan.slots.body, R * 0.95, plan.tail.radius, { at: [0, plan.tail.radius, 0], rot: [-90, 0, -50] }, arc, 6, 16);
  return { headAt, headRot, torsoAt: (l) => add3(centre, l), torsoRot: [0, 0, 0], neck: [headCentre, headCentre] };
}

function tail(b: PropBuilder, plan: QuadrupedPlan, pose: QuadrupedPose, torsoAt: (l: V3) => V3): void {
  const { length: tl, height: th, width: tw } = plan.torso;
  const { length, radius, riseDeg } = plan.tail;
  const start = torsoAt([0, th * 0.2, -tl * 0.47]);
  const rise = riseDeg * DEG_TO_RAD;
  // Standing, it rises or hangs behind; sitting or lying, it rests on the ground round one side.
  const end: V3 = pose === 'standing'
    ? add3(start, [0, Math.sin(rise) * length, -Math.cos(rise) * length])
    : [tw * 0.6, radius, start[2] + length * 0.5];
  limb(b, plan.slots.body, start, [end[0], Math.max(end[1], radius), end[2]], radius);
}

/** Upper bound on the triangles `quadruped` makes, in any pose. */
export const QUADRUPED_TRIANGLES = 2600;

/** Builds the animal in `pose` into `b`, facing +Z, feet on y = 0; returns anchors for its extras. */
export function quadruped(b: PropBuilder, plan: QuadrupedPlan, pose: QuadrupedPose): QuadrupedAnchors {
  if (pose === 'curled') return curled(b, plan);
  const { length: tl, height: th, width: tw } = plan.torso;
  const frame = torsoFrame(plan, pose);
  const torsoAt = (l: V3) => add3(frame.at, turn(l, frame.rot));
  b.sphere(plan.slots.body, 1, { at: frame.at, rot: frame.rot, scale: [tw / 2, th / 2, tl / 2] }, 16, 10);
  legs(b, plan, pose, torsoAt);
  tail(b, plan, pose, torsoAt);
  const neckBase = torsoAt([0, th * 0.22, tl * 0.36]);
  const rise = (pose === 'sitting' ? Math.max(plan.neck.riseDeg, 55) : plan.neck.riseDeg) * DEG_TO_RAD;
  const neckEnd = add3(neckBase, mul3([0, Math.sin(rise), Math.cos(rise)], plan.neck.length));
  limb(b, plan.slots.body, neckBase, neckEnd, plan.neck.radius, 10);
  const headRot: V3 = [plan.head.pitchDeg, 0, 0];
  const headAt = head(b, plan, add3(neckEnd, turn([0, 0, plan.head.length * 0.2], headRot)), headRot);
  return { headAt, headRot, torsoAt, torsoRot: frame.rot, neck: [neckBase, neckEnd] };
}
