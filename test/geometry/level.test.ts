import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLayout } from '../../src/geometry/level/generators.js';
import { reachable, ROOM, CORRIDOR, type Layout } from '../../src/geometry/level/layout.js';
import { levelMeshes, cellToWorld } from '../../src/geometry/level/geometry.js';
import { loadManifold } from '../../src/geometry/csg.js';
import { meshBounds, type MeshData } from '../../src/geometry/mesh.js';

const SHAPE = { wallHeight: 3, wallThickness: 0.3, floorThickness: 0.2, ceiling: true, door: { width: 1.2, height: 2.2 } };

/** Flood fill over walkable cells (rooms and corridors) from the first room. */
function walk(layout: Layout): Set<number> {
  const open = (i: number) => layout.cells[i] === ROOM || layout.cells[i] === CORRIDOR;
  const start = layout.rooms[0]!.cells?.[0] ?? layout.rooms[0]!.z0 * layout.width + layout.rooms[0]!.x0;
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    const c = stack.pop()!;
    const x = c % layout.width;
    for (const n of [c - 1, c + 1, c - layout.width, c + layout.width]) {
      if (n < 0 || n >= layout.cells.length || seen.has(n) || !open(n)) continue;
      if (Math.abs((n % layout.width) - x) > 1) continue;
      seen.add(n);
      stack.push(n);
    }
  }
  return seen;
}

/** Does the segment p→q cross any triangle of the mesh (Möller–Trumbore)? */
function hits(m: MeshData, p: number[], q: number[]): boolean {
  const d = [q[0]! - p[0]!, q[1]! - p[1]!, q[2]! - p[2]!];
  for (let t = 0; t < m.indices.length; t += 3) {
    const v = [0, 1, 2].map((k) => Array.from(m.positions.subarray(m.indices[t + k]! * 3, m.indices[t + k]! * 3 + 3)));
    const e1 = v[1]!.map((c, i) => c - v[0]![i]!);
    const e2 = v[2]!.map((c, i) => c - v[0]![i]!);
    const h = [d[1]! * e2[2]! - d[2]! * e2[1]!, d[2]! * e2[0]! - d[0]! * e2[2]!, d[0]! * e2[1]! - d[1]! * e2[0]!];
    const a = e1[0]! * h[0]! + e1[1]! * h[1]! + e1[2]! * h[2]!;
    if (Math.abs(a) < 1e-12) continue;
    const f = 1 / a;
    const s = p.map((c, i) => c - v[0]![i]!);
    const u = f * (s[0]! * h[0]! + s[1]! * h[1]! + s[2]! * h[2]!);
    if (u < 0 || u > 1) continue;
    const qq = [s[1]! * e1[2]! - s[2]! * e1[1]!, s[2]! * e1[0]! - s[0]! * e1[2]!, s[0]! * e1[1]! - s[1]! * e1[0]!];
    const w = f * (d[0]! * qq[0]! + d[1]! * qq[1]! + d[2]! * qq[2]!);
    if (w < 0 || u + w > 1) continue;
    const tt = f * (e2[0]! * qq[0]! + e2[1]! * qq[1]! + e2[2]! * qq[2]!);
    if (tt >= 0 && tt <= 1) return true;
  }
  return false;
}

for (const layoutKind of ['rooms', 'bsp', 'caves'] as const) {
  for (const seed of [1, 2, 3]) {
    test(`${layoutKind} layout (seed ${seed}): every room reachable, rooms disjoint`, () => {
      const layout = generateLayout({ layout: layoutKind, rooms: 24, roomSize: [4, 10], corridorWidth: 2, seed });
      assert.equal(layout.rooms.length, 24);
      assert.equal(reachable(layout.rooms.length, layout.links).size, 24, 'the link graph is connected');
      const walked = walk(layout);
      for (const room of layout.rooms) {
        const cell = room.cells?.[0] ?? room.z0 * layout.width + room.x0;
        assert.ok(walked.has(cell), `room ${room.id} is reachable on foot`);
      }
      if (layoutKind !== 'caves') {
        // Rectangles with at least one cell between them (where walls stand).
        for (const a of layout.rooms) for (const b of layout.rooms) {
          if (a.id >= b.id) continue;
          const apart = a.x0 + a.w + 1 <= b.x0 || b.x0 + b.w + 1 <= a.x0 || a.z0 + a.d + 1 <= b.z0 || b.z0 + b.d + 1 <= a.z0;
          assert.ok(apart, `rooms ${a.id} and ${b.id} overlap`);
        }
      } else {
        const owner = new Map<number, number>();
        for (const r of layout.rooms) for (const c of r.cells!) {
          assert.ok(!owner.has(c), `cave chambers ${owner.get(c)} and ${r.id} share a cell`);
          owner.set(c, r.id);
        }
      }
    });
  }
}

test('doorways are open through the walls; elsewhere the wall is solid; floors and walls have thickness', async () => {
  await loadManifold();
  const layout = generateLayout({ layout: 'rooms', rooms: 6, roomSize: [5, 8], corridorWidth: 2, seed: 4 });
  const parts = levelMeshes(layout, SHAPE);
  const wall = parts.find((p) => p.slot === 'wall')!.mesh;
  const floor = parts.find((p) => p.slot === 'floor')!.mesh;
  assert.ok(layout.doors.length >= 10);
  for (const door of layout.doors) {
    const room = layout.rooms[door.room]!;
    const horizontal = door.side === 'north' || door.side === 'south';
    const lineCell = door.side === 'north' ? room.z0 : door.side === 'south' ? room.z0 + room.d : door.side === 'west' ? room.x0 : room.x0 + room.w;
    const mid = door.at + door.width / 2;
    const [wx, wz] = cellToWorld(layout, horizontal ? mid : lineCell, horizontal ? lineCell : mid);
    // A segment through the wall at the door's centre, 1 m up: clear. The same 1.2 m to the side: blocked.
    const through = (offset: number) =>
      horizontal ? hits(wall, [wx + offset, 1, wz - 0.5], [wx + offset, 1, wz + 0.5]) : hits(wall, [wx - 0.5, 1, wz + offset], [wx + 0.5, 1, wz + offset]);
    assert.equal(through(0), false, `door of room ${door.room} (${door.side}) is open`);
    const solidOffset = SHAPE.door.width / 2 + 0.6;
    const beside = through(solidOffset) || through(-solidOffset);
    assert.ok(beside, `the wall beside door of room ${door.room} is solid`);
  }
  const fb = meshBounds(floor);
  assert.ok(Math.abs(fb.min[1] + SHAPE.floorThickness) < 1e-6 && Math.abs(fb.max[1]) < 1e-6, 'floor slabs are 0.2 m thick');
  const wb = meshBounds(wall);
  assert.ok(Math.abs(wb.max[1] - SHAPE.wallHeight) < 1e-6);
  const ceiling = parts.find((p) => p.slot === 'ceiling')!.mesh;
  assert.ok(Math.abs(meshBounds(ceiling).min[1] - SHAPE.wallHeight) < 1e-6);
  assert.equal(levelMeshes(layout, { ...SHAPE, ceiling: false }).some((p) => p.slot === 'ceiling'), false, 'ceilings are optional');
});
