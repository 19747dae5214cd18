/**
 * Material swatches read true: one swatch per material family (its first preset), rendered small in the
 * swatch's neutral grey studio, and the sphere's mean colour compared with the preset's own colour — hue for
 * saturated presets, lightness order across the families, emitters that keep their hue instead of clipping
 * to white, see-through presets that show the set behind them rather than a milky ball. Skipped without Chromium.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import sharp from 'sharp';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { materialSwatchSpec, renderSwatch } from '../../src/pipeline/swatch.js';
import { MATERIAL_FAMILIES, PRESETS_BY_FAMILY, type MaterialPreset } from '../../src/library/materials/index.js';
import { colorToLinear, linearToSrgb } from '../../src/core/color.js';
import { tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
const SIZE = 96;
let session: RenderSession;

before(async () => {
  if (!skip) session = await RenderSession.open({ gpu: false });
});
after(async () => {
  await session?.close();
});

type Rgb = [number, number, number];

/** Hue in degrees and HSL saturation/lightness of an sRGB colour in 0..1. */
function hsl([r, g, b]: Rgb): { h: number; s: number; l: number } {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  const d = max - min;
  if (d < 1e-6) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  const h = max === r ? ((g - b) / d + 6) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return { h: h * 60, s, l };
}

const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));
const srgb = (c: Parameters<typeof colorToLinear>[0]): Rgb => colorToLinear(c).map(linearToSrgb) as Rgb;

/** Mean sRGB colour (0..1) of a disc on the sphere's face (centred where the swatch camera puts the sphere). */
async function sphereColour(file: string): Promise<Rgb> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const [cx, cy, r] = [0.5 * info.width, 0.53 * info.height, 0.2 * info.width];
  const sum = [0, 0, 0];
  let n = 0;
  for (let y = 0; y < info.height; y++) {
    for (let x = 0; x < info.width; x++) {
      if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) > r) continue;
      for (let c = 0; c < 3; c++) sum[c] = sum[c]! + data[(y * info.width + x) * info.channels + c]! / 255;
      n++;
    }
  }
  return sum.map((s) => s / n) as Rgb;
}

/** The colour a preset should read as: its emission for emitters, else its base (average) colour. */
function expected(p: MaterialPreset): Rgb {
  return srgb(p.pbr.emissive && (p.pbr.emissiveStrength ?? 1) > 1 ? p.pbr.emissive : (p.pbr.baseColor ?? '#ffffff'));
}

interface Reading {
  preset: MaterialPreset;
  want: Rgb;
  got: Rgb;
}

const readings: Reading[] = [];

// About 2.5 s a swatch on a 2-core software renderer; the timeout leaves room for a machine under load.
test('one swatch per material family renders', { skip, timeout: 300_000 }, async () => {
  const dir = tempDir('canvas3d-swatches-');
  for (const family of MATERIAL_FAMILIES) {
    const preset = PRESETS_BY_FAMILY[family][0];
    if (!preset) continue;
    const file = path.join(dir, `${preset.id}.png`);
    // Transmission is rendered from `final` up; lower levels draw glass as a flat see-through surface.
    await renderSwatch(session, materialSwatchSpec(preset.id), file, SIZE, preset.pbr.transmission ? 'final' : 'preview');
    readings.push({ preset, want: expected(preset), got: await sphereColour(file) });
  }
  const rows = readings.map((r) => `${r.preset.id.padEnd(24)} want ${fmt(r.want)} got ${fmt(r.got)}`);
  console.log(rows.join('\n'));
  assert.equal(readings.length, MATERIAL_FAMILIES.length);
});

/** The checks below need every family's reading; a partial set (the render failed) must not pass. */
function complete(): void {
  assert.equal(readings.length, MATERIAL_FAMILIES.length, 'the swatches did not all render');
}

const fmt = (c: Rgb) => {
  const { h, s, l } = hsl(c);
  return `h${h.toFixed(0).padStart(4)} s${s.toFixed(2)} l${l.toFixed(2)}`;
};

test('saturated presets keep their hue', { skip }, (t) => {
  complete();
  const saturated = readings.filter((r) => !r.preset.pbr.transmission && hsl(r.want).s > 0.3 && hsl(r.want).l > 0.12 && hsl(r.want).l < 0.9);
  assert.ok(saturated.length >= 4, `only ${saturated.length} saturated families`);
  for (const r of saturated) {
    const gap = hueGap(hsl(r.want).h, hsl(r.got).h);
    t.diagnostic(`${r.preset.id}: hue gap ${gap.toFixed(1)}°`);
    assert.ok(gap < 15, `${r.preset.id}: hue ${hsl(r.got).h.toFixed(0)}°, preset ${hsl(r.want).h.toFixed(0)}° (gap ${gap.toFixed(0)}°)`);
    assert.ok(hsl(r.got).s > 0.12, `${r.preset.id}: saturation ${hsl(r.got).s.toFixed(2)} washed out`);
  }
});

test('neutral presets stay neutral: whites and bare grey metals take no tint from lamps or a sky', { skip }, (t) => {
  complete();
  const neutral = readings.filter((r) => !r.preset.pbr.transmission && hsl(r.want).s < 0.1 && hsl(r.want).l > 0.5);
  assert.ok(neutral.some((r) => r.preset.pbr.metallic === 1), 'a bare metal among the neutral presets');
  for (const r of neutral) {
    t.diagnostic(`${r.preset.id}: saturation ${hsl(r.got).s.toFixed(3)}`);
    assert.ok(hsl(r.got).s < hsl(r.want).s + 0.08, `${r.preset.id}: ${fmt(r.got)} is tinted (preset ${fmt(r.want)})`);
  }
});

test('lighter presets render lighter', { skip }, (t) => {
  complete();
  // Opaque, non-metallic, non-emitting presets: rank their base lightness against the rendered lightness.
  const diffuse = readings.filter((r) => !r.preset.pbr.transmission && !r.preset.pbr.metallic && !(r.preset.pbr.emissiveStrength && r.preset.pbr.emissiveStrength > 1));
  const rank = (xs: number[]) => xs.map((x) => xs.filter((y) => y < x).length);
  const a = rank(diffuse.map((r) => hsl(r.want).l));
  const b = rank(diffuse.map((r) => hsl(r.got).l));
  const n = diffuse.length;
  const rho = 1 - (6 * a.reduce((s, x, i) => s + (x - b[i]!) ** 2, 0)) / (n * (n * n - 1));
  t.diagnostic(`Spearman rank correlation of lightness: ${rho.toFixed(3)} over ${n} presets`);
  assert.ok(n >= 5 && rho > 0.8, `lightness rank correlation ${rho.toFixed(2)} over ${n} presets`);
});

test('emitters glow in their own colour, not clipped white', { skip }, () => {
  complete();
  const glowing = readings.filter((r) => (r.preset.pbr.emissiveStrength ?? 0) > 1);
  assert.ok(glowing.length >= 1);
  for (const r of glowing) {
    const got = hsl(r.got);
    assert.ok(Math.min(...r.got) < 0.85, `${r.preset.id}: clipped towards white ${fmt(r.got)}`);
    assert.ok(got.s > 0.3 && hueGap(got.h, hsl(r.want).h) < 20, `${r.preset.id}: ${fmt(r.got)} against ${fmt(r.want)}`);
  }
});

test('see-through presets show the set behind them, not a milky ball', { skip }, () => {
  complete();
  for (const r of readings.filter((x) => x.preset.pbr.transmission)) {
    // The grey studio behind reads about l 0.3–0.5; a flattened white ball reads above 0.7.
    assert.ok(hsl(r.got).l < 0.65, `${r.preset.id}: ${fmt(r.got)}`);
  }
});
