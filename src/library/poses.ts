/**
 * Poses of the blocking figure (data/poses.json): joint angles for each pose a description can put a person in.
 * The pose names are the planner's vocabulary (people.json maps verbs to them) and the person prop's `pose`.
 */
import { z } from 'zod';
import data from './data/poses.json' with { type: 'json' };
import { strictObject } from '../core/zod.js';
import { loadBuiltin, builtinError } from './load.js';

export const POSES = ['standing', 'sitting', 'kneeling', 'crouching', 'lying', 'walking', 'running', 'pointing', 'arms-crossed'] as const;
export type Pose = (typeof POSES)[number];

const Angle = z.number().min(-180).max(180);
const Pair = z.tuple([Angle, Angle]).describe('[left, right], degrees');

export const PoseRig = strictObject({
  rest: z.enum(['feet', 'seat', 'back']),
  lean: Angle,
  hip: Pair,
  knee: Pair,
  shoulder: Pair,
  spread: Pair,
  elbow: Pair,
  forearmYaw: Pair,
});
export type PoseRig = z.infer<typeof PoseRig>;

function load(): Readonly<Record<Pose, PoseRig>> {
  const { poses } = loadBuiltin(strictObject({ about: z.array(z.string()), poses: z.record(z.string(), PoseRig) }), data, 'poses.json');
  const missing = POSES.filter((p) => !poses[p]);
  const unknown = Object.keys(poses).filter((p) => !(POSES as readonly string[]).includes(p));
  if (missing.length || unknown.length) {
    throw builtinError('poses.json', [...missing.map((p) => ({ path: `poses.${p}`, message: 'missing' })), ...unknown.map((p) => ({ path: `poses.${p}`, message: 'not a pose the planner knows' }))]);
  }
  return poses as Record<Pose, PoseRig>;
}

export const POSE_RIGS = load();
