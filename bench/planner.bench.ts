/**
 * Planner benchmark: the evaluation corpus (test/fixtures/planner-corpus.json) through the offline planner, and
 * the refiner for cases with director's notes — the share of expectations satisfied, per kind of expectation,
 * and planning time; then whole-process `canvas3d generate` of a 6-frame storyboard (render included), the
 * seeds' "30–60 s" claim's workload.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plan, type Plan } from '../src/planner/plan.js';
import { evaluateCase, type CaseResult, type CorpusCase } from '../src/planner/evaluate.js';
import { refineSpec } from '../src/planner/refine.js';
import { refinedReport } from '../src/planner/refined-report.js';
import type { Report } from '../src/planner/report.js';
import type { SceneSpec } from '../src/scene/schema.js';
import { DescriptionError } from '../src/planner/rules/parse.js';
import type { BaseParams, Genre } from '../src/planner/description.js';
import { ROOT, emit, median, round, runCanvas3d } from './measure.js';

/** What the refiner reports when it could not apply part of a note, as opposed to how it applied it. */
const UNAPPLIED = /^(did not understand|could not|there is no)\b/;

/**
 * The case's scene after its director's notes, applied in order to the whole scene, with its report rebuilt from
 * the refined spec; and each part of a note the refiner said it could not apply.
 */
function refined(c: CorpusCase, p: Plan): { report: Report; spec: SceneSpec; unapplied: string[] } {
  if (!c.refine?.length) return { report: p.report, spec: p.spec, unapplied: [] };
  // The notes teach the description a new time of day: a copy, so the plan stays as planned.
  const description = structuredClone(p.description);
  const unapplied: string[] = [];
  let spec = p.specInput;
  for (const note of c.refine) {
    const r = refineSpec(spec, undefined, note, description);
    unapplied.push(...r.notes.filter((n) => UNAPPLIED.test(n)).map((n) => `refine "${note}": ${n}`));
    spec = r.spec;
  }
  return { ...refinedReport({ report: p.report, instances: p.layout.instances }, spec, description), unapplied };
}

/** Expectations a case holds, for a case that crashed. */
const expectationCount = (c: CorpusCase) => Object.values(c.expect).reduce((s: number, v) => s + (Array.isArray(v) ? v.length : typeof v === 'object' && v ? Object.keys(v).length : 1), 0);

/**
 * One corpus case planned, refined by its notes and scored; undefined for the empty description, whose refusal
 * is its expected outcome. A note part the refiner could not apply is one more failed expectation: an unread
 * note must not pass on what the plan already held.
 */
export async function runCase(c: CorpusCase): Promise<(CaseResult & { ms?: number }) | undefined> {
  const t0 = performance.now();
  try {
    const p = await plan({ text: c.text, ...(c.frames ? { frames: c.frames } : {}), ...(c.genre ? { genre: c.genre as Genre } : {}), ...(c.params ? { params: c.params as BaseParams } : {}) });
    const { report, spec, unapplied } = refined(c, p);
    const ms = performance.now() - t0;
    const r = evaluateCase(c, report, spec);
    return { ...r, total: r.total + unapplied.length, failures: [...unapplied, ...r.failures], ms };
  } catch (err) {
    if (err instanceof DescriptionError && !c.text.trim()) return undefined;
    return { id: c.id, passed: 0, total: Math.max(1, expectationCount(c)), failures: [`crashed: ${err instanceof Error ? err.message : String(err)}`] };
  }
}

export async function corpus(): Promise<{ passed: number; total: number; failures: { id: string; failures: string[] }[]; ms: number[] }> {
  const cases = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'planner-corpus.json'), 'utf8')) as CorpusCase[];
  let passed = 0;
  let total = 0;
  const failures: { id: string; failures: string[] }[] = [];
  const ms: number[] = [];
  for (const c of cases) {
    const r = await runCase(c);
    if (!r) continue;
    if (r.ms !== undefined) ms.push(r.ms);
    passed += r.passed;
    total += r.total;
    if (r.failures.length) failures.push({ id: c.id, failures: r.failures });
  }
  return { passed, total, failures, ms };
}

export async function run(): Promise<void> {
  const r = await corpus();
  emit({ bench: 'planner-corpus', cases: r.ms.length, expectations: r.total, satisfied: r.passed, share: round((100 * r.passed) / Math.max(1, r.total), 1), median_plan_ms: round(median(r.ms), 0), failed_cases: r.failures.length });
  if (process.env.BENCH_VERBOSE) for (const f of r.failures) emit({ bench: 'planner-corpus-failure', ...f });
  const dir = mkdtempSync(path.join(tmpdir(), 'canvas3d-generate-bench-'));
  const text = 'INT. TAVERN - NIGHT. A candle-lit medieval tavern: three barrels against the wall, a long wooden table in the centre with two mugs on it. Anna, a weary detective, sits at the table facing Ben, a nervous young man. They argue in low voices. Ben slams his fist on the table. Anna stares at him, menacing.';
  const g = await runCanvas3d(['generate', text, '--frames', '6', '-o', dir, '--json']);
  if (g.status !== 0) throw new Error(`generate failed: ${g.stderr}`);
  const report = JSON.parse(g.stdout) as { timings: Record<string, number>; shots: unknown[] };
  emit({ bench: 'generate', frames: report.shots.length, width: 1280, height: 720, whole_process_s: round(g.seconds, 2), peak_rss_mb: round(g.peakRssMb, 0), ...Object.fromEntries(Object.entries(report.timings).map(([k, v]) => [k.replace(/Ms$/, '_ms'), v])) });
}
