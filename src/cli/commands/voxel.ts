import path from 'node:path';
import { statSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError, about, printJson } from '../io.js';
import { writeFileAtomic } from '../../core/atomic.js';

const triple = (v: string): [number, number, number] => {
  const parts = v.split(/[x,×]/).map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isInteger(n) || n < 1 || n > 256)) throw new InvalidArgumentError('give three whole numbers from 1 to 256, e.g. 16x24x16');
  return parts as [number, number, number];
};

export function registerVoxel(program: Command): void {
  program
    .command('voxel')
    .description('turn a MagicaVoxel .vox file or a parametric voxel shape into a greedy-meshed GLB, or a .vox')
    .argument('[input]', '.vox file to import')
    .addOption(new Option('--shape <shape>', 'generate instead of importing').choices(['terrain', 'tree', 'house', 'tower', 'sphere']))
    .option('--size <x,y,z>', 'model size in voxels (Y up)', triple, [16, 24, 16] as [number, number, number])
    .option('--voxel-size <metres>', 'edge of one voxel in metres', (v) => Number(v), 0.1)
    .option('--seed <n>', 'random seed', (v) => Number(v), 1)
    .requiredOption('-o, --output <file>', 'output .glb, .gltf or .vox', (v) => {
      if (!/\.(glb|gltf|vox)$/i.test(v)) throw new InvalidArgumentError('the output must end in .glb, .gltf or .vox');
      return v;
    })
    .option('--json', 'print a JSON summary')
    .action(async (input: string | undefined, opts: { shape?: string; size: [number, number, number]; voxelSize: number; seed: number; output: string; json?: boolean }) => {
      if (!input === !opts.shape) throw new InputError([{ path: '', message: 'give either a .vox file or --shape, not both' }], 'voxel');
      const { VoxelParams, loadVoxelModel } = await import('../../geometry/voxel/voxel.js');
      const { VoxError, writeVox } = await import('../../geometry/voxel/vox.js');
      const { count } = await import('../../geometry/voxel/model.js');
      const { zodIssues } = await import('../../core/zod-issues.js');
      const baseDir = input ? path.dirname(path.resolve(input)) : process.cwd();
      const parsed = VoxelParams.safeParse(input ? { type: 'voxel', shape: 'file', file: path.basename(input), voxelSize: opts.voxelSize } : { type: 'voxel', shape: opts.shape, size: opts.size, voxelSize: opts.voxelSize, seed: opts.seed });
      if (!parsed.success) throw new InputError(zodIssues(parsed.error).map((i) => ({ path: `--${i.path}`, message: i.message })), 'voxel');
      if (input) {
        try {
          if (!statSync(input).isFile()) throw new Error('not a file');
        } catch {
          throw new InputError([{ path: '', message: `${input}: file not found` }], 'voxel');
        }
      }
      let model;
      try {
        model = loadVoxelModel(parsed.data, baseDir);
      } catch (err) {
        if (err instanceof VoxError) throw new InputError([{ path: '', message: `${input}: ${err.message}` }], 'voxel');
        throw err;
      }
      let bytes: number;
      let triangles = 0;
      if (opts.output.toLowerCase().endsWith('.vox')) {
        const data = writeVox(model);
        writeFileAtomic(opts.output, data);
        bytes = data.byteLength;
      } else {
        const { buildScene } = await import('../../pipeline/build.js');
        const built = await about('voxel', () => buildScene({ spec: { version: 1, objects: [{ id: 'voxels', geometry: parsed.data }] }, baseDir, output: opts.output }));
        triangles = built.stats.triangles;
        bytes = built.bytes;
      }
      const summary = { ok: true, output: opts.output, size: model.size, voxels: count(model), colours: new Set(model.voxels).size - (model.voxels.includes(0) ? 1 : 0), triangles, bytes };
      if (opts.json) printJson(summary);
      else process.stdout.write(`wrote ${opts.output}: ${summary.voxels} voxels (${model.size.join('×')}), ${summary.colours} colours${triangles ? `, ${triangles} triangles` : ''}\n`);
    });
}
