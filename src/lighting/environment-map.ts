/**
 * HDRI environments as the spec describes them: an equirectangular image turned about the vertical axis,
 * scaled in strength and with its saturation adjusted about each pixel's luminance, so the light it casts
 * keeps its brightness when its colour is pulled back. The renderer (and any exporter) applies this one
 * function, so every consumer sees the same environment.
 */
import type { FloatImage } from './hdr.js';

export interface EnvironmentAdjust {
  /** Turns the environment about the vertical; positive is clockwise seen from above, as compass bearings are. */
  rotationDeg?: number;
  strength?: number;
  /** 0 grey, 1 as shot, above 1 more colourful. */
  saturation?: number;
}

export function adjustEquirect(img: FloatImage, { rotationDeg = 0, strength = 1, saturation = 1 }: EnvironmentAdjust): FloatImage {
  const { width, height } = img;
  const out = new Float32Array(img.data.length);
  // A rotation is a horizontal shift of the columns, sampled linearly between them.
  const shift = (((rotationDeg / 360) * width) % width + width) % width;
  const whole = Math.floor(shift);
  const frac = shift - whole;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const a = (y * width + ((x - whole + width) % width)) * 3;
      const b = (y * width + ((x - whole - 1 + width) % width)) * 3;
      const o = (y * width + x) * 3;
      const r = img.data[a]! * (1 - frac) + img.data[b]! * frac;
      const g = img.data[a + 1]! * (1 - frac) + img.data[b + 1]! * frac;
      const bl = img.data[a + 2]! * (1 - frac) + img.data[b + 2]! * frac;
      const lum = 0.2126 * r + 0.7152 * g + 0.0722 * bl;
      out[o] = Math.max(0, (lum + (r - lum) * saturation) * strength);
      out[o + 1] = Math.max(0, (lum + (g - lum) * saturation) * strength);
      out[o + 2] = Math.max(0, (lum + (bl - lum) * saturation) * strength);
    }
  }
  return { width, height, data: out };
}
