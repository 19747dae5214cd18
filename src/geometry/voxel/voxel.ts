/**
 * The `voxel` generator: a MagicaVoxel file or a parametric voxel shape, greedy-meshed, one mesh per palette
 * colour with the palette colour as its material (unless the object maps the `c<index>` slot to another).
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { strictObject, FilePath } from '../../core/zod.js';
import { defineGenerator, type GeneratedPart } from '../generator.js';
import { greedyMesh } from './greedy.js';
import { readVox } from './vox.js';
import { voxelShape } from './shapes.js';
import { count, type VoxelModel } from './model.js';
import { linearToSrgb, srgbToLinear } from '../../core/color.js';

export const MAX_VOXEL_EDGE = 256;
const edge = z.number().int().min(1).max(MAX_VOXEL_EDGE);

export const VoxelParams = strictObject({
  type: z.literal('voxel'),
  shape: z.enum(['file', 'terrain', 'tree', 'house', 'tower', 'sphere']).default('tree'),
  file: FilePath.optional().describe('MagicaVoxel .vox file (shape "file"), relative to the spec'),
  size: z.tuple([edge, edge, edge]).default([16, 24, 16]).describe('[x, y, z] in voxels, Y up'),
  voxelSize: z.number().positive().max(10).default(0.1).describe('edge of one voxel, metres'),
  seed: z.number().int().min(0).max(2 ** 32 - 1).default(1),
}).refine((p) => (p.shape === 'file') === (p.file !== undefined), { message: 'give `file` exactly when shape is "file"', path: ['file'] });
export type VoxelParams = z.infer<typeof VoxelParams>;

export function loadVoxelModel(p: VoxelParams, baseDir = process.cwd()): VoxelModel {
  if (p.shape === 'file') return readVox(new Uint8Array(readFileSync(realpathSync(path.resolve(baseDir, p.file!)))));
  return voxelShape(p.shape, p.size, p.seed);
}

/** Palette colour (sRGB 0xRRGGBBAA) → linear RGB and opacity. */
function paletteMaterial(rgba: number) {
  const r = srgbToLinear(((rgba >>> 24) & 255) / 255);
  const g = srgbToLinear(((rgba >>> 16) & 255) / 255);
  const b = srgbToLinear(((rgba >>> 8) & 255) / 255);
  const a = (rgba & 255) / 255;
  return { baseColor: [r, g, b] as [number, number, number], roughness: 0.8, metallic: 0, ...(a < 1 ? { opacity: a } : {}) };
}

export function voxelParts(model: VoxelModel, voxelSize: number): GeneratedPart[] {
  return [...greedyMesh(model, voxelSize)].map(([c, mesh]) => ({ slot: `c${c}`, mesh, material: paletteMaterial(model.palette[c]!) }));
}

export const voxel = defineGenerator({
  type: 'voxel',
  summary: 'A voxel model (MagicaVoxel .vox or a parametric shape), greedy-meshed, palette colours as materials.',
  slots: [],
  schema: VoxelParams,
  files: (p) => (p.file ? [{ path: p.file, key: 'file', extensions: ['.vox'] }] : []),
  estimate: (p) => {
    // A file's size is unknown until it is read: budget it like a 64³ model (the builder still checks the real
    // count). For shapes, greedy meshing stays well under two triangles per exposed voxel face.
    const [x, y, z] = p.shape === 'file' ? [64, 64, 64] : p.size;
    return { triangles: Math.min(2 * 6 * x * y * z, 4 * (x * y + y * z + x * z) * 8), parts: 256 };
  },
  generate: (p, ctx) => voxelParts(loadVoxelModel(p, ctx.baseDir), p.voxelSize),
});

export { count as voxelCount, linearToSrgb };
