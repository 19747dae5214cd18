/**
 * Photometric conversions into what KHR_lights_punctual stores: luminous intensity in candela for point and
 * spot lights, illuminance in lux for directional lights.
 */
import type { Intensity, Light } from '../scene/light.js';

/** Luminous flux of an isotropic point source → intensity: Φ / 4π. */
export function lumensToCandelaIsotropic(lm: number): number {
  return lm / (4 * Math.PI);
}

/** Solid angle of a cone with half-angle θ: 2π(1 − cos θ). */
export function coneSolidAngle(halfAngleRad: number): number {
  return 2 * Math.PI * (1 - Math.cos(halfAngleRad));
}

/**
 * A spot light's flux is spread over its cone, so the same lumens in a narrower beam give more candela
 * (Filament's "physical" spot convention), which is how real fixtures behave.
 */
export function lumensToCandelaSpot(lm: number, outerHalfAngleRad: number): number {
  return lm / coneSolidAngle(outerHalfAngleRad);
}

/** Electrical (or radiometric) watts → lumens. */
export function wattsToLumens(w: number, efficacyLmPerW: number): number {
  return w * efficacyLmPerW;
}

/** Spot cone angles as glTF wants them: half-angles in radians, inner < outer. */
export function spotConeAngles(coneAngleDeg: number, penumbra: number): { inner: number; outer: number } {
  const outer = (coneAngleDeg * Math.PI) / 360;
  return { outer, inner: outer * (1 - penumbra) };
}

/**
 * glTF has no area light, so an area light is written as a spot light facing the same way with a 90° half-angle
 * (a hemisphere), carrying its size in extras for renderers that know area lights. A Lambertian emitter of
 * flux Φ has peak intensity Φ / π along its normal, and luminance L over area A gives I = L·A.
 */
export const AREA_LIGHT_FALLBACK_OUTER_RAD = Math.PI / 2;

/** Intensity in the unit glTF wants for this light (cd, or lx for directional lights). */
export function gltfIntensity(light: Light): number {
  const i: Intensity = light.intensity;
  const lumens = (): number => (i.unit === 'W' ? wattsToLumens(i.value, i.efficacyLmPerW) : i.value);
  switch (light.type) {
    case 'directional':
      return i.value; // validated to be lux
    case 'point':
      return i.unit === 'cd' ? i.value : lumensToCandelaIsotropic(lumens());
    case 'spot':
      return i.unit === 'cd' ? i.value : lumensToCandelaSpot(lumens(), spotConeAngles(light.coneAngleDeg, light.penumbra).outer);
    case 'area': {
      if (i.unit === 'cd') return i.value;
      if (i.unit === 'nit') return i.value * light.size[0] * light.size[1];
      return lumens() / Math.PI;
    }
  }
}
