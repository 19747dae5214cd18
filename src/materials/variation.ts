/**
 * Material variations: colour shifts, wear and dirt, weather and season. The same functions move flat
 * parameters (untextured materials) and every texel of a baked texture, so both paths agree. Directions:
 *   wet        darker base colour (porous surfaces absorb), lower roughness, a water clear coat
 *   frozen     colour towards white-blue frost, roughness towards a smooth glaze (0.2), clear coat
 *   dusty      colour towards dust beige, roughness up, metalness down
 *   corroded   metals lose metalness and take their corrosion colour (rust, verdigris, tarnish); rougher
 *   weathered  desaturated and bleached, rougher
 *   dirt       darker and rougher in cavities; wear: lighter, scuffed edges (polished on metals)
 *   season     vegetation only: spring fresh yellow-green, summer deep green, autumn orange-red, winter dull
 */
import { linearToSrgb, srgbToLinear } from '../core/color.js';

import type { Variation, Season } from '../scene/variation.js';

export type Rgb = [number, number, number];

/** One surface sample: linear colour, roughness, metalness. */
export interface Surface {
  color: Rgb;
  roughness: number;
  metallic: number;
}

/**
 * Per-texel context: how much of a cavity (0..1) and of a convex edge (0..1) this point is, and a patch mask
 * (0..1) for uneven weathering. Flat parameters use averages (cavity 0.3, edge 0.3, patch 0.5).
 */
export interface Context {
  cavity: number;
  edge: number;
  patch: number;
}

export const FLAT_CONTEXT: Context = { cavity: 0.3, edge: 0.3, patch: 0.5 };

const DIRT: Rgb = [0.045, 0.035, 0.025];
const DUST: Rgb = [0.42, 0.37, 0.3];
const FROST: Rgb = [0.78, 0.84, 0.9];
const RUST: Rgb = [0.22, 0.07, 0.025];
const VERDIGRIS: Rgb = [0.12, 0.33, 0.26];
const TARNISH: Rgb = [0.08, 0.075, 0.07];

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** Which corrosion a metal grows: copper alloys go green, iron goes to rust, the rest tarnish. */
export function corrosionColor(f0: Rgb): Rgb {
  const [r, g, b] = f0;
  if (r - b > 0.25 && r > g) return VERDIGRIS;
  if (Math.abs(r - b) < 0.08 && r < 0.7) return RUST;
  return TARNISH;
}

export function isIdentity(v: Variation): boolean {
  return !v.hueShiftDeg && !v.saturation && !v.value && !v.wear && !v.dirt && !v.weather && !v.season;
}

/** HSV adjustment in sRGB space (where artists think about hue), returned linear. */
export function shiftHsv(color: Rgb, hueDeg: number, sat: number, val: number): Rgb {
  if (!hueDeg && !sat && !val) return color;
  let [r, g, b] = color.map(linearToSrgb) as Rgb;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let h = 0;
  const d = max - min;
  if (d > 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
  }
  let s = max === 0 ? 0 : d / max;
  let v = max;
  h = (((h + hueDeg) % 360) + 360) % 360;
  s = clamp01(s * (1 + sat));
  v = clamp01(v * (1 + val));
  const c = v * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = v - c;
  [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [srgbToLinear(r + m), srgbToLinear(g + m), srgbToLinear(b + m)];
}

const SEASON_SHIFT: Record<Season, [number, number, number]> = {
  spring: [12, 0.15, 0.12],
  summer: [-4, 0.1, -0.05],
  autumn: [-65, 0.2, 0.05],
  winter: [-20, -0.55, -0.2],
};

/** Applies a variation to one surface sample. `vegetation` gates the season shift. */
export function varySurface(s: Surface, v: Variation, ctx: Context, vegetation: boolean): Surface {
  let color = shiftHsv(s.color, v.hueShiftDeg, v.saturation, v.value);
  let roughness = s.roughness;
  let metallic = s.metallic;
  if (v.season && vegetation) {
    const [h, sat, val] = SEASON_SHIFT[v.season];
    color = shiftHsv(color, h, sat, val);
    if (v.season === 'winter') roughness = lerp(roughness, 0.9, 0.3);
  }
  if (v.dirt) {
    const t = v.dirt * (0.25 + 0.75 * ctx.cavity);
    color = mix(color, DIRT, 0.85 * t);
    roughness = lerp(roughness, 0.92, t);
    metallic = lerp(metallic, 0, t);
  }
  if (v.wear) {
    const t = v.wear * ctx.edge;
    color = metallic > 0.5 ? color : mix(color, color.map((c) => Math.min(1, c * 1.5 + 0.04)) as Rgb, t);
    roughness = metallic > 0.5 ? lerp(roughness, 0.15, t) : lerp(roughness, 0.95, t);
  }
  if (v.weather) {
    const a = v.weatherAmount;
    switch (v.weather) {
      case 'wet': {
        // Water fills pores: diffuse albedo drops (Lekner & Dorf 1988), the surface becomes a smooth film.
        const t = a * (1 - metallic);
        color = color.map((c) => c * (1 - 0.5 * t) * (1 - 0.3 * t * (1 - c))) as Rgb;
        roughness = lerp(roughness, 0.05, 0.85 * a);
        break;
      }
      case 'frozen': {
        const t = a * (0.5 + 0.5 * ctx.patch);
        color = mix(color, FROST, 0.6 * t);
        roughness = lerp(roughness, 0.2, a);
        metallic = lerp(metallic, 0, 0.8 * t);
        break;
      }
      case 'dusty': {
        const t = a * (0.6 + 0.4 * (1 - ctx.edge));
        color = mix(color, DUST, 0.55 * t);
        roughness = lerp(roughness, 0.95, t);
        metallic = lerp(metallic, 0, 0.7 * t);
        break;
      }
      case 'corroded': {
        const t = a * (0.35 + 0.65 * ctx.patch);
        if (metallic > 0.5) color = mix(color, corrosionColor(s.color), t);
        else color = mix(color, color.map((c) => c * 0.6) as Rgb, 0.5 * t);
        metallic = lerp(metallic, 0, t);
        roughness = lerp(roughness, 0.85, t);
        break;
      }
      case 'weathered': {
        color = shiftHsv(color, 0, -0.6 * a, 0);
        color = mix(color, [0.35, 0.34, 0.32], 0.25 * a);
        roughness = lerp(roughness, 1, 0.35 * a);
        break;
      }
    }
  }
  return { color, roughness: clamp01(roughness), metallic: clamp01(metallic) };
}

/** Weather that also adds a clear coat (a water film or an ice glaze). */
export function varyClearcoat(v: Variation): { clearcoat: number; clearcoatRoughness: number } | undefined {
  if (v.weather === 'wet') return { clearcoat: v.weatherAmount, clearcoatRoughness: 0.02 };
  if (v.weather === 'frozen') return { clearcoat: 0.6 * v.weatherAmount, clearcoatRoughness: 0.1 };
  return undefined;
}
