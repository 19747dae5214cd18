/**
 * Voxel models: a dense grid of palette indices (0 = empty) and a 256-entry RGBA palette, the model MagicaVoxel
 * uses. Y is up here; .vox files are Z-up and are converted on the way in and out.
 */
export interface VoxelModel {
  size: [number, number, number];
  /** Palette index per cell, x fastest, then y, then z; 0 is empty. */
  voxels: Uint8Array;
  /** 256 colours as 0xRRGGBBAA; entry 0 is unused. */
  palette: Uint32Array;
}

export function createModel(size: [number, number, number]): VoxelModel {
  return { size, voxels: new Uint8Array(size[0] * size[1] * size[2]), palette: defaultPalette() };
}

export function at(m: VoxelModel, x: number, y: number, z: number): number {
  if (x < 0 || y < 0 || z < 0 || x >= m.size[0] || y >= m.size[1] || z >= m.size[2]) return 0;
  return m.voxels[x + m.size[0] * (y + m.size[1] * z)]!;
}

export function set(m: VoxelModel, x: number, y: number, z: number, c: number): void {
  if (x < 0 || y < 0 || z < 0 || x >= m.size[0] || y >= m.size[1] || z >= m.size[2]) return;
  m.voxels[x + m.size[0] * (y + m.size[1] * z)] = c;
}

export function count(m: VoxelModel): number {
  let n = 0;
  for (const v of m.voxels) if (v) n++;
  return n;
}

/** A small default palette of useful colours; generators pick indices from it by name. */
export const PALETTE_NAMES = {
  grass: 1, dirt: 2, stone: 3, sand: 4, water: 5, wood: 6, leaves: 7, snow: 8, brick: 9, roof: 10, glass: 11, gold: 12, skin: 13, cloth: 14, dark: 15, white: 16,
} as const;

export function defaultPalette(): Uint32Array {
  const p = new Uint32Array(256);
  const colours = [0, 0x5a9a3cff, 0x7a5230ff, 0x8a8a8aff, 0xd8c48cff, 0x3a78c8b0, 0x6e4a2aff, 0x2e7a30ff, 0xf0f4f8ff, 0x9a3e2aff, 0x5a2e2eff, 0xbfe0f0a0, 0xe8b830ff, 0xe0a888ff, 0x3a4a8aff, 0x2a2a2aff, 0xf2f2f2ff];
  colours.forEach((c, i) => (p[i] = c));
  // The rest: a grey ramp, so any index still has a colour.
  for (let i = colours.length; i < 256; i++) {
    const g = Math.round((i / 255) * 255);
    p[i] = ((g << 24) | (g << 16) | (g << 8) | 0xff) >>> 0;
  }
  return p;
}
