/**
 * The per-shot look: tone mapping, exposure, grade and lens effects. Rendered by the renderer; here it is the
 * contract. Every effect is off unless asked for, so a plain shot renders plain.
 */
import { z } from 'zod';
import { strictObject, Id, FilePath, unit } from '../core/zod.js';

const Rgb = z.tuple([z.number().min(-2).max(4), z.number().min(-2).max(4), z.number().min(-2).max(4)]);

export const Look = strictObject({
  toneMapping: z.enum(['agx', 'aces', 'neutral', 'linear']).default('agx'),
  exposureEv: z.number().min(-16).max(16).default(0).describe('exposure compensation in stops'),
  grade: Id.optional().describe('colour-grade preset id'),
  lut: FilePath.optional().describe('.cube 3D LUT, relative to the spec file'),
  contrast: z.number().min(-1).max(1).default(0),
  saturation: z.number().min(-1).max(1).default(0),
  temperature: z.number().min(-1).max(1).default(0).describe('white balance shift, cool (-) to warm (+)'),
  tint: z.number().min(-1).max(1).default(0).describe('green (-) to magenta (+)'),
  lift: Rgb.optional(),
  gamma: Rgb.optional(),
  gain: Rgb.optional(),
  bloom: strictObject({ intensity: z.number().min(0).max(10).default(1), threshold: z.number().min(0).max(100).default(1), radius: unit().default(0.6) }).optional(),
  depthOfField: strictObject({
    fStop: z.number().min(0.5).max(128).optional().describe('overrides the camera f-stop for this shot'),
    focusDistance: z.number().positive().max(1e5).optional(),
  }).optional(),
  vignette: strictObject({ intensity: unit().default(0.4), feather: unit().default(0.5) }).optional(),
  grain: strictObject({ intensity: unit().default(0.15) }).optional(),
  chromaticAberration: strictObject({ offset: z.number().min(0).max(0.05).default(0.002) }).optional(),
  lensDistortion: strictObject({ k1: z.number().min(-1).max(1).default(-0.05).describe('barrel (<0) or pincushion (>0)') }).optional(),
  ssao: strictObject({ intensity: z.number().min(0).max(10).default(1), radius: z.number().positive().max(10).default(0.5) }).optional(),
  reflections: strictObject({
    intensity: unit().default(0.6).describe('strength of the mirror image on floors: ~0.8 a wet street, ~0.4 polished stone'),
    maxDistance: z.number().positive().max(1000).default(20).describe('longest reflected ray, metres'),
  })
    .optional()
    .describe('screen-space reflections on upward-facing surfaces; `final` quality turns them on by itself for wet (rain) or polished floors'),
  motionBlur: strictObject({
    shutterAngleDeg: z.number().min(0).max(360).default(180).describe('180° exposes for half of each frame (film); 0 turns motion blur off'),
  })
    .optional()
    .describe('blur from the camera move during the exposure: a shot with a `move` gets 180° at `final` quality; asking for it here gives it at any quality'),
});
export type Look = z.infer<typeof Look>;
