import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Geometry, generateGeometry, estimateGeometry } from '../../src/geometry/registry.js';
import { meshBounds, triangleCount } from '../../src/geometry/mesh.js';
import { SILHOUETTES } from '../../src/library/silhouettes.js';

const near = (a: number, b: number, label: string) => assert.ok(Math.abs(a - b) <= 1e-4, `${label}: ${a} ≈ ${b}`);

for (const cls of SILHOUETTES) {
  test(`a ${cls} proxy stands on y = 0, fills its size and stays within its estimate`, () => {
    const size: [number, number, number] = [0.6, 1.6, 2.4];
    const params = Geometry.parse({ type: 'proxy', class: cls, size, label: 'horse' });
    const parts = generateGeometry(params, { seed: 1 });
    const est = estimateGeometry(params);
    assert.ok(parts.length <= est.parts);
    const tris = parts.reduce((s, p) => s + triangleCount(p.mesh), 0);
    assert.ok(tris > 0 && tris <= est.triangles, `${tris} ≤ ${est.triangles}`);
    assert.equal(parts[0]!.name, 'horse');
    const b = meshBounds(parts[0]!.mesh);
    near(b.min[1], 0, `${cls} base`);
    near(b.max[1], size[1], `${cls} height`);
    for (const k of [0, 2]) {
      assert.ok(b.max[k]! - b.min[k]! <= size[k]! + 1e-4, `${cls} within size on axis ${k}`);
      assert.ok(b.max[k]! - b.min[k]! >= 0.6 * size[k]!, `${cls} fills its size on axis ${k}`);
    }
  });
}

test('a quadruped carries its head at the front (+Z), a vehicle has wheels on the ground', () => {
  const horse = meshBounds(generateGeometry(Geometry.parse({ type: 'proxy', class: 'quadruped', size: [0.6, 1.6, 2.4] }), { seed: 1 })[0]!.mesh);
  near(horse.max[2], 1.2, 'head reaches the front');
  const car = generateGeometry(Geometry.parse({ type: 'proxy', class: 'vehicle', size: [1.8, 1.45, 4.6] }), { seed: 1 })[0]!.mesh;
  // Vertices at ground level belong only to the wheels; the body rides above them.
  const ys = Array.from(car.positions.filter((_, i) => i % 3 === 1));
  assert.ok(ys.some((y) => Math.abs(y) < 1e-4));
});
