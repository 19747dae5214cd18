/**
 * Material benchmarks: the whole library as parameter-only glTF materials, one 512² texture set baked on
 * one core (and its cache hit), and a batch of 100 textured materials, cold and warm.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createMaterials } from '../src/gltf/material-batch.js';
import { MATERIAL_PRESETS } from '../src/library/materials/index.js';
import { TextureCache } from '../src/materials/cache.js';
import { ROOT, median, round, emit } from './measure.js';

export async function run(): Promise<void> {
  // 1. Every preset → glTF material, parameters only (the batch API, with its input validation).
  const paramsOnly = Object.fromEntries(MATERIAL_PRESETS.map((p) => [p.id, p.id]));
  const times: number[] = [];
  for (let i = 0; i < 17; i++) {
    const t0 = performance.now();
    const r = await createMaterials(paramsOnly, { quality: 'high', textures: false, textureCache: new TextureCache({ dir: false }) });
    if (i > 1) times.push(performance.now() - t0);
    if (r.materials.size !== MATERIAL_PRESETS.length) throw new Error('missing materials');
  }
  emit({ bench: 'materials.params_only', presets: MATERIAL_PRESETS.length, median_ms: round(median(times), 1), target_ms: 50 });

  // 2. One texture set at balanced (512²), on one core: a child pinned with taskset and a one-thread libuv pool.
  const child = spawnSync('taskset', ['-c', '0', process.execPath, '--import', 'tsx', path.join(ROOT, 'bench', 'bake-one.ts')], {
    cwd: ROOT,
    env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`bake-one failed: ${child.stderr}`);
  process.stdout.write(child.stdout);

  // 3. 100 textured materials in one batch, cold (nothing cached) and warm (memory cache).
  const textured = MATERIAL_PRESETS.filter((p) => p.texture).slice(0, 100);
  const batch = Object.fromEntries(textured.map((p) => [p.id, p.id]));
  const cache = new TextureCache({ dir: false });
  const cold = await createMaterials(batch, { quality: 'balanced', textureCache: cache });
  const warm = await createMaterials(batch, { quality: 'balanced', textureCache: cache });
  emit({ bench: 'materials.batch_100_textured', quality: 'balanced', materials: textured.length, cold_ms: round(cold.ms, 0), cold_misses: cold.textureCache.misses, warm_ms: round(warm.ms, 1), warm_hits: warm.textureCache.memoryHits });
}
