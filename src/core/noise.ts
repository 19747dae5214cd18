/**
 * Tileable noise fields. Gradient noise comes from simplex-noise; tiling is exact because a texture's (u, v)
 * square is mapped onto a torus in 4D (u and v each walk a circle), so the left edge meets the right edge and
 * the top meets the bottom for any frequency. Fields are Float32Arrays of width × height, row-major.
 */
import { createNoise4D, type NoiseFunction4D } from 'simplex-noise';
import { mulberry32, hash2 } from './random.js';

export interface Grid {
  width: number;
  height: number;
}

/** cos/sin of 2πu per column and 2πv per row, computed once per field. */
function circles(n: number): { cos: Float32Array; sin: Float32Array } {
  const cos = new Float32Array(n);
  const sin = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * (i + 0.5)) / n;
    cos[i] = Math.cos(a);
    sin[i] = Math.sin(a);
  }
  return { cos, sin };
}

export class TileableNoise {
  private readonly noise: NoiseFunction4D;
  private readonly offsets: Float32Array;

  constructor(seed: number) {
    const rng = mulberry32(seed);
    this.noise = createNoise4D(rng);
    // A different offset per octave keeps octaves from lining up at the origin.
    this.offsets = Float32Array.from({ length: 64 }, () => rng() * 1000);
  }

  /**
   * Fractal Brownian motion in 0..1. `scale` is the number of features across the tile; each octave doubles
   * the frequency and multiplies the amplitude by `gain`.
   */
  fbm(grid: Grid, scale: number, octaves: number, gain = 0.5, stretch: [number, number] = [1, 1]): Float32Array {
    return this.fractal(grid, scale, octaves, gain, stretch, false);
  }

  /** Ridged multifractal (Musgrave): sharp crests where the noise crosses zero, each octave weighted by the last. */
  ridged(grid: Grid, scale: number, octaves: number, gain = 0.5): Float32Array {
    return this.fractal(grid, scale, octaves, gain, [1, 1], true);
  }

  private fractal(grid: Grid, scale: number, octaves: number, gain: number, stretch: [number, number], ridged: boolean): Float32Array {
    const { width, height } = grid;
    const out = new Float32Array(width * height);
    const weight = ridged ? new Float32Array(width * height).fill(1) : undefined;
    const raw = new Float32Array(width * height);
    let norm = 0;
    let amp = 1;
    for (let o = 0; o < octaves; o++) {
      const freq = scale * 2 ** o;
      this.octave(o, freq * stretch[0], freq * stretch[1], width, height, raw);
      for (let k = 0; k < raw.length; k++) {
        const n = raw[k]!;
        if (weight) {
          let signal = 1 - Math.abs(n);
          signal *= signal * weight[k]!;
          weight[k] = Math.min(1, signal * 2);
          out[k]! += signal * amp;
        } else {
          out[k]! += n * amp;
        }
      }
      norm += amp;
      amp *= gain;
    }
    for (let k = 0; k < out.length; k++) out[k] = ridged ? out[k]! / norm : 0.5 + (0.5 * out[k]!) / norm;
    return clamp01(out);
  }

  /**
   * One octave of raw noise (-1..1) at full resolution. Low octaves are smooth, so they are sampled on a coarser
   * grid (4–8 samples per feature) and interpolated with wrap-around: the same image for a fraction of the calls.
   */
  private octave(o: number, freqU: number, freqV: number, width: number, height: number, out: Float32Array): void {
    // Eight samples per feature for the first octaves; later octaves carry little amplitude and take four.
    const perFeature = o < 2 ? 8 : 4;
    const rw = Math.min(width, Math.max(4, 2 ** Math.ceil(Math.log2(freqU * perFeature))));
    const rh = Math.min(height, Math.max(4, 2 ** Math.ceil(Math.log2(freqV * perFeature))));
    const cu = circles(rw);
    const cv = circles(rh);
    // A circle of circumference `freq` (in noise units) carries `freq` features around the tile.
    const ru = freqU / (2 * Math.PI);
    const rv = freqV / (2 * Math.PI);
    const ox = this.offsets[o * 4]!;
    const oy = this.offsets[o * 4 + 1]!;
    const oz = this.offsets[o * 4 + 2]!;
    const ow = this.offsets[o * 4 + 3]!;
    const low = rw === width && rh === height ? out : new Float32Array(rw * rh);
    for (let j = 0; j < rh; j++) {
      const z = cv.cos[j]! * rv + oz;
      const w = cv.sin[j]! * rv + ow;
      for (let i = 0; i < rw; i++) low[j * rw + i] = this.noise(cu.cos[i]! * ru + ox, cu.sin[i]! * ru + oy, z, w);
    }
    if (low === out) return;
    // Bilinear upsampling on the torus: sample centres line up, indices wrap.
    const sx = rw / width;
    const sy = rh / height;
    for (let j = 0; j < height; j++) {
      const y = (j + 0.5) * sy - 0.5;
      const y0 = Math.floor(y);
      const fy = y - y0;
      const r0 = ((y0 % rh) + rh) % rh;
      const r1 = (r0 + 1) % rh;
      for (let i = 0; i < width; i++) {
        const x = (i + 0.5) * sx - 0.5;
        const x0 = Math.floor(x);
        const fx = x - x0;
        const c0 = ((x0 % rw) + rw) % rw;
        const c1 = (c0 + 1) % rw;
        const a = low[r0 * rw + c0]! + (low[r0 * rw + c1]! - low[r0 * rw + c0]!) * fx;
        const b = low[r1 * rw + c0]! + (low[r1 * rw + c1]! - low[r1 * rw + c0]!) * fx;
        out[j * width + i] = a + (b - a) * fy;
      }
    }
  }
}

export function clamp01(f: Float32Array): Float32Array {
  for (let k = 0; k < f.length; k++) {
    const v = f[k]!;
    f[k] = v < 0 ? 0 : v > 1 ? 1 : v;
  }
  return f;
}

/** Stretches a field so its values span 0..1 (noise rarely reaches its theoretical extremes). */
export function normalize(f: Float32Array): Float32Array {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of f) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  const span = hi - lo || 1;
  for (let k = 0; k < f.length; k++) f[k] = (f[k]! - lo) / span;
  return f;
}

export interface CellularResult {
  /** Distance to the nearest feature point, in cell units (0..~1). */
  f1: Float32Array;
  /** Second-nearest minus nearest: 0 on cell borders. */
  edge: Float32Array;
  /** A random value per cell, the same wherever the cell appears. */
  cell: Float32Array;
}

/**
 * Tileable cellular (Worley/Voronoi) noise on an n × m grid of jittered feature points, with lattice indices
 * wrapped so cells continue across the tile edges. `rowOffset` shifts odd rows by half a cell (hexagons).
 */
export function cellular(grid: Grid, cellsU: number, cellsV: number, jitter: number, seed: number, rowOffset = 0): CellularResult {
  const { width, height } = grid;
  const n = Math.max(1, Math.round(cellsU));
  const m = Math.max(1, Math.round(cellsV));
  const fx = new Float32Array(n * m);
  const fy = new Float32Array(n * m);
  const id = new Float32Array(n * m);
  for (let cy = 0; cy < m; cy++) {
    for (let cx = 0; cx < n; cx++) {
      const k = cy * n + cx;
      fx[k] = 0.5 + (cy % 2) * rowOffset + (hash2(cx, cy, seed) - 0.5) * jitter;
      fy[k] = 0.5 + (hash2(cx, cy, seed + 1) - 0.5) * jitter;
      id[k] = hash2(cx, cy, seed + 2);
    }
  }
  const f1 = new Float32Array(width * height);
  const edge = new Float32Array(width * height);
  const cell = new Float32Array(width * height);
  for (let j = 0; j < height; j++) {
    const py = ((j + 0.5) / height) * m;
    const cy0 = Math.floor(py);
    for (let i = 0; i < width; i++) {
      const px = ((i + 0.5) / width) * n;
      const cx0 = Math.floor(px);
      let d1 = Infinity;
      let d2 = Infinity;
      let best = 0;
      for (let dy = -1; dy <= 1; dy++) {
        for (let dx = -2; dx <= 2; dx++) {
          const gx = cx0 + dx;
          const gy = cy0 + dy;
          const k = (((gy % m) + m) % m) * n + (((gx % n) + n) % n);
          const ddx = gx + fx[k]! - px;
          const ddy = gy + fy[k]! - py;
          const d = Math.sqrt(ddx * ddx + ddy * ddy);
          if (d < d1) {
            d2 = d1;
            d1 = d;
            best = id[k]!;
          } else if (d < d2) d2 = d;
        }
      }
      const p = j * width + i;
      f1[p] = Math.min(1, d1);
      edge[p] = Math.min(1, d2 - d1);
      cell[p] = best;
    }
  }
  return { f1, edge, cell };
}
