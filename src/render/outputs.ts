/**
 * Frame files from the page's raw buffers. WebGL reads pixels bottom row first; images are written top row
 * first. PNGs are encoded by sharp, OpenEXR by three.js's EXRExporter (ZIP-compressed half or full float).
 */
import { DataTexture, FloatType, HalfFloatType, RGBAFormat } from 'three';
import { EXRExporter } from 'three/examples/jsm/exporters/EXRExporter.js';

/** Rows reversed: GL's bottom-up readback into top-down image order. */
export function flipRows<T extends Uint8Array | Float32Array>(data: T, width: number, height: number, channels: number): T {
  const out = new (data.constructor as new (n: number) => T)(data.length);
  const row = width * channels;
  for (let y = 0; y < height; y++) out.set(data.subarray((height - 1 - y) * row, (height - y) * row), y * row);
  return out;
}

async function sharp() {
  return (await import('sharp')).default;
}

/** RGBA8 bottom-up → RGB PNG, resized to the output size when the pass ran at a lower resolution. */
export async function encodePng(rgbaBottomUp: Uint8Array, width: number, height: number, outWidth = width, outHeight = height, nearest = false): Promise<Buffer> {
  const s = await sharp();
  let img = s(Buffer.from(flipRows(rgbaBottomUp, width, height, 4).buffer), { raw: { width, height, channels: 4 } }).removeAlpha();
  if (outWidth !== width || outHeight !== height) img = img.resize(outWidth, outHeight, { kernel: nearest ? 'nearest' : 'lanczos3', fit: 'fill' });
  return img.png({ compressionLevel: 6 }).toBuffer();
}

/** RGBA Float32 bottom-up → OpenEXR (RGBA), half float unless `full`. */
export async function encodeExr(rgbaBottomUp: Float32Array, width: number, height: number, full = false): Promise<Uint8Array> {
  const tex = new DataTexture(rgbaBottomUp, width, height, RGBAFormat, FloatType);
  return new EXRExporter().parse(tex, { type: full ? FloatType : HalfFloatType });
}

/** Depth (metres, one float per pixel, bottom-up) → a full-float EXR with depth in R, G and B (A = 1); infinity where nothing is hit. */
export async function encodeDepthExr(depthBottomUp: Float32Array, width: number, height: number): Promise<Uint8Array> {
  const rgba = new Float32Array(width * height * 4);
  for (let i = 0; i < depthBottomUp.length; i++) {
    const z = depthBottomUp[i]!;
    rgba.set([z, z, z, 1], i * 4);
  }
  return encodeExr(rgba, width, height, true);
}

/**
 * Depth as an 8-bit image the way depth-conditioned image models take it: the nearest surface white, the
 * farthest dark grey (10 %), linear in between; black only where there is no surface at all.
 */
export async function encodeDepthPng(depthBottomUp: Float32Array, width: number, height: number): Promise<Buffer> {
  let lo = Infinity;
  let hi = -Infinity;
  for (const z of depthBottomUp) {
    if (!Number.isFinite(z)) continue;
    lo = Math.min(lo, z);
    hi = Math.max(hi, z);
  }
  const span = hi > lo ? hi - lo : 1;
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < depthBottomUp.length; i++) {
    const z = depthBottomUp[i]!;
    const v = Number.isFinite(z) ? Math.round(255 * (1 - (z - lo) / span) * 0.9 + 25.5) : 0;
    rgba.set([v, v, v, 255], i * 4);
  }
  return encodePng(rgba, width, height);
}
