/** Material variation parameters (colour shift, wear, dirt, weather, season); applied by materials/variation. */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';

export const WEATHER = ['wet', 'frozen', 'dusty', 'corroded', 'weathered'] as const;
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Weather = (typeof WEATHER)[number];
export type Season = (typeof SEASONS)[number];

const amount = z.number().min(0).max(1);

export const Variation = strictObject({
  hueShiftDeg: z.number().min(-180).max(180).default(0),
  saturation: z.number().min(-1).max(1).default(0).describe('relative: -1 grey, +1 twice as saturated'),
  value: z.number().min(-1).max(1).default(0).describe('relative brightness'),
  wear: amount.default(0).describe('scuffed, lighter edges (convex areas of the texture)'),
  dirt: amount.default(0).describe('grime in cavities'),
  weather: z.enum(WEATHER).optional(),
  weatherAmount: amount.default(1),
  season: z.enum(SEASONS).optional(),
});
export type Variation = z.infer<typeof Variation>;
export type VariationInput = z.input<typeof Variation>;
