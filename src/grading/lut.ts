/**
 * Bakes a shot's whole display-space grade into one 3D LUT, so the browser applies any number of operations
 * with a single texture lookup (postprocessing's LUT3DEffect).
 */
import { sampleCube, type CubeLut } from './cube.js';
import { compileGradeOps, type GradeFn } from './ops.js';
import type { GradeOps, Rgb } from './types.js';

/** 33³ is the size grading tools exchange: below it smooth gradients band, above it the bake costs more than it shows. */
export const DEFAULT_LUT_SIZE = 33;
export const MIN_LUT_SIZE = 2;
/** 128³ RGBA floats is 32 MiB of texture, already more than a preview frame deserves. */
export const MAX_LUT_SIZE = 128;

export interface GradeLut {
  size: number;
  /**
   * RGBA floats, size³·4, alpha 1; entry for lattice point (r, g, b) at ((b·size + g)·size + r)·4. Red changes
   * fastest, which is what three.js `new Data3DTexture(data, size, size, size)` with RGBAFormat/FloatType lays
   * out as x, y, z, and what LUT3DEffect samples with the colour's r, g, b as those coordinates.
   */
  data: Float32Array;
}

export interface BakeGradeLutOptions {
  /** The grade preset's ops, applied after `look`. */
  grade?: GradeOps;
  /** The shot's own primary corrections, applied first. */
  look?: GradeOps;
  /** A show LUT, applied last, the way a DIT's LUT sits at the end of a colourist's pipeline. */
  cube?: CubeLut;
  /** Lattice points per axis; default DEFAULT_LUT_SIZE. */
  size?: number;
}

export function bakeGradeLut(options: BakeGradeLutOptions = {}): GradeLut {
  const size = options.size ?? DEFAULT_LUT_SIZE;
  if (!Number.isInteger(size) || size < MIN_LUT_SIZE || size > MAX_LUT_SIZE) {
    throw new RangeError(`LUT size must be a whole number from ${MIN_LUT_SIZE} to ${MAX_LUT_SIZE}, got ${size}`);
  }
  const stages: GradeFn[] = [];
  if (options.look) stages.push(compileGradeOps(options.look));
  if (options.grade) stages.push(compileGradeOps(options.grade));
  const { cube } = options;
  // A show LUT may map outside [0, 1]; the texture holds display values, so its output is clamped like the ops'.
  if (cube) stages.push((c) => sampleCube(cube, c).map((v) => (v < 0 ? 0 : v > 1 ? 1 : v)) as Rgb);

  const data = new Float32Array(size ** 3 * 4);
  const step = 1 / (size - 1);
  let i = 0;
  for (let b = 0; b < size; b++) {
    for (let g = 0; g < size; g++) {
      for (let r = 0; r < size; r++) {
        let c: Rgb = [r * step, g * step, b * step];
        for (const stage of stages) c = stage(c);
        data[i++] = c[0];
        data[i++] = c[1];
        data[i++] = c[2];
        data[i++] = 1;
      }
    }
  }
  return { size, data };
}

/** Whether the LUT maps every lattice point to itself within `tol`, i.e. can be skipped by the renderer. */
export function isIdentity(lut: GradeLut, tol = 1e-6): boolean {
  const { size, data } = lut;
  const step = 1 / (size - 1);
  let i = 0;
  for (let b = 0; b < size; b++) {
    for (let g = 0; g < size; g++) {
      for (let r = 0; r < size; r++) {
        if (
          Math.abs(data[i]! - r * step) > tol ||
          Math.abs(data[i + 1]! - g * step) > tol ||
          Math.abs(data[i + 2]! - b * step) > tol ||
          Math.abs(data[i + 3]! - 1) > tol
        ) {
          return false;
        }
        i += 4;
      }
    }
  }
  return true;
}
