import type { Command } from 'commander';
import { sceneSpecJsonSchema } from '../../spec/schema.js';
import { printJson } from '../io.js';

export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the SceneSpec JSON Schema (draft 2020-12)')
    .action(() => printJson(sceneSpecJsonSchema()));
}
