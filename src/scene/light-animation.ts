/** Light animation parameters (flicker, neon, lightning, pulse, day cycle); the curves live in lighting/animation. */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';

export const LIGHT_ANIMATIONS = ['candle', 'torch', 'fire', 'neon', 'lightning', 'pulse', 'daycycle'] as const;

export const LightAnimation = strictObject({
  kind: z.enum(LIGHT_ANIMATIONS),
  speed: z.number().min(0.05).max(20).default(1).describe('time scale: 2 flickers twice as fast'),
  amount: z.number().min(0).max(1).default(1).describe('how strong the variation is'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(0),
  durationS: z.number().min(0.5).max(600).default(8).describe('length of the looping glTF animation, seconds (a whole day for daycycle)'),
});
export type LightAnimation = z.infer<typeof LightAnimation>;
