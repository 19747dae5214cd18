import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hexToLinear, hexToSrgb, parseHex, srgbToLinear } from '../../src/core/color.js';

test('parseHex reads #rrggbb and the #rgb shorthand as sRGB components in [0, 1]', () => {
  assert.deepEqual(parseHex('#ff8000'), [1, 128 / 255, 0]);
  assert.deepEqual(parseHex('#1F6F78'), [0x1f / 255, 0x6f / 255, 0x78 / 255], 'upper case');
  // '#rgb' doubles each digit, as in CSS: '#f80' is '#ff8800'.
  assert.deepEqual(parseHex('#f80'), parseHex('#ff8800'));
  assert.deepEqual(parseHex('#000'), [0, 0, 0]);
});

test('parseHex refuses anything but #rgb and #rrggbb', () => {
  for (const bad of ['', '#', 'ff8000', '#ff80', '#ff80001', '#gg0000', '#ff8000 ', 'red', '#ff800080']) {
    assert.equal(parseHex(bad), undefined, JSON.stringify(bad));
  }
});

test('hexToSrgb throws a message on a malformed colour; hexToLinear decodes the sRGB curve', () => {
  assert.throws(() => hexToSrgb('#12'), /expected a colour like '#rgb' or '#rrggbb', got "#12"/);
  assert.deepEqual(hexToLinear('#fff'), [1, 1, 1]);
  const [r, g, b] = hexToLinear('#808080');
  assert.equal(r, srgbToLinear(128 / 255));
  assert.ok(Math.abs(g - 0.2158605) < 1e-6 && g === b, 'mid grey is about 21.6 % linear');
});
