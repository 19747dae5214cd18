/**
 * Quality levels as data: how large baked textures are, which maps are written and which material extensions
 * survive. Lower levels drop the costliest features first (anisotropy, sheen, clear coat), keeping what changes
 * a material's identity (emission, and from `lite` up, transmission and IOR).
 */
import { QUALITY_LEVELS, type Quality } from '../scene/quality.js';
export { QUALITY_LEVELS, type Quality };

export type MapKind = 'baseColor' | 'normal' | 'roughnessMetallic' | 'occlusion';

export type MaterialExtension =
  | 'emissive_strength'
  | 'ior'
  | 'transmission'
  | 'volume'
  | 'specular'
  | 'clearcoat'
  | 'sheen'
  | 'anisotropy';

export interface QualityLevel {
  /** Edge of baked textures in pixels. */
  textureSize: number;
  maps: readonly MapKind[];
  extensions: readonly MaterialExtension[];
  /** What it is for, shown by `canvas3d materials quality`. */
  use: string;
}

const CORE: MaterialExtension[] = ['emissive_strength'];
const LITE: MaterialExtension[] = [...CORE, 'ior', 'transmission'];
const BALANCED: MaterialExtension[] = [...LITE, 'volume', 'specular', 'clearcoat', 'sheen'];
const FULL: MaterialExtension[] = [...BALANCED, 'anisotropy'];

export const QUALITY: Record<Quality, QualityLevel> = {
  ultra_lite: { textureSize: 128, maps: ['baseColor'], extensions: CORE, use: 'thumbnails, mobile previews, huge levels' },
  lite: { textureSize: 256, maps: ['baseColor', 'normal'], extensions: LITE, use: 'mobile and web, level blockouts' },
  balanced: { textureSize: 512, maps: ['baseColor', 'normal', 'roughnessMetallic'], extensions: BALANCED, use: 'desktop default, previs' },
  high: { textureSize: 1024, maps: ['baseColor', 'normal', 'roughnessMetallic', 'occlusion'], extensions: FULL, use: 'close-ups, 1080p frames' },
  ultra: { textureSize: 2048, maps: ['baseColor', 'normal', 'roughnessMetallic', 'occlusion'], extensions: FULL, use: '4K frames, hero assets' },
  cinematic: { textureSize: 4096, maps: ['baseColor', 'normal', 'roughnessMetallic', 'occlusion'], extensions: FULL, use: 'final frames, print' },
};
