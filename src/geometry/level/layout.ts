/**
 * Level layouts on a 1 m grid: rooms, the corridors that join them, and the doors between the two. A layout is
 * pure data, a function of its parameters and seed, so a level's geometry and the props placed in it (built
 * separately) always agree.
 */

/** Cell kinds. RING cells surround rooms: corridors may cross them only at a door. */
export const EMPTY = 0;
export const ROOM = 1;
export const CORRIDOR = 2;
export const RING = 3;

export type Side = 'north' | 'south' | 'east' | 'west';

export interface Room {
  id: number;
  /** Interior rectangle in cells (1 m): x0 ≤ x < x0 + w, z0 ≤ z < z0 + d. Caves use `cells` instead. */
  x0: number;
  z0: number;
  w: number;
  d: number;
  /** For irregular (cave) rooms: the cell indices of the floor. */
  cells?: number[];
}

export interface Door {
  room: number;
  side: Side;
  /** First cell along the wall (x for north/south walls, z for east/west) and the opening width in cells. */
  at: number;
  width: number;
  /** The corridor cell just outside the opening, where the corridor starts. */
  outside: [number, number];
}

export interface Layout {
  kind: 'rooms' | 'bsp' | 'caves';
  /** Grid size in cells. */
  width: number;
  depth: number;
  cells: Uint8Array;
  rooms: Room[];
  doors: Door[];
  /** Room pairs joined by a corridor (or, in caves, a tunnel). */
  links: [number, number][];
}

/** Union-find over room ids, for spanning trees and connectivity checks. */
export class DisjointSet {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(a: number): number {
    while (this.parent[a] !== a) {
      this.parent[a] = this.parent[this.parent[a]!]!;
      a = this.parent[a]!;
    }
    return a;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    this.parent[ra] = rb;
    return true;
  }
}

/**
 * Which links to build: a minimum spanning tree over candidate edges (so every room is reachable) plus a share
 * of the remaining short edges for loops, which make levels less linear.
 */
export function chooseLinks(n: number, candidates: [number, number, number][], loopShare: number, random: () => number): [number, number][] {
  const sorted = [...candidates].sort((a, b) => a[2] - b[2] || a[0] - b[0] || a[1] - b[1]);
  const ds = new DisjointSet(n);
  const links: [number, number][] = [];
  const spare: [number, number][] = [];
  for (const [a, b] of sorted) {
    if (ds.union(a, b)) links.push([a, b]);
    else spare.push([a, b]);
  }
  for (const e of spare) if (random() < loopShare) links.push(e);
  return links;
}

/** Rooms reachable from room 0 over the links. */
export function reachable(n: number, links: readonly [number, number][]): Set<number> {
  const adj = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of links) {
    adj[a]!.push(b);
    adj[b]!.push(a);
  }
  const seen = new Set<number>(n ? [0] : []);
  const queue = n ? [0] : [];
  while (queue.length) {
    const r = queue.pop()!;
    for (const s of adj[r]!) {
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push(s);
    }
  }
  return seen;
}
