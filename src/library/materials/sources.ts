/**
 * Where the preset numbers come from (data/materials/sources.json). Every built-in preset names one of these keys
 * in its `source`. Measured values (metal F0, IOR, albedo) are quoted from the source; colours for materials that
 * vary in nature (woods, fabrics, foods) are chosen inside the measured albedo range the source gives for that class.
 */
import { z } from 'zod';
import sources from '../data/materials/sources.json' with { type: 'json' };
import { loadBuiltin } from '../load.js';

export const SOURCES: Readonly<typeof sources> = loadBuiltin(z.record(z.string().regex(/^[a-z][a-z0-9]*$/), z.string().min(1).max(500)), sources, 'materials/sources.json') as typeof sources;

export type SourceKey = keyof typeof SOURCES;
