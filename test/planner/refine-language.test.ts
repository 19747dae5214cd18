import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan, type Plan } from '../../src/planner/plan.js';
import { refineSpec, noteClauses } from '../../src/planner/refine.js';
import type { SceneSpecInput } from '../../src/scene/schema.js';
import { objectBounds, type WorldBounds } from '../../src/geometry/bounds.js';
import { parseSpec, validateSpec } from '../../src/validate/validate.js';

const TAVERN = 'Anna sits at a wooden table in a tavern, with three barrels and two chairs. A window on the back wall.';
const THRONE_ROOM = 'Two guards stand at the door of a throne room. A king sits on his throne.';

const plans = new Map<string, Promise<Plan>>();
const planOf = (text: string) => plans.get(text) ?? (plans.set(text, plan({ text })), plans.get(text)!);

interface Obj {
  id: string;
  geometry: { type: string; pose?: string };
  materials?: Record<string, string>;
  material?: string;
}
const objects = (s: SceneSpecInput) => s.objects as unknown as Obj[];
const ofKind = (s: SceneSpecInput, kind: string) => objects(s).filter((o) => o.geometry?.type === kind);
const boundsOf = (s: SceneSpecInput) => objectBounds(parseSpec(s));
const centreOf = (b: WorldBounds): [number, number] => [(b.min[0] + b.max[0]) / 2, (b.min[2] + b.max[2]) / 2];
/** Horizontal gap between two boxes (0 when they overlap in plan). */
const gap = (a: WorldBounds, b: WorldBounds) => Math.hypot(Math.max(0, a.min[0] - b.max[0], b.min[0] - a.max[0]), Math.max(0, a.min[2] - b.max[2], b.min[2] - a.max[2]));
/** The room's inside, from the floor plane layout writes. */
const roomOf = (s: SceneSpecInput) => {
  const size = (objects(s).find((o) => o.id === 'floor')!.geometry as unknown as { size: [number, number] }).size;
  return { x0: -size[0] / 2, x1: size[0] / 2, z0: -size[1] / 2, z1: size[1] / 2 };
};
const materialPreset = (s: SceneSpecInput, o: Obj) => {
  const name = o.materials ? Object.values(o.materials)[0] : o.material;
  return name ? (s.materials as Record<string, { preset?: string; baseColor?: string }>)[name] : undefined;
};
const added = (before: SceneSpecInput, after: SceneSpecInput, kind: string) => ofKind(after, kind).filter((o) => !ofKind(before, kind).some((b) => b.id === o.id));

async function refine(text: string, note: string, shot?: 'first') {
  const p = await planOf(text);
  const input = structuredClone(p.specInput);
  const r = refineSpec(p.specInput, shot ? p.specInput.shots![0]!.id : undefined, note, p.description);
  assert.deepEqual(p.specInput, input, 'the note edits a copy: the snapshot undo restores stays as it was');
  const v = validateSpec(r.spec);
  assert.ok(v.ok, `"${note}" leaves a valid scene: ${v.ok ? '' : v.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  const ids = objects(r.spec).map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length, `"${note}": object ids stay unique`);
  return { p, r, before: p.specInput, after: r.spec };
}

/** Each new thing rests on the table: its bottom on the top, its middle over the top. */
function assertOnTable(after: SceneSpecInput, things: Obj[]) {
  const b = boundsOf(after);
  const table = b.get(ofKind(after, 'table')[0]!.id)!;
  for (const t of things) {
    const tb = b.get(t.id)!;
    assert.ok(Math.abs(tb.min[1] - table.max[1]) < 0.02, `${t.id} bottom ${tb.min[1]} on the table top ${table.max[1]}`);
    const [cx, cz] = centreOf(tb);
    assert.ok(cx > table.min[0] && cx < table.max[0] && cz > table.min[2] && cz < table.max[2], `${t.id} over the table`);
  }
}

test('notes split into clauses at "and", "then" and commas that start a new instruction, not inside a phrase', () => {
  assert.deepEqual(noteClauses('closer on her face, and lower the camera'), ['closer on her face', 'lower the camera']);
  assert.deepEqual(noteClauses('make it black and white'), ['make it black and white']);
  assert.deepEqual(noteClauses('Add a candle, a cup and a plate on the table; then warmer'), ['add a candle a cup and a plate on the table', 'warmer']);
  assert.deepEqual(noteClauses('warmer, then teach the barrels to dance'), ['warmer', 'teach the barrels to dance']);
});

for (const note of ['add a candle on the table', 'Put a bottle on top of the table.', 'place a cup on the table please']) {
  test(`"${note}": the new thing rests on the table top`, async () => {
    const { r, before, after } = await refine(TAVERN, note);
    const kind = note.includes('candle') ? 'candle' : note.includes('bottle') ? 'bottle' : 'cup';
    const fresh = added(before, after, kind);
    assert.equal(fresh.length, 1);
    assertOnTable(after, fresh);
    assert.ok(r.changes.some((c) => c.path === 'objects' && (c.to as string[]).includes(fresh[0]!.id)));
    assert.equal(r.scope, 'scene');
    assert.deepEqual(r.notes, []);
  });
}

test('"add three candles on the table": three, each on the top, each with its flame', async () => {
  const { after, before } = await refine(TAVERN, 'add three candles on the table');
  const fresh = added(before, after, 'candle');
  assert.equal(fresh.length, 3);
  assertOnTable(after, fresh);
  for (const c of fresh) assert.ok((after.lights ?? []).some((l) => l.id === `light-${c.id}`), `${c.id} carries its light`);
});

test('a candle added twice gets a new id the second time', async () => {
  const p = await planOf(TAVERN);
  const once = refineSpec(p.specInput, undefined, 'add a candle on the table', p.description);
  const twice = refineSpec(once.spec, undefined, 'add another candle on the table', p.description);
  const ids = added(p.specInput, twice.spec, 'candle').map((o) => o.id);
  assert.equal(ids.length, 2);
  assert.equal(new Set(ids).size, 2);
});

test('"we need a crate next to the barrels": a crate beside a barrel', async () => {
  const { after, before } = await refine(TAVERN, 'we need a crate next to the barrels');
  const [crate] = added(before, after, 'crate');
  assert.ok(crate);
  const b = boundsOf(after);
  const nearest = Math.min(...ofKind(after, 'barrel').map((o) => gap(b.get(crate.id)!, b.get(o.id)!)));
  assert.ok(nearest < 1.2, `crate ${nearest.toFixed(2)} m from the nearest barrel`);
});

test('"two more guards at the door" and "another guard by the throne": the cast grows where the note says', async () => {
  const { after, before } = await refine(THRONE_ROOM, 'two more guards at the door');
  const fresh = added(before, after, 'person');
  assert.equal(fresh.length, 2);
  const b = boundsOf(after);
  const door = b.get(ofKind(after, 'door')[0]!.id)!;
  for (const g of fresh) assert.ok(gap(b.get(g.id)!, door) < 2.0, `${g.id} at the door`);
  const one = await refine(THRONE_ROOM, 'Another guard by the throne');
  const [guard] = added(one.before, one.after, 'person');
  assert.equal(added(one.before, one.after, 'person').length, 1);
  const b2 = boundsOf(one.after);
  assert.ok(gap(b2.get(guard!.id)!, b2.get(ofKind(one.after, 'throne')[0]!.id)!) < 1.5);
});

for (const [note, side] of [
  ['move the barrels to the left wall', 'left'],
  ['push the barrels against the right wall', 'right'],
  ['Slide the barrels over to the back wall.', 'back'],
] as const) {
  test(`"${note}": every barrel is against that wall`, async () => {
    const { after, r } = await refine(TAVERN, note);
    const room = roomOf(after);
    const b = boundsOf(after);
    for (const o of ofKind(after, 'barrel')) {
      const ob = b.get(o.id)!;
      const d = side === 'left' ? ob.min[0] - room.x0 : side === 'right' ? room.x1 - ob.max[0] : ob.min[2] - room.z0;
      assert.ok(d < 0.35, `${o.id} ${d.toFixed(2)} m from the ${side} wall`);
    }
    assert.equal(r.changes.filter((c) => c.path.endsWith('.position')).length, 3);
  });
}

test('"put Anna by the window": she stands beside it', async () => {
  const { after, r } = await refine(TAVERN, 'put Anna by the window');
  const b = boundsOf(after);
  assert.ok(gap(b.get('anna')!, b.get(ofKind(after, 'window')[0]!.id)!) < 1.2);
  assert.equal(objects(after).find((o) => o.id === 'anna')!.geometry.pose, 'standing', 'moved off her seat, she stands');
  assert.ok(r.changes.some((c) => c.path.endsWith('.geometry.pose')));
});

test('"move anna next to the barrels" (lower-case name) and "move the table to the centre"', async () => {
  const { after } = await refine(TAVERN, 'move anna next to the barrels');
  const b = boundsOf(after);
  assert.ok(Math.min(...ofKind(after, 'barrel').map((o) => gap(b.get('anna')!, b.get(o.id)!))) < 1.2);
  const centre = await refine(TAVERN, 'move the table to the centre');
  const [cx, cz] = centreOf(boundsOf(centre.after).get(ofKind(centre.after, 'table')[0]!.id)!);
  assert.ok(Math.hypot(cx, cz) < 1.2, `table centre ${cx.toFixed(2)}, ${cz.toFixed(2)}`);
});

test('"move the throne to the back wall"', async () => {
  const { after } = await refine(THRONE_ROOM, 'move the throne to the back wall');
  const tb = boundsOf(after).get(ofKind(after, 'throne')[0]!.id)!;
  assert.ok(tb.min[2] - roomOf(after).z0 < 0.35);
});

test('a table that moves takes the candle on it along', async () => {
  const p = await planOf(TAVERN);
  const lit = refineSpec(p.specInput, undefined, 'add a candle on the table', p.description);
  const moved = refineSpec(lit.spec, undefined, 'move the table to the left wall', p.description);
  assertOnTable(moved.spec, added(p.specInput, moved.spec, 'candle'));
});

test('"make the table marble", "make the chairs oak", "paint the walls brick", "the barrels should be red"', async () => {
  const marble = await refine(TAVERN, 'make the table marble');
  assert.match(materialPreset(marble.after, ofKind(marble.after, 'table')[0]!)!.preset!, /^marble/);
  assert.equal(materialPreset(marble.after, ofKind(marble.after, 'table')[0]!)!.baseColor, undefined, 'marble, not oak tinted');
  const oak = await refine(TAVERN, 'Make the chairs oak.');
  for (const c of ofKind(oak.after, 'chair')) assert.equal(materialPreset(oak.after, c)!.preset, 'oak');
  const walls = await refine(TAVERN, 'paint the walls brick');
  assert.match((walls.after.materials as Record<string, { preset: string }>).walls!.preset, /brick/);
  const red = await refine(TAVERN, 'the barrels should be red');
  for (const c of ofKind(red.after, 'barrel')) assert.ok(materialPreset(red.after, c)!.baseColor, `${c.id} tinted`);
});

for (const [note, from, to] of [
  ['replace the chairs with stools', 'chair', 'stool'],
  ['swap the barrels for crates', 'barrel', 'crate'],
] as const) {
  test(`"${note}": one ${to} for each ${from}, where it stood`, async () => {
    const { before, after } = await refine(TAVERN, note);
    const old = ofKind(before, from);
    assert.equal(ofKind(after, from).length, 0);
    const fresh = added(before, after, to);
    assert.equal(fresh.length, old.length);
    const b0 = boundsOf(before);
    const b1 = boundsOf(after);
    for (const o of old) {
      const [x, z] = centreOf(b0.get(o.id)!);
      assert.ok(fresh.some((n) => Math.hypot(centreOf(b1.get(n.id)!)[0] - x, centreOf(b1.get(n.id)!)[1] - z) < 0.6), `a ${to} where ${o.id} stood`);
    }
  });
}

test('"closer on her face, and lower the camera" does both, in either order', async () => {
  const p = await planOf(TAVERN);
  const shot = p.specInput.shots![0]!;
  const camY = (s: SceneSpecInput) => s.cameras!.find((c) => c.id === shot.camera)!.position[1]!;
  const face = refineSpec(p.specInput, shot.id, 'closer on her face', p.description);
  for (const note of ['closer on her face, and lower the camera', 'Lower the camera and go closer on her face.']) {
    const r = refineSpec(p.specInput, shot.id, note, p.description);
    assert.equal(r.spec.shots![0]!.shotSize, 'CU', note);
    assert.deepEqual(r.spec.shots![0]!.subjects, ['anna'], note);
    assert.ok(camY(r.spec) < camY(face.spec) - 0.2, `${note}: camera ${camY(r.spec)} below the close-up's ${camY(face.spec)}`);
    assert.deepEqual(r.notes, []);
  }
});

test('combined scene and look notes apply every part', async () => {
  const night = await refine(TAVERN, 'add a candle on the table, then make it night');
  assert.equal(added(night.before, night.after, 'candle').length, 1);
  assert.ok(night.r.changes.some((c) => c.path === 'lights'));
  const both = await refine(TAVERN, 'make the table marble and warmer', 'first');
  assert.match(materialPreset(both.after, ofKind(both.after, 'table')[0]!)!.preset!, /^marble/);
  assert.ok(both.r.changes.some((c) => c.path.endsWith('look.temperature')));
  const two = await refine(TAVERN, 'move the barrels to the left wall and add a crate in the corner');
  const room = roomOf(two.after);
  const b = boundsOf(two.after);
  for (const o of ofKind(two.after, 'barrel')) assert.ok(b.get(o.id)!.min[0] - room.x0 < 0.35);
  assert.equal(added(two.before, two.after, 'crate').length, 1);
});

test('a note says which part it did not understand', async () => {
  const song = await refine(TAVERN, 'sing a song');
  assert.deepEqual(song.r.changes, []);
  assert.deepEqual(song.r.notes, ['did not understand "sing a song"']);
  const half = await refine(TAVERN, 'warmer, then teach the barrels to dance', 'first');
  assert.ok(half.r.changes.some((c) => c.path.endsWith('look.temperature')), 'the part it understood still applies');
  assert.deepEqual(half.r.notes, ['did not understand "teach the barrels to dance"']);
  const happy = await refine(TAVERN, 'make the table happier');
  assert.deepEqual(happy.r.changes, []);
  assert.deepEqual(happy.r.notes, ['did not understand "make the table happier"']);
});

test('"move the table closer to the window" moves the table, not the camera; an unknown thing is named in the notes', async () => {
  const { after, before, r } = await refine(TAVERN, 'Move the table closer to the window', 'first');
  assert.deepEqual(after.cameras, before.cameras);
  const b0 = boundsOf(before);
  const b1 = boundsOf(after);
  const table = ofKind(after, 'table')[0]!.id;
  const window = ofKind(after, 'window')[0]!.id;
  assert.ok(gap(b1.get(table)!, b1.get(window)!) < gap(b0.get(table)!, b0.get(window)!), 'the table is nearer the window');
  assert.deepEqual(r.notes, []);
  const cat = await refine(TAVERN, 'add a zorblax');
  assert.deepEqual(cat.r.changes, []);
  assert.ok(cat.r.notes.some((n) => n.includes('"a zorblax"')), cat.r.notes.join());
});
