/** The material preset library: every family's data, lookup by id. */
import { METAL_PRESETS } from './data/metal.js';
import { PRECIOUS_PRESETS } from './data/precious.js';
import { STONE_PRESETS } from './data/stone.js';
import { WOOD_PRESETS } from './data/wood.js';
import { FABRIC_PRESETS } from './data/fabric.js';
import { GLASS_PRESETS } from './data/glass.js';
import { LIQUID_PRESETS } from './data/liquid.js';
import { CERAMIC_PRESETS } from './data/ceramic.js';
import { PLASTIC_PRESETS } from './data/plastic.js';
import { PAINT_PRESETS } from './data/paint.js';
import { ORGANIC_PRESETS } from './data/organic.js';
import { NATURE_PRESETS } from './data/nature.js';
import { EMISSIVE_PRESETS } from './data/emissive.js';
import { SCIFI_PRESETS } from './data/scifi.js';
import { CONCRETE_PRESETS } from './data/concrete.js';
import { PAPER_PRESETS } from './data/paper.js';
import { FOOD_PRESETS } from './data/food.js';
import type { MaterialFamily, MaterialPreset } from './types.js';

export type { MaterialPreset, MaterialFamily, PresetPbr } from './types.js';
export { MATERIAL_FAMILIES } from './types.js';
export { SOURCES, type SourceKey } from './sources.js';

export const PRESETS_BY_FAMILY: Record<MaterialFamily, readonly MaterialPreset[]> = {
  metal: METAL_PRESETS,
  precious: PRECIOUS_PRESETS,
  stone: STONE_PRESETS,
  wood: WOOD_PRESETS,
  fabric: FABRIC_PRESETS,
  glass: GLASS_PRESETS,
  liquid: LIQUID_PRESETS,
  ceramic: CERAMIC_PRESETS,
  plastic: PLASTIC_PRESETS,
  paint: PAINT_PRESETS,
  organic: ORGANIC_PRESETS,
  nature: NATURE_PRESETS,
  emissive: EMISSIVE_PRESETS,
  scifi: SCIFI_PRESETS,
  concrete: CONCRETE_PRESETS,
  paper: PAPER_PRESETS,
  food: FOOD_PRESETS,
};

export const MATERIAL_PRESETS: readonly MaterialPreset[] = Object.values(PRESETS_BY_FAMILY).flat();

const byId = new Map(MATERIAL_PRESETS.map((p) => [p.id, p]));

export function getMaterialPreset(id: string): MaterialPreset | undefined {
  return byId.get(id);
}

export function materialPresetIds(): string[] {
  return [...byId.keys()];
}
