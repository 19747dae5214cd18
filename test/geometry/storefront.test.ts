/**
 * The storefront prop: each style stands on the ground at its real size with its street front at +Z, the Western
 * false front rises over its own roof, the estimate bounds the output, its materials exist and its words resolve.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Geometry } from '../../src/geometry/registry.js';
import { meshBounds, triangleCount, type MeshData } from '../../src/geometry/mesh.js';
import { storefront, STOREFRONT_STYLES, STOREFRONT_STYLE_MATERIALS } from '../../src/geometry/props/storefronts.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';
import { lookupProp } from '../../src/planner/lexicon/index.js';

type Box = { min: number[]; max: number[] };

/** Generates a storefront and measures it: overall bounds, bounds per slot, the meshes and the triangle count. */
function makeStorefront(params: Record<string, unknown> = {}) {
  const p = Geometry.parse({ type: 'storefront', ...params });
  const parts = storefront.generate(p as never, { seed: 3 });
  const slots = new Map<string, Box>();
  const all: Box = { min: [Infinity, Infinity, Infinity], max: [-Infinity, -Infinity, -Infinity] };
  for (const part of parts) {
    const b = meshBounds(part.mesh);
    slots.set(part.slot, b);
    for (let k = 0; k < 3; k++) {
      all.min[k] = Math.min(all.min[k]!, b.min[k]!);
      all.max[k] = Math.max(all.max[k]!, b.max[k]!);
    }
  }
  const triangles = parts.reduce((n, part) => n + triangleCount(part.mesh), 0);
  return { params: p, parts, slots, all, triangles, estimate: storefront.estimate(p as never) };
}

/** Every vertex of a mesh above height y. */
function verticesAbove(mesh: MeshData, y: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < mesh.positions.length; i += 3) if (mesh.positions[i + 1]! > y) out.push([mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!]);
  return out;
}

for (const style of STOREFRONT_STYLES) {
  for (const width of [8, 13]) {
    test(`storefront ${style}, ${width} m wide: on the ground, its width, a building's height, front at +Z`, () => {
      const depth = 10;
      const { all } = makeStorefront({ style, width, depth });
      assert.ok(Math.abs(all.min[1]!) <= 0.01, `stands on y = 0 (min y ${all.min[1]!.toFixed(3)})`);
      const across = all.max[0]! - all.min[0]!;
      assert.ok(Math.abs(across - width) <= 0.6, `${across.toFixed(2)} m across for ${width} m`);
      assert.ok(Math.abs(all.max[0]! + all.min[0]!) < 0.01, 'centred on x = 0');
      const height = all.max[1]! - all.min[1]!;
      assert.ok(height >= 4 && height <= 16, `${height.toFixed(2)} m tall`);
      assert.ok(all.max[2]! >= depth / 2 && all.max[2]! <= depth / 2 + 3, `front at ${all.max[2]!.toFixed(2)}, no more than 3 m past the wall`);
      assert.ok(all.min[2]! >= -depth / 2 - 1, `back at ${all.min[2]!.toFixed(2)}`);
    });
  }
}

test('the Western boardwalk porch and the shop awning reach out over the street', () => {
  const F = 5;
  const western = makeStorefront({ style: 'western', depth: 2 * F });
  assert.ok(western.slots.get('timber')!.max[2]! > F + 2, `porch deck to z ${western.slots.get('timber')!.max[2]!.toFixed(2)}`);
  const shop = makeStorefront({ style: 'shop', depth: 2 * F });
  assert.ok(shop.slots.get('sign')!.max[2]! > F + 1, `awning to z ${shop.slots.get('sign')!.max[2]!.toFixed(2)}`);
});

test('the Western false front rises over the body and its roof, and everything that high is the front', () => {
  for (const storeys of [1, 2]) {
    const F = 5;
    const { parts, slots, all } = makeStorefront({ style: 'western', depth: 2 * F, storeys });
    const ridge = slots.get('roof')!.max[1]!;
    assert.ok(all.max[1]! >= ridge + 0.4 && all.max[1]! <= ridge + 3, `${storeys} storeys: false front top ${all.max[1]!.toFixed(2)} over the ridge at ${ridge.toFixed(2)}`);
    const above = parts.flatMap((part) => verticesAbove(part.mesh, ridge + 0.01));
    assert.ok(above.length > 0);
    for (const [, , z] of above) assert.ok(z >= F - 0.1, `a vertex over the ridge stands back at z ${z.toFixed(2)}`);
  }
});

test('a storefront without a sign has no sign board', () => {
  for (const style of ['western', 'timber', 'terrace'] as const) {
    assert.ok(makeStorefront({ style }).slots.has('sign'), `${style} signed by default`);
    assert.ok(!makeStorefront({ style, sign: false }).slots.has('sign'), `${style} without a sign`);
  }
});

test('storeys default by style and raise the building', () => {
  const heights = (style: string) => [1, 2, 3, 4].map((storeys) => makeStorefront({ style, storeys }).all.max[1]!);
  for (const style of STOREFRONT_STYLES) {
    const h = heights(style);
    for (let i = 1; i < h.length; i++) assert.ok(h[i]! > h[i - 1]!, `${style}: ${h.map((x) => x.toFixed(1))}`);
  }
  assert.equal(makeStorefront({ style: 'terrace' }).all.max[1], makeStorefront({ style: 'terrace', storeys: 3 }).all.max[1]);
  assert.equal(makeStorefront({ style: 'timber' }).all.max[1], makeStorefront({ style: 'timber', storeys: 2 }).all.max[1]);
});

test('the estimate bounds the output for every style, size, storey count and sign', () => {
  for (const style of STOREFRONT_STYLES) {
    for (const width of [3, 4.5, 5.4, 8, 11, 20]) {
      for (const depth of [3, 10, 20]) {
        for (const storeys of [1, 2, 3, 4]) {
          for (const sign of [true, false]) {
            const s = makeStorefront({ style, width, depth, storeys, sign });
            const label = JSON.stringify({ style, width, depth, storeys, sign });
            assert.ok(s.triangles <= s.estimate.triangles, `${label}: ${s.triangles} triangles within ${s.estimate.triangles}`);
            assert.ok(s.parts.length <= s.estimate.parts, label);
            assert.ok(s.all.min[1]! >= -0.01, `${label}: on the ground`);
          }
        }
      }
    }
  }
});

test('every material preset a storefront names exists, a preset for every slot of every style', () => {
  for (const id of Object.values(storefront.defaultMaterials)) assert.ok(getMaterialPreset(id), `default ${id}`);
  for (const style of STOREFRONT_STYLES) {
    const table = STOREFRONT_STYLE_MATERIALS[style];
    assert.deepEqual(Object.keys(table).sort(), [...storefront.slots].sort(), `${style}: one preset per slot`);
    for (const [slot, id] of Object.entries(table)) assert.ok(getMaterialPreset(id), `${style}.${slot}: ${id}`);
  }
});

test('storefront words resolve to their style', () => {
  const cases: [string, string | undefined][] = [
    ['saloon building', 'western'],
    ["sheriff's office", 'western'],
    ['trading post', 'western'],
    ['storefront', undefined],
    ['laundromat', undefined],
    ['tudor house', 'timber'],
    ['half-timbered house', 'timber'],
    ['victorian shop', 'terrace'],
  ];
  for (const [word, style] of cases) {
    const hit = lookupProp(word);
    assert.equal(hit?.kind, 'storefront', word);
    assert.equal((hit?.params as { style?: string } | undefined)?.style, style, word);
  }
});
