import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { validateSpec, validateSpecText } from '../../src/validate/validate.js';
import { makeSpec, tempDir, EXAMPLES } from '../helpers.js';

function issuesOf(input: unknown, baseDir?: string) {
  const r = validateSpec(input, baseDir ? { baseDir } : {});
  assert.equal(r.ok, false, 'expected the spec to be rejected');
  return r.ok ? [] : r.issues;
}

function hasIssue(issues: { path: string; message: string }[], p: string, re: RegExp) {
  assert.ok(
    issues.some((i) => i.path === p && re.test(i.message)),
    `expected an issue at ${p} matching ${re}, got:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`,
  );
}

test('a minimal spec validates and gets defaults and ids', () => {
  const r = validateSpec({ version: 1, objects: [{ geometry: { type: 'sphere' } }, { children: [{ geometry: { type: 'box' } }] }] });
  assert.ok(r.ok);
  if (!r.ok) return;
  assert.equal(r.spec.seed, 0);
  assert.equal(r.spec.budgets.maxTriangles, 5_000_000);
  assert.deepEqual(r.spec.objects.map((o) => o.id), ['sphere-0', 'group-1']);
  assert.equal(r.spec.objects[1]!.children[0]!.id, 'box-1-0');
  assert.deepEqual(r.spec.environment.sky, { type: 'none' });
});

test('unknown keys are errors with a "did you mean"', () => {
  const issues = issuesOf(makeSpec({ materials: { brass: { preset: 'brass', roughnes: 0.3 } as never } }));
  hasIssue(issues, 'materials.brass', /unknown key "roughnes" — did you mean "roughness"\?/);
  hasIssue(issuesOf({ version: 1, objcts: [] }), '', /did you mean "objects"/);
});

test('unknown presets, materials and generators suggest the closest name', () => {
  hasIssue(issuesOf(makeSpec({ objects: [{ geometry: { type: 'box' }, material: 'goldd' }] })), 'objects[0].material', /unknown material "goldd".*did you mean "gold"/);
  hasIssue(issuesOf(makeSpec({ materials: { m: { preset: 'chrom' } } })), 'materials.m.preset', /did you mean "chrome"/);
  hasIssue(issuesOf(makeSpec({ objects: [{ geometry: { type: 'sphre' } as never }] })), 'objects[0].geometry.type', /unknown generator "sphre" — did you mean "sphere"/);
});

test('wrong version, missing and wrong-typed fields name the field', () => {
  hasIssue(issuesOf({ version: 2 }), 'version', /unsupported version/);
  hasIssue(issuesOf({}), 'version', /unsupported version|required/);
  hasIssue(issuesOf(makeSpec({ lights: [{ type: 'point', position: [0, 1, 0] } as never] })), 'lights[0].intensity', /required/);
  hasIssue(issuesOf(makeSpec({ seed: 'seven' as never })), 'seed', /expected number, got string/);
});

test('negative, zero and non-finite sizes are rejected', () => {
  hasIssue(issuesOf(makeSpec({ objects: [{ geometry: { type: 'sphere', radius: -1 } }] })), 'objects[0].geometry.radius', /must be > 0/);
  hasIssue(issuesOf(makeSpec({ objects: [{ geometry: { type: 'box', size: [1, 0, 1] } }] })), 'objects[0].geometry.size[1]', /must be > 0/);
  hasIssue(issuesOf(makeSpec({ objects: [{ scale: 0 }] })), 'objects[0].scale', /./);
  const r = validateSpecText('{"version":1,"objects":[{"geometry":{"type":"box","size":[1e999,1,1]}}]}');
  assert.equal(r.ok, false);
  if (!r.ok) hasIssue(r.issues, 'objects[0].geometry.size[0]', /finite/);
});

test('absurd counts hit limits or budgets before any work', () => {
  hasIssue(issuesOf(makeSpec({ objects: [{ geometry: { type: 'array', of: { type: 'box' }, count: 1_000_000_000 } }] })), 'objects[0].geometry.count', /./);
  const nested = { type: 'array', of: { type: 'array', of: { type: 'sphere', widthSegments: 256, heightSegments: 128 }, count: 1000 }, count: 1000 };
  const issues = issuesOf(makeSpec({ objects: [{ geometry: nested as never }] }));
  hasIssue(issues, 'budgets.maxTriangles', /budget/);
  hasIssue(issues, 'budgets.maxNodes', /budget/);
});

test('10 MB strings, deep nesting and __proto__ keys are refused with a path', () => {
  hasIssue(issuesOf(makeSpec({ name: 'x'.repeat(10 * 1024 * 1024) })), 'name', /must be <= 200 characters|200/);
  let deep: Record<string, unknown> = { id: 'leaf' };
  for (let i = 0; i < 10_000; i++) deep = { children: [deep] };
  const deepIssues = issuesOf({ version: 1, objects: [deep] });
  assert.ok(deepIssues.some((i) => /nested deeper than/.test(i.message) && i.path.startsWith('objects[0]')));
  const proto = validateSpecText('{"version":1,"materials":{"__proto__":{"metallic":1}}}');
  assert.equal(proto.ok, false);
  if (!proto.ok) hasIssue(proto.issues, 'materials.__proto__', /not allowed/);
  const nestedProto = validateSpecText('{"version":1,"objects":[{"geometry":{"type":"box","__proto__":{"size":[1,1,1]}}}]}');
  assert.equal(nestedProto.ok, false);
  assert.equal(({} as Record<string, unknown>).size, undefined, 'Object.prototype untouched');
});

test('not-JSON and empty input get a clear message', () => {
  const bad = validateSpecText('{"version": 1,\n  "objects": [}');
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.issues[0]!.message, /not valid JSON.*line 2/);
  const empty = validateSpecText('  \n');
  assert.equal(empty.ok, false);
  if (!empty.ok) assert.match(empty.issues[0]!.message, /empty/);
  const notObject = validateSpecText('[1,2,3]');
  assert.equal(notObject.ok, false);
});

test('texture paths must stay inside the spec folder', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'scene', 'tex'), { recursive: true });
  copyFileSync(path.join(EXAMPLES, 'textures', 'floor-tiles-basecolor.png'), path.join(dir, 'scene', 'tex', 'ok.png'));
  copyFileSync(path.join(EXAMPLES, 'textures', 'floor-tiles-basecolor.png'), path.join(dir, 'outside.png'));
  symlinkSync(path.join(dir, 'outside.png'), path.join(dir, 'scene', 'tex', 'link.png'));
  writeFileSync(path.join(dir, 'scene', 'tex', 'fake.png'), 'not an image');
  const base = path.join(dir, 'scene');
  const withTexture = (p: string) => makeSpec({ materials: { m: { baseColorTexture: { path: p } } } });
  assert.ok(validateSpec(withTexture('tex/ok.png'), { baseDir: base }).ok);
  hasIssue(issuesOf(withTexture('../outside.png'), base), 'materials.m.baseColorTexture.path', /leaves the spec's folder/);
  hasIssue(issuesOf(withTexture(path.join(dir, 'outside.png')), base), 'materials.m.baseColorTexture.path', /relative/);
  hasIssue(issuesOf(withTexture('tex/link.png'), base), 'materials.m.baseColorTexture.path', /leaves the spec's folder \(through a link\)/);
  hasIssue(issuesOf(withTexture('tex/missing.png'), base), 'materials.m.baseColorTexture.path', /not found/);
  hasIssue(issuesOf(withTexture('tex/fake.png'), base), 'materials.m.baseColorTexture.path', /not a readable PNG/);
  hasIssue(issuesOf(withTexture('tex/ok.gif'), base), 'materials.m.baseColorTexture.path', /must be a \.png or \.jpg or \.jpeg file/);
  const tooBig = { ...withTexture('tex/ok.png'), budgets: { maxTextureSize: 64 } };
  hasIssue(issuesOf(tooBig, base), 'materials.m.baseColorTexture.path', /128×128; budgets.maxTextureSize is 64/);
});

test('references, ids and light units are checked', () => {
  const issues = issuesOf(
    makeSpec({
      objects: [{ id: 'a' }, { id: 'a' }],
      lights: [{ type: 'directional', intensity: { value: 10, unit: 'cd' } }, { type: 'spot', position: [0, 1, 0], target: [0, 1, 0], intensity: { value: 1, unit: 'lx' } }],
      cameras: [{ id: 'cam', position: [0, 0, 1] }, { id: 'cam', position: [0, 0, 0], target: [0, 0, 0] }],
      shots: [{ id: 's', camera: 'camm', subjects: ['b'] }],
    }),
  );
  hasIssue(issues, 'objects[1].id', /duplicate id "a"/);
  hasIssue(issues, 'lights[0].intensity.unit', /"cd" does not apply to a directional light; use lx/);
  hasIssue(issues, 'lights[1].intensity.unit', /does not apply to a spot light/);
  hasIssue(issues, 'lights[1].target', /must differ from position/);
  hasIssue(issues, 'cameras[1].id', /duplicate camera id/);
  hasIssue(issues, 'cameras[1].target', /must differ/);
  hasIssue(issues, 'shots[0].camera', /unknown camera "camm" — did you mean "cam"/);
  hasIssue(issues, 'shots[0].subjects[0]', /unknown object "b"/);
});

test('cameras take a focal length or a field of view, not both', () => {
  hasIssue(issuesOf(makeSpec({ cameras: [{ id: 'c', position: [0, 0, 5], focalLengthMm: 50, verticalFovDeg: 40 }] })), 'cameras[0].verticalFovDeg', /not both/);
});
