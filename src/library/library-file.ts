/**
 * A user's library file: materials, lighting presets, grades and vocabulary, each checked by the same schema as
 * the built-in data, then registered into the process-wide registries the getters read. Two formats:
 *
 *   { "format": "canvas3d-library", "version": 1, "name": "…",          every key optional
 *     "materials": [...], "lighting": [...], "grades": [...], "vocabulary": { "props": [...], "colours": {...} } }
 *
 * and the material-library format that `canvas3d materials export --format json` writes and a spec's
 * `libraries` names: { "format": "canvas3d-material-library", "version": 1, "presets": [...] }.
 * JSON with comments and trailing commas (JSONC) is accepted.
 */
import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { strictObject } from '../core/zod.js';
import { zodIssues } from '../core/zod-issues.js';
import { didYouMean, type Issue } from '../core/issues.js';
import { Canvas3dError } from '../core/errors.js';
import { MAX_JSON_BYTES, parseJsonText, scanStructure } from '../core/json.js';
import { duplicateIds } from './load.js';
import { MaterialPresetEntry, type MaterialPreset } from './materials/types.js';
import { getMaterialPreset, materialPresetIds, registerMaterialPresets } from './materials/index.js';
import { LightingPreset } from './lighting/types.js';
import { getLightingPreset, lightingPresetIds, registerLightingPresets } from './lighting/index.js';
import { GradePreset, getGradePreset, gradePresetIds, registerGradePresets } from './grades.js';
import { Vocabulary, registerVocabulary, vocabularyClashes } from './vocabulary.js';

export const LIBRARY_FORMAT = 'canvas3d-library';
export const MATERIAL_LIBRARY_FORMAT = 'canvas3d-material-library';

export const MaterialLibraryFile = strictObject({
  format: z.literal(MATERIAL_LIBRARY_FORMAT),
  version: z.literal(1),
  name: z.string().max(200).optional(),
  presets: z.array(MaterialPresetEntry).max(100_000),
});
export type MaterialLibraryFile = z.infer<typeof MaterialLibraryFile>;

export const LibraryFile = strictObject({
  format: z.literal(LIBRARY_FORMAT).optional(),
  version: z.literal(1).optional(),
  name: z.string().max(200).optional(),
  materials: z.array(MaterialPresetEntry).max(100_000).optional(),
  lighting: z.array(LightingPreset).max(10_000).optional(),
  grades: z.array(GradePreset).max(10_000).optional(),
  vocabulary: Vocabulary.optional(),
});

/** A checked library, whichever format it came in. */
export interface Library {
  name?: string;
  materials: MaterialPreset[];
  lighting: LightingPreset[];
  grades: GradePreset[];
  vocabulary: Vocabulary;
}

export type LibraryResult = { ok: true; library: Library } | { ok: false; issues: Issue[] };

/** JSON or JSONC text → a value, with the first syntax error's line and column. */
function parseText(text: string, label: string): { ok: true; value: unknown } | { ok: false; issues: Issue[] } {
  if (text.length > MAX_JSON_BYTES) return { ok: false, issues: [{ path: '', message: `${label} is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_JSON_BYTES / 1048576} MB` }] };
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: `${label} is empty; expected a JSON object` }] };
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  const first = errors[0];
  if (first) {
    const before = text.slice(0, first.offset);
    const where = `line ${before.split('\n').length}, column ${first.offset - before.lastIndexOf('\n')}`;
    const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return { ok: false, issues: [{ path: '', message: `${label} is not valid JSON: ${what} at ${where}` }] };
  }
  const issues = scanStructure(value);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/** Duplicate ids inside one file; clashes with what is already registered are `registerLibrary`'s to find. */
function duplicates(library: Library, legacy: boolean): Issue[] {
  return [
    ...duplicateIds(library.materials, legacy ? 'presets' : 'materials'),
    ...duplicateIds(library.lighting, 'lighting'),
    ...duplicateIds(library.grades, 'grades'),
  ];
}

/**
 * Checks a library file's text. Issues have JSON paths (`materials[3].pbr.roughness`), unknown keys a
 * did-you-mean; `label` (usually the file name) names the file in messages about the text as a whole.
 */
export function parseLibraryFile(text: string, label = 'library'): LibraryResult {
  const json = parseText(text, label);
  if (!json.ok) return json;
  const legacy = typeof json.value === 'object' && json.value !== null && (json.value as { format?: unknown }).format === MATERIAL_LIBRARY_FORMAT;
  let library: Library;
  if (legacy) {
    const r = MaterialLibraryFile.safeParse(json.value);
    if (!r.success) return { ok: false, issues: zodIssues(r.error) };
    library = { ...(r.data.name ? { name: r.data.name } : {}), materials: r.data.presets, lighting: [], grades: [], vocabulary: {} };
  } else {
    const r = LibraryFile.safeParse(json.value);
    if (!r.success) return { ok: false, issues: zodIssues(r.error) };
    const d = r.data;
    library = { ...(d.name ? { name: d.name } : {}), materials: d.materials ?? [], lighting: d.lighting ?? [], grades: d.grades ?? [], vocabulary: d.vocabulary ?? {} };
  }
  const issues = duplicates(library, legacy);
  return issues.length ? { ok: false, issues } : { ok: true, library };
}

/**
 * The material-library format only (what a spec's `libraries` names). Strict JSON, as the export writes it, with
 * the same messages as a spec's JSON.
 */
export function parseMaterialLibraryText(text: string): { ok: true; library: MaterialLibraryFile } | { ok: false; issues: Issue[] } {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const r = MaterialLibraryFile.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const issues = duplicateIds(r.data.presets, 'presets');
  return issues.length ? { ok: false, issues } : { ok: true, library: r.data };
}

/** Reads and checks a library file; a missing or unreadable file is an issue, like a bad one. */
export function loadLibraryFile(file: string): LibraryResult {
  let text: string;
  try {
    if (statSync(file).size > MAX_JSON_BYTES) return { ok: false, issues: [{ path: '', message: `${file} is larger than ${MAX_JSON_BYTES / 1048576} MB` }] };
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `${file}: not found` : code === 'EISDIR' ? `${file} is a folder, not a library file` : `${file}: cannot read (${code ?? String(err)})`;
    return { ok: false, issues: [{ path: '', message }] };
  }
  return parseLibraryFile(text, file);
}

/** What a registration added, by kind. */
export interface LibraryAdded {
  materials: string[];
  lighting: string[];
  grades: string[];
  /** Words, colour names and plurals added, counted. */
  vocabulary: number;
}

type Known = { has: (id: string) => boolean; ids: () => string[]; what: string };

/** Preset ids the vocabulary names must exist, among the registered presets or this library's own. */
function referenceIssues(library: Library): Issue[] {
  const withOwn = (get: (id: string) => unknown, ids: () => string[], own: { id: string }[], what: string): Known => ({
    has: (id) => get(id) !== undefined || own.some((p) => p.id === id),
    ids: () => [...ids(), ...own.map((p) => p.id)],
    what,
  });
  const material = withOwn(getMaterialPreset, materialPresetIds, library.materials, 'material preset');
  const lighting = withOwn(getLightingPreset, lightingPresetIds, library.lighting, 'lighting preset');
  const grade = withOwn(getGradePreset, gradePresetIds, library.grades, 'grade preset');
  const issues: Issue[] = [];
  const check = (path: string, id: string | undefined, known: Known) => {
    if (id !== undefined && !known.has(id)) issues.push({ path, message: `unknown ${known.what} "${id}"${didYouMean(id, known.ids())}` });
  };
  const v = library.vocabulary;
  v.materials?.forEach((m, i) => check(`vocabulary.materials[${i}].material`, m.material, material));
  v.places?.forEach((p, i) => {
    for (const slot of ['floor', 'walls', 'ceiling', 'ground'] as const) check(`vocabulary.places[${i}].${slot}`, p[slot], material);
    check(`vocabulary.places[${i}].lighting.day`, p.lighting.day, lighting);
    check(`vocabulary.places[${i}].lighting.night`, p.lighting.night, lighting);
    check(`vocabulary.places[${i}].grade`, p.grade, grade);
  });
  v.moods?.forEach((m, i) => {
    check(`vocabulary.moods[${i}].lighting`, m.lighting, lighting);
    check(`vocabulary.moods[${i}].grade`, m.grade, grade);
  });
  v.times?.forEach((t, i) => check(`vocabulary.times[${i}].lighting`, t.lighting, lighting));
  v.genres?.forEach((g, i) => {
    check(`vocabulary.genres[${i}].lighting.day`, g.lighting.day, lighting);
    check(`vocabulary.genres[${i}].lighting.night`, g.lighting.night, lighting);
    check(`vocabulary.genres[${i}].grade`, g.grade, grade);
  });
  return issues;
}

/**
 * Adds a checked library to the process-wide registries (getMaterialPreset and the material library, getLightingPreset,
 * getGradePreset, the planner's lexicon lookups). All or nothing: an id or word that is already taken (a user's
 * preset may not silently replace a built-in) or a reference to an unknown preset is an issue, and then nothing
 * is registered.
 */
export function registerLibrary(library: Library): { ok: true; added: LibraryAdded } | { ok: false; issues: Issue[] } {
  const taken = (list: { id: string }[], at: string, has: (id: string) => unknown, what: string): Issue[] =>
    list.flatMap((p, i) => (has(p.id) ? [{ path: `${at}[${i}].id`, message: `${what} "${p.id}" already exists; choose another id` }] : []));
  const issues = [
    ...taken(library.materials, 'materials', getMaterialPreset, 'material preset'),
    ...taken(library.lighting, 'lighting', getLightingPreset, 'lighting preset'),
    ...taken(library.grades, 'grades', getGradePreset, 'grade preset'),
    ...vocabularyClashes(library.vocabulary),
    ...referenceIssues(library),
  ];
  if (issues.length) return { ok: false, issues };
  const v = library.vocabulary;
  registerVocabulary(v);
  return {
    ok: true,
    added: {
      materials: registerMaterialPresets(library.materials).added,
      lighting: registerLightingPresets(library.lighting).added,
      grades: registerGradePresets(library.grades).added,
      vocabulary: Object.values(v).reduce((n: number, part) => n + (Array.isArray(part) ? part.reduce((k, e: { words: string[] }) => k + e.words.length, 0) : Object.keys(part ?? {}).length), 0),
    },
  };
}

/**
 * Loads a library file and registers it: what `--library <file>` does. Throws a Canvas3dError (C3D_NOT_FOUND for a
 * missing file, C3D_INPUT_INVALID otherwise) whose issues carry the paths and whose `source` is the file.
 */
export function useLibraryFile(file: string): LibraryAdded {
  const loaded = loadLibraryFile(file);
  const result = loaded.ok ? registerLibrary(loaded.library) : loaded;
  if (result.ok) return result.added;
  const missing = result.issues.length === 1 && /: not found$/.test(result.issues[0]!.message);
  const err = Canvas3dError.fromIssues(missing ? 'C3D_NOT_FOUND' : 'C3D_INPUT_INVALID', result.issues);
  err.source = file;
  throw err;
}
