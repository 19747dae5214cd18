/** Transform helpers: spec angles and aim points → glTF quaternions. */
import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { Quat } from './generator.js';
import { DEG_TO_RAD } from '../core/angles.js';


export function eulerDegToQuat(deg: readonly [number, number, number]): Quat {
  const q = new Quaternion().setFromEuler(new Euler(deg[0] * DEG_TO_RAD, deg[1] * DEG_TO_RAD, deg[2] * DEG_TO_RAD, 'XYZ'));
  return [q.x, q.y, q.z, q.w];
}

/** World up, unless looking (almost) straight up or down, where north (-Z) is the top of the frame. */
function upFor(dir: Vector3): Vector3 {
  return Math.abs(dir.y) > 0.999 * dir.length() ? new Vector3(0, 0, dir.y > 0 ? 1 : -1) : new Vector3(0, 1, 0);
}

/**
 * Rotation that points the node's -Z axis from `from` towards `to`: how glTF cameras and lights aim.
 * `rollDeg` then turns it about that axis (a dutch angle).
 */
export function aimNegZ(from: readonly number[], to: readonly number[], rollDeg = 0): Quat {
  const eye = new Vector3(from[0], from[1], from[2]);
  const target = new Vector3(to[0], to[1], to[2]);
  const m = new Matrix4().lookAt(eye, target, upFor(target.clone().sub(eye)));
  const q = new Quaternion().setFromRotationMatrix(m);
  if (rollDeg) q.multiply(new Quaternion().setFromAxisAngle(new Vector3(0, 0, 1), rollDeg * DEG_TO_RAD));
  return [q.x, q.y, q.z, q.w];
}

/** Rotation that points the node's +Z axis at `to`: how objects "face" something (three.js convention). */
export function aimPosZ(from: readonly number[], to: readonly number[]): Quat {
  const eye = new Vector3(from[0], from[1], from[2]);
  const target = new Vector3(to[0], to[1], to[2]);
  const m = new Matrix4().lookAt(target, eye, upFor(target.clone().sub(eye)));
  const q = new Quaternion().setFromRotationMatrix(m);
  return [q.x, q.y, q.z, q.w];
}

/** Rotation that points -Z along a direction vector. */
export function aimAlong(direction: readonly number[], rollDeg = 0): Quat {
  return aimNegZ([0, 0, 0], direction, rollDeg);
}
