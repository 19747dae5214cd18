/**
 * Corridor carving: A* over the grid from one door to another with a square brush as wide as the corridor.
 * Room interiors and the ring of cells around rooms are walls-to-be and cannot be crossed (except at the two
 * doors); existing corridor cells are cheaper, so corridors merge into a network instead of running in parallel.
 */
import { CORRIDOR, EMPTY, RING, ROOM, type Door, type Layout, type Room, type Side } from './layout.js';

class MinHeap {
  private readonly keys: number[] = [];
  private readonly prios: number[] = [];
  get size() {
    return this.keys.length;
  }
  push(key: number, prio: number) {
    this.keys.push(key);
    this.prios.push(prio);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.prios[p]! <= this.prios[i]!) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const top = this.keys[0]!;
    const lastK = this.keys.pop()!;
    const lastP = this.prios.pop()!;
    if (this.keys.length) {
      this.keys[0] = lastK;
      this.prios[0] = lastP;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.prios[l]! < this.prios[m]!) m = l;
        if (r < this.keys.length && this.prios[r]! < this.prios[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number) {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.prios[a], this.prios[b]] = [this.prios[b]!, this.prios[a]!];
  }
}

/** Marks a room's interior and the one-cell ring around it. */
export function stampRoom(layout: Layout, room: Room): void {
  for (let z = room.z0 - 1; z <= room.z0 + room.d; z++) {
    for (let x = room.x0 - 1; x <= room.x0 + room.w; x++) {
      if (x < 0 || z < 0 || x >= layout.width || z >= layout.depth) continue;
      const inside = x >= room.x0 && x < room.x0 + room.w && z >= room.z0 && z < room.z0 + room.d;
      const i = z * layout.width + x;
      if (inside) layout.cells[i] = ROOM;
      else if (layout.cells[i] === EMPTY) layout.cells[i] = RING;
    }
  }
}

/** The door on the side of `room` that faces `toward`, as wide as the corridor, with its outside cell. */
export function doorToward(room: Room, toward: Room, width: number, random: () => number): Door {
  const cx = room.x0 + room.w / 2;
  const cz = room.z0 + room.d / 2;
  const tx = toward.x0 + toward.w / 2;
  const tz = toward.z0 + toward.d / 2;
  const horizontal = Math.abs(tx - cx) * room.d >= Math.abs(tz - cz) * room.w;
  const side: Side = horizontal ? (tx > cx ? 'east' : 'west') : tz > cz ? 'south' : 'north';
  const along = horizontal ? room.d : room.w;
  const w = Math.max(1, Math.min(width, along - 2));
  // Prefer the stretch of wall that overlaps the other room, so corridors run straight where they can.
  const lo = horizontal ? Math.max(room.z0, toward.z0) : Math.max(room.x0, toward.x0);
  const hi = horizontal ? Math.min(room.z0 + room.d, toward.z0 + toward.d) : Math.min(room.x0 + room.w, toward.x0 + toward.w);
  const base = horizontal ? room.z0 : room.x0;
  let at: number;
  if (hi - lo >= w + 2) at = lo + 1 + Math.floor(random() * (hi - lo - w - 1));
  else at = base + 1 + Math.floor(random() * Math.max(1, along - w - 1));
  at = Math.min(Math.max(at, base + 1), base + along - w - 1);
  // The corridor brush is centred on the outside cell with the same offset carveCorridor uses.
  const mid = at + Math.floor((w - 1) / 2);
  const outside: [number, number] =
    side === 'east' ? [room.x0 + room.w, mid] : side === 'west' ? [room.x0 - 1, mid] : side === 'south' ? [mid, room.z0 + room.d] : [mid, room.z0 - 1];
  return { room: room.id, side, at, width: w, outside };
}

/** The door's cells in the ring, which become corridor. */
function doorCells(door: Door, room: Room): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < door.width; k++) {
    const a = door.at + k;
    if (door.side === 'east') out.push([room.x0 + room.w, a]);
    else if (door.side === 'west') out.push([room.x0 - 1, a]);
    else if (door.side === 'south') out.push([a, room.z0 + room.d]);
    else out.push([a, room.z0 - 1]);
  }
  return out;
}

/**
 * Ring cells the corridor may use: a rectangular room's door opening; around an irregular (cave) chamber's
 * mouth, the rock ring within reach of the tunnel brush.
 */
function passableRing(layout: Layout, doors: Door[], width: number, rooms: Room[]): Set<number> {
  const { width: W, depth: D, cells } = layout;
  const allowed = new Set<number>();
  for (const d of doors) {
    const room = rooms[d.room]!;
    if (!room.cells) for (const [x, z] of doorCells(d, room)) allowed.add(z * W + x);
    else for (let dz = -width - 1; dz <= width + 1; dz++) for (let dx = -width - 1; dx <= width + 1; dx++) {
      const x = d.outside[0] + dx;
      const z = d.outside[1] + dz;
      if (x >= 0 && z >= 0 && x < W && z < D && cells[z * W + x] === RING) allowed.add(z * W + x);
    }
  }
  return allowed;
}

/** The corridor brush: it covers [x, x + width) × [z, z + width), anchored so the path cell is its centre. */
class Brush {
  readonly off: number;
  constructor(
    private readonly layout: Layout,
    private readonly width: number,
    private readonly allowed: Set<number>,
  ) {
    this.off = Math.floor((width - 1) / 2);
  }

  /** Whether the brush at (x, z) stays on the grid and off rooms and their rings (but for the allowed cells). */
  fits(x: number, z: number): boolean {
    const { width: W, depth: D, cells } = this.layout;
    for (let dz = 0; dz < this.width; dz++) {
      for (let dx = 0; dx < this.width; dx++) {
        const cx = x - this.off + dx;
        const cz = z - this.off + dz;
        if (cx < 0 || cz < 0 || cx >= W || cz >= D) return false;
        const i = cz * W + cx;
        const c = cells[i]!;
        if (c === ROOM || (c === RING && !this.allowed.has(i))) return false;
      }
    }
    return true;
  }

  /** Turns the cells under the brush at (x, z) into corridor, where they are open or allowed. */
  paint(x: number, z: number): void {
    const { width: W, depth: D, cells } = this.layout;
    for (let dz = 0; dz < this.width; dz++) {
      for (let dx = 0; dx < this.width; dx++) {
        const cx = x - this.off + dx;
        const cz = z - this.off + dz;
        if (cx < 0 || cz < 0 || cx >= W || cz >= D) continue;
        const i = cz * W + cx;
        if (cells[i] === EMPTY || cells[i] === CORRIDOR || this.allowed.has(i)) cells[i] = CORRIDOR;
      }
    }
  }
}

/** Cost of stepping onto a cell: reusing corridor is cheap, so corridors merge into a network. */
const CORRIDOR_STEP = 0.4;
/** Extra cost of a turn, so corridors stay straight. */
const TURN_COST = 0.3;

/**
 * A* from `start` to `goal` (cell indices) over cells the brush fits, within a search budget that grows with
 * the distance. Returns each reached cell's predecessor, or undefined when the goal was not reached.
 */
function findPath(layout: Layout, brush: Brush, start: [number, number], goal: [number, number]): Map<number, number> | undefined {
  const { width: W, depth: D, cells } = layout;
  const startI = start[1] * W + start[0];
  const goalI = goal[1] * W + goal[0];
  const g = new Map<number, number>([[startI, 0]]);
  const from = new Map<number, number>();
  const open = new MinHeap();
  const h = (x: number, z: number) => Math.abs(x - goal[0]) + Math.abs(z - goal[1]);
  open.push(startI, h(start[0], start[1]));
  const budget = Math.max(4000, 40 * (h(start[0], start[1]) + 10) ** 1.5);
  let expanded = 0;
  while (open.size && expanded++ < budget) {
    const cur = open.pop();
    if (cur === goalI) return from;
    const cx = cur % W;
    const cz = (cur - cx) / W;
    const gc = g.get(cur)!;
    for (const [dx, dz] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const nx = cx + dx;
      const nz = cz + dz;
      const ni = nz * W + nx;
      if (ni !== goalI && !brush.fits(nx, nz)) continue;
      if (ni === goalI && (nx < 0 || nz < 0 || nx >= W || nz >= D)) continue;
      const prev = from.get(cur);
      const turn = prev !== undefined && prev - cur !== cur - ni ? TURN_COST : 0;
      const ng = gc + ((cells[ni] === CORRIDOR ? CORRIDOR_STEP : 1) + turn);
      if (ng < (g.get(ni) ?? Infinity)) {
        g.set(ni, ng);
        from.set(ni, cur);
        open.push(ni, ng + h(nx, nz));
      }
    }
  }
  return undefined;
}

/**
 * Carves a corridor of `width` cells between two doors. Returns false when no path exists (the caller then
 * tries another pair of doors), leaving the grid untouched.
 */
export function carveCorridor(layout: Layout, a: Door, b: Door, width: number, rooms: Room[]): boolean {
  const W = layout.width;
  const brush = new Brush(layout, width, passableRing(layout, [a, b], width, rooms));
  const from = findPath(layout, brush, a.outside, b.outside);
  if (!from) return false;
  const goalI = b.outside[1] * W + b.outside[0];
  for (let cur: number | undefined = goalI; cur !== undefined; cur = from.get(cur)) brush.paint(cur % W, Math.floor(cur / W));
  for (const d of [a, b]) if (!rooms[d.room]!.cells) for (const [x, z] of doorCells(d, rooms[d.room]!)) layout.cells[z * W + x] = CORRIDOR;
  return true;
}
