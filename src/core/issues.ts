/**
 * Errors are values until the edge: every validation problem is an `Issue` with the JSON path it
 * concerns, so the CLI can print them all at once and the HTTP service can return them as a 400 body.
 */
export interface Issue {
  /** JSON path in the familiar dotted form, e.g. `objects[3].material`. Empty for the document itself. */
  path: string;
  message: string;
}


/** `['objects', 3, 'material']` → `objects[3].material`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && /^[A-Za-z_$][\w$-]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(String(seg))}]`;
  }
  return out;
}

export function formatIssue(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** Optimal string alignment distance: small, and all "did you mean" needs. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > 8) return Math.abs(m - n);
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** The closest candidate within a typo's reach (about a third of the word), or undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const lc = c.toLowerCase();
    let score = editDistance(w, lc);
    if (score > 0 && (lc.startsWith(w) || w.startsWith(lc)) && Math.min(w.length, lc.length) >= 3) score = Math.min(score, 1.5);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  const reach = Math.max(1, Math.ceil(w.length / 3));
  return best !== undefined && bestScore <= reach ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = closest(word, candidates);
  return hint ? ` — did you mean "${hint}"?` : '';
}

/** Quotes a user-supplied value for a message, shortened so a 10 MB string cannot make a 10 MB error. */
export function quote(value: string, max = 60): string {
  return value.length > max ? `"${value.slice(0, max)}…" (${value.length.toLocaleString('en')} characters)` : `"${value}"`;
}
