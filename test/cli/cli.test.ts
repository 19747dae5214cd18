import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, EXAMPLES, khronosValidate } from '../helpers.js';

const example = path.join(EXAMPLES, 'studio-product-shot.json');
const noStack = (s: string) => assert.doesNotMatch(s, /\n\s+at .+:\d+:\d+/, 'no stack trace');

test('validate: a good spec exits 0 and --json describes it', () => {
  const r = runCli(['validate', example, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.ok, true);
  assert.equal(out.lights, 3);
  assert.equal(out.cameras, 1);
  const plain = runCli(['validate', example]);
  assert.match(plain.stdout, /valid SceneSpec v1/);
});

test('validate: a bad spec exits 1 with every error on stderr, each with its JSON path', () => {
  const dir = tempDir();
  const file = path.join(dir, 'bad.json');
  writeFileSync(file, JSON.stringify({ version: 1, objects: [{ geometry: { type: 'box', size: [1, -1, 1] } }, { geometry: { type: 'sphere', radius: 'big' } }], lights: [{ type: 'point' }] }));
  const r = runCli(['validate', file]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trim().split('\n');
  assert.ok(lines.some((l) => l.includes('objects[0].geometry.size[1]: must be > 0')), r.stderr);
  assert.ok(lines.some((l) => l.includes('objects[1].geometry.radius: expected number, got string')), r.stderr);
  assert.ok(lines.some((l) => l.includes('lights[0].position')), r.stderr);
  assert.ok(lines.every((l) => l.startsWith(`${file}: `)), 'each line names the file');
  noStack(r.stderr);
  const json = runCli(['validate', file, '--json']);
  assert.equal(json.status, 1);
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.ok, false);
  assert.ok(parsed.errors.some((e: { path: string }) => e.path === 'objects[0].geometry.size[1]'));
});

test('validate reads stdin with "-"', () => {
  const r = runCli(['validate', '-'], { input: '{"version":1}' });
  assert.equal(r.status, 0, r.stderr);
  const bad = runCli(['validate', '-'], { input: 'not json' });
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /<stdin>: not valid JSON/);
});

test('missing files and not-JSON exit 1 with one clear line', () => {
  const missing = runCli(['validate', 'nope/missing.json']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nope\/missing\.json: file not found/);
  noStack(missing.stderr);
  const dir = tempDir();
  writeFileSync(path.join(dir, 'empty.json'), '');
  const empty = runCli(['validate', path.join(dir, 'empty.json')]);
  assert.equal(empty.status, 1);
  assert.match(empty.stderr, /empty/);
});

test('build writes a valid GLB and a .gltf with its resources; --json reports counts', async () => {
  const dir = tempDir();
  const glb = path.join(dir, 'out', 'shot.glb');
  const r = runCli(['build', example, '-o', glb, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.ok, true);
  assert.equal(summary.lights, 3);
  assert.ok(summary.triangles > 0 && summary.bytes === readFileSync(glb).length);
  const report = await khronosValidate(new Uint8Array(readFileSync(glb)));
  assert.equal(report.issues.numErrors, 0);

  const gltf = path.join(dir, 'room', 'room.gltf');
  const g = runCli(['build', path.join(EXAMPLES, 'room-interior.json'), '-o', gltf]);
  assert.equal(g.status, 0, g.stderr);
  const json = JSON.parse(readFileSync(gltf, 'utf8'));
  assert.equal(json.buffers[0].uri, 'room.bin');
  assert.ok(existsSync(path.join(dir, 'room', 'room.bin')));
  for (const image of json.images) assert.ok(existsSync(path.join(dir, 'room', image.uri)), image.uri);
});

test('a failed build leaves no output file and no temp files', () => {
  const dir = tempDir();
  const spec = path.join(dir, 'big.json');
  writeFileSync(spec, JSON.stringify({ version: 1, objects: [{ geometry: { type: 'sphere', widthSegments: 256, heightSegments: 128 } }], budgets: { maxTriangles: 100 } }));
  const out = path.join(dir, 'big.glb');
  const r = runCli(['build', spec, '-o', out]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /budgets\.maxTriangles/);
  assert.deepEqual(readdirSync(dir), ['big.json']);
});

test('usage errors exit 2; --help works on every command', () => {
  assert.equal(runCli([]).status, 2);
  assert.equal(runCli(['frobnicate']).status, 2);
  const noOut = runCli(['build', example]);
  assert.equal(noOut.status, 2);
  assert.match(noOut.stderr, /--output/);
  const badExt = runCli(['build', example, '-o', 'scene.obj']);
  assert.equal(badExt.status, 2);
  assert.match(badExt.stderr, /\.glb or \.gltf/);
  for (const cmd of [[], ['validate'], ['build'], ['schema']]) {
    const h = runCli([...cmd, '--help']);
    assert.equal(h.status, 0, `${cmd.join(' ')} --help`);
    assert.match(h.stdout, /Usage: canvas3d/);
  }
});

test('schema prints the JSON Schema', () => {
  const r = runCli(['schema']);
  assert.equal(r.status, 0);
  const schema = JSON.parse(r.stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.ok(schema.properties.objects);
});

test('--library adds a user\'s materials for every command; a bad library file names the field', () => {
  const dir = tempDir();
  const lib = path.join(dir, 'studio.jsonc');
  writeFileSync(lib, `{
    // our paint shop's swatches
    "materials": [{ "id": "studio_teal_paint", "family": "paint", "tags": ["teal"], "pbr": { "baseColor": "#1f7a7a", "roughness": 0.7, "metallic": 0 }, "source": "paint shop swatch card" }],
  }`);
  const spec = path.join(dir, 'spec.json');
  writeFileSync(spec, JSON.stringify({ version: 1, objects: [{ geometry: { type: 'box' }, material: 'studio_teal_paint' }] }));
  const without = runCli(['validate', spec]);
  assert.equal(without.status, 1);
  assert.match(without.stderr, /objects\[0\]\.material: unknown material "studio_teal_paint"/);
  assert.equal(runCli(['validate', spec, '--library', lib]).status, 0);
  assert.equal(runCli(['--library', lib, 'validate', spec]).status, 0, 'before the command too');
  const out = path.join(dir, 'teal.glb');
  const built = runCli(['build', spec, '-o', out, '--library', lib]);
  assert.equal(built.status, 0, built.stderr);
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ materials: [{ id: 'x', family: 'paint', pbr: { roughness: 3 } }] }));
  const r = runCli(['validate', spec, '--library', bad]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /materials\[0\]\.pbr\.roughness/);
  noStack(r.stderr);
});

test('outputs the system refuses are the user\'s to fix: exit 1 naming the path, never a crash or a hang', () => {
  const dir = tempDir();
  const file = path.join(dir, 'plain');
  writeFileSync(file, 'x');
  const underFile = runCli(['build', example, '-o', path.join(file, 'out.glb')]);
  assert.equal(underFile.status, 1, underFile.stderr);
  assert.match(underFile.stderr, /plain is a file, not a folder/);
  const folder = path.join(dir, 'scene.glb');
  mkdirSync(folder);
  const onFolder = runCli(['build', example, '-o', folder]);
  assert.equal(onFolder.status, 1);
  assert.match(onFolder.stderr, /scene\.glb: cannot write \(is a folder\)/);
  if (existsSync('/proc/self')) {
    const proc = runCli(['build', example, '-o', '/proc/canvas3d-test/out.glb']);
    assert.equal(proc.status, 1);
    assert.match(proc.stderr, /proc pseudo-filesystem/);
    const gen = runCli(['generate', 'a cat on a table', '-o', '/proc/canvas3d-test', '--no-render']);
    assert.equal(gen.status, 1);
  }
  for (const r of [underFile, onFolder]) {
    assert.doesNotMatch(r.stderr, /internal error/);
    noStack(r.stderr);
  }
});
