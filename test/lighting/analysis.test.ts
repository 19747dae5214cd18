import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { parseDirection, DirectionError } from '../../src/lighting/direction.js';
import { analyzeBatch, analyzeItem, analyzeLighting, analyzeScene } from '../../src/pipeline/analyze-lighting.js';
import { parseFNumber } from '../../src/lighting/analysis.js';
import { Canvas3dError } from '../../src/core/errors.js';
import type { ProgressEvent } from '../../src/pipeline/progress.js';
import { applyLightingPreset } from '../../src/lighting/apply.js';
import { getLightingPreset } from '../../src/library/lighting/index.js';
import type { LightingReport } from '../../src/lighting/analysis.js';
import { EXAMPLES, ROOT, mustValidate, readJson } from '../helpers.js';

/** The lighting service's own request (seed 004, "Usage Example"), as JSON: LightType keys as their values. */
const SEED_REQUEST = path.join(ROOT, 'test', 'lighting', 'fixtures', 'seed-scene-request.json');
const seedRequest = () => readJson(SEED_REQUEST) as { camera_settings: Record<string, unknown> } & Record<string, unknown>;

const REPORT_KEYS = ['key_to_fill_ratio', 'key_to_fill_stops', 'color_temperature_spread_mired', 'shadow_softness', 'contrast', 'moods', 'rating', 'rating_breakdown', 'recommendations'];

function report(input: unknown): LightingReport {
  const r = analyzeItem(input);
  assert.equal(r.status, 'ok', r.status === 'error' ? JSON.stringify(r.errors) : '');
  return (r as { report: LightingReport }).report;
}

const light = (direction: string, intensity: number, extra: Record<string, unknown> = {}) => ({ direction, intensity, ...extra });

test('direction phrases as crews say them', () => {
  const cases: [string | number, number, number][] = [
    ['45 degrees camera-right', 45, 0],
    ['45° camera left', -45, 0],
    ['camera-left', -45, 0],
    ['90 degrees camera-right, 30 degrees above', 90, 30],
    ['behind camera-left', -135, 0],
    ['behind', 180, 0],
    ['front', 0, 0],
    ['overhead', 0, 75],
    ['from below', 0, -30],
    ['high camera-right', 45, 40],
    ['side camera-left', -90, 0],
    ['30 deg right 20 degrees below', 30, -20],
    [-60, -60, 0],
    [270, -90, 0],
  ];
  for (const [text, az, el] of cases) {
    const d = parseDirection(text);
    assert.equal(d.azimuthDeg, az, `${text}: azimuth`);
    assert.equal(d.elevationDeg, el, `${text}: elevation`);
  }
  for (const bad of ['', 'sideways-ish', 'the moon']) assert.throws(() => parseDirection(bad), DirectionError, bad);
});

test('key and an equal fill at 2 m and 2√2 m give 2:1, one stop (request format)', () => {
  const r = report({
    subject_description: 'a woman at a desk',
    lighting_setup: {
      key: light('45 degrees camera-left, 30 degrees above', 1, { distance: 2 }),
      fill: light('45 degrees camera-right', 1, { distance: 2 * Math.SQRT2 }),
    },
    camera_settings: { shot_type: 'MCU', fov: 40, aperture: 2.8 },
  });
  assert.equal(r.key_to_fill_ratio, 2);
  assert.equal(r.key_to_fill_stops, 1);
  for (const k of REPORT_KEYS) assert.ok(k in r, `report has ${k}`);
  assert.ok(r.rating >= 1 && r.rating <= 10 && Number.isInteger(r.rating));
  assert.equal(r.rating, Math.max(1, r.rating_breakdown.reduce((s, b) => s + b.score, 0)));
});

test('the same 2:1 holds for a SceneSpec: equal point lights, and spots aimed at the subject', () => {
  const scene = (type: 'point' | 'spot') => ({
    version: 1,
    objects: [{ id: 'head', geometry: { type: 'sphere', radius: 0.1 }, position: [0, 1.6, 0] }],
    lights: [
      { id: 'k', type, position: [-Math.SQRT2, 1.6, Math.SQRT2], tags: ['key'], intensity: { value: 100, unit: 'cd' }, ...(type === 'spot' ? { target: [0, 1.6, 0] } : {}) },
      { id: 'f', type, position: [2, 1.6, 2], tags: ['fill'], intensity: { value: 100, unit: 'cd' }, ...(type === 'spot' ? { target: [0, 1.6, 0] } : {}) },
    ],
    cameras: [{ id: 'cam', position: [0, 1.6, 3], target: [0, 1.6, 0] }],
    shots: [{ id: 's', camera: 'cam', subjects: ['head'] }],
  });
  for (const type of ['point', 'spot'] as const) {
    const r = report(scene(type));
    assert.ok(Math.abs(r.key_to_fill_ratio - 2) < 1e-3, `${type}: ${r.key_to_fill_ratio}`);
    assert.ok(Math.abs(r.key_to_fill_stops - 1) < 1e-3);
    const key = r.lights.find((l) => l.role === 'key')!;
    assert.ok(Math.abs(key.illuminance - 25) < 0.01, 'E = I / d²');
    assert.ok(Math.abs(key.azimuthDeg + 45) < 0.01, 'camera-left');
  }
  // A spot aimed away from the subject puts nothing on it; an area light 60° off its axis gives cos 60° = ½.
  const away = scene('spot');
  (away.lights[1] as Record<string, unknown>).target = [4, 1.6, 4];
  assert.equal(report(away).key_to_fill_ratio, 256, 'no fill reaches the subject');
  const area = {
    ...scene('point'),
    lights: [
      { id: 'k', type: 'area', position: [0, 1.6, 2], target: [0, 1.6, 0], tags: ['key'], intensity: { value: 100, unit: 'cd' } },
      { id: 'f', type: 'area', position: [0, 1.6, 2], direction: [Math.sin(Math.PI / 3), 0, -Math.cos(Math.PI / 3)], tags: ['fill'], intensity: { value: 100, unit: 'cd' } },
    ],
  };
  assert.ok(Math.abs(report(area).key_to_fill_ratio - 2) < 1e-3, 'Lambertian emitter off-axis');
});

test('bad set-ups fail one by one with a clear error; the good ones still pass', () => {
  const results = analyzeBatch([
    { lighting_setup: { key: light('45 degrees camera-left', 1) } },
    { lighting_setup: { keyy: light('left', 1) } },
    { lighting_setup: { key: light('left', -1) } },
    { lighting_setup: { key: light('left', 1, { color_temperature: 100000 }) } },
    { lighting_setup: { key: light('somewhere nice', 1) } },
    'not a set-up',
    { lighting_setup: { fill: light('right', 1) } },
  ]);
  assert.deepEqual(results.map((r) => r.status), ['ok', 'error', 'error', 'error', 'error', 'error', 'ok']);
  const err = (i: number) => (results[i] as { errors: { path: string; message: string }[] }).errors[0]!;
  assert.equal(err(1).path, 'lighting_setup.keyy');
  assert.match(err(1).message, /unknown role "keyy"; roles are key, fill, rim, background, hair, kicker.*did you mean "key"/);
  assert.equal(err(2).path, 'lighting_setup.key.intensity');
  assert.match(err(2).message, />= 0/);
  assert.equal(err(3).path, 'lighting_setup.key.color_temperature');
  assert.match(err(3).message, /40000/);
  assert.equal(err(4).path, 'lighting_setup.key.direction');
  assert.match(err(4).message, /cannot read the direction "somewhere nice"/);
  assert.match(err(5).message, /expected a lighting set-up/);
});

test('moods, contrast and rating follow the set-up; recommendations are concrete', () => {
  const soft = report({ lighting_setup: { key: light('30 degrees camera-left, 20 degrees above', 1, { softness: 0.8 }), fill: light('30 degrees camera-right', 0.7), rim: light('behind camera-right, 40 degrees above', 0.8) } });
  assert.equal(soft.contrast, 'high-key');
  assert.ok(soft.moods.includes('bright') && soft.moods.includes('soft'));
  assert.ok(soft.rating >= 8, `a textbook set-up rates ${soft.rating}`);

  const noir = report({ lighting_setup: { key: light('90 degrees camera-left, 15 degrees above', 1, { softness: 0.1, color_temperature: 3200 }), fill: light('camera-right', 0.08, { color_temperature: 3200 }) } });
  assert.equal(noir.contrast, 'low-key');
  assert.ok(noir.moods.includes('dramatic') && noir.moods.includes('warm'), noir.moods.join());

  const poor = report({ lighting_setup: { key: light('front, 30 degrees below', 1, { softness: 0.1, color_temperature: 2700 }), rim: light('behind', 0.1, { color_temperature: 7500 }) } });
  assert.ok(poor.rating <= 4, `a poor set-up rates ${poor.rating}`);
  assert.ok(poor.moods.includes('eerie'));
  const recs = poor.recommendations.join('\n');
  assert.match(recs, /below the subject/);
  assert.match(recs, /Add a fill/);
  assert.match(recs, /The rim is 7500 K against the key's 2700 K \(237 mired apart\); gel it with full CTO/);
  const flat = report({ lighting_setup: { key: light('45 degrees camera-left, 30 degrees above', 1, { distance: 2 }), fill: light('45 degrees camera-right', 1, { distance: 2.2 }) } });
  assert.match(flat.recommendations.join('\n'), /move the fill back to 2\.83/, 'the distance that gives 2:1 by the inverse-square law');
});

test('a scene lit with a preset analyses back to the preset ratio; an example scene analyses', () => {
  const input = {
    version: 1,
    objects: [{ id: 'actor', geometry: { type: 'capsule', radius: 0.25, length: 1.25 }, position: [0, 0.875, 0] }],
    cameras: [{ id: 'cam', position: [0, 1.6, 5], target: [0, 1, 0] }],
    shots: [{ id: 's', camera: 'cam', subjects: ['actor'] }],
  };
  const preset = getLightingPreset('rembrandt')!;
  const lit = applyLightingPreset(input as never, mustValidate(input), preset).spec;
  const r = analyzeScene(lit);
  assert.equal(r.status, 'ok');
  if (r.status !== 'ok') return;
  const expected = preset.lights[0]!.illuminanceLux / preset.lights[1]!.illuminanceLux;
  assert.ok(Math.abs(r.report.key_to_fill_ratio / expected - 1) < 0.01, `${r.report.key_to_fill_ratio} vs ${expected}`);
  assert.equal(r.report.color_temperature_spread_mired, 0);

  const example = readJson(path.join(EXAMPLES, 'studio-product-shot.json'));
  const ex = analyzeScene(example, { baseDir: EXAMPLES });
  assert.equal(ex.status, 'ok');
  if (ex.status === 'ok') {
    assert.ok(ex.report.key_to_fill_ratio > 1 && ex.report.key_to_fill_ratio < 8);
    assert.ok(ex.report.color_temperature_spread_mired > 50, 'the warm rim against daylight softboxes');
  }
  // In a sunlit exterior the skylight (ambient) is the fill.
  const sunlit = analyzeScene({ ...input, environment: { ambient: { color: '#ffffff', intensity: 20000 } }, lights: [{ type: 'directional', direction: [0.5, -1, -0.5], intensity: { value: 100000, unit: 'lx' }, tags: ['sun'] }] });
  assert.equal(sunlit.status, 'ok');
  if (sunlit.status === 'ok') assert.equal(sunlit.report.key_to_fill_ratio, 5);
  const dark = analyzeScene({ ...input, lights: [] });
  assert.equal(dark.status, 'error');
  if (dark.status === 'error') assert.equal(dark.errors[0]!.path, 'lights');
});

test('the lighting service\'s own request is analysed as written: key 0.8 at 1.5 m against fill 0.4 at 2 m', () => {
  const r = report(seedRequest());
  // Incident illuminance: 0.8 / 1.5² against 0.4 / 2², so 3.556:1, 1.83 stops.
  assert.equal(r.key_to_fill_ratio, 3.556);
  assert.equal(r.key_to_fill_stops, 1.83);
  assert.equal(r.contrast, 'balanced');
  assert.equal(r.color_temperature_spread_mired, 0);
  assert.equal(r.shadow_softness, 0.5);
  assert.deepEqual(r.moods, ['natural']);
  assert.deepEqual(r.lights.map((l) => [l.role, l.azimuthDeg, l.elevationDeg, l.kelvin]), [['key', 45, 0, 5600], ['fill', -30, 0, 5600]]);
  assert.deepEqual(r.lights.map((l) => l.share), [0.78, 0.22]);
  // A key at eye level with no rim: placement 1/2 and separation 0/2, each with its recommendation.
  assert.equal(r.rating, 7);
  assert.ok(r.recommendations.some((t) => /Raise the key 20–40° above eye level/.test(t)));
  assert.ok(r.recommendations.some((t) => /Add a rim or hair light/.test(t)));
});

test('apertures as photographers write them are accepted; anything else is refused at camera_settings.aperture', () => {
  for (const [written, fNumber] of [['f/2.8', 2.8], ['f2.8', 2.8], ['F/2.8', 2.8], ['2.8', 2.8], [2.8, 2.8], ['f/16', 16], [' f / 1.4 ', 1.4], ['ƒ/8', 8], [11, 11]] as const) {
    assert.equal(parseFNumber(written), fNumber, String(written));
    const r = analyzeItem({ ...seedRequest(), camera_settings: { ...seedRequest().camera_settings, aperture: written } });
    assert.equal(r.status, 'ok', `${written}: ${JSON.stringify(r)}`);
  }
  const bad: [unknown, RegExp][] = [
    ['wide open', /expected an f-number such as "f\/2\.8", "f2\.8" or 2\.8, got "wide open"/],
    ['f/', /expected an f-number/],
    ['2.8.1', /expected an f-number/],
    ['f/-2', /expected an f-number/],
    [true, /expected an f-number.*got true/],
    [[2.8], /expected an f-number/],
    ['f/500', /f-numbers run from f\/0\.5 to f\/128, got "f\/500"/],
    [0.2, /f-numbers run from/],
  ];
  for (const [aperture, message] of bad) {
    const r = analyzeItem({ ...seedRequest(), camera_settings: { ...seedRequest().camera_settings, aperture } });
    assert.equal(r.status, 'error', JSON.stringify(aperture));
    const errors = (r as { errors: { path: string; message: string }[] }).errors;
    assert.deepEqual(errors.map((e) => e.path), ['camera_settings.aperture'], JSON.stringify(aperture));
    assert.match(errors[0]!.message, message);
  }
});

test('analyzeLighting: one report or a batch, progress per set-up, cancellation between set-ups, one error family', () => {
  const events: ProgressEvent[] = [];
  const one = analyzeLighting({ input: seedRequest(), onProgress: (e) => events.push(e) });
  assert.equal(one.kind, 'one');
  assert.equal(one.kind === 'one' && one.report.key_to_fill_ratio, 3.556);
  assert.deepEqual(events.map((e) => [e.stage, e.step, e.total]), [['analyze', 0, 1], ['analyze', 1, 1]]);

  const batch = analyzeLighting({ input: [seedRequest(), { lighting_setup: { key: { direction: 'left', intensity: -1 } } }] });
  assert.equal(batch.kind, 'batch');
  if (batch.kind !== 'batch') return;
  assert.deepEqual(batch.results.map((r) => [r.index, r.status]), [[0, 'ok'], [1, 'error']]);
  assert.equal(batch.failed, 1);

  assert.throws(
    () => analyzeLighting({ input: { ...seedRequest(), camera_settings: { aperture: 'wide' } } }),
    (err: unknown) => err instanceof Canvas3dError && err.code === 'C3D_INPUT_INVALID' && err.issues[0]!.path === 'camera_settings.aperture',
  );
  const controller = new AbortController();
  const seen: number[] = [];
  assert.throws(
    () => analyzeLighting({ input: [seedRequest(), seedRequest(), seedRequest()], signal: controller.signal, onProgress: (e) => {
      seen.push(e.step);
      if (e.step === 1) controller.abort();
    } }),
    (err: unknown) => err instanceof Canvas3dError && err.code === 'C3D_CANCELLED',
  );
  assert.deepEqual(seen, [0, 1], 'stops before the second set-up');
});

test('the lighting errors belong to the one family, keeping their names, issues and messages', async () => {
  const { FrameError } = await import('../../src/lighting/frame.js');
  const { MeasureError } = await import('../../src/lighting/measure.js');
  const { HdrError } = await import('../../src/lighting/hdr.js');
  const frame = new FrameError([{ path: 'camera', message: 'unknown camera "x"' }]);
  assert.ok(frame instanceof Canvas3dError);
  assert.deepEqual([frame.name, frame.code, frame.message, frame.issues[0]!.path], ['FrameError', 'C3D_NOT_FOUND', 'camera: unknown camera "x"', 'camera']);
  const measure = new MeasureError([{ path: 'mask', message: 'the mask selects no pixels' }]);
  assert.deepEqual([measure instanceof Canvas3dError, measure.name, measure.code, measure.message], [true, 'MeasureError', 'C3D_INPUT_INVALID', 'mask: the mask selects no pixels']);
  for (const [E, name] of [[HdrError, 'HdrError'], [DirectionError, 'DirectionError']] as const) {
    const e = new E('bad');
    assert.deepEqual([e instanceof Canvas3dError, e.name, e.code, e.message], [true, name, 'C3D_INPUT_INVALID', 'bad']);
  }
  assert.throws(() => parseDirection('the moon'), (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_INPUT_INVALID');
});
