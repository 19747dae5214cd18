import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suggestMaterials } from '../../src/materials/suggest.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';

test('an old wooden door gets wood presets, weathered ones first', () => {
  const top = suggestMaterials('old wooden door', { limit: 5 });
  assert.equal(top[0]!.id, 'weathered_wood');
  assert.ok(top.filter((s) => s.family === 'wood').length >= 2);
});

test('ranking follows the words: metal, glass, fabric and synonyms', () => {
  assert.equal(suggestMaterials('rusty iron gate')[0]!.id, 'iron_rusted');
  assert.ok(suggestMaterials('frosted glass window', { limit: 1 })[0]!.id.startsWith('glass_frosted'));
  assert.ok(suggestMaterials('velvet curtain', { limit: 3 }).every((s) => s.id.startsWith('velvet')));
  const alu = suggestMaterials('aluminum', { limit: 3 }).map((s) => s.id);
  assert.ok(alu.some((id) => id.startsWith('aluminium')), 'American spelling through synonyms');
  const neon = suggestMaterials('glowing neon sign', { limit: 5 });
  assert.ok(neon.every((s) => getMaterialPreset(s.id)!.family === 'emissive'));
});

test('results are sorted by score, filtered by family, and empty for gibberish', () => {
  const r = suggestMaterials('polished stone floor', { limit: 10 });
  for (let i = 1; i < r.length; i++) assert.ok(r[i - 1]!.score >= r[i]!.score);
  assert.ok(suggestMaterials('polished', { family: 'metal' }).every((s) => s.family === 'metal'));
  assert.deepEqual(suggestMaterials('xyzzy qwrtp'), []);
  assert.deepEqual(suggestMaterials('   '), []);
});
