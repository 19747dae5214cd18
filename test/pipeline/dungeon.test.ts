import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDungeon } from '../../src/pipeline/dungeon.js';
import type { ProgressEvent } from '../../src/pipeline/progress.js';
import { Canvas3dError, exitCodeFor } from '../../src/core/errors.js';
import { DungeonError, generateDungeon } from '../../src/worlds/dungeon.js';

const SMALL = { rooms: 4, props: 10, lights: 2, materials: 8, seed: 2 };

test('buildDungeon generates, validates, builds and optimises, reporting each stage and every generation step', async () => {
  const events: ProgressEvent[] = [];
  const r = await buildDungeon({ ...SMALL, onProgress: (e) => events.push(e) });
  assert.deepEqual([...new Set(events.map((e) => e.stage))], ['generate', 'validate', 'build', 'optimize']);
  const steps = events.filter((e) => e.stage === 'generate' && e.step > 0);
  assert.deepEqual(steps.map((e) => `${e.step}/${e.total}`), ['1/4', '2/4', '3/4', '4/4']);
  assert.equal(r.summary.props, 10);
  assert.equal(r.summary.lights, 2);
  assert.equal(r.document.getRoot().listNodes().filter((n) => n.getMesh()).length, 1 + r.summary.props + r.summary.fixtures);
  assert.deepEqual(Object.keys(r.timings), ['generateMs', 'validateMs', 'buildMs', 'optimizeMs']);
  assert.deepEqual(r.spec, generateDungeon(SMALL).spec, 'the spec is the generator\'s, unchanged');
});

test('bad parameters are C3D_INPUT_INVALID naming the parameter; a full level names props', async () => {
  await assert.rejects(buildDungeon({ ...SMALL, rooms: 0 }), (e: unknown) => {
    assert.ok(e instanceof Canvas3dError);
    assert.equal(e.code, 'C3D_INPUT_INVALID');
    assert.equal(exitCodeFor(e), 1);
    assert.equal(e.issues[0]!.path, 'rooms');
    return true;
  });
  await assert.rejects(buildDungeon({ rooms: 1, props: 190, lights: 0 }), (e: unknown) => {
    assert.ok(e instanceof Canvas3dError && e.code === 'C3D_INPUT_INVALID');
    assert.equal(e.issues[0]!.path, 'props');
    assert.match(e.issues[0]!.message, /the rooms are full/);
    assert.ok(e.cause instanceof DungeonError);
    return true;
  });
});

test('DungeonError is a Canvas3dError that keeps its parameter path', () => {
  assert.throws(
    () => generateDungeon({ rooms: 1, props: 190, lights: 0 }),
    (e: unknown) => e instanceof DungeonError && e instanceof Canvas3dError && e.code === 'C3D_INPUT_INVALID' && e.path === 'props' && e.issues[0]!.path === 'props',
  );
});

test('a cancelled signal stops the work between and inside stages', async () => {
  const before = new AbortController();
  before.abort();
  await assert.rejects(buildDungeon({ ...SMALL, signal: before.signal }), (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_CANCELLED');
  // Cancelled during generation: the next generation step stops it, and nothing is built.
  const during = new AbortController();
  const stages: string[] = [];
  const run = buildDungeon({
    ...SMALL,
    signal: during.signal,
    onProgress: (e) => {
      stages.push(e.stage);
      if (e.stage === 'generate' && e.step === 2) during.abort();
    },
  });
  await assert.rejects(run, (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_CANCELLED');
  assert.ok(!stages.includes('build'), `stages: ${stages.join(', ')}`);
});
