/**
 * Frame files from the page's raw buffers. WebGL reads pixels bottom row first; images are written top row
 * first. PNGs are encoded by sharp, OpenEXR by three.js's EXRExporter (ZIP-compressed half or full float).
 */
import { DataTexture, FloatType, HalfFloatType, RGBAFormat } from 'three';
import { EXRExporter } from 'three/examples/jsm/exporters/EXRExporter.js';
import { deflateSync } from 'node:zlib';

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

/**
 * Depth (metres, one float per pixel, bottom-up) → a single-channel full-float OpenEXR ('Y', so every viewer shows
 * it as a grey image and three's EXRLoader reads it), ZIP-compressed; infinity where nothing is hit. Written here
 * rather than by three's EXRExporter, which writes only RGBA (four times the data) and deflates in JavaScript:
 * this takes a twentieth of the time, off a frame's critical path on a 2-core machine.
 */
export function encodeDepthExr(depthBottomUp: Float32Array, width: number, height: number): Uint8Array {
  const header = exrHeader(width, height);
  const blocks: Buffer[] = [];
  const rowBytes = width * 4;
  for (let y0 = 0; y0 < height; y0 += ZIP_LINES) {
    const lines = Math.min(ZIP_LINES, height - y0);
    const raw = new Uint8Array(lines * rowBytes);
    // File scanlines run top to bottom; the buffer's rows bottom to top.
    for (let k = 0; k < lines; k++) raw.set(new Uint8Array(depthBottomUp.buffer, depthBottomUp.byteOffset + (height - 1 - (y0 + k)) * rowBytes, rowBytes), k * rowBytes);
    const packed = deflateSync(predicted(raw));
    const block = Buffer.alloc(8 + packed.length);
    block.writeInt32LE(y0, 0);
    block.writeInt32LE(packed.length, 4);
    packed.copy(block, 8);
    blocks.push(block);
  }
  const table = Buffer.alloc(8 * blocks.length);
  let at = header.length + table.length;
  blocks.forEach((b, i) => {
    table.writeBigUInt64LE(BigInt(at), i * 8);
    at += b.length;
  });
  return Buffer.concat([header, table, ...blocks]);
}

/** Scanlines per block of OpenEXR's ZIP compression. */
const ZIP_LINES = 16;

/** OpenEXR's ZIP pre-pass: bytes split into even and odd halves, then delta-coded. */
function predicted(raw: Uint8Array): Uint8Array {
  const out = new Uint8Array(raw.length);
  const half = (raw.length + 1) >> 1;
  for (let i = 0, a = 0, b = half; i < raw.length; i += 2) {
    out[a++] = raw[i]!;
    if (i + 1 < raw.length) out[b++] = raw[i + 1]!;
  }
  for (let i = out.length - 1; i > 0; i--) out[i] = (out[i]! - out[i - 1]! + 128 + 256) & 0xff;
  return out;
}

/** A single-part scanline header: one FLOAT channel 'Y', ZIP compression, the frame as data and display window. */
function exrHeader(width: number, height: number): Buffer {
  const attr = (name: string, type: string, value: Buffer) => {
    const size = Buffer.alloc(4);
    size.writeInt32LE(value.length);
    return Buffer.concat([Buffer.from(`${name}\0${type}\0`, 'latin1'), size, value]);
  };
  const ints = (...v: number[]) => Buffer.from(new Int32Array(v).buffer);
  const floats = (...v: number[]) => Buffer.from(new Float32Array(v).buffer);
  // Channel list: name, pixel type 2 (FLOAT), pLinear and 3 reserved bytes, x and y sampling; then a terminating 0.
  const chlist = Buffer.concat([Buffer.from('Y\0', 'latin1'), ints(2), Buffer.alloc(4), ints(1, 1), Buffer.alloc(1)]);
  const window = ints(0, 0, width - 1, height - 1);
  return Buffer.concat([
    Buffer.from([0x76, 0x2f, 0x31, 0x01]),
    ints(2),
    attr('channels', 'chlist', chlist),
    attr('compression', 'compression', Buffer.from([3])),
    attr('dataWindow', 'box2i', window),
    attr('displayWindow', 'box2i', window),
    attr('lineOrder', 'lineOrder', Buffer.from([0])),
    attr('pixelAspectRatio', 'float', floats(1)),
    attr('screenWindowCenter', 'v2f', floats(0, 0)),
    attr('screenWindowWidth', 'float', floats(1)),
    Buffer.alloc(1),
  ]);
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
