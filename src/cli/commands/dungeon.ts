import type { Command } from 'commander';
import { statSync } from 'node:fs';
import { Option } from 'commander';
import { THEME_IDS } from '../../geometry/level/themes.js';
import { QUALITY_LEVELS } from '../../materials/quality.js';
import { writeFileAtomic } from '../../core/atomic.js';
import { InputError, printJson } from '../io.js';
import { outputPath } from './build.js';

/** Numbers are parsed leniently here and checked by the schema, so "1e9 props" gets a message, not a crash. */
const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

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
    .option('--no-instance', 'do not use GPU instancing (EXT_mesh_gpu_instancing)')
    .option('--meshopt', 'compress geometry with EXT_meshopt_compression')
    .option('--no-quantize', 'keep float vertex data (by default positions, normals and UVs are quantised)')
    .option('--spec <file>', 'also write the generated SceneSpec (JSON)')
    .requiredOption('-o, --output <file>', 'output .glb or .gltf', outputPath)
    .option('--json', 'print a JSON summary: rooms, props, triangles, instances, timings')
    .action(async (opts: Record<string, unknown> & { output: string; json?: boolean; lod?: boolean; instance: boolean; meshopt?: boolean; spec?: string; ceiling: boolean; quantize: boolean }) => {
      const t0 = performance.now();
      const { DungeonParams, generateDungeon, DungeonError } = await import('../../worlds/dungeon.js');
      const { validateSpec } = await import('../../validate/validate.js');
      const { buildScene, BudgetError } = await import('../../gltf/build-scene.js');
      const { optimizeDocument } = await import('../../optimize/optimize.js');
      const { writeDocument } = await import('../../gltf/write.js');
      const { zodIssues } = await import('../../core/zod-issues.js');
      const parsed = DungeonParams.safeParse({
        rooms: opts.rooms,
        ...(opts.props !== undefined ? { props: opts.props } : {}),
        materials: opts.materials,
        lights: opts.lights,
        theme: opts.theme,
        ...(opts.layout !== undefined ? { layout: opts.layout } : {}),
        seed: opts.seed,
        quality: opts.quality,
        ...(opts.ceiling === false ? { ceiling: false } : {}),
      });
      if (!parsed.success) throw new InputError(zodIssues(parsed.error).map((i) => ({ path: `--${i.path}`, message: i.message })), 'dungeon');
      let generated;
      try {
        generated = generateDungeon(parsed.data);
      } catch (err) {
        if (err instanceof DungeonError) throw new InputError([{ path: `--${err.path}`, message: err.message }], 'dungeon');
        throw err;
      }
      const t1 = performance.now();
      const valid = validateSpec(generated.spec);
      if (!valid.ok) throw new Error(`generated an invalid spec: ${valid.issues[0]!.path}: ${valid.issues[0]!.message}`);
      const t2 = performance.now();
      let built;
      try {
        built = await buildScene(valid.spec);
      } catch (err) {
        if (err instanceof BudgetError) throw new InputError([{ path: err.path, message: err.message }], 'dungeon');
        throw err;
      }
      const t3 = performance.now();
      // The builder already shares meshes, accessors and textures, so dedup and prune would find nothing.
      const optimized = await optimizeDocument(built.document, { dedup: false, prune: false, instance: opts.instance ? 2 : 0, lod: opts.lod === true, meshopt: opts.meshopt === true, quantize: opts.quantize });
      const t4 = performance.now();
      const files = await writeDocument(built.document, opts.output);
      if (opts.spec) writeFileAtomic(opts.spec, `${JSON.stringify(generated.spec, null, 2)}\n`);
      const t5 = performance.now();
      const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
      const ms = (x: number) => Math.round(x * 10) / 10;
      const summary = {
        ok: true,
        output: opts.output,
        bytes,
        ...generated.report,
        triangles: optimized.after.triangles,
        nodes: optimized.after.nodes,
        meshes: optimized.after.meshes,
        instances: optimized.instances,
        ...(optimized.lod ? { lodMeshes: optimized.lod.meshes } : {}),
        textureCache: built.textureCache,
        timings: { generateMs: ms(t1 - t0), validateMs: ms(t2 - t1), buildMs: ms(t3 - t2), optimizeMs: ms(t4 - t3), writeMs: ms(t5 - t4), totalMs: ms(t5 - t0) },
      };
      if (opts.json) printJson(summary);
      else {
        process.stdout.write(
          `wrote ${opts.output} (${(bytes / 1048576).toFixed(2)} MB): ${summary.rooms} rooms, ${summary.props} props, ${summary.lights} lights, ${summary.materials} materials, ${summary.triangles.toLocaleString('en')} triangles, ${summary.instances} instances in ${ms(t5 - t0)} ms\n`,
        );
      }
    });
}
