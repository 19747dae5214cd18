import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ev100, luminanceForEv100, ev100ForLuminance, exposureScale, meteredCorrectionEv, LEGIBLE_HIGHLIGHT, WASHED_OUT_MEAN } from '../../src/lighting/exposure.js';
import { sunPosition, sunIlluminance, sunKelvin, sunDirection } from '../../src/lighting/sun.js';
import { equirectSky } from '../../src/lighting/sky.js';
import { readHdr, writeHdr, readHdrHeader, HdrError } from '../../src/lighting/hdr.js';
import { adjustEquirect } from '../../src/lighting/environment-map.js';
import { skySun, sunLightFor } from '../../src/lighting/daylight.js';
import { Sky } from '../../src/scene/environment.js';
import { validateSpec } from '../../src/validate/validate.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from '../helpers.js';

const near = (a: number, b: number, tol: number, what = '') => assert.ok(Math.abs(a - b) <= tol, `${what} ${a} is not within ${tol} of ${b}`);

test('EV100 follows the exposure-value definition (ISO 2720)', () => {
  near(ev100(1, 1, 100), 0, 1e-12, 'f/1 1 s ISO 100');
  // Sunny 16: f/16 at 1/125 s, ISO 100 is EV 15 (14.97).
  near(ev100(16, 1 / 125), 14.966, 0.001, 'f/16 1/125');
  near(ev100(16, 1 / 500, 400), ev100(16, 1 / 125, 100), 1e-9, 'ISO 400 at 1/500 is the same exposure');
  near(ev100(2.8, 1 / 60), 8.88, 0.01, 'f/2.8 1/60 (indoor)');
  near(ev100(5.6, 1 / 30, 200), ev100(5.6, 1 / 30) - 1, 1e-12, 'double the ISO is one stop');
  assert.throws(() => ev100(0, 1), RangeError);
});

test('EV100 ↔ luminance with the meter constant K = 12.5', () => {
  near(luminanceForEv100(0), 0.125, 1e-12);
  near(luminanceForEv100(15), 4096, 1e-9);
  for (const ev of [-4, 0, 7.5, 15]) near(ev100ForLuminance(luminanceForEv100(ev)), ev, 1e-9);
  near(exposureScale(0), 1 / 1.2, 1e-12);
  near(exposureScale(1) * 2, exposureScale(0), 1e-12);
});

test('solar noon elevation is 90° − |latitude − declination| (NOAA), north and south', () => {
  const peak = (dayUtc: number, lat: number, lon: number) => {
    let best = { elevationDeg: -90, azimuthDeg: 0 };
    for (let m = 0; m < 24 * 60; m++) {
      const p = sunPosition(new Date(dayUtc + m * 60000), lat, lon);
      if (p.elevationDeg > best.elevationDeg) best = p;
    }
    return best;
  };
  // June solstice, Greenwich: declination +23.44°.
  const greenwich = peak(Date.UTC(2026, 5, 21), 51.4769, 0);
  near(greenwich.elevationDeg, 90 - (51.4769 - 23.44), 0.05, 'Greenwich solstice noon');
  near(greenwich.azimuthDeg, 180, 1.5, 'due south');
  // December solstice, Sydney: declination −23.44°, the noon sun is to the north.
  const sydney = peak(Date.UTC(2026, 11, 20, 12), -33.87, 151.21);
  near(sydney.elevationDeg, 90 - Math.abs(-33.87 + 23.44), 0.05, 'Sydney solstice noon');
  assert.ok(sydney.azimuthDeg < 1.5 || sydney.azimuthDeg > 358.5, `Sydney noon sun bearing ${sydney.azimuthDeg}`);
  // Greenwich mean noon on the solstice is within two minutes of solar noon, so the sun is near its peak.
  near(sunPosition(new Date(Date.UTC(2026, 5, 21, 12)), 51.4769, 0).elevationDeg, 61.96, 0.05);
  // Equator, March equinox 2026: the sun rises due east about 06:00 solar time.
  const dawn = sunPosition(new Date(Date.UTC(2026, 2, 20, 6, 7)), 0, 0);
  near(dawn.elevationDeg, 0, 1, 'equinox sunrise elevation');
  near(dawn.azimuthDeg, 90, 1, 'equinox sunrise bearing');
  assert.ok(sunPosition(new Date(Date.UTC(2026, 2, 20, 0)), 0, 0).elevationDeg < -80, 'midnight');
});

test('sun direction points from the sun: north is −Z, east +X', () => {
  const east = sunDirection({ elevationDeg: 0, azimuthDeg: 90 });
  near(east[0], -1, 1e-9);
  const north = sunDirection({ elevationDeg: 0, azimuthDeg: 0 });
  near(north[2], 1, 1e-9);
  near(sunDirection({ elevationDeg: 90, azimuthDeg: 0 })[1], -1, 1e-9);
});

test('direct sunlight: ~100 klx high in a clear sky, falling towards the horizon, warmer when low', () => {
  const zenith = sunIlluminance(90, 3);
  assert.ok(zenith > 95000 && zenith < 115000, `zenith ${zenith} lx`);
  assert.ok(sunIlluminance(90, 8) < zenith, 'haze dims the sun');
  let last = 0;
  for (const el of [1, 5, 10, 20, 40, 60, 90]) {
    const e = sunIlluminance(el);
    assert.ok(e > last, `increasing at ${el}°`);
    last = e;
  }
  assert.equal(sunIlluminance(-5), 0);
  assert.ok(sunKelvin(2) < 3000 && sunKelvin(60) > 5500, 'low sun is warm, high sun near daylight white');
});

test('the sky from a date, time and place matches sunPosition, and its sun light carries that direction', () => {
  const sky = Sky.parse({ type: 'procedural', date: '2026-06-21', time: '13:00', utcOffsetHours: 1, latitude: 51.4769, longitude: 0 });
  assert.equal(sky.type, 'procedural');
  if (sky.type !== 'procedural') return;
  const sun = skySun(sky);
  const ref = sunPosition(new Date(Date.UTC(2026, 5, 21, 12)), 51.4769, 0);
  near(sun.elevationDeg, ref.elevationDeg, 1e-9);
  const light = sunLightFor(sky)!;
  assert.equal(light.type, 'directional');
  const d = sunDirection(sun);
  if (light.type === 'directional') light.direction!.forEach((v, i) => near(v, d[i]!, 1e-9));
  assert.equal(light.intensity.unit, 'lx');
  near(light.intensity.value, sunIlluminance(sun.elevationDeg, 3), 1);
  assert.equal(sunLightFor(Sky.parse({ type: 'procedural', sunElevationDeg: -10 }) as never), undefined, 'no sun light at night');
  assert.equal(Sky.safeParse({ type: 'procedural', date: '2026-06-21' }).success, false, 'a date without a time and latitude');
});

test('the Preetham sky: blue overhead, brightest around the sun, the disc at its physical luminance', () => {
  const sun = { elevationDeg: 40, azimuthDeg: 90 };
  const img = equirectSky({ sun, turbidity: 3, width: 128, height: 64 });
  const px = (x: number, y: number) => Array.from(img.data.subarray((y * 128 + x) * 3, (y * 128 + x) * 3 + 3));
  const zenith = px(64, 0);
  assert.ok(zenith[2]! > zenith[0]!, `zenith is blue: ${zenith}`);
  // Find the brightest sky pixel: it should lie within 15° of the sun.
  let best = { lum: 0, x: 0, y: 0 };
  for (let y = 0; y < 32; y++) for (let x = 0; x < 128; x++) {
    const [r, g, b] = px(x, y) as [number, number, number];
    const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    if (lum > best.lum) best = { lum, x, y };
  }
  const el = (0.5 - (best.y + 0.5) / 64) * 180;
  const phi = ((best.x + 0.5) / 128 - 0.5) * 2 * Math.PI;
  const dir = [Math.cos(phi) * Math.cos((el * Math.PI) / 180), Math.sin((el * Math.PI) / 180), Math.sin(phi) * Math.cos((el * Math.PI) / 180)];
  const d = sunDirection(sun);
  const cos = -(dir[0]! * d[0] + dir[1]! * d[1] + dir[2]! * d[2]);
  assert.ok(cos > Math.cos((15 * Math.PI) / 180), `brightest pixel ${Math.acos(cos) * 57.3}° from the sun`);
  // The zenith of a clear sky is a few kcd/m².
  const zl = 0.2126 * zenith[0]! + 0.7152 * zenith[1]! + 0.0722 * zenith[2]!;
  assert.ok(zl > 1 && zl < 15, `zenith luminance ${zl} kcd/m²`);
  const disc = equirectSky({ sun: { elevationDeg: 40, azimuthDeg: 90 }, turbidity: 3, width: 2048, height: 1024, sunDisc: true });
  assert.ok(disc.data.reduce((m, v) => Math.max(m, v), 0) > 1e5, 'the sun disc is ~10⁹ cd/m²');
  const night = equirectSky({ sun: { elevationDeg: -20, azimuthDeg: 0 }, turbidity: 3, width: 32, height: 16 });
  assert.ok(night.data.reduce((m, v) => Math.max(m, v), 0) < 0.01, 'night sky is dark');
});

test('Radiance .hdr round-trips within RGBE precision, run-length encoded or flat', () => {
  for (const width of [4, 64]) {
    const height = 5;
    const data = new Float32Array(width * height * 3);
    let s = 1;
    for (let i = 0; i < data.length; i++) {
      s = (s * 16807) % 2147483647;
      data[i] = i % 7 === 0 ? 0.5 : 10 ** ((s / 2147483647) * 7 - 3);
    }
    const bytes = writeHdr({ width, height, data }, 'test');
    assert.deepEqual(readHdrHeader(bytes).width, width);
    const back = readHdr(bytes);
    assert.equal(back.width, width);
    assert.equal(back.height, height);
    for (let p = 0; p < width * height; p++) {
      const max = Math.max(data[p * 3]!, data[p * 3 + 1]!, data[p * 3 + 2]!);
      for (let c = 0; c < 3; c++) assert.ok(Math.abs(back.data[p * 3 + c]! - data[p * 3 + c]!) <= max / 128, `pixel ${p} channel ${c}`);
    }
  }
  assert.throws(() => readHdr(new TextEncoder().encode('P6\n1 1\n255\n')), HdrError);
  const truncated = writeHdr({ width: 16, height: 16, data: new Float32Array(16 * 16 * 3).fill(1) }).subarray(0, 90);
  assert.throws(() => readHdr(truncated), HdrError);
});

test('HDRI adjustments: rotation shifts columns, saturation keeps luminance, strength scales', () => {
  const width = 8;
  const data = new Float32Array(width * 2 * 3);
  for (let x = 0; x < width; x++) data.set([x, 1, 0.5], x * 3);
  const img = { width, height: 2, data };
  const turned = adjustEquirect(img, { rotationDeg: 90 });
  for (let x = 0; x < width; x++) assert.equal(turned.data[x * 3], (x - 2 + width) % width, `column ${x}`);
  assert.deepEqual(Array.from(adjustEquirect(img, { rotationDeg: 360 }).data), Array.from(data));
  const grey = adjustEquirect(img, { saturation: 0 });
  for (let x = 0; x < width; x++) {
    const [r, g, b] = [grey.data[x * 3]!, grey.data[x * 3 + 1]!, grey.data[x * 3 + 2]!];
    near(r, g, 1e-5);
    near(g, b, 1e-5);
    near(r, 0.2126 * x + 0.7152 + 0.0722 * 0.5, 1e-5, 'luminance kept');
  }
  const bright = adjustEquirect(img, { strength: 2 });
  near(bright.data[3 * 3 + 1]!, 2, 1e-6);
});

test('an HDRI environment must be a readable RGBE or OpenEXR file', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'good.hdr'), writeHdr({ width: 8, height: 4, data: new Float32Array(8 * 4 * 3).fill(0.5) }));
  writeFileSync(path.join(dir, 'bad.hdr'), 'GIF89a not really');
  writeFileSync(path.join(dir, 'bad.exr'), 'nope');
  const spec = (file: string) => ({ version: 1, environment: { sky: { type: 'hdri', path: file, rotationDeg: 90, strength: 2, saturation: 0.5 } } });
  assert.equal(validateSpec(spec('good.hdr'), { baseDir: dir }).ok, true);
  for (const [file, re] of [['bad.hdr', /is not a readable Radiance \.hdr/], ['bad.exr', /is not an OpenEXR file/], ['missing.hdr', /not found/]] as const) {
    const r = validateSpec(spec(file), { baseDir: dir });
    assert.equal(r.ok, false);
    if (!r.ok) {
      assert.equal(r.issues[0]!.path, 'environment.sky.path');
      assert.match(r.issues[0]!.message, re);
    }
  }
});

/** A linear RGBA frame, w × h, grey at `lum` where `lit(x, y)` holds and `rest` elsewhere. */
function frame(w: number, h: number, lum: number, lit: (x: number, y: number) => boolean, rest = 0): Float32Array {
  const out = new Float32Array(w * h * 4);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out.fill(lit(x, y) ? lum : rest, (y * w + x) * 4, (y * w + x) * 4 + 3);
  return out;
}

test('the reflected meter leaves a readable frame alone and moves an unreadable one by at most two stops', () => {
  const all = () => true;
  assert.equal(meteredCorrectionEv(frame(64, 36, 0.18, all), 64, 36), 0, 'mid-grey is read as it is');
  // Night: a third of the frame lit at legible level, the rest black, stays as exposed.
  assert.equal(meteredCorrectionEv(frame(64, 36, 0.2, (x) => x > 21 && x < 43, 0), 64, 36), 0, 'dark frame with legible highlights');
  // A figure lit only from behind: its front at 0.03 → brought up two stops to legible (0.03 · 4 = 0.12).
  near(meteredCorrectionEv(frame(64, 36, LEGIBLE_HIGHLIGHT / 4, (x) => x > 16 && x < 48), 64, 36), 2, 0.01, 'back-lit figure');
  assert.equal(meteredCorrectionEv(frame(64, 36, 1e-4, all), 64, 36), 2, 'a black frame moves two stops, no more');
  near(meteredCorrectionEv(frame(64, 36, WASHED_OUT_MEAN * 2, all), 64, 36), -1, 0.01, 'washed-out frame comes down a stop');
  // Centre-weighted: a blown window at the frame's edge does not darken a readable centre.
  assert.equal(meteredCorrectionEv(frame(64, 36, 8, (x) => x < 6, 0.18), 64, 36), 0, 'a bright edge is not the subject');
});
