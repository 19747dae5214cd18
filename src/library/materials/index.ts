/** The material preset library: lookup and ids. */
import { STARTER_MATERIALS } from './starter.js';
import type { MaterialPreset } from './types.js';

export type { MaterialPreset, MaterialFamily } from './types.js';

export const MATERIAL_PRESETS: readonly MaterialPreset[] = STARTER_MATERIALS;

const byId = new Map(MATERIAL_PRESETS.map((p) => [p.id, p]));

export function getMaterialPreset(id: string): MaterialPreset | undefined {
  return byId.get(id);
}

export function materialPresetIds(): string[] {
  return [...byId.keys()];
}
