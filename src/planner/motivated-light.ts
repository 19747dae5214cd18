/**
 * Light the text motivates: a practical it names (a kerosene lantern, a campfire, a torch) at night or indoors sets
 * the look, as a gaffer lights a scene from its sources: flames give candle-, torch- or firelight, neon its glow.
 */
import { getProp } from '../geometry/props/index.js';
import type { SceneDescription, TimeOfDay } from './description.js';
import { soleLight } from './sole-light.js';

/** Sources with a look of their own; any other naked flame reads as candlelight. */
const SOURCE_PRESETS: Readonly<Record<string, string>> = { torch: 'torch_lit', campfire: 'campfire', fireplace: 'firelight', neon_sign: 'neon_cyberpunk' };
/** Colour temperature at or below which a source is a flame (candles 1850 K, oil 1900 K, wood fire 1900 K). */
const FLAME_KELVIN = 2000;
/** Lumens from which a flame is a fire rather than a wick. */
const FIRE_LUMENS = 1000;

/** Times of day whose daylight outshines a practical. */
const DAYLIGHT = new Set<TimeOfDay>(['dawn', 'morning', 'noon', 'afternoon', 'golden-hour']);

function presetFor(kind: string): string | undefined {
  if (SOURCE_PRESETS[kind]) return SOURCE_PRESETS[kind];
  const def = getProp(kind);
  const params = def?.prop.light ? def.schema.safeParse({ type: kind }) : undefined;
  if (!def?.prop.light || !params?.success) return undefined;
  const light = def.prop.light(params.data);
  if (light.kelvin > FLAME_KELVIN) return undefined;
  return light.lumens >= FIRE_LUMENS ? 'firelight' : 'candle_lit';
}

/** The preset the text's first named practical motivates, when daylight does not outshine it. */
export function motivatedLighting(desc: SceneDescription): { id: string; why: string } | undefined {
  const { interior, timeOfDay } = desc.setting;
  const dark = timeOfDay ? !DAYLIGHT.has(timeOfDay) : interior;
  if (!dark && !soleLight(desc)) return undefined;
  for (const e of desc.entities) {
    const id = presetFor(e.kind);
    if (id) return { id, why: `the ${e.name} the text names lights the scene` };
  }
  return undefined;
}
