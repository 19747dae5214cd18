import type { Command } from 'commander';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { InputError, printJson } from '../io.js';
import { outputPath } from './build.js';

export function registerOptimize(program: Command): void {
  program
    .command('optimize')
    .description('optimise a glTF/GLB: dedup, instancing, prune, optional LODs, weld and meshopt compression; report mesh problems')
    .argument('<input>', '.glb or .gltf file')
    .requiredOption('-o, --output <file>', 'output .glb or .gltf', outputPath)
    .option('--lod', 'add LOD chains (MSFT_lod with screen coverage)')
    .option('--instance', 'batch repeated meshes into EXT_mesh_gpu_instancing (listed as required: loaders without it refuse the file)')
    .option('--meshopt', 'quantise and compress geometry (EXT_meshopt_compression)')
    .option('--weld', 'merge identical vertices')
    .option('--json', 'print the optimisation and mesh validation reports as JSON')
    .action(async (input: string, opts: { output: string; lod?: boolean; instance?: boolean; meshopt?: boolean; weld?: boolean; json?: boolean }) => {
      const { readyIO, writeDocument } = await import('../../gltf/write.js');
      const { optimizeDocument } = await import('../../optimize/optimize.js');
      const { meshReport } = await import('../../optimize/mesh-report.js');
      if (!existsSync(input) || !statSync(input).isFile()) throw new InputError([{ path: '', message: `${input}: file not found` }], 'optimize');
      const io = await readyIO();
      let doc;
      try {
        doc = input.toLowerCase().endsWith('.gltf') ? await io.read(input) : await io.readBinary(new Uint8Array(readFileSync(input)));
      } catch (err) {
        throw new InputError([{ path: '', message: `${input}: not a readable glTF (${err instanceof Error ? err.message.split('\n')[0] : String(err)})` }], 'optimize');
      }
      const report = await optimizeDocument(doc, { instance: opts.instance ? 2 : 0, lod: opts.lod === true, meshopt: opts.meshopt === true, weld: opts.weld === true });
      const meshes = meshReport(doc);
      const files = await writeDocument(doc, opts.output);
      const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
      if (opts.json) printJson({ ok: true, output: opts.output, bytesIn: statSync(input).size, bytesOut: bytes, ...report, meshReport: meshes.totals, meshes: meshes.meshes });
      else {
        const t = meshes.totals;
        process.stdout.write(
          `wrote ${opts.output} (${(bytes / 1024).toFixed(1)} KiB, was ${(statSync(input).size / 1024).toFixed(1)} KiB): ${report.before.meshes} → ${report.after.meshes} meshes, ${report.instances} instances${report.lod ? `, LODs for ${report.lod.meshes} meshes` : ''}\n` +
            `mesh check: ${t.nonManifoldEdges} non-manifold edges, ${t.degenerateTriangles} degenerate triangles, ${t.flippedNormals} flipped normals, ${t.nonFinite} NaN/∞ values, ${t.boundaryEdges} open edges\n`,
        );
      }
    });
}
