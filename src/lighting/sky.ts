/**
 * An analytic daylight sky: the Preetham, Shirley & Smits model ("A Practical Analytic Model for Daylight",
 * SIGGRAPH 1999) — Perez sky luminance and chromaticity distributions driven by turbidity and the sun's
 * position — rendered to an equirectangular image in the mapping three.js uses for environment maps.
 */
import { sunDirection, sunIlluminance, type SunPosition } from './sun.js';
import type { FloatImage } from './hdr.js';

type Coeffs = [number, number, number, number, number];

function perez(theta: number, gamma: number, [a, b, c, d, e]: Coeffs): number {
  return (1 + a * Math.exp(b / Math.max(Math.cos(theta), 0.01))) * (1 + c * Math.exp(d * gamma) + e * Math.cos(gamma) ** 2);
}

export interface SkyOptions {
  sun: SunPosition;
  turbidity: number;
  width?: number;
  height?: number;
  /** Draw the sun's disc (0.53°) at its physical luminance: right for lighting, blinding in a backdrop. */
  sunDisc?: boolean;
}

/** Sky colour (linear sRGB, kcd/m²) looking along a direction, for the sun and turbidity given. */
export function skyRadiance(dir: [number, number, number], toSun: [number, number, number], turbidity: number): [number, number, number] {
  const T = turbidity;
  const thetaS = Math.acos(Math.min(1, Math.max(-1, toSun[1])));
  const theta = Math.acos(Math.min(1, Math.max(0.001, dir[1])));
  const gamma = Math.acos(Math.min(1, Math.max(-1, dir[0] * toSun[0] + dir[1] * toSun[1] + dir[2] * toSun[2])));
  const Y: Coeffs = [0.1787 * T - 1.463, -0.3554 * T + 0.4275, -0.0227 * T + 5.3251, 0.1206 * T - 2.5771, -0.067 * T + 0.3703];
  const x: Coeffs = [-0.0193 * T - 0.2592, -0.0665 * T + 0.0008, -0.0004 * T + 0.2125, -0.0641 * T - 0.8989, -0.0033 * T + 0.0452];
  const y: Coeffs = [-0.0167 * T - 0.2608, -0.095 * T + 0.0092, -0.0079 * T + 0.2102, -0.0441 * T - 1.6537, -0.0109 * T + 0.0529];
  const chi = (4 / 9 - T / 120) * (Math.PI - 2 * thetaS);
  const Yz = Math.max(0, (4.0453 * T - 4.971) * Math.tan(chi) - 0.2155 * T + 2.4192);
  const t2 = thetaS * thetaS;
  const t3 = t2 * thetaS;
  const xz = T * T * (0.00166 * t3 - 0.00375 * t2 + 0.00209 * thetaS) + T * (-0.02903 * t3 + 0.06377 * t2 - 0.03202 * thetaS + 0.00394) + (0.11693 * t3 - 0.21196 * t2 + 0.06052 * thetaS + 0.25886);
  const yz = T * T * (0.00275 * t3 - 0.0061 * t2 + 0.00317 * thetaS) + T * (-0.04214 * t3 + 0.0897 * t2 - 0.04153 * thetaS + 0.00516) + (0.15346 * t3 - 0.26756 * t2 + 0.0667 * thetaS + 0.26688);
  const lum = (Yz * perez(theta, gamma, Y)) / perez(0, thetaS, Y);
  const cx = (xz * perez(theta, gamma, x)) / perez(0, thetaS, x);
  const cy = (yz * perez(theta, gamma, y)) / perez(0, thetaS, y);
  // xyY → XYZ → linear sRGB.
  const X = (cx / cy) * lum;
  const Z = ((1 - cx - cy) / cy) * lum;
  return [
    Math.max(0, 3.2404542 * X - 1.5371385 * lum - 0.4985314 * Z),
    Math.max(0, -0.969266 * X + 1.8760108 * lum + 0.041556 * Z),
    Math.max(0, 0.0556434 * X - 0.2040259 * lum + 1.0572252 * Z),
  ];
}

/**
 * How much the model's sky luminance is scaled for the sun's elevation. Below the horizon, through civil,
 * nautical and astronomical twilight, illuminance falls about a decade every 3° (≈400 lx at sunset, ≈3 lx at
 * −6°, ≈0.008 lx at −12°), levelling out at a moonless night's ~10⁻⁶ of sunset.
 */
export function twilightFactor(elevationDeg: number): number {
  // Preetham's zenith luminance runs several times too bright for a low sun (≈6 klx of skylight at 1° where
  // ≈1 klx is measured); scale it in below 10°.
  const lowSun = Math.min(1, Math.max(0.15, elevationDeg / 10));
  return elevationDeg >= 0 ? lowSun : Math.max(1e-7, 0.15 * 10 ** (elevationDeg / 3));
}

/**
 * The sky as an equirectangular image, top row up, u = atan2(z, x) / 2π + 0.5 (three.js's convention), in
 * kcd/m². Below the horizon: a ground of 20 % albedo lit by the sky and sun. With the sun below the horizon the
 * Preetham model does not apply: the sky keeps the colour distribution of a sun just on the horizon, dimmed by
 * the twilight factor and shifted towards blue (the blue hour) as it darkens.
 */
export function equirectSky(o: SkyOptions): FloatImage {
  const width = o.width ?? 512;
  const height = o.height ?? 256;
  const data = new Float32Array(width * height * 3);
  const below = o.sun.elevationDeg < 0;
  const sun = below ? { ...o.sun, elevationDeg: 0.5 } : o.sun;
  const dim = twilightFactor(o.sun.elevationDeg);
  // Blue hour: red and green fall faster than blue once the sun is down.
  const tint: [number, number, number] = below ? [dim ** 0.08 * 0.6, dim ** 0.04 * 0.8, 1] : [1, 1, 1];
  const d = sunDirection(sun);
  const toSun: [number, number, number] = [-d[0], -d[1], -d[2]];
  const zenithUp = skyRadiance([0, 1, 0], toSun, o.turbidity);
  const sunDirect = below ? 0 : sunIlluminance(o.sun.elevationDeg, o.turbidity);
  const groundLum = (0.2 / Math.PI) * ((sunDirect * Math.max(0, toSun[1])) / 1000 + Math.PI * zenithUp[1] * dim);
  const sunRadius = (0.53 / 2) * (Math.PI / 180);
  const sunLum = sunDirect / (Math.PI * sunRadius * sunRadius) / 1000; // kcd/m²
  for (let j = 0; j < height; j++) {
    const el = (0.5 - (j + 0.5) / height) * Math.PI;
    for (let i = 0; i < width; i++) {
      const phi = ((i + 0.5) / width - 0.5) * 2 * Math.PI;
      const dir: [number, number, number] = [Math.cos(phi) * Math.cos(el), Math.sin(el), Math.sin(phi) * Math.cos(el)];
      let rgb: [number, number, number];
      if (dir[1] < 0) {
        rgb = [groundLum * 1.05, groundLum, groundLum * 0.9];
      } else {
        const sky = skyRadiance(dir, toSun, o.turbidity);
        rgb = [sky[0] * dim * tint[0], sky[1] * dim * tint[1], sky[2] * dim * tint[2]];
        if (o.sunDisc && !below) {
          const cos = dir[0] * toSun[0] + dir[1] * toSun[1] + dir[2] * toSun[2];
          if (cos > Math.cos(sunRadius)) rgb = [sunLum, sunLum * 0.95, sunLum * 0.85];
        }
      }
      data.set(rgb, (j * width + i) * 3);
    }
  }
  return { width, height, data };
}

/**
 * The illuminance (lux) the sky alone gives: π × its mean luminance over the whole sphere, ground included —
 * what an ambient light of that many lux would give, which is how three.js treats an environment map.
 */
export function skyIlluminance(sun: SunPosition, turbidity: number, strength = 1): number {
  const img = equirectSky({ sun, turbidity, width: 64, height: 32 });
  return equirectIlluminance(img.data, img.width, img.height, 3, 1000 * strength);
}

/**
 * π × the sphere-mean luminance of an equirectangular image (`channels` floats per pixel, values × `unit` in
 * cd/m²): the illuminance an ambient light of equal power gives. Rows shrink towards the poles, so each is
 * weighted by cos(latitude); the weighting is symmetric, so row order does not matter.
 */
export function equirectIlluminance(data: Float32Array, width: number, height: number, channels: number, unit: number): number {
  let sum = 0;
  let weight = 0;
  for (let j = 0; j < height; j++) {
    const w = Math.cos((0.5 - (j + 0.5) / height) * Math.PI);
    for (let i = 0; i < width; i++) {
      const k = (j * width + i) * channels;
      sum += w * (0.2126 * data[k]! + 0.7152 * data[k + 1]! + 0.0722 * data[k + 2]!);
      weight += w;
    }
  }
  return Math.PI * (sum / weight) * unit;
}
