/** Child of materials.bench: bakes one 512² set repeatedly on whatever core it was pinned to. */
import { bakeTextures, bakeKey, type BakeRequest } from '../src/materials/bake.js';
import { TextureRecipe } from '../src/scene/texture-recipe.js';
import { TextureCache } from '../src/materials/cache.js';
import { getMaterialPreset } from '../src/library/materials/index.js';
import { median, round, emit } from './measure.js';

const preset = getMaterialPreset('brick_red')!;
const req: BakeRequest = {
  layer: { recipe: TextureRecipe.parse(preset.texture), flat: { color: [0.3, 0.1, 0.08], roughness: 0.85, metallic: 0 }, seed: 1 },
  size: 512,
  maps: ['baseColor', 'normal', 'roughnessMetallic'],
};
const times: number[] = [];
for (let i = 0; i < 8; i++) {
  const t0 = performance.now();
  await bakeTextures(req);
  if (i > 0) times.push(performance.now() - t0);
}
const cache = new TextureCache({ dir: false });
await cache.getOrBake(bakeKey(req), () => bakeTextures(req));
const hits: number[] = [];
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  await cache.getOrBake(bakeKey(req), () => bakeTextures(req));
  hits.push(performance.now() - t0);
}
emit({ bench: 'materials.bake_512', preset: 'brick_red', maps: req.maps.length, cores: 1, median_ms: round(median(times), 1), target_ms: 150, cache_hit_median_ms: round(median(hits), 3), target_hit_ms: 1 });
