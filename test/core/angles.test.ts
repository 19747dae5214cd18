import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MathUtils } from 'three';
import { DEG_TO_RAD, RAD_TO_DEG, degToRad, radToDeg } from '../../src/core/angles.js';

test('degrees and radians: each name goes the way it says, bit for bit as three.js does', () => {
  assert.equal(degToRad(180), Math.PI);
  assert.equal(radToDeg(Math.PI / 2), 90);
  assert.equal(DEG_TO_RAD * RAD_TO_DEG, 1);
  for (const d of [-720, -45, 0.1, 15, 33.3, 89, 359.9]) {
    assert.equal(degToRad(d), MathUtils.degToRad(d));
    assert.equal(radToDeg(degToRad(d)), MathUtils.radToDeg(MathUtils.degToRad(d)));
    assert.ok(Math.abs(radToDeg(degToRad(d)) - d) < 1e-12);
  }
});
