/**
 * Lights in physical units. glTF (KHR_lights_punctual) wants candela for point and spot lights and lux for
 * directional lights; the builder converts whatever unit the spec uses (see lighting/photometry.ts).
 */
import { z } from 'zod';
import { strictObject, Id, Name, Tags, Vec3, LightColor, positive } from '../core/zod.js';
import { LightAnimation } from './light-animation.js';

export const IntensityUnit = z.enum(['cd', 'lm', 'lx', 'W', 'nit']);
export type IntensityUnit = z.infer<typeof IntensityUnit>;

export const Intensity = strictObject({
  value: z.number().min(0).max(1e9),
  unit: IntensityUnit.describe('cd (candela), lm (lumens), lx (lux), W (watts, times efficacyLmPerW), nit (cd/m², area lights)'),
  efficacyLmPerW: positive(683).default(683).describe('luminous efficacy used for W; 683 lm/W (radiometric watts, as Blender) unless the fixture is known, e.g. ~15 for tungsten, ~100 for LED'),
});
export type Intensity = z.infer<typeof Intensity>;

const common = {
  id: Id.optional(),
  name: Name.optional(),
  color: LightColor.default('#ffffff').describe('RGB colour or { "kelvin": 3200 }'),
  intensity: Intensity,
  castShadow: z.boolean().default(true),
  tags: Tags.default([]),
  animation: LightAnimation.optional().describe('flicker, faulty neon, lightning, pulse or a day/night cycle'),
};

const aim = {
  target: Vec3.optional().describe('point the light aims at'),
  direction: Vec3.optional().describe('direction the light travels, used when no target is given; default straight down'),
};

/** Built-in IES photometric profiles (src/library/data/ies), or a .ies file relative to the spec. */
export const IES_PROFILES = ['downlight', 'wall-wash', 'bare-bulb'] as const;
const Ies = z
  .string()
  .min(1)
  .max(1024)
  .refine((s) => (IES_PROFILES as readonly string[]).includes(s) || /\.ies$/i.test(s), { message: `must be ${IES_PROFILES.join(', ')} or a .ies file` })
  .describe(`IES LM-63 photometric profile: the fixture's light distribution (${IES_PROFILES.join(', ')}, or a .ies file relative to the spec)`);

export const PointLight = strictObject({
  type: z.literal('point'),
  ...common,
  position: Vec3,
  range: positive().optional().describe('distance where the light is cut off, metres; unlimited when absent'),
  radius: z.number().min(0).max(100).default(0.05).describe('emitter size in metres, used for soft shadows'),
  ies: Ies.optional(),
});

export const SpotLight = strictObject({
  type: z.literal('spot'),
  ...common,
  ...aim,
  position: Vec3,
  range: positive().optional(),
  radius: z.number().min(0).max(100).default(0.05),
  coneAngleDeg: z.number().gt(0).max(179).default(45).describe('full cone angle in degrees'),
  penumbra: z.number().min(0).max(1).default(0.2).describe('share of the cone that fades out softly (0 hard edge, 1 all soft)'),
  ies: Ies.optional(),
});

export const DirectionalLight = strictObject({
  type: z.literal('directional'),
  ...common,
  ...aim,
  position: Vec3.optional().describe('where to place the node; only the direction matters for lighting'),
  angularDiameterDeg: z.number().min(0).max(20).default(0.53).describe('apparent size of the source (the sun is 0.53°), for shadow softness'),
});

export const AreaLight = strictObject({
  type: z.literal('area'),
  ...common,
  ...aim,
  position: Vec3,
  size: z.tuple([positive(100), positive(100)]).default([1, 1]).describe('[width, height] of the rectangular emitter, metres'),
  visible: z.boolean().default(true).describe('emit a glowing rectangle mesh so the source shows in renders'),
});

export const Light = z.discriminatedUnion('type', [PointLight, SpotLight, DirectionalLight, AreaLight]);
export type Light = z.infer<typeof Light>;

/** Which units make sense for which light. */
export const UNITS_BY_TYPE: Record<Light['type'], readonly IntensityUnit[]> = {
  point: ['cd', 'lm', 'W'],
  spot: ['cd', 'lm', 'W'],
  directional: ['lx'],
  area: ['cd', 'lm', 'W', 'nit'],
};
