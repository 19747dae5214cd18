import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, khronosValidate } from '../helpers.js';

/** A GLB file's JSON chunk: what a loader reads first to decide whether it can load the file. */
function glbJson(file: string): { extensionsUsed?: string[]; extensionsRequired?: string[] } {
  const glb = readFileSync(file);
  return JSON.parse(glb.subarray(20, 20 + glb.readUInt32LE(12)).toString('utf8'));
}

test('canvas3d dungeon writes a valid GLB and a JSON summary with rooms, props, triangles, instances and timings', async () => {
  const dir = tempDir();
  const out = path.join(dir, 'level.glb');
  const r = runCli(['dungeon', '--rooms', '8', '--props', '20', '--materials', '12', '--lights', '6', '--seed', '3', '-o', out, '--json', '--spec', path.join(dir, 'level.json')]);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.rooms, 8);
  assert.equal(s.props, 20);
  assert.equal(s.lights, 6);
  assert.equal(s.materials, 12);
  assert.ok(s.triangles > 0 && s.instances > 0);
  for (const k of ['generateMs', 'buildMs', 'optimizeMs', 'writeMs', 'totalMs']) assert.equal(typeof s.timings[k], 'number');
  assert.equal((await khronosValidate(new Uint8Array(readFileSync(out)))).issues.numErrors, 0);
  assert.ok(!glbJson(out).extensionsUsed?.includes('EXT_mesh_gpu_instancing'), 'repeats are nodes sharing a mesh by default');
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'level.json'), 'utf8')).version, 1);
});

test('canvas3d dungeon --gpu-instancing batches repeats and lists the extension as required', async () => {
  const dir = tempDir();
  const out = path.join(dir, 'level.glb');
  const r = runCli(['dungeon', '--rooms', '4', '--props', '12', '--lights', '2', '--gpu-instancing', '-o', out, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).instances > 0);
  assert.ok(glbJson(out).extensionsRequired?.includes('EXT_mesh_gpu_instancing'));
  assert.equal((await khronosValidate(new Uint8Array(readFileSync(out)))).issues.numErrors, 0);
});

test('canvas3d dungeon rejects bad parameters by name, writing nothing', () => {
  const dir = tempDir();
  const out = path.join(dir, 'x.glb');
  for (const [args, re] of [
    [['--rooms', '0'], /--rooms: must be >= 1/],
    [['--props', '1000000000'], /--props/],
    [['--theme', 'space'], /--theme/],
    [['--rooms', 'many'], /--rooms: .*number/],
    [['--rooms', '1', '--props', '190', '--lights', '0'], /--props: the rooms are full/],
  ] as [string[], RegExp][]) {
    const r = runCli(['dungeon', ...args, '-o', out]);
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    assert.doesNotMatch(r.stderr, /\n\s+at /);
  }
  assert.deepEqual(readdirSync(dir), []);
});

test('canvas3d optimize adds LODs and instancing and reports mesh problems; voxel converts .vox both ways', () => {
  const dir = tempDir();
  const level = path.join(dir, 'level.glb');
  assert.equal(runCli(['dungeon', '--rooms', '4', '--props', '12', '--lights', '2', '--no-quantize', '-o', level]).status, 0);
  const out = path.join(dir, 'opt.glb');
  const r = runCli(['optimize', level, '-o', out, '--lod', '--instance', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.ok(s.instances > 0);
  assert.ok(s.lod.meshes > 0);
  assert.ok(glbJson(out).extensionsRequired?.includes('EXT_mesh_gpu_instancing'), 'GPU instancing is required once written');
  assert.equal(s.meshReport.nonFinite, 0);
  assert.equal(s.meshReport.degenerateTriangles, 0);
  const missing = runCli(['optimize', path.join(dir, 'nope.glb'), '-o', out]);
  assert.equal(missing.status, 1);
  const vox = path.join(dir, 'tree.vox');
  assert.equal(runCli(['voxel', '--shape', 'tree', '--size', '12x20x12', '-o', vox]).status, 0);
  const glb = path.join(dir, 'tree.glb');
  const v = runCli(['voxel', vox, '-o', glb, '--json']);
  assert.equal(v.status, 0, v.stderr);
  assert.ok(JSON.parse(v.stdout).triangles > 0);
  assert.ok(existsSync(glb));
});
