import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TextureCache } from '../../src/materials/cache.js';
import { bakeKey, bakeTextures, type BakeRequest } from '../../src/materials/bake.js';
import { TextureRecipe } from '../../src/scene/texture-recipe.js';
import { createMaterials } from '../../src/gltf/material-batch.js';
import { tempDir } from '../helpers.js';

const req: BakeRequest = {
  layer: { recipe: TextureRecipe.parse({ pattern: { kind: 'bricks' }, colors: ['#444', '#a55'], roughness: [0.9, 0.7] }), flat: { color: [0.3, 0.1, 0.1], roughness: 0.8, metallic: 0 }, seed: 3 },
  size: 64,
  maps: ['baseColor', 'normal', 'roughnessMetallic'],
};

test('the memory cache bakes once and then hits', async () => {
  const cache = new TextureCache({ dir: false });
  let bakes = 0;
  const bake = () => (bakes++, bakeTextures(req));
  const a = await cache.getOrBake(bakeKey(req), bake);
  const b = await cache.getOrBake(bakeKey(req), bake);
  assert.equal(bakes, 1);
  assert.equal(a, b);
  assert.deepEqual({ ...cache.stats, bakeMs: 0 }, { memoryHits: 1, diskHits: 0, misses: 1, bakeMs: 0 });
});

test('the disk cache survives a new process-like cache and returns identical bytes; a damaged entry is rebaked', async () => {
  const dir = tempDir();
  const first = new TextureCache({ dir });
  const baked = await first.getOrBake(bakeKey(req), () => bakeTextures(req));
  const second = new TextureCache({ dir });
  let bakes = 0;
  const again = await second.getOrBake(bakeKey(req), () => (bakes++, bakeTextures(req)));
  assert.equal(bakes, 0);
  assert.equal(second.stats.diskHits, 1);
  assert.deepEqual(again.baseColor, baked.baseColor);
  assert.deepEqual(again.orm, baked.orm);
  assert.deepEqual(again.average, baked.average);

  const sub = readdirSync(dir)[0]!;
  const file = path.join(dir, sub, readdirSync(path.join(dir, sub))[0]!);
  writeFileSync(file, 'garbage');
  const third = new TextureCache({ dir });
  await third.getOrBake(bakeKey(req), () => (bakes++, bakeTextures(req)));
  assert.equal(bakes, 1);
  assert.equal(third.stats.misses, 1);
});

test('a batch bakes each distinct texture once and reports the reuse', async () => {
  const cache = new TextureCache({ dir: false });
  const list = Object.fromEntries(['brick_red', 'oak', 'marble_white', 'cobblestone', 'denim'].flatMap((id) => [[`${id}_a`, id], [`${id}_b`, id]]));
  const first = await createMaterials(list, { quality: 'lite', textureCache: cache });
  assert.equal(first.materials.size, 10);
  assert.equal(first.textureCache.misses, 5, 'five distinct recipes baked');
  assert.equal(first.document.getRoot().listMaterials().length, 10, 'each named material is its own glTF material');
  assert.equal(first.document.getRoot().listTextures().length, 5 * 2, 'but the pairs share their baked images (lite: colour and normal)');
  const second = await createMaterials(list, { quality: 'lite', textureCache: cache });
  assert.equal(second.textureCache.misses, 0);
  assert.equal(second.textureCache.memoryHits, 5);
});
