import type { Command } from 'commander';
import { InputError, printJson, readInput } from '../io.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a SceneSpec file and report every problem with its JSON path')
    .argument('<spec>', 'SceneSpec JSON file, or - for stdin')
    .option('--json', 'print the result as JSON on stdout')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { validateSpecText } = await import('../../validate/validate.js');
      const { summarizeSpec } = await import('../summary.js');
      const input = readInput(file);
      const result = validateSpecText(input.text, { baseDir: input.baseDir });
      if (!result.ok) {
        if (opts.json) printJson({ ok: false, file: input.label, errors: result.issues });
        throw new InputError(result.issues, input.label);
      }
      const summary = summarizeSpec(result.spec);
      if (opts.json) printJson({ ok: true, file: input.label, ...summary });
      else process.stdout.write(`${input.label}: valid SceneSpec v${result.spec.version} — ${describe(summary)}\n`);
    });
}

function describe(s: { objects: number; materials: number; lights: number; cameras: number; shots: number }): string {
  return `${s.objects} objects, ${s.materials} materials, ${s.lights} lights, ${s.cameras} cameras, ${s.shots} shots`;
}
