import { test } from 'node:test';
import assert from 'node:assert/strict';
import { GENERATORS, generateGeometry, estimateGeometry, Geometry } from '../../src/geometry/registry.js';
import { meshBounds, triangleCount, type MeshData } from '../../src/geometry/mesh.js';

const near = (a: number, b: number, tol = 1e-5) => assert.ok(Math.abs(a - b) <= tol, `${a} ≈ ${b}`);

function only(params: unknown): MeshData {
  const parts = generateGeometry(Geometry.parse(params), { seed: 1 });
  assert.equal(parts.length, 1);
  return parts[0]!.mesh;
}

function assertWellFormed(mesh: MeshData, label: string) {
  const vertices = mesh.positions.length / 3;
  assert.equal(mesh.normals.length, vertices * 3, `${label}: one normal per vertex`);
  assert.equal(mesh.uvs.length, vertices * 2, `${label}: one uv per vertex`);
  assert.equal(mesh.indices.length % 3, 0);
  for (const i of mesh.indices) assert.ok(i < vertices, `${label}: index in range`);
  for (let i = 0; i < mesh.normals.length; i += 3) {
    near(Math.hypot(mesh.normals[i]!, mesh.normals[i + 1]!, mesh.normals[i + 2]!), 1, 1e-4);
  }
  for (const v of mesh.positions) assert.ok(Number.isFinite(v));
}

test('every registered generator makes well-formed meshes within its estimate', () => {
  const samples: Record<string, unknown> = {
    box: { type: 'box', size: [1, 2, 3] },
    sphere: { type: 'sphere', radius: 0.5 },
    cylinder: { type: 'cylinder', radius: 0.5, height: 2 },
    cone: { type: 'cone', radius: 1, height: 2 },
    torus: { type: 'torus' },
    plane: { type: 'plane', size: [4, 2], segments: [2, 3] },
    capsule: { type: 'capsule', radius: 0.3, length: 1 },
    extrude: { type: 'extrude', points: [[0, 0], [2, 0], [2, 1], [0, 1]], holes: [[[0.5, 0.25], [1, 0.25], [1, 0.75]]], height: 0.5, bevel: 0.05 },
    array: { type: 'array', of: { type: 'box' }, count: 3 },
  };
  // Props are covered by props.test.ts and levels by level.test.ts; here the primitives and arrays.
  for (const g of GENERATORS.filter((x) => x.type in samples)) {
    const params = Geometry.parse(samples[g.type]);
    const parts = generateGeometry(params, { seed: 1 });
    const est = estimateGeometry(params);
    assert.ok(parts.length <= est.parts, `${g.type}: parts within estimate`);
    const tris = parts.reduce((s, p) => s + triangleCount(p.mesh), 0);
    assert.ok(tris > 0 && tris <= est.triangles, `${g.type}: ${tris} triangles within estimate ${est.triangles}`);
    for (const p of parts) assertWellFormed(p.mesh, g.type);
  }
});

test('primitive bounds match their parameters', () => {
  const box = meshBounds(only({ type: 'box', size: [1, 2, 3] }));
  assert.deepEqual(box, { min: [-0.5, -1, -1.5], max: [0.5, 1, 1.5] });
  const sphere = meshBounds(only({ type: 'sphere', radius: 2 }));
  near(sphere.max[1], 2);
  near(sphere.min[1], -2);
  const plane = meshBounds(only({ type: 'plane', size: [4, 2] }));
  assert.deepEqual([plane.min[1], plane.max[1]], [0, 0]);
  near(plane.max[0], 2);
  near(plane.max[2], 1);
  const capsule = meshBounds(only({ type: 'capsule', radius: 0.3, length: 1 }));
  near(capsule.max[1], 0.8);
  const cone = meshBounds(only({ type: 'cone', radius: 1, height: 2 }));
  near(cone.max[1], 1);
  near(cone.min[1], -1);
});

test('a plane faces up and an extruded floor plan stands on the ground', () => {
  const plane = only({ type: 'plane' });
  for (let i = 0; i < plane.normals.length; i += 3) near(plane.normals[i + 1]!, 1);
  const ex = only({ type: 'extrude', points: [[0, 0], [3, 0], [3, 2], [0, 2]], height: 1.5 });
  const b = meshBounds(ex);
  near(b.min[1], 0);
  near(b.max[1], 1.5);
  // [x, z] points land on world x and z.
  near(b.min[0], 0);
  near(b.max[0], 3);
  near(b.min[2], 0);
  near(b.max[2], 2);
});

test('arrays lay items along the offset, share one mesh and can be centred', () => {
  const parts = generateGeometry(Geometry.parse({ type: 'array', of: { type: 'box' }, count: 4, offset: [2, 0, 0], centered: true }), { seed: 0 });
  assert.equal(parts.length, 4);
  assert.ok(parts.every((p) => p.mesh === parts[0]!.mesh), 'one shared mesh');
  assert.deepEqual(parts.map((p) => p.translation![0]), [-3, -1, 1, 3]);
  const grid = generateGeometry(Geometry.parse({ type: 'array', of: { type: 'box' }, count: [2, 3, 4], offset: [1, 2, 3] }), { seed: 0 });
  assert.equal(grid.length, 24);
  const last = grid[grid.length - 1]!.translation!;
  assert.deepEqual(last, [1, 4, 9]);
  // Nested arrays compose: the outer rotation step turns the inner row (0 and 5 m along X) a quarter per item.
  const ring = generateGeometry(Geometry.parse({ type: 'array', of: { type: 'array', of: { type: 'box' }, count: 2, offset: [5, 0, 0] }, count: 2, offset: [0, 0, 0], rotationStepDeg: [0, 90, 0] }), { seed: 0 });
  const rounded = ring.map((p) => p.translation!.map((v) => Math.round(v * 1000) / 1000 + 0));
  assert.deepEqual(rounded, [[0, 0, 0], [5, 0, 0], [0, 0, 0], [0, 0, -5]]);
});
