/**
 * Things in a person's hand ("with an umbrella", "carrying a lantern"): where the hand is once the figure stands
 * and turns, and how the thing sits in it. Small or bulky things are held before the body in both hands (the
 * 'holding' pose); long slender ones (a sword, a furled umbrella, a staff) by their grip in one hand, at the side.
 */
import { footprint, placeBox } from '../geometry/layout/footprint.js';
import type { Placed } from '../geometry/layout/place.js';
import type { GeometryParams } from '../geometry/registry.js';
import { person, personLimbEnds } from '../geometry/props/reference.js';
import { placed } from './person-eyes.js';

/** Taller than this (metres), and slender, a thing is held by one end in one hand; else before the body in both. */
const LONG_M = 0.45;
/** How far the fingers reach round a thing held before the body, metres. */
const FINGERS_M = 0.08;
/** How many times taller than wide a long thing is. */
const SLENDER = 2;
/** How far up a long thing's length the grip is (a sword's hilt, a lantern's bail). */
const GRIP_SHARE = 0.1;
/** Room between the top of the head and an open umbrella's canopy, metres. */
const HEAD_CLEARANCE_M = 0.08;

type V3 = [number, number, number];

/** Whether the holder's pose changes to hold it before the body: a standing figure with a small thing or an open umbrella. */
export function holdsBeforeBody(holderParams: Record<string, unknown>, thing: GeometryParams): boolean {
  return holderParams.pose === 'standing' && (!isLong(footprint(thing)) || openUmbrella(thing));
}

/** Held by one end: taller than LONG_M and slender (a sword, a staff, a furled umbrella), not a crate or a basket. */
function isLong(b: Placed['bounds']): boolean {
  const height = b.max[1] - b.min[1];
  return height > LONG_M && height >= SLENDER * Math.max(b.max[0] - b.min[0], b.max[2] - b.min[2]);
}

/** An open umbrella is held up before the body, so its canopy clears the head. */
const openUmbrella = (thing: GeometryParams) => thing.type === 'umbrella' && (thing as { open?: boolean }).open !== false;

/**
 * Where the thing goes: its origin (base centre) placed so that a small thing's middle is between the palms and a
 * long one's grip is in the right hand; a furled umbrella is carried handle up, tip to the floor (turned over).
 */
export function inHand(holder: Placed, thing: GeometryParams): { position: V3; yawDeg: number; rollDeg: number; bounds: Placed['bounds'] } | undefined {
  const parsed = person.schema.safeParse(holder.params);
  if (!parsed.success) return undefined;
  const [left, right] = personLimbEnds(parsed.data, 'palms').map((p) => placed(p, holder.position, holder.yawDeg));
  const box = footprint(thing);
  const height = box.max[1] - box.min[1];
  const long = isLong(box);
  const furled = (thing as { type: string; open?: boolean; base?: boolean }).type === 'umbrella' && (thing as { open?: boolean }).open === false;
  const between: V3 = [(left![0] + right![0]) / 2, (left![1] + right![1]) / 2, (left![2] + right![2]) / 2];
  // A bulky thing held in both hands stands out before them, its near side at the fingers, not in the chest.
  const out = Math.max(0, (box.max[2] - box.min[2]) / 2 - FINGERS_M);
  const yaw = (holder.yawDeg * Math.PI) / 180;
  const at: V3 = long ? right! : [between[0] + Math.sin(yaw) * out, between[1], between[2] + Math.cos(yaw) * out];
  const grip = furled ? Math.max(at[1], box.max[1] + 0.01) : long ? at[1] - box.min[1] - height * GRIP_SHARE : at[1] - (box.min[1] + box.max[1]) / 2;
  // An open umbrella's canopy clears the head: held higher up its shaft when the hand hangs low (walking).
  const y = openUmbrella(thing) ? Math.max(grip, holder.bounds.max[1] + HEAD_CLEARANCE_M - box.max[1]) : grip;
  const position: V3 = [round(at[0]), round(Math.max(0, y)), round(at[2])];
  const bounds = placeBox(box, position, holder.yawDeg);
  // Turned over, the thing hangs from the hand: its box reaches down from the grip instead of up.
  if (furled) Object.assign(bounds, { min: [bounds.min[0], position[1] - box.max[1], bounds.min[2]], max: [bounds.max[0], position[1] - box.min[1], bounds.max[2]] });
  return { position, yawDeg: holder.yawDeg, rollDeg: furled ? 180 : 0, bounds };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
