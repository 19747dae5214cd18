import type { PbrParams } from '../../spec/material.js';

export type MaterialFamily =
  | 'metal'
  | 'precious'
  | 'stone'
  | 'wood'
  | 'fabric'
  | 'glass'
  | 'liquid'
  | 'ceramic'
  | 'plastic'
  | 'paint'
  | 'organic'
  | 'nature'
  | 'emissive'
  | 'scifi'
  | 'concrete'
  | 'paper'
  | 'food';

/** A library material: parameters plus what retrieval needs to find it. Textures are added by recipes. */
export interface MaterialPreset {
  id: string;
  family: MaterialFamily;
  tags: string[];
  synonyms: string[];
  pbr: Omit<PbrParams, 'baseColorTexture' | 'metallicRoughnessTexture' | 'normalTexture' | 'occlusionTexture' | 'emissiveTexture'>;
  /** Key into SOURCES for where the numbers come from. */
  source: string;
}
