/**
 * Colour names → sRGB hex (data: library/data/lexicon/colours.json), and the modifiers ordinary English puts in front of them ('pale blue', 'deep red').
 * Values are the common web/paint readings of each name. Metal and gem names that are also colours (gold,
 * silver, copper, emerald …) are here as colours; as materials they are in materials.ts, and the parser prefers
 * the material, whose preset carries the colour with it.
 */
import { COLOUR_WORDS, COLOUR_MODIFIERS } from '../../library/vocabulary.js';
import { hexToSrgb } from '../../core/color.js';

export { COLOUR_WORDS, COLOUR_MODIFIERS };

export function hexToHsl(hex: string): [number, number, number] {
  const [r, g, b] = hexToSrgb(hex);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

export function hslToHex(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const channels = s === 0 ? [l, l, l] : [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
  return `#${channels.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The colour with a modifier applied; unknown modifiers leave it as it was. */
export function applyColourModifier(hex: string, modifier: string): string {
  const m = COLOUR_MODIFIERS[modifier];
  if (!m) return hex;
  const [h, s, l] = hexToHsl(hex);
  return hslToHex(h, clamp01(s + (m.saturation ?? 0)), clamp01(l + (m.lightness ?? 0)));
}
