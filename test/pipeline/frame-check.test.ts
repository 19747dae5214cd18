/**
 * Frame checks: the judge on synthetic frames and masks made with sharp (no browser), and once end to end on a
 * small generated storyboard when Chromium is installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { checkFrame, checkWarnings, judgeFrame, cardNotes, type ShotToCheck } from '../../src/pipeline/frame-check.js';
import { storedCardNotes, withCheckWarnings, withChecks } from '../../src/pipeline/checked-storyboard.js';
import { generateStoryboard, type GeneratedStoryboard } from '../../src/pipeline/generate.js';
import { storyboardLayout } from '../../src/pipeline/storyboard-layout.js';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { tempDir } from '../helpers.js';

const W = 100;
const H = 50;
const ANNA = '#ff0000';

/** A PNG of W×H in one colour, with the top `share` of its rows in another. */
function frame(base: [number, number, number], share = 0, fill: [number, number, number] = [255, 0, 0]): Promise<Buffer> {
  const data = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) data.set(i < share * W * H ? fill : base, i * 3);
  return sharp(data, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
}

/** A readable beauty frame: a left-to-right grey ramp. */
function ramp(): Promise<Buffer> {
  const data = Buffer.alloc(W * H * 3);
  for (let i = 0; i < W * H; i++) data.fill(Math.round(((i % W) / (W - 1)) * 255), i * 3, i * 3 + 3);
  return sharp(data, { raw: { width: W, height: H, channels: 3 } }).png().toBuffer();
}

const closeUp: ShotToCheck = { id: 'shot-01', size: 'CU', subjects: [{ id: 'anna', person: true }] };

test('a person filling 30 % of a close-up passes', async () => {
  const c = await checkFrame(closeUp, { png: await ramp(), maskPng: await frame([0, 0, 0], 0.3), legend: { [ANNA]: 'anna' } });
  assert.equal(c.status, 'ok', JSON.stringify(c.findings));
  assert.equal(c.shares!.anna, 0.3);
});

test('a subject the mask does not show fails the shot', async () => {
  const c = await checkFrame({ id: 'shot-02', size: 'TWO', subjects: [{ id: 'anna', person: true }, { id: 'ben', person: true }] }, { png: await ramp(), maskPng: await frame([0, 0, 0], 0.2), legend: { [ANNA]: 'anna' } });
  assert.equal(c.status, 'fail');
  assert.equal(c.shares!.ben, 0);
  assert.deepEqual(checkWarnings([c]), ['shot-02 (TWO): ben not in frame']);
  assert.deepEqual(cardNotes([c]), { 'shot-02': ['ben not in frame'] });
});

test('things resting on the subject count for themselves, not for it', async () => {
  const c = await checkFrame({ id: 'insert', size: 'INSERT', subjects: [{ id: 'table', person: false }] }, { png: await ramp(), maskPng: await frame([0, 0, 255], 0.97), legend: { [ANNA]: 'cup', '#0000ff': 'table' } });
  assert.equal(c.shares!.table, 0.03);
  assert.equal(c.status, 'warn');
  assert.match(c.findings[0]!.message, /table fills 3 % of the frame, small for INSERT \(expected ≥ 5 %\)/);
});

test('an establishing shot filled by its subject warns that it is large', () => {
  const c = judgeFrame({ id: 'ews', size: 'EWS', subjects: [{ id: 'castle', person: false }] }, { shares: { castle: 0.8 }, luma: { mean: 120, p5: 20, p95: 220 } });
  assert.equal(c.status, 'warn');
  assert.equal(c.findings[0]!.note, 'castle large for EWS');
});

test('an all-black frame is dark, a one-tone frame flat', async () => {
  const black = await checkFrame({ id: 'night', size: 'WS', subjects: [] }, { png: await frame([0, 0, 0]) });
  assert.deepEqual(black.luma, { mean: 0, p5: 0, p95: 0 });
  assert.deepEqual(black.findings.map((f) => f.note), ['frame too dark']);
  const grey = await checkFrame({ id: 'fog', subjects: [] }, { png: await frame([128, 128, 128]) });
  assert.deepEqual(grey.findings.map((f) => f.note), ['empty or flat frame']);
});

test('luma is Rec. 709 on the sRGB values', async () => {
  const c = await checkFrame({ id: 'green', subjects: [] }, { png: await frame([0, 255, 0]) });
  assert.equal(c.luma.mean, 182.4);
});

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed' : false;

test('generate checks every rendered frame and reports what it found', { skip }, async () => {
  const dir = path.join(tempDir(), 'board');
  const session = await RenderSession.open({ gpu: false });
  try {
    const r = await generateStoryboard({ text: 'A woman reads a letter at a table in a small kitchen.', outDir: dir, session, frames: 2, width: 320, height: 180, quality: 'draft' });
    const layout = storyboardLayout(dir);
    assert.equal(r.checks.length, r.spec.shots.length);
    const sb = JSON.parse(readFileSync(layout.storyboard, 'utf8')) as GeneratedStoryboard;
    for (const s of sb.shots) assert.ok(s.checks && s.checks.luma.p95 >= s.checks.luma.p5, s.id);
    const report = JSON.parse(readFileSync(layout.report, 'utf8')) as { warnings: string[] };
    assert.deepEqual(report.warnings.slice(report.warnings.length - checkWarnings(r.checks).length), checkWarnings(r.checks));
    const html = readFileSync(path.join(dir, 'storyboard.html'), 'utf8');
    for (const c of r.checks.filter((x) => x.findings.length)) assert.ok(html.includes(`⚠ ${c.findings[0]!.note}`), c.id);
  } finally {
    await session.close();
  }
});

test('a small or thin thing is judged by what its framing allows: a nightlight MS and a torch insert pass, a compact box does not', () => {
  const luma = { mean: 120, p5: 20, p95: 220 };
  const ms = (sizeM: [number, number, number], share: number) => judgeFrame({ id: 'ms', size: 'MS', subjects: [{ id: 'thing', person: false, sizeM }] }, { shares: { thing: share }, luma });
  // 7 cm, framed at MS's least 0.4 m of picture: about 1 % of a 16:9 frame is what it can cover.
  assert.equal(ms([0.04, 0.07, 0.05], 0.012).status, 'ok');
  // A crate framed at 1.1× itself covering 1.2 % is far too small.
  assert.equal(ms([0.6, 0.5, 0.5], 0.012).status, 'warn');
  // A thin torch (6 × 50 cm) fills a sliver of its insert; an insert of a book at the same share is off.
  const insert = (sizeM: [number, number, number]) => judgeFrame({ id: 'insert', size: 'INSERT', subjects: [{ id: 'thing', person: false, sizeM }] }, { shares: { thing: 0.025 }, luma });
  assert.equal(insert([0.06, 0.5, 0.06]).status, 'ok');
  assert.equal(insert([0.2, 0.05, 0.3]).status, 'warn');
});

test('re-checked shots replace their earlier verdicts in the warnings and notes; other lines stay', () => {
  const luma = { mean: 120, p5: 20, p95: 220 };
  const dark = judgeFrame({ id: 'shot-02', size: 'MS', subjects: [] }, { luma: { mean: 3, p5: 0, p95: 9 } });
  const fine = judgeFrame({ id: 'shot-02', size: 'MS', subjects: [] }, { luma });
  const warnings = ['the description names a unicorn; drawn as a horse', ...checkWarnings([dark]), 'shot-03 (CU): anna not in frame'];
  assert.deepEqual(withCheckWarnings(warnings, [fine]), ['the description names a unicorn; drawn as a horse', 'shot-03 (CU): anna not in frame']);
  // Checked again and still dark: one line for it, not two.
  assert.deepEqual(withCheckWarnings(warnings, [dark]), [warnings[0], warnings[2], ...checkWarnings([dark])]);
  const sb = { title: 't', shots: [{ id: 'shot-02' }, { id: 'shot-03' }] } as unknown as Parameters<typeof withChecks>[0];
  const checked = withChecks(withChecks(sb, [dark]), [fine]);
  assert.deepEqual(storedCardNotes(checked), {});
  assert.deepEqual(storedCardNotes(withChecks(sb, [dark])), { 'shot-02': ['frame too dark'] });
});
