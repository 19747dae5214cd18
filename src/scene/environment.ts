/**
 * What surrounds the scene: background, sky, ambient light and fog. glTF has no core vocabulary for these, so
 * the builder carries them in the scene's extras for the renderer.
 */
import { z } from 'zod';
import { strictObject, Color, FilePath, unit } from '../core/zod.js';

export const Sky = z.discriminatedUnion('type', [
  strictObject({ type: z.literal('none') }),
  strictObject({
    type: z.literal('procedural'),
    turbidity: z.number().min(1).max(20).default(3).describe('haze: 2 very clear, 3 clear, 10 hazy'),
    sunElevationDeg: z.number().min(-90).max(90).default(35),
    sunAzimuthDeg: z.number().min(-360).max(360).default(135).describe('clockwise from north (-Z) seen from above'),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD').optional().describe('with time and latitude: place the sun astronomically (overrides sunElevationDeg/sunAzimuthDeg)'),
    time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM').optional().describe('local clock time'),
    utcOffsetHours: z.number().min(-14).max(14).default(0),
    latitude: z.number().min(-90).max(90).optional(),
    longitude: z.number().min(-180).max(180).default(0),
    sunLight: z.boolean().default(false).describe('add a directional sun light matching the sky (direction, illuminance, colour)'),
    strength: z.number().min(0).max(100).default(1),
  }).refine((s) => (s.date === undefined) === (s.time === undefined) && (s.date === undefined) === (s.latitude === undefined), {
    message: 'date, time and latitude go together',
    path: ['date'],
  }),
  strictObject({
    type: z.literal('studio'),
    strength: z.number().min(0).max(1e5).default(30).describe('mean luminance of the room, cd/m² (its illuminance is about π × strength lux)'),
  }).describe('a neutral grey photo studio (walls, floor, soft boxes) for reflections that match a grey backdrop'),
  strictObject({
    type: z.literal('hdri'),
    path: FilePath.describe('.hdr (Radiance RGBE) or .exr, relative to the spec file'),
    rotationDeg: z.number().min(-360).max(360).default(0).describe('turns the environment about the vertical, clockwise seen from above'),
    strength: z.number().min(0).max(100).default(1),
    saturation: z.number().min(0).max(4).default(1),
  }),
]);
export type Sky = z.infer<typeof Sky>;

export const Fog = z.discriminatedUnion('type', [
  strictObject({ type: z.literal('none') }),
  strictObject({ type: z.literal('linear'), color: Color.default('#808080'), near: z.number().min(0).max(1e6).default(1), far: z.number().positive().max(1e6).default(100) })
    .refine((f) => f.far > f.near, { message: 'must be greater than near', path: ['far'] }),
  strictObject({ type: z.literal('exponential'), color: Color.default('#808080'), density: z.number().min(0).max(10).default(0.02).describe('per metre') }),
]);
export type Fog = z.infer<typeof Fog>;

export const Weather = strictObject({
  type: z.enum(['rain', 'snow', 'mist']),
  intensity: unit().default(0.5).describe('0.1 a few drops or flakes, a thin haze … 1 a downpour, a blizzard, a thick ground mist; rain at 0 is a wet street after the rain, nothing falling'),
  wet: z.boolean().optional().describe('darken and polish upward-facing surfaces; rain is wet unless this says false'),
}).describe('visible weather: rain streaks, falling snow or low-lying mist');
export type Weather = z.infer<typeof Weather>;

export const Environment = strictObject({
  background: Color.default('#000000'),
  sky: Sky.default({ type: 'none' }),
  ambient: strictObject({ color: Color.default('#ffffff'), intensity: z.number().min(0).max(1e5).default(0).describe('uniform fill, lux') }).default({ color: '#ffffff', intensity: 0 }),
  fog: Fog.default({ type: 'none' }),
  volumetric: strictObject({
    density: z.number().min(0).max(10).default(0.02).describe('scattering per metre: visible light shafts'),
    anisotropy: z.number().min(-0.99).max(0.99).default(0.3).describe('-1 back-scatter, 0 even, 1 forward (god rays towards the light)'),
  }).optional(),
  weather: Weather.optional(),
});
export type Environment = z.infer<typeof Environment>;
