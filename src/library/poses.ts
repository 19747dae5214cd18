/**
 * Poses of the blocking figure (data/poses.json): joint angles for each pose a description can put a person in,
 * and the figure's proportions by age. The pose names are the planner's vocabulary (people.json maps verbs to
 * them) and the person prop's `pose`.
 */
import { z } from 'zod';
import data from './data/poses.json' with { type: 'json' };
import { strictObject } from '../core/zod.js';
import { loadBuiltin, builtinError } from './load.js';

export const POSES = ['standing', 'sitting', 'kneeling', 'crouching', 'lying', 'walking', 'running', 'pointing', 'arms-crossed', 'leaning', 'bending', 'holding'] as const;
export type Pose = (typeof POSES)[number];

/** Costume cues the blocking figure can wear, read from what the text says a person wears. */
export const COSTUME_CUES = ['hat', 'hood', 'coat', 'helmet'] as const;
export type CostumeCue = (typeof COSTUME_CUES)[number];

const Angle = z.number().min(-180).max(180);
const Pair = z.tuple([Angle, Angle]).describe('[left, right], degrees');

export const PoseRig = strictObject({
  rest: z.enum(['feet', 'seat', 'back']),
  lean: Angle,
  tilt: Angle.optional().describe('sideways lean, positive to the left; absent is upright'),
  hip: Pair,
  knee: Pair,
  shoulder: Pair,
  spread: Pair,
  elbow: Pair,
  forearmYaw: Pair,
});
export type PoseRig = z.infer<typeof PoseRig>;

export const AGES = ['adult', 'teen', 'child'] as const;
export type Age = (typeof AGES)[number];

const Metres = z.number().positive().max(2.5);
export const FigureBody = strictObject({
  stature: Metres,
  girth: z.number().min(0.5).max(1.5).describe('limb radii against an adult scaled to the same height'),
  ankle: Metres, shin: Metres, thigh: Metres, spine: Metres, neck: Metres, head: Metres,
  shoulder: Metres, hipWidth: Metres, upperArm: Metres, forearm: Metres, hand: Metres, foot: Metres,
});
export type FigureBody = z.infer<typeof FigureBody>;

export const FigureRadii = strictObject({ thigh: Metres, shin: Metres, upperArm: Metres, forearm: Metres, neck: Metres, foot: Metres, pelvis: Metres });
export type FigureRadii = z.infer<typeof FigureRadii>;

const PosesFile = strictObject({
  about: z.array(z.string()),
  poses: z.record(z.string(), PoseRig),
  bodies: strictObject({ adult: FigureBody, teen: FigureBody, child: FigureBody }),
  radii: FigureRadii,
});

const parsed = loadBuiltin(PosesFile, data, 'poses.json');

/** A body's segments stack up to its stature when it stands: a table that does not would float or sink the figure. */
function checkStature(bodies: Record<Age, FigureBody>): void {
  const off = AGES.filter((a) => {
    const b = bodies[a];
    return Math.abs(b.ankle + b.shin + b.thigh + b.spine + b.neck + 2 * b.head - b.stature) > 0.01;
  });
  if (off.length) throw builtinError('poses.json', off.map((a) => ({ path: `bodies.${a}`, message: 'segments do not add up to the stature' })));
}

function load(): Readonly<Record<Pose, PoseRig>> {
  const { poses } = parsed;
  const missing = POSES.filter((p) => !poses[p]);
  const unknown = Object.keys(poses).filter((p) => !(POSES as readonly string[]).includes(p));
  if (missing.length || unknown.length) {
    throw builtinError('poses.json', [...missing.map((p) => ({ path: `poses.${p}`, message: 'missing' })), ...unknown.map((p) => ({ path: `poses.${p}`, message: 'not a pose the planner knows' }))]);
  }
  return poses as Record<Pose, PoseRig>;
}

export const POSE_RIGS = load();
checkStature(parsed.bodies);
/** Segment lengths by age, at each age's stature. */
export const FIGURE_BODIES: Readonly<Record<Age, FigureBody>> = parsed.bodies;
/** Limb radii of the adult at its stature. */
export const FIGURE_RADII: Readonly<FigureRadii> = parsed.radii;
