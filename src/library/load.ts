/**
 * Built-in library data is JSON checked by the same zod schemas that check a user's library file. A bad built-in
 * file is a packaging bug, so it fails at load, loudly, with every issue's path inside the named file.
 */
import type { z } from 'zod';
import type { Issue } from '../core/issues.js';
import { Canvas3dError } from '../core/errors.js';
import { zodIssues } from '../core/zod-issues.js';

/**
 * The data, validated and returned as written: defaults stay implicit (a preset applied to a spec keeps the
 * author's form), which is why the types are the schemas' input types.
 */
export function loadBuiltin<S extends z.ZodType>(schema: S, data: unknown, file: string): z.input<S> {
  const r = schema.safeParse(data);
  if (!r.success) throw builtinError(file, zodIssues(r.error));
  return data as z.input<S>;
}

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
