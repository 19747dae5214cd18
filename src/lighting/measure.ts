/**
 * Measured lighting: what a rendered frame actually shows, with shadows, occlusion and bounce light included —
 * the check on what the set-up analysis predicts. Given the frame and the subject's mask:
 *
 * - lit/shadow ratio: the 75th percentile of the subject's luminances over the 25th (the middles of the halves
 *   either side of the median), so speculars and black crevices do not decide it. On a uniformly grey subject
 *   this is the key-to-fill contrast as the camera sees it; albedo differences count too, as in the picture;
 * - clipping: pixels at the top of the range in any channel (blown) and at the bottom in all (crushed);
 * - histograms of display luma, for the subject and the whole frame;
 * - CCT of the light on the subject, from the mean colour of its brightest quarter with blown pixels left out
 *   (grey-world: assumes the subject is neutral on average, as a grey card would be).
 *
 * Frames are 8-bit PNG/JPEG/WebP (sRGB-encoded) or Radiance .hdr (linear).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { srgbToLinear, linearToSrgb, hexToLinear } from '../core/color.js';
import { estimateCct } from './cct.js';
import { readHdr } from './hdr.js';
import type { Issue } from '../core/issues.js';
import { Canvas3dError } from '../core/errors.js';

export const HISTOGRAM_BINS = 32;
/** Mask pixels count as subject above this (0–1), or within this distance of the mask colour. */
const MASK_THRESHOLD = 0.5;
const MASK_COLOR_TOLERANCE = 8 / 255;

export class MeasureError extends Canvas3dError {
  override name = 'MeasureError';
  constructor(issues: Issue[]) {
    super('C3D_INPUT_INVALID', issues.map((i) => `${i.path}: ${i.message}`).join('\n'), issues);
  }
}

/** Linear RGB pixels plus whether they were display-encoded (so clipping has a meaning). */
export interface LinearImage {
  width: number;
  height: number;
  data: Float32Array;
  /** Largest linear value the format can hold: 1 for 8-bit images, Infinity for HDR. */
  ceiling: number;
}

export interface MeasuredLighting {
  subject_pixels: number;
  frame_pixels: number;
  lit_to_shadow_ratio: number;
  lit_to_shadow_stops: number;
  /** Relative linear luminance (0–1 for 8-bit frames). */
  lit_luminance: number;
  shadow_luminance: number;
  mean_luminance: number;
  clipping: { subject_highlights_pct: number; subject_shadows_pct: number; frame_highlights_pct: number; frame_shadows_pct: number };
  histogram: { bins: number; subject: number[]; frame: number[] };
  estimated_cct: { kelvin: number; off_locus: number } | null;
}

const luminance = (d: Float32Array, i: number) => 0.2126 * d[i]! + 0.7152 * d[i + 1]! + 0.0722 * d[i + 2]!;
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

export async function loadLinearImage(file: string, field: string): Promise<LinearImage> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new MeasureError([{ path: field, message: `${file}: file not found` }]);
  }
  try {
    if (path.extname(file).toLowerCase() === '.hdr') {
      const img = readHdr(bytes);
      return { ...img, ceiling: Infinity };
    }
    const sharp = (await import('sharp')).default;
    const { data, info } = await sharp(bytes).removeAlpha().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const lut = new Float32Array(256).map((_, v) => srgbToLinear(v / 255));
    const out = new Float32Array(info.width * info.height * 3);
    const ch = info.channels;
    for (let p = 0; p < info.width * info.height; p++) {
      for (let c = 0; c < 3; c++) out[p * 3 + c] = lut[data[p * ch + (ch < 3 ? 0 : c)]!]!;
    }
    return { width: info.width, height: info.height, data: out, ceiling: 1 };
  } catch (err) {
    throw new MeasureError([{ path: field, message: `${file}: not a readable image (${err instanceof Error ? err.message : String(err)})` }]);
  }
}

/** Which pixels are the subject: a bright-on-black mask, or one colour of an id mask. */
export function maskPixels(mask: LinearImage, maskColor?: string): Uint8Array {
  const n = mask.width * mask.height;
  const out = new Uint8Array(n);
  const want = maskColor ? hexToLinear(maskColor).map(linearToSrgb) : undefined;
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    if (want) {
      const r = linearToSrgb(mask.data[i]!);
      const g = linearToSrgb(mask.data[i + 1]!);
      const b = linearToSrgb(mask.data[i + 2]!);
      out[p] = Math.abs(r - want[0]!) <= MASK_COLOR_TOLERANCE && Math.abs(g - want[1]!) <= MASK_COLOR_TOLERANCE && Math.abs(b - want[2]!) <= MASK_COLOR_TOLERANCE ? 1 : 0;
    } else out[p] = linearToSrgb(luminance(mask.data, i)) > MASK_THRESHOLD ? 1 : 0;
  }
  return out;
}

function percentile(sorted: Float32Array, q: number): number {
  const at = q * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

export function measureLighting(frame: LinearImage, mask: Uint8Array): MeasuredLighting {
  const n = frame.width * frame.height;
  if (mask.length !== n) throw new MeasureError([{ path: 'mask', message: 'the mask must be the same size as the frame' }]);
  const subjectCount = mask.reduce((s, v) => s + v, 0);
  if (subjectCount === 0) throw new MeasureError([{ path: 'mask', message: 'the mask selects no pixels (is it the right mask, or the right --mask-color?)' }]);

  const lum = new Float32Array(subjectCount);
  const hist = { subject: new Array<number>(HISTOGRAM_BINS).fill(0), frame: new Array<number>(HISTOGRAM_BINS).fill(0) };
  const clip = { sh: 0, ss: 0, fh: 0, fs: 0 };
  // Top and bottom of the 8-bit range, in linear terms: 254/255 and 1/255 encoded.
  const high = frame.ceiling === 1 ? srgbToLinear(254 / 255) : Infinity;
  const low = srgbToLinear(1.5 / 255);
  let k = 0;
  let sum = 0;
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const d = frame.data;
    const y = luminance(d, i);
    const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor(Math.min(1, linearToSrgb(Math.max(0, y))) * HISTOGRAM_BINS));
    const blown = d[i]! >= high || d[i + 1]! >= high || d[i + 2]! >= high;
    const crushed = d[i]! <= low && d[i + 1]! <= low && d[i + 2]! <= low;
    hist.frame[bin]!++;
    if (blown) clip.fh++;
    if (crushed) clip.fs++;
    if (mask[p]) {
      hist.subject[bin]!++;
      if (blown) clip.sh++;
      if (crushed) clip.ss++;
      lum[k++] = y;
      sum += y;
    }
  }
  const sorted = lum.slice().sort();
  const lit = percentile(sorted, 0.75);
  const shadow = percentile(sorted, 0.25);
  const ratio = shadow > 0 ? lit / shadow : lit > 0 ? Infinity : 1;

  // Mean colour of the lit side (the top quarter) for the CCT; blown pixels have lost their colour.
  const rgb: [number, number, number] = [0, 0, 0];
  for (let p = 0; p < n; p++) {
    const i = p * 3;
    const d = frame.data;
    if (!mask[p] || Math.fround(luminance(d, i)) < lit || d[i]! >= high || d[i + 1]! >= high || d[i + 2]! >= high) continue;
    for (let c = 0; c < 3; c++) rgb[c] = rgb[c]! + d[i + c]!;
  }
  const cct = estimateCct(rgb);
  const pct = (v: number, of: number) => round((100 * v) / of, 3);
  return {
    subject_pixels: subjectCount,
    frame_pixels: n,
    lit_to_shadow_ratio: Number.isFinite(ratio) ? round(ratio, 3) : 256,
    lit_to_shadow_stops: Number.isFinite(ratio) ? round(Math.log2(ratio), 3) : 8,
    lit_luminance: round(lit, 6),
    shadow_luminance: round(shadow, 6),
    mean_luminance: round(sum / subjectCount, 6),
    clipping: { subject_highlights_pct: pct(clip.sh, subjectCount), subject_shadows_pct: pct(clip.ss, subjectCount), frame_highlights_pct: pct(clip.fh, n), frame_shadows_pct: pct(clip.fs, n) },
    histogram: { bins: HISTOGRAM_BINS, subject: hist.subject.map((v) => round(v / subjectCount, 5)), frame: hist.frame.map((v) => round(v / n, 5)) },
    estimated_cct: cct ? { kelvin: cct.kelvin, off_locus: round(cct.offLocus, 4) } : null,
  };
}

/** Reads a frame and its mask and measures the subject's lighting. */
export async function measureFiles(framePath: string, maskPath: string, opts: { maskColor?: string } = {}): Promise<MeasuredLighting> {
  const frame = await loadLinearImage(framePath, 'frame');
  const mask = await loadLinearImage(maskPath, 'mask');
  if (mask.width !== frame.width || mask.height !== frame.height) {
    throw new MeasureError([{ path: 'mask', message: `the mask is ${mask.width}×${mask.height} but the frame is ${frame.width}×${frame.height}` }]);
  }
  return measureLighting(frame, maskPixels(mask, opts.maskColor));
}
