import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { readVox, writeVox, VoxError } from '../../src/geometry/voxel/vox.js';
import { voxelShape } from '../../src/geometry/voxel/shapes.js';
import { greedyMesh } from '../../src/geometry/voxel/greedy.js';
import { createModel, set, count } from '../../src/geometry/voxel/model.js';
import { meshBounds } from '../../src/geometry/mesh.js';
import { buildGlb, khronosValidate, readGlb, tempDir } from '../helpers.js';

test('.vox files round-trip: size, voxels and palette', () => {
  const m = voxelShape('house', [14, 12, 10], 4);
  m.palette[9] = 0x11223344;
  const back = readVox(writeVox(m));
  assert.deepEqual(back.size, m.size);
  assert.deepEqual(back.voxels, m.voxels);
  assert.equal(back.palette[9], 0x11223344);
  assert.throws(() => readVox(new TextEncoder().encode('not a vox file at all')), VoxError);
});

test('greedy meshing merges faces: a solid 10³ cube is 12 triangles; each colour is its own mesh', () => {
  const m = createModel([10, 10, 10]);
  for (let z = 0; z < 10; z++) for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) set(m, x, y, z, 3);
  const meshes = greedyMesh(m, 0.1);
  assert.equal(meshes.size, 1);
  const cube = meshes.get(3)!;
  assert.equal(cube.indices.length / 3, 12);
  const b = meshBounds(cube);
  assert.deepEqual(b.min.map((v) => Math.round(v * 1e6) / 1e6), [-0.5, 0, -0.5]);
  assert.deepEqual(b.max.map((v) => Math.round(v * 1e6) / 1e6), [0.5, 1, 0.5]);
  set(m, 0, 9, 0, 7);
  const two = greedyMesh(m, 0.1);
  assert.deepEqual([...two.keys()], [3, 7]);
  // Far fewer triangles than one quad per exposed voxel face.
  const terrain = voxelShape('terrain', [32, 16, 32], 1);
  const tris = [...greedyMesh(terrain, 0.1).values()].reduce((s, mesh) => s + mesh.indices.length / 3, 0);
  assert.ok(tris < count(terrain) * 2, `${tris} triangles for ${count(terrain)} voxels`);
});

test('voxel objects build from a .vox file and from shapes, with palette colours as materials', async () => {
  const dir = tempDir();
  const model = voxelShape('tower', [12, 20, 12], 2);
  writeFileSync(path.join(dir, 'tower.vox'), writeVox(model));
  const bytes = await buildGlb({ version: 1, objects: [{ id: 'tower', geometry: { type: 'voxel', shape: 'file', file: 'tower.vox', voxelSize: 0.25 } }, { id: 'tree', geometry: { type: 'voxel', shape: 'tree' }, position: [5, 0, 0] }] }, dir);
  const doc = await readGlb(bytes);
  const tower = doc.getRoot().listNodes().find((n) => (n.getExtras() as { id?: string }).id === 'tower')!;
  const pos = tower.getMesh()!.listPrimitives()[0]!.getAttribute('POSITION')!;
  assert.ok(Math.abs(pos.getMax([])[1]! - 20 * 0.25) < 1e-5, 'voxel size scales the model');
  const treeMaterials = doc.getRoot().listNodes().find((n) => (n.getExtras() as { id?: string }).id === 'tree')!.getMesh()!.listPrimitives().map((p) => p.getMaterial()!.getBaseColorFactor());
  assert.ok(treeMaterials.length >= 2, 'wood and leaves');
  assert.equal((await khronosValidate(bytes)).issues.numErrors, 0);
});
