import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildScene } from '../../src/pipeline/build.js';
import { generateStoryboard } from '../../src/pipeline/generate.js';
import { refineStoryboard, undoRefinement, readHistory } from '../../src/pipeline/storyboard-folder.js';
import { storyboardLayout } from '../../src/pipeline/storyboard-layout.js';
import { renderScene } from '../../src/pipeline/render.js';
import type { ProgressEvent } from '../../src/pipeline/progress.js';
import { Canvas3dError, SpecError } from '../../src/core/errors.js';
import { findChromium } from '../../src/render/chromium.js';
import { makeSpec, tempDir, khronosValidate } from '../helpers.js';

const cancelled = (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_CANCELLED';
const hasChromium = (() => {
  try {
    return !!findChromium();
  } catch {
    return false;
  }
})();

test('buildScene validates, builds and writes, reporting each stage', async () => {
  const out = path.join(tempDir(), 'scene.glb');
  const events: ProgressEvent[] = [];
  const r = await buildScene({ spec: JSON.stringify(makeSpec()), output: out, onProgress: (e) => events.push(e) });
  assert.deepEqual(events.map((e) => e.stage), ['validate', 'build', 'write']);
  assert.deepEqual(r.files, [out]);
  assert.equal(r.bytes, readFileSync(out).byteLength);
  assert.equal(r.stats.lights, 1);
  assert.equal((await khronosValidate(readFileSync(out))).issues.numErrors, 0);
});

test('buildScene throws a SpecError with every issue, and writes nothing', async () => {
  const dir = tempDir();
  const bad = makeSpec({ objects: [{ geometry: { type: 'box', size: [1, -1, 1] } }, { geometry: { type: 'sphere', radius: 'big' } }] as never });
  await assert.rejects(buildScene({ spec: bad, output: path.join(dir, 'x.glb') }), (e: unknown) => {
    assert.ok(e instanceof SpecError);
    assert.ok(e.issues.some((i) => i.path === 'objects[0].geometry.size[1]'));
    assert.ok(e.issues.some((i) => i.path === 'objects[1].geometry.radius'));
    return true;
  });
  assert.deepEqual(readdirSync(dir), []);
});

test('a cancelled build stops at the next stage and writes nothing', async () => {
  const dir = tempDir();
  const ac = new AbortController();
  const run = buildScene({ spec: makeSpec(), output: path.join(dir, 'x.glb'), signal: ac.signal, onProgress: (e) => e.stage === 'build' && ac.abort() });
  await assert.rejects(run, cancelled);
  assert.deepEqual(readdirSync(dir), []);
});

test('generateStoryboard writes the folder its layout names, with progress by stage', async () => {
  const dir = path.join(tempDir(), 'board');
  const stages: string[] = [];
  const r = await generateStoryboard({ text: 'Two knights face each other across a table in the castle hall.', outDir: dir, render: false, frames: 3, onProgress: (e) => stages.push(e.stage) });
  assert.deepEqual(stages, ['plan', 'build', 'write']);
  const layout = storyboardLayout(dir);
  for (const f of [layout.scene, layout.glb, layout.description, layout.storyboard, layout.report]) assert.ok(existsSync(f), f);
  assert.equal(r.spec.shots.length, 3);
  for (const s of r.spec.shots) assert.ok(existsSync(layout.prompt(s.id)), s.id);
  const board = JSON.parse(readFileSync(layout.storyboard, 'utf8')) as { shots: { prompt: string }[] };
  assert.ok(board.shots.every((s) => existsSync(path.join(dir, s.prompt))), 'storyboard.json links the prompts that exist');
});

test('a cancelled generate leaves no folder behind', async () => {
  const dir = path.join(tempDir(), 'board');
  const ac = new AbortController();
  await assert.rejects(generateStoryboard({ text: 'A cat on a table.', outDir: dir, render: false, signal: ac.signal, onProgress: (e) => e.stage === 'build' && ac.abort() }), cancelled);
  assert.equal(existsSync(dir), false);
});

test('refineStoryboard changes the scene with a history entry, and undo restores it', async () => {
  const dir = path.join(tempDir(), 'board');
  await generateStoryboard({ text: 'A woman sits at a table in a kitchen at night.', outDir: dir, render: false, frames: 2 });
  const layout = storyboardLayout(dir);
  const before = readFileSync(layout.scene, 'utf8');
  const r = await refineStoryboard({ dir, feedback: 'make it warmer' });
  assert.ok(r.changes.length > 0);
  assert.notEqual(readFileSync(layout.scene, 'utf8'), before);
  assert.equal(readHistory(dir).length, 1);
  assert.ok(existsSync(path.join(dir, layout.snapshot(1).scene)));
  await undoRefinement({ dir });
  assert.equal(readFileSync(layout.scene, 'utf8'), before);
  assert.equal(readHistory(dir).length, 0);
  await assert.rejects(undoRefinement({ dir }), (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_REFINE');
});

test('a cancelled render stops within one frame', { skip: !hasChromium && 'Chromium not installed' }, async () => {
  const outDir = path.join(tempDir(), 'frames');
  const spec = makeSpec({ shots: ['a', 'b', 'c'].map((id) => ({ id, camera: 'cam' })) });
  const ac = new AbortController();
  const run = renderScene({ scene: spec, outDir, width: 64, height: 36, quality: 'draft', signal: ac.signal, onProgress: (e) => e.stage === 'render' && e.step === 1 && e.message.startsWith('a ') && ac.abort() });
  await assert.rejects(run, cancelled);
  const files = readdirSync(outDir);
  assert.ok(files.includes('a.png'), files.join(', '));
  assert.ok(!files.includes('c.png') && !files.includes('render.json'), files.join(', '));
});

test('render checks its frames: a black frame and a subject out of shot are noted in render.json and on the card', { skip: !hasChromium && 'Chromium not installed' }, async () => {
  const outDir = path.join(tempDir(), 'frames');
  const spec = makeSpec({
    objects: [{ id: 'cube', geometry: { type: 'box', size: [1, 2, 3] }, material: 'house_paint_eggshell' }],
    environment: { background: '#000000' },
    cameras: [{ id: 'cam', position: [4, 2, 6], target: [0, 0, 0], focalLengthMm: 35 }, { id: 'away', position: [4, 2, 6], target: [8, 2, 12], focalLengthMm: 35 }],
    shots: [
      { id: 'dark', camera: 'cam', shotSize: 'MS', subjects: ['cube'], look: { exposureEv: -14 } },
      { id: 'away', camera: 'away', shotSize: 'MS', subjects: ['cube'] },
      { id: 'fine', camera: 'cam', shotSize: 'WS', subjects: ['cube'] },
    ],
  });
  const r = await renderScene({ scene: spec, outDir, width: 96, height: 54, quality: 'draft', passes: ['mask'], storyboard: true });
  const byId = new Map(r.checks.map((c) => [c.id, c]));
  assert.ok(byId.get('dark')!.findings.some((f) => f.note === 'frame too dark'), JSON.stringify(byId.get('dark')));
  assert.equal(byId.get('away')!.status, 'fail', JSON.stringify(byId.get('away')));
  assert.equal(byId.get('fine')!.status, 'ok', JSON.stringify(byId.get('fine')));
  assert.ok(r.warnings.some((w) => w.startsWith('dark (MS): frame nearly black')), r.warnings.join('\n'));
  assert.ok(r.warnings.some((w) => w.startsWith('away (MS): cube not in frame')), r.warnings.join('\n'));
  const manifest = JSON.parse(readFileSync(path.join(outDir, 'render.json'), 'utf8')) as { shots: { id: string; check: { status: string; notes: string[] } }[] };
  assert.deepEqual(manifest.shots.map((s) => s.check.status), ['warn', 'fail', 'ok']);
  assert.match(readFileSync(path.join(outDir, 'storyboard.html'), 'utf8'), /⚠ frame too dark/);
});
