import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sampleLightAnimation, dayCycleElevation } from '../../src/lighting/animation.js';
import { LightAnimation } from '../../src/scene/light-animation.js';
import { buildGlb, khronosValidate, makeSpec } from '../helpers.js';

const curve = (kind: string, extra: Record<string, unknown> = {}) => LightAnimation.parse({ kind, ...extra });
const samples = (a: LightAnimation, seconds = 60, rate = 100) => Array.from({ length: seconds * rate }, (_, i) => sampleLightAnimation(a, i / rate));
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;

test('flicker curves stay near full output and vary as their fixtures do', () => {
  const candle = samples(curve('candle'));
  const torch = samples(curve('torch'));
  const fire = samples(curve('fire'));
  for (const [name, v, lo] of [['candle', candle, 0.5], ['torch', torch, 0.3], ['fire', fire, 0.15]] as const) {
    assert.ok(Math.min(...v) >= lo && Math.max(...v) <= 1.8, `${name} range ${Math.min(...v)}–${Math.max(...v)}`);
    assert.ok(Math.abs(mean(v) - 1) < 0.15, `${name} mean ${mean(v)}`);
  }
  const spread = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));
  assert.ok(spread(candle) < spread(torch) && spread(torch) < spread(fire), 'a candle is steadier than a torch, a torch than a fire');
  assert.ok(spread(samples(curve('torch', { amount: 0.2 }))) < spread(torch) / 3, 'amount scales the flicker');
});

test('a faulty neon tube is mostly on and drops out in short slots', () => {
  const v = samples(curve('neon'));
  const out = v.filter((x) => x < 0.5).length / v.length;
  assert.ok(out > 0.03 && out < 0.25, `off ${out * 100} % of the time`);
  assert.ok(v.filter((x) => x > 0.95).length / v.length > 0.7);
});

test('lightning is dark between flashes, with a flash every few seconds', () => {
  const v = samples(curve('lightning'), 60, 200);
  const lit = v.filter((x) => x > 0.5).length / v.length;
  assert.ok(lit > 0.001 && lit < 0.05, `bright ${lit * 100} % of the time`);
  let flashes = 0;
  for (let i = 1; i < v.length; i++) if (v[i]! > 0.5 && v[i - 1]! <= 0.5) flashes++;
  assert.ok(flashes >= 8 && flashes <= 40, `${flashes} strokes in a minute`);
  assert.ok(Math.max(...v) > 0.9);
});

test('curves are deterministic per seed, and seeds differ', () => {
  const a = samples(curve('torch', { seed: 1 }), 5);
  assert.deepEqual(samples(curve('torch', { seed: 1 }), 5), a);
  assert.notDeepEqual(samples(curve('torch', { seed: 2 }), 5), a);
});

test('the day cycle: dark at midnight, full at noon, the sun rising at 6 h', () => {
  const day = curve('daycycle', { durationS: 24 });
  assert.equal(sampleLightAnimation(day, 0), 0);
  assert.ok(Math.abs(sampleLightAnimation(day, 12) - 1) < 1e-9);
  assert.ok(Math.abs(dayCycleElevation(day, 6)) < 1e-9);
  assert.ok(Math.abs(dayCycleElevation(day, 12) - 60) < 1e-9);
  assert.ok(dayCycleElevation(day, 0) < 0);
  assert.equal(sampleLightAnimation(day, 20), 0);
});

interface Channel {
  sampler: number;
  target: { path: string; extensions?: { KHR_animation_pointer?: { pointer: string } } };
}
interface GltfJson {
  extensionsUsed: string[];
  extensions: { KHR_lights_punctual: { lights: { intensity: number }[] } };
  animations: { samplers: { input: number; output: number }[]; channels: Channel[] }[];
  accessors: { bufferView: number; byteOffset?: number; count: number; type: 'SCALAR' | 'VEC3' | 'VEC4' }[];
  bufferViews: { byteOffset?: number }[];
  scenes: { extras: { canvas3d: { animations: { light: string }[] } } }[];
}

function glbJson(bytes: Uint8Array): GltfJson {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(bytes.subarray(20, 20 + length)));
}

function accessorFloats(bytes: Uint8Array, json: GltfJson, index: number): Float32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(12, true);
  const binStart = 20 + jsonLength + 8;
  const acc = json.accessors[index]!;
  const bv = json.bufferViews[acc.bufferView]!;
  const size = { SCALAR: 1, VEC3: 3, VEC4: 4 }[acc.type];
  const start = bytes.byteOffset + binStart + (bv.byteOffset ?? 0) + (acc.byteOffset ?? 0);
  return new Float32Array(bytes.buffer.slice(start, start + acc.count * size * 4));
}

test('animated lights build to validator-clean KHR_animation_pointer channels on the right lights', async () => {
  const spec = makeSpec({
    lights: [
      { id: 'fill', type: 'point', position: [2, 2, 2], intensity: { value: 50, unit: 'cd' } },
      { id: 'torch', type: 'point', position: [1, 2, 0], intensity: { value: 100, unit: 'cd' }, animation: { kind: 'torch', durationS: 2 } },
      { id: 'sun', type: 'directional', direction: [0, -1, 0], intensity: { value: 1000, unit: 'lx' }, animation: { kind: 'daycycle', durationS: 24 } },
    ],
  });
  const bytes = await buildGlb(spec);
  const report = await khronosValidate(bytes);
  assert.equal(report.issues.numErrors, 0, JSON.stringify(report.issues.messages.filter((m) => m.severity === 0)));
  const json = glbJson(bytes);
  assert.ok(json.extensionsUsed.includes('KHR_animation_pointer'));
  const lights = json.extensions.KHR_lights_punctual.lights;
  const pointerChannels = json.animations.flatMap((anim) => anim.channels.map((c) => ({ anim, c, pointer: c.target.extensions?.KHR_animation_pointer?.pointer ?? '' }))).filter(({ c }) => c.target.path === 'pointer');
  const torchIndex = lights.findIndex((l) => l.intensity === 100);
  assert.ok(torchIndex >= 0);
  const torch = pointerChannels.find(({ pointer }) => pointer === `/extensions/KHR_lights_punctual/lights/${torchIndex}/intensity`);
  assert.ok(torch, 'the torch has an intensity channel');
  const sampler = torch.anim.samplers[torch.c.sampler]!;
  const times = accessorFloats(bytes, json, sampler.input);
  const values = accessorFloats(bytes, json, sampler.output);
  assert.ok(Math.abs(times[times.length - 1]! - 2) < 1e-6, 'lasts durationS');
  const a = LightAnimation.parse({ kind: 'torch', durationS: 2 });
  for (const i of [0, 17, 40]) assert.ok(Math.abs(values[i]! - 100 * sampleLightAnimation(a, times[i]!)) < 1e-3, `keyframe ${i} is the sampled curve`);
  const sunIndex = lights.findIndex((l) => l.intensity === 1000);
  const sunPointers = pointerChannels.filter(({ pointer }) => pointer.startsWith(`/extensions/KHR_lights_punctual/lights/${sunIndex}/`));
  assert.deepEqual(sunPointers.map(({ pointer }) => pointer.split('/').pop()).sort(), ['color', 'intensity']);
  assert.ok(json.animations.some((an) => an.channels.some((c) => c.target.path === 'rotation')), 'the sun turns');
  assert.deepEqual(json.scenes[0]!.extras.canvas3d.animations.map((x) => x.light), ['torch', 'sun']);
});
