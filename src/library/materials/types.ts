/**
 * The one schema of a library material: parameters plus what retrieval needs to find it. Built-in presets
 * (data/materials/*.json), user library files and the material-library export format all go through it.
 */
import { z } from 'zod';
import { PbrParams } from '../../scene/material.js';
import { TextureRecipe } from '../../scene/texture-recipe.js';
import { strictObject, Tags } from '../../core/zod.js';

export const MATERIAL_FAMILIES = [
  'metal', 'precious', 'stone', 'wood', 'fabric', 'glass', 'liquid', 'ceramic', 'plastic',
  'paint', 'organic', 'nature', 'emissive', 'scifi', 'concrete', 'paper', 'food',
] as const;

export type MaterialFamily = (typeof MATERIAL_FAMILIES)[number];

/** PBR parameters a preset may set: everything but file textures (presets bake theirs from `texture`). */
export const PresetPbr = PbrParams.omit({ baseColorTexture: true, metallicRoughnessTexture: true, normalTexture: true, occlusionTexture: true, emissiveTexture: true });
export type PresetPbr = z.input<typeof PresetPbr>;

const Synonyms = z.array(z.string().min(1).max(80)).max(32);

export const MaterialPreset = strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case').max(80).describe('unique across the library'),
  family: z.enum(MATERIAL_FAMILIES),
  tags: Tags.describe('short descriptive words: colour, finish, use, era, mood ("brown", "polished", "floor")'),
  synonyms: Synonyms.describe('other names people use for it ("aluminum", "alu")'),
  pbr: PresetPbr,
  texture: TextureRecipe.optional().describe('procedural texture, baked at build time by quality level'),
  source: z.string().min(1).max(500).describe('where the numbers come from: a SOURCES key for built-ins, anything for imported presets'),
});
export type MaterialPreset = z.input<typeof MaterialPreset>;

/** A preset as a library file may give it: synonyms may be left out (they default to none). */
export const MaterialPresetEntry = MaterialPreset.extend({ synonyms: Synonyms.default([]) });
