/**
 * The planner interface every text → SceneDescription planner implements (the offline rules, an LLM), and the
 * wrapper that makes an LLM safe to put in front of the rules: whatever goes wrong with the model, the user
 * still gets a storyboard, and a warning says why it came from the fallback.
 */
import { SceneDescription, type BaseParams, type Genre } from '../description.js';
import { formatPath } from '../../core/issues.js';
import { Canvas3dError } from '../../core/errors.js';

export interface PlanRequest {
  text: string;
  /** How many storyboard frames the user asked for, when they did. */
  frames?: number;
  /** A genre the user chose; it wins over one the planner infers. */
  genre?: Genre;
  params?: BaseParams;
  seed: number;
}

export interface PlanResult {
  description: SceneDescription;
  /** Which planner produced the description (the fallback's name when the primary failed). */
  provider: string;
  /** The model that produced it, for planners that use one. */
  model?: string;
  warnings: string[];
  /** Model calls made, for the report (a failed primary's calls included). */
  calls: number;
}

export interface Planner {
  readonly name: string;
  plan(req: PlanRequest): Promise<PlanResult>;
}

/**
 * A planner failure that knows how many model calls it cost, so a fallback's report still counts them
 * (they are what the user pays for).
 */
export class PlannerError extends Canvas3dError {
  override name = 'PlannerError';
  readonly calls: number;
  constructor(message: string, calls: number, options?: { cause?: unknown }) {
    super('C3D_PLANNER', message, [], options);
    this.calls = calls;
  }
}

/**
 * Wraps a primary planner: any error, timeout or invalid output → the fallback's result, with a warning saying
 * why. Never throws (unless the fallback itself throws). Timeouts are the primary's own (its HTTP deadline);
 * this wrapper adds none, so it never leaves a request running behind a result.
 */
export function withFallback(primary: Planner, fallback: Planner): Planner {
  return {
    name: `${primary.name}+${fallback.name}`,
    async plan(req: PlanRequest): Promise<PlanResult> {
      let reason: string;
      let primaryCalls = 0;
      try {
        const result = await primary.plan(req);
        // The primary's own validation is trusted only as far as this check: a planner that returns a
        // malformed description would otherwise break layout far from the cause.
        const checked = SceneDescription.safeParse(result?.description);
        if (checked.success) return { ...result, description: checked.data };
        primaryCalls = typeof result?.calls === 'number' ? result.calls : 0;
        const first = checked.error.issues[0];
        reason = `invalid description${first ? ` (${formatPath(first.path)}: ${first.message})` : ''}`;
      } catch (err) {
        reason = err instanceof Error ? err.message : String(err);
        if (err instanceof PlannerError) primaryCalls = err.calls;
      }
      const result = await fallback.plan(req);
      return {
        ...result,
        warnings: [`${primary.name} planner failed, used ${fallback.name} instead: ${reason}`, ...result.warnings],
        calls: primaryCalls + result.calls,
      };
    },
  };
}
