/**
 * Radiance RGBE (.hdr) images: reading (flat and run-length encoded scanlines) and writing (RLE). The format
 * is a text header and four bytes per pixel; small enough to own rather than depend on.
 */
import { Canvas3dError } from '../core/errors.js';

export interface FloatImage {
  width: number;
  height: number;
  /** Linear RGB, row-major from the top. */
  data: Float32Array;
}

/** Bytes that are not a readable Radiance RGBE image. */
export class HdrError extends Canvas3dError {
  override name = 'HdrError';
  constructor(message: string) {
    super('C3D_INPUT_INVALID', message);
  }
}

/** The header alone: size and where the pixels start. Throws HdrError for anything but RGBE. */
export function readHdrHeader(bytes: Uint8Array): { width: number; height: number; dataOffset: number } {
  let pos = 0;
  const line = () => {
    let s = '';
    while (pos < bytes.length && bytes[pos] !== 10) s += String.fromCharCode(bytes[pos++]!);
    pos++;
    return s;
  };
  const magic = line();
  if (!magic.startsWith('#?')) throw new HdrError('not a Radiance HDR file');
  let format = '';
  for (let l = line(); l !== ''; l = line()) {
    if (pos >= bytes.length) throw new HdrError('truncated header');
    if (l.startsWith('FORMAT=')) format = l.slice(7);
  }
  if (format && format !== '32-bit_rle_rgbe') throw new HdrError(`unsupported format ${format}`);
  const res = /^-Y (\d+) \+X (\d+)$/.exec(line());
  if (!res) throw new HdrError('unsupported resolution line (only -Y h +X w)');
  const height = Number(res[1]);
  const width = Number(res[2]);
  if (!(width > 0 && height > 0 && width * height <= 64e6)) throw new HdrError(`bad size ${width}×${height}`);
  return { width, height, dataOffset: pos };
}

export function readHdr(bytes: Uint8Array): FloatImage {
  const { width, height, dataOffset } = readHdrHeader(bytes);
  let pos = dataOffset;
  const rgbe = new Uint8Array(width * height * 4);
  const scan = new Uint8Array(width * 4);
  for (let y = 0; y < height; y++) {
    if (pos + 4 > bytes.length) throw new HdrError('truncated pixel data');
    const rle = width >= 8 && width < 32768 && bytes[pos] === 2 && bytes[pos + 1] === 2 && ((bytes[pos + 2]! << 8) | bytes[pos + 3]!) === width;
    if (!rle) {
      if (pos + width * 4 > bytes.length) throw new HdrError('truncated pixel data');
      rgbe.set(bytes.subarray(pos, pos + width * 4), y * width * 4);
      pos += width * 4;
      continue;
    }
    pos += 4;
    for (let c = 0; c < 4; c++) {
      let x = 0;
      while (x < width) {
        if (pos >= bytes.length) throw new HdrError('truncated run');
        let n = bytes[pos++]!;
        if (n > 128) {
          n -= 128;
          const v = bytes[pos++]!;
          for (let k = 0; k < n && x < width; k++) scan[(x++) * 4 + c] = v;
        } else {
          for (let k = 0; k < n && x < width; k++) scan[(x++) * 4 + c] = bytes[pos++]!;
        }
      }
    }
    rgbe.set(scan, y * width * 4);
  }
  const data = new Float32Array(width * height * 3);
  for (let i = 0; i < width * height; i++) {
    const e = rgbe[i * 4 + 3]!;
    const f = e ? 2 ** (e - 136) : 0;
    data[i * 3] = rgbe[i * 4]! * f;
    data[i * 3 + 1] = rgbe[i * 4 + 1]! * f;
    data[i * 3 + 2] = rgbe[i * 4 + 2]! * f;
  }
  return { width, height, data };
}

/** `comment` lines go in the header (units, provenance); they must not contain newlines. */
export function writeHdr(img: FloatImage, comment = 'written by Canvas3D'): Uint8Array {
  const header = new TextEncoder().encode(`#?RADIANCE\n# ${comment.replace(/[\r\n]+/g, ' ')}\nFORMAT=32-bit_rle_rgbe\n\n-Y ${img.height} +X ${img.width}\n`);
  const out: number[] = [];
  const scan = new Uint8Array(img.width * 4);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const i = (y * img.width + x) * 3;
      const r = img.data[i]!, g = img.data[i + 1]!, b = img.data[i + 2]!;
      const m = Math.max(r, g, b);
      if (!(m > 1e-32)) {
        scan.set([0, 0, 0, 0], x * 4);
        continue;
      }
      const e = Math.ceil(Math.log2(m) + 1e-9);
      const s = 256 / 2 ** e;
      scan.set([Math.min(255, Math.floor(r * s)), Math.min(255, Math.floor(g * s)), Math.min(255, Math.floor(b * s)), e + 128], x * 4);
    }
    if (img.width < 8 || img.width >= 32768) {
      // Run-length encoding is only defined for these widths; write the scanline flat.
      for (const v of scan) out.push(v);
      continue;
    }
    // New-style RLE: each channel run-length encoded separately.
    out.push(2, 2, (img.width >> 8) & 255, img.width & 255);
    for (let c = 0; c < 4; c++) {
      let x = 0;
      while (x < img.width) {
        let run = 1;
        while (x + run < img.width && run < 127 && scan[(x + run) * 4 + c] === scan[x * 4 + c]) run++;
        if (run >= 4) {
          out.push(128 + run, scan[x * 4 + c]!);
          x += run;
          continue;
        }
        let n = 0;
        while (x + n < img.width && n < 128) {
          let ahead = 1;
          while (x + n + ahead < img.width && ahead < 4 && scan[(x + n + ahead) * 4 + c] === scan[(x + n) * 4 + c]) ahead++;
          if (ahead >= 4) break;
          n++;
        }
        out.push(n);
        for (let k = 0; k < n; k++) out.push(scan[(x + k) * 4 + c]!);
        x += n;
      }
    }
  }
  const body = Uint8Array.from(out);
  const bytes = new Uint8Array(header.length + body.length);
  bytes.set(header);
  bytes.set(body, header.length);
  return bytes;
}
