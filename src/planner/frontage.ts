/**
 * Street frontage: the buildings that line a street-like exterior, a row down each long side with their fronts
 * to the street — a Western's false fronts, a medieval lane's timber houses, today's shops (places.json
 * `frontage`: the first entry that fits the scene's era and genre). The rows stand outside the set's floor, so
 * they take no room from what the text names, and they are set, not cast: no shot frames them as a subject —
 * except a storefront the text names ("the saloon"), which takes the slot nearest the action.
 */
import type { SceneObject } from '../scene/object.js';
import { footprint, placeBox, propParams } from '../geometry/layout/footprint.js';
import type { Placed } from '../geometry/layout/place.js';
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

/** A storefront the text names ("in front of the saloon"): it takes a place in the row instead of standing in the street. */
export interface NamedFront {
  id: string;
  params: Record<string, unknown>;
  materials?: Record<string, string>;
}

export interface Frontage {
  objects: SceneObject[];
  materials: Record<string, { preset: string }>;
  /** The named fronts as placed, for relations to find ("in front of the saloon"). */
  placed: Placed[];
}

/** One building's place in a row: which side, where along the street, how wide. */
interface Slot {
  side: -1 | 1;
  z: number;
  width: number;
}

/**
 * The buildings lining both long sides of an exterior set, with the materials they use; nothing when the place
 * has none. Named fronts take the slots nearest the middle of the set, where the action is, in the street's
 * style unless the text gave them one of their own.
 */
export function lineTheStreet(room: Room, era: string, genre: string | undefined, rng: () => number, named: readonly NamedFront[] = []): Frontage {
  const entry = room.interior ? undefined : room.place.frontage?.find((f) => fitsPeriod(f, era, genre));
  if (!entry) return { objects: [], materials: {}, placed: [] };
  const materials: Frontage['materials'] = {};
  const row = [...rowSlots(room, -1, rng), ...rowSlots(room, 1, rng)];
  const forNamed = [...row].sort((a, b) => Math.abs(a.z) - Math.abs(b.z)).slice(0, named.length);
  const objects: SceneObject[] = [];
  const placed: Placed[] = [];
  for (const slot of row) {
    const k = forNamed.indexOf(slot);
    const front = named[k];
    const params: Record<string, unknown> = { ...entry.params, ...front?.params, width: slot.width, depth: DEPTH };
    const p = placeFront(room, slot, entry.kind, params, front?.id ?? `frontage-${slot.side < 0 ? 'left' : 'right'}-${objects.length + 1}`);
    const mats = front?.materials ?? styleMaterials(String(params.style ?? ''), materials);
    objects.push({
      id: p.id,
      geometry: { type: entry.kind, ...params },
      position: p.position,
      rotation: [0, p.yawDeg, 0],
      ...(mats && Object.keys(mats).length ? { materials: mats } : {}),
      castShadow: true,
      tags: front ? [entry.kind] : ['set', 'frontage'],
    } as unknown as SceneObject);
    if (front) placed.push(p);
  }
  return { objects, materials, placed };
}

/** The spec materials dressing a style's slots (added to `materials` once), by slot. */
function styleMaterials(style: string, materials: Frontage['materials']): Record<string, string> {
  const presets = STOREFRONT_STYLE_MATERIALS[style as keyof typeof STOREFRONT_STYLE_MATERIALS] ?? {};
  const bySlot: Record<string, string> = {};
  for (const [slot, preset] of Object.entries(presets)) {
    bySlot[slot] = `frontage-${style}-${slot}`;
    materials[bySlot[slot]] = { preset };
  }
  return bySlot;
}

/** Where one side's buildings stand, from the far end of the street to the near end, an alley's gap between some. */
function rowSlots(room: Room, side: -1 | 1, rng: () => number): Slot[] {
  const [, d] = room.size;
  const out: Slot[] = [];
  for (let z = -d / 2; z < d / 2; ) {
    const width = round(WIDTH[0] + rng() * (WIDTH[1] - WIDTH[0]));
    out.push({ side, z: round(z + width / 2), width });
    z += width + GAP[0] + rng() * (GAP[1] - GAP[0]);
  }
  return out;
}

/** A building in its slot, its front flush with the street's edge: the porch or awning's reach counted. */
function placeFront(room: Room, slot: Slot, kind: string, params: Record<string, unknown>, id: string): Placed {
  const local = footprint(propParams(kind, params));
  const position: [number, number, number] = [round(slot.side * (room.size[0] / 2 + local.max[2])), 0, slot.z];
  // Turned a quarter to face across the street: +90° looks along +X (the left row), −90° along −X.
  const yawDeg = -slot.side * 90;
  return { id, type: kind, params: propParams(kind, params), position, yawDeg, bounds: placeBox(local, position, yawDeg), supportedBy: null, relation: 'floor', room: 0 };
}

const round = (v: number) => Math.round(v * 1000) / 1000;
