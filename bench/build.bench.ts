/**
 * Build benchmark: every example spec → GLB. In-process median (validate + build + GLB encode) over several
 * runs, then one whole-process `canvas3d build` for wall time and peak memory.
 */
import { readFileSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateSpecText, buildScene, toGlb } from '../src/index.js';
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
    for (let i = 0; i < RUNS + 1; i++) {
      const t0 = performance.now();
      const r = validateSpecText(text, { baseDir: EXAMPLES });
      if (!r.ok) throw new Error(`${name} is invalid`);
      const built = await buildScene(r.spec, { baseDir: EXAMPLES });
      await toGlb(built.document);
      if (i > 0) times.push(performance.now() - t0); // the first run warms the JIT and module caches
      triangles = built.stats.triangles;
    }
    const glb = path.join(out, `${name}.glb`);
    const proc = await runCanvas3d(['build', file, '-o', glb]);
    if (proc.status !== 0) throw new Error(`canvas3d build ${name} failed: ${proc.stderr}`);
    emit({
      bench: 'build',
      example: name,
      median_ms: round(median(times), 2),
      runs: RUNS,
      process_s: round(proc.seconds, 3),
      peak_rss_mb: round(proc.peakRssMb, 1),
      glb_bytes: statSync(glb).size,
      triangles,
    });
  }
}
