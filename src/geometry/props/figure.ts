/**
 * The articulated blocking figure: a mannequin built joint by joint from a pose's angles (library/poses.ts), so
 * limbs bend as a person's do — thighs forward and shins down to the floor when seated, one knee on the ground
 * when kneeling. Proportions follow a 50th-percentile adult scaled to the figure's height; it faces +Z.
 */
import type { PoseRig } from '../../library/poses.js';
import type { PropBuilder, V3 } from './builder.js';
import { DEG_TO_RAD } from '../../core/angles.js';

/** Segment lengths and radii as shares of a 1.75 m adult (metres at scale 1). */
const BODY = { thigh: 0.43, shin: 0.45, ankle: 0.06, spine: 0.5, neck: 0.09, head: 0.11, shoulder: 0.2, hipWidth: 0.1, upperArm: 0.3, forearm: 0.27 };

export interface FigureParams {
  height: number;
  /** Width factor: 0.85 slim … 1.2 broad. */
  width: number;
  /** Height of the seat a sitting figure rests on, metres. */
  seatHeight: number;
  headTurnDeg: number;
}

/** Joints in the figure's space before it is set on the floor (pelvis at the origin). */
export interface Skeleton {
  pelvis: V3;
  neck: V3;
  head: V3;
  shoulders: [V3, V3];
  elbows: [V3, V3];
  hands: [V3, V3];
  hips: [V3, V3];
  knees: [V3, V3];
  ankles: [V3, V3];
}

/** Radius of the thigh, the widest limb: a kneeling knee rests on it. */
const THIGH_RADIUS = 0.068;

/** Hip joint above the seat a figure sits on: the pelvis (drawn 0.09 round) rests on the seat. */
const SEAT_CONTACT = 0.09;

const add = (a: V3, d: V3, k: number): V3 => [a[0] + d[0] * k, a[1] + d[1] * k, a[2] + d[2] * k];

/** The unit direction of a limb pitched `pitch` degrees forward from hanging down and spread `spread` outward on `side`. */
function limb(pitch: number, spread = 0, side = 0, yawIn = 0): V3 {
  const p = pitch * DEG_TO_RAD;
  const s = spread * DEG_TO_RAD;
  const d: V3 = [side * Math.sin(s) * Math.cos(p), -Math.cos(s) * Math.cos(p), Math.sin(p)];
  if (!yawIn) return d;
  // Turned about the vertical towards the body's midline (−side in x).
  const y = -side * yawIn * DEG_TO_RAD;
  return [d[0] * Math.cos(y) + d[2] * Math.sin(y), d[1], -d[0] * Math.sin(y) + d[2] * Math.cos(y)];
}

/** Knee bends for a seated figure whose shins reach the floor from a seat `seat` metres high (dangling if it cannot). */
function seatedKnee(rig: PoseRig, s: number, w: number, seat: number): [number, number] {
  const drop = seat + SEAT_CONTACT * s * w - BODY.ankle * s;
  const reach = BODY.shin * s;
  if (drop >= reach) return rig.knee;
  const forward = Math.acos(Math.max(-1, Math.min(1, drop / reach))) / DEG_TO_RAD;
  return [rig.hip[0] - forward, rig.hip[1] - forward];
}

function skeleton(rig: PoseRig, p: FigureParams): Skeleton {
  const s = p.height / 1.75;
  const w = p.width;
  const knee = rig.rest === 'seat' ? seatedKnee(rig, s, w, p.seatHeight) : rig.knee;
  const pelvis: V3 = [0, 0, 0];
  const up = limb(180 - rig.lean);
  const neck = add(pelvis, up, BODY.spine * s);
  const head = add(neck, up, (BODY.neck + BODY.head) * s);
  // [left, right]: a figure facing +Z has its left hand towards +X.
  const sides = [1, -1] as const;
  const shoulders = sides.map((side) => add(add(neck, [side, 0, 0], BODY.shoulder * s * w), up, -0.04 * s)) as [V3, V3];
  const elbows = sides.map((side, k) => add(shoulders[k]!, limb(rig.shoulder[k]! + rig.lean, rig.spread[k]!, side), BODY.upperArm * s)) as [V3, V3];
  const hands = sides.map((side, k) => add(elbows[k]!, limb(rig.shoulder[k]! + rig.lean + rig.elbow[k]!, rig.spread[k]!, side, rig.forearmYaw[k]!), BODY.forearm * s)) as [V3, V3];
  const hips = sides.map((side) => add(pelvis, [side, 0, 0], BODY.hipWidth * s * w)) as [V3, V3];
  const knees = sides.map((_, k) => add(hips[k]!, limb(rig.hip[k]!), BODY.thigh * s)) as [V3, V3];
  const ankles = sides.map((_, k) => add(knees[k]!, limb(rig.hip[k]! - knee[k]!), BODY.shin * s)) as [V3, V3];
  return { pelvis, neck, head, shoulders, elbows, hands, hips, knees, ankles };
}

/** How high the pelvis stands so the figure rests as its pose says: feet (or a knee) on the floor, or on its seat. */
function pelvisHeight(rig: PoseRig, sk: Skeleton, p: FigureParams): number {
  const s = p.height / 1.75;
  const lowest = Math.min(...sk.ankles.map((a) => a[1] - BODY.ankle * s), ...sk.knees.map((k) => k[1] - THIGH_RADIUS * s * p.width));
  // Seated: on the seat, unless that would sink a heel below the floor (legs out straight on a low seat).
  return rig.rest === 'seat' ? Math.max(p.seatHeight + SEAT_CONTACT * s * p.width, -lowest) : -lowest;
}

const shift = (sk: Skeleton, dy: number): Skeleton =>
  Object.fromEntries(Object.entries(sk).map(([k, v]) => [k, Array.isArray(v[0]) ? (v as V3[]).map((j) => add(j, [0, 1, 0], dy)) : add(v as V3, [0, 1, 0], dy)])) as unknown as Skeleton;

/** The figure's joints, set on its floor or seat: what the builder draws and what shots aim at (the head). */
export function posedSkeleton(rig: PoseRig, p: FigureParams): Skeleton {
  const sk = skeleton(rig, p);
  return shift(sk, pelvisHeight(rig, sk, p));
}

/** Where the posed figure's eyes are, in its own space: a little in front of the head's centre, towards its turn. */
export function figureEyes(rig: PoseRig, p: FigureParams): V3 {
  const s = p.height / 1.75;
  const head = posedSkeleton(rig, p).head;
  const r = p.headTurnDeg * DEG_TO_RAD;
  return add(head, [Math.sin(r), 0.15, Math.cos(r)], 0.07 * s);
}

/** Draws the posed figure: capsule limbs between joints, ball joints, torso, head with a nose that shows its facing. */
export function drawFigure(b: PropBuilder, rig: PoseRig, p: FigureParams): void {
  const s = p.height / 1.75;
  const w = p.width;
  const sk = posedSkeleton(rig, p);
  for (const k of [0, 1]) {
    b.capsuleBetween('body', sk.hips[k]!, sk.knees[k]!, THIGH_RADIUS * s * w);
    b.capsuleBetween('body', sk.knees[k]!, sk.ankles[k]!, 0.052 * s * w);
    // The foot: from under the ankle forward, its sole on the ankle's floor.
    const heel = add(sk.ankles[k]!, [0, -1, 0], BODY.ankle * s - 0.035 * s);
    b.capsuleBetween('body', heel, add(heel, limb(90), 0.16 * s), 0.035 * s);
    b.capsuleBetween('body', sk.shoulders[k]!, sk.elbows[k]!, 0.045 * s);
    b.capsuleBetween('body', sk.elbows[k]!, sk.hands[k]!, 0.038 * s);
    b.sphere('body', 0.05 * s, { at: sk.hands[k]! }, 8, 6);
  }
  // Pelvis and chest: a wide capsule across the hips, the torso along the spine.
  b.capsuleBetween('body', sk.hips[0], sk.hips[1], 0.09 * s * w);
  const chest = add(sk.pelvis, [sk.neck[0] - sk.pelvis[0], sk.neck[1] - sk.pelvis[1], sk.neck[2] - sk.pelvis[2]], 0.62);
  b.capsuleBetween('body', add(sk.pelvis, [0, 1, 0], 0.06 * s), chest, 0.14 * s * w);
  b.capsuleBetween('body', sk.shoulders[0], sk.shoulders[1], 0.06 * s);
  b.capsuleBetween('body', sk.neck, sk.head, 0.04 * s);
  drawHead(b, sk.head, s, p.headTurnDeg);
}

function drawHead(b: PropBuilder, head: V3, s: number, turnDeg: number): void {
  b.sphere('head', BODY.head * s, { at: head }, 16, 12);
  const r = turnDeg * DEG_TO_RAD;
  const nose = add(head, [Math.sin(r), -0.1, Math.cos(r)], 0.11 * s);
  b.cone('head', 0.025 * s, 0.05 * s, { at: nose, rot: [90, turnDeg, 0] }, 8);
}
