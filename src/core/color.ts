/** Colour encodings: spec colours (hex sRGB, linear arrays) → linear RGB for glTF. */
import type { Color } from './zod.js';

/** The sRGB transfer function, decoding (IEC 61966-2-1). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
}

export function hexToLinear(hex: string): [number, number, number] {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const n = parseInt(h, 16);
  return [srgbToLinear(((n >> 16) & 255) / 255), srgbToLinear(((n >> 8) & 255) / 255), srgbToLinear((n & 255) / 255)];
}

export function colorToLinear(color: Color): [number, number, number] {
  return typeof color === 'string' ? hexToLinear(color) : [color[0], color[1], color[2]];
}
