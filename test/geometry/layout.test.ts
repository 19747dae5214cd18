import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RoomPlacer, type RoomArea } from '../../src/geometry/layout/place.js';
import { overlaps } from '../../src/geometry/layout/footprint.js';
import { mulberry32 } from '../../src/core/random.js';
import { generateDungeon } from '../../src/worlds/dungeon.js';
import { THEMES } from '../../src/geometry/level/themes.js';

const room = (): RoomArea => ({ id: 0, x0: -3, z0: -2.5, x1: 3, z1: 2.5, keepClear: [] });

test('rules: against a wall, in a corner, on top of, under, near and facing — inside the room, never overlapping', () => {
  const p = new RoomPlacer(room(), mulberry32(3));
  const table = p.place({ id: 'table', type: 'table', rule: { kind: 'center' } })!;
  const cup = p.place({ id: 'cup', type: 'cup', rule: { kind: 'on', target: 'table' } })!;
  const bucket = p.place({ id: 'bucket', type: 'bucket', rule: { kind: 'under', target: 'table' } })!;
  const shelf = p.place({ id: 'bookshelf', type: 'bookshelf', rule: { kind: 'wall' } })!;
  const crate = p.place({ id: 'crate', type: 'crate', rule: { kind: 'corner' } })!;
  const chair = p.place({ id: 'chair', type: 'chair', rule: { kind: 'near', target: 'table' } })!;
  const statue = p.place({ id: 'statue', type: 'statue', rule: { kind: 'floor' }, facing: { kind: 'target', target: 'table' } });
  for (const x of [table, cup, bucket, shelf, crate, chair]) assert.ok(x, 'placed');
  assert.ok(Math.abs(cup.bounds.min[1] - table.bounds.max[1]) < 1e-6, 'the cup rests on the table top');
  assert.equal(cup.supportedBy, 'table');
  assert.ok(bucket.bounds.max[1] < table.bounds.max[1] - 0.05 && bucket.bounds.min[0] >= table.bounds.min[0], 'the bucket is under the table');
  const r = room();
  // Against a wall: one face of the bookshelf's box touches a wall line.
  const touching = [Math.abs(shelf.bounds.min[0] - r.x0), Math.abs(shelf.bounds.max[0] - r.x1), Math.abs(shelf.bounds.min[2] - r.z0), Math.abs(shelf.bounds.max[2] - r.z1)];
  assert.ok(Math.min(...touching) < 0.05, 'the bookshelf stands against a wall');
  const corner = Math.min(Math.abs(crate.bounds.min[0] - r.x0), Math.abs(crate.bounds.max[0] - r.x1)) + Math.min(Math.abs(crate.bounds.min[2] - r.z0), Math.abs(crate.bounds.max[2] - r.z1));
  assert.ok(corner < 0.1, 'the crate sits in a corner');
  // Near and facing: the chair's front (+Z turned by its yaw) points at the table.
  const yaw = (chair.yawDeg * Math.PI) / 180;
  const front = [Math.sin(yaw), Math.cos(yaw)];
  const toTable = [(table.bounds.min[0] + table.bounds.max[0]) / 2 - chair.position[0], (table.bounds.min[2] + table.bounds.max[2]) / 2 - chair.position[2]];
  assert.ok(front[0]! * toTable[0]! + front[1]! * toTable[1]! > 0, 'the chair faces the table');
  if (statue) {
    const sy = (statue.yawDeg * Math.PI) / 180;
    const to = [(table.bounds.min[0] + table.bounds.max[0]) / 2 - statue.position[0], (table.bounds.min[2] + table.bounds.max[2]) / 2 - statue.position[2]];
    assert.ok(Math.sin(sy) * to[0]! + Math.cos(sy) * to[1]! > 0, 'the statue faces the table');
  }
  const all = p.placed;
  for (const a of all) {
    assert.ok(a.bounds.min[0] >= r.x0 - 1e-6 && a.bounds.max[0] <= r.x1 + 1e-6 && a.bounds.min[2] >= r.z0 - 1e-6 && a.bounds.max[2] <= r.z1 + 1e-6, `${a.id} inside the room`);
    for (const b of all) {
      if (a.id >= b.id) continue;
      const stacked = a.supportedBy === b.id || b.supportedBy === a.id;
      if (!stacked) assert.ok(!overlaps(a.bounds, b.bounds), `${a.id} and ${b.id} overlap`);
    }
  }
});

test('minimum spacing keeps floor props apart; doors are kept clear', () => {
  const r = room();
  r.keepClear.push({ min: [-1, 0, -2.5], max: [1, 3, -1.2] });
  const p = new RoomPlacer(r, mulberry32(9), { minSpacing: 0.5 });
  for (let i = 0; i < 12; i++) p.place({ id: `barrel-${i}`, type: 'barrel', rule: { kind: 'floor' } });
  const placed = p.placed;
  assert.ok(placed.length >= 4);
  for (const a of placed) {
    assert.ok(!overlaps(a.bounds, r.keepClear[0]!), `${a.id} blocks the door`);
    for (const b of placed) {
      if (a.id >= b.id) continue;
      const gap = Math.max(a.bounds.min[0] - b.bounds.max[0], b.bounds.min[0] - a.bounds.max[0], a.bounds.min[2] - b.bounds.max[2], b.bounds.min[2] - a.bounds.max[2]);
      assert.ok(gap >= 0.5 - 1e-6, `${a.id}–${b.id} gap ${gap.toFixed(2)}`);
    }
  }
});

test('per-theme density sets the prop count when none is asked for', () => {
  const dense = generateDungeon({ rooms: 6, lights: 2, theme: 'house', seed: 1 });
  const sparse = generateDungeon({ rooms: 6, lights: 2, theme: 'castle', seed: 1 });
  assert.ok(THEMES.house.density > THEMES.castle.density);
  assert.ok(dense.report.props > 0 && sparse.report.props > 0);
});
