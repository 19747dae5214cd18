import { test } from 'node:test';
import assert from 'node:assert/strict';
import { varySurface, shiftHsv, FLAT_CONTEXT, type Surface } from '../../src/materials/variation.js';
import { Variation } from '../../src/scene/variation.js';
import { createMaterials } from '../../src/gltf/material-batch.js';
import { TextureCache } from '../../src/materials/cache.js';

const lum = (c: number[]) => 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
const sat = (c: number[]) => (Math.max(...c) - Math.min(...c)) / (Math.max(...c) || 1);
const oak: Surface = { color: [0.3, 0.18, 0.08], roughness: 0.6, metallic: 0 };
const copper: Surface = { color: [0.955, 0.637, 0.538], roughness: 0.25, metallic: 1 };
const iron: Surface = { color: [0.56, 0.57, 0.58], roughness: 0.45, metallic: 1 };
const leaf: Surface = { color: [0.05, 0.25, 0.03], roughness: 0.6, metallic: 0 };
const vary = (s: Surface, v: object, vegetation = false) => varySurface(s, Variation.parse(v), FLAT_CONTEXT, vegetation);
const hue = (c: number[]) => {
  const [r, g, b] = c as [number, number, number];
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return 0;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
};

test('wet: darker base colour, lower roughness', () => {
  const wet = vary(oak, { weather: 'wet' });
  assert.ok(lum(wet.color) < lum(oak.color) * 0.75, 'darker');
  assert.ok(wet.roughness < oak.roughness * 0.5, 'smoother');
});

test('frozen: towards white-blue frost and a smooth glaze', () => {
  const f = vary(oak, { weather: 'frozen' });
  assert.ok(lum(f.color) > lum(oak.color));
  assert.ok(f.color[2] > oak.color[2]);
  assert.ok(f.roughness < oak.roughness);
});

test('dusty: lighter, rougher, less metallic', () => {
  const d = vary(iron, { weather: 'dusty' });
  assert.ok(d.roughness > iron.roughness);
  assert.ok(d.metallic < iron.metallic);
});

test('corroded: metals lose metalness; copper goes green, iron goes rust-red', () => {
  const c = vary(copper, { weather: 'corroded' });
  assert.ok(c.metallic < 0.6 && c.roughness > copper.roughness);
  assert.ok(c.color[1] > c.color[0], 'verdigris: green over red');
  const r = vary(iron, { weather: 'corroded' });
  assert.ok(r.color[0] > r.color[2] * 1.5, 'rust: red over blue');
});

test('weathered: desaturated and rougher; dirt darkens and roughens; wear scuffs edges lighter', () => {
  const w = vary(oak, { weather: 'weathered' });
  assert.ok(sat(w.color) < sat(oak.color) && w.roughness > oak.roughness);
  const d = vary(oak, { dirt: 1 });
  assert.ok(lum(d.color) < lum(oak.color) && d.roughness > oak.roughness);
  const worn = vary(oak, { wear: 1 });
  assert.ok(lum(worn.color) > lum(oak.color));
  const polished = vary(iron, { wear: 1 });
  assert.ok(polished.roughness < iron.roughness, 'worn metal edges polish');
});

test('hue, saturation and value shifts move the colour as asked', () => {
  const red: [number, number, number] = [0.8, 0.05, 0.05];
  assert.ok(Math.abs(hue(shiftHsv(red, 120, 0, 0)) - 120) < 2);
  assert.ok(sat(shiftHsv(red, 0, -1, 0)) < 0.01);
  assert.ok(lum(shiftHsv(red, 0, 0, -0.5)) < lum(red));
});

test('seasons shift vegetation only: autumn turns green leaves orange, winter dulls them', () => {
  const autumn = vary(leaf, { season: 'autumn' }, true);
  assert.ok(hue(autumn.color) < 70 && hue(leaf.color) > 90, `autumn hue ${hue(autumn.color)}`);
  const winter = vary(leaf, { season: 'winter' }, true);
  assert.ok(sat(winter.color) < sat(leaf.color));
  assert.deepEqual(vary(oak, { season: 'autumn' }, false), { ...oak, color: oak.color });
});

test('variations reach the built material: wet oak is darker and smoother than oak, with a water clear coat', async () => {
  const { materials } = await createMaterials(
    { dry: { preset: 'oak', texture: false }, wet: { preset: 'oak', texture: false, variation: { weather: 'wet' } } },
    { quality: 'high', textureCache: new TextureCache({ dir: false }) },
  );
  const dry = materials.get('dry')!;
  const wet = materials.get('wet')!;
  assert.ok(lum(wet.getBaseColorFactor()) < lum(dry.getBaseColorFactor()));
  assert.ok(wet.getRoughnessFactor() < dry.getRoughnessFactor());
  assert.ok(wet.getExtension('KHR_materials_clearcoat'));
});
