/** The lighting preset library: lookup by id and category. */
import { LIGHTING_PRESETS } from './presets.js';
import type { LightingCategory, LightingPreset } from './types.js';

export type { LightingPreset, LightingCategory, PresetLight, PresetEnvironment, LightRole } from './types.js';
export { LIGHTING_PRESETS };

export const LIGHTING_CATEGORIES: readonly LightingCategory[] = ['studio', 'cinematic', 'time-of-day', 'weather'];

const BY_ID = new Map(LIGHTING_PRESETS.map((p) => [p.id, p]));

export function getLightingPreset(id: string): LightingPreset | undefined {
  return BY_ID.get(id);
}

export function lightingPresetIds(): string[] {
  return [...BY_ID.keys()];
}

export function lightingPresets(category?: LightingCategory): LightingPreset[] {
  return category ? LIGHTING_PRESETS.filter((p) => p.category === category) : LIGHTING_PRESETS;
}
