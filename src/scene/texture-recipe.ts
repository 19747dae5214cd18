/**
 * Procedural texture recipes: data that says how to bake a tileable texture set (base colour, normal,
 * roughness/metallic, occlusion). A recipe is a pattern that yields a height field in 0..1, a colour ramp and
 * roughness/metallic ranges read along that field, and the real-world size of one tile.
 */
import { z } from 'zod';
import { strictObject, Color } from '../core/zod.js';

const scale = (d: number) => z.number().min(0.1).max(256).default(d).describe('features per tile');
const count = (min: number, max: number, d: number) => z.number().int().min(min).max(max).default(d);
const frac = (d: number) => z.number().min(0).max(1).default(d);

export const Pattern = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('noise'), scale: scale(4), octaves: count(1, 8, 5), gain: frac(0.5) }).describe('fBm gradient noise: stone, plaster, dirt, skin'),
  strictObject({ kind: z.literal('ridged'), scale: scale(3), octaves: count(1, 8, 5), gain: frac(0.5) }).describe('ridged multifractal (musgrave): rock, lava crust, bark'),
  strictObject({ kind: z.literal('cells'), scale: scale(8), jitter: frac(0.9), output: z.enum(['distance', 'edges', 'cells']).default('distance') }).describe('voronoi / cellular: cobbles, scales, cracked mud, leather'),
  strictObject({ kind: z.literal('bricks'), rows: count(1, 64, 8), columns: count(1, 64, 4), mortar: z.number().min(0).max(0.4).default(0.06), bond: z.enum(['running', 'stack']).default('running') }),
  strictObject({ kind: z.literal('tiles'), rows: count(1, 64, 4), columns: count(1, 64, 4), grout: z.number().min(0).max(0.4).default(0.04) }),
  strictObject({ kind: z.literal('planks'), boards: count(1, 64, 6), gap: z.number().min(0).max(0.2).default(0.01), stagger: frac(0.5) }).describe('floorboards along U with wood grain'),
  strictObject({
    kind: z.literal('wood'),
    rings: count(1, 128, 12).describe('growth rings across the tile'),
    distortion: frac(0.3),
    cut: z.enum(['flat', 'quarter']).optional().describe('flat-sawn (the default): rings as nested arches; quarter-sawn: straight ribbon stripes with ray flecks'),
  }).describe('a board\'s grain along V: growth rings, pores and medullary rays'),
  strictObject({ kind: z.literal('marble'), veins: count(1, 32, 3), turbulence: frac(0.6) }).describe('veins from turbulent sine'),
  strictObject({ kind: z.literal('scratches'), density: count(1, 2000, 120), length: frac(0.15) }).describe('fine directional scratches over a flat base: brushed or worn metal'),
  strictObject({ kind: z.literal('rust'), coverage: frac(0.5), scale: scale(4) }).describe('patches where the field is high: rust, patina, moss, dirt'),
  strictObject({ kind: z.literal('weave'), threads: count(2, 256, 48) }).describe('plain weave: canvas, denim, linen'),
  strictObject({ kind: z.literal('hexagons'), scale: scale(8), gap: z.number().min(0).max(0.4).default(0.06) }).describe('hex cells: sci-fi panels, honeycomb, scales'),
  strictObject({ kind: z.literal('panels'), rows: count(1, 32, 3), columns: count(1, 32, 3), seam: z.number().min(0).max(0.2).default(0.015) }).describe('plates with seams and rivets: hull plating, sci-fi walls'),
  strictObject({ kind: z.literal('stripes'), count: count(1, 256, 8), softness: frac(0.2) }).describe('stripes along U: circuit traces, corduroy, bacon'),
]);
export type Pattern = z.infer<typeof Pattern>;

export const TextureRecipe = strictObject({
  pattern: Pattern,
  colors: z.array(Color).min(1).max(6).describe('colour ramp read along the pattern, low (cavities, mortar, dark grain) to high'),
  roughness: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).describe('roughness at pattern value 0 and 1'),
  metallic: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional().describe('metalness at pattern value 0 and 1 (rust over steel: [1, 0])'),
  emission: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional().describe('share of the emissive colour at pattern value 0 and 1 (lava glows in its cracks: [1, 0])'),
  normalStrength: z.number().min(0).max(10).default(1),
  detail: frac(0.2).describe('fine fBm grain layered over the pattern'),
  tileSizeM: z.number().positive().max(100).default(1).describe('real-world width of one tile, metres'),
});
export type TextureRecipe = z.infer<typeof TextureRecipe>;

export const BlendMask = strictObject({
  type: z.enum(['noise', 'height', 'slope']).describe('noise: organic patches; height: the second material fills cavities (or tops, inverted); slope: by surface steepness, split per face at build time'),
  scale: z.number().min(0.1).max(256).default(4),
  threshold: z.number().min(0).max(1).default(0.5).describe('share of the surface given to the second material'),
  softness: z.number().min(0).max(1).default(0.15),
  invert: z.boolean().default(false),
});
export type BlendMask = z.infer<typeof BlendMask>;
