/**
 * The look suite: boards for 32 descriptions written for it (test/fixtures/look-descriptions.json), generated
 * end to end at a small size (three draft frames each, no sheet) in one render session. Every frame is checked with its own mask (frame-check.ts:
 * no black, blown or flat frame, every subject drawn), no two frames of a board are alike, and the first frames of
 * the first `golden` boards match reference images (test/fixtures/golden/) within a perceptual tolerance.
 * `UPDATE_GOLDEN=1` rewrites the references after an intended change of look; review them before committing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { generateStoryboard, type GenerateResult } from '../../src/pipeline/generate.js';
import { ROOT, tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
const SUITE = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/look-descriptions.json'), 'utf8')) as { golden: number; descriptions: string[] };
const GOLDEN = path.join(ROOT, 'test/fixtures/golden');
const WIDTH = 192;
const HEIGHT = 108;

let session: RenderSession;
const dir = tempDir('canvas3d-look-');
const boards: { text: string; out: string; result: GenerateResult }[] = [];

before(async () => {
  if (skip) return;
  session = await RenderSession.open({ gpu: false });
  for (const [i, text] of SUITE.descriptions.entries()) {
    const out = path.join(dir, String(i).padStart(2, '0'));
    boards.push({ text, out, result: await generateStoryboard({ text, outDir: out, session, width: WIDTH, height: HEIGHT, quality: 'draft', seed: 1, frames: 3, sheet: false }) });
  }
});
after(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const frameFile = (out: string, shot: string) => path.join(out, 'frames', `${shot}.png`);

/** A small grey thumbnail: what a perceptual comparison looks at (layout and tone, not pixel noise). */
async function thumbnail(file: string): Promise<Float32Array> {
  const data = await sharp(file).greyscale().resize(48, 27, { fit: 'fill' }).blur(0.8).raw().toBuffer();
  return Float32Array.from(data, (v) => v / 255);
}

/** Mean absolute difference of two thumbnails and the share of cells that differ by more than 12 %. */
function difference(a: Float32Array, b: Float32Array): { mean: number; changed: number } {
  let sum = 0;
  let changed = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    sum += d;
    if (d > 0.12) changed++;
  }
  return { mean: sum / a.length, changed: changed / a.length };
}

test(`${SUITE.descriptions.length} boards: every subject is drawn, at least 90 % of frames are exposed to read and 95 % sized as labelled`, { skip }, (t) => {
  assert.ok(SUITE.descriptions.length >= 30);
  const where = (text: string, id: string) => `${text.slice(0, 50)} — ${id}`;
  const missing = boards.flatMap(({ text, result }) => result.checks.filter((c) => c.status === 'fail').map((c) => `${where(text, c.id)}: ${c.findings.map((f) => f.note).join(', ')}`));
  assert.deepEqual(missing, []);
  for (const { text, result } of boards) assert.ok(result.checks.length >= 2, `${text.slice(0, 50)}: ${result.checks.length} frames`);
  // Exposure findings carry no subject: a black, blown or flat frame.
  const frames = boards.flatMap(({ text, result }) => result.checks.map((c) => ({ at: where(text, c.id), exposure: c.findings.filter((f) => !f.subject), size: c.findings.filter((f) => f.subject) })));
  const unreadable = frames.filter((f) => f.exposure.length);
  const misSized = frames.filter((f) => f.size.length);
  for (const f of unreadable) t.diagnostic(`exposure: ${f.at}: ${f.exposure.map((x) => x.note).join(', ')}`);
  for (const f of misSized) t.diagnostic(`size: ${f.at}: ${f.size.map((x) => x.note).join(', ')}`);
  t.diagnostic(`${frames.length} frames: ${unreadable.length} badly exposed, ${misSized.length} with a subject sized off its label`);
  assert.ok(unreadable.length <= 0.1 * frames.length, `${unreadable.length} of ${frames.length} frames badly exposed: ${unreadable.map((f) => f.at).join('; ')}`);
  // The bands are generous (frame-check.ts): a subject outside them is a framing a director would send back.
  assert.ok(misSized.length <= 0.05 * frames.length, `${misSized.length} of ${frames.length} frames size a subject off its label: ${misSized.map((f) => f.at).join('; ')}`);
});

test('no two frames of a board are alike', { skip }, async () => {
  const alike: string[] = [];
  for (const { text, out, result } of boards) {
    const thumbs = await Promise.all(result.checks.map((c) => thumbnail(frameFile(out, c.id))));
    for (let i = 0; i < thumbs.length; i++) {
      for (let j = i + 1; j < thumbs.length; j++) {
        if (difference(thumbs[i]!, thumbs[j]!).mean < 0.01) alike.push(`${text.slice(0, 50)}: ${result.checks[i]!.id} = ${result.checks[j]!.id}`);
      }
    }
  }
  assert.deepEqual(alike, []);
});

test(`the first frames of ${SUITE.golden} boards match their golden images`, { skip }, async () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  if (update) mkdirSync(GOLDEN, { recursive: true });
  const drifted: string[] = [];
  for (const [i, { text, out, result }] of boards.slice(0, SUITE.golden).entries()) {
    const frame = frameFile(out, result.checks[0]!.id);
    const golden = path.join(GOLDEN, `${String(i).padStart(2, '0')}.png`);
    if (update || !existsSync(golden)) {
      assert.ok(update, `no golden image ${golden}: run with UPDATE_GOLDEN=1 and review it`);
      copyFileSync(frame, golden);
      continue;
    }
    const d = difference(await thumbnail(frame), await thumbnail(golden));
    // Software rendering is deterministic on one Chromium; the tolerance absorbs another build's rounding.
    if (d.mean > 0.02 || d.changed > 0.05) drifted.push(`${text.slice(0, 50)}: mean ${d.mean.toFixed(3)}, ${(d.changed * 100).toFixed(1)} % of the frame changed`);
  }
  assert.deepEqual(drifted, []);
});
