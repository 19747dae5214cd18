import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planckianXy, kelvinToLinearRgb } from '../../src/lighting/kelvin.js';
import { hexToLinear, srgbToLinear, linearToSrgb } from '../../src/core/color.js';

// Planckian locus chromaticities (CIE 1931 2°), as tabulated in Wyszecki & Stiles, Color Science (1982),
// table 1(3.3.3), and CIE 15:2004 for illuminant A (2856 K).
const PLANCKIAN: [number, number, number][] = [
  [1000, 0.6528, 0.3444],
  [2000, 0.5267, 0.4133],
  [2856, 0.4476, 0.4074],
  [3000, 0.4369, 0.4041],
  [4000, 0.3805, 0.3768],
  [5000, 0.3451, 0.3516],
  [6500, 0.3135, 0.3237],
  [10000, 0.2807, 0.2884],
];

test('black-body chromaticity matches the published Planckian locus within 1 %', () => {
  for (const [k, x, y] of PLANCKIAN) {
    const [px, py] = planckianXy(k);
    assert.ok(Math.abs(px / x - 1) < 0.01, `${k} K: x ${px} vs ${x}`);
    assert.ok(Math.abs(py / y - 1) < 0.01, `${k} K: y ${py} vs ${y}`);
  }
});

test('kelvin colours run from red-orange to blue and are normalised to a max channel of 1', () => {
  const warm = kelvinToLinearRgb(1900);
  const neutral = kelvinToLinearRgb(6500);
  const cold = kelvinToLinearRgb(40000);
  assert.equal(Math.max(...warm), 1);
  assert.ok(warm[0] > warm[1] && warm[1] > warm[2]);
  assert.ok(Math.abs(neutral[0] - 1) < 0.02 && Math.abs(neutral[2] - 1) < 0.02, `6500 K is near white: ${neutral}`);
  assert.ok(cold[2] === 1 && cold[0] < 0.7);
});

test('kelvin outside 1000–40000 K is a RangeError', () => {
  assert.throws(() => kelvinToLinearRgb(999), RangeError);
  assert.throws(() => kelvinToLinearRgb(100000), RangeError);
});

test('sRGB transfer function round-trips and hex decodes to linear', () => {
  for (const v of [0, 0.001, 0.04, 0.2, 0.5, 1]) assert.ok(Math.abs(srgbToLinear(linearToSrgb(v)) - v) < 1e-9);
  const [r, g, b] = hexToLinear('#808080');
  assert.ok(Math.abs(r - 0.2158605) < 1e-6 && r === g && g === b);
  assert.deepEqual(hexToLinear('#fff'), [1, 1, 1]);
});
