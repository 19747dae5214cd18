/**
 * Physically based material parameters, mirroring glTF 2.0 core plus the KHR_materials_* extensions, named
 * the way artists name them. A spec material is either these parameters or a preset id plus overrides.
 */
import { z } from 'zod';
import { strictObject, Color, unit, FilePath, Id } from './primitives.js';

export const TextureRef = strictObject({
  path: FilePath.describe('PNG or JPEG file, relative to the spec file'),
  repeat: z.tuple([z.number().positive().max(1e4), z.number().positive().max(1e4)]).optional().describe('UV tiling (KHR_texture_transform)'),
});
export type TextureRef = z.infer<typeof TextureRef>;

export const NormalTextureRef = strictObject({
  ...TextureRef.shape,
  scale: z.number().min(-10).max(10).default(1),
});

export const OcclusionTextureRef = strictObject({
  ...TextureRef.shape,
  strength: unit().default(1),
});

/** Every parameter is optional: absent means the glTF default (or the preset's value when a preset is named). */
export const PbrParams = strictObject({
  baseColor: Color.optional().describe('albedo; hex is sRGB, arrays are linear'),
  baseColorTexture: TextureRef.optional(),
  opacity: unit().optional().describe('1 is opaque; below 1 blends unless alphaMode says otherwise'),
  alphaMode: z.enum(['opaque', 'blend', 'mask']).optional(),
  alphaCutoff: unit().optional(),
  metallic: unit().optional(),
  roughness: unit().optional(),
  metallicRoughnessTexture: TextureRef.optional().describe('glTF packing: roughness in G, metalness in B'),
  normalTexture: NormalTextureRef.optional(),
  occlusionTexture: OcclusionTextureRef.optional(),
  emissive: Color.optional(),
  emissiveStrength: z.number().min(0).max(1e4).optional().describe('multiplier on emissive (KHR_materials_emissive_strength)'),
  emissiveTexture: TextureRef.optional(),
  specular: unit().optional().describe('strength of the dielectric specular lobe (KHR_materials_specular)'),
  specularColor: Color.optional(),
  ior: z.number().min(1).max(5).optional().describe('index of refraction; 1.5 is glass and most plastics (KHR_materials_ior)'),
  transmission: unit().optional().describe('fraction of light transmitted through the surface (KHR_materials_transmission)'),
  thickness: z.number().min(0).max(1e4).optional().describe('volume thickness in metres (KHR_materials_volume)'),
  attenuationDistance: z.number().positive().max(1e6).optional().describe('distance light travels before attenuating to attenuationColor, metres'),
  attenuationColor: Color.optional(),
  clearcoat: unit().optional(),
  clearcoatRoughness: unit().optional(),
  sheenColor: Color.optional(),
  sheenRoughness: unit().optional(),
  anisotropy: unit().optional().describe('anisotropy strength (KHR_materials_anisotropy)'),
  anisotropyRotationDeg: z.number().min(-360).max(360).optional(),
  doubleSided: z.boolean().optional(),
});
export type PbrParams = z.infer<typeof PbrParams>;

export const MaterialSpec = strictObject({
  preset: Id.optional().describe('id of a library preset; the other fields override it'),
  name: z.string().max(200).optional(),
  ...PbrParams.shape,
});
export type MaterialSpec = z.infer<typeof MaterialSpec>;
