/**
 * The three layout strategies. Each returns rooms that never overlap, doors on their walls and corridors
 * carved between them, with every room reachable from the first.
 *  - rooms: rooms scattered over a jittered grid, joined along a minimum spanning tree plus some loops;
 *  - bsp:   the area split recursively into leaves, one room per leaf, siblings joined up the tree;
 *  - caves: chambers grown by cellular automata (birth on 5+, survival on 4+ neighbours), joined by tunnels.
 */
import { mulberry32 } from '../../core/random.js';
import { chooseLinks, CORRIDOR, EMPTY, RING, ROOM, type Door, type Layout, type Room } from './layout.js';
import { carveCorridor, doorToward, stampRoom } from './corridors.js';

export interface LayoutParams {
  layout: 'rooms' | 'bsp' | 'caves';
  rooms: number;
  /** Room edge length range, metres (= cells). */
  roomSize: [number, number];
  /** Corridor width, metres (= cells). */
  corridorWidth: number;
  seed: number;
}

function emptyLayout(kind: Layout['kind'], width: number, depth: number): Layout {
  return { kind, width, depth, cells: new Uint8Array(width * depth), rooms: [], doors: [], links: [] };
}

const centre = (r: Room) => [r.x0 + r.w / 2, r.z0 + r.d / 2] as const;
const dist = (a: Room, b: Room) => Math.hypot(centre(a)[0] - centre(b)[0], centre(a)[1] - centre(b)[1]);

/**
 * Joins each chosen pair with doors and a corridor. A pair whose corridor cannot be routed is swapped for the
 * next-closest pair that reconnects the same two halves, so the level stays connected.
 */
function connect(layout: Layout, pairs: [number, number][], corridorWidth: number, random: () => number): void {
  for (const [a, b] of pairs) {
    const ra = layout.rooms[a]!;
    const rb = layout.rooms[b]!;
    const da = doorToward(ra, rb, corridorWidth, random);
    const db = doorToward(rb, ra, corridorWidth, random);
    if (carveCorridor(layout, da, db, corridorWidth, layout.rooms)) {
      layout.doors.push(da, db);
      layout.links.push([a, b]);
    }
  }
}

/** Candidate edges: each room to its nearest few neighbours (by centre distance), found through a bucket grid. */
function nearEdges(rooms: Room[], k: number, bucket: number): [number, number, number][] {
  const buckets = new Map<string, number[]>();
  const key = (x: number, z: number) => `${Math.floor(x / bucket)},${Math.floor(z / bucket)}`;
  rooms.forEach((r, i) => {
    const [x, z] = centre(r);
    const list = buckets.get(key(x, z)) ?? [];
    list.push(i);
    buckets.set(key(x, z), list);
  });
  const edges = new Map<string, [number, number, number]>();
  rooms.forEach((r, i) => {
    const [x, z] = centre(r);
    const bx = Math.floor(x / bucket);
    const bz = Math.floor(z / bucket);
    const near: [number, number][] = [];
    for (let dz = -2; dz <= 2; dz++) for (let dx = -2; dx <= 2; dx++) for (const j of buckets.get(`${bx + dx},${bz + dz}`) ?? []) if (j !== i) near.push([j, dist(r, rooms[j]!)]);
    near.sort((p, q) => p[1] - q[1] || p[0] - q[0]);
    for (const [j, d] of near.slice(0, k)) edges.set(i < j ? `${i},${j}` : `${j},${i}`, [Math.min(i, j), Math.max(i, j), d]);
  });
  return [...edges.values()];
}

export function roomsAndCorridors(p: LayoutParams): Layout {
  const random = mulberry32(p.seed);
  const [lo, hi] = p.roomSize;
  // Slots on a grid with ~30 % left empty, so the plan is irregular; each slot holds one room with margin.
  const slotSize = hi + 2 * (p.corridorWidth + 2);
  const slots = Math.ceil(p.rooms * 1.3);
  const cols = Math.max(1, Math.ceil(Math.sqrt(slots)));
  const rows = Math.ceil(slots / cols);
  const layout = emptyLayout('rooms', cols * slotSize + 2, rows * slotSize + 2);
  const order = Array.from({ length: cols * rows }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const chosen = order.slice(0, p.rooms).sort((a, b) => a - b);
  for (const s of chosen) {
    const w = lo + Math.floor(random() * (hi - lo + 1));
    const d = lo + Math.floor(random() * (hi - lo + 1));
    const free = slotSize - 2 * (p.corridorWidth + 1);
    const x0 = 1 + (s % cols) * slotSize + p.corridorWidth + 1 + Math.floor(random() * Math.max(1, free - w + 1));
    const z0 = 1 + Math.floor(s / cols) * slotSize + p.corridorWidth + 1 + Math.floor(random() * Math.max(1, free - d + 1));
    const room: Room = { id: layout.rooms.length, x0, z0, w, d };
    layout.rooms.push(room);
    stampRoom(layout, room);
  }
  const candidates = nearEdges(layout.rooms, 4, slotSize);
  connect(layout, chooseLinks(layout.rooms.length, candidates, 0.15, random), p.corridorWidth, random);
  repair(layout, p.corridorWidth, random);
  return layout;
}

export function bsp(p: LayoutParams): Layout {
  const random = mulberry32(p.seed);
  const [lo, hi] = p.roomSize;
  const leafSize = hi + 2 * (p.corridorWidth + 1);
  const side = Math.ceil(Math.sqrt(p.rooms) * leafSize * 1.25);
  type Node = { x: number; z: number; w: number; d: number; children?: [Node, Node]; room?: number };
  const root: Node = { x: 1, z: 1, w: side, d: side };
  const leaves: Node[] = [root];
  // Split the largest splittable leaf until there is one leaf per room.
  while (leaves.length < p.rooms) {
    leaves.sort((a, b) => b.w * b.d - a.w * a.d);
    const i = leaves.findIndex((n) => Math.max(n.w, n.d) >= 2 * (lo + 2 * (p.corridorWidth + 1)));
    if (i < 0) break;
    const n = leaves[i]!;
    const vertical = n.w > n.d || (n.w === n.d && random() < 0.5);
    const span = vertical ? n.w : n.d;
    const min = lo + 2 * (p.corridorWidth + 1);
    const cut = min + Math.floor(random() * Math.max(1, span - 2 * min + 1));
    const a: Node = vertical ? { x: n.x, z: n.z, w: cut, d: n.d } : { x: n.x, z: n.z, w: n.w, d: cut };
    const b: Node = vertical ? { x: n.x + cut, z: n.z, w: n.w - cut, d: n.d } : { x: n.x, z: n.z + cut, w: n.w, d: n.d - cut };
    n.children = [a, b];
    leaves.splice(i, 1, a, b);
  }
  const layout = emptyLayout('bsp', side + 2, side + 2);
  const margin = p.corridorWidth + 1;
  const visit = (n: Node) => {
    if (n.children) return n.children.forEach(visit);
    const w = Math.min(n.w - 2 * margin, lo + Math.floor(random() * (hi - lo + 1)));
    const d = Math.min(n.d - 2 * margin, lo + Math.floor(random() * (hi - lo + 1)));
    if (w < 2 || d < 2) return;
    const x0 = n.x + margin + Math.floor(random() * Math.max(1, n.w - 2 * margin - w + 1));
    const z0 = n.z + margin + Math.floor(random() * Math.max(1, n.d - 2 * margin - d + 1));
    n.room = layout.rooms.length;
    const room: Room = { id: n.room, x0, z0, w, d };
    layout.rooms.push(room);
    stampRoom(layout, room);
  };
  visit(root);
  // Join sibling subtrees bottom-up through their closest pair of rooms: a spanning tree by construction.
  const roomsOf = (n: Node): number[] => (n.children ? [...roomsOf(n.children[0]), ...roomsOf(n.children[1])] : n.room !== undefined ? [n.room] : []);
  const pairs: [number, number][] = [];
  const join = (n: Node) => {
    if (!n.children) return;
    n.children.forEach(join);
    const left = roomsOf(n.children[0]);
    const right = roomsOf(n.children[1]);
    let best: [number, number] | undefined;
    let bestD = Infinity;
    for (const a of left) for (const b of right) {
      const d = dist(layout.rooms[a]!, layout.rooms[b]!);
      if (d < bestD) {
        bestD = d;
        best = [a, b];
      }
    }
    if (best) pairs.push(best);
  };
  join(root);
  connect(layout, pairs, p.corridorWidth, random);
  repair(layout, p.corridorWidth, random);
  return layout;
}

/** A chamber's disc: centre and radius in cells, and the square of grid cells it is grown in. */
interface Disc {
  cx: number;
  cz: number;
  r: number;
  size: number;
  ox: number;
  oz: number;
}

/** Distance of grid cell (x, z) of the disc's square from its centre, in radii. */
const discDistance = (disc: Disc, x: number, z: number) => Math.hypot(x + disc.ox + 0.5 - disc.cx, z + disc.oz + 0.5 - disc.cz) / disc.r;

/** Random fill inside the disc (62% rock-free), the centre forced open. */
function seedChamber(disc: Disc, random: () => number): Uint8Array {
  const { size } = disc;
  const grid = new Uint8Array(size * size);
  for (let z = 0; z < size; z++) for (let x = 0; x < size; x++) {
    const dd = discDistance(disc, x, z);
    grid[z * size + x] = dd < 0.45 ? 1 : dd < 1 && random() < 0.62 ? 1 : 0;
  }
  return grid;
}

/** One cellular-automaton pass: open cells survive on 4+ open neighbours, rock opens on 5+; the disc bounds it. */
function smoothChamber(disc: Disc, grid: Uint8Array): Uint8Array {
  const { size } = disc;
  const next = new Uint8Array(size * size);
  for (let z = 0; z < size; z++) for (let x = 0; x < size; x++) {
    let n = 0;
    for (let dz = -1; dz <= 1; dz++) for (let dx = -1; dx <= 1; dx++) {
      if (!dx && !dz) continue;
      const xx = x + dx;
      const zz = z + dz;
      if (xx >= 0 && zz >= 0 && xx < size && zz < size) n += grid[zz * size + xx]!;
    }
    const dd = discDistance(disc, x, z);
    next[z * size + x] = dd >= 1 ? 0 : dd < 0.45 ? 1 : grid[z * size + x] ? (n >= 4 ? 1 : 0) : n >= 5 ? 1 : 0;
  }
  return next;
}

/** The open cells connected to the centre (4-connected flood fill); stray pockets are dropped. */
function centreBlob(size: number, grid: Uint8Array): Uint8Array {
  const keep = new Uint8Array(size * size);
  const start = Math.floor(size / 2) * size + Math.floor(size / 2);
  const stack = [start];
  keep[start] = 1;
  while (stack.length) {
    const c = stack.pop()!;
    const x = c % size;
    const z = (c - x) / size;
    for (const [dx, dz] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const xx = x + dx;
      const zz = z + dz;
      if (xx < 0 || zz < 0 || xx >= size || zz >= size) continue;
      const i = zz * size + xx;
      if (grid[i] && !keep[i]) {
        keep[i] = 1;
        stack.push(i);
      }
    }
  }
  return keep;
}

/** Stamps the kept cells into the layout as a new room: its cell set and bounding rectangle. */
function addChamber(layout: Layout, disc: Disc, keep: Uint8Array): void {
  const { size, ox, oz } = disc;
  const cells: number[] = [];
  let minX = Infinity;
  let minZ = Infinity;
  let maxX = -Infinity;
  let maxZ = -Infinity;
  for (let z = 0; z < size; z++) for (let x = 0; x < size; x++) {
    if (!keep[z * size + x]) continue;
    const gx = x + ox;
    const gz = z + oz;
    cells.push(gz * layout.width + gx);
    minX = Math.min(minX, gx);
    maxX = Math.max(maxX, gx);
    minZ = Math.min(minZ, gz);
    maxZ = Math.max(maxZ, gz);
  }
  layout.rooms.push({ id: layout.rooms.length, x0: minX, z0: minZ, w: maxX - minX + 1, d: maxZ - minZ + 1, cells });
  for (const c of cells) layout.cells[c] = ROOM;
}

/** Rock around each chamber (one cell) plays the part of the ring, so tunnels cannot graze other chambers. */
function ringChambers(layout: Layout): void {
  for (const room of layout.rooms) for (const c of room.cells!) {
    const x = c % layout.width;
    const z = (c - x) / layout.width;
    for (const [dx, dz] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]] as const) {
      const i = (z + dz) * layout.width + x + dx;
      if (layout.cells[i] === EMPTY) layout.cells[i] = RING;
    }
  }
}

/**
 * Caves: chambers on a jittered grid, each grown from noise by cellular automata inside its own disc (so
 * chambers never merge or overlap), then joined by tunnels. Chambers are the "rooms": irregular cell sets.
 */
export function caves(p: LayoutParams): Layout {
  const random = mulberry32(p.seed);
  const [lo, hi] = p.roomSize;
  const margin = p.corridorWidth + 3;
  const slot = hi + 2 * margin;
  const cols = Math.max(1, Math.ceil(Math.sqrt(p.rooms * 1.2)));
  const rows = Math.ceil((p.rooms * 1.2) / cols);
  const layout = emptyLayout('caves', cols * slot + 2, rows * slot + 2);
  const order = Array.from({ length: cols * rows }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  for (const s of order.slice(0, p.rooms).sort((a, b) => a - b)) {
    const r = (lo + random() * (hi - lo)) / 2;
    const cx = 1 + (s % cols) * slot + slot / 2 + (random() - 0.5) * (slot - 2 * r - 2 * margin) * 0.5;
    const cz = 1 + Math.floor(s / cols) * slot + slot / 2 + (random() - 0.5) * (slot - 2 * r - 2 * margin) * 0.5;
    const size = Math.ceil(2 * r) + 3;
    const disc: Disc = { cx, cz, r, size, ox: Math.floor(cx - size / 2), oz: Math.floor(cz - size / 2) };
    let grid = seedChamber(disc, random);
    for (let pass = 0; pass < 4; pass++) grid = smoothChamber(disc, grid);
    addChamber(layout, disc, centreBlob(size, grid));
  }
  ringChambers(layout);
  const pairs = chooseLinks(layout.rooms.length, nearEdges(layout.rooms, 4, slot), 0.2, random);
  for (const [a, b] of pairs) {
    const da = caveMouth(layout, layout.rooms[a]!, layout.rooms[b]!, p.corridorWidth);
    const db = caveMouth(layout, layout.rooms[b]!, layout.rooms[a]!, p.corridorWidth);
    if (carveCorridor(layout, da, db, p.corridorWidth, layout.rooms)) layout.links.push([a, b]);
  }
  repair(layout, p.corridorWidth, random);
  return layout;
}

/** A cave's opening: the chamber's edge cell nearest the other chamber, used like a door (no door is cut). */
function caveMouth(layout: Layout, room: Room, toward: Room, width: number): Door {
  const [tx, tz] = centre(toward);
  let best = room.cells![0]!;
  let bestD = Infinity;
  for (const c of room.cells!) {
    const x = c % layout.width;
    const z = (c - x) / layout.width;
    const d = Math.hypot(x - tx, z - tz);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  const x = best % layout.width;
  const z = (best - x) / layout.width;
  const dx = Math.sign(tx - x);
  const dz = Math.sign(tz - z);
  const horizontal = Math.abs(tx - x) >= Math.abs(tz - z);
  const outside: [number, number] = horizontal ? [x + dx, z] : [x, z + dz];
  return { room: room.id, side: horizontal ? (dx > 0 ? 'east' : 'west') : dz > 0 ? 'south' : 'north', at: horizontal ? z : x, width: 1, outside: walkOut(layout, outside, horizontal ? [dx, 0] : [0, dz], width) };
}

/** Steps out of the chamber's rock ring so the tunnel starts on open ground. */
function walkOut(layout: Layout, at: [number, number], dir: [number, number], _width: number): [number, number] {
  let [x, z] = at;
  for (let k = 0; k < 3 && layout.cells[z * layout.width + x] === ROOM; k++) {
    x += dir[0];
    z += dir[1];
  }
  return [x, z];
}

/**
 * Any room a corridor could not reach gets joined to the nearest reachable room; this repeats until all are
 * reachable or nothing more can be routed (which the connectivity test would then report).
 */
function repair(layout: Layout, corridorWidth: number, random: () => number): void {
  const n = layout.rooms.length;
  for (let attempt = 0; attempt < 4; attempt++) {
    const adj = Array.from({ length: n }, () => [] as number[]);
    for (const [a, b] of layout.links) {
      adj[a]!.push(b);
      adj[b]!.push(a);
    }
    const seen = new Set<number>([0]);
    const stack = [0];
    while (stack.length) {
      for (const s of adj[stack.pop()!]!) {
        if (seen.has(s)) continue;
        seen.add(s);
        stack.push(s);
      }
    }
    if (seen.size === n) return;
    for (let r = 0; r < n; r++) {
      if (seen.has(r)) continue;
      const target = [...seen].sort((a, b) => dist(layout.rooms[r]!, layout.rooms[a]!) - dist(layout.rooms[r]!, layout.rooms[b]!) || a - b);
      for (const t of target.slice(0, 6)) {
        const before = layout.links.length;
        if (layout.kind === 'caves') {
          const da = caveMouth(layout, layout.rooms[r]!, layout.rooms[t]!, corridorWidth);
          const db = caveMouth(layout, layout.rooms[t]!, layout.rooms[r]!, corridorWidth);
          if (carveCorridor(layout, da, db, corridorWidth, layout.rooms)) layout.links.push([r, t]);
        } else connect(layout, [[r, t]], corridorWidth, random);
        if (layout.links.length > before) {
          seen.add(r);
          break;
        }
      }
    }
  }
}

export function generateLayout(p: LayoutParams): Layout {
  return p.layout === 'bsp' ? bsp(p) : p.layout === 'caves' ? caves(p) : roomsAndCorridors(p);
}

export { CORRIDOR, RING };
