/** Preset export: a JSON library entry, or MaterialX with the preset's baked textures beside it. */
import { SceneSpec } from '../scene/schema.js';
import { resolveMaterial } from './resolve.js';
import { bakeKey, bakeTextures, type BakeRequest } from './bake.js';
import { QUALITY, type Quality } from './quality.js';
import { sharedTextureCache } from './cache.js';
import { toMaterialX, type MtlxNode, type MtlxTextures } from './materialx.js';
import { libraryToJson, BUILTIN_LIBRARY, type MaterialLibrary } from './library.js';
import { colorToLinear } from '../core/color.js';

export interface ExportOptions {
  format: 'mtlx' | 'json';
  quality?: Quality;
  node?: MtlxNode;
  library?: MaterialLibrary;
  /** Write textures (MaterialX only); file names are relative to the .mtlx. */
  textures?: boolean;
}

export interface ExportedFile {
  name: string;
  data: Uint8Array | string;
}

export async function exportPreset(id: string, options: ExportOptions): Promise<ExportedFile[]> {
  const library = options.library ?? BUILTIN_LIBRARY;
  const preset = library.get(id);
  if (!preset) throw new Error(`unknown preset ${id}`);
  if (options.format === 'json') return [{ name: `${id}.json`, data: libraryToJson([preset], id) }];
  const spec = SceneSpec.parse({ version: 1 });
  const r = resolveMaterial(id, spec, library);
  const files: ExportedFile[] = [];
  const textures: MtlxTextures = {};
  if (r.recipe && options.textures !== false) {
    const level = QUALITY[options.quality ?? 'balanced'];
    const p = r.pbr;
    const req: BakeRequest = {
      layer: { recipe: r.recipe, flat: { color: p.baseColor ? colorToLinear(p.baseColor) : [1, 1, 1], roughness: p.roughness ?? 0.5, metallic: p.metallic ?? 0 }, seed: r.seed },
      size: level.textureSize,
      maps: ['baseColor', 'normal', 'roughnessMetallic'],
    };
    const baked = await sharedTextureCache().getOrBake(bakeKey(req), () => bakeTextures(req));
    if (baked.baseColor) files.push({ name: (textures.baseColor = `${id}_basecolor.jpg`), data: baked.baseColor });
    if (baked.normal) files.push({ name: (textures.normal = `${id}_normal.png`), data: baked.normal });
    if (baked.orm) files.push({ name: (textures.orm = `${id}_orm.png`), data: baked.orm });
  }
  files.unshift({ name: `${id}.mtlx`, data: toMaterialX(id, r.pbr, options.node ?? 'standard_surface', textures) });
  return files;
}
