import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { Option } from 'commander';
import { THEME_IDS } from '../../geometry/level/themes.js';
import { QUALITY_LEVELS } from '../../materials/quality.js';
import { writeFileAtomic } from '../../core/atomic.js';
import { about, printJson } from '../io.js';
import { Canvas3dError, isCanvas3dError } from '../../core/errors.js';
import { formatIssue } from '../../core/issues.js';
import { outputPath } from './build.js';
import type { DungeonOptions } from '../../pipeline/dungeon.js';

/** Numbers are parsed leniently here and checked by the schema, so "1e9 props" gets a message, not a crash. */
const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

interface DungeonCliOptions {
  rooms: number;
  props?: number;
  materials: number;
  lights: number;
  theme: string;
  layout?: string;
  seed: number;
  quality: string;
  ceiling: boolean;
  lod?: boolean;
  gpuInstancing?: boolean;
  meshopt?: boolean;
  quantize: boolean;
  spec?: string;
  output: string;
  json?: boolean;
}

export function registerDungeon(program: Command): void {
  program
    .command('dungeon')
    .description('generate a level (rooms, corridors, doorways), furnish it with props and lights, and write a GLB')
    .option('--rooms <n>', 'number of rooms', num, 20)
    .option('--props <n>', "props placed across the rooms (default: the theme's density)", num)
    .option('--materials <n>', 'distinct materials', num, 35)
    .option('--lights <n>', 'lights (each with its fixture)', num, 25)
    .addOption(new Option('--theme <theme>', `one of ${THEME_IDS.join(', ')}`).default('dungeon'))
    .option('--layout <layout>', 'rooms, bsp or caves (default: the theme\'s)')
    .option('--seed <n>', 'random seed', num, 1)
    .addOption(new Option('--quality <level>', `texture quality: ${QUALITY_LEVELS.join(', ')}`).default('ultra_lite'))
    .option('--no-ceiling', 'leave the rooms open to the sky')
    .option('--lod', 'add LOD chains (MSFT_lod) to repeated props')
    .option('--gpu-instancing', 'draw repeated props with EXT_mesh_gpu_instancing (then required: loaders without it refuse the file); by default they are nodes sharing one mesh, which every loader reads')
    .option('--meshopt', 'compress geometry with EXT_meshopt_compression')
    .option('--no-quantize', 'keep float vertex data (by default positions, normals and UVs are quantised)')
    .option('--spec <file>', 'also write the generated SceneSpec (JSON)')
    .requiredOption('-o, --output <file>', 'output .glb or .gltf', outputPath)
    .option('--json', 'print a JSON summary: rooms, props, triangles, instances, timings')
    .action((opts: DungeonCliOptions) => about('dungeon', () => runDungeon(opts)));
}

async function runDungeon(opts: DungeonCliOptions): Promise<void> {
  const t0 = performance.now();
  const { buildDungeon } = await import('../../pipeline/dungeon.js');
  const { writeDocument } = await import('../../gltf/write.js');
  // Strings and numbers as typed; the pipeline's schema checks them and names the option at fault.
  const params = {
    rooms: opts.rooms,
    ...(opts.props !== undefined ? { props: opts.props } : {}),
    materials: opts.materials,
    lights: opts.lights,
    theme: opts.theme,
    ...(opts.layout !== undefined ? { layout: opts.layout } : {}),
    seed: opts.seed,
    quality: opts.quality,
    ...(opts.ceiling === false ? { ceiling: false } : {}),
  } as DungeonOptions;
  const result = await asOptions(() => buildDungeon({ ...params, gpuInstancing: opts.gpuInstancing === true, lod: opts.lod === true, meshopt: opts.meshopt === true, quantize: opts.quantize }));
  const t1 = performance.now();
  const files = await writeDocument(result.document, opts.output);
  if (opts.spec) writeFileAtomic(opts.spec, `${JSON.stringify(result.spec, null, 2)}\n`);
  const t2 = performance.now();
  const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
  const ms = (x: number) => Math.round(x * 10) / 10;
  const summary = { ok: true, output: opts.output, bytes, ...result.summary, timings: { ...result.timings, writeMs: ms(t2 - t1), totalMs: ms(t2 - t0) } };
  if (opts.json) printJson(summary);
  else {
    const s = result.summary;
    process.stdout.write(
      `wrote ${opts.output} (${(bytes / 1048576).toFixed(2)} MB): ${s.rooms} rooms, ${s.props} props, ${s.lights} lights, ${s.materials} materials, ${s.triangles.toLocaleString('en')} triangles, ${s.instances} instances in ${ms(t2 - t0)} ms\n`,
    );
  }
}

/** The use-case names a bad parameter by its field (`rooms`); the command line names it by its option. */
async function asOptions<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!isCanvas3dError(err) || err.code !== 'C3D_INPUT_INVALID') throw err;
    const issues = err.issues.map((i) => ({ path: i.path && !i.path.startsWith('--') ? `--${i.path}` : i.path, message: i.message }));
    throw new Canvas3dError(err.code, issues.map(formatIssue).join('\n'), issues, { cause: err });
  }
}
