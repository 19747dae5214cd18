import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closest, editDistance, formatPath } from '../../src/core/issues.js';

test('formatPath writes dotted paths with indices and quoted odd keys', () => {
  assert.equal(formatPath(['objects', 3, 'material']), 'objects[3].material');
  assert.equal(formatPath(['materials', 'brass', 'roughness']), 'materials.brass.roughness');
  assert.equal(formatPath(['materials', 'two words']), 'materials["two words"]');
  assert.equal(formatPath([]), '');
});

test('editDistance counts a transposition as one edit', () => {
  assert.equal(editDistance('gold', 'gold'), 0);
  assert.equal(editDistance('goldd', 'gold'), 1);
  assert.equal(editDistance('roguhness', 'roughness'), 1);
});

test('closest suggests near misses and nothing for unrelated words', () => {
  assert.equal(closest('goldd', ['gold', 'silver', 'copper']), 'gold');
  assert.equal(closest('roughnes', ['roughness', 'metallic']), 'roughness');
  assert.equal(closest('xylophone', ['gold', 'silver']), undefined);
});
