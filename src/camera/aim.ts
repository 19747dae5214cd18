/**
 * Aiming: the camera orbits an anchor at an azimuth and elevation and is turned so the anchor lands on a chosen
 * screen point, at the distance the shot size asks for or farther where fit rules need it; a camera that would
 * go below the ground is raised. Pure maths on three's math classes (no DOM, no Node).
 */
import { Box3, Euler, MathUtils, Quaternion, Vector3 } from 'three';
import { degToRad } from '../core/angles.js';
import { FIT_NDC } from './framing.js';
import { corners } from './subject.js';

/** lookAt with Y up cannot pitch past vertical; stop just short so yaw stays defined. */
export const MAX_PITCH = degToRad(89);

export const UP = new Vector3(0, 1, 0);

export interface Lens { tanV: number; tanH: number }

/** Points that must land inside the frame, on one or both axes. */
export interface FitRule { points: Vector3[]; axes: 'x' | 'xy' }

/** A shot solved around its anchor: the camera orbits it at an azimuth and elevation. */
export interface OrbitShot {
  anchor: Vector3;
  screen: [number, number];
  /** Level unit vector from the anchor towards the camera. */
  heading: Vector3;
  elevationDeg: number;
  /** Distance along the view axis to the anchor's plane that the size asks for; fit rules may add to it. */
  depth: number;
  fit: FitRule[];
  /** A point that must land at screen height y; the anchor's y is solved for it. */
  pin?: { point: Vector3; y: number };
}

export interface Aimed {
  camera: Vector3;
  target: Vector3;
  anchor: Vector3;
  screen: [number, number];
  /** Camera basis: right, up, and the viewing direction. */
  right: Vector3;
  up: Vector3;
  forward: Vector3;
}

/** Normalised screen position of a point for an aimed camera (before roll). */
export function screenOf(p: Vector3, shot: Aimed, lens: Lens): [number, number] {
  const v = p.clone().sub(shot.camera);
  const depth = v.dot(shot.forward);
  return [0.5 + v.dot(shot.right) / depth / lens.tanH / 2, 0.5 - v.dot(shot.up) / depth / lens.tanV / 2];
}

/**
 * Places the camera around the anchor and aims it. The distance is the size's, or more where a fit rule needs it;
 * a camera that would go below the ground is raised to it at the same distance and re-aimed.
 */
export function orbit(shot: OrbitShot, lens: Lens, ground: number): Aimed {
  const pin = shot.pin;
  let aimed = orbitOnce(shot, lens, ground);
  if (!pin) return aimed;
  // The pinned point moves almost one-for-one with the anchor's screen y, so a fixed-point walk settles fast.
  let current = shot;
  for (let i = 0; i < 20; i++) {
    const miss = pin.y - screenOf(pin.point, aimed, lens)[1];
    if (Math.abs(miss) < 1e-4) break;
    current = { ...current, screen: [current.screen[0], MathUtils.clamp(current.screen[1] + miss, 0.05, 0.95)] };
    aimed = orbitOnce(current, lens, ground);
  }
  return aimed;
}

export function orbitOnce(shot: OrbitShot, lens: Lens, ground: number): Aimed {
  const c = offAxis(shot.screen, lens);
  let elevation = reachable(degToRad(shot.elevationDeg), c);
  let aimed = orbitAt(shot, lens, elevation, c);
  // Raising the camera changes the view, which can change the fit distance; a few rounds settle it.
  for (let i = 0; i < 8 && aimed.camera.y < ground - 1e-9; i++) {
    const distance = aimed.camera.distanceTo(shot.anchor);
    elevation = reachable(Math.asin(MathUtils.clamp((ground - shot.anchor.y) / distance, -1, 1)), c);
    aimed = orbitAt(shot, lens, elevation, c);
  }
  if (aimed.camera.y < ground - 1e-9) {
    // Still low after the rounds: pin it to the ground at the last distance, accepting a hair less margin.
    const distance = aimed.camera.distanceTo(shot.anchor);
    elevation = Math.asin(MathUtils.clamp((ground - shot.anchor.y) / distance, -1, 1));
    return aimFrom(direction(shot.heading, elevation).multiplyScalar(distance).add(shot.anchor), shot.anchor, shot.screen, lens);
  }
  return aimed;
}

export function orbitAt(shot: OrbitShot, lens: Lens, elevation: number, c: Vector3): Aimed {
  const toCamera = direction(shot.heading, elevation);
  const q = orientation(toCamera.clone().negate(), c);
  const basis = basisOf(q);
  const depth = Math.max(shot.depth, fitDepth(shot, basis, c, lens));
  const camera = toCamera.multiplyScalar(depth * c.length()).add(shot.anchor);
  return { camera, target: camera.clone().addScaledVector(basis.forward, depth), anchor: shot.anchor, screen: shot.screen, ...basis };
}

/** Aims a camera at a fixed position so the anchor lands on `screen`. */
export function aimFrom(camera: Vector3, anchor: Vector3, screen: [number, number], lens: Lens): Aimed {
  const c = offAxis(screen, lens);
  const toAnchor = anchor.clone().sub(camera);
  const basis = basisOf(orientation(toAnchor.clone().normalize(), c));
  const depth = toAnchor.length() / c.length();
  return { camera, target: camera.clone().addScaledVector(basis.forward, depth), anchor, screen, ...basis };
}

/**
 * The anchor's direction in camera space (x right, y up, looking down −z), scaled to unit depth. Aiming at the
 * anchor offset by frameWidth·(0.5 − x) sideways and frameHeight·(y − 0.5) vertically is the same thing.
 */
export function offAxis([x, y]: [number, number], lens: Lens): Vector3 {
  return new Vector3(lens.tanH * (2 * x - 1), lens.tanV * (1 - 2 * y), -1);
}

/**
 * The elevation nearest `elevation` that a level-horizon camera can shoot with the anchor off-axis by `c`. A steep
 * birds-eye with the anchor high in frame would need the camera to pitch past straight down, which flips the
 * picture, so the pitch stops at ±MAX_PITCH and the elevation gives way instead.
 */
export function reachable(elevation: number, c: Vector3): number {
  // From orientation(): sin(pitch + atan ty) = −sin(elevation)·|c| / √(1+ty²).
  const k = Math.hypot(1, c.y) / c.length();
  const phi = Math.atan(c.y);
  const lo = Math.sin(Math.max(-MAX_PITCH + phi, -Math.PI / 2));
  const hi = Math.sin(Math.min(MAX_PITCH + phi, Math.PI / 2));
  const s = MathUtils.clamp(-Math.sin(elevation) / k, lo, hi);
  return Math.asin(MathUtils.clamp(-s * k, -1, 1));
}

/**
 * The roll-free orientation (yaw, then pitch, as lookAt with Y up gives) under which the camera-space direction
 * `c` points along the world direction `toAnchor`. Pitch is solved from the vertical component alone (yaw does
 * not change it), then yaw turns the result onto the anchor's bearing.
 */
export function orientation(toAnchor: Vector3, c: Vector3): Quaternion {
  const d = toAnchor.clone().normalize();
  const ty = c.y;
  // After pitch θ the vertical component of c is ty·cosθ + sinθ = √(1+ty²)·sin(θ + atan ty).
  const s = MathUtils.clamp((d.y * c.length()) / Math.hypot(1, ty), -1, 1);
  const pitch = Math.asin(s) - Math.atan(ty);
  const pitched = c.clone().applyAxisAngle(new Vector3(1, 0, 0), pitch);
  const yaw = Math.atan2(d.x, d.z) - Math.atan2(pitched.x, pitched.z);
  return new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ'));
}

export function basisOf(q: Quaternion): { right: Vector3; up: Vector3; forward: Vector3 } {
  return {
    right: new Vector3(1, 0, 0).applyQuaternion(q),
    up: new Vector3(0, 1, 0).applyQuaternion(q),
    forward: new Vector3(0, 0, -1).applyQuaternion(q),
  };
}

/**
 * The smallest depth (along the view axis, to the anchor's plane) at which every fit point is inside the
 * frame's middle FIT_NDC. With the orientation fixed, a point's camera-space coordinates are linear in that
 * depth — x = r + depth·tx, z = f + depth — so each frame edge gives one linear bound.
 */
export function fitDepth(shot: OrbitShot, basis: { right: Vector3; up: Vector3; forward: Vector3 }, c: Vector3, lens: Lens): number {
  let depth = 0;
  const limitX = FIT_NDC * lens.tanH;
  const limitY = FIT_NDC * lens.tanV;
  const offset = new Vector3();
  for (const rule of shot.fit) {
    for (const p of rule.points) {
      offset.subVectors(p, shot.anchor);
      const f = offset.dot(basis.forward);
      const r = offset.dot(basis.right);
      depth = Math.max(depth, (r - limitX * f) / (limitX - c.x), (-r - limitX * f) / (limitX + c.x), 1e-3 - f);
      if (rule.axes === 'xy') {
        const u = offset.dot(basis.up);
        depth = Math.max(depth, (u - limitY * f) / (limitY - c.y), (-u - limitY * f) / (limitY + c.y));
      }
    }
  }
  return depth;
}

/**
 * near: 2 % of the focus distance (depth precision follows the near/far ratio), at least 1 cm, but in front of
 * the closest subject point. far: 1.5 × the farthest corner of the scene or a subject.
 */
export function clipPlanes(shot: Aimed, subjects: Box3[], scene: Box3): { near: number; far: number } {
  const focus = shot.camera.distanceTo(shot.anchor);
  let near = Math.max(0.01, 0.02 * focus);
  let farthest = focus;
  for (const box of subjects) {
    for (const p of corners(box)) {
      const depth = p.clone().sub(shot.camera).dot(shot.forward);
      if (depth > 0) near = Math.min(near, 0.9 * depth);
    }
  }
  for (const box of [scene, ...subjects]) {
    for (const p of corners(box)) farthest = Math.max(farthest, p.distanceTo(shot.camera));
  }
  near = Math.max(near, 1e-3);
  return { near, far: Math.max(1.5 * farthest, 2 * near) };
}

/** `forward` turned about Y by the azimuth: + goes towards the subject's own left (up × forward). */
export function headingAround(forward: Vector3, azimuthDeg: number): Vector3 {
  return forward.clone().applyAxisAngle(UP, degToRad(azimuthDeg)).normalize();
}

export function direction(heading: Vector3, elevation: number): Vector3 {
  return heading.clone().multiplyScalar(Math.cos(elevation)).setY(Math.sin(elevation));
}

export function tuple(v: Vector3): [number, number, number] {
  return [v.x, v.y, v.z];
}
