/**
 * Colour → correlated colour temperature: linear sRGB → CIE 1931 xy, then McCamy's cubic (1992), good to a few
 * kelvin from 2856 K to 6500 K and usable from about 2000 K to 12500 K. How far the colour sits from the
 * Planckian locus says whether a CCT means anything at all (a green gel has none).
 */
import { planckianXy } from './kelvin.js';

/** Linear sRGB (D65) → xy; undefined for black. */
export function linearSrgbToXy([r, g, b]: readonly [number, number, number]): [number, number] | undefined {
  const X = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const Y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const Z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const s = X + Y + Z;
  return s > 0 ? [X / s, Y / s] : undefined;
}

export function mccamyCct(x: number, y: number): number {
  const n = (x - 0.332) / (y - 0.1858);
  return -449 * n ** 3 + 3525 * n ** 2 - 6823.3 * n + 5520.33;
}

export interface CctEstimate {
  kelvin: number;
  /** xy distance from the black-body colour at that temperature; beyond ~0.02 the light is visibly tinted. */
  offLocus: number;
}

/** CCT of a linear sRGB colour, clamped to 1000–40000 K; undefined for black. */
export function estimateCct(rgb: readonly [number, number, number]): CctEstimate | undefined {
  const xy = linearSrgbToXy(rgb);
  if (!xy) return undefined;
  const kelvin = Math.min(40000, Math.max(1000, mccamyCct(xy[0], xy[1])));
  const [px, py] = planckianXy(kelvin);
  return { kelvin: Math.round(kelvin), offLocus: Math.hypot(xy[0] - px, xy[1] - py) };
}

/** Tint beyond which a colour is a gel, not a white light with a temperature. */
export const TINT_LIMIT = 0.02;
