import path from 'node:path';
import { statSync } from 'node:fs';
import { InvalidArgumentError, type Command } from 'commander';
import { InputError, printJson, readInput } from '../io.js';

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
      const { validateSpecText } = await import('../../validate/validate.js');
      const { buildScene, BudgetError } = await import('../../gltf/build-scene.js');
      const { writeDocument } = await import('../../gltf/write.js');
      const input = readInput(file);
      const result = validateSpecText(input.text, { baseDir: input.baseDir });
      if (!result.ok) throw new InputError(result.issues, input.label);
      const t1 = performance.now();
      let built;
      try {
        built = await buildScene(result.spec, { baseDir: input.baseDir });
      } catch (err) {
        if (err instanceof BudgetError) throw new InputError([{ path: err.path, message: err.message }], input.label);
        throw err;
      }
      const t2 = performance.now();
      const files = await writeDocument(built.document, opts.output);
      const t3 = performance.now();
      const bytes = files.reduce((s, f) => s + statSync(f).size, 0);
      const timings = { validateMs: round(t1 - t0), buildMs: round(t2 - t1), writeMs: round(t3 - t2) };
      if (opts.json) printJson({ ok: true, output: opts.output, files, bytes, ...built.stats, timings });
      else {
        const s = built.stats;
        process.stdout.write(
          `wrote ${opts.output} (${(bytes / 1024).toFixed(1)} KiB): ${s.nodes} nodes, ${s.meshes} meshes, ${s.triangles} triangles, ${s.materials} materials, ${s.lights} lights, ${s.cameras} cameras in ${round(t3 - t0)} ms\n`,
        );
      }
    });
}

const round = (ms: number) => Math.round(ms * 10) / 10;
