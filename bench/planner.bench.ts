/**
 * Planner benchmark: the evaluation corpus (test/fixtures/planner-corpus.json) through the offline planner —
 * the share of expectations satisfied, per kind of expectation, and planning time; then whole-process
 * `canvas3d generate` of a 6-frame storyboard (render included), the seeds' "30–60 s" claim's workload.
 */
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { plan } from '../src/planner/plan.js';
import { evaluateCase, type CorpusCase } from '../src/planner/evaluate.js';
import { DescriptionError } from '../src/planner/rules/parse.js';
import type { BaseParams, Genre } from '../src/planner/description.js';
import { ROOT, emit, median, round, runCanvas3d } from './measure.js';

export async function corpus(): Promise<{ passed: number; total: number; failures: { id: string; failures: string[] }[]; ms: number[] }> {
  const cases = JSON.parse(readFileSync(path.join(ROOT, 'test', 'fixtures', 'planner-corpus.json'), 'utf8')) as CorpusCase[];
  let passed = 0;
  let total = 0;
  const failures: { id: string; failures: string[] }[] = [];
  const ms: number[] = [];
  for (const c of cases) {
    const t0 = performance.now();
    try {
      const p = await plan({ text: c.text, ...(c.frames ? { frames: c.frames } : {}), ...(c.genre ? { genre: c.genre as Genre } : {}), ...(c.params ? { params: c.params as BaseParams } : {}) });
      ms.push(performance.now() - t0);
      const r = evaluateCase(c, p.report, p.spec);
      passed += r.passed;
      total += r.total;
      if (r.failures.length) failures.push({ id: c.id, failures: r.failures });
    } catch (err) {
      // An empty description is refused with a clear error: that is the expected outcome for it.
      if (err instanceof DescriptionError && !c.text.trim()) continue;
      const n = Object.values(c.expect).reduce((s: number, v) => s + (Array.isArray(v) ? v.length : typeof v === 'object' && v ? Object.keys(v).length : 1), 0);
      total += Math.max(1, n);
      failures.push({ id: c.id, failures: [`crashed: ${err instanceof Error ? err.message : String(err)}`] });
    }
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
