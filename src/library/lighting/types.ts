/**
 * The one schema of a lighting preset. Lights are placed relative to the subject and the camera, never at fixed
 * world positions, so one preset lights a 30 cm product and a 2 m actor alike. The sky and fog reuse the scene's
 * own schemas (scene/environment.ts), so a preset can hold only what a spec could.
 */
import { z } from 'zod';
import { strictObject, Color, Id, Tags } from '../../core/zod.js';
import { Sky, Fog } from '../../scene/environment.js';
import { LIGHT_ANIMATIONS } from '../../scene/light-animation.js';

export const LIGHTING_CATEGORIES = ['studio', 'cinematic', 'time-of-day', 'weather'] as const;
export type LightingCategory = (typeof LIGHTING_CATEGORIES)[number];

export const LIGHT_ROLES = ['key', 'fill', 'rim', 'hair', 'background', 'kicker', 'practical', 'sun', 'moon', 'sky', 'bounce', 'accent'] as const;
export type LightRole = (typeof LIGHT_ROLES)[number];

export const PresetLight = strictObject({
  role: z.enum(LIGHT_ROLES),
  type: z.enum(['point', 'spot', 'area', 'directional']),
  azimuthDeg: z.number().min(-360).max(360).describe('around the subject: 0 from the camera side, +90 camera-right, -90 camera-left, ±180 behind'),
  elevationDeg: z.number().min(-90).max(90).describe('above the subject centre: 0 level, 90 straight above, negative from below'),
  distance: z.number().positive().max(1000).describe('from the subject centre in subject heights; ignored for directional'),
  kelvin: z.number().min(1000).max(40000).optional().describe('colour temperature'),
  color: Color.optional().describe('gel colour, sRGB hex'),
  illuminanceLux: z.number().min(0).max(1e6).describe('illuminance on the subject, what a gaffer meters; the builder turns it into candela or lux'),
  size: z.tuple([z.number().positive().max(100), z.number().positive().max(100)]).optional().describe('area emitter [width, height] in subject heights'),
  coneAngleDeg: z.number().gt(0).max(179).optional().describe('spots: full cone angle'),
  penumbra: z.number().min(0).max(1).optional(),
  castShadow: z.boolean().optional(),
  aim: z.enum(['subject', 'background']).optional().describe('what the light is aimed at (default the subject)'),
});
export type PresetLight = z.input<typeof PresetLight>;

/** The scene's procedural sky with the fields a preset sets; a preset places its sun, it does not compute one from a date. */
const procedural = Sky.options[1].shape;
export const PresetSky = z.discriminatedUnion('type', [
  Sky.options[0],
  strictObject({
    type: procedural.type,
    sunElevationDeg: procedural.sunElevationDeg.unwrap(),
    sunAzimuthDeg: procedural.sunAzimuthDeg.unwrap().optional(),
    turbidity: procedural.turbidity.unwrap().optional(),
    strength: procedural.strength.unwrap().optional(),
  }),
]);

export const PresetEnvironment = strictObject({
  background: Color.optional(),
  ambientLux: z.number().min(0).max(1e5).optional().describe('ambient fill, lux'),
  ambientColor: Color.optional(),
  sky: PresetSky.optional(),
  fog: Fog.optional(),
  volumetric: strictObject({
    density: z.number().min(0).max(10).describe('scattering per metre'),
    anisotropy: z.number().min(-0.99).max(0.99).describe('-1 back, 0 even, 1 forward'),
  }).optional(),
});
export type PresetEnvironment = z.input<typeof PresetEnvironment>;

export const LightingPreset = strictObject({
  id: Id,
  category: z.enum(LIGHTING_CATEGORIES),
  label: z.string().min(1).max(200),
  description: z.string().min(1).max(2000).describe('what it looks like and when to use it'),
  moods: Tags,
  tags: Tags,
  lights: z.array(PresetLight).max(64),
  environment: PresetEnvironment.optional(),
  exposureEv: z.number().min(-16).max(16).optional().describe('suggested exposure compensation for renders, stops'),
  animation: z.array(strictObject({ role: z.enum(LIGHT_ROLES), kind: z.enum(LIGHT_ANIMATIONS).exclude(['daycycle']) })).max(64).optional()
    .describe('light animation each light of a role gets (flickering torches, lightning)'),
});
export type LightingPreset = z.input<typeof LightingPreset>;
