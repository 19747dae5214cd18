import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vector3 } from 'three';
import { LIGHTING_PRESETS, LIGHTING_CATEGORIES, getLightingPreset } from '../../src/library/lighting/index.js';
import { applyLightingPreset } from '../../src/lighting/apply.js';
import { anglesOf, FrameError } from '../../src/lighting/frame.js';
import { sceneLightsAtSubject } from '../../src/lighting/scene-lights.js';
import { sunDirection } from '../../src/lighting/sun.js';
import type { SceneSpecInput } from '../../src/scene/schema.js';
import { buildGlb, khronosValidate, mustValidate } from '../helpers.js';

/** A 1.75 m actor on a floor, seen from +Z. */
function stage(overrides: Partial<SceneSpecInput> = {}): SceneSpecInput {
  return {
    version: 1,
    materials: { grey: { baseColor: '#808080', roughness: 0.8 } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [20, 20] }, material: 'grey' },
      { id: 'actor', geometry: { type: 'capsule', radius: 0.25, length: 1.25 }, position: [0, 0.875, 0], material: 'grey' },
    ],
    lights: [{ id: 'practical', type: 'point', position: [3, 2, -2], intensity: { value: 400, unit: 'lm' } }],
    cameras: [{ id: 'cam', position: [0, 1.6, 5], target: [0, 1, 0], focalLengthMm: 50 }],
    shots: [{ id: 'one', camera: 'cam', subjects: ['actor'] }],
    ...overrides,
  };
}

function applied(id: string, input = stage(), opts = {}) {
  const preset = getLightingPreset(id)!;
  assert.ok(preset, id);
  return applyLightingPreset(input, mustValidate(input), preset, opts);
}

test('the library has 50+ presets in four categories, with every look the brief names', () => {
  assert.ok(LIGHTING_PRESETS.length >= 50, `${LIGHTING_PRESETS.length} presets`);
  assert.equal(new Set(LIGHTING_PRESETS.map((p) => p.id)).size, LIGHTING_PRESETS.length, 'ids are unique');
  for (const c of LIGHTING_CATEGORIES) assert.ok(LIGHTING_PRESETS.filter((p) => p.category === c).length >= 7, c);
  const named = [
    'three_point', 'high_key', 'low_key', 'rembrandt', 'butterfly', 'loop', 'split', 'broad', 'short', 'clamshell', 'rim_silhouette', 'product_softbox',
    'film_noir', 'horror', 'thriller', 'romantic', 'suspense', 'teal_orange', 'neon_cyberpunk', 'candle_lit', 'torch_lit', 'firelight', 'moonlight', 'underwater', 'scifi_corridor',
    'dawn', 'morning', 'noon', 'afternoon', 'golden_hour', 'blue_hour', 'dusk', 'night', 'midnight',
    'overcast', 'stormy', 'foggy', 'snowy', 'rainy_night',
  ];
  for (const id of named) assert.ok(getLightingPreset(id), `missing ${id}`);
  for (const p of LIGHTING_PRESETS) {
    assert.ok(p.lights.length >= 1, p.id);
    for (const l of p.lights) {
      assert.ok(l.illuminanceLux > 0, `${p.id} ${l.role} illuminance`);
      assert.ok(l.distance > 0, `${p.id} ${l.role} distance`);
      assert.ok(l.kelvin === undefined || (l.kelvin >= 1000 && l.kelvin <= 40000), `${p.id} kelvin`);
    }
    for (const a of p.animation ?? []) assert.ok(p.lights.some((l) => l.role === a.role), `${p.id} animates a role it has`);
  }
});

test('every preset lights the reference scene into a validator-clean GLB', async () => {
  for (const preset of LIGHTING_PRESETS) {
    const { spec, lights } = applied(preset.id);
    const valid = mustValidate(spec);
    assert.equal(valid.lights.length, preset.lights.length, `${preset.id}: the preset replaces the scene's lights`);
    const bytes = await buildGlb(spec);
    const report = await khronosValidate(bytes);
    assert.equal(report.issues.numErrors, 0, `${preset.id}: ${JSON.stringify(report.issues.messages.filter((m) => m.severity === 0).slice(0, 3))}`);
    assert.equal(lights.length, preset.lights.length);
  }
});

test('applied lights put the preset illuminance on the subject from the preset direction', () => {
  for (const preset of LIGHTING_PRESETS) {
    const { spec } = applied(preset.id);
    const { frame, lights } = sceneLightsAtSubject(mustValidate(spec));
    preset.lights.forEach((l, i) => {
      if (l.aim === 'background') return;
      const measured = lights[i]!;
      const rel = Math.abs(measured.illuminance - l.illuminanceLux) / l.illuminanceLux;
      assert.ok(rel < 0.01, `${preset.id} ${l.role}: ${measured.illuminance} lx, preset ${l.illuminanceLux} lx`);
      const light = mustValidate(spec).lights[i]!;
      const low = light.type !== 'directional' && light.position[1] <= frame.groundY + 0.03 * frame.size + 1e-6;
      if (low) return; // lifted off the floor
      const at = light.type === 'directional' ? anglesOf(frame, new Vector3(...light.direction!).negate()) : anglesOf(frame, new Vector3(...light.position).sub(frame.centre));
      assert.ok(Math.abs(at.elevationDeg - l.elevationDeg) < 0.05, `${preset.id} ${l.role} elevation ${at.elevationDeg} vs ${l.elevationDeg}`);
      if (Math.abs(l.elevationDeg) < 89) {
        const dAz = Math.abs(((at.azimuthDeg - l.azimuthDeg + 540) % 360) - 180);
        assert.ok(dAz < 0.05, `${preset.id} ${l.role} azimuth ${at.azimuthDeg} vs ${l.azimuthDeg}`);
      }
    });
  }
});

test('placement follows the camera: camera-left is −X seen from +Z and +X seen from −Z', () => {
  const front = applied('split');
  const key = (r: typeof front) => mustValidate(r.spec).lights.find((l) => l.tags.includes('key'))!;
  const k1 = key(front);
  assert.ok(k1.type !== 'directional' && k1.position[0] < -1, `key at ${JSON.stringify(k1.type !== 'directional' && k1.position)}`);
  const back = applied('split', stage({ cameras: [{ id: 'cam', position: [0, 1.6, -5], target: [0, 1, 0], focalLengthMm: 50 }] }));
  const k2 = key(back);
  assert.ok(k2.type !== 'directional' && k2.position[0] > 1, 'seen from behind, camera-left is +X');
});

test('presets scale with the subject: a 20 cm product gets the same ratios at a tenth of the distance', () => {
  const product = stage({
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [2, 2] }, material: 'grey' },
      { id: 'bottle', geometry: { type: 'cylinder', radius: 0.04, height: 0.175 }, position: [0, 0.0875, 0], material: 'grey' },
    ],
    cameras: [{ id: 'cam', position: [0, 0.16, 0.5], target: [0, 0.1, 0], focalLengthMm: 85 }],
    shots: [{ id: 'one', camera: 'cam', subjects: ['bottle'] }],
  });
  const big = applied('three_point');
  const small = applied('three_point', product);
  const ratio = (r: typeof big) => {
    const { lights } = sceneLightsAtSubject(mustValidate(r.spec));
    return lights[0]!.illuminance / lights[1]!.illuminance;
  };
  assert.ok(Math.abs(ratio(big) / ratio(small) - 1) < 1e-3, `${ratio(big)} vs ${ratio(small)}`);
  assert.ok(Math.abs(small.lights[0]!.distanceM / big.lights[0]!.distanceM - 0.1) < 0.005, 'distances scale with the subject');
});

test('applying is order-independent, keeps the author\'s form and can keep practicals', () => {
  const direct = applied('three_point').spec;
  const first = applied('film_noir').spec;
  const again = applied('three_point', first).spec;
  assert.deepEqual(again, direct);
  assert.equal((direct as Record<string, unknown>).budgets, undefined, 'defaults stay implicit');
  const kept = applied('three_point', stage(), { keepLights: true });
  assert.deepEqual(mustValidate(kept.spec).lights.map((l) => l.id), ['practical', 'key', 'fill', 'rim', 'background']);
  const twice = applied('loop', kept.spec, { keepLights: true });
  assert.equal(mustValidate(twice.spec).lights.filter((l) => l.tags.includes('lighting-preset')).length, getLightingPreset('loop')!.lights.length, 'the earlier preset is replaced, not stacked');
});

test('daylight presets put the sky\'s sun where the sun light comes from', () => {
  for (const preset of LIGHTING_PRESETS.filter((p) => p.environment?.sky?.type === 'procedural' && p.lights.some((l) => l.role === 'sun' && l.type === 'directional'))) {
    const spec = mustValidate(applied(preset.id).spec);
    const sky = spec.environment.sky;
    assert.equal(sky.type, 'procedural');
    if (sky.type !== 'procedural') continue;
    const sun = spec.lights.find((l) => l.tags.includes('sun'))!;
    assert.equal(sun.type, 'directional');
    const d = sunDirection({ elevationDeg: sky.sunElevationDeg, azimuthDeg: sky.sunAzimuthDeg });
    if (sun.type === 'directional') d.forEach((v, i) => assert.ok(Math.abs(v - sun.direction![i]!) < 1e-3, `${preset.id} sun direction`));
    assert.equal(sky.sunLight, false, 'no second sun');
  }
});

test('environment and exposure come with the preset; animations go on the right roles', () => {
  const spec = mustValidate(applied('torch_lit').spec);
  const preset = getLightingPreset('torch_lit')!;
  assert.equal(spec.environment.ambient.intensity, preset.environment?.ambientLux ?? 0);
  // Exposure is rewritten against an incident reading at the subject: key and fill count, back light does not.
  const reading = preset.lights
    .filter((l) => l.aim !== 'background')
    .reduce((e, l) => e + (l.illuminanceLux * (1 + Math.cos((l.azimuthDeg * Math.PI) / 180) * Math.cos((l.elevationDeg * Math.PI) / 180))) / 2, preset.environment?.ambientLux ?? 0);
  assert.ok(Math.abs(spec.shots[0]!.look.exposureEv - ((preset.exposureEv ?? 0) + Math.log2(reading / 1000))) < 0.01);
  // A daylight sky supplies part of the ambient light; the ambient light tops up only the rest.
  const noon = mustValidate(applied('noon').spec);
  assert.equal(noon.environment.sky.type, 'procedural');
  assert.ok(noon.environment.ambient.intensity < getLightingPreset('noon')!.environment!.ambientLux!);
  for (const a of preset.animation ?? []) {
    const lights = spec.lights.filter((l) => l.tags.includes(a.role));
    assert.ok(lights.length && lights.every((l) => l.animation?.kind === a.kind), `${a.role} ${a.kind}`);
  }
  const foggy = mustValidate(applied('foggy').spec);
  assert.notEqual(foggy.environment.fog.type, 'none');
});

test('an unknown subject or camera is a clear error', () => {
  assert.throws(() => applied('loop', stage(), { subjects: ['actr'] }), (err: unknown) => err instanceof FrameError && /unknown object "actr".*"actor"/.test(err.issues[0]!.message));
  assert.throws(() => applied('loop', stage(), { camera: 'nope' }), (err: unknown) => err instanceof FrameError && err.issues[0]!.path === 'camera');
});
