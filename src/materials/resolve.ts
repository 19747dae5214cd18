/**
 * Material resolution: a spec material reference (a name in `materials` or a preset id) → one flat description
 * the builder can turn into glTF: merged PBR parameters, the texture recipe (tinted to match overrides), the
 * variation, an optional blend partner, and how UVs are made.
 */
import type { SceneSpec } from '../scene/schema.js';
import type { MaterialSpec, PbrParams } from '../scene/material.js';
import type { MaterialPreset } from '../library/materials/index.js';
import { TextureRecipe, type BlendMask } from '../scene/texture-recipe.js';
import { Variation } from '../scene/variation.js';
import { colorToLinear, linearToSrgb } from '../core/color.js';
import { fnv1a } from '../core/hash.js';
import type { MaterialLibrary } from './library.js';

export type Projection = 'uv' | 'box' | 'planar' | 'cylindrical' | 'spherical';

export interface ResolvedMaterial {
  /** Stable identity: the reference plus everything that shapes the result. */
  key: string;
  name: string;
  pbr: PbrParams;
  recipe?: TextureRecipe | undefined;
  seed: number;
  variation?: Variation | undefined;
  blend?: { other: ResolvedMaterial; mask: BlendMask } | undefined;
  projection: Projection;
  tileSizeM: number;
  /** Seasons only shift vegetation. */
  vegetation: boolean;
}

const VEGETATION_TAGS = new Set(['vegetation', 'grass', 'leaves', 'leaf', 'moss', 'foliage', 'plant', 'lichen', 'hedge', 'hay', 'straw', 'tree']);

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(linearToSrgb(Math.min(1, Math.max(0, c))) * 255).toString(16).padStart(2, '0')).join('')}`;

/**
 * Overrides on a textured preset adjust the texture rather than being ignored: a base colour override tints
 * the ramp by its ratio to the preset colour, a roughness override shifts the range, a metalness override
 * replaces it.
 */
function adjustRecipe(recipe: TextureRecipe, presetPbr: PbrParams, overrides: Partial<PbrParams>): TextureRecipe {
  const r: TextureRecipe = { ...recipe };
  if (overrides.baseColor !== undefined && presetPbr.baseColor !== undefined) {
    const from = colorToLinear(presetPbr.baseColor);
    const to = colorToLinear(overrides.baseColor);
    const ratio = from.map((c, k) => (c > 1e-4 ? to[k]! / c : 1));
    r.colors = recipe.colors.map((c) => toHex(colorToLinear(c).map((v, k) => v * ratio[k]!)));
  }
  if (overrides.roughness !== undefined) {
    const shift = overrides.roughness - (presetPbr.roughness ?? (recipe.roughness[0] + recipe.roughness[1]) / 2);
    r.roughness = recipe.roughness.map((v) => Math.min(1, Math.max(0, v + shift))) as [number, number];
  }
  if (overrides.metallic !== undefined) r.metallic = [overrides.metallic, overrides.metallic];
  return r;
}

/** Preset recipes are data that never changes: parse (and fill defaults) once per preset. */
const parsedRecipes = new WeakMap<MaterialPreset, TextureRecipe>();
function presetRecipe(preset: MaterialPreset | undefined): TextureRecipe | undefined {
  if (!preset?.texture) return undefined;
  let r = parsedRecipes.get(preset);
  if (!r) parsedRecipes.set(preset, (r = TextureRecipe.parse(preset.texture)));
  return r;
}

export function resolveMaterial(ref: string, spec: SceneSpec, library: MaterialLibrary, depth = 0): ResolvedMaterial {
  const named: MaterialSpec | undefined = spec.materials[ref];
  const presetId = named ? named.preset : ref;
  const preset: MaterialPreset | undefined = presetId ? library.get(presetId) : undefined;
  if (!named && !preset) throw new Error(`unknown material ${ref}`); // validateSpec reports this first
  const presetPbr: PbrParams = preset?.pbr ?? {};
  const m: Partial<MaterialSpec> = named ?? {};
  const { preset: _p, name, texture, textureSeed, tileSizeM, projection, variation, blend, ...pbrOverrides } = m;
  const overrides = stripUndefined(pbrOverrides) as Partial<PbrParams>;
  const pbr: PbrParams = { ...presetPbr, ...overrides };

  let recipe: TextureRecipe | undefined;
  if (texture === false) recipe = undefined;
  else if (texture) recipe = texture;
  else if (preset?.texture) recipe = adjustRecipe(presetRecipe(preset)!, presetPbr, overrides);
  // A file texture on a slot wins over the bake for that slot; a base colour file replaces the recipe colours.
  const tile = tileSizeM ?? recipe?.tileSizeM ?? 1;
  const other = blend && depth === 0 ? resolveMaterial(blend.with, spec, library, depth + 1) : undefined;
  const wantsWorldUvs = recipe !== undefined || (other?.recipe !== undefined && blend?.mask.type !== 'slope');
  const proj = projection ?? 'auto';
  const resolvedProjection: Projection = proj === 'auto' ? (wantsWorldUvs ? 'box' : 'uv') : proj === 'triplanar' ? 'box' : proj;
  const tags = preset?.tags ?? [];
  const vegetation = preset?.family === 'nature' && tags.some((t) => VEGETATION_TAGS.has(t));
  const resolved: ResolvedMaterial = {
    key: '',
    name: name ?? ref,
    pbr,
    recipe,
    seed: textureSeed ?? fnv1a(presetId ?? ref),
    variation: variation ? Variation.parse(variation) : undefined,
    blend: other && blend ? { other, mask: blend.mask } : undefined,
    projection: resolvedProjection,
    tileSizeM: tile,
    vegetation: vegetation || (preset === undefined && VEGETATION_TAGS.has(ref)),
  };
  resolved.key = JSON.stringify([ref, pbr, recipe ?? null, resolved.seed, resolved.variation ?? null, other?.key ?? null, blend?.mask ?? null, resolved.projection, tile]);
  return resolved;
}
