import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { runCli, tempDir, khronosValidate } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
const noStack = (stderr: string) => assert.doesNotMatch(stderr, /\n\s+at /);
const TEXT = 'A candle-lit tavern at night: two barrels against the wall, a table in the centre. Anna sits at the table facing Ben. They argue.';

test('canvas3d generate --no-render writes the scene, shot list, prompts and report, offline', async () => {
  const dir = path.join(tempDir(), 'out');
  const r = runCli(['generate', TEXT, '--frames', '4', '--genre', 'noir', '--params', '{"contrast": 80}', '--seed', '3', '--no-render', '-o', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.shots.length, 4);
  assert.equal(report.genre, 'noir');
  assert.equal(report.setting.place, 'tavern');
  for (const f of ['scene.json', 'scene.glb', 'storyboard.json', 'report.json', 'description.json', ...report.shots.map((s: { id: string }) => `prompts/${s.id}.json`)]) assert.ok(existsSync(path.join(dir, f)), f);
  assert.ok(!existsSync(path.join(dir, 'frames')), 'no frames without rendering');
  assert.equal((await khronosValidate(new Uint8Array(readFileSync(path.join(dir, 'scene.glb'))))).issues.numErrors, 0);
  const validate = runCli(['validate', path.join(dir, 'scene.json')]);
  assert.equal(validate.status, 0, validate.stderr);
  // The same description and seed give the same scene.
  const again = path.join(tempDir(), 'out');
  assert.equal(runCli(['generate', TEXT, '--frames', '4', '--genre', 'noir', '--params', '{"contrast": 80}', '--seed', '3', '--no-render', '-o', again]).status, 0);
  assert.equal(readFileSync(path.join(again, 'scene.json'), 'utf8'), readFileSync(path.join(dir, 'scene.json'), 'utf8'));
});

test('canvas3d generate rejects bad input clearly and never crashes on odd descriptions', () => {
  const dir = tempDir();
  const cases: [string[], number, RegExp][] = [
    [['generate', '', '-o', dir], 1, /description: the description is empty/],
    [['generate', TEXT, '--frames', '0', '-o', dir], 2, /--frames must be a whole number from 1 to 20/],
    [['generate', TEXT, '--params', '{"lighting": 500}', '-o', dir], 1, /--params\.lighting: must be <= 100/],
    [['generate', TEXT, '--params', '{"lightning": 5}', '-o', dir], 1, /--params/],
    [['generate', TEXT, '--params', 'not json', '-o', dir], 1, /--params: not valid JSON/],
    [['generate', TEXT, '--genre', 'opera', '-o', dir], 2, /--genre/],
  ];
  for (const [args, status, re] of cases) {
    const r = runCli([...args, '--no-render']);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, re);
    noStack(r.stderr);
  }
  const big = path.join(dir, 'big.txt');
  writeFileSync(big, 'a tavern with a barrel. '.repeat(5000));
  const r = runCli(['generate', '--file', big, '-o', path.join(dir, 'big'), '--no-render']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /the description is \d+ KB; the limit is 32 KB/);
  for (const text of ['asdkj qwpoe zzxv', 'Une taverne sombre la nuit avec trois tonneaux.', '夜の酒場、壁際に樽が三つ。']) {
    const out = path.join(dir, `odd-${text.length}`);
    const g = runCli(['generate', text, '-o', out, '--no-render', '--json']);
    assert.equal(g.status, 0, `${text}: ${g.stderr}`);
    const report = JSON.parse(g.stdout);
    assert.ok(report.warnings.length > 0, 'says what it could not understand');
    assert.ok(report.objects.length > 0, 'still a furnished scene');
  }
});

test('canvas3d generate renders a storyboard; refine changes one shot and undo restores it', { skip }, async () => {
  const dir = path.join(tempDir(), 'board');
  const r = runCli(['generate', TEXT, '--frames', '3', '--width', '240', '--height', '135', '--quality', 'draft', '-o', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  const ids: string[] = report.shots.map((s: { id: string }) => s.id);
  for (const f of ['storyboard.html', 'storyboard.png', 'storyboard.pdf', 'frames/render.json', ...ids.flatMap((id) => [`frames/${id}.png`, `frames/${id}.depth.png`, `frames/${id}.mask.png`])]) assert.ok(existsSync(path.join(dir, f)), f);
  const before = readFileSync(path.join(dir, 'scene.json'), 'utf8');
  const framePngs = ids.map((id) => readFileSync(path.join(dir, 'frames', `${id}.png`)));
  type Checked = { shots: { id: string; checks?: { luma: { mean: number } } }[] };
  const checksOf = () => (JSON.parse(readFileSync(path.join(dir, 'storyboard.json'), 'utf8')) as Checked).shots.map((s) => s.checks);
  const checksBefore = checksOf();
  assert.ok(checksBefore.every((c) => c && c.luma.mean > 0), 'every generated frame is checked');
  const target = ids[2]!;
  const ref = runCli(['refine', dir, '--shot', target, 'lower the camera and make it warmer', '--json']);
  assert.equal(ref.status, 0, ref.stderr);
  const out = JSON.parse(ref.stdout) as { scope: string; shots: string[]; changes: { path: string }[] };
  assert.equal(out.scope, 'shot');
  assert.deepEqual(out.shots, [target]);
  assert.equal(out.changes.length, 2);
  // Only the refined frame was rendered again.
  ids.forEach((id, i) => {
    const now = readFileSync(path.join(dir, 'frames', `${id}.png`));
    if (id === target) assert.notDeepEqual(now, framePngs[i], `${id} re-rendered`);
    else assert.deepEqual(now, framePngs[i], `${id} untouched`);
  });
  assert.equal(JSON.parse(readFileSync(path.join(dir, 'frames', 'render.json'), 'utf8')).shots.length, ids.length, 'the manifest keeps every shot');
  // The re-rendered frame is checked again; the others keep their verdicts.
  const checksAfter = checksOf();
  ids.forEach((id, i) => {
    if (id === target) assert.notEqual(checksAfter[i]!.luma.mean, checksBefore[i]!.luma.mean, `${id} checked again`);
    else assert.deepEqual(checksAfter[i], checksBefore[i], `${id} keeps its check`);
  });
  const history = runCli(['refine', dir, '--history', '--json']);
  assert.equal(JSON.parse(history.stdout).length, 1);
  const undo = runCli(['refine', dir, '--undo', '--no-render']);
  assert.equal(undo.status, 0, undo.stderr);
  assert.equal(readFileSync(path.join(dir, 'scene.json'), 'utf8'), before);
  const nothing = runCli(['refine', dir, '--shot', target, 'sing me a song', '--no-render']);
  assert.equal(nothing.status, 1);
  assert.match(nothing.stderr, /nothing to change for "sing me a song"/);
  const sheet = await sharp(path.join(dir, 'storyboard.png')).metadata();
  assert.ok(sheet.width! > 1000);
});
