/**
 * Layout → meshes: floor slabs with thickness under rooms and corridors, walls of real thickness around rooms
 * with doorways cut by manifold-3d, corridor walls along the corridor network's edges, optional ceilings. One
 * merged mesh per slot (floor, wall, ceiling): a 1000-room level is three draw calls.
 */
import { MeshBuffer, BOX_FACES as F_ } from '../mesh-buffer.js';
import { manifold } from '../csg.js';
import type { GeneratedPart } from '../generator.js';
import { CORRIDOR, ROOM, type Door, type Layout, type Room } from './layout.js';

export interface LevelShape {
  wallHeight: number;
  wallThickness: number;
  floorThickness: number;
  ceiling: boolean;
  door: { width: number; height: number };
}

/** World position of grid coordinates: the level is centred on the origin, 1 cell = 1 m. */
export function cellToWorld(layout: Layout, x: number, z: number): [number, number] {
  return [x - layout.width / 2, z - layout.depth / 2];
}

/** Greedy merge of the cells where `is(x, z)` into maximal rectangles (rows first). */
function rectangles(layout: Layout, is: (i: number) => boolean): [number, number, number, number][] {
  const { width: W, depth: D } = layout;
  const used = new Uint8Array(W * D);
  const out: [number, number, number, number][] = [];
  for (let z = 0; z < D; z++) {
    for (let x = 0; x < W; x++) {
      const i = z * W + x;
      if (used[i] || !is(i)) continue;
      let w = 1;
      while (x + w < W && !used[i + w] && is(i + w)) w++;
      let d = 1;
      grow: while (z + d < D) {
        for (let k = 0; k < w; k++) if (used[(z + d) * W + x + k] || !is((z + d) * W + x + k)) break grow;
        d++;
      }
      for (let dz = 0; dz < d; dz++) for (let k = 0; k < w; k++) used[(z + dz) * W + x + k] = 1;
      out.push([x, z, w, d]);
    }
  }
  return out;
}

function doorsBySide(doors: Door[], room: Room) {
  const sides = { north: [] as Door[], south: [] as Door[], east: [] as Door[], west: [] as Door[] };
  for (const d of doors) if (d.room === room.id) sides[d.side].push(d);
  return sides;
}

export function levelMeshes(layout: Layout, shape: LevelShape): GeneratedPart[] {
  const floor = new MeshBuffer();
  const wall = new MeshBuffer();
  const ceiling = new MeshBuffer();
  const { wallHeight: H, wallThickness: T, floorThickness: F } = shape;
  // Walls show their two long sides, and their top only when there is no ceiling over it; their ends are
  // buried in the walls they meet and their undersides stand on the floor.
  const top = shape.ceiling ? 0 : F_.top;
  const alongX = F_.pz | F_.nz | top;
  const alongZ = F_.px | F_.nx | top;
  const world = (x: number, z: number) => cellToWorld(layout, x, z);
  const rect = (buf: MeshBuffer, x: number, z: number, w: number, d: number, y0: number, y1: number, bottom = false) => {
    const [wx, wz] = world(x, z);
    buf.box(wx, y0, wz, wx + w, y1, wz + d, bottom);
  };

  if (layout.kind === 'caves') {
    // Chambers and tunnels are one open floor; walls follow every edge between floor and rock.
    const open = (i: number) => layout.cells[i] === ROOM || layout.cells[i] === CORRIDOR;
    for (const [x, z, w, d] of rectangles(layout, open)) {
      rect(floor, x, z, w, d, -F, 0);
      if (shape.ceiling) rect(ceiling, x, z, w, d, H, H + F, true);
    }
    edgeWalls(layout, wall, open, () => false, H, T, alongX, alongZ);
  } else {
    const M = manifold();
    for (const room of layout.rooms) {
      rect(floor, room.x0, room.z0, room.w, room.d, -F, 0);
      if (shape.ceiling) rect(ceiling, room.x0 - T / 2, room.z0 - T / 2, room.w + T, room.d + T, H, H + F, true);
      const sides = doorsBySide(layout.doors, room);
      const [x0, z0] = world(room.x0, room.z0);
      const x1 = x0 + room.w;
      const z1 = z0 + room.d;
      // Each wall is centred on the room's edge and runs past the corners by half its thickness.
      const walls: [keyof typeof sides, number, number, number, number][] = [
        ['north', x0 - T / 2, z0 - T / 2, x1 + T / 2, z0 + T / 2],
        ['south', x0 - T / 2, z1 - T / 2, x1 + T / 2, z1 + T / 2],
        ['west', x0 - T / 2, z0 + T / 2, x0 + T / 2, z1 - T / 2],
        ['east', x1 - T / 2, z0 + T / 2, x1 + T / 2, z1 - T / 2],
      ];
      for (const [side, ax, az, bx, bz] of walls) {
        const doors = sides[side];
        if (!doors.length) {
          wall.box(ax, 0, az, bx, H, bz, side === 'north' || side === 'south' ? alongX : alongZ);
          continue;
        }
        // Doorways: the wall minus one box per door, as tall as the door and deeper than the wall.
        let solid = M.Manifold.cube([bx - ax, H, bz - az], false).translate([ax, 0, az]);
        for (const d of doors) {
          const openW = Math.min(shape.door.width, d.width);
          const along = (side === 'north' || side === 'south' ? x0 : z0) + d.at - (side === 'north' || side === 'south' ? room.x0 : room.z0) + d.width / 2 - openW / 2;
          const hole =
            side === 'north' || side === 'south'
              ? M.Manifold.cube([openW, Math.min(shape.door.height, H - 0.2), T + 0.2], false).translate([along, -0.01, az - 0.1])
              : M.Manifold.cube([T + 0.2, Math.min(shape.door.height, H - 0.2), openW], false).translate([ax - 0.1, -0.01, along]);
          const next = solid.subtract(hole);
          solid.delete();
          hole.delete();
          solid = next;
        }
        const mesh = solid.getMesh();
        wall.triangles(mesh.vertProperties, mesh.triVerts);
        solid.delete();
      }
    }
    const corridor = (i: number) => layout.cells[i] === CORRIDOR;
    for (const [x, z, w, d] of rectangles(layout, corridor)) {
      rect(floor, x, z, w, d, -F, 0);
      if (shape.ceiling) rect(ceiling, x, z, w, d, H, H + F, true);
    }
    // Corridor walls stand on every corridor edge except those onto a room (the room's wall, with its door,
    // is already there).
    edgeWalls(layout, wall, corridor, (i) => layout.cells[i] === ROOM, H, T, alongX, alongZ);
  }
  const parts: GeneratedPart[] = [{ slot: 'floor', mesh: floor.toMeshData() }, { slot: 'wall', mesh: wall.toMeshData() }];
  if (shape.ceiling && !ceiling.empty) parts.push({ slot: 'ceiling', mesh: ceiling.toMeshData() });
  return parts;
}

/**
 * Walls along the boundary of the cells where `inside` holds, skipping edges onto cells where `skip` holds.
 * Unit edges are merged into runs; each run becomes one box centred on the edge line.
 */
function edgeWalls(layout: Layout, wall: MeshBuffer, inside: (i: number) => boolean, skip: (i: number) => boolean, H: number, T: number, alongX: number, alongZ: number): void {
  const { width: W, depth: D } = layout;
  const at = (x: number, z: number) => (x < 0 || z < 0 || x >= W || z >= D ? -1 : z * W + x);
  const boundary = (x: number, z: number, dx: number, dz: number) => {
    const i = at(x, z);
    if (i < 0 || !inside(i)) return false;
    const n = at(x + dx, z + dz);
    return n < 0 || (!inside(n) && !skip(n));
  };
  // Horizontal edges (walls running along X): the north edge of cell (x, z) lies on line z.
  for (const [dz, lineOffset] of [[-1, 0], [1, 1]] as const) {
    for (let z = 0; z < D; z++) {
      let x = 0;
      while (x < W) {
        if (!boundary(x, z, 0, dz)) {
          x++;
          continue;
        }
        const start = x;
        while (x < W && boundary(x, z, 0, dz)) x++;
        const [wx0, wz] = cellToWorld(layout, start, z + lineOffset);
        wall.box(wx0 - T / 2, 0, wz - T / 2, wx0 + (x - start) + T / 2, H, wz + T / 2, alongX);
      }
    }
  }
  for (const [dx, lineOffset] of [[-1, 0], [1, 1]] as const) {
    for (let x = 0; x < W; x++) {
      let z = 0;
      while (z < D) {
        if (!boundary(x, z, dx, 0)) {
          z++;
          continue;
        }
        const start = z;
        while (z < D && boundary(x, z, dx, 0)) z++;
        const [wx, wz0] = cellToWorld(layout, x + lineOffset, start);
        wall.box(wx - T / 2, 0, wz0 - T / 2, wx + T / 2, H, wz0 + (z - start) + T / 2, alongZ);
      }
    }
  }
}
