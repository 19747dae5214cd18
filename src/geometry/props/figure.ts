/**
 * The articulated blocking figure: a mannequin built joint by joint from a pose's angles (library/poses.ts), so
 * limbs bend as a person's do — thighs forward and shins down to the floor when seated, one knee on the ground
 * when kneeling. Proportions come from poses.json's bodies for the figure's age, scaled to its height; it faces +Z.
 * The head, face and hands are figure-head.ts's.
 */
import { Euler, LatheGeometry, Matrix4, Quaternion, Vector2, Vector3 } from 'three';
import { FIGURE_BODIES, FIGURE_RADII, type Age, type FigureBody, type FigureRadii, type PoseRig } from '../../library/poses.js';
import type { PropBuilder, V3 } from './builder.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { EYE_MIDPOINT, drawHand, drawHead, drawHeadwear, headMatrix, headReach, inHead } from './figure-head.js';

export { COSTUME_CUES, type CostumeCue } from '../../library/poses.js';
import type { CostumeCue } from '../../library/poses.js';

export interface FigureParams {
  /** Standing height, metres. */
  height: number;
  /** Width factor: 0.85 slim … 1.2 broad. */
  width: number;
  /** Height of the seat a sitting figure rests on, metres. */
  seatHeight: number;
  headTurnDeg: number;
  /** Looking up (positive) or down, degrees. */
  headPitchDeg?: number;
  /** Proportions: an adult's, a teenager's or a child's (a bigger head for its height, shorter limbs). */
  age?: Age;
  costume?: readonly CostumeCue[];
}

/** Joints in the figure's space before it is set on the floor (pelvis at the origin). `hands` are the wrists. */
export interface Skeleton {
  pelvis: V3;
  neck: V3;
  head: V3;
  shoulders: [V3, V3];
  elbows: [V3, V3];
  hands: [V3, V3];
  /** The middle of each hand, along the forearm past the wrist. */
  palms: [V3, V3];
  hips: [V3, V3];
  knees: [V3, V3];
  ankles: [V3, V3];
}

/** The figure's segment lengths and limb radii in metres: its age's proportions at its height and build. */
interface Body extends Omit<FigureBody, 'stature' | 'girth'> {
  r: FigureRadii;
}

const scaled = <T extends object>(o: T, k: number): T => Object.fromEntries(Object.entries(o).map(([n, v]) => [n, (v as number) * k])) as T;

function bodyOf(p: FigureParams): Body {
  const { stature, girth, ...lengths } = FIGURE_BODIES[p.age ?? 'adult'];
  const radii = scaled(FIGURE_RADII, (p.height / FIGURE_BODIES.adult.stature) * girth);
  // Build widens the legs and the seat the pelvis rests on, as it widens the hips and shoulders.
  return { ...scaled(lengths, p.height / stature), r: { ...radii, thigh: radii.thigh * p.width, shin: radii.shin * p.width, pelvis: radii.pelvis * p.width } };
}

const add = (a: V3, d: V3, k: number): V3 => [a[0] + d[0] * k, a[1] + d[1] * k, a[2] + d[2] * k];
const sub = (a: V3, c: V3): V3 => [a[0] - c[0], a[1] - c[1], a[2] - c[2]];
const lerp = (a: V3, c: V3, t: number): V3 => add(a, sub(c, a), t);
const unit = (d: V3): V3 => {
  const n = Math.hypot(...d) || 1;
  return [d[0] / n, d[1] / n, d[2] / n];
};

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

/** The torso's turn: leaning forward about the hips (+Y towards +Z), then tilting sideways (towards +X on the left). */
function torsoRotation(rig: PoseRig): Quaternion {
  return new Quaternion().setFromEuler(new Euler(rig.lean * DEG_TO_RAD, 0, -(rig.tilt ?? 0) * DEG_TO_RAD, 'ZXY'));
}

const turned = (q: Quaternion, d: V3): V3 => new Vector3(...d).applyQuaternion(q).toArray() as V3;

/** Knee bends for a seated figure whose shins reach the floor from a seat `seat` metres high (dangling if it cannot). */
function seatedKnee(rig: PoseRig, body: Body, seat: number): [number, number] {
  const drop = seat + body.r.pelvis - body.ankle;
  if (drop >= body.shin) return rig.knee;
  const forward = Math.acos(Math.max(-1, Math.min(1, drop / body.shin))) / DEG_TO_RAD;
  return [rig.hip[0] - forward, rig.hip[1] - forward];
}

function arms(rig: PoseRig, body: Body, neck: V3, q: Quaternion, w: number): Pick<Skeleton, 'shoulders' | 'elbows' | 'hands' | 'palms'> {
  const sides = [1, -1] as const;
  const pitch = (k: number) => rig.shoulder[k]! + rig.lean;
  const shoulders = sides.map((side) => add(add(neck, turned(q, [side, 0, 0]), body.shoulder * w), turned(q, [0, 1, 0]), -0.08 * body.spine)) as [V3, V3];
  const elbows = sides.map((side, k) => add(shoulders[k]!, limb(pitch(k), rig.spread[k]!, side), body.upperArm)) as [V3, V3];
  const hands = sides.map((side, k) => add(elbows[k]!, limb(pitch(k) + rig.elbow[k]!, rig.spread[k]!, side, rig.forearmYaw[k]!), body.forearm)) as [V3, V3];
  const palms = sides.map((_, k) => add(hands[k]!, unit(sub(hands[k]!, elbows[k]!)), body.hand / 2)) as [V3, V3];
  return { shoulders, elbows, hands, palms };
}

function skeleton(rig: PoseRig, p: FigureParams): Skeleton {
  const body = bodyOf(p);
  const knee = rig.rest === 'seat' ? seatedKnee(rig, body, p.seatHeight) : rig.knee;
  const pelvis: V3 = [0, 0, 0];
  const q = torsoRotation(rig);
  const up = turned(q, [0, 1, 0]);
  const neck = add(pelvis, up, body.spine);
  const head = add(neck, up, body.neck + body.head);
  // [left, right]: a figure facing +Z has its left hand towards +X.
  const hips = ([1, -1] as const).map((side) => add(pelvis, [side, 0, 0], body.hipWidth * p.width)) as [V3, V3];
  const knees = hips.map((h, k) => add(h, limb(rig.hip[k]!), body.thigh)) as [V3, V3];
  const ankles = knees.map((kn, k) => add(kn, limb(rig.hip[k]! - knee[k]!), body.shin)) as [V3, V3];
  return { pelvis, neck, head, ...arms(rig, body, neck, q, p.width), hips, knees, ankles };
}

/** How high the pelvis stands so the figure rests as its pose says: feet (or a knee) on the floor, or on its seat. */
function pelvisHeight(rig: PoseRig, sk: Skeleton, p: FigureParams): number {
  const body = bodyOf(p);
  const lowest = Math.min(...sk.ankles.map((a) => a[1] - body.ankle), ...sk.knees.map((k) => k[1] - body.r.thigh));
  // Seated: on the seat, unless that would sink a heel below the floor (legs out straight on a low seat).
  return rig.rest === 'seat' ? Math.max(p.seatHeight + body.r.pelvis, -lowest) : -lowest;
}

const shift = (sk: Skeleton, dy: number): Skeleton =>
  Object.fromEntries(Object.entries(sk).map(([k, v]) => [k, Array.isArray(v[0]) ? (v as V3[]).map((j) => add(j, [0, 1, 0], dy)) : add(v as V3, [0, 1, 0], dy)])) as unknown as Skeleton;

/** The figure's joints, set on its floor or seat: what the builder draws and what shots aim at (the head). */
export function posedSkeleton(rig: PoseRig, p: FigureParams): Skeleton {
  const sk = skeleton(rig, p);
  return shift(sk, pelvisHeight(rig, sk, p));
}

const headOf = (sk: Skeleton, p: FigureParams): Matrix4 => headMatrix(sk.head, bodyOf(p).head, p.headTurnDeg, p.headPitchDeg ?? 0);

/** A point given in head units (figure-head.ts), in the posed figure's own space, turned and pitched with the head. */
export function figureHeadPoint(rig: PoseRig, p: FigureParams, at: V3): V3 {
  return inHead(headOf(posedSkeleton(rig, p), p), at);
}

/** Where the posed figure's eyes are, in its own space: midway between the eyeballs. */
export function figureEyes(rig: PoseRig, p: FigureParams): V3 {
  return figureHeadPoint(rig, p, EYE_MIDPOINT);
}

/** How far its back reaches behind the figure's midline (head, chest and what it wears): a lying figure's lift off the floor. */
export function lyingLift(p: FigureParams): number {
  const body = bodyOf(p);
  const coat = p.costume?.includes('coat') ? COAT_LOFT : 1;
  const chest = Math.max(...TORSO.map(([r]) => r)) * TORSO_DEPTH * (p.height / FIGURE_BODIES.adult.stature) * p.width * coat;
  return Math.max(chest, headReach(p.costume ?? []) * body.head);
}

/**
 * The torso's outline, a mannequin's: [radius (metres on a 1.75 m adult), height as a share of the spine] from
 * under the pelvis up past the shoulders; the waist narrows between the hips and a chest that fills out to them.
 */
const TORSO: readonly [number, number][] = [
  [0, -0.18], [0.1, -0.15], [0.15, -0.04], [0.15, 0.08], [0.125, 0.32], [0.13, 0.52], [0.16, 0.72], [0.165, 0.86], [0.14, 0.98], [0.08, 1.05], [0, 1.07],
];
/** Front-to-back depth against the side-to-side width of the torso's section. */
const TORSO_DEPTH = 0.66;
/** A coat stands off the body by this factor. */
const COAT_LOFT = 1.08;

function drawTorso(b: PropBuilder, slot: string, rig: PoseRig, sk: Skeleton, p: FigureParams, loft = 1): void {
  const body = bodyOf(p);
  const k = (p.height / FIGURE_BODIES.adult.stature) * p.width * loft;
  const g = new LatheGeometry(TORSO.map(([r, y]) => new Vector2(r, y * body.spine)), 16);
  g.applyMatrix4(new Matrix4().compose(new Vector3(...sk.pelvis), torsoRotation(rig), new Vector3(k, 1, k * TORSO_DEPTH)));
  b.add(slot, g);
}

/** Legs and feet: capsules between the joints, a foot forward from under each ankle with its sole on the floor. */
function drawLegs(b: PropBuilder, sk: Skeleton, body: Body): void {
  for (const k of [0, 1]) {
    b.capsuleBetween('body', sk.hips[k]!, sk.knees[k]!, body.r.thigh);
    b.capsuleBetween('body', sk.knees[k]!, sk.ankles[k]!, body.r.shin);
    const heel = add(sk.ankles[k]!, [0, -1, 0], body.ankle - body.r.foot);
    b.capsuleBetween('body', heel, add(heel, limb(90), body.foot), body.r.foot);
  }
}

/** Arms from shoulder balls that sit in the torso's top (so no pose opens a gap), elbows, mitten hands. */
function drawArms(b: PropBuilder, sk: Skeleton, body: Body): void {
  // The shoulder girdle: a bar between the balls, inside the chest, that the arms hang from.
  b.capsuleBetween('body', sk.shoulders[0], sk.shoulders[1], body.r.upperArm * 1.2);
  for (const k of [0, 1]) {
    b.sphere('body', body.r.upperArm * 1.45, { at: sk.shoulders[k]! }, 12, 8);
    b.capsuleBetween('body', sk.shoulders[k]!, sk.elbows[k]!, body.r.upperArm);
    b.sphere('body', body.r.forearm * 1.15, { at: sk.elbows[k]! }, 8, 6);
    b.capsuleBetween('body', sk.elbows[k]!, sk.hands[k]!, body.r.forearm);
    drawHand(b, sk.hands[k]!, sk.elbows[k]!, k === 0 ? 1 : -1, body.hand);
  }
}

/**
 * A long coat over the mannequin: a shell over the torso, sleeves to the wrist, and a skirt to the knee — hanging
 * when the figure stands or walks, wrapped round the thighs when it sits, kneels or runs.
 */
function drawCoat(b: PropBuilder, rig: PoseRig, sk: Skeleton, p: FigureParams, body: Body): void {
  drawTorso(b, 'costume', rig, sk, p, COAT_LOFT);
  for (const k of [0, 1]) {
    b.capsuleBetween('costume', sk.shoulders[k]!, sk.elbows[k]!, body.r.upperArm * 1.3);
    b.capsuleBetween('costume', sk.elbows[k]!, lerp(sk.elbows[k]!, sk.hands[k]!, 0.9), body.r.forearm * 1.35);
  }
  if (rig.rest === 'feet' && Math.max(...rig.hip.map(Math.abs)) <= 35) {
    const top = (TORSO[3]![0] * (p.height / FIGURE_BODIES.adult.stature) * p.width) * COAT_LOFT;
    const length = body.thigh * 0.9;
    b.cylinder('costume', top, top * 1.25, length, { at: add(sk.pelvis, [0, -1, 0], length / 2), scale: [1, 1, 0.8] }, 18);
    return;
  }
  for (const k of [0, 1]) b.capsuleBetween('costume', sk.hips[k]!, lerp(sk.hips[k]!, sk.knees[k]!, 0.85), body.r.thigh * 1.3);
}

/** Draws the posed figure: legs, mannequin torso, arms and hands, neck and head with its face, then any costume. */
export function drawFigure(b: PropBuilder, rig: PoseRig, p: FigureParams): void {
  const body = bodyOf(p);
  const sk = posedSkeleton(rig, p);
  drawLegs(b, sk, body);
  drawTorso(b, 'body', rig, sk, p);
  drawArms(b, sk, body);
  b.capsuleBetween('body', sk.neck, add(sk.head, [0, -1, 0], 0.45 * body.head), body.r.neck);
  const head = headOf(sk, p);
  drawHead(b, head);
  const costume = p.costume ?? [];
  if (costume.includes('coat')) drawCoat(b, rig, sk, p, body);
  drawHeadwear(b, costume, head, sk.neck, body.head);
}
