/**
 * A dungeon GLB must load completely in loaders other than ours: three.js's GLTFLoader (run here in Node) and,
 * where it is installed, Blender's importer each count the meshes and lights the builder reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Document } from '@gltf-transform/core';
import type { Object3D } from 'three';
import { buildDungeon, type DungeonResult } from '../../src/pipeline/dungeon.js';
import { toGlb } from '../../src/gltf/write.js';
import { khronosValidate, tempDir } from '../helpers.js';

const LEVEL = { rooms: 8, props: 30, lights: 6, materials: 15, seed: 3 };

/** What the builder wrote: nodes that draw a mesh (Blender makes one object each) and their primitives (three.js makes one Mesh each). */
function builtCounts(doc: Document): { meshNodes: number; primitives: number; lights: number } {
  const nodes = doc.getRoot().listNodes();
  const drawn = nodes.filter((n) => n.getMesh());
  return {
    meshNodes: drawn.length,
    primitives: drawn.reduce((s, n) => s + n.getMesh()!.listPrimitives().length, 0),
    lights: nodes.filter((n) => n.getExtension('KHR_lights_punctual')).length,
  };
}

/** The GLB's JSON chunk, as a loader sees it before any extension is interpreted. */
function glbJson(glb: Uint8Array): { extensionsUsed?: string[]; extensionsRequired?: string[] } {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength);
  const length = view.getUint32(12, true);
  return JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + length)));
}

let level: Promise<{ result: DungeonResult; glb: Uint8Array }> | undefined;
/** The default output, built once for every test here. */
function defaultLevel() {
  return (level ??= buildDungeon(LEVEL).then(async (result) => ({ result, glb: await toGlb(result.document) })));
}

test('the default GLB draws repeats as nodes sharing a mesh, needs no extension a loader may lack, and validates', async () => {
  const { result, glb } = await defaultLevel();
  const s = result.summary;
  const counts = builtCounts(result.document);
  // One mesh node for the level, one per prop and per fixture.
  assert.equal(counts.meshNodes, 1 + s.props + s.fixtures);
  assert.equal(counts.lights, s.lights);
  assert.ok(s.meshes < counts.meshNodes, `${s.meshes} meshes drawn by ${counts.meshNodes} nodes`);
  assert.ok(s.instances > 0);
  const json = glbJson(glb);
  assert.ok(!json.extensionsUsed?.includes('EXT_mesh_gpu_instancing'), `extensionsUsed: ${json.extensionsUsed?.join(', ')}`);
  const report = await khronosValidate(glb);
  assert.equal(report.issues.numErrors, 0, report.issues.messages.filter((m) => m.severity === 0).map((m) => `${m.code} ${m.pointer ?? ''}`).join(', '));
});

test('GPU instancing, when asked for, is listed in extensionsRequired and still validates', async () => {
  const result = await buildDungeon({ ...LEVEL, gpuInstancing: true });
  const glb = await toGlb(result.document);
  const json = glbJson(glb);
  assert.ok(json.extensionsRequired?.includes('EXT_mesh_gpu_instancing'), `extensionsRequired: ${json.extensionsRequired?.join(', ')}`);
  assert.equal(result.summary.instances, (await defaultLevel()).result.summary.instances, 'the same repeats, batched');
  assert.equal((await khronosValidate(glb)).issues.numErrors, 0);
});

/**
 * The browser globals GLTFLoader needs in Node 20: `self` (for self.URL) and createImageBitmap. Images are not
 * decoded — the counts do not depend on pixels — so the bitmap is a stand-in the loader only passes along.
 */
async function withBrowserGlobals<T>(work: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const saved = { self: g.self, createImageBitmap: g.createImageBitmap };
  g.self = globalThis;
  g.createImageBitmap = async (blob: Blob) => ({ width: 1, height: 1, bytes: (await blob.arrayBuffer()).byteLength, close() {} });
  try {
    return await work();
  } finally {
    Object.assign(g, saved);
  }
}

test("three.js GLTFLoader loads every mesh and light the builder wrote", async () => {
  const { result, glb } = await defaultLevel();
  const { GLTFLoader } = await import('three/examples/jsm/loaders/GLTFLoader.js');
  const scene = await withBrowserGlobals(
    () =>
      new Promise<Object3D>((resolve, reject) => {
        const bytes = glb.slice().buffer;
        new GLTFLoader().parse(bytes, '', (gltf) => resolve(gltf.scene), reject);
      }),
  );
  let meshes = 0;
  let lights = 0;
  scene.traverse((o) => {
    if ((o as { isMesh?: boolean }).isMesh) meshes++;
    if ((o as { isLight?: boolean }).isLight) lights++;
  });
  const expected = builtCounts(result.document);
  assert.equal(meshes, expected.primitives, 'one THREE.Mesh per primitive of every mesh node');
  assert.equal(lights, expected.lights);
});

const hasBlender = spawnSync('blender', ['--version'], { encoding: 'utf8' }).status === 0;

// Debian's Blender 3.4 importer uses numpy.bool, which numpy 1.24 removed; the alias restores it.
const BLENDER_COUNT = [
  'import numpy; numpy.bool = bool',
  'import bpy, json, sys',
  'bpy.ops.wm.read_factory_settings(use_empty=True)',
  'bpy.ops.import_scene.gltf(filepath=sys.argv[-1])',
  "objs = bpy.context.scene.objects",
  "print('COUNTS ' + json.dumps({'mesh': sum(o.type == 'MESH' for o in objs), 'light': sum(o.type == 'LIGHT' for o in objs)}))",
].join('\n');

test("Blender's glTF importer creates every mesh object and light", { skip: hasBlender ? false : 'blender is not on PATH (install it to run this interop check)', timeout: 180_000 }, async () => {
  const { result, glb } = await defaultLevel();
  const file = path.join(tempDir(), 'level.glb');
  writeFileSync(file, glb);
  const r = spawnSync('blender', ['-b', '--factory-startup', '--python-exit-code', '1', '--python-expr', BLENDER_COUNT, '--', file], { encoding: 'utf8', timeout: 170_000 });
  const line = /^COUNTS (.*)$/m.exec(r.stdout);
  assert.ok(line, `no counts from Blender (exit ${r.status}):\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const counts = JSON.parse(line[1]!) as { mesh: number; light: number };
  const expected = builtCounts(result.document);
  assert.deepEqual(counts, { mesh: expected.meshNodes, light: expected.lights });
});
