/**
 * Colour-grading types. Every value lives in display space: sRGB-encoded [0, 1], after tone mapping, which is
 * where a colourist's controls are calibrated and where the renderer applies the baked LUT.
 */

export type Rgb = [number, number, number];

/** Toning shadows and highlights toward two colours, as a colourist's split-toning panel does. */
export interface SplitTone {
  /** '#rrggbb' */
  shadows: string;
  /** '#rrggbb' */
  highlights: string;
  /** -1..1; positive favours the highlight tone. */
  balance: number;
  /** 0..1 */
  amount: number;
}

/** Black-and-white through a channel mixer, the digital stand-in for a lens filter on panchromatic film. */
export interface Monochrome {
  /** Channel mixer; normalised to sum 1, so only the proportions matter. */
  weights: Rgb;
  /** 0..1 mix toward the black-and-white image. */
  amount: number;
  /** '#rrggbb', multiplied in like printing on toned paper (sepia, selenium): pick a light colour. */
  tint?: string;
}

/** A curve's control points, in [0, 1] with x strictly increasing; (0,0) and (1,1) are implied when absent. */
export type CurvePoints = [number, number][];

export interface Curves {
  master?: CurvePoints;
  r?: CurvePoints;
  g?: CurvePoints;
  b?: CurvePoints;
}

export interface GradeOps {
  /** -1..1, cool → warm. */
  temperature?: number;
  /** -1..1, green → magenta. */
  tint?: number;
  /** Shadows offset, each -0.5..0.5; default [0, 0, 0]. */
  lift?: Rgb;
  /** Midtones, each 0.2..5 (higher is brighter); default [1, 1, 1]. */
  gamma?: Rgb;
  /** Highlights scale, each 0..4; default [1, 1, 1]. */
  gain?: Rgb;
  /** -1..1 around `pivot`; black and white stay put. */
  contrast?: number;
  /** 0.05..0.95; default 0.46 (18 % grey in sRGB). */
  pivot?: number;
  /** -1 grey … 0 unchanged … +1 double. */
  saturation?: number;
  /** -1..1, saturation weighted toward less-saturated colours (spares skin and already-vivid colours). */
  vibrance?: number;
  splitTone?: SplitTone;
  monochrome?: Monochrome;
  /** 0..1: lifts blacks and lowers whites (matte look). */
  fade?: number;
  /** 0..1: blend toward a desaturated, contrasty luminance overlay. */
  bleachBypass?: number;
  curves?: Curves;
}

export type GradeCategory = 'neutral' | 'cinematic' | 'film-stock' | 'monochrome' | 'vintage' | 'stylised';

export interface GradePreset {
  id: string;
  label: string;
  category: GradeCategory;
  /** One sentence: the look, and when to reach for it. */
  description: string;
  tags: string[];
  ops: GradeOps;
}

/** A problem with a set of grade ops, at a dotted path such as `splitTone.amount` or `curves.master[2]`. */
export interface GradeIssue {
  path: string;
  message: string;
}
