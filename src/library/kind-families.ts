/**
 * Kinds a reader counts as one thing ("crate" and "sci-fi crate"): data/kind-families.json. The planner's set
 * dressing adds nothing of a family the text names or counts, so the count the text gives is the count on screen.
 */
import { z } from 'zod';
import data from './data/kind-families.json' with { type: 'json' };
import { strictObject } from '../core/zod.js';
import { loadBuiltin } from './load.js';

export const KindFamily = strictObject({
  noun: z.string().min(1).max(64).describe('the everyday word for every kind in the family'),
  kinds: z.array(z.string().min(1).max(64)).min(2).max(64),
});
export type KindFamily = z.infer<typeof KindFamily>;

const KindFamiliesFile = strictObject({ about: z.array(z.string()), families: z.array(KindFamily) });

export const KIND_FAMILIES: readonly KindFamily[] = loadBuiltin(KindFamiliesFile, data, 'kind-families.json').families;
