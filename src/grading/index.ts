/** Display-space colour grading: grade ops, presets, .cube show LUTs and the baker that folds them into one 3D LUT. */
import { GRADE_PRESETS } from './presets.js';
import type { GradeCategory, GradePreset } from './types.js';

export type { Rgb, SplitTone, Monochrome, Curves, CurvePoints, GradeOps, GradeCategory, GradePreset, GradeIssue } from './types.js';
export {
  applyGradeOps,
  compileGradeOps,
  gradeOpsIssues,
  monotoneCurve,
  luma,
  parseHexColour,
  GradeOpsError,
  GRADE_OP_RANGES,
  LUMA_WEIGHTS,
  DEFAULT_PIVOT,
  type GradeFn,
} from './ops.js';
export { parseCube, sampleCube, CubeError, CUBE_MIN_SIZE, CUBE_MAX_SIZE, CUBE_MAX_CHARS, type CubeLut } from './cube.js';
export { bakeGradeLut, isIdentity, DEFAULT_LUT_SIZE, MIN_LUT_SIZE, MAX_LUT_SIZE, type GradeLut, type BakeGradeLutOptions } from './lut.js';
export { GRADE_PRESETS };

export const GRADE_CATEGORIES: readonly GradeCategory[] = ['neutral', 'cinematic', 'film-stock', 'monochrome', 'vintage', 'stylised'];

const BY_ID = new Map(GRADE_PRESETS.map((p) => [p.id, p]));

export function getGradePreset(id: string): GradePreset | undefined {
  return BY_ID.get(id);
}

export function gradePresetIds(): string[] {
  return [...BY_ID.keys()];
}

export function gradePresets(category?: GradeCategory): GradePreset[] {
  return category ? GRADE_PRESETS.filter((p) => p.category === category) : GRADE_PRESETS;
}
