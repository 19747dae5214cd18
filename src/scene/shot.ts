/**
 * Shots: the film-maker's vocabulary (shot sizes, camera angles, composition) and the Shot schema. These enums
 * are the one source of the vocabulary; camera/, the planner and the render protocol infer their types from them.
 */
import { z } from 'zod';
import { strictObject, Id, Name, Text } from '../core/zod.js';
import { Look } from './look.js';

/** Shot sizes as a script supervisor writes them: extreme close-up … extreme wide, plus OTS, two-shot, insert. */
export const ShotSize = z.enum(['ECU', 'CU', 'MCU', 'MS', 'MLS', 'FS', 'WS', 'EWS', 'OTS', 'TWO', 'INSERT']);
export type ShotSize = z.infer<typeof ShotSize>;

export const ShotAngle = z.enum(['eye', 'high', 'low', 'birds-eye', 'worms-eye', 'dutch']);
export type ShotAngle = z.infer<typeof ShotAngle>;

/** Camera moves as a shot list writes them; the frame is the move's first (or only) position. */
export const ShotMove = z
  .enum(['static', 'dolly-in', 'dolly-out', 'push-in', 'pull-back', 'pan-left', 'pan-right', 'pan', 'tilt-up', 'tilt-down', 'tilt', 'tracking', 'trucking', 'crane-up', 'crane-down', 'handheld', 'steadicam', 'zoom-in', 'zoom-out'])
  .describe('camera move written for the shot (dolly in, pan left, crane up, handheld …); recorded for the storyboard, the frame shows its start');
export type ShotMove = z.infer<typeof ShotMove>;

export const ShotComposition = z.enum(['auto', 'centered', 'thirds-left', 'thirds-right']);
export type ShotComposition = z.infer<typeof ShotComposition>;

export const Shot = strictObject({
  id: Id,
  camera: Id.optional().describe('id of a camera in `cameras`; without one the camera is placed from shotSize, angle, composition and subjects'),
  title: Name.optional(),
  description: Text.optional(),
  durationS: z.number().positive().max(3600).optional(),
  shotSize: ShotSize.optional(),
  angle: ShotAngle.optional(),
  subjects: z.array(Id).max(64).default([]).describe('ids of the objects this shot is about (for OTS: who we look at, then whose shoulder)'),
  composition: ShotComposition.default('auto').describe('where the subject sits in frame when the camera is placed for the shot: auto = looking room for people, centred otherwise'),
  focalLengthMm: z.number().min(8).max(1200).optional().describe('lens for a placed camera; default by shot size (85 mm for a CU … 24 mm for an EWS)'),
  move: ShotMove.optional(),
  timeS: z.number().min(0).max(86400).default(0).describe('moment in the scene\'s animations (flicker, lightning, day cycle) the frame is taken at'),
  look: Look.default(Look.parse({})),
});
export type Shot = z.infer<typeof Shot>;
