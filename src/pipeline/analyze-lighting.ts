/**
 * The lighting-analysis entry point: a set-up in the seeds' request format or a whole SceneSpec in, a report
 * out; a batch analyses each item on its own so one bad set-up never sinks the rest.
 */
import { validateSpec } from '../validate/validate.js';
import { analyzeLights, analyzeRequest, type AnalysisResult } from '../lighting/analysis.js';
import { sceneLightsAtSubject } from '../lighting/scene-lights.js';
import { FrameError } from '../lighting/frame.js';
import type { FrameOptions } from '../lighting/frame.js';

export interface AnalyzeOptions extends FrameOptions {
  /** Folder a SceneSpec's relative paths resolve against. */
  baseDir?: string;
}

const isScene = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v) && 'version' in v;

/** Analyses a SceneSpec's lights at its subject (the first shot's subjects unless told otherwise). */
export function analyzeScene(input: unknown, opts: AnalyzeOptions = {}): AnalysisResult {
  const v = validateSpec(input, opts.baseDir ? { baseDir: opts.baseDir } : {});
  if (!v.ok) return { status: 'error', errors: v.issues };
  if (!v.spec.lights.length) return { status: 'error', errors: [{ path: 'lights', message: 'the scene has no lights to analyse' }] };
  try {
    return { status: 'ok', report: analyzeLights(sceneLightsAtSubject(v.spec, opts).lights) };
  } catch (err) {
    if (err instanceof FrameError) return { status: 'error', errors: err.issues };
    throw err;
  }
}

/** One item: a SceneSpec (it has `version`) or a request (`lighting_setup`). */
export function analyzeItem(input: unknown, opts: AnalyzeOptions = {}): AnalysisResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { status: 'error', errors: [{ path: '', message: 'expected a lighting set-up ({ "lighting_setup": … }) or a SceneSpec ({ "version": 1, … })' }] };
  }
  return isScene(input) ? analyzeScene(input, opts) : analyzeRequest(input);
}

/** Each item succeeds or fails on its own, with its own status. */
export function analyzeBatch(items: unknown[], opts: AnalyzeOptions = {}): AnalysisResult[] {
  return items.map((item) => {
    try {
      return analyzeItem(item, opts);
    } catch (err) {
      return { status: 'error', errors: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
    }
  });
}
