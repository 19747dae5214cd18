import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { measureFiles, MeasureError } from '../../src/lighting/measure.js';
import { kelvinToLinearRgb } from '../../src/lighting/kelvin.js';
import { linearToSrgb, srgbToLinear } from '../../src/core/color.js';
import { writeHdr } from '../../src/lighting/hdr.js';
import { tempDir } from '../helpers.js';

const W = 64;
const H = 64;
const inDisc = (x: number, y: number) => (x - 32) ** 2 + (y - 32) ** 2 < 20 ** 2;
const enc = (v: number) => Math.round(linearToSrgb(v) * 255);
const lum = ([r, g, b]: number[]) => 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;

/** A disc lit warm from the left (3200 K) with a neutral shadow side on the right, a few blown pixels. */
function scene(dir: string) {
  const lit = kelvinToLinearRgb(3200).map((c) => c * 0.5);
  const shadow = [0.08, 0.08, 0.08];
  const frame = Buffer.alloc(W * H * 3);
  const mask = Buffer.alloc(W * H * 3);
  let blown = 0;
  let subject = 0;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      let rgb = [0.02, 0.02, 0.03];
      if (inDisc(x, y)) {
        subject++;
        rgb = x < 32 ? lit : shadow;
        mask.fill(255, i, i + 3);
        if (x < 20 && y === 32) {
          rgb = [1, 1, 1];
          blown++;
        }
      }
      frame.set(rgb.map(enc), i);
    }
  }
  const framePath = path.join(dir, 'frame.png');
  const maskPath = path.join(dir, 'mask.png');
  return Promise.all([
    sharp(frame, { raw: { width: W, height: H, channels: 3 } }).png().toFile(framePath),
    sharp(mask, { raw: { width: W, height: H, channels: 3 } }).png().toFile(maskPath),
  ]).then(() => ({ framePath, maskPath, lit, shadow, blown, subject }));
}

const decoded = (rgb: number[]) => rgb.map((c) => srgbToLinear(enc(c) / 255));

test('measured mode: lit/shadow ratio, clipping, histogram and CCT of a synthetic frame', async () => {
  const dir = tempDir();
  const s = await scene(dir);
  const m = await measureFiles(s.framePath, s.maskPath);
  assert.equal(m.subject_pixels, s.subject);
  assert.equal(m.frame_pixels, W * H);
  const expected = lum(decoded(s.lit)) / lum(decoded(s.shadow));
  assert.ok(Math.abs(m.lit_to_shadow_ratio / expected - 1) < 0.01, `${m.lit_to_shadow_ratio} vs ${expected}`);
  assert.ok(Math.abs(m.lit_to_shadow_stops - Math.log2(expected)) < 0.02);
  assert.ok(Math.abs(m.clipping.subject_highlights_pct - (100 * s.blown) / s.subject) < 1e-3, `${m.clipping.subject_highlights_pct}`);
  assert.ok(Math.abs(m.clipping.frame_highlights_pct - (100 * s.blown) / (W * H)) < 1e-3);
  assert.equal(m.clipping.subject_shadows_pct, 0);
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum(m.histogram.subject) - 1) < 1e-3 && Math.abs(sum(m.histogram.frame) - 1) < 1e-3, 'histograms are fractions');
  assert.equal(m.histogram.subject.length, 32);
  // The lit side is 3200 K light on a neutral surface; the blown white pixels carry no colour and are left out.
  assert.ok(m.estimated_cct && Math.abs(m.estimated_cct.kelvin - 3200) / 3200 < 0.02, `CCT ${m.estimated_cct?.kelvin}`);
});

test('measured mode reads linear .hdr frames and id masks', async () => {
  const dir = tempDir();
  const data = new Float32Array(W * H * 3);
  const ids = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const i = (y * W + x) * 3;
      const v = x < 32 ? 4 : 1;
      data.set(kelvinToLinearRgb(6500).map((c) => c * v), i);
      ids.set(y < 32 ? [255, 0, 0] : [0, 0, 255], i);
    }
  }
  writeFileSync(path.join(dir, 'f.hdr'), writeHdr({ width: W, height: H, data }));
  await sharp(ids, { raw: { width: W, height: H, channels: 3 } }).png().toFile(path.join(dir, 'ids.png'));
  const m = await measureFiles(path.join(dir, 'f.hdr'), path.join(dir, 'ids.png'), { maskColor: '#ff0000' });
  assert.equal(m.subject_pixels, W * H / 2);
  assert.ok(Math.abs(m.lit_to_shadow_ratio - 4) < 0.05, `${m.lit_to_shadow_ratio}`);
  assert.equal(m.clipping.subject_highlights_pct, 0, 'HDR values above 1 are not clipped');
  assert.ok(Math.abs(m.estimated_cct!.kelvin - 6500) < 150);
});

test('measured mode rejects a missing frame, a mismatched or empty mask', async () => {
  const dir = tempDir();
  const s = await scene(dir);
  await sharp({ create: { width: 32, height: 32, channels: 3, background: '#ffffff' } }).png().toFile(path.join(dir, 'small.png'));
  await sharp({ create: { width: W, height: H, channels: 3, background: '#000000' } }).png().toFile(path.join(dir, 'black.png'));
  writeFileSync(path.join(dir, 'junk.png'), 'not a png');
  const fails = async (p: Promise<unknown>, field: string, re: RegExp) =>
    assert.rejects(p, (err: unknown) => err instanceof MeasureError && err.issues[0]!.path === field && re.test(err.issues[0]!.message));
  await fails(measureFiles(path.join(dir, 'nope.png'), s.maskPath), 'frame', /not found/);
  await fails(measureFiles(s.framePath, path.join(dir, 'small.png')), 'mask', /32×32 but the frame is 64×64/);
  await fails(measureFiles(s.framePath, path.join(dir, 'black.png')), 'mask', /selects no pixels/);
  await fails(measureFiles(path.join(dir, 'junk.png'), s.maskPath), 'frame', /not a readable image/);
});
