/**
 * The blocking figure's head, hands and head-worn costume: what a close-up frames. The face (head-surface.ts) is
 * modelled so light can shape it — a brow ridge over eyes set back in their sockets, cheekbones, a nose that throws
 * a shadow, a muzzle and jaw — so a Rembrandt triangle or a butterfly shadow has somewhere to form, and an extreme
 * close-up of the eyes finds two eyeballs (their own material slot). Sizes are in head units: the head's radius is 1, the face
 * looks along +Z and +Y is up before the head turns and pitches.
 */
import { CapsuleGeometry, CylinderGeometry, Euler, Matrix4, Quaternion, SphereGeometry, TorusGeometry, Vector3, type BufferGeometry } from 'three';
import type { PropBuilder, V3 } from './builder.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { CRANIUM, EYE, headSurface } from './head-surface.js';

/** Where the eyes look from, in head units: midway between the eyeballs. */
export const EYE_MIDPOINT: V3 = [0, EYE.y, EYE.z];

/** The head's turn (positive to the figure's left) and pitch (positive looks up), applied in that order. */
export function headRotation(turnDeg: number, pitchDeg: number): Quaternion {
  return new Quaternion().setFromEuler(new Euler(-pitchDeg * DEG_TO_RAD, turnDeg * DEG_TO_RAD, 0, 'YXZ'));
}

/** The head's frame: from head units to the figure's space. */
export function headMatrix(centre: V3, radius: number, turnDeg: number, pitchDeg: number): Matrix4 {
  return new Matrix4().compose(new Vector3(...centre), headRotation(turnDeg, pitchDeg), new Vector3(radius, radius, radius));
}

/** A point given in head units, in the figure's space. */
export function inHead(head: Matrix4, p: V3): V3 {
  return new Vector3(...p).applyMatrix4(head).toArray() as V3;
}

function placeIn(b: PropBuilder, slot: string, g: BufferGeometry, frame: Matrix4, at: V3, size: V3, rotXDeg = 0): void {
  const local = new Matrix4().compose(new Vector3(...at), new Quaternion().setFromEuler(new Euler(rotXDeg * DEG_TO_RAD, 0, 0)), new Vector3(...size));
  g.applyMatrix4(new Matrix4().multiplyMatrices(frame, local));
  b.add(slot, g);
}

/** The head and face in `head` (headMatrix), the eyeballs in the `eyes` slot. */
export function drawHead(b: PropBuilder, head: Matrix4): void {
  placeIn(b, 'head', headSurface(), head, [0, 0, 0], [1, 1, 1]);
  for (const side of [1, -1]) placeIn(b, 'eyes', new SphereGeometry(EYE.radius, 12, 8), head, [side * EYE.apart, EYE.y, EYE.z], [1, 1, 1]);
}

/** Mitten proportions against the hand's length (wrist to fingertip). */
const MITTEN = { width: 0.5, thickness: 0.18, thumb: 0.1 };

const v3 = (v: Vector3): V3 => v.toArray() as V3;

/**
 * A hand as a mitten with a thumb, laid along the forearm from the wrist, palm towards the body's midline (a
 * hanging arm's palm faces the thigh, a forward arm's palms face each other); `side` is 1 for the left hand.
 */
export function drawHand(b: PropBuilder, wrist: V3, elbow: V3, side: number, length: number): void {
  const along = new Vector3(...wrist).sub(new Vector3(...elbow)).normalize();
  // The palm's normal: sideways, unless the forearm itself points sideways (then the palm faces down).
  const sideways = new Vector3(side, 0, 0);
  const normal = Math.abs(sideways.dot(along)) > 0.9 ? new Vector3(0, 1, 0) : sideways;
  normal.addScaledVector(along, -normal.dot(along)).normalize();
  const thumbward = new Vector3().crossVectors(along, normal).multiplyScalar(side).normalize();
  const across = new Vector3().crossVectors(along, thumbward);
  const centre = new Vector3(...wrist).addScaledVector(along, length / 2);
  const frame = new Matrix4().makeBasis(across, along, thumbward).setPosition(centre);
  // A capsule 2 tall and 1 wide, squashed to the mitten.
  const mitten = new CapsuleGeometry(0.5, 1, 2, 8);
  mitten.applyMatrix4(new Matrix4().multiplyMatrices(frame, new Matrix4().makeScale(MITTEN.thickness * length, length / 2, MITTEN.width * length)));
  b.add('body', mitten);
  const root = new Vector3(...wrist).addScaledVector(along, 0.2 * length).addScaledVector(thumbward, 0.3 * length);
  const tip = root.clone().addScaledVector(along, 0.3 * length).addScaledVector(thumbward, 0.15 * length);
  b.capsuleBetween('body', v3(root), v3(tip), MITTEN.thumb * length, 6);
}

/** Where the figure's fingertips reach, for checks that a hand hangs from its wrist. */
export function fingertip(wrist: V3, elbow: V3, length: number): V3 {
  return v3(new Vector3(...wrist).sub(new Vector3(...elbow)).normalize().multiplyScalar(length).add(new Vector3(...wrist)));
}

/** How far behind the head's centre a lying figure's head (or its hood's cowl, or hat brim) reaches, in head units. */
export function headReach(costume: readonly string[]): number {
  return costume.includes('hood') ? 1.7 : costume.includes('hat') ? 1.35 : 1.05;
}

/** A brimmed hat: a crown over the skull's top and a brim at the temples. */
function drawHat(b: PropBuilder, head: Matrix4): void {
  placeIn(b, 'costume', new CylinderGeometry(0.68, 0.74, 0.6, 18), head, [0, 0.9, -0.06], [0.88, 1, 1]);
  placeIn(b, 'costume', new CylinderGeometry(1.3, 1.3, 0.05, 24), head, [0, 0.6, -0.04], [0.9, 1, 1]);
}

/** A hood: a shell over the skull open at the face, and a cowl from the neck onto the shoulders. */
function drawHood(b: PropBuilder, head: Matrix4, neck: V3, radius: number): void {
  // The face opening spans ±55° about +Z (three's sphere puts phi = 90° at +Z).
  placeIn(b, 'costume', new SphereGeometry(1, 18, 10, 145 * DEG_TO_RAD, 250 * DEG_TO_RAD, 0, 0.7 * Math.PI), head, [0, 0.1, -0.1], [0.86, 1.08, 1.02]);
  b.cylinder('costume', 0.8 * radius, 1.6 * radius, 0.9 * radius, { at: [neck[0], neck[1] + 0.2 * radius, neck[2] - 0.1 * radius] }, 16);
}

/** A helmet: a dome over the skull down to the brow, with a rolled rim. */
function drawHelmet(b: PropBuilder, head: Matrix4): void {
  const rim = 0.45 * Math.PI;
  placeIn(b, 'costume', new SphereGeometry(1, 18, 8, 0, 2 * Math.PI, 0, rim), head, CRANIUM.at, [0.8, 1.02, 0.98]);
  const y = CRANIUM.at[1] + Math.cos(rim) * 1.02;
  const r = Math.sin(rim);
  placeIn(b, 'costume', new TorusGeometry(1, 0.05, 6, 24), head, [0, y, CRANIUM.at[2]], [0.8 * r, 0.98 * r, 1], 90);
}

/** What the figure wears on its head, from its costume cues (the coat is the body's: figure.ts). */
export function drawHeadwear(b: PropBuilder, costume: readonly string[], head: Matrix4, neck: V3, radius: number): void {
  if (costume.includes('helmet')) drawHelmet(b, head);
  else if (costume.includes('hat')) drawHat(b, head);
  if (costume.includes('hood')) drawHood(b, head, neck, radius);
}
