import type { PbrParams } from '../../scene/material.js';
import type { TextureRecipeInput } from '../../scene/texture-recipe.js';
import type { SourceKey } from './sources.js';

export const MATERIAL_FAMILIES = [
  'metal',
  'precious',
  'stone',
  'wood',
  'fabric',
  'glass',
  'liquid',
  'ceramic',
  'plastic',
  'paint',
  'organic',
  'nature',
  'emissive',
  'scifi',
  'concrete',
  'paper',
  'food',
] as const;

export type MaterialFamily = (typeof MATERIAL_FAMILIES)[number];

/** PBR parameters a preset may set: everything but file textures (presets bake theirs from `texture`). */
export type PresetPbr = Omit<PbrParams, 'baseColorTexture' | 'metallicRoughnessTexture' | 'normalTexture' | 'occlusionTexture' | 'emissiveTexture'>;

/** A library material: parameters plus what retrieval needs to find it. */
export interface MaterialPreset {
  /** snake_case, unique across the library. */
  id: string;
  family: MaterialFamily;
  /** Short descriptive words: colour, finish, use, era, mood ("brown", "polished", "floor", "medieval"). */
  tags: string[];
  /** Other names people use for it ("aluminum", "alu"). */
  synonyms: string[];
  pbr: PresetPbr;
  /** Optional procedural texture, baked at build time by quality level. */
  texture?: TextureRecipeInput;
  /** A SOURCES key for built-in presets; imported libraries may cite anything. */
  source: SourceKey | (string & {});
}
