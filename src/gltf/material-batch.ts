/**
 * Batch material creation: many materials into one glTF document in one pass, baking each distinct texture
 * once (through the content-addressed cache) and reporting what the cache saved.
 */
import { Document, Logger, type Material } from '@gltf-transform/core';
import { SceneSpec } from '../scene/schema.js';
import type { MaterialSpec } from '../scene/material.js';
import type { z } from 'zod';
import { MaterialFactory } from './materials.js';
import { BUILTIN_LIBRARY, type MaterialLibrary } from '../materials/library.js';
import type { Quality } from '../materials/quality.js';
import type { CacheStats, TextureCache } from '../materials/cache.js';
import { ENGINE_VERSION } from '../core/version.js';

export interface BatchOptions {
  quality?: Quality;
  library?: MaterialLibrary;
  textureCache?: TextureCache;
  maxTextureSize?: number;
  /** false: parameters only, no baked textures. */
  textures?: boolean;
}

export interface BatchResult {
  document: Document;
  materials: Map<string, Material>;
  textureCache: CacheStats;
  ms: number;
}

/** `materials` maps names to spec materials (`{ preset: 'oak', variation: { weather: 'wet' } }`) or preset ids. */
export async function createMaterials(materials: Record<string, z.input<typeof MaterialSpec> | string>, options: BatchOptions = {}): Promise<BatchResult> {
  const t0 = performance.now();
  const defs = Object.fromEntries(Object.entries(materials).map(([k, v]) => [k, typeof v === 'string' ? { preset: v } : v]));
  const spec = SceneSpec.parse({ version: 1, materials: defs, quality: options.quality ?? 'balanced' });
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.ERROR));
  doc.getRoot().getAsset().generator = `canvas3d ${ENGINE_VERSION}`;
  doc.createBuffer();
  const factory = new MaterialFactory(
    doc,
    spec,
    () => {
      throw new Error('file textures are not supported in a batch');
    },
    {
      library: options.library ?? BUILTIN_LIBRARY,
      quality: spec.quality,
      maxTextureSize: options.maxTextureSize ?? 4096,
      textures: options.textures ?? true,
      ...(options.textureCache ? { cache: options.textureCache } : {}),
    },
  );
  const before = { ...factory.cacheStats };
  await factory.prepare(Object.keys(defs));
  const out = new Map<string, Material>();
  for (const name of Object.keys(defs)) out.set(name, factory.plan(name).material);
  const after = factory.cacheStats;
  return {
    document: doc,
    materials: out,
    textureCache: { memoryHits: after.memoryHits - before.memoryHits, diskHits: after.diskHits - before.diskHits, misses: after.misses - before.misses, bakeMs: after.bakeMs - before.bakeMs },
    ms: performance.now() - t0,
  };
}
