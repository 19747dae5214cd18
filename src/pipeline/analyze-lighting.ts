/**
 * The lighting-analysis use-case: a set-up in the seeds' request format or a whole SceneSpec in, a report
 * out; a batch analyses each item on its own so one bad set-up never sinks the rest. CLI, server and studio
 * call `analyzeLighting`; `analyzeItem`, `analyzeBatch` and `analyzeScene` are its parts, exported for the library.
 */
import { validateSpec } from '../validate/validate.js';
import { analyzeLights, analyzeRequest, type AnalysisResult, type LightingReport } from '../lighting/analysis.js';
import { sceneLightsAtSubject } from '../lighting/scene-lights.js';
import { FrameError } from '../lighting/frame.js';
import type { FrameOptions } from '../lighting/frame.js';
import { Canvas3dError } from '../core/errors.js';
import { enterStage, stepStage, type PipelineOptions } from './progress.js';

export interface AnalyzeOptions extends FrameOptions {
  /** Folder a SceneSpec's relative paths resolve against. */
  baseDir?: string;
}

export interface AnalyzeLightingOptions extends AnalyzeOptions, PipelineOptions {
  /** Parsed JSON: one set-up ({ "lighting_setup": … }) or SceneSpec, or an array of either. */
  input: unknown;
}

export type BatchItemResult = AnalysisResult & { index: number };

/** One input gives one report (or throws); an array gives every item's result, failed ones included. */
export type LightingAnalysis = { kind: 'one'; report: LightingReport } | { kind: 'batch'; results: BatchItemResult[]; failed: number };

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

/** An item that fails in an unexpected way fails alone, with the error's message as its one issue. */
function analyzeIsolated(item: unknown, opts: AnalyzeOptions): AnalysisResult {
  try {
    return analyzeItem(item, opts);
  } catch (err) {
    return { status: 'error', errors: [{ path: '', message: err instanceof Error ? err.message : String(err) }] };
  }
}

/** Each item succeeds or fails on its own, with its own status. */
export function analyzeBatch(items: unknown[], opts: AnalyzeOptions = {}): AnalysisResult[] {
  return items.map((item) => analyzeIsolated(item, opts));
}

/**
 * Analyses one set-up or SceneSpec, or a batch of them, reporting a step per item and stopping between items
 * when cancelled (C3D_CANCELLED). A single input that fails throws C3D_INPUT_INVALID with its issues; in a
 * batch each item carries its own status instead.
 */
export function analyzeLighting(options: AnalyzeLightingOptions): LightingAnalysis {
  const { input, onProgress: _onProgress, signal: _signal, ...frame } = options;
  const items = Array.isArray(input) ? (input as unknown[]) : [input];
  enterStage(options, 'analyze', `analysing ${items.length} lighting set-up${items.length === 1 ? '' : 's'}`, items.length);
  const results = items.map((item, index): BatchItemResult => {
    stepStage(options, 'analyze', index + 1, items.length, `set-up ${index + 1} of ${items.length}`);
    return { index, ...analyzeIsolated(item, frame) };
  });
  if (Array.isArray(input)) return { kind: 'batch', results, failed: results.filter((r) => r.status === 'error').length };
  const [only] = results;
  if (only!.status === 'error') throw Canvas3dError.fromIssues('C3D_INPUT_INVALID', only!.errors);
  return { kind: 'one', report: only!.report };
}
