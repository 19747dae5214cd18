/**
 * The material preset registry: the built-in families (data/materials/*.json) plus any presets a user library
 * registered. `MATERIAL_PRESETS` is live: registration appends to it, and lookups see the additions.
 */
import { z } from 'zod';
import metal from '../data/materials/metal.json' with { type: 'json' };
import precious from '../data/materials/precious.json' with { type: 'json' };
import stone from '../data/materials/stone.json' with { type: 'json' };
import wood from '../data/materials/wood.json' with { type: 'json' };
import fabric from '../data/materials/fabric.json' with { type: 'json' };
import glass from '../data/materials/glass.json' with { type: 'json' };
import liquid from '../data/materials/liquid.json' with { type: 'json' };
import ceramic from '../data/materials/ceramic.json' with { type: 'json' };
import plastic from '../data/materials/plastic.json' with { type: 'json' };
import paint from '../data/materials/paint.json' with { type: 'json' };
import organic from '../data/materials/organic.json' with { type: 'json' };
import nature from '../data/materials/nature.json' with { type: 'json' };
import emissive from '../data/materials/emissive.json' with { type: 'json' };
import scifi from '../data/materials/scifi.json' with { type: 'json' };
import concrete from '../data/materials/concrete.json' with { type: 'json' };
import paper from '../data/materials/paper.json' with { type: 'json' };
import food from '../data/materials/food.json' with { type: 'json' };
import { strictObject } from '../../core/zod.js';
import type { Issue } from '../../core/issues.js';
import { builtinError, loadBuiltin } from '../load.js';
import { PresetRegistry } from '../registry.js';
import { SOURCES } from './sources.js';
import { MATERIAL_FAMILIES, MaterialPreset, type MaterialFamily } from './types.js';

export { MATERIAL_FAMILIES, MaterialPreset as MaterialPresetSchema, MaterialPresetEntry, PresetPbr as PresetPbrSchema } from './types.js';
export type { MaterialPreset, MaterialFamily, PresetPbr } from './types.js';
export { SOURCES, type SourceKey } from './sources.js';

const FamilyFile = strictObject({ about: z.array(z.string()), presets: z.array(MaterialPreset) });

const FILES: Record<MaterialFamily, unknown> = {
  metal, precious, stone, wood, fabric, glass, liquid, ceramic, plastic, paint, organic, nature, emissive, scifi, concrete, paper, food,
};

function loadFamily(family: MaterialFamily): MaterialPreset[] {
  const file = `materials/${family}.json`;
  const { presets } = loadBuiltin(FamilyFile, FILES[family], file);
  const issues: Issue[] = [];
  presets.forEach((p, i) => {
    if (p.family !== family) issues.push({ path: `presets[${i}].family`, message: `is "${p.family}" in the ${family} file` });
    if (!(p.source in SOURCES)) issues.push({ path: `presets[${i}].source`, message: `"${p.source}" is not a key of materials/sources.json` });
  });
  if (issues.length) throw builtinError(file, issues);
  return presets;
}

export const PRESETS_BY_FAMILY: Record<MaterialFamily, readonly MaterialPreset[]> = Object.fromEntries(
  MATERIAL_FAMILIES.map((f) => [f, loadFamily(f)]),
) as Record<MaterialFamily, MaterialPreset[]>;

/** Ids are unique across the families, not only within one file. */
function loadAll(): MaterialPreset[] {
  const all = MATERIAL_FAMILIES.flatMap((f) => PRESETS_BY_FAMILY[f]);
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const p of all) {
    if (seen.has(p.id)) issues.push({ path: `${p.family}.json`, message: `duplicate preset id "${p.id}"` });
    seen.add(p.id);
  }
  if (issues.length) throw builtinError('materials/', issues);
  return all;
}

const registry = new PresetRegistry(loadAll());

/** Built-ins first, then registered presets in the order they came; live, so registration shows here. */
export const MATERIAL_PRESETS: readonly MaterialPreset[] = registry.list;

export function getMaterialPreset(id: string): MaterialPreset | undefined {
  return registry.get(id);
}

export function materialPresetIds(): string[] {
  return registry.ids();
}

/** Adds presets to the registry; ids already taken are refused and returned, never replaced. */
export function registerMaterialPresets(presets: readonly MaterialPreset[]): { added: string[]; clashes: string[] } {
  return registry.register(presets);
}
