/**
 * Grade operations as one pure function of a display colour, so Node can bake them into a 3D LUT and the
 * browser never runs them per pixel.
 *
 * Order of operations, fixed like a colourist's node tree (balance first, creative looks last):
 *   1. white balance — temperature, then tint, as channel gains
 *   2. lift / gamma / gain — out = gain·(x + lift·(1 − x)), then out^(1/gamma) where out > 0
 *   3. contrast — a power S-curve around the pivot that keeps black and white fixed
 *   4. curves — monotone cubic (Fritsch–Carlson), master first, then per channel
 *   5. saturation, then vibrance, around Rec.709 luma
 *   6. split toning — shadows weighted by (1 − luma)², highlights by luma², luma preserved
 *   7. monochrome — channel-mixer luminance, optional paper tint, mixed by amount
 *   8. bleach bypass — overlay of the colour with its own luma, mixed by amount
 *   9. fade — blacks up, whites down
 * and the result is clamped to [0, 1]. An op that is absent or at its neutral value is skipped, so it is the
 * identity exactly rather than up to rounding.
 */
import { Canvas3dError } from '../core/errors.js';
import { parseHex } from '../core/color.js';
import type { CurvePoints, GradeIssue, GradeOps, Rgb } from './types.js';
import { GRADE_OP_RANGES, MAX_CURVE_POINTS } from '../library/grades.js';

/** Rec.709 weights; applied to display values they are not true luminance, but they are what grading UIs use. */
export const LUMA_WEIGHTS: Readonly<Rgb> = [0.2126, 0.7152, 0.0722];

export const DEFAULT_PIVOT = 0.46;

/** Channel gains at temperature / tint ±1: about a 1.5-stop-of-CTO swing, gentle enough to stay usable at the ends. */
const TEMPERATURE_GAIN = 0.15;
const TINT_GREEN_GAIN = 0.12;
const TINT_RED_BLUE_GAIN = 0.06;

/** At fade 1 black rises to 0.1 and white falls to 0.9, a strong but still readable matte. */
const FADE_BLACK = 0.1;
const FADE_WHITE = 0.1;

/** The valid ranges live with the grade schema, so validation here and there cannot disagree. */
export { GRADE_OP_RANGES } from '../library/grades.js';

const MIN_CURVE_SPACING = 1e-9;

export type GradeFn = (rgb: Rgb) => Rgb;

export class GradeOpsError extends Canvas3dError {
  constructor(issues: GradeIssue[]) {
    super('C3D_INPUT_INVALID', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'), issues);
    this.name = 'GradeOpsError';
  }
}

export function luma(c: Readonly<Rgb>): number {
  return LUMA_WEIGHTS[0] * c[0] + LUMA_WEIGHTS[1] * c[1] + LUMA_WEIGHTS[2] * c[2];
}

function hex(value: string): Rgb {
  const rgb = parseHex(value);
  // Unreachable after validation; kept so a caller that skips it gets a message rather than NaN.
  if (!rgb) throw new GradeOpsError([{ path: '', message: `expected a colour like '#1f6f78', got ${JSON.stringify(value)}` }]);
  return rgb;
}

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);
const mix = (a: number, b: number, t: number): number => a + (b - a) * t;

/**
 * Fritsch–Carlson monotone cubic through the points (with (0,0) and (1,1) implied at the ends): it never
 * overshoots between points, so a curve drawn inside [0, 1] stays inside it. Outside [0, 1] the end values hold.
 */
export function monotoneCurve(points: CurvePoints): (x: number) => number {
  const pts = points.map(([x, y]): [number, number] => [x, y]);
  if (!pts.length || pts[0]![0] > 0) pts.unshift([0, 0]);
  if (pts[pts.length - 1]![0] < 1) pts.push([1, 1]);
  // Points closer than this would give secants that overflow; no curve editor places them that close anyway.
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of pts) {
    if (xs.length && x - xs[xs.length - 1]! < MIN_CURVE_SPACING) continue;
    xs.push(x);
    ys.push(y);
  }
  const n = xs.length;
  const secant: number[] = [];
  for (let k = 0; k < n - 1; k++) secant.push((ys[k + 1]! - ys[k]!) / (xs[k + 1]! - xs[k]!));
  const tangent: number[] = [secant[0]!];
  for (let k = 1; k < n - 1; k++) {
    const a = secant[k - 1]!;
    const b = secant[k]!;
    // Compared by sign, not by a·b ≤ 0: the product of two tiny secants underflows to 0.
    tangent.push(a === 0 || b === 0 || Math.sign(a) !== Math.sign(b) ? 0 : (a + b) / 2);
  }
  tangent.push(secant[n - 2]!);
  // Fritsch and Carlson's box condition (each tangent at most 3× its interval's secant) guarantees monotonicity;
  // it is tested without dividing by the secant, which can be denormal when two points almost coincide.
  for (let k = 0; k < n - 1; k++) {
    const d = secant[k]!;
    if (d === 0) {
      tangent[k] = 0;
      tangent[k + 1] = 0;
      continue;
    }
    if (Math.abs(tangent[k]!) > 3 * Math.abs(d)) tangent[k] = 3 * d;
    if (Math.abs(tangent[k + 1]!) > 3 * Math.abs(d)) tangent[k + 1] = 3 * d;
  }
  const x0 = xs[0]!;
  const xn = xs[n - 1]!;
  const y0 = ys[0]!;
  const yn = ys[n - 1]!;
  return (x) => {
    if (x <= x0) return y0;
    if (x >= xn) return yn;
    let lo = 0;
    let hi = n - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! <= x) lo = mid;
      else hi = mid;
    }
    const h = xs[hi]! - xs[lo]!;
    const t = (x - xs[lo]!) / h;
    const t2 = t * t;
    const t3 = t2 * t;
    const yLo = ys[lo]!;
    const yHi = ys[hi]!;
    const y = (2 * t3 - 3 * t2 + 1) * yLo + (t3 - 2 * t2 + t) * h * tangent[lo]! + (-2 * t3 + 3 * t2) * yHi + (t3 - t2) * h * tangent[hi]!;
    // Monotone in exact arithmetic; the clamp removes the last ulp of rounding, so "never overshoots" is exact.
    return yLo < yHi ? Math.min(Math.max(y, yLo), yHi) : Math.min(Math.max(y, yHi), yLo);
  };
}

/**
 * Contrast as a power S-curve about the pivot: slope 1 + contrast at the pivot, like the linear form, but black
 * and white stay fixed so raising contrast never clips. Values already outside [0, 1] pass through.
 */
function contrastCurve(contrast: number, pivot: number): (x: number) => number {
  const k = 1 + contrast;
  return (x) => {
    if (x <= 0 || x >= 1) return x;
    return x < pivot ? pivot * (x / pivot) ** k : 1 - (1 - pivot) * ((1 - x) / (1 - pivot)) ** k;
  };
}

// Points on the diagonal interpolate to the diagonal (every secant and tangent is 1), so they can be skipped.
const isIdentityCurve = (points: CurvePoints | undefined): boolean => !points || points.every(([x, y]) => x === y);

/** Applies the ops to a working colour in place; the compiled list holds only the ops that do something. */
type Step = (c: Rgb) => void;

/** The step for one op (or, for curves, one per channel), or nothing when the op is absent or neutral. */
type StepBuilder = (ops: GradeOps) => Step | Step[] | undefined;

function whiteBalanceStep(ops: GradeOps): Step | undefined {
  const temperature = ops.temperature ?? 0;
  const tint = ops.tint ?? 0;
  if (temperature === 0 && tint === 0) return undefined;
  const rb = 1 + TINT_RED_BLUE_GAIN * tint;
  const r = (1 + TEMPERATURE_GAIN * temperature) * rb;
  const g = 1 - TINT_GREEN_GAIN * tint;
  const b = (1 - TEMPERATURE_GAIN * temperature) * rb;
  return (c) => {
    c[0] *= r;
    c[1] *= g;
    c[2] *= b;
  };
}

function liftGammaGainStep(ops: GradeOps): Step | undefined {
  const lift = ops.lift ?? [0, 0, 0];
  const gamma = ops.gamma ?? [1, 1, 1];
  const gain = ops.gain ?? [1, 1, 1];
  if (!(lift.some((v) => v !== 0) || gamma.some((v) => v !== 1) || gain.some((v) => v !== 1))) return undefined;
  const invGamma = gamma.map((g) => 1 / g);
  return (c) => {
    for (let i = 0; i < 3; i++) {
      const out = gain[i]! * (c[i]! + lift[i]! * (1 - c[i]!));
      c[i] = out > 0 ? out ** invGamma[i]! : out;
    }
  };
}

function contrastStep(ops: GradeOps): Step | undefined {
  if (!ops.contrast) return undefined;
  const curve = contrastCurve(ops.contrast, ops.pivot ?? DEFAULT_PIVOT);
  return (c) => {
    c[0] = curve(c[0]);
    c[1] = curve(c[1]);
    c[2] = curve(c[2]);
  };
}

/** Master first, then red, green and blue. */
function curveSteps(ops: GradeOps): Step[] {
  const curves = ops.curves ?? {};
  const steps: Step[] = [];
  if (!isIdentityCurve(curves.master)) {
    const master = monotoneCurve(curves.master!);
    steps.push((c) => {
      c[0] = master(c[0]);
      c[1] = master(c[1]);
      c[2] = master(c[2]);
    });
  }
  (['r', 'g', 'b'] as const).forEach((channel, i) => {
    const points = curves[channel];
    if (isIdentityCurve(points)) return;
    const curve = monotoneCurve(points!);
    steps.push((c) => {
      c[i] = curve(c[i]!);
    });
  });
  return steps;
}

function saturationStep(ops: GradeOps): Step | undefined {
  const saturation = ops.saturation ?? 0;
  const vibrance = ops.vibrance ?? 0;
  if (saturation === 0 && vibrance === 0) return undefined;
  const s = 1 + saturation;
  return (c) => {
    const y = luma(c);
    // Vibrance reads saturation after the saturation op, so the two compose as a user expects.
    let chroma = Math.max(c[0], c[1], c[2]) - Math.min(c[0], c[1], c[2]);
    chroma = clamp01(chroma * s);
    const f = s * (1 + vibrance * (1 - chroma));
    c[0] = y + (c[0] - y) * f;
    c[1] = y + (c[1] - y) * f;
    c[2] = y + (c[2] - y) * f;
  };
}

function splitToneStep(ops: GradeOps): Step | undefined {
  const split = ops.splitTone;
  if (!split || split.amount === 0) return undefined;
  const shadowTone = hex(split.shadows);
  const highlightTone = hex(split.highlights);
  const shadowLuma = luma(shadowTone);
  const highlightLuma = luma(highlightTone);
  const { amount, balance } = split;
  return (c) => {
    const y = luma(c);
    const yc = clamp01(y);
    const ws = Math.min(1, amount * (1 - yc) ** 2 * (1 - balance));
    const wh = Math.min(1, amount * yc ** 2 * (1 + balance));
    // The target is the tone colour scaled to this colour's luma, so mixing toward it moves hue, not brightness.
    for (let i = 0; i < 3; i++) {
      const s = shadowLuma > 1e-6 ? (shadowTone[i]! * y) / shadowLuma : y;
      const h = highlightLuma > 1e-6 ? (highlightTone[i]! * y) / highlightLuma : y;
      c[i] = mix(mix(c[i]!, s, ws), h, wh);
    }
  };
}

function monochromeStep(ops: GradeOps): Step | undefined {
  const mono = ops.monochrome;
  if (!mono || mono.amount === 0) return undefined;
  const sum = mono.weights[0] + mono.weights[1] + mono.weights[2];
  const w = mono.weights.map((v) => v / sum);
  const paper = mono.tint ? hex(mono.tint) : ([1, 1, 1] as Rgb);
  const { amount } = mono;
  return (c) => {
    const y = w[0]! * c[0] + w[1]! * c[1] + w[2]! * c[2];
    c[0] = mix(c[0], y * paper[0], amount);
    c[1] = mix(c[1], y * paper[1], amount);
    c[2] = mix(c[2], y * paper[2], amount);
  };
}

function bleachBypassStep(ops: GradeOps): Step | undefined {
  if (!ops.bleachBypass) return undefined;
  const amount = ops.bleachBypass;
  return (c) => {
    const y = luma(c);
    // Multiply below mid grey, screen above, with a short ramp between so the switch makes no seam.
    const toScreen = clamp01(10 * (y - 0.45));
    for (let i = 0; i < 3; i++) {
      const x = c[i]!;
      const overlay = mix(2 * x * y, 1 - 2 * (1 - x) * (1 - y), toScreen);
      c[i] = mix(x, overlay, amount);
    }
  };
}

function fadeStep(ops: GradeOps): Step | undefined {
  if (!ops.fade) return undefined;
  const black = FADE_BLACK * ops.fade;
  const scale = 1 - (FADE_BLACK + FADE_WHITE) * ops.fade;
  return (c) => {
    c[0] = black + c[0] * scale;
    c[1] = black + c[1] * scale;
    c[2] = black + c[2] * scale;
  };
}

/** The node tree, in the order the file's header gives. */
const GRADE_ORDER: readonly StepBuilder[] = [whiteBalanceStep, liftGammaGainStep, contrastStep, curveSteps, saturationStep, splitToneStep, monochromeStep, bleachBypassStep, fadeStep];

/**
 * Validates, pre-computes (curves, colours, gains) and returns the grade as a function; bake with this rather
 * than `applyGradeOps` when grading many colours with the same ops. Throws GradeOpsError on invalid ops.
 */
export function compileGradeOps(ops: GradeOps): GradeFn {
  const issues = gradeOpsIssues(ops);
  if (issues.length) throw new GradeOpsError(issues);
  const steps = GRADE_ORDER.flatMap((build) => build(ops) ?? []);
  return (rgb) => {
    const c: Rgb = [rgb[0], rgb[1], rgb[2]];
    for (const step of steps) step(c);
    return [clamp01(c[0]), clamp01(c[1]), clamp01(c[2])];
  };
}

/** Grades one display colour. Compiles the ops on every call: for many colours use `compileGradeOps`. */
export function applyGradeOps(rgb: Rgb, ops: GradeOps): Rgb {
  return compileGradeOps(ops)(rgb);
}

/** Checks for one kind of value, each adding what is wrong to the shared list of issues. */
function issueCheckers(issues: GradeIssue[]) {
  const number = (path: string, value: unknown, [lo, hi]: readonly [number, number]): void => {
    if (typeof value !== 'number' || !Number.isFinite(value)) issues.push({ path, message: `expected a number, got ${JSON.stringify(value)}` });
    else if (value < lo || value > hi) issues.push({ path, message: `must be from ${lo} to ${hi}, got ${value}` });
  };
  const optional = (path: string, value: unknown, range: readonly [number, number]): void => {
    if (value !== undefined) number(path, value, range);
  };
  const triple = (path: string, value: unknown, range: readonly [number, number]): void => {
    if (value === undefined) return;
    if (!Array.isArray(value) || value.length !== 3) issues.push({ path, message: 'expected [r, g, b]' });
    else value.forEach((v, i) => number(`${path}[${i}]`, v, range));
  };
  const colour = (path: string, value: unknown): void => {
    if (typeof value !== 'string' || !parseHex(value)) issues.push({ path, message: `expected a colour like '#1f6f78', got ${JSON.stringify(value)}` });
  };
  const isObject = (path: string, value: unknown): boolean => {
    const ok = typeof value === 'object' && value !== null && !Array.isArray(value);
    if (!ok) issues.push({ path, message: 'expected an object' });
    return ok;
  };
  return { issues, number, optional, triple, colour, isObject };
}

type IssueCheckers = ReturnType<typeof issueCheckers>;

/** Every problem with a set of ops (ops often arrive as JSON, so shapes are checked as well as ranges). */
export function gradeOpsIssues(ops: GradeOps): GradeIssue[] {
  if (typeof ops !== 'object' || ops === null) return [{ path: '', message: 'expected an object of grade ops' }];
  const check = issueCheckers([]);
  const { optional, triple } = check;
  const R = GRADE_OP_RANGES;
  optional('temperature', ops.temperature, R.temperature);
  optional('tint', ops.tint, R.tint);
  triple('lift', ops.lift, R.lift);
  triple('gamma', ops.gamma, R.gamma);
  triple('gain', ops.gain, R.gain);
  optional('contrast', ops.contrast, R.contrast);
  optional('pivot', ops.pivot, R.pivot);
  optional('saturation', ops.saturation, R.saturation);
  optional('vibrance', ops.vibrance, R.vibrance);
  optional('fade', ops.fade, R.fade);
  optional('bleachBypass', ops.bleachBypass, R.bleachBypass);
  if (ops.splitTone !== undefined && check.isObject('splitTone', ops.splitTone)) splitToneIssues(check, ops.splitTone);
  if (ops.monochrome !== undefined && check.isObject('monochrome', ops.monochrome)) monochromeIssues(check, ops.monochrome);
  if (ops.curves !== undefined && check.isObject('curves', ops.curves)) curvesIssues(check, ops.curves);
  return check.issues;
}

function splitToneIssues({ colour, number }: IssueCheckers, s: NonNullable<GradeOps['splitTone']>): void {
  colour('splitTone.shadows', s.shadows);
  colour('splitTone.highlights', s.highlights);
  number('splitTone.balance', s.balance, GRADE_OP_RANGES.splitToneBalance);
  number('splitTone.amount', s.amount, GRADE_OP_RANGES.amount);
}

function monochromeIssues({ issues, colour, number, triple }: IssueCheckers, m: NonNullable<GradeOps['monochrome']>): void {
  const before = issues.length;
  if (m.weights === undefined) issues.push({ path: 'monochrome.weights', message: 'expected [r, g, b]' });
  else triple('monochrome.weights', m.weights, GRADE_OP_RANGES.monochromeWeight);
  if (issues.length === before && m.weights[0] + m.weights[1] + m.weights[2] < 0.01) {
    issues.push({ path: 'monochrome.weights', message: 'weights must add up to more than 0 (they are normalised to sum 1)' });
  }
  number('monochrome.amount', m.amount, GRADE_OP_RANGES.amount);
  if (m.tint !== undefined) colour('monochrome.tint', m.tint);
}

/** Each curve: at most MAX_CURVE_POINTS [x, y] points inside [0, 1], x strictly increasing. */
function curvesIssues({ issues, number }: IssueCheckers, curves: NonNullable<GradeOps['curves']>): void {
  for (const channel of ['master', 'r', 'g', 'b'] as const) {
    const points: unknown = curves[channel];
    if (points === undefined) continue;
    const path = `curves.${channel}`;
    if (!Array.isArray(points) || points.length > MAX_CURVE_POINTS) {
      issues.push({ path, message: `expected up to ${MAX_CURVE_POINTS} [x, y] points` });
      continue;
    }
    let previousX = -Infinity;
    points.forEach((p: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!Array.isArray(p) || p.length !== 2) {
        issues.push({ path: at, message: 'expected [x, y]' });
        return;
      }
      const before = issues.length;
      number(`${at}[0]`, p[0], [0, 1]);
      number(`${at}[1]`, p[1], [0, 1]);
      if (issues.length > before) return;
      if (p[0] <= previousX) issues.push({ path: `${at}[0]`, message: `x must be greater than the previous point's (${previousX})` });
      previousX = p[0];
    });
  }
}
