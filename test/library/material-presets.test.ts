/**
 * The preset library is data; these tests hold it to the physics: metals use measured F0, dielectrics stay in
 * the measured albedo range, IORs are plausible, recipes parse, ids are unique and the named materials exist.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MATERIAL_PRESETS, PRESETS_BY_FAMILY, MATERIAL_FAMILIES, SOURCES, type MaterialPreset } from '../../src/library/materials/index.js';
import { PbrParams } from '../../src/scene/material.js';
import { TextureRecipe } from '../../src/scene/texture-recipe.js';
import { colorToLinear } from '../../src/core/color.js';

const MIN_PER_FAMILY: Record<string, number> = {
  metal: 40, precious: 35, stone: 40, wood: 40, fabric: 40, glass: 22, liquid: 18, ceramic: 22, plastic: 28,
  paint: 28, organic: 22, nature: 40, emissive: 22, scifi: 18, concrete: 22, paper: 18, food: 28,
};

/** Materials the issue names, by family. */
const REQUIRED: Record<string, string[]> = {
  metal: ['chrome', 'titanium', 'bronze', 'brass', 'oxidised_copper', 'iron', 'aluminium', 'copper'],
  precious: ['gold', 'silver', 'diamond', 'jade', 'pearl', 'amber', 'magic_crystal'],
  stone: ['marble_white', 'granite', 'slate', 'brick_red', 'cobblestone', 'dungeon_stone'],
  wood: ['oak', 'pine', 'walnut', 'wood_planks', 'bark', 'weathered_wood'],
  fabric: ['velvet_red', 'denim', 'silk', 'canvas', 'wool', 'leather'],
  glass: ['glass_clear', 'glass_frosted', 'stained_glass'],
  liquid: ['water', 'honey'],
  ceramic: ['ceramic_glazed_white'],
  plastic: ['plastic_glossy_white', 'rubber_black'],
  paint: ['car_paint_red', 'lacquer'],
  organic: ['skin', 'fur', 'scales', 'feathers', 'flesh'],
  nature: ['moss', 'lichen', 'grass', 'dirt', 'mud', 'sand', 'snow', 'ice'],
  emissive: ['torch_flame', 'lava', 'neon_pink', 'hologram', 'energy_shield'],
  scifi: ['carbon_fibre', 'circuit_board'],
  concrete: ['concrete', 'asphalt'],
  paper: ['paper', 'cardboard'],
  food: ['bread'],
};

const luminance = (rgb: [number, number, number]) => 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];

function checkPreset(p: MaterialPreset): string[] {
  const problems: string[] = [];
  if (!/^[a-z][a-z0-9_]*$/.test(p.id)) problems.push('id must be snake_case');
  if (!(p.source in SOURCES)) problems.push(`unknown source ${p.source}`);
  if (p.tags.length < 2) problems.push('needs at least 2 tags');
  const pbr = PbrParams.safeParse(p.pbr);
  if (!pbr.success) problems.push(`pbr: ${pbr.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (p.texture) {
    const r = TextureRecipe.safeParse(p.texture);
    if (!r.success) problems.push(`texture: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const metallic = p.pbr.metallic ?? 0;
  const base = p.pbr.baseColor ? colorToLinear(p.pbr.baseColor) : ([1, 1, 1] as [number, number, number]);
  const lum = luminance(base);
  if (metallic === 1 && lum < 0.3 && !p.texture) problems.push(`a metal's F0 is bright (luminance ≥ 0.3); got ${lum.toFixed(3)}`);
  const lightSource = (p.pbr.emissiveStrength ?? 0) > 0 && p.pbr.emissive !== undefined;
  const clear = (p.pbr.transmission ?? 0) > 0.5;
  if (metallic === 0 && !lightSource && !clear && (lum < 0.005 || lum > 0.92)) problems.push(`dielectric albedo outside 0.005–0.92 (luminance ${lum.toFixed(3)})`);
  if (metallic > 0 && metallic < 1 && !p.texture && p.family !== 'paint' && p.family !== 'scifi') problems.push('partial metalness needs a texture (or is a paint/coating)');
  if (p.pbr.ior !== undefined && (p.pbr.ior < 1.0 || p.pbr.ior > 3)) problems.push(`implausible IOR ${p.pbr.ior}`);
  return problems;
}

test('the library has ≥ 500 presets in ≥ 15 families with unique ids and synonyms that do not shadow ids', () => {
  assert.ok(MATERIAL_PRESETS.length >= 500, `${MATERIAL_PRESETS.length} presets`);
  const families = new Set(MATERIAL_PRESETS.map((p) => p.family));
  assert.ok(families.size >= 15);
  const seen = new Map<string, string>();
  for (const p of MATERIAL_PRESETS) {
    assert.ok(!seen.has(p.id), `duplicate id ${p.id} (${p.family} and ${seen.get(p.id)})`);
    seen.set(p.id, p.family);
  }
  const pbrKeys = new Map<string, string>();
  for (const p of MATERIAL_PRESETS) {
    const key = JSON.stringify([p.pbr, p.texture ?? null]);
    assert.ok(!pbrKeys.has(key), `${p.id} has exactly the parameters of ${pbrKeys.get(key)} (a duplicate in disguise)`);
    pbrKeys.set(key, p.id);
  }
});

for (const family of MATERIAL_FAMILIES) {
  test(`family ${family}: enough presets, each physically plausible, the named ones present`, () => {
    const presets = PRESETS_BY_FAMILY[family];
    assert.ok(presets.length >= MIN_PER_FAMILY[family]!, `${family}: ${presets.length} presets, want ≥ ${MIN_PER_FAMILY[family]}`);
    const problems = presets.flatMap((p) => {
      const found = checkPreset(p);
      if (p.family !== family) found.push(`family is ${p.family}, listed under ${family}`);
      return found.map((m) => `${p.id}: ${m}`);
    });
    assert.deepEqual(problems, []);
    const ids = new Set(presets.map((p) => p.id));
    const missing = (REQUIRED[family] ?? []).filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], `${family} lacks ${missing.join(', ')}`);
  });
}
