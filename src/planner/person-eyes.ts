/**
 * A person subject's eyes and standing height for the shot grammar: a seated, kneeling or lying figure's face is
 * where its pose puts it, and a close-up frames it there at the size a standing person's would be. A shot of
 * someone's hands or feet frames those, where the pose puts them.
 */
import { person, personEyes, personLimbEnds } from '../geometry/props/reference.js';

type V3 = [number, number, number];

export function personFraming(geometry: unknown, position: readonly number[], yawDeg: number): { eyes: V3; stature: number } | undefined {
  const parsed = person.schema.safeParse(geometry);
  if (!parsed.success) return undefined;
  return { eyes: placed(personEyes(parsed.data), position, yawDeg), stature: parsed.data.height };
}

/**
 * A shot of a person's hands (or feet): the box it frames, where the pose puts them, with a little room around;
 * the way the camera looks at them — from the side they are on, three-quarters round from the face, so a hand at
 * work reads against the set and not against the chest; and the least picture height that still shows a hand.
 */
export function limbShot(geometry: unknown, position: readonly number[], yawDeg: number, part: 'hands' | 'feet'): { box: { min: V3; max: V3 }; forward: V3; minFrameM: number } | undefined {
  const parsed = person.schema.safeParse(geometry);
  if (!parsed.success) return undefined;
  const both = personLimbEnds(parsed.data, part === 'hands' ? 'palms' : 'ankles').map((e) => placed(e, position, yawDeg));
  const scale = parsed.data.height / ADULT_STATURE_M;
  // Hands together (holding, crossed) make one close-up; hanging apart at the sides, the right one is the shot.
  const ends = Math.hypot(...[0, 1, 2].map((k) => both[0]![k]! - both[1]![k]!)) > APART_M * scale ? [both[1]!] : both;
  const pad = LIMB_PAD_M * scale;
  const box = {
    min: [0, 1, 2].map((k) => Math.min(...ends.map((e) => e[k]!)) - pad) as V3,
    max: [0, 1, 2].map((k) => Math.max(...ends.map((e) => e[k]!)) + pad) as V3,
  };
  return { box, forward: threeQuarter(yawDeg, ends, position), minFrameM: HAND_M * scale };
}

/** How far round from the face a shot of the hands looks, degrees. */
const LIMB_VIEW_DEG = 60;
/** A hand's length on an adult, metres: the least a shot of hands shows. */
const HAND_M = 0.22;

/** The person's forward turned LIMB_VIEW_DEG towards the side the framed ends are on (their right when centred). */
function threeQuarter(yawDeg: number, ends: V3[], position: readonly number[]): V3 {
  const r = (yawDeg * Math.PI) / 180;
  const forward = [Math.sin(r), Math.cos(r)];
  // The figure's own right, in the scene (its local −X turned by its yaw).
  const right = [-Math.cos(r), Math.sin(r)];
  const mid = [ends.reduce((s, e) => s + e[0], 0) / ends.length - position[0]!, ends.reduce((s, e) => s + e[2], 0) / ends.length - position[2]!];
  const side = mid[0]! * right[0]! + mid[1]! * right[1]! < -0.05 ? -1 : 1;
  const a = (LIMB_VIEW_DEG * Math.PI) / 180;
  return [forward[0]! * Math.cos(a) + side * right[0]! * Math.sin(a), 0, forward[1]! * Math.cos(a) + side * right[1]! * Math.sin(a)];
}

/** Room kept around hands or feet, metres on an adult: a hand's length. */
const LIMB_PAD_M = 0.1;
const ADULT_STATURE_M = 1.75;
/** Hands (or feet) further apart than this, metres on an adult, are framed one at a time. */
const APART_M = 0.35;

/** A point of the figure's own space turned about Y by its yaw, then moved to where it stands. */
export function placed([x, y, z]: readonly number[], position: readonly number[], yawDeg: number): V3 {
  const r = (yawDeg * Math.PI) / 180;
  return [position[0]! + x! * Math.cos(r) + z! * Math.sin(r), position[1]! + y!, position[2]! - x! * Math.sin(r) + z! * Math.cos(r)];
}
