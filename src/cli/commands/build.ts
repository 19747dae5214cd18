import path from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { about, printJson, readInput } from '../io.js';

export function outputPath(value: string): string {
  const ext = path.extname(value).toLowerCase();
  if (ext !== '.glb' && ext !== '.gltf') throw new InvalidArgumentError('the output must end in .glb or .gltf');
  return value;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a SceneSpec into a glTF scene (.glb, or .gltf with its .bin and images)')
    .argument('<spec>', 'SceneSpec JSON file, or - for stdin')
    .requiredOption('-o, --output <file>', 'output .glb or .gltf', outputPath)
    .option('--json', 'print a JSON summary on stdout')
    .action(async (file: string, opts: { output: string; json?: boolean }) => {
      const t0 = performance.now();
      const { buildScene } = await import('../../pipeline/build.js');
      const input = readInput(file);
      const built = await about(input.label, () => buildScene({ spec: input.text, baseDir: input.baseDir, output: opts.output }));
      const { files, bytes, stats: s, timings } = built;
      if (opts.json) printJson({ ok: true, output: opts.output, files, bytes, ...s, timings });
      else {
        process.stdout.write(
          `wrote ${opts.output} (${(bytes / 1024).toFixed(1)} KiB): ${s.nodes} nodes, ${s.meshes} meshes, ${s.triangles} triangles, ${s.materials} materials, ${s.lights} lights, ${s.cameras} cameras in ${round(performance.now() - t0)} ms\n`,
        );
      }
    });
}

const round = (ms: number) => Math.round(ms * 10) / 10;
