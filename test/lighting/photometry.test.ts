import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coneSolidAngle, gltfIntensity, lumensToCandelaIsotropic, lumensToCandelaSpot, spotConeAngles } from '../../src/lighting/photometry.js';
import { Light } from '../../src/scene/light.js';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≈ ${b}`);

test('an isotropic 4π lm source is 1 cd; a 60 W-equivalent 800 lm bulb is ~63.7 cd', () => {
  close(lumensToCandelaIsotropic(4 * Math.PI), 1);
  close(lumensToCandelaIsotropic(800), 63.66197723675813);
});

test('a spot concentrates its flux into its cone', () => {
  close(coneSolidAngle(Math.PI), 4 * Math.PI);
  close(coneSolidAngle(Math.PI / 2), 2 * Math.PI);
  // 1000 lm in a 60° cone (30° half-angle): Ω = 2π(1 − cos 30°) = 0.8418 sr → 1188 cd.
  close(lumensToCandelaSpot(1000, Math.PI / 6), 1000 / (2 * Math.PI * (1 - Math.cos(Math.PI / 6))));
  const { inner, outer } = spotConeAngles(60, 0.25);
  close(outer, Math.PI / 6);
  close(inner, (Math.PI / 6) * 0.75);
});

test('gltfIntensity converts every unit the spec allows', () => {
  const point = (value: number, unit: string, extra = {}) => Light.parse({ type: 'point', position: [0, 0, 0], intensity: { value, unit, ...extra } });
  close(gltfIntensity(point(100, 'cd')), 100);
  close(gltfIntensity(point(4 * Math.PI, 'lm')), 1);
  // 60 W at 15 lm/W (tungsten) = 900 lm → 71.6 cd.
  close(gltfIntensity(point(60, 'W', { efficacyLmPerW: 15 })), 900 / (4 * Math.PI));
  // Default efficacy is 683 lm/W.
  close(gltfIntensity(point(1, 'W')), 683 / (4 * Math.PI));
  const sun = Light.parse({ type: 'directional', intensity: { value: 100000, unit: 'lx' } });
  close(gltfIntensity(sun), 100000);
  const area = (value: number, unit: string) => Light.parse({ type: 'area', position: [0, 0, 0], size: [2, 0.5], intensity: { value, unit } });
  close(gltfIntensity(area(Math.PI * 100, 'lm')), 100); // Lambertian: I₀ = Φ/π
  close(gltfIntensity(area(500, 'nit')), 500); // L·A = 500 cd/m² × 1 m²
});
