/**
 * Where people sit, lie or stand on things: "sits at the table" pulls up a chair at the table and seats the
 * figure on it, facing the table; "sit on crates", "lies on the bed", "sits on the floor" rest the figure on
 * what the text names, its posed body fitted to the seat's height. The figure overlaps its seat by design (a
 * seated body is over the seat and under the table), so it is added to the placer directly, supported by the seat.
 */
import type { Placed, RoomPlacer } from '../geometry/layout/place.js';
import { footprint, placeBox, propParams } from '../geometry/layout/footprint.js';
import { getProp } from '../geometry/props/index.js';
import type { Entity, Relation } from './description.js';
import { centre } from './placement-rules.js';

/** Seats one pulls up to a table, in the order a set dresser reaches for them. */
export const CHAIRS = ['chair', 'stool', 'office_chair', 'bench', 'armchair', 'sofa', 'throne'];

/** Things a person on them is sitting on, unless the text says otherwise ("a minstrel on a stool", "in an armchair"). */
export const SEATS = new Set([...CHAIRS, 'cushion', 'hay_bale', 'log', 'bunk_bed', 'bed', 'crate', 'barrel', 'chest', 'stairs', 'rock']);

/** Relations that put a person at a thing rather than on it ("at the desk", "by the table", "around the table"). */
const AT = new Set<Relation['relation']>(['next-to', 'around', 'in-front-of', 'behind', 'facing']);

/** A chair's seat is behind the middle of its footprint; the pelvis sits that far back from the seat's centre. */
const SEAT_BACKSET = 0.06;

/** How high one sits on a placed thing: a chair's or sofa's seat, a bench's top, else the top of what it is (a crate). */
export function seatTop(seat: Placed): number {
  const p = seat.params as { seatHeight?: unknown };
  const prop = getProp(seat.type);
  if (typeof p.seatHeight === 'number') return p.seatHeight;
  return prop?.prop.surfaceHeight?.(seat.params as never) ?? seat.bounds.max[1] - seat.position[1];
}

/** Whether a kind is furniture with a top one works or eats at (a table, desk, counter, bench top), not a seat. */
export function tableKind(kind: string): boolean {
  const prop = getProp(kind)?.prop;
  return !CHAIRS.includes(kind) && !!prop?.surfaceHeight && prop.category === 'furniture';
}

/** Whether a placed thing is a table-like surface people sit at (a table, desk, counter), not a seat itself. */
export function isTableLike(p: Placed | undefined): p is Placed {
  return !!p && tableKind(p.type) && seatTop(p) >= 0.6;
}

/** Seats one sits back in, never pulls up to a table or a counter. */
const LOUNGE_SEATS = new Set(['sofa', 'armchair', 'throne']);
/** Whether a seat of this kind is one pulled up to a table (a chair, a stool, a bench), not a sofa. */
export const pulledUp = (kind: string) => CHAIRS.includes(kind) && !LOUNGE_SEATS.has(kind);
/** A top at least this high (a bar, a diner counter) is sat at on a bar stool, metres. */
export const COUNTER_TOP_M = 0.85;
/** A bar stool's seat height, metres. */
export const BAR_STOOL_M = 0.75;

/** Seats of the kinds one pulls up, near the table and not yet taken: at a counter, only high stools. */
export function freeChairNear(placer: RoomPlacer, table: Placed, taken: ReadonlySet<string>, reach = 0.9): Placed | undefined {
  const [tx, tz] = centre(table);
  const hx = (table.bounds.max[0] - table.bounds.min[0]) / 2 + reach;
  const hz = (table.bounds.max[2] - table.bounds.min[2]) / 2 + reach;
  const suits = (p: Placed) => pulledUp(p.type) && (seatTop(table) < COUNTER_TOP_M || seatTop(p) >= BAR_STOOL_M - 0.1);
  return placer.placed.find((p) => suits(p) && !taken.has(p.id) && Math.abs(centre(p)[0] - tx) < hx && Math.abs(centre(p)[1] - tz) < hz);
}

/**
 * Where a chair pulled up to a table may go, best first: across the table from `across` (the person they face)
 * when there is one; at a desk's front (a desk faces the room it serves); else the table's far side, so the sitter
 * faces the establishing camera over it; then the other sides.
 */
export function chairSpots(table: Placed, across: Placed | undefined, chairDepth: number): [number, number][] {
  const [cx, cz] = centre(table);
  const hx = (table.bounds.max[0] - table.bounds.min[0]) / 2 + chairDepth / 2 + 0.02;
  const hz = (table.bounds.max[2] - table.bounds.min[2]) / 2 + chairDepth / 2 + 0.02;
  const sides: [number, number][] = [[cx, cz - hz], [cx - hx, cz], [cx + hx, cz], [cx, cz + hz]];
  const score = (p: [number, number]): number => {
    if (across) {
      // Across the table: the side farthest from the one they face.
      const [ax, az] = centre(across);
      return Math.hypot(p[0] - ax, p[1] - az);
    }
    if (getProp(table.type)?.prop.facing === 'front') {
      const r = (table.yawDeg * Math.PI) / 180;
      return (p[0] - cx) * Math.sin(r) + (p[1] - cz) * Math.cos(r);
    }
    return -p[1];
  };
  return sides.sort((a, b) => score(b) - score(a));
}

/** The pose's figure params for sitting on a seat this high (standing, kneeling or lying figures need none). */
function fitted(params: Record<string, unknown>, top: number): Record<string, unknown> {
  return params.pose === 'sitting' ? { ...params, seatHeight: Math.max(0, Math.min(1.2, top)) } : params;
}

/**
 * Rests a person on a seat (or anything they sit, lie or stand on), turned to `yawDeg`: a sitter's pelvis over
 * the seat with feet to the floor, anyone else standing or lying on its top. Added to the placer, supported by it.
 */
export function restPersonOn(placer: RoomPlacer, id: string, params: Record<string, unknown>, seat: Placed, yawDeg: number): Placed {
  const sitting = params.pose === 'sitting';
  const top = seatTop(seat);
  const figure = propParams('person', fitted(params, top));
  const r = (yawDeg * Math.PI) / 180;
  const onChair = typeof (seat.params as { seatHeight?: unknown }).seatHeight === 'number';
  const [sx, sz] = onChair ? [seat.position[0], seat.position[2]] : centre(seat);
  // Lying figures are drawn head to -Z from their origin; centre them on what they lie on.
  const along = params.pose === 'lying' ? 0.85 : sitting ? -SEAT_BACKSET : 0;
  const y = seat.position[1] + (sitting ? 0 : top);
  const position: [number, number, number] = [sx + Math.sin(r) * along, y, sz + Math.cos(r) * along];
  const placed: Placed = { id, type: 'person', params: figure, position, yawDeg, bounds: placeBox(footprint(figure), position, yawDeg), supportedBy: seat.id, relation: 'on', room: seat.room };
  placer.placed.push(placed);
  return placed;
}

/** What a sitting (lying, kneeling …) person's relations say they are on or at: the seat named, or the table. */
export function seatingFor(e: Entity, spatial: Relation | undefined): { on?: string; at?: string; floor?: boolean } | undefined {
  if (e.kind !== 'person' || !spatial) return e.kind === 'person' && e.pose === 'sitting' ? {} : undefined;
  if (spatial.relation === 'on' || spatial.relation === 'in') return spatial.object ? { on: spatial.object } : { floor: true };
  if (e.pose === 'sitting' && AT.has(spatial.relation) && spatial.object) return { at: spatial.object };
  return e.pose === 'sitting' ? {} : undefined;
}
