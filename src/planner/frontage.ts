/**
 * Street frontage: the buildings that line a street-like exterior, a row down each long side with their fronts
 * to the street — a Western's false fronts, a medieval lane's timber houses, today's shops (places.json
 * `frontage`: the first entry that fits the scene's era and genre). The rows stand outside the set's floor, so
 * they take no room from what the text names, and they are set, not cast: no shot frames them as a subject.
 */
import type { SceneObject } from '../scene/object.js';
import type { PlaceWord } from './lexicon/index.js';
import { footprint, propParams } from '../geometry/layout/footprint.js';
import { STOREFRONT_STYLE_MATERIALS } from '../geometry/props/storefronts.js';
import type { Room } from './placement-rules.js';

type Period = { eras?: readonly string[] | undefined; genres?: readonly string[] | undefined };

/** Whether a period-bound entry (a frontage, a ground) suits a scene of this era and genre. */
export function fitsPeriod(entry: Period, era: string, genre: string | undefined): boolean {
  if (entry.eras && !entry.eras.includes(era)) return false;
  return !entry.genres || (!!genre && entry.genres.includes(genre));
}

/** Frontages run a building width apart: between these, metres, with an alley's gap between some. */
const WIDTH: [number, number] = [6, 10];
const GAP: [number, number] = [0, 1.6];
/** How deep the buildings are, metres: enough to read as buildings from a high wide shot, not more. */
const DEPTH = 9;

/** The buildings lining both long sides of an exterior set, with the materials they use; nothing when the place has none. */
export function lineTheStreet(room: Room, era: string, genre: string | undefined, rng: () => number): { objects: SceneObject[]; materials: Record<string, { preset: string }> } {
  const entry = room.interior ? undefined : room.place.frontage?.find((f) => fitsPeriod(f, era, genre));
  if (!entry) return { objects: [], materials: {} };
  const style = String(entry.params?.style ?? '');
  const slots = STOREFRONT_STYLE_MATERIALS[style as keyof typeof STOREFRONT_STYLE_MATERIALS] ?? {};
  const materials = Object.fromEntries(Object.entries(slots).map(([slot, preset]) => [`frontage-${slot}`, { preset }]));
  const slotMaterials = Object.fromEntries(Object.keys(slots).map((slot) => [slot, `frontage-${slot}`]));
  const objects: SceneObject[] = [];
  for (const side of [-1, 1] as const) objects.push(...row(room, entry, side, rng, slotMaterials));
  return { objects, materials };
}

/** One side's row, from the far end of the street to the near end, each front flush with the street's edge. */
function row(room: Room, entry: NonNullable<PlaceWord['frontage']>[number], side: -1 | 1, rng: () => number, materials: Record<string, string>): SceneObject[] {
  const [w, d] = room.size;
  const out: SceneObject[] = [];
  for (let z = -d / 2; z < d / 2; ) {
    const width = round(WIDTH[0] + rng() * (WIDTH[1] - WIDTH[0]));
    const params = { ...entry.params, width, depth: DEPTH };
    // The porch or awning reaches past the front: the front's furthest point meets the street's edge.
    const reach = footprint(propParams(entry.kind, params)).max[2];
    out.push({
      id: `frontage-${side < 0 ? 'left' : 'right'}-${out.length + 1}`,
      geometry: { type: entry.kind, ...params },
      // Turned a quarter to face across the street: +90° looks along +X (the left row), −90° along −X.
      position: [round(side * (w / 2 + reach)), 0, round(z + width / 2)],
      rotation: [0, -side * 90, 0],
      ...(Object.keys(materials).length ? { materials } : {}),
      castShadow: true,
      tags: ['set', 'frontage'],
    } as unknown as SceneObject);
    z += width + GAP[0] + rng() * (GAP[1] - GAP[0]);
  }
  return out;
}

const round = (v: number) => Math.round(v * 1000) / 1000;
