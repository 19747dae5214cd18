/**
 * Safe JSON intake for anything from outside: size limit, parse errors with line and column, and a structural
 * pre-scan (nesting depth, prototype-polluting keys) that runs before the schema ever sees the value.
 */
import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { Issue } from './issues.js';
import { formatPath } from './issues.js';

export const MAX_JSON_BYTES = 64 * 1024 * 1024;
export const MAX_DEPTH = 64;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type JsonResult = { ok: true; value: unknown } | { ok: false; issues: Issue[] };

export function parseJsonText(text: string): JsonResult {
  if (text.length > MAX_JSON_BYTES) {
    return { ok: false, issues: [{ path: '', message: `input is ${(text.length / 1048576).toFixed(1)} MB; the limit is ${MAX_JSON_BYTES / 1048576} MB` }] };
  }
  if (text.trim() === '') return { ok: false, issues: [{ path: '', message: 'input is empty; expected a JSON object' }] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, issues: [{ path: '', message: `not valid JSON: ${describeJsonError(text, err)}` }] };
  }
  const issues = scanStructure(value);
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/**
 * V8's JSON.parse messages carry no position on Node 20, so the text is re-scanned with jsonc-parser (strict
 * settings) to say where the first problem is.
 */
function describeJsonError(text: string, err: unknown): string {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return err instanceof Error ? err.message : String(err);
  const before = text.slice(0, first.offset);
  const line = before.split('\n').length;
  const col = first.offset - before.lastIndexOf('\n');
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${what} at line ${line}, column ${col}`;
}

/**
 * Walks the value iteratively (so hostile nesting cannot overflow the stack) and reports nesting deeper than
 * MAX_DEPTH and keys that could pollute prototypes. Stops at the first few problems.
 */
export function scanStructure(root: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: root, path: [] }];
  while (stack.length && issues.length < 20) {
    const { value, path } = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (path.length >= MAX_DEPTH) {
      issues.push({ path: formatPath(path.slice(0, 12)) + (path.length > 12 ? '…' : ''), message: `nested deeper than ${MAX_DEPTH} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          issues.push({ path: formatPath([...path, key]), message: `key "${key}" is not allowed` });
          continue;
        }
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return issues;
}
