/**
 * Typical sizes of everyday physical things (data/dimensions.json): what a noun with no parametric prop is blocked
 * out as — a labelled proxy of the right size, silhouette and material, standing where such a thing usually is.
 * A previs artist reaches for a grey box of the right size; this table is that reflex, written down.
 */
import { z } from 'zod';
import data from './data/dimensions.json' with { type: 'json' };
import { strictObject, Id } from '../core/zod.js';
import { loadBuiltin, builtinError } from './load.js';
import type { Issue } from '../core/issues.js';
import { Silhouette } from './silhouettes.js';


/** Where a thing usually is when the text does not say: on a table or shelf, on the floor, hung, overhead, outdoors. */
export const DIMENSION_HABITS = ['surface', 'floor', 'wall', 'ceiling', 'ground'] as const;
export const DimensionHabit = z.enum(DIMENSION_HABITS);
export type DimensionHabit = z.infer<typeof DimensionHabit>;

/** Smallest and largest extent a proxy may have: a coin's thickness up to a building a set can hold. */
export const MIN_EXTENT_M = 0.001;
export const MAX_EXTENT_M = 250;

const Extent = z.number().min(MIN_EXTENT_M).max(MAX_EXTENT_M);

export const DimensionEntry = strictObject({
  category: z.string().min(1).max(32).describe('the batch it was written in (tabletop, animals, vehicles …)'),
  words: z.array(z.string().min(1).max(80).regex(/^[a-z0-9 '-]+$/, 'lowercase words')).min(1).max(16)
    .describe('the noun first, then synonyms; singular'),
  size: z.tuple([Extent, Extent, Extent]).describe('[width x, height y, depth z] metres; depth runs along the front (+Z)'),
  class: Silhouette,
  material: Id.describe('material preset id'),
  habit: DimensionHabit,
});
export type DimensionEntry = z.infer<typeof DimensionEntry>;

const DimensionsFile = strictObject({ about: z.array(z.string()), objects: z.array(DimensionEntry).min(1) });

/** Words listed under two entries, as issues at the second one: a noun must name one size. */
export function duplicateWords(entries: readonly Pick<DimensionEntry, 'words'>[]): Issue[] {
  const seen = new Map<string, number>();
  const issues: Issue[] = [];
  entries.forEach((e, i) => {
    for (const w of e.words) {
      const first = seen.get(w);
      if (first !== undefined) issues.push({ path: `objects[${i}].words`, message: `"${w}" is already listed at objects[${first}]` });
      else seen.set(w, i);
    }
  });
  return issues;
}

function load(): readonly DimensionEntry[] {
  const { objects } = loadBuiltin(DimensionsFile, data, 'dimensions.json') as { objects: DimensionEntry[] };
  const dups = duplicateWords(objects);
  if (dups.length) throw builtinError('dimensions.json', dups);
  return objects;
}

export const DIMENSIONS: readonly DimensionEntry[] = load();

const BY_WORD: ReadonlyMap<string, DimensionEntry> = new Map(DIMENSIONS.flatMap((e) => e.words.map((w) => [w, e] as const)));

/** The entry a lowercase singular noun or phrase names ('mug', 'market stall'), if the table has it. */
export function lookupDimension(noun: string): DimensionEntry | undefined {
  return BY_WORD.get(noun.trim().toLowerCase());
}

/** The longest phrase, in words, any entry lists: how far ahead a reader must look for a multi-word noun. */
export const LONGEST_DIMENSION_PHRASE = Math.max(...DIMENSIONS.flatMap((e) => e.words.map((w) => w.split(' ').length)));
