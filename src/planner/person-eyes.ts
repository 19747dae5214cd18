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

/** Where a person's hands (or feet) are in the scene: the box a shot of "her hands" frames, with a little room around. */
export function limbEndsBox(geometry: unknown, position: readonly number[], yawDeg: number, part: 'hands' | 'feet'): { min: V3; max: V3 } | undefined {
  const parsed = person.schema.safeParse(geometry);
  if (!parsed.success) return undefined;
  const both = personLimbEnds(parsed.data, part === 'hands' ? 'palms' : 'ankles').map((e) => placed(e, position, yawDeg));
  const scale = parsed.data.height / ADULT_STATURE_M;
  // Hands together (holding, crossed) make one close-up; hanging apart at the sides, the right one is the shot.
  const ends = Math.hypot(...[0, 1, 2].map((k) => both[0]![k]! - both[1]![k]!)) > APART_M * scale ? [both[1]!] : both;
  const pad = LIMB_PAD_M * scale;
  return {
    min: [0, 1, 2].map((k) => Math.min(...ends.map((e) => e[k]!)) - pad) as V3,
    max: [0, 1, 2].map((k) => Math.max(...ends.map((e) => e[k]!)) + pad) as V3,
  };
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
