/**
 * Built-in library data is JSON checked by the same zod schemas that check a user's library file. A bad built-in
 * file is a packaging bug, so it fails at load, loudly, with every issue's path inside the named file.
 */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';
import type { Issue } from '../core/issues.js';
import { Canvas3dError } from '../core/errors.js';
import { zodIssues } from '../core/zod-issues.js';

/**
 * The data, validated and returned as written: defaults stay implicit (a preset applied to a spec keeps the
 * author's form), which is why the types are the schemas' input types.
 */
export function loadBuiltin<S extends z.ZodType>(schema: S, data: unknown, file: string): z.input<S> {
  if (DATA_CHECKED_AT_BUILD) return data as z.input<S>;
  const r = schema.safeParse(data);
  if (!r.success) throw builtinError(file, zodIssues(r.error));
  return data as z.input<S>;
}

/**
 * The bundled CLI is built only after every data file has passed these same checks (scripts/bundle.mjs loads
 * them first), so it skips them: checking ~1 MB of presets costs 130 ms at every start of every command. The
 * library and a source checkout check at load. esbuild defines the constant; elsewhere it is not declared.
 */
declare const __CANVAS3D_DATA_CHECKED__: boolean | undefined;
const DATA_CHECKED_AT_BUILD = typeof __CANVAS3D_DATA_CHECKED__ !== 'undefined' && __CANVAS3D_DATA_CHECKED__ === true;

/** A bad built-in file is our bug (C3D_INTERNAL); each issue's path is prefixed with the file, to say where to look. */
export function builtinError(file: string, issues: readonly Issue[]): Canvas3dError {
  const where = `src/library/data/${file}`;
  return Canvas3dError.fromIssues('C3D_INTERNAL', issues.map((i) => ({ path: i.path ? `${where}: ${i.path}` : where, message: i.message })));
}

/** Ids that appear twice in one list, as issues at the second one. */
export function duplicateIds(list: readonly { id: string }[], at: string): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  list.forEach((item, i) => {
    if (seen.has(item.id)) issues.push({ path: `${at}[${i}].id`, message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return issues;
}

/** A built-in preset file (`{ about, presets }`): every preset checked by `preset`, and no id used twice. */
export function loadBuiltinPresets<S extends z.ZodType<{ id: string }>>(preset: S, data: unknown, file: string): z.input<S>[] {
  const { presets } = loadBuiltin(strictObject({ about: z.array(z.string()), presets: z.array(preset) }), data, file) as { presets: z.input<S>[] };
  const dups = duplicateIds(presets as { id: string }[], 'presets');
  if (dups.length) throw builtinError(file, dups);
  return presets;
}
