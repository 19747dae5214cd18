/** Display-space colour grading: grade ops, presets, .cube show LUTs and the baker that folds them into one 3D LUT. */
export type { Rgb, SplitTone, Monochrome, Curves, CurvePoints, GradeOps, GradeCategory, GradePreset, GradeIssue } from './types.js';
export {
  applyGradeOps,
  compileGradeOps,
  gradeOpsIssues,
  monotoneCurve,
  luma,
  GradeOpsError,
  GRADE_OP_RANGES,
  LUMA_WEIGHTS,
  DEFAULT_PIVOT,
  type GradeFn,
} from './ops.js';
export { parseCube, sampleCube, CubeError, CUBE_MIN_SIZE, CUBE_MAX_SIZE, CUBE_MAX_CHARS, type CubeLut } from './cube.js';
export { bakeGradeLut, isIdentity, DEFAULT_LUT_SIZE, MIN_LUT_SIZE, MAX_LUT_SIZE, type GradeLut, type BakeGradeLutOptions } from './lut.js';
export { GRADE_PRESETS, GRADE_CATEGORIES, getGradePreset, gradePresetIds, gradePresets, registerGradePresets } from './presets.js';
