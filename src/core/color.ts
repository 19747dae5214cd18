/** Colour encodings: spec colours (hex sRGB, linear arrays) → linear RGB for glTF. */
import type { Color } from './zod.js';

/** The sRGB transfer function, decoding (IEC 61966-2-1). */
export function srgbToLinear(c: number): number {
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function linearToSrgb(c: number): number {
  return c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
}

const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/**
 * The one hex-colour parser: '#rgb' or '#rrggbb' → sRGB-encoded components in [0, 1] (as a colour picker
 * shows them), or undefined when the string is neither form. '#rgb' is shorthand for '#rrggbb', as in CSS.
 */
export function parseHex(hex: string): [number, number, number] | undefined {
  if (!HEX_COLOUR.test(hex)) return undefined;
  let digits = hex.slice(1);
  if (digits.length === 3) digits = [...digits].map((c) => c + c).join('');
  const n = Number.parseInt(digits, 16);
  return [((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255];
}

/** parseHex for colours already validated (spec and preset colours): a malformed one is a programming error. */
export function hexToSrgb(hex: string): [number, number, number] {
  const rgb = parseHex(hex);
  if (!rgb) throw new RangeError(`expected a colour like '#rgb' or '#rrggbb', got ${JSON.stringify(hex)}`);
  return rgb;
}

export function hexToLinear(hex: string): [number, number, number] {
  const [r, g, b] = hexToSrgb(hex);
  return [srgbToLinear(r), srgbToLinear(g), srgbToLinear(b)];
}

export function colorToLinear(color: Color): [number, number, number] {
  return typeof color === 'string' ? hexToLinear(color) : [color[0], color[1], color[2]];
}
