/**
 * Every prop: well-formed meshes with normals and UVs, real-world size, base on the floor (or hanging from the
 * ceiling), slots that match its declaration, default materials that exist, deterministic output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROPS } from '../../src/geometry/props/index.js';
import { Geometry } from '../../src/geometry/registry.js';
import { meshBounds, triangleCount } from '../../src/geometry/mesh.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';

test('the prop library has at least 40 props with unique types', () => {
  assert.ok(PROPS.length >= 40, `${PROPS.length} props`);
  assert.equal(new Set(PROPS.map((p) => p.type)).size, PROPS.length);
});

for (const prop of PROPS) {
  test(`prop ${prop.type}: well-formed, real-sized, slots and materials as declared, deterministic`, () => {
    const params = Geometry.parse({ type: prop.type });
    const parts = prop.generate(params as never, { seed: 11 });
    assert.ok(parts.length > 0);
    const est = prop.estimate(params as never);
    let tris = 0;
    const min = [Infinity, Infinity, Infinity];
    const max = [-Infinity, -Infinity, -Infinity];
    for (const part of parts) {
      assert.ok(prop.slots.includes(part.slot), `slot "${part.slot}" is declared`);
      const m = part.mesh;
      const n = m.positions.length / 3;
      assert.ok(n > 0 && m.indices.length > 0);
      assert.equal(m.normals.length, n * 3);
      assert.equal(m.uvs.length, n * 2);
      for (const i of m.indices) assert.ok(i < n);
      for (let k = 0; k < m.normals.length; k += 3) {
        const len = Math.hypot(m.normals[k]!, m.normals[k + 1]!, m.normals[k + 2]!);
        assert.ok(Math.abs(len - 1) < 1e-3, 'unit normals');
      }
      for (const v of m.positions) assert.ok(Number.isFinite(v));
      tris += triangleCount(m);
      const b = meshBounds(m);
      // Parts may carry their own transform (a lying figure); bounds are checked in the prop's space.
      if (!part.rotation && !part.translation) for (let k = 0; k < 3; k++) {
        min[k] = Math.min(min[k]!, b.min[k]!);
        max[k] = Math.max(max[k]!, b.max[k]!);
      }
    }
    assert.ok(tris <= est.triangles, `${tris} triangles within the estimate ${est.triangles}`);
    assert.ok(tris <= 20000, 'a prop stays light enough for a level full of them');
    const defaults = typeof prop.defaultMaterials === 'function' ? prop.defaultMaterials(params as never) : prop.defaultMaterials;
    assert.deepEqual(Object.keys(defaults).sort(), [...prop.slots].sort(), 'a default material per slot');
    for (const id of Object.values(defaults)) assert.ok(getMaterialPreset(id), `default material ${id} is a preset`);
    if (Number.isFinite(min[1])) {
      const size = [0, 1, 2].map((k) => max[k]! - min[k]!);
      assert.ok(size.every((d) => d < 30) && Math.max(...size) > 0.01, `real-world size ${size.map((d) => d.toFixed(2))}`);
      if (prop.prop.placement.includes('ceiling')) assert.ok(max[1]! <= 0.01, 'ceiling props hang below their origin');
      else assert.ok(min[1]! >= -0.01, `base on the floor (min y ${min[1]!.toFixed(3)})`);
      if (prop.prop.surfaceHeight) {
        const h = prop.prop.surfaceHeight(params as never);
        assert.ok(h > 0 && h <= max[1]! + 0.01, `surface height ${h} within the prop`);
      }
    }
    const again = prop.generate(Geometry.parse({ type: prop.type }) as never, { seed: 11 });
    assert.deepEqual(again.map((p) => p.mesh.positions), parts.map((p) => p.mesh.positions), 'deterministic');
  });
}
