import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import type { MaterialLibrary } from '../../materials/library.js';
import { QUALITY, QUALITY_LEVELS, type Quality } from '../../materials/quality.js';
import { MATERIAL_FAMILIES } from '../../library/materials/types.js';
import { SOURCES } from '../../library/materials/sources.js';
import { didYouMean, quote } from '../../core/issues.js';
import { writeFilesAtomic } from '../../core/atomic.js';
import { InputError, printJson, readInput } from '../io.js';

/** The built-in presets, with whatever the global `--library` option registered. */
async function builtinPresets(): Promise<MaterialLibrary> {
  return (await import('../../materials/library.js')).BUILTIN_LIBRARY;
}

/** The built-in presets extended by material-library files, checked without registering them. */
async function loadLibraries(files: string[]): Promise<MaterialLibrary> {
  const { BUILTIN_LIBRARY, parseLibraryText } = await import('../../materials/library.js');
  let library = BUILTIN_LIBRARY;
  for (const file of files) {
    const input = readInput(file);
    const parsed = parseLibraryText(input.text);
    if (!parsed.ok) throw new InputError(parsed.issues, input.label);
    const { library: next, clashes } = library.extend(parsed.library.presets as never);
    if (clashes.length) throw new InputError(clashes.map((id) => ({ path: '', message: `preset "${id}" already exists` })), input.label);
    library = next;
  }
  return library;
}

function findPreset(library: MaterialLibrary, id: string) {
  const preset = library.get(id);
  if (!preset) throw new InputError([{ path: '', message: `unknown preset ${quote(id)}${didYouMean(id, library.ids())}` }], 'materials');
  return preset;
}

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('must be an integer from 1 to 1000');
  return n;
};

function listCommand(materials: Command): void {
  materials
    .command('list')
    .description('list presets, optionally of one family')
    .addOption(new Option('--family <family>', 'only this family').choices([...MATERIAL_FAMILIES]))
    .option('--json', 'print JSON: [{ id, family, tags, synonyms, textured }]')
    .action(async (opts: { family?: string; json?: boolean; library?: string[] }) => {
      const library = await builtinPresets();
      const presets = library.presets.filter((p) => !opts.family || p.family === opts.family);
      if (opts.json) {
        printJson(presets.map((p) => ({ id: p.id, family: p.family, tags: p.tags, synonyms: p.synonyms, textured: p.texture !== undefined })));
        return;
      }
      const width = Math.max(...presets.map((p) => p.id.length), 4);
      for (const p of presets) process.stdout.write(`${p.id.padEnd(width)}  ${p.family.padEnd(9)}  ${p.tags.join(', ')}\n`);
      process.stdout.write(`${presets.length} presets\n`);
    });
}

function showCommand(materials: Command): void {
  materials
    .command('show')
    .description('show one preset: parameters, texture recipe, source')
    .argument('<id>', 'preset id')
    .option('--json', 'print the preset as JSON')
    .action(async (id: string, opts: { json?: boolean; library?: string[] }) => {
      const p = findPreset(await builtinPresets(), id);
      const source = SOURCES[p.source as keyof typeof SOURCES] ?? p.source;
      if (opts.json) {
        printJson({ ...p, sourceText: source });
        return;
      }
      process.stdout.write(`${p.id} (${p.family})\n  tags: ${p.tags.join(', ')}\n`);
      if (p.synonyms.length) process.stdout.write(`  also: ${p.synonyms.join(', ')}\n`);
      for (const [k, v] of Object.entries(p.pbr)) process.stdout.write(`  ${k}: ${JSON.stringify(v)}\n`);
      if (p.texture) process.stdout.write(`  texture: ${p.texture.pattern.kind} pattern, ${JSON.stringify(p.texture.colors)}\n`);
      process.stdout.write(`  source: ${source}\n`);
    });
}

function searchCommand(materials: Command): void {
  materials
    .command('search')
    .description('rank presets for a description, best first (e.g. "old wooden door")')
    .argument('<text...>', 'words describing the surface')
    .option('--limit <n>', 'how many results', positiveInt, 10)
    .addOption(new Option('--family <family>', 'only this family').choices([...MATERIAL_FAMILIES]))
    .option('--json', 'print JSON: [{ id, family, score, matched }]')
    .action(async (words: string[], opts: { limit: number; family?: string; json?: boolean; library?: string[] }) => {
      const { suggestMaterials } = await import('../../materials/suggest.js');
      const results = suggestMaterials(words.join(' '), { limit: opts.limit, library: await builtinPresets(), ...(opts.family ? { family: opts.family } : {}) });
      if (opts.json) {
        printJson(results);
        return;
      }
      if (!results.length) process.stdout.write('no matching presets\n');
      for (const r of results) process.stdout.write(`${r.id.padEnd(32)} ${r.family.padEnd(9)} ${r.score.toFixed(1).padStart(7)}  ${Object.keys(r.matched).join(', ')}\n`);
    });
}

function exportCommand(materials: Command): void {
  materials
    .command('export')
    .description('export a preset as MaterialX (with baked textures) or a JSON library')
    .argument('<id>', 'preset id')
    .addOption(new Option('--format <format>', 'output format').choices(['mtlx', 'json']).makeOptionMandatory())
    .option('-o, --output <file>', 'file to write (.mtlx or .json); stdout when absent (textures are only written to files)')
    .addOption(new Option('--quality <level>', 'texture quality for MaterialX').choices([...QUALITY_LEVELS]).default('balanced'))
    .addOption(new Option('--node <node>', 'MaterialX shader node').choices(['standard_surface', 'gltf_pbr']).default('standard_surface'))
    .action(async (id: string, opts: { format: 'mtlx' | 'json'; output?: string; quality: Quality; node: 'standard_surface' | 'gltf_pbr'; library?: string[] }) => {
      const library = await builtinPresets();
      findPreset(library, id);
      const { exportPreset } = await import('../../materials/export.js');
      const files = await exportPreset(id, { format: opts.format, quality: opts.quality, node: opts.node, library, textures: opts.output !== undefined });
      if (!opts.output) {
        process.stdout.write(String(files[0]!.data));
        return;
      }
      const dir = path.dirname(opts.output);
      const [main, ...rest] = files;
      writeFilesAtomic([{ path: opts.output, data: main!.data }, ...rest.map((f) => ({ path: path.join(dir, f.name), data: f.data }))]);
      process.stderr.write(`wrote ${[opts.output, ...rest.map((f) => path.join(dir, f.name))].join(', ')}\n`);
    });
}

function importCommand(materials: Command): void {
  materials
    .command('import')
    .description('check a JSON material library (use it from a spec through "libraries")')
    .argument('<file>', 'library JSON (as written by `materials export --format json`)')
    .option('--json', 'print JSON: { ok, presets, ids }')
    .action(async (file: string, opts: { json?: boolean }) => {
      const { BUILTIN_LIBRARY } = await import('../../materials/library.js');
      const library = await loadLibraries([file]);
      const added = library.presets.slice(BUILTIN_LIBRARY.presets.length);
      if (opts.json) printJson({ ok: true, presets: added.length, ids: added.map((p) => p.id) });
      else process.stdout.write(`${file}: ${added.length} presets, all valid: ${added.map((p) => p.id).join(', ')}\n`);
    });
}

function qualityCommand(materials: Command): void {
  materials
    .command('quality')
    .description('list the quality levels: texture size, maps and material extensions')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json) {
        printJson(QUALITY);
        return;
      }
      for (const q of QUALITY_LEVELS) {
        const l = QUALITY[q];
        process.stdout.write(`${q.padEnd(11)} ${String(l.textureSize).padStart(4)}²  maps: ${l.maps.join(', ')}\n            extensions: ${l.extensions.join(', ')}\n            for ${l.use}\n`);
      }
    });
}

export function registerMaterials(program: Command): void {
  const materials = program.command('materials').description('browse, search and export the material preset library');
  listCommand(materials);
  showCommand(materials);
  searchCommand(materials);
  exportCommand(materials);
  importCommand(materials);
  qualityCommand(materials);
}
