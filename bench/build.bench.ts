/**
 * Build benchmark: every example spec → GLB. In process: the first (cold, textures baked) run and the median
 * of warm runs (validate + build + GLB encode). Whole process: `canvas3d build` with an empty and then a warm
 * texture cache, for wall time and peak memory.
 */
import { readFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateSpecText, buildDocument, toGlb } from '../src/index.js';
import { TextureCache } from '../src/materials/cache.js';
import { ROOT, runCanvas3d, median, round, emit } from './measure.js';

const EXAMPLES = path.join(ROOT, 'examples');
const RUNS = 7;

export async function run(): Promise<void> {
  const out = mkdtempSync(path.join(tmpdir(), 'canvas3d-bench-'));
  const files = ['studio-product-shot', 'room-interior', 'outdoor-golden-hour', 'glass-metal-still-life', 'dungeon-corridor', 'neon-street-night', 'colonnade-architecture', 'blocking-two-people'];
  for (const name of files) {
    const file = path.join(EXAMPLES, `${name}.json`);
    const text = readFileSync(file, 'utf8');
    const times: number[] = [];
    let triangles = 0;
    let coldMs = 0;
    // A fresh memory-only texture cache: the first run bakes (cold), the later ones hit (warm).
    const textureCache = new TextureCache({ dir: false });
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      const r = validateSpecText(text, { baseDir: EXAMPLES });
      if (!r.ok) throw new Error(`${name} is invalid`);
      const built = await buildDocument(r.spec, { baseDir: EXAMPLES, textureCache });
      await toGlb(built.document);
      if (i === 0) coldMs = performance.now() - t0;
      else times.push(performance.now() - t0);
      triangles = built.stats.triangles;
    }
    // Whole process, first with an empty disk cache, then again with it warm.
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'canvas3d-bench-cache-'));
    const glb = path.join(out, `${name}.glb`);
    const cold = await runCanvas3d(['build', file, '-o', glb], { CANVAS3D_CACHE_DIR: cacheDir });
    const warm = await runCanvas3d(['build', file, '-o', glb], { CANVAS3D_CACHE_DIR: cacheDir });
    if (cold.status !== 0 || warm.status !== 0) throw new Error(`canvas3d build ${name} failed: ${cold.stderr}${warm.stderr}`);
    emit({
      bench: 'build',
      example: name,
      cold_ms: round(coldMs, 1),
      warm_median_ms: round(median(times), 2),
      runs: RUNS,
      process_cold_s: round(cold.seconds, 3),
      process_warm_s: round(warm.seconds, 3),
      peak_rss_mb: round(Math.max(cold.peakRssMb, warm.peakRssMb), 1),
      glb_bytes: statSync(glb).size,
      triangles,
    });
  }
}
