import type { Command } from 'commander';
import { printJson } from '../io.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the SceneSpec JSON Schema (draft 2020-12)')
    .action(async () => printJson((await import('../../validate/validate.js')).sceneSpecJsonSchema()));
}
