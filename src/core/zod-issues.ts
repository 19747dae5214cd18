/** zod issues → SpecIssues with paths in dotted form and messages in plain words. */
import type { z } from 'zod';
import { formatPath, type Issue } from './issues.js';

export function zodIssues(error: z.ZodError): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const p = formatPath(issue.path);
    const message = friendlyMessage(issue);
    const key = `${p}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ path: p, message });
  }
  return out;
}

function friendlyMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    const received = (issue as { received?: string }).received ?? / received (\w+)$/.exec(issue.message)?.[1];
    if (received === 'Infinity' || received === 'NaN') return `must be a finite number, got ${received}`;
    if (received === 'undefined') return `is required (${issue.expected})`;
    return `expected ${issue.expected}, got ${received ?? 'something else'}`;
  }
  if (issue.code === 'invalid_union' && issue.message === 'Invalid input') {
    return 'does not match any allowed form';
  }
  return issue.message
    .replace(/^Invalid input: /, '')
    .replace(/^Too (big|small): expected \w+ to (have|be) /, 'must be ')
    .replace(/^must be ([<>]=?)(?=\S)/, 'must be $1 ');
}
