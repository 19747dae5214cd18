/**
 * Whether what a shot is about is in its frame: points projected through a placed camera (its position, the point
 * it looks at, its vertical field of view; roll ignored, as it turns the frame about its centre), and the widest a
 * lens may go to bring them all in. Used after a camera is pulled inside a room, where a wall can push a subject
 * out of the frame the grammar computed.
 */
import { Vector3 } from 'three';
import type { CameraPlacement } from './types.js';
import { DEFAULT_SENSOR_MM, focalLengthForFov } from './lens.js';

type V3 = readonly [number, number, number];

/** A point's place on the frame: x, y in -1…1 across the frame when in it, `z` its distance along the view. */
export function projectToFrame(p: Pick<CameraPlacement, 'position' | 'target' | 'verticalFovDeg'>, point: V3, aspect: number): { x: number; y: number; z: number } {
  const eye = new Vector3(...p.position);
  const forward = new Vector3(...p.target).sub(eye).normalize();
  const right = new Vector3().crossVectors(forward, new Vector3(0, 1, 0)).normalize();
  const up = new Vector3().crossVectors(right, forward);
  const v = new Vector3(...point).sub(eye);
  const z = v.dot(forward);
  const tanV = Math.tan((p.verticalFovDeg * Math.PI) / 360);
  return { x: v.dot(right) / (Math.max(z, 1e-6) * tanV * aspect), y: v.dot(up) / (Math.max(z, 1e-6) * tanV), z };
}

/** Whether every point is in front of the camera and inside the frame, `margin` in from its edges (0…1). */
export function allInFrame(p: CameraPlacement, points: readonly V3[], aspect: number, margin = 0.05): boolean {
  return points.every((pt) => {
    const s = projectToFrame(p, pt, aspect);
    return s.z > p.near && Math.abs(s.x) <= 1 - margin && Math.abs(s.y) <= 1 - margin;
  });
}

/**
 * The same camera with a lens just wide enough to hold every point (none wider than `widestMm`), or undefined
 * when a point is behind it or even the widest lens cannot hold them.
 */
export function widenToHold(p: CameraPlacement, points: readonly V3[], aspect: number, widestMm = 14, margin = 0.08): CameraPlacement | undefined {
  let need = 0;
  for (const pt of points) {
    const s = projectToFrame({ ...p, verticalFovDeg: 90 }, pt, aspect);
    if (s.z <= p.near) return undefined;
    // At 90° tan(v/2) = 1, so the projected coordinates are the tangents the lens must reach.
    need = Math.max(need, Math.abs(s.y), Math.abs(s.x));
  }
  const tanV = need / (1 - margin);
  const verticalFovDeg = (2 * Math.atan(tanV) * 180) / Math.PI;
  const focalLengthMm = focalLengthForFov((verticalFovDeg * Math.PI) / 180, DEFAULT_SENSOR_MM[1]);
  if (focalLengthMm < widestMm) return undefined;
  return focalLengthMm < p.focalLengthMm ? { ...p, verticalFovDeg, focalLengthMm } : p;
}
