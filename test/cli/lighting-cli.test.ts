import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { readHdr } from '../../src/lighting/hdr.js';
import { EXAMPLES, ROOT, runCli, tempDir, buildGlb, khronosValidate } from '../helpers.js';

/** The lighting service's own request (seed 004, "Usage Example") as JSON, aperture "f/2.8" and all. */
const SEED_REQUEST = path.join(ROOT, 'test', 'lighting', 'fixtures', 'seed-scene-request.json');

const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at /);

test('lighting list and show: every preset with id and category; unknown ids suggest the right one', () => {
  const list = runCli(['lighting', 'list', '--json']);
  assert.equal(list.status, 0, list.stderr);
  const presets = JSON.parse(list.stdout) as { id: string; category: string }[];
  assert.ok(presets.length >= 50);
  assert.ok(presets.every((p) => typeof p.id === 'string' && ['studio', 'cinematic', 'time-of-day', 'weather'].includes(p.category)));
  const weather = JSON.parse(runCli(['lighting', 'list', '--json', '--category', 'weather']).stdout) as { category: string }[];
  assert.ok(weather.length >= 5 && weather.every((p) => p.category === 'weather'));
  assert.match(runCli(['lighting', 'list']).stdout, new RegExp(`${presets.length} presets\\n$`));

  const show = runCli(['lighting', 'show', 'rembrandt']);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /key\s+area\s+-45° camera-left, 45° up/);
  const json = JSON.parse(runCli(['lighting', 'show', 'film_noir', '--json']).stdout);
  assert.equal(json.id, 'film_noir');
  const bad = runCli(['lighting', 'show', 'rembrant']);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /unknown lighting preset "rembrant" — did you mean "rembrandt"\?/);
  noStack(bad.stderr);
});

test('lighting analyze: one set-up prints the report keys; a batch reports each item and exits 1 if any failed', () => {
  const dir = tempDir();
  const one = path.join(dir, 'one.json');
  writeFileSync(one, JSON.stringify({
    subject_description: 'interview subject',
    lighting_setup: { key: { direction: '45 degrees camera-left', intensity: 0.8, distance: 2 }, fill: { direction: '45 degrees camera-right', intensity: 0.8, distance: 2 * Math.SQRT2 } },
  }));
  const r = runCli(['lighting', 'analyze', one, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.key_to_fill_ratio, 2);
  assert.equal(report.key_to_fill_stops, 1);
  for (const k of ['color_temperature_spread_mired', 'shadow_softness', 'contrast', 'moods', 'rating', 'rating_breakdown', 'recommendations']) assert.ok(k in report, k);
  assert.match(runCli(['lighting', 'analyze', one]).stdout, /key-to-fill 2:1 \(1 stop\)/);

  const batch = path.join(dir, 'batch.json');
  writeFileSync(batch, JSON.stringify([JSON.parse(readFileSync(one, 'utf8')), { lighting_setup: { key: { direction: 'left', intensity: -1 } } }]));
  const b = runCli(['lighting', 'analyze', batch, '--json']);
  assert.equal(b.status, 1);
  const items = JSON.parse(b.stdout) as { index: number; status: string; errors?: { path: string }[] }[];
  assert.deepEqual(items.map((i) => i.status), ['ok', 'error']);
  assert.equal(items[1]!.errors![0]!.path, 'lighting_setup.key.intensity');
  assert.match(b.stderr, /1 of 2 set-ups failed/);

  const scene = runCli(['lighting', 'analyze', path.join(EXAMPLES, 'studio-product-shot.json'), '--json']);
  assert.equal(scene.status, 0, scene.stderr);
  assert.ok(JSON.parse(scene.stdout).key_to_fill_ratio > 1);

  const badOne = path.join(dir, 'bad.json');
  writeFileSync(badOne, JSON.stringify({ lighting_setup: { key: { direction: 'somewhere', intensity: 1 } } }));
  const e = runCli(['lighting', 'analyze', badOne]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /lighting_setup\.key\.direction: cannot read the direction "somewhere"/);
  noStack(e.stderr);
});

test('lighting analyze takes the lighting service\'s own request as written; bad apertures name their path and exit 1', () => {
  const r = runCli(['lighting', 'analyze', SEED_REQUEST, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.key_to_fill_ratio, 3.556);
  assert.equal(report.key_to_fill_stops, 1.83);
  assert.equal(report.contrast, 'balanced');
  assert.equal(report.rating, 7);
  const text = runCli(['lighting', 'analyze', SEED_REQUEST]);
  assert.equal(text.status, 0, text.stderr);
  assert.match(text.stdout, /^key-to-fill 3\.56:1 \(1\.8 stops\), balanced; colour spread 0 mired; softness 0\.5\nmoods: natural\nrating 7\/10\n/);

  const dir = tempDir();
  const seed = JSON.parse(readFileSync(SEED_REQUEST, 'utf8'));
  for (const aperture of ['f2.8', 'F/2.8', '2.8', 2.8]) {
    const file = path.join(dir, 'ok.json');
    writeFileSync(file, JSON.stringify({ ...seed, camera_settings: { ...seed.camera_settings, aperture } }));
    const ok = runCli(['lighting', 'analyze', file, '--json']);
    assert.equal(ok.status, 0, `${aperture}: ${ok.stderr}`);
    assert.equal(JSON.parse(ok.stdout).key_to_fill_ratio, 3.556);
  }
  const bad = path.join(dir, 'bad-aperture.json');
  writeFileSync(bad, JSON.stringify({ ...seed, camera_settings: { ...seed.camera_settings, aperture: 'wide open' } }));
  const e = runCli(['lighting', 'analyze', bad]);
  assert.equal(e.status, 1);
  assert.match(e.stderr, /bad-aperture\.json: camera_settings\.aperture: expected an f-number such as "f\/2\.8", "f2\.8" or 2\.8, got "wide open"/);
  noStack(e.stderr);
  const batch = path.join(dir, 'batch.json');
  writeFileSync(batch, JSON.stringify([seed, { ...seed, camera_settings: { aperture: 'f/500' } }]));
  const b = runCli(['lighting', 'analyze', batch, '--json']);
  assert.equal(b.status, 1);
  const items = JSON.parse(b.stdout) as { status: string; errors?: { path: string; message: string }[] }[];
  assert.deepEqual(items.map((i) => i.status), ['ok', 'error']);
  assert.deepEqual(items[1]!.errors, [{ path: 'camera_settings.aperture', message: 'f-numbers run from f/0.5 to f/128, got "f/500"' }]);
});

test('lighting apply writes a valid, buildable spec; failures leave the input untouched', async () => {
  const dir = tempDir();
  const spec = path.join(dir, 'shot.json');
  copyFileSync(path.join(EXAMPLES, 'studio-product-shot.json'), spec);
  const out = path.join(dir, 'lit.json');
  const r = runCli(['lighting', 'apply', 'product_softbox', spec, '-o', out, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.deepEqual(summary.subjects, ['bottle']);
  assert.equal(summary.camera, 'hero-85');
  const lit = JSON.parse(readFileSync(out, 'utf8'));
  assert.ok(lit.lights.every((l: { tags: string[] }) => l.tags.includes('preset:product_softbox')));
  const report = await khronosValidate(await buildGlb(lit, dir));
  assert.equal(report.issues.numErrors, 0);

  const before = readFileSync(spec, 'utf8');
  const badSubject = runCli(['lighting', 'apply', 'loop', spec, '-o', spec, '--subject', 'botle']);
  assert.equal(badSubject.status, 1);
  assert.match(badSubject.stderr, /--subject: unknown object "botle".*did you mean "bottle"/);
  assert.equal(readFileSync(spec, 'utf8'), before, 'the input is untouched');
  const badPreset = runCli(['lighting', 'apply', 'noir', spec, '-o', spec]);
  assert.equal(badPreset.status, 1);
  assert.match(badPreset.stderr, /unknown lighting preset "noir"/);
  assert.equal(runCli(['lighting', 'apply', 'loop', spec, '-o', path.join(dir, 'x.glb')]).status, 2);
  const inPlace = runCli(['lighting', 'apply', 'loop', spec, '-o', spec]);
  assert.equal(inPlace.status, 0, inPlace.stderr);
  assert.ok(JSON.parse(readFileSync(spec, 'utf8')).lights.some((l: { tags: string[] }) => l.tags.includes('preset:loop')));
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('lighting sky writes an equirectangular .hdr with the sun where the date puts it; lighting measure reads frames', async () => {
  const dir = tempDir();
  const out = path.join(dir, 'sky.hdr');
  const r = runCli(['lighting', 'sky', '--date', '2026-06-21', '--time', '13:00', '--utc-offset', '1', '--lat', '51.4769', '--lon', '0', '--width', '64', '-o', out, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.ok(Math.abs(s.sun.elevationDeg - 61.96) < 0.1, `${s.sun.elevationDeg}`);
  assert.equal(s.sunLight.intensity.unit, 'lx');
  const img = readHdr(new Uint8Array(readFileSync(out)));
  assert.deepEqual([img.width, img.height], [64, 32]);
  const bad = runCli(['lighting', 'sky', '--date', '2026-06-21', '--time', '13:00', '--lat', '95', '-o', out]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--lat: must be <= 90/);

  const frame = path.join(dir, 'frame.png');
  const mask = path.join(dir, 'mask.png');
  const px = Buffer.alloc(16 * 16 * 3);
  for (let i = 0; i < 16 * 16; i++) px.fill(i % 16 < 8 ? 200 : 60, i * 3, i * 3 + 3);
  await sharp(px, { raw: { width: 16, height: 16, channels: 3 } }).png().toFile(frame);
  await sharp({ create: { width: 16, height: 16, channels: 3, background: '#ffffff' } }).png().toFile(mask);
  const m = runCli(['lighting', 'measure', frame, '--mask', mask, '--json']);
  assert.equal(m.status, 0, m.stderr);
  const measured = JSON.parse(m.stdout);
  assert.ok(measured.lit_to_shadow_ratio > 10, `${measured.lit_to_shadow_ratio}`);
  const missing = runCli(['lighting', 'measure', frame, '--mask', path.join(dir, 'nope.png')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /mask: .*not found/);
});
