/**
 * What a period or genre never shows (data/anachronisms.json): the planner's set dressing leaves such kinds out of
 * a scene of that era or genre, so a Western's main street gets no sedans and a medieval hall no monitors.
 */
import { z } from 'zod';
import data from './data/anachronisms.json' with { type: 'json' };
import { strictObject } from '../core/zod.js';
import { loadBuiltin } from './load.js';
import { ERAS, GENRES } from './vocabulary.js';

export const AnachronismRule = strictObject({
  eras: z.array(z.enum(ERAS)).max(8).optional(),
  genres: z.array(z.enum(GENRES)).max(16).optional(),
  kinds: z.array(z.string().min(1).max(64)).min(1).max(500),
});
export type AnachronismRule = z.infer<typeof AnachronismRule>;

const File = strictObject({ about: z.array(z.string()), rules: z.array(AnachronismRule) });

export const ANACHRONISMS: readonly AnachronismRule[] = loadBuiltin(File, data, 'anachronisms.json').rules;

/** Whether a kind is out of place in a scene of this era and genre. */
export function anachronistic(kind: string, era: string, genre: string | undefined): boolean {
  return ANACHRONISMS.some((r) => ((r.eras ?? []).includes(era as never) || (!!genre && (r.genres ?? []).includes(genre as never))) && r.kinds.includes(kind));
}
