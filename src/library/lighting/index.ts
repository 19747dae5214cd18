/**
 * The lighting preset registry: the built-in presets (data/lighting.json) plus any a user library registered.
 * `LIGHTING_PRESETS` is live: registration appends to it, and lookups see the additions.
 */
import data from '../data/lighting.json' with { type: 'json' };
import { loadBuiltinPresets } from '../load.js';
import { PresetRegistry } from '../registry.js';
import { LightingPreset, type LightingCategory } from './types.js';

export { LightingPreset as LightingPresetSchema, PresetLight as PresetLightSchema, PresetEnvironment as PresetEnvironmentSchema, PresetSky, LIGHTING_CATEGORIES, LIGHT_ROLES } from './types.js';
export type { LightingPreset, LightingCategory, PresetLight, PresetEnvironment, LightRole } from './types.js';

const registry = new PresetRegistry(loadBuiltinPresets(LightingPreset, data, 'lighting.json'));

/** Built-ins first, then registered presets; live, so registration shows here. */
export const LIGHTING_PRESETS: readonly LightingPreset[] = registry.list;

export function getLightingPreset(id: string): LightingPreset | undefined {
  return registry.get(id);
}

export function lightingPresetIds(): string[] {
  return registry.ids();
}

export function lightingPresets(category?: LightingCategory): LightingPreset[] {
  return category ? LIGHTING_PRESETS.filter((p) => p.category === category) : [...LIGHTING_PRESETS];
}

/** Adds presets to the registry; ids already taken are refused and returned, never replaced. */
export function registerLightingPresets(presets: readonly LightingPreset[]): { added: string[]; clashes: string[] } {
  return registry.register(presets);
}
