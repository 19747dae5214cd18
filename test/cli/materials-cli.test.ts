import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { MATERIAL_PRESETS } from '../../src/library/materials/index.js';

test('materials list --json gives id, family and tags for every preset; --family filters', () => {
  const all = JSON.parse(runCli(['materials', 'list', '--json']).stdout);
  assert.equal(all.length, MATERIAL_PRESETS.length);
  for (const p of all) assert.ok(p.id && p.family && Array.isArray(p.tags));
  const metals = JSON.parse(runCli(['materials', 'list', '--family', 'metal', '--json']).stdout);
  assert.ok(metals.length >= 40 && metals.every((p: { family: string }) => p.family === 'metal'));
  const bad = runCli(['materials', 'list', '--family', 'metals']);
  assert.equal(bad.status, 2);
});

test('materials show prints a preset; an unknown id exits 1 with a suggestion', () => {
  const r = runCli(['materials', 'show', 'gold', '--json']);
  assert.equal(r.status, 0);
  assert.equal(JSON.parse(r.stdout).pbr.metallic, 1);
  const miss = runCli(['materials', 'show', 'goldd']);
  assert.equal(miss.status, 1);
  assert.match(miss.stderr, /unknown preset "goldd" — did you mean "gold"\?/);
});

test('materials search ranks best first', () => {
  const r = JSON.parse(runCli(['materials', 'search', 'old', 'wooden', 'door', '--json', '--limit', '3']).stdout);
  assert.equal(r[0].id, 'weathered_wood');
  assert.ok(r[0].score >= r[1].score && r[1].score >= r[2].score);
});

test('materials export writes MaterialX with textures, or JSON that import accepts', () => {
  const dir = tempDir();
  const mtlx = path.join(dir, 'bricks', 'brick_red.mtlx');
  const r = runCli(['materials', 'export', 'brick_red', '--format', 'mtlx', '-o', mtlx, '--quality', 'ultra_lite']);
  assert.equal(r.status, 0, r.stderr);
  assert.match(readFileSync(mtlx, 'utf8'), /<standard_surface name="SR_brick_red"/);
  for (const f of ['brick_red_basecolor.jpg', 'brick_red_normal.png', 'brick_red_orm.png']) assert.ok(existsSync(path.join(dir, 'bricks', f)), f);
  const json = runCli(['materials', 'export', 'oak', '--format', 'json']);
  assert.equal(json.status, 0);
  const lib = JSON.parse(json.stdout);
  lib.presets[0].id = 'oak_from_the_mill';
  const file = path.join(dir, 'mill.json');
  writeFileSync(file, JSON.stringify(lib));
  const imported = runCli(['materials', 'import', file, '--json']);
  assert.equal(imported.status, 0, imported.stderr);
  assert.deepEqual(JSON.parse(imported.stdout), { ok: true, presets: 1, ids: ['oak_from_the_mill'] });
  const show = runCli(['materials', 'show', 'oak_from_the_mill', '--library', file]);
  assert.equal(show.status, 0);
  const noFormat = runCli(['materials', 'export', 'oak']);
  assert.equal(noFormat.status, 2);
});
