/**
 * Colour-grading types. The shapes are the library's grade schema (library/grades.ts), inferred from it, so
 * a preset file, a user library and the code agree on one definition.
 */
export type { GradeOps, SplitTone, Monochrome, CurvePoints, Curves, GradeCategory, GradePreset } from '../library/grades.js';

export type Rgb = [number, number, number];

/** A problem with a set of grade ops, at a dotted path such as `splitTone.amount` or `curves.master[2]`. */
export interface GradeIssue {
  path: string;
  message: string;
}
