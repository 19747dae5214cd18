/**
 * MagicaVoxel .vox reading and writing (version 150/200: SIZE, XYZI and RGBA chunks inside MAIN; scene-graph
 * chunks are skipped, and only the first model is read). The format is a few fixed little-endian chunks, so it
 * is written here rather than pulled in from a barely maintained package.
 * https://github.com/ephtracy/voxel-model/blob/master/MagicaVoxel-file-format-vox.txt
 */
import { createModel, defaultPalette, type VoxelModel } from './model.js';
import { Canvas3dError } from '../../core/errors.js';

export class VoxError extends Canvas3dError {
  override name = 'VoxError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_INPUT_INVALID', message, [], options);
  }
}

const MAX_EDGE = 1024;

export function readVox(bytes: Uint8Array): VoxelModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const id = (o: number) => String.fromCharCode(bytes[o]!, bytes[o + 1]!, bytes[o + 2]!, bytes[o + 3]!);
  if (bytes.length < 20 || id(0) !== 'VOX ') throw new VoxError('not a MagicaVoxel file (no "VOX " header)');
  if (id(8) !== 'MAIN') throw new VoxError('missing MAIN chunk');
  let size: [number, number, number] | undefined;
  let xyzi: Uint8Array | undefined;
  let palette: Uint32Array | undefined;
  let o = 20 + view.getUint32(12, true); // MAIN content is empty; children follow
  const end = Math.min(bytes.length, 20 + view.getUint32(12, true) + view.getUint32(16, true));
  while (o + 12 <= end) {
    const chunk = id(o);
    const content = view.getUint32(o + 4, true);
    const children = view.getUint32(o + 8, true);
    const body = o + 12;
    if (body + content > bytes.length) throw new VoxError(`truncated ${chunk} chunk`);
    if (chunk === 'SIZE' && !size) {
      // .vox is Z-up: (x, y, z) there is (x, z, y) here.
      size = [view.getUint32(body, true), view.getUint32(body + 8, true), view.getUint32(body + 4, true)];
      if (size.some((s) => s < 1 || s > MAX_EDGE)) throw new VoxError(`model size ${size.join('×')} is outside 1–${MAX_EDGE}`);
    } else if (chunk === 'XYZI' && !xyzi) {
      const n = view.getUint32(body, true);
      if (4 + n * 4 > content) throw new VoxError('XYZI voxel count exceeds the chunk');
      xyzi = bytes.subarray(body + 4, body + 4 + n * 4);
    } else if (chunk === 'RGBA') {
      palette = new Uint32Array(256);
      // Stored entry i is colour index i + 1.
      for (let i = 0; i < 255; i++) palette[i + 1] = view.getUint32(body + i * 4, false);
    }
    o = body + content + children;
  }
  if (!size || !xyzi) throw new VoxError('no model (SIZE and XYZI chunks) in the file');
  const model = createModel(size);
  if (palette) model.palette = palette;
  else model.palette = defaultPalette();
  for (let i = 0; i < xyzi.length; i += 4) {
    const x = xyzi[i]!;
    const yVox = xyzi[i + 1]!;
    const zVox = xyzi[i + 2]!;
    const c = xyzi[i + 3]!;
    if (x >= size[0] || zVox >= size[1] || yVox >= size[2]) continue;
    model.voxels[x + size[0] * (zVox + size[1] * yVox)] = c;
  }
  return model;
}

export function writeVox(model: VoxelModel): Uint8Array {
  const [sx, sy, sz] = model.size;
  if (model.size.some((s) => s > 256)) throw new VoxError('.vox models are at most 256 voxels on each side');
  const points: number[] = [];
  for (let z = 0; z < sz; z++) for (let y = 0; y < sy; y++) for (let x = 0; x < sx; x++) {
    const c = model.voxels[x + sx * (y + sy * z)]!;
    if (c) points.push(x, z, y, c);
  }
  const chunk = (name: string, body: Uint8Array) => {
    const out = new Uint8Array(12 + body.length);
    const v = new DataView(out.buffer);
    for (let i = 0; i < 4; i++) out[i] = name.charCodeAt(i);
    v.setUint32(4, body.length, true);
    v.setUint32(8, 0, true);
    out.set(body, 12);
    return out;
  };
  const sizeBody = new Uint8Array(12);
  new DataView(sizeBody.buffer).setUint32(0, sx, true);
  new DataView(sizeBody.buffer).setUint32(4, sz, true);
  new DataView(sizeBody.buffer).setUint32(8, sy, true);
  const xyziBody = new Uint8Array(4 + points.length);
  new DataView(xyziBody.buffer).setUint32(0, points.length / 4, true);
  xyziBody.set(points, 4);
  const rgbaBody = new Uint8Array(1024);
  const rv = new DataView(rgbaBody.buffer);
  for (let i = 0; i < 255; i++) rv.setUint32(i * 4, model.palette[i + 1]!, false);
  const children = [chunk('SIZE', sizeBody), chunk('XYZI', xyziBody), chunk('RGBA', rgbaBody)];
  const childBytes = children.reduce((s, c) => s + c.length, 0);
  const out = new Uint8Array(20 + childBytes);
  const v = new DataView(out.buffer);
  out.set([0x56, 0x4f, 0x58, 0x20], 0); // "VOX "
  v.setUint32(4, 150, true);
  out.set([0x4d, 0x41, 0x49, 0x4e], 8); // "MAIN"
  v.setUint32(12, 0, true);
  v.setUint32(16, childBytes, true);
  let o = 20;
  for (const c of children) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
