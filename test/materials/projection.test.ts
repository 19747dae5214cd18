import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectUvs, splitBySlope } from '../../src/materials/projection.js';
import { generateGeometry, Geometry } from '../../src/geometry/registry.js';
import type { MeshData } from '../../src/geometry/mesh.js';

const mesh = (params: unknown): MeshData => generateGeometry(Geometry.parse(params), { seed: 0 })[0]!.mesh;
const range = (xs: Float32Array, offset: number) => {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = offset; i < xs.length; i += 2) {
    lo = Math.min(lo, xs[i]!);
    hi = Math.max(hi, xs[i]!);
  }
  return hi - lo;
};

test('box projection keeps real-world texel size: a 4 m wall spans 8 tiles of 0.5 m', () => {
  const wall = projectUvs(mesh({ type: 'box', size: [4, 2, 0.2] }), 'box', 0.5);
  assert.ok(Math.abs(range(wall.uvs, 0) - 8) < 1e-5);
  assert.ok(Math.abs(range(wall.uvs, 1) - 4) < 1e-5, 'the 2 m height spans 4 tiles');
  assert.equal(wall.indices.length, 36);
  // The object's world scale is honoured: the same box scaled ×2 spans twice the tiles.
  const scaled = projectUvs(mesh({ type: 'box', size: [4, 2, 0.2] }), 'box', 0.5, [2, 2, 2]);
  assert.ok(Math.abs(range(scaled.uvs, 0) - 16) < 1e-5);
});

test('planar projection maps the ground plan; UVs follow x and z', () => {
  const floor = projectUvs(mesh({ type: 'plane', size: [6, 3] }), 'planar', 1);
  assert.ok(Math.abs(range(floor.uvs, 0) - 6) < 1e-5);
  assert.ok(Math.abs(range(floor.uvs, 1) - 3) < 1e-5);
});

test('cylindrical and spherical projections wrap a whole number of tiles with no stretched seam face', () => {
  for (const [mode, params] of [['cylindrical', { type: 'cylinder', radius: 1, height: 2, radialSegments: 24 }], ['spherical', { type: 'sphere', radius: 1 }]] as const) {
    const m = projectUvs(mesh(params), mode, 0.5);
    const around = Math.round((2 * Math.PI) / 0.5);
    for (let t = 0; t < m.indices.length; t += 3) {
      const us = [0, 1, 2].map((k) => m.uvs[m.indices[t + k]! * 2]!);
      assert.ok(Math.max(...us) - Math.min(...us) < around / 4, `${mode}: a face spans ${Math.max(...us) - Math.min(...us)} tiles`);
    }
    assert.ok(m.positions.length >= mesh(params).positions.length, 'seam vertices are split, never lost');
  }
});

test('slope split sends steep faces to the second material', () => {
  const box = mesh({ type: 'box', size: [1, 1, 1] });
  const [flat, steep] = splitBySlope(box, 0.5, false, (n) => n);
  assert.equal(flat.indices.length / 3, 2, 'only the top face is flat enough');
  assert.equal(steep.indices.length / 3, 10);
  // Rotated upside down, the old bottom face is now the one that faces up.
  const [flipped] = splitBySlope(box, 0.5, false, ([x, y, z]) => [x, -y, -z]);
  assert.equal(flipped.indices.length / 3, 2);
  for (const part of [flat, steep]) for (const i of part.indices) assert.ok(i < part.positions.length / 3);
});
