/**
 * Voxel models from parameters: terrain (fBm height field with grass, dirt, stone, sand and water), trees,
 * a house, a round tower and a sphere. Seeded, so the same parameters give the same model.
 */
import { createModel, set, PALETTE_NAMES as P, type VoxelModel } from './model.js';
import { mulberry32 } from '../../core/random.js';
import { TileableNoise } from '../../core/noise.js';

export type VoxelShape = 'terrain' | 'tree' | 'house' | 'tower' | 'sphere';

export function voxelShape(shape: VoxelShape, size: [number, number, number], seed: number): VoxelModel {
  const random = mulberry32(seed);
  const [sx, sy, sz] = size;
  const m = createModel(size);
  const fill = (x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, c: number) => {
    for (let z = z0; z < z1; z++) for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) set(m, x, y, z, c);
  };
  switch (shape) {
    case 'sphere': {
      const r = Math.min(sx, sy, sz) / 2;
      for (let z = 0; z < sz; z++) for (let y = 0; y < sy; y++) for (let x = 0; x < sx; x++) {
        if (Math.hypot(x + 0.5 - sx / 2, y + 0.5 - sy / 2, z + 0.5 - sz / 2) <= r) set(m, x, y, z, P.stone);
      }
      return m;
    }
    case 'terrain': {
      const h = new TileableNoise(seed).fbm({ width: sx, height: sz }, 3, 4, 0.5);
      const water = Math.floor(sy * 0.3);
      for (let z = 0; z < sz; z++) for (let x = 0; x < sx; x++) {
        const top = Math.max(1, Math.floor(h[z * sx + x]! * sy * 0.9));
        for (let y = 0; y < top; y++) set(m, x, y, z, y < top - 3 ? P.stone : y < top - 1 ? P.dirt : top <= water + 1 ? P.sand : top > sy * 0.75 ? P.snow : P.grass);
        for (let y = top; y < water; y++) set(m, x, y, z, P.water);
      }
      return m;
    }
    case 'tree': {
      const trunk = Math.max(1, Math.floor(Math.min(sx, sz) / 8));
      const cx = Math.floor(sx / 2);
      const cz = Math.floor(sz / 2);
      const trunkH = Math.floor(sy * 0.55);
      fill(cx - trunk, 0, cz - trunk, cx + trunk, trunkH, cz + trunk, P.wood);
      const r = Math.min(sx, sz) / 2 - 0.5;
      const cy = trunkH + (sy - trunkH) / 2;
      const ry = (sy - trunkH) / 2 + 1;
      for (let z = 0; z < sz; z++) for (let y = Math.floor(trunkH * 0.7); y < sy; y++) for (let x = 0; x < sx; x++) {
        const d = Math.hypot((x + 0.5 - sx / 2) / r, (y + 0.5 - cy) / ry, (z + 0.5 - sz / 2) / r);
        if (d < 1 - random() * 0.15) set(m, x, y, z, P.leaves);
      }
      return m;
    }
    case 'house': {
      const wallH = Math.floor(sy * 0.55);
      fill(0, 0, 0, sx, 1, sz, P.stone);
      for (let y = 1; y < wallH; y++) for (let z = 0; z < sz; z++) for (let x = 0; x < sx; x++) {
        const edge = x === 0 || z === 0 || x === sx - 1 || z === sz - 1;
        if (edge) set(m, x, y, z, P.brick);
      }
      // A door on the +Z side and windows on the others.
      const dx = Math.floor(sx / 2);
      fill(dx - 1, 1, sz - 1, dx + 1, Math.min(wallH - 1, 4), sz, 0);
      for (const wx of [2, sx - 3]) fill(wx, Math.floor(wallH / 2), 0, wx + 1, Math.floor(wallH / 2) + 2, 1, P.glass);
      // Gable roof along X.
      for (let y = wallH; y < sy; y++) {
        const inset = y - wallH;
        if (inset * 2 >= sz) break;
        fill(0, y, inset, sx, y + 1, sz - inset, P.roof);
        if (inset * 2 + 2 < sz) fill(1, y, inset + 1, sx - 1, y + 1, sz - inset - 1, 0);
      }
      return m;
    }
    case 'tower': {
      const r = Math.min(sx, sz) / 2 - 0.5;
      const top = sy - 2;
      for (let z = 0; z < sz; z++) for (let x = 0; x < sx; x++) {
        const d = Math.hypot(x + 0.5 - sx / 2, z + 0.5 - sz / 2);
        if (d > r) continue;
        const wall = d > r - 1.2;
        for (let y = 0; y < top; y++) if (wall || y === 0) set(m, x, y, z, P.stone);
        // Crenellations: every other step around the rim.
        if (wall && (Math.floor(Math.atan2(z - sz / 2, x - sx / 2) * 4) & 1)) fill(x, top, z, x + 1, sy, z + 1, P.stone);
      }
      return m;
    }
  }
}
