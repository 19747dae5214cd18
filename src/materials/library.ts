/**
 * A material library: the built-in presets, optionally extended by JSON libraries a spec names. Lookups and
 * suggestions go through a library so imported presets behave exactly like built-in ones.
 */
import { z } from 'zod';
import { MATERIAL_PRESETS, MATERIAL_FAMILIES, type MaterialPreset } from '../library/materials/index.js';
import { PbrParams } from '../scene/material.js';
import { strictObject, Tags } from '../core/zod.js';
import { TextureRecipe } from '../scene/texture-recipe.js';
import { zodIssues } from '../core/zod-issues.js';
import type { Issue } from '../core/issues.js';
import { parseJsonText } from '../core/json.js';

export const LIBRARY_FORMAT = 'canvas3d-material-library';

const PresetPbr = PbrParams.omit({ baseColorTexture: true, metallicRoughnessTexture: true, normalTexture: true, occlusionTexture: true, emissiveTexture: true });

export const MaterialPresetSchema = strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case').max(80),
  family: z.enum(MATERIAL_FAMILIES),
  tags: Tags,
  synonyms: z.array(z.string().min(1).max(80)).max(32).default([]),
  pbr: PresetPbr,
  texture: TextureRecipe.optional(),
  source: z.string().min(1).max(500).describe('where the numbers come from'),
});

export const LibraryFile = strictObject({
  format: z.literal(LIBRARY_FORMAT),
  version: z.literal(1),
  name: z.string().max(200).optional(),
  presets: z.array(MaterialPresetSchema).max(100_000),
});
export type LibraryFile = z.infer<typeof LibraryFile>;

export class MaterialLibrary {
  private readonly byId: Map<string, MaterialPreset>;

  constructor(readonly presets: readonly MaterialPreset[]) {
    this.byId = new Map(presets.map((p) => [p.id, p]));
  }

  get(id: string): MaterialPreset | undefined {
    return this.byId.get(id);
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  /** A new library with `more` added; ids already present are reported, not overwritten. */
  extend(more: readonly MaterialPreset[]): { library: MaterialLibrary; clashes: string[] } {
    const clashes = more.filter((p) => this.byId.has(p.id)).map((p) => p.id);
    const fresh = more.filter((p) => !this.byId.has(p.id));
    return { library: new MaterialLibrary([...this.presets, ...fresh]), clashes };
  }
}

export const BUILTIN_LIBRARY = new MaterialLibrary(MATERIAL_PRESETS);

export function parseLibraryText(text: string): { ok: true; library: LibraryFile } | { ok: false; issues: Issue[] } {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const r = LibraryFile.safeParse(json.value);
  if (!r.success) return { ok: false, issues: zodIssues(r.error) };
  const seen = new Set<string>();
  const issues: Issue[] = [];
  r.data.presets.forEach((p, i) => {
    if (seen.has(p.id)) issues.push({ path: `presets[${i}].id`, message: `duplicate id "${p.id}"` });
    seen.add(p.id);
  });
  return issues.length ? { ok: false, issues } : { ok: true, library: r.data as LibraryFile };
}

export function libraryToJson(presets: readonly MaterialPreset[], name?: string): string {
  const file = { format: LIBRARY_FORMAT, version: 1, ...(name ? { name } : {}), presets };
  return `${JSON.stringify(file, null, 2)}\n`;
}
