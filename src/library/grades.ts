/**
 * Colour-grade presets: the one schema of grade ops and of a preset, and the registry of built-in presets
 * (data/grades.json) plus any a user library registered. Every value lives in display space (sRGB-encoded [0, 1],
 * after tone mapping), where a colourist's controls are calibrated and where the renderer applies the baked LUT;
 * grading/ops.ts applies the ops in a fixed order.
 */
import { z } from 'zod';
import data from './data/grades.json' with { type: 'json' };
import { strictObject, Id, Tags } from '../core/zod.js';
import { loadBuiltinPresets } from './load.js';
import { PresetRegistry } from './registry.js';

/** The valid ranges, shared by the schema, grading/ops.ts's checks, the presets' tests and any UI that offers sliders. */
export const GRADE_OP_RANGES = {
  temperature: [-1, 1],
  tint: [-1, 1],
  lift: [-0.5, 0.5],
  gamma: [0.2, 5],
  gain: [0, 4],
  contrast: [-1, 1],
  pivot: [0.05, 0.95],
  saturation: [-1, 1],
  vibrance: [-1, 1],
  fade: [0, 1],
  bleachBypass: [0, 1],
  splitToneBalance: [-1, 1],
  amount: [0, 1],
  monochromeWeight: [-2, 2],
} as const satisfies Record<string, readonly [number, number]>;

/** Curves beyond this are a data error, not a grade. */
export const MAX_CURVE_POINTS = 64;

const R = GRADE_OP_RANGES;
const range = ([lo, hi]: readonly [number, number]) => z.number().min(lo).max(hi);
const rgb = (r: readonly [number, number]) => z.tuple([range(r), range(r), range(r)]);
const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, "expected a colour like '#1f6f78'");

/** Toning shadows and highlights toward two colours, as a colourist's split-toning panel does. */
export const SplitTone = strictObject({
  shadows: HexColour,
  highlights: HexColour,
  balance: range(R.splitToneBalance).describe('positive favours the highlight tone'),
  amount: range(R.amount),
});

/** Black-and-white through a channel mixer, the digital stand-in for a lens filter on panchromatic film. */
export const Monochrome = strictObject({
  weights: rgb(R.monochromeWeight).refine((w) => w[0] + w[1] + w[2] >= 0.01, 'weights must add up to more than 0 (they are normalised to sum 1)')
    .describe('channel mixer; normalised to sum 1, so only the proportions matter'),
  amount: range(R.amount).describe('mix toward the black-and-white image'),
  tint: HexColour.optional().describe('multiplied in like printing on toned paper (sepia, selenium): pick a light colour'),
});

/** A curve's control points in [0, 1] with x strictly increasing; (0,0) and (1,1) are implied when absent. */
export const CurvePoints = z.array(z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)])).max(MAX_CURVE_POINTS)
  .superRefine((points, ctx) => {
    for (let i = 1; i < points.length; i++) {
      if (points[i]![0] <= points[i - 1]![0]) ctx.addIssue({ code: 'custom', path: [i, 0], message: 'x must be greater than the previous point\'s' });
    }
  });

export const Curves = strictObject({ master: CurvePoints.optional(), r: CurvePoints.optional(), g: CurvePoints.optional(), b: CurvePoints.optional() });

export const GradeOps = strictObject({
  temperature: range(R.temperature).optional().describe('cool → warm'),
  tint: range(R.tint).optional().describe('green → magenta'),
  lift: rgb(R.lift).optional().describe('shadows offset; default [0, 0, 0]'),
  gamma: rgb(R.gamma).optional().describe('midtones, higher is brighter; default [1, 1, 1]'),
  gain: rgb(R.gain).optional().describe('highlights scale; default [1, 1, 1]'),
  contrast: range(R.contrast).optional().describe('around `pivot`; black and white stay put'),
  pivot: range(R.pivot).optional().describe('default 0.46 (18 % grey in sRGB)'),
  saturation: range(R.saturation).optional().describe('-1 grey … 0 unchanged … +1 double'),
  vibrance: range(R.vibrance).optional().describe('saturation weighted toward less-saturated colours'),
  splitTone: SplitTone.optional(),
  monochrome: Monochrome.optional(),
  fade: range(R.fade).optional().describe('lifts blacks and lowers whites (matte look)'),
  bleachBypass: range(R.bleachBypass).optional().describe('blend toward a desaturated, contrasty luminance overlay'),
  curves: Curves.optional(),
});

export const GRADE_CATEGORIES = ['neutral', 'cinematic', 'film-stock', 'monochrome', 'vintage', 'stylised'] as const;

export const GradePreset = strictObject({
  id: Id,
  label: z.string().min(1).max(200),
  category: z.enum(GRADE_CATEGORIES),
  description: z.string().min(1).max(2000).describe('the look, and when to reach for it'),
  tags: Tags,
  ops: GradeOps,
});

export type GradeOps = z.input<typeof GradeOps>;
export type SplitTone = z.input<typeof SplitTone>;
export type Monochrome = z.input<typeof Monochrome>;
export type CurvePoints = z.input<typeof CurvePoints>;
export type Curves = z.input<typeof Curves>;
export type GradeCategory = (typeof GRADE_CATEGORIES)[number];
export type GradePreset = z.input<typeof GradePreset>;

const registry = new PresetRegistry(loadBuiltinPresets(GradePreset, data, 'grades.json'));

/** Built-ins first, then registered presets; live, so registration shows here. */
export const GRADE_PRESETS: readonly GradePreset[] = registry.list;

export function getGradePreset(id: string): GradePreset | undefined {
  return registry.get(id);
}

export function gradePresetIds(): string[] {
  return registry.ids();
}

export function gradePresets(category?: GradeCategory): GradePreset[] {
  return category ? GRADE_PRESETS.filter((p) => p.category === category) : [...GRADE_PRESETS];
}

/** Adds presets to the registry; ids already taken are refused and returned, never replaced. */
export function registerGradePresets(presets: readonly GradePreset[]): { added: string[]; clashes: string[] } {
  return registry.register(presets);
}
