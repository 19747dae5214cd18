/**
 * Every portrait preset shows its named pattern on the stand-in's face: each preset's swatch (a frontal close-up)
 * is rendered with linear tone mapping and read at the face landmarks (face-meter.ts). Ratios are measured, not
 * assumed: the key side against the fill side, the shadow under the nose for butterfly, the lit cheek triangle
 * for Rembrandt, the rim of a low sun, and night that is dark but legible.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { renderShots } from '../../src/render/render.js';
import { specRenderInput } from '../../src/pipeline/render.js';
import { lightingSwatchSpec } from '../../src/pipeline/swatch.js';
import { getLightingPreset } from '../../src/library/lighting/index.js';
import { parseSpec } from '../../src/validate/validate.js';
import { readFace, type FaceReading } from './face-meter.js';
import { tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
let session: RenderSession;
const dir = tempDir('canvas3d-patterns-');
before(async () => {
  if (!skip) session = await RenderSession.open({ gpu: false });
});
after(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

const SIZE = 160;
const readings = new Map<string, FaceReading>();

/** The preset's swatch, tone-mapped linearly so pixel values are proportional to light, read at the face. */
async function faceUnder(id: string): Promise<FaceReading> {
  const cached = readings.get(id);
  if (cached) return cached;
  const spec = lightingSwatchSpec(getLightingPreset(id)!);
  spec.shots = spec.shots!.map((s) => ({ ...s, look: { ...s.look, toneMapping: 'linear' } }));
  const out = path.join(dir, id);
  await renderShots(session, await specRenderInput(parseSpec(spec), out), { outDir: out, width: SIZE, height: SIZE, quality: 'preview', baseDir: out });
  const manifest = JSON.parse(readFileSync(path.join(out, 'render.json'), 'utf8')) as { shots: { camera: Parameters<typeof readFace>[1] }[] };
  const { luminance } = await readFace(path.join(out, 'swatch.png'), manifest.shots[0]!.camera);
  readings.set(id, luminance);
  return luminance;
}

/** Light on the key side of the face over the fill side: keys from camera-left light the figure's right cheek. */
function keyToFill(f: FaceReading, keyOnFigureRight: boolean): number {
  const right = (f.innerCheekRight + f.outerCheekRight) / 2;
  const left = (f.innerCheekLeft + f.outerCheekLeft) / 2;
  return keyOnFigureRight ? right / left : left / right;
}

/** The nominal ratio of a preset's data: key plus fill on the key side, fill and ambient on the other. */
function nominalRatio(id: string): number {
  const p = getLightingPreset(id)!;
  const sum = (roles: string[]) => p.lights.filter((l) => roles.includes(l.role)).reduce((s, l) => s + l.illuminanceLux, 0);
  const ambient = p.environment?.ambientLux ?? 0;
  return (sum(['key']) + sum(['fill', 'bounce']) + ambient) / (sum(['fill', 'bounce']) + ambient);
}

test('the key-to-fill ratio on the face follows each preset: high key flattest, noir hardest', { skip }, async () => {
  const ids = ['high_key', 'three_point', 'loop', 'rembrandt', 'low_key', 'film_noir'];
  const measured: Record<string, number> = {};
  for (const id of ids) {
    const key = getLightingPreset(id)!.lights.find((l) => l.role === 'key')!;
    measured[id] = keyToFill(await faceUnder(id), key.azimuthDeg < 0);
    const nominal = nominalRatio(id);
    // A cheek is never square to the key, so the face shows less than the meter: within a factor of three.
    assert.ok(measured[id] > 1.1 && measured[id] > nominal / 3 && measured[id] < nominal * 1.5, `${id}: ${measured[id].toFixed(2)}:1 on the face against ${nominal.toFixed(1)}:1 metered`);
  }
  assert.ok(measured.high_key! < 2, `high key ${measured.high_key!.toFixed(2)}:1`);
  assert.ok(measured.film_noir! >= 8, `film noir ${measured.film_noir!.toFixed(1)}:1 is a hard slash`);
  assert.ok(measured.high_key! < measured.three_point! && measured.three_point! < measured.rembrandt! && measured.rembrandt! < measured.low_key!, JSON.stringify(measured));
});

test('butterfly puts a shadow under the nose that three-point does not', { skip }, async () => {
  const share = (f: FaceReading) => f.underNose / ((f.innerCheekLeft + f.innerCheekRight) / 2);
  const butterfly = share(await faceUnder('butterfly'));
  const threePoint = share(await faceUnder('three_point'));
  assert.ok(butterfly < 0.5, `under the nose at ${butterfly.toFixed(2)} of the cheeks`);
  assert.ok(threePoint > butterfly * 1.5, `three-point ${threePoint.toFixed(2)} against butterfly ${butterfly.toFixed(2)}`);
});

test('Rembrandt leaves a lit triangle on the shadow-side cheek, between the nose shadow and the dark outer cheek', { skip }, async () => {
  // The key is camera-left, on the figure's right: the figure's left cheek is the shadow side.
  const f = await faceUnder('rembrandt');
  assert.ok(f.innerCheekLeft > 1.25 * f.noseSideLeft, `triangle ${f.innerCheekLeft.toFixed(3)} against the nose shadow ${f.noseSideLeft.toFixed(3)}`);
  assert.ok(f.innerCheekLeft > 1.3 * f.outerCheekLeft, `triangle ${f.innerCheekLeft.toFixed(3)} against the outer cheek ${f.outerCheekLeft.toFixed(3)}`);
  assert.ok(f.outerCheekLeft < 0.4 * f.outerCheekRight, 'the shadow side is in shadow');
});

test('golden hour rims the face with a low sun from behind', { skip }, async () => {
  const f = await faceUnder('golden_hour');
  // The sun is behind camera-right (the figure's left): that cheek's edge catches it.
  const front = (f.innerCheekLeft + f.innerCheekRight) / 2;
  assert.ok(f.outerCheekLeft > 2 * front, `rim ${f.outerCheekLeft.toFixed(3)} against the front ${front.toFixed(3)}`);
});

test('night presets are dark but legible: the moonlit side of the face reads, the rest falls off', { skip }, async () => {
  const day = await faceUnder('three_point');
  for (const id of ['moonlight', 'night']) {
    const f = await faceUnder(id);
    const values = Object.values(f);
    const brightest = Math.max(...values);
    // Linear 0.03 is about 48/255 on screen: a shape you can read in a dark frame.
    assert.ok(brightest > 0.03, `${id}: the brightest part of the face at ${brightest.toFixed(3)}`);
    assert.ok(values.reduce((a, b) => a + b) / values.length < 0.5 * (Object.values(day).reduce((a, b) => a + b) / values.length), `${id} is darker than a studio portrait`);
  }
});
