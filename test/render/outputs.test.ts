/**
 * Frame files written without a browser: the depth EXR round-trips through three's EXRLoader value for value
 * (infinity where nothing was hit), one float channel, rows in image order.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXRLoader } from 'three/examples/jsm/loaders/EXRLoader.js';
import { FloatType } from 'three';
import { encodeDepthExr } from '../../src/render/outputs.js';

test('the depth EXR is one full-float channel that reads back exactly, infinity included', () => {
  // 37 rows: not a multiple of the 16-line ZIP block, so the last block is short.
  const [w, h] = [50, 37];
  const depth = new Float32Array(w * h).map((_, i) => (i % 11 === 0 ? Infinity : 0.5 + (i % w) * 0.013 + Math.floor(i / w) * 0.7));
  const bytes = encodeDepthExr(depth, w, h);
  const text = Buffer.from(bytes).toString('latin1');
  assert.ok(text.includes('channels\0chlist\0') && text.includes('Y\0'), 'a single Y channel');
  const exr = new EXRLoader().setDataType(FloatType).parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  assert.equal(exr.width, w);
  assert.equal(exr.height, h);
  const data = exr.data as Float32Array;
  const channels = data.length / (w * h);
  // Both sides are bottom-up (GL order): the buffer's row 0 is the loader's row 0.
  for (let i = 0; i < w * h; i++) assert.equal(data[i * channels], depth[i], `pixel ${i}`);
});
