/**
 * One error family for the whole engine: every failure a user can cause or fix carries a stable code and, where
 * it concerns a place in an input, the issues with their paths. The edges map codes once — the CLI to exit
 * codes (`exitCodeFor`), the HTTP service to status codes (`httpStatusFor`) — instead of each catching its own
 * class. Anything that is not a Canvas3dError reaching an edge is a bug and is reported as internal.
 */
import { formatIssue, type Issue } from './issues.js';

interface CodeInfo {
  /** What kind of failure it is, for people reading a list of codes. */
  summary: string;
  /** HTTP status the service answers with. */
  http: number;
  /** Process exit code of the CLI: 1 for anything the user can fix, 3 for our bugs. */
  exit: 1 | 3;
}

export const ERROR_CODES = {
  C3D_SPEC_INVALID: { summary: 'the scene spec does not validate', http: 400, exit: 1 },
  C3D_INPUT_INVALID: { summary: 'an input (option, file, request field) is invalid', http: 400, exit: 1 },
  C3D_BUDGET: { summary: 'the work would exceed a budget (triangles, nodes, texture or frame size)', http: 413, exit: 1 },
  C3D_NOT_FOUND: { summary: 'a named thing (file, preset, shot, folder) does not exist', http: 404, exit: 1 },
  C3D_RENDER_INPUT: { summary: 'the scene or frame request cannot be rendered as asked', http: 422, exit: 1 },
  C3D_REFINE: { summary: 'a refinement note could not be applied', http: 422, exit: 1 },
  C3D_OUTPUT: { summary: 'an output could not be written (path, permission, disk space)', http: 500, exit: 1 },
  C3D_BROWSER_MISSING: { summary: 'no Chromium to render with', http: 503, exit: 1 },
  C3D_RENDER_FAILED: { summary: 'the renderer failed', http: 500, exit: 1 },
  C3D_PLANNER: { summary: 'the language-model planner failed or is misconfigured', http: 502, exit: 1 },
  C3D_CANCELLED: { summary: 'the work was cancelled', http: 499, exit: 1 },
  C3D_INTERNAL: { summary: 'a bug in Canvas3D', http: 500, exit: 3 },
} as const satisfies Record<string, CodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

export class Canvas3dError extends Error {
  override name = 'Canvas3dError';
  readonly code: ErrorCode;
  /** Every problem found, each with the path it concerns (empty when the message says it all). */
  readonly issues: Issue[];
  /** What the issues are about (a file name, a command), when the code that noticed knew it; edges print it first. */
  source?: string;

  constructor(code: ErrorCode, message: string, issues: Issue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.issues = issues;
  }

  /** An error that is just its issues: the message lists them one per line. */
  static fromIssues(code: ErrorCode, issues: Issue[]): Canvas3dError {
    return new Canvas3dError(code, issues.map(formatIssue).join('\n'), issues);
  }

  /** The issues to show: the error's own, or its message as one issue at `path`. */
  issuesOrMessage(path = ''): Issue[] {
    return this.issues.length ? this.issues : [{ path, message: this.message }];
  }
}

/** A spec that does not validate, with every issue; thrown by `parseSpec` and the `buildScene` use-case. */
export class SpecError extends Canvas3dError {
  override name = 'SpecError';
  constructor(issues: Issue[]) {
    super('C3D_SPEC_INVALID', issues.map(formatIssue).join('\n'), issues);
  }
}

export function isCanvas3dError(err: unknown): err is Canvas3dError {
  return err instanceof Canvas3dError;
}

export function exitCodeFor(err: unknown): number {
  return isCanvas3dError(err) ? ERROR_CODES[err.code].exit : ERROR_CODES.C3D_INTERNAL.exit;
}

export function httpStatusFor(err: unknown): number {
  return isCanvas3dError(err) ? ERROR_CODES[err.code].http : ERROR_CODES.C3D_INTERNAL.http;
}

/** The error an AbortSignal carries, as a Canvas3dError: thrown between and inside stages when work is cancelled. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Canvas3dError('C3D_CANCELLED', 'cancelled', [], { cause: signal.reason });
}
