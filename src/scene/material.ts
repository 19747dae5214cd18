/**
 * Physically based material parameters, mirroring glTF 2.0 core plus the KHR_materials_* extensions, named
 * the way artists name them. A spec material is either these parameters or a preset id plus overrides.
 */
import { z } from 'zod';
import { strictObject, Color, unit, FilePath, Id } from '../core/zod.js';
import { TextureRecipe, BlendMask } from './texture-recipe.js';
import { Variation } from './variation.js';

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

export const UV_PROJECTIONS = ['auto', 'uv', 'box', 'triplanar', 'planar', 'cylindrical', 'spherical'] as const;

export const MaterialSpec = strictObject({
  preset: Id.optional().describe('id of a library preset; the other fields override it'),
  name: z.string().max(200).optional(),
  ...PbrParams.shape,
  texture: z.union([TextureRecipe, z.literal(false)]).optional().describe('a procedural texture recipe, or false to drop the preset\'s'),
  textureSeed: z.number().int().min(0).max(2 ** 32 - 1).optional().describe('seed for the baked texture; defaults to one derived from the material'),
  tileSizeM: z.number().positive().max(100).optional().describe('real-world width of one texture tile, metres'),
  projection: z.enum(UV_PROJECTIONS).optional().describe('UVs made at build time: auto (box for procedural textures, else the generator\'s), uv, box/triplanar, planar (top-down), cylindrical, spherical'),
  variation: Variation.optional(),
  blend: strictObject({
    with: Id.describe('the second material: a name from `materials` or a preset id'),
    mask: BlendMask.default(BlendMask.parse({ type: 'noise' })),
  }).optional(),
});
export type MaterialSpec = z.infer<typeof MaterialSpec>;
