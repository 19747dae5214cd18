/**
 * Property-based tests: hostile mutations of the example specs must give a clear, located error — never a
 * crash, a hang, a stack trace or an output file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { validateSpecText } from '../../src/validate/validate.js';
import { formatPath } from '../../src/core/issues.js';
import { exampleFiles, readJson, runCli, tempDir, EXAMPLES } from '../helpers.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Seg = string | number;
interface Site {
  path: Seg[];
  value: Json;
}

function sites(value: Json, p: Seg[] = [], out: Site[] = []): Site[] {
  out.push({ path: p, value });
  if (Array.isArray(value)) value.forEach((v, i) => sites(v, [...p, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) sites(v, [...p, k], out);
  return out;
}

function setAt(root: Json, p: Seg[], v: Json): Json {
  if (p.length === 0) return v;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let cur = copy as Record<string | number, Json>;
  for (const seg of p.slice(0, -1)) cur = cur[seg] as Record<string | number, Json>;
  cur[p[p.length - 1]!] = v;
  return copy as Json;
}

const kind = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Mutations that make any spec invalid, with where the error must be reported. */
type Mutation = { describe: string; text: string; path: Seg[] };
type Recipe = { kind: string; site: number; variant: number };

const BIG = 'x'.repeat(10 * 1024 * 1024);
const KINDS = ['infinity', 'huge', 'bigString', 'wrongType', 'unknownKey', 'proto', 'deep', 'version'] as const;

/** Recipes are small so a failing case prints as a line, not as the 10 MB document it expands to. */
function recipes(): fc.Arbitrary<Recipe> {
  return fc.record({ kind: fc.constantFrom(...KINDS), site: fc.nat(), variant: fc.nat({ max: 2 }) });
}

function expand(spec: Json, r: Recipe): Mutation {
  const all = sites(spec);
  const choose = (xs: Site[]) => xs[r.site % xs.length]!;
  const text = (v: Json) => JSON.stringify(v);
  switch (r.kind) {
    case 'infinity': {
      const s = choose(all.filter((x) => typeof x.value === 'number' && x.path.length > 0));
      return { describe: `1e999 at ${formatPath(s.path)}`, text: text(setAt(spec, s.path, 424242)).replace('424242', '1e999'), path: s.path };
    }
    case 'huge': {
      const s = choose(all.filter((x) => typeof x.value === 'number' && x.path.length > 0));
      const v = [-1e12, 1e12, 2 ** 53][r.variant]!;
      return { describe: `${v} at ${formatPath(s.path)}`, text: text(setAt(spec, s.path, v)), path: s.path };
    }
    case 'bigString': {
      const s = choose(all.filter((x) => typeof x.value === 'string'));
      return { describe: `10 MB string at ${formatPath(s.path)}`, text: text(setAt(spec, s.path, BIG)), path: s.path };
    }
    case 'wrongType': {
      const s = choose(all.filter((x) => typeof x.value !== 'string' && x.path.length > 0));
      const v: Json = r.variant === 0 ? 'oops' : kind(s.value) === 'boolean' ? 7 : true;
      return { describe: `${JSON.stringify(v)} at ${formatPath(s.path)}`, text: text(setAt(spec, s.path, v)), path: s.path };
    }
    case 'unknownKey': {
      const s = choose(all.filter((x) => kind(x.value) === 'object'));
      return { describe: `unknown key in ${formatPath(s.path)}`, text: text(setAt(spec, s.path, { ...(s.value as Record<string, Json>), zzUnknownKey: 1 })), path: s.path };
    }
    case 'proto': {
      // JSON.stringify drops a literal __proto__ key, so it is spliced into the text.
      const s = choose(all.filter((x) => kind(x.value) === 'object'));
      const marked = text(setAt(spec, s.path, { ...(s.value as Record<string, Json>), PROTO_MARK: { polluted: true } }));
      return { describe: `__proto__ in ${formatPath(s.path)}`, text: marked.replace('"PROTO_MARK"', '"__proto__"'), path: s.path };
    }
    case 'deep': {
      // Built as text: JSON.stringify itself overflows the stack at this depth.
      const s = choose(all);
      const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
      return { describe: `10,000-deep nesting at ${formatPath(s.path)}`, text: text(setAt(spec, s.path, 'DEEP_MARK')).replace('"DEEP_MARK"', deep), path: s.path };
    }
    default:
      return { describe: 'version 2', text: text(setAt(spec, ['version'], 2)), path: ['version'] };
  }
}

const related = (issuePath: string, mutated: string) => issuePath.startsWith(mutated) || mutated.startsWith(issuePath);

test('hostile mutations of every example are rejected with an error at (or around) the mutated field', () => {
  for (const file of exampleFiles()) {
    const spec = readJson(file) as Json;
    fc.assert(
      fc.property(recipes(), (recipe) => {
        const m = expand(spec, recipe);
        const t0 = performance.now();
        const r = validateSpecText(m.text, { baseDir: EXAMPLES });
        const ms = performance.now() - t0;
        assert.ok(ms < 5000, `${m.describe}: took ${ms} ms`);
        assert.equal(r.ok, false, `${path.basename(file)}: ${m.describe} was accepted`);
        if (r.ok) return;
        for (const issue of r.issues) {
          assert.equal(typeof issue.path, 'string');
          assert.ok(issue.message.length > 0 && issue.message.length < 2000, 'a short message');
        }
        const where = formatPath(m.path);
        assert.ok(
          r.issues.some((i) => related(i.path, where)),
          `${path.basename(file)}: ${m.describe}: no issue near "${where}":\n${r.issues.map((i) => `  ${i.path}: ${i.message.slice(0, 200)}`).join('\n')}`,
        );
        assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
      }),
      { numRuns: 40, seed: 20261122 },
    );
  }
});

test('arbitrary JSON never crashes the validator', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      const r = validateSpecText(JSON.stringify(v));
      assert.equal(typeof r.ok, 'boolean');
      if (!r.ok) assert.ok(r.issues.length > 0);
    }),
    { numRuns: 300, seed: 7 },
  );
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => {
      const r = validateSpecText(s);
      assert.equal(typeof r.ok, 'boolean');
    }),
    { numRuns: 300, seed: 8 },
  );
});

test('through the CLI, mutated specs exit 1 with located errors, no stack trace and no output file', () => {
  const dir = tempDir();
  const specDir = tempDir();
  cpSync(path.join(EXAMPLES, 'textures'), path.join(specDir, 'textures'), { recursive: true });
  const file = exampleFiles()[1]!; // room-interior: textures, arrays, every light type but directional
  const spec = readJson(file) as Json;
  let run = 0;
  fc.assert(
    fc.property(recipes(), (recipe) => {
      const m = expand(spec, recipe);
      const specFile = path.join(specDir, `mutated-${run}.json`);
      const out = path.join(dir, `out-${run++}.glb`);
      writeFileSync(specFile, m.text);
      try {
        const r = runCli(['build', specFile, '-o', out]);
        assert.equal(r.status, 1, `${m.describe}: exit ${r.status}\n${r.stderr.slice(0, 2000)}`);
        assert.doesNotMatch(r.stderr, /\n\s+at .+:\d+:\d+/, 'no stack trace');
        for (const line of r.stderr.trim().split('\n')) assert.ok(line.startsWith(`${specFile}: `) && line.length < 2000, line.slice(0, 300));
        assert.deepEqual(readdirSync(dir), [], 'no output file');
      } finally {
        rmSync(specFile, { force: true });
      }
    }),
    { numRuns: 12, seed: 99 },
  );
});
