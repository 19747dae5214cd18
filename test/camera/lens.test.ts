import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_SENSOR_MM,
  SENSOR_FORMATS_MM,
  depthOfField,
  fieldOfView,
  focalLengthForFov,
  horizontalFovDeg,
  hyperfocalDistance,
  verticalFovDeg,
  verticalFromHorizontalFov,
} from '../../src/camera/index.js';
import { Camera } from '../../src/scene/camera.js';
import { degToRad, radToDeg } from '../../src/core/angles.js';

const near = (a: number, b: number, tol: number, what: string) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

test('vertical field of view comes from the sensor height, horizontal from its width', () => {
  near(verticalFovDeg(50, [36, 24]), 26.99, 0.01, '50 mm full frame');
  near(verticalFovDeg(35), 37.85, 0.01, '35 mm, default sensor');
  near(verticalFovDeg(50, SENSOR_FORMATS_MM['super-35']), 21.14, 0.01, 'Super 35');
  // A 50 mm on full frame is the "normal" lens: about 40° across, 47° on the diagonal.
  near(horizontalFovDeg(50), 39.6, 0.05, '50 mm horizontal');
});

test('full frame is the one default sensor, for the spec schema and the lens maths alike', () => {
  assert.deepEqual(DEFAULT_SENSOR_MM, [36, 24]);
  assert.deepEqual(SENSOR_FORMATS_MM['full-frame'], [36, 24]);
  const cam = Camera.parse({ id: 'c', position: [0, 1, 5] });
  assert.deepEqual(cam.sensorMm, DEFAULT_SENSOR_MM);
});

test('focal length and field of view are inverses on any gate', () => {
  for (const [w, h] of Object.values(SENSOR_FORMATS_MM)) {
    for (const f of [14, 24, 35, 50, 85, 135, 600]) {
      near(focalLengthForFov(fieldOfView(f, h), h), f, 1e-9 * f, `${f} mm on ${w}×${h}`);
      near(focalLengthForFov(fieldOfView(f, w), w), f, 1e-9 * f, `${f} mm across ${w}`);
    }
  }
  // The 24 mm height of full frame at 90° needs a 12 mm lens: tan 45° = 1.
  near(focalLengthForFov(degToRad(90), 24), 12, 1e-12, '90° vertical');
});

test('vertical from horizontal field of view follows the frame aspect', () => {
  const aspect = 36 / 24;
  // The same lens seen both ways: its horizontal angle converts to its vertical one.
  near(verticalFromHorizontalFov(fieldOfView(50, 36), aspect), fieldOfView(50, 24), 1e-12, '50 mm on 3:2');
  near(radToDeg(verticalFromHorizontalFov(degToRad(90), 1)), 90, 1e-9, 'square frame');
});

test('depth of field: hyperfocal distance, deeper when stopped down, shallower when long', () => {
  // 50 mm at f/8 on full frame (c = 0.029 mm): H = 0.05² / (8 · 0.000029) + 0.05 ≈ 10.83 m.
  near(hyperfocalDistance(50, 8), 10.83, 0.01, 'H 50 mm f/8');
  const wide = depthOfField(50, 8, 3, 1080);
  const open = depthOfField(50, 1.8, 3, 1080);
  const long = depthOfField(135, 8, 3, 1080);
  assert.ok(wide.range > open.range && wide.range > long.range, 'stopping down or a shorter lens deepens focus');
  // Thin lens: near = sH/(H + s − 2f)… at 3 m the 50 mm f/8 holds about 2.36–4.12 m.
  near(wide.range, 4.12 - 2.36, 0.02, 'range 50 mm f/8 at 3 m');
  // Focused at or past the hyperfocal distance, everything to infinity is sharp (range capped at 10 km).
  assert.equal(depthOfField(24, 11, 100, 1080).range, 1e4);
  assert.ok(open.infinityBlurPx > wide.infinityBlurPx, 'a wide aperture blurs the background more');
});
