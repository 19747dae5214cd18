/**
 * The CLI's edge: reading inputs, turning issues into stderr lines and exit codes. Library code returns
 * values; only this layer prints or exits.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatIssue, type Issue } from '../core/issues.js';
import { Canvas3dError, isCanvas3dError } from '../core/errors.js';
import { MAX_JSON_BYTES } from '../core/json.js';

export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

/** An input the CLI itself rejects (a file that is not there, an option out of range); exit code 1. */
export class InputError extends Canvas3dError {
  override name = 'InputError';
  constructor(issues: Issue[], source = 'error') {
    super('C3D_INPUT_INVALID', issues.map(formatIssue).join('\n'), issues);
    this.source = source;
  }
}

/** A failure the command has already reported (e.g. some items of a batch); the exit code is 1. */
export class ReportedFailure extends Error {
  override name = 'ReportedFailure';
}

/** Runs a use-case, naming the input (`source`) on any Canvas3dError that did not say what it was about. */
export async function about<T>(source: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isCanvas3dError(err)) err.source ??= source;
    throw err;
  }
}

export interface InputText {
  text: string;
  /** Folder relative paths inside the input resolve against. */
  baseDir: string;
  label: string;
}

/** Reads a spec from a file, or from stdin when the path is `-`. */
export function readInput(file: string): InputText {
  if (file === '-') {
    return { text: readFileSync(0, 'utf8'), baseDir: process.cwd(), label: '<stdin>' };
  }
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new InputError([{ path: '', message: `${file}: not a file` }]);
    size = st.size;
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError([{ path: '', message: `${file}: file not found` }]);
  }
  if (size > MAX_JSON_BYTES) throw new InputError([{ path: '', message: `${file}: ${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_JSON_BYTES / 1048576} MB` }]);
  return { text: readFileSync(file, 'utf8'), baseDir: path.dirname(path.resolve(file)), label: file };
}

export function printIssues(label: string, issues: Issue[]): void {
  for (const issue of issues) process.stderr.write(`${label}: ${formatIssue(issue)}\n`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
