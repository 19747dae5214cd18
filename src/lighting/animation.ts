/**
 * Light animation curves: flickering candles, torches and fires, a faulty neon tube, lightning, a slow pulse and
 * a day/night cycle. Each is a pure function of time, so the renderer samples the same value a glTF animation
 * stores, and every curve is seeded.
 */
import { createNoise2D } from 'simplex-noise';
import { mulberry32, hash2 } from '../core/random.js';

import type { LightAnimation } from '../scene/light-animation.js';

const noiseCache = new Map<number, (x: number, y: number) => number>();
function noise(seed: number) {
  let n = noiseCache.get(seed);
  if (!n) noiseCache.set(seed, (n = createNoise2D(mulberry32(seed))));
  return n;
}

/** Intensity multiplier of the light at time t (seconds). Daycycle returns the sun's share of noon light. */
export function sampleLightAnimation(a: LightAnimation, t: number): number {
  const s = t * a.speed;
  const n = noise(a.seed);
  switch (a.kind) {
    case 'candle':
      // Gentle breathing with the odd gutter: a candle rarely dims below 70 %.
      return Math.max(0.2, 1 + a.amount * (0.12 * n(s * 2.3, 0.5) + 0.06 * n(s * 7.1, 3.7) - 0.25 * Math.max(0, n(s * 0.7, 9.1) - 0.7)));
    case 'torch':
      return Math.max(0.2, 1 + a.amount * (0.22 * n(s * 4.1, 1.3) + 0.12 * n(s * 11.3, 5.2)));
    case 'fire':
      return Math.max(0.15, 1 + a.amount * (0.3 * n(s * 3.3, 2.1) + 0.2 * n(s * 9.7, 7.4) + 0.1 * n(s * 23.1, 4.4)));
    case 'neon': {
      // Mostly steady with a 100 Hz shimmer; in some 0.1 s slots a failing tube drops out.
      const slot = Math.floor(s * 10);
      const fail = hash2(slot, 17, a.seed) < 0.12 * a.amount;
      return fail ? 0.05 + 0.25 * hash2(slot, 23, a.seed) : 1 - 0.03 * a.amount * Math.abs(Math.sin(s * 2 * Math.PI * 7));
    }
    case 'lightning': {
      // A flash every 3–8 s: two or three strokes of ~60 ms with fast decay; dark otherwise.
      const period = 5.5;
      const k = Math.floor(s / period);
      const at = k * period + 3 * hash2(k, 1, a.seed);
      const strokes = 2 + Math.floor(hash2(k, 2, a.seed) * 2);
      let v = 0;
      for (let i = 0; i < strokes; i++) {
        const start = at + i * (0.08 + 0.12 * hash2(k, 3 + i, a.seed));
        const dt = s - start;
        if (dt >= 0 && dt < 0.3) v = Math.max(v, Math.exp(-dt / 0.04) * (i === 0 ? 1 : 0.6 + 0.4 * hash2(k, 9 + i, a.seed)));
      }
      return v * a.amount;
    }
    case 'pulse':
      return 1 - a.amount * 0.5 * (1 - Math.cos(2 * Math.PI * s * 0.5));
    case 'daycycle': {
      // One day over durationS: noon at the middle, the sun up from 6 h to 18 h.
      const hour = ((s / a.durationS) * 24) % 24;
      return Math.max(0, Math.sin(((hour - 6) / 12) * Math.PI));
    }
  }
}

/** For daycycle: the sun's elevation (degrees) at time t, rising at 6 h, highest (maxElevation) at noon. */
export function dayCycleElevation(a: LightAnimation, t: number, maxElevationDeg = 60): number {
  const hour = (((t * a.speed) / a.durationS) * 24) % 24;
  return Math.sin(((hour - 6) / 12) * Math.PI) * maxElevationDeg;
}
