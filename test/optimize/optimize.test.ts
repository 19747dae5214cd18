import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Document } from '@gltf-transform/core';
import { addLods } from '../../src/optimize/lod.js';
import { optimizeDocument } from '../../src/optimize/optimize.js';
import { meshReport } from '../../src/optimize/mesh-report.js';
import { buildGlb, readGlb, khronosValidate, makeSpec } from '../helpers.js';
import { toGlb } from '../../src/gltf/write.js';
import type { Lod } from '../../src/optimize/msft-lod.js';

const barrels = makeSpec({
  quality: 'ultra_lite',
  objects: Array.from({ length: 6 }, (_, i) => ({ id: `barrel-${i}`, geometry: { type: 'barrel' as const }, position: [i * 1.0, 0, 0] as [number, number, number] })),
});

test('LOD chains: strictly fewer triangles per level, within the requested error, written as MSFT_lod', async () => {
  const doc = await readGlb(await buildGlb(barrels));
  const report = await addLods(doc, { ratios: [0.5, 0.25, 0.12], error: 0.05, proxy: true });
  assert.ok(report.meshes >= 1);
  for (const level of report.levels) {
    for (let i = 1; i < level.triangles.length; i++) assert.ok(level.triangles[i]! < level.triangles[i - 1]!, `${level.mesh}: ${level.triangles.join(' > ')}`);
    for (const e of level.errors) assert.ok(e <= 0.05 + 1e-9, `error ${e} within 0.05`);
    assert.equal(level.triangles[level.triangles.length - 1], 12, 'a box proxy closes the chain');
  }
  const bytes = await toGlb(doc);
  const back = await readGlb(bytes);
  const node = back.getRoot().listNodes().find((n) => n.getExtension('MSFT_lod'))!;
  const lod = node.getExtension<Lod>('MSFT_lod')!;
  assert.ok(lod.listLevels().length >= 2);
  const coverage = (node.getExtras() as { MSFT_screencoverage: number[] }).MSFT_screencoverage;
  assert.equal(coverage.length, lod.listLevels().length + 1);
  for (let i = 1; i < coverage.length; i++) assert.ok(coverage[i]! < coverage[i - 1]!);
  assert.equal((await khronosValidate(bytes)).issues.numErrors, 0);
});

test('instancing batches repeated meshes; meshopt compresses and stays readable', async () => {
  const doc = await readGlb(await buildGlb(barrels));
  const plain = (await toGlb(doc)).byteLength;
  const r = await optimizeDocument(doc, { instance: 2, meshopt: true });
  assert.equal(r.instances, 6);
  const bytes = await toGlb(doc);
  assert.ok(bytes.byteLength < plain, `${bytes.byteLength} < ${plain}`);
  const back = await readGlb(bytes);
  const used = back.getRoot().listExtensionsUsed();
  assert.ok(used.some((e) => e.extensionName === 'EXT_meshopt_compression'));
  // Instanced nodes have no mesh of their own to fall back on, so a loader without the extension must refuse the file.
  assert.ok(used.find((e) => e.extensionName === 'EXT_mesh_gpu_instancing')?.isRequired(), 'EXT_mesh_gpu_instancing is required');
  assert.equal((await khronosValidate(bytes)).issues.numErrors, 0);
});

test('by default repeats stay nodes sharing one mesh (portable instancing), counted as instances', async () => {
  const doc = await readGlb(await buildGlb(barrels));
  const r = await optimizeDocument(doc);
  assert.equal(r.instances, 6);
  assert.equal(r.after.meshes, 1);
  assert.equal(doc.getRoot().listNodes().filter((n) => n.getMesh()).length, 6);
  assert.ok(!doc.getRoot().listExtensionsUsed().some((e) => e.extensionName === 'EXT_mesh_gpu_instancing'));
});

test('the mesh report finds degenerate triangles, flipped normals, NaNs and non-manifold edges — and none in generated props', async () => {
  const doc = new Document();
  const buffer = doc.createBuffer();
  // Triangle 0 ok (normal +Z), 1 degenerate, 2 with a normal pointing away, plus three faces on one edge.
  const pos = new Float32Array([0, 0, 0, 1, 0, 0, 0, 1, 0, /**/ 0, 0, 0, 1, 0, 0, 2, 0, 0, /**/ 0, 0, 1, 1, 0, 1, 0, 1, 1, /**/ 0, 0, 0, 1, 0, 0, 0, -1, 0, /**/ 0, 0, 0, 1, 0, 0, 0, 0, 1, /**/ 5, 5, NaN, 6, 5, 5, 5, 6, 5]);
  const nor = new Float32Array(pos.length);
  for (let i = 0; i < nor.length; i += 3) nor[i + 2] = 1;
  nor.fill(-1, 20, 27); // triangle 2's normals point to -Z
  const prim = doc.createPrimitive().setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(pos).setBuffer(buffer)).setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(nor).setBuffer(buffer));
  doc.createMesh('bad').addPrimitive(prim);
  const r = meshReport(doc).totals;
  assert.ok(r.degenerateTriangles >= 1);
  assert.ok(r.flippedNormals >= 1);
  assert.ok(r.nonFinite >= 1);
  assert.ok(r.nonManifoldEdges >= 1, 'edge (0,0,0)-(1,0,0) is shared by three faces');
  const good = meshReport(await readGlb(await buildGlb(barrels))).totals;
  assert.deepEqual([good.nonManifoldEdges, good.degenerateTriangles, good.flippedNormals, good.nonFinite], [0, 0, 0, 0]);
});
