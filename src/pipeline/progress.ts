/**
 * What every use-case shares: progress reported as typed events, and cancellation through an AbortSignal that
 * is checked between stages and inside long ones (a render stops within one frame).
 */
import { throwIfAborted } from '../core/errors.js';

export type Stage = 'generate' | 'validate' | 'plan' | 'build' | 'optimize' | 'write' | 'render' | 'storyboard' | 'analyze' | 'refine';

export interface ProgressEvent {
  stage: Stage;
  /** 1-based step within the stage (frame 3 of 6); 0 when the stage has just started. */
  step: number;
  total: number;
  message: string;
}

export interface PipelineOptions {
  onProgress?: (event: ProgressEvent) => void;
  signal?: AbortSignal;
}

/** Reports the start of a stage, after checking that the work has not been cancelled. */
export function enterStage(opts: PipelineOptions, stage: Stage, message: string, total = 1): void {
  throwIfAborted(opts.signal);
  opts.onProgress?.({ stage, step: 0, total, message });
}

/** Reports a step inside a stage, after checking that the work has not been cancelled. */
export function stepStage(opts: PipelineOptions, stage: Stage, step: number, total: number, message: string): void {
  throwIfAborted(opts.signal);
  opts.onProgress?.({ stage, step, total, message });
}

/** Milliseconds per stage, for reports and benchmarks. */
export class StageTimer {
  readonly timings: Record<string, number> = {};
  private last = performance.now();

  lap(name: string): void {
    const now = performance.now();
    this.timings[name] = Math.round(now - this.last);
    this.last = now;
  }
}
