/**
 * `npm run bench [-- name ...]`: runs the benchmarks and prints one JSON line per measurement. Benchmarks are
 * measurements, not tests; nothing here asserts on time.
 */
import os from 'node:os';
import { emit } from './measure.js';

const BENCHES: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  build: () => import('./build.bench.js'),
  materials: () => import('./materials.bench.js'),
  dungeon: () => import('./dungeon.bench.js'),
  render: () => import('./render.bench.js'),
  planner: () => import('./planner.bench.js'),
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in BENCHES));
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; known: ${Object.keys(BENCHES).join(', ')}\n`);
  process.exit(2);
}
emit({ bench: 'machine', cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memory_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` });
for (const name of wanted.length ? wanted : Object.keys(BENCHES)) {
  const mod = await BENCHES[name]!();
  await mod.run();
}
