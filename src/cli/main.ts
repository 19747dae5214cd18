/**
 * The `canvas3d` command. Exit codes: 0 success, 1 invalid input (each error on stderr with its JSON path),
 * 2 usage error, 3 internal error.
 */
import { Command, CommanderError } from 'commander';
import { ENGINE_VERSION } from '../core/version.js';
import { EXIT_INTERNAL, EXIT_INVALID, EXIT_USAGE, ReportedFailure, printIssues } from './io.js';
import { exitCodeFor, isCanvas3dError } from '../core/errors.js';
import { registerValidate } from './commands/validate.js';
import { registerBuild } from './commands/build.js';
import { registerSchema } from './commands/schema.js';
import { registerMaterials } from './commands/materials.js';
import { registerDungeon } from './commands/dungeon.js';
import { registerOptimize } from './commands/optimize.js';
import { registerVoxel } from './commands/voxel.js';
import { registerLighting } from './commands/lighting.js';
import { registerRender } from './commands/render.js';
import { registerGenerate } from './commands/generate.js';

/** `--library <file>` on every command: a user's materials, lighting presets, grades and vocabulary, added first. */
const LIBRARY_OPTION = [
  '--library <file>',
  'add materials, lighting presets, grades and vocabulary from a library file (JSON or JSONC; repeatable)',
  (value: string, previous: string[] = []) => [...previous, value],
] as const;

export function createProgram(): Command {
  const program = new Command('canvas3d')
    .description('Canvas3D: turn a description of a scene into a real 3D scene and a pre-visualisation storyboard')
    .version(ENGINE_VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerValidate(program);
  registerBuild(program);
  registerSchema(program);
  registerMaterials(program);
  registerDungeon(program);
  registerOptimize(program);
  registerVoxel(program);
  registerLighting(program);
  registerRender(program);
  registerGenerate(program);
  const configure = (cmd: Command) => {
    cmd.exitOverride().showHelpAfterError('(run with --help for usage)');
    if (!cmd.commands.length && !cmd.options.some((o) => o.long === '--library')) cmd.option(...LIBRARY_OPTION);
    cmd.commands.forEach(configure);
  };
  program.commands.forEach(configure);
  program.option(...LIBRARY_OPTION);
  program.hook('preAction', async (_program, action) => {
    const files = [...((program.opts().library as string[] | undefined) ?? []), ...((action.opts().library as string[] | undefined) ?? [])];
    if (!files.length) return;
    const { useLibraryFile } = await import('../library/library-file.js');
    for (const file of files) useLibraryFile(file);
  });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  // `canvas3d materials list | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  const program = createProgram();
  if (argv.length <= 2) {
    program.outputHelp({ error: true });
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version "errors" are successes; everything else commander rejects is a usage error.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help' ? 0 : EXIT_USAGE;
    }
    if (err instanceof ReportedFailure) return EXIT_INVALID;
    // The one place errors become exit codes: every failure a user can fix is a Canvas3dError with a code.
    if (isCanvas3dError(err)) {
      printIssues(err.source ?? 'canvas3d', err.issuesOrMessage());
      return exitCodeFor(err);
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`canvas3d: internal error: ${message}\n`);
    if (process.env.CANVAS3D_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    else process.stderr.write('(set CANVAS3D_DEBUG=1 for details, and please report it)\n');
    return EXIT_INTERNAL;
  }
}
