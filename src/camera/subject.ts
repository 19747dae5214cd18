/** Measuring subjects: boxes as three.js boxes, eyes, standing height, the level direction a subject faces. */
import { Box3, Vector3 } from 'three';
import type { Box, Subject } from './types.js';
import { EYE_HEIGHT } from './framing.js';

export function levelForward(subject: Subject): Vector3 | undefined {
  if (!subject.forward) return undefined;
  const f = level(new Vector3(...subject.forward));
  return f.lengthSq() > 1e-12 ? f.normalize() : undefined;
}

export function level(v: Vector3): Vector3 {
  return v.setY(0);
}

/** Where a person's eyes are: the posed figure's own, else the standing share of their box's height. */
export function eyes(box: Box3, subject?: Subject): Vector3 {
  if (subject?.eyes) return new Vector3(...subject.eyes);
  const centre = box.getCenter(new Vector3());
  return centre.setY(box.min.y + EYE_HEIGHT * personHeight(box));
}

/** A person lying down: their box lower than half their stature and longer, level, than it is high. */
export function isLying(box: Box3, subject: Subject): boolean {
  const size = box.getSize(new Vector3());
  return size.y < 0.5 * personHeight(box, subject) && Math.max(size.x, size.z) > 2 * size.y;
}

/** Standing height (a seated person is framed as tall as they stand), with a floor so a flat box still gives a usable distance. */
export function personHeight(box: Box3, subject?: Subject): number {
  return Math.max(subject?.stature ?? box.max.y - box.min.y, 0.01);
}

export function largestDimension(box: Box3): number {
  const s = box.getSize(new Vector3());
  return Math.max(s.x, s.y, s.z, 0.01);
}

export function corners(box: Box3): Vector3[] {
  const out: Vector3[] = [];
  for (const x of [box.min.x, box.max.x]) for (const y of [box.min.y, box.max.y]) for (const z of [box.min.z, box.max.z]) out.push(new Vector3(x, y, z));
  return out;
}

export function toBox3(box: Box): Box3 {
  return new Box3(new Vector3(...box.min), new Vector3(...box.max));
}
