/**
 * Correlated colour temperature → linear sRGB, by integrating Planck's law against the tabulated CIE 1931 2°
 * colour matching functions, then XYZ → linear sRGB (D65). The result is a colour, not a brightness: it is
 * scaled so its largest channel is 1.
 */
import { CIE1931_START_NM, CIE1931_STEP_NM, CIE1931_X, CIE1931_Y, CIE1931_Z } from './cie1931.js';

const H = 6.62607015e-34;
const C = 2.99792458e8;
const KB = 1.380649e-23;

/** Spectral radiance of a black body (W·sr⁻¹·m⁻³) at wavelength λ (nm) and temperature T (K). */
export function planck(lambdaNm: number, kelvin: number): number {
  const l = lambdaNm * 1e-9;
  return (2 * H * C * C) / (l ** 5 * (Math.exp((H * C) / (l * KB * kelvin)) - 1));
}

/** CIE 1931 xy chromaticity of a black body at `kelvin`. */
export function planckianXy(kelvin: number): [number, number] {
  let X = 0;
  let Y = 0;
  let Z = 0;
  for (let i = 0; i < CIE1931_X.length; i++) {
    const p = planck(CIE1931_START_NM + i * CIE1931_STEP_NM, kelvin);
    X += p * CIE1931_X[i]!;
    Y += p * CIE1931_Y[i]!;
    Z += p * CIE1931_Z[i]!;
  }
  const s = X + Y + Z;
  return [X / s, Y / s];
}

/** xyY (Y = 1) → linear sRGB with the IEC 61966-2-1 matrix. */
export function xyToLinearSrgb(x: number, y: number): [number, number, number] {
  const X = x / y;
  const Z = (1 - x - y) / y;
  const r = 3.2404542 * X - 1.5371385 - 0.4985314 * Z;
  const gr = -0.969266 * X + 1.8760108 + 0.041556 * Z;
  const b = 0.0556434 * X - 0.2040259 + 1.0572252 * Z;
  return [r, gr, b];
}

export const KELVIN_MIN = 1000;
export const KELVIN_MAX = 40000;

/**
 * Linear sRGB colour of a black body at `kelvin`, normalised so the largest channel is 1. Chromaticities
 * outside the sRGB gamut (very warm light has negative blue) are clipped to 0.
 */
export function kelvinToLinearRgb(kelvin: number): [number, number, number] {
  if (!(kelvin >= KELVIN_MIN && kelvin <= KELVIN_MAX)) {
    throw new RangeError(`colour temperature must be ${KELVIN_MIN}–${KELVIN_MAX} K, got ${kelvin}`);
  }
  const [x, y] = planckianXy(kelvin);
  const rgb = xyToLinearSrgb(x, y).map((c) => Math.max(0, c)) as [number, number, number];
  const m = Math.max(...rgb);
  return [rgb[0] / m, rgb[1] / m, rgb[2] / m];
}
