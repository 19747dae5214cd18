/**
 * Dungeon benchmark against the Blender reference workload (../shared/anchors/blender_dungeon.py): the same
 * room, prop, material and light counts, whole process, wall seconds, peak RSS and GLB bytes. Each size runs
 * with an empty cache (cold) and again with the level and textures cached (warm). With BENCH_BLENDER=1 and
 * Blender installed, the anchor runs too, in the same session, and the ratios are printed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCanvas3d, round, emit } from './measure.js';

const SIZES = [
  { name: 'medium', rooms: 20, props: 50, materials: 35, lights: 25 },
  { name: 'large', rooms: 100, props: 500, materials: 35, lights: 100 },
  { name: 'huge', rooms: 1000, props: 5000, materials: 35, lights: 1000 },
];

const ANCHOR = path.resolve(ROOT, '..', 'shared', 'anchors', 'blender_dungeon.py');

function blender(s: (typeof SIZES)[number], out: string) {
  const r = spawnSync('/usr/bin/time', ['-f', '__TIME %e %M', 'blender', '--background', '--factory-startup', '--python', ANCHOR, '--', String(s.rooms), String(s.props), String(s.materials), String(s.lights), out], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const m = /__TIME ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) return undefined;
  return { seconds: Number(m[1]), peakRssMb: Number(m[2]) / 1024, bytes: statSync(out).size };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'canvas3d-dungeon-bench-'));
  const withBlender = process.env.BENCH_BLENDER === '1' && spawnSync('blender', ['--version']).status === 0 && existsSync(ANCHOR);
  for (const s of SIZES) {
    const cache = mkdtempSync(path.join(tmpdir(), 'canvas3d-dungeon-cache-'));
    const out = path.join(dir, `${s.name}.glb`);
    const args = ['dungeon', '--rooms', String(s.rooms), '--props', String(s.props), '--materials', String(s.materials), '--lights', String(s.lights), '-o', out];
    const cold = await runCanvas3d(args, { CANVAS3D_CACHE_DIR: cache });
    const warm = await runCanvas3d(args, { CANVAS3D_CACHE_DIR: cache });
    if (cold.status !== 0 || warm.status !== 0) throw new Error(`dungeon ${s.name} failed: ${cold.stderr}${warm.stderr}`);
    const bytes = statSync(out).size;
    const packed = path.join(dir, `${s.name}-meshopt.glb`);
    const meshopt = await runCanvas3d([...args.slice(0, -2), '--meshopt', '-o', packed], { CANVAS3D_CACHE_DIR: cache });
    const record: Record<string, unknown> = {
      bench: 'dungeon',
      size: s.name,
      rooms: s.rooms,
      props: s.props,
      materials: s.materials,
      lights: s.lights,
      cold_s: round(cold.seconds, 2),
      warm_s: round(warm.seconds, 2),
      peak_rss_mb: round(Math.max(cold.peakRssMb, warm.peakRssMb), 0),
      glb_bytes: bytes,
      meshopt_s: round(meshopt.seconds, 2),
      meshopt_glb_bytes: statSync(packed).size,
    };
    if (withBlender) {
      const b = blender(s, path.join(dir, `${s.name}-blender.glb`));
      if (b) {
        Object.assign(record, {
          blender_s: round(b.seconds, 2),
          blender_peak_rss_mb: round(b.peakRssMb, 0),
          blender_glb_bytes: b.bytes,
          speedup_warm: round(b.seconds / warm.seconds, 1),
          speedup_cold: round(b.seconds / cold.seconds, 1),
          glb_ratio: round(b.bytes / bytes, 1),
          glb_ratio_meshopt: round(b.bytes / statSync(packed).size, 1),
        });
      }
    }
    emit(record);
  }
}
