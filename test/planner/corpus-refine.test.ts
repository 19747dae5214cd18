import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runCase } from '../../bench/planner.bench.js';
import type { CorpusCase } from '../../src/planner/evaluate.js';

const CORPUS = JSON.parse(readFileSync(new URL('../fixtures/planner-corpus.json', import.meta.url), 'utf8')) as CorpusCase[];
const STOOLS = CORPUS.find((c) => c.refine?.join(' ') === 'replace the chairs with stools')!;

test('a corpus case with a note is scored on the refined scene: every expectation holds', async () => {
  assert.ok(STOOLS, 'the corpus has a "replace the chairs with stools" case');
  const r = (await runCase(STOOLS))!;
  assert.deepEqual(r.failures, []);
  assert.equal(r.passed, r.total);
  assert.ok(r.total >= 2);
});

test('the same expectations fail on the plan without the note, and a wrong one fails after it', async () => {
  const { refine: _notes, ...unrefined } = STOOLS;
  const before = (await runCase(unrefined))!;
  assert.equal(before.passed, 0, 'no stools and two chairs before the note');
  const wrong = (await runCase({ ...STOOLS, expect: { ...STOOLS.expect, counts: { ...STOOLS.expect.counts, chair: 2 } } }))!;
  assert.equal(wrong.total - wrong.passed, 1);
  assert.deepEqual(wrong.failures, ['count chair: 0, expected 2']);
});

test('a note the refiner did not understand is a failed expectation, with its message', async () => {
  const r = (await runCase({ ...STOOLS, refine: [...STOOLS.refine!, 'teach the barrels to dance'] }))!;
  assert.equal(r.total - r.passed, 1);
  assert.deepEqual(r.failures, ['refine "teach the barrels to dance": did not understand "teach the barrels to dance"']);
});
