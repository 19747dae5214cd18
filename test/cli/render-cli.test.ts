import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { EXAMPLES, runCli, tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at /);

test('canvas3d render writes frames, passes and a manifest; storyboard lays them out', { skip }, () => {
  const dir = tempDir();
  const r = runCli(['render', path.join(EXAMPLES, 'blocking-two-people.json'), '-o', dir, '--width', '160', '--height', '90', '--quality', 'draft', '--passes', 'depth,mask', '--shot', 's4-cu-anna', 's1-two-shot', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const manifest = JSON.parse(r.stdout) as { shots: { id: string; files: Record<string, string> }[]; width: number };
  assert.deepEqual(manifest.shots.map((s) => s.id), ['s4-cu-anna', 's1-two-shot']);
  for (const f of ['s4-cu-anna.png', 's4-cu-anna.depth.png', 's4-cu-anna.depth.exr', 's4-cu-anna.mask.png', 's4-cu-anna.mask.json', 'render.json']) assert.ok(existsSync(path.join(dir, f)), f);
  assert.ok(!existsSync(path.join(dir, 's4-cu-anna.exr')), 'no HDR unless --hdr');
  assert.deepEqual(JSON.parse(readFileSync(path.join(dir, 'render.json'), 'utf8')).shots.length, 2);
  const sb = runCli(['storyboard', dir, '--json', '--columns', '2']);
  assert.equal(sb.status, 0, sb.stderr);
  const files = JSON.parse(sb.stdout) as { html: string; png: string; pdf: string };
  for (const f of [files.html, files.png, files.pdf]) assert.ok(existsSync(f), f);
  assert.deepEqual(readdirSync(dir).filter((f) => f.endsWith('.tmp')), []);
});

test('canvas3d render rejects bad input by name and writes nothing', { skip }, () => {
  const dir = tempDir();
  const out = path.join(dir, 'frames');
  const spec = path.join(EXAMPLES, 'studio-product-shot.json');
  const cases: [string[], number, RegExp][] = [
    [['--passes', 'depth,albedo'], 2, /unknown pass "albedo"/],
    [['--width', '7'], 2, /--width must be a whole number of pixels from 16/],
    [['--quality', 'ultra'], 2, /--quality/],
    [['--shot', 'packshto'], 1, /--shot: unknown shot "packshto"; the scene has packshot/],
  ];
  for (const [args, status, re] of cases) {
    const r = runCli(['render', spec, '-o', out, ...args]);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    noStack(r.stderr);
  }
  const missing = runCli(['render', path.join(dir, 'nope.glb'), '-o', out]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /file not found/);
  assert.ok(!existsSync(out) || readdirSync(out).length === 0, 'nothing written');
});

test('without Chromium, render says how to install it', () => {
  const r = runCli(['render', path.join(EXAMPLES, 'studio-product-shot.json'), '-o', tempDir()], { env: { CHROMIUM_PATH: '/nonexistent/chromium' } });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Chromium was not found .*apt-get install -y chromium/);
  noStack(r.stderr);
});

test('canvas3d storyboard and swatch explain what is wrong', () => {
  const empty = tempDir();
  mkdirSync(path.join(empty, 'x'));
  const sb = runCli(['storyboard', empty]);
  assert.equal(sb.status, 1);
  assert.match(sb.stderr, /no render\.json here; run `canvas3d render/);
  const sw = runCli(['swatch', 'material', 'goldd', '-o', path.join(empty, 's.png')]);
  assert.equal(sw.status, 1);
  assert.match(sw.stderr, /unknown material preset "goldd" — did you mean "gold"\?/);
  const kind = runCli(['swatch', 'texture', 'gold', '-o', path.join(empty, 's.png')]);
  assert.equal(kind.status, 2);
});

test('canvas3d grades lists 30+ grade presets by id and category', () => {
  const r = runCli(['grades', '--json']);
  assert.equal(r.status, 0, r.stderr);
  const grades = JSON.parse(r.stdout) as { id: string; category: string }[];
  assert.ok(grades.length >= 30);
  for (const id of ['neutral', 'cinematic', 'teal_orange', 'noir_bw', 'bleach_bypass', 'vintage', 'warm', 'cool', 'cyberpunk']) assert.ok(grades.some((g) => g.id === id), id);
});
