import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import type { ReportObject } from '../../src/planner/report.js';

/** Relations read from text hold on the planned geometry: report.json's boxes, positions and supports. */

const centre = (o: ReportObject): [number, number] => [(o.bbox_min[0] + o.bbox_max[0]) / 2, (o.bbox_min[2] + o.bbox_max[2]) / 2];
const footprintsOverlap = (a: ReportObject, b: ReportObject) => a.bbox_min[0] < b.bbox_max[0] && b.bbox_min[0] < a.bbox_max[0] && a.bbox_min[2] < b.bbox_max[2] && b.bbox_min[2] < a.bbox_max[2];
const gap = (a: ReportObject, b: ReportObject) => Math.hypot(Math.max(0, a.bbox_min[0] - b.bbox_max[0], b.bbox_min[0] - a.bbox_max[0]), Math.max(0, a.bbox_min[2] - b.bbox_max[2], b.bbox_min[2] - a.bbox_max[2]));

async function objects(text: string): Promise<(kind: string) => ReportObject[]> {
  const p = await plan({ text });
  return (kind) => p.report.objects.filter((o) => o.kind === kind && !o.id.startsWith('set-'));
}

function assertOn(a: ReportObject, b: ReportObject) {
  assert.ok(Math.abs(a.bbox_min[1] - b.bbox_max[1]) < 0.02, `${a.id} rests on ${b.id}: ${a.bbox_min[1]} vs ${b.bbox_max[1]}`);
  assert.equal(a.supported_by, b.id);
  assert.ok(footprintsOverlap(a, b), `${a.id} over ${b.id}'s footprint`);
}

function assertStack(items: ReportObject[]) {
  assert.ok(items.length >= 2);
  const byId = new Map(items.map((o) => [o.id, o]));
  const onOthers = items.filter((o) => o.supported_by && byId.has(o.supported_by));
  assert.ok(onOthers.length >= Math.ceil(items.length / 2), `most rest on another: ${items.map((o) => `${o.id}→${o.supported_by}`).join(' ')}`);
  for (const o of onOthers) assertOn(o, byId.get(o.supported_by!)!);
}

const STACKS: [string, string][] = [
  ['Five crates stacked in a warehouse.', 'crate'],
  ['Three crates piled on top of each other in the corner.', 'crate'],
  ['A stack of crates against the wall of a barn.', 'crate'],
  ['Four barrels stacked by the door of the cellar.', 'barrel'],
  ['Crates stacked one on top of another in the hold of a ship.', 'crate'],
  ['A pile of crates in the middle of the warehouse.', 'crate'],
];
for (const [text, kind] of STACKS) {
  test(`stacked: ${text}`, async () => assertStack((await objects(text))(kind)));
}

const ON: [string, string, string][] = [
  ['A study: a computer on the desk.', 'computer', 'desk'],
  ['Two mugs on the table in a tavern.', 'mug', 'table'],
  ['A candle sits on top of the chest.', 'candle', 'chest'],
  ['On the table stands a lantern.', 'lantern', 'table'],
  ['A kitchen with a bowl resting on the counter.', 'bowl', 'counter'],
  ['A candle placed upon the desk in an office.', 'candle', 'desk'],
];
for (const [text, a, b] of ON) {
  test(`on: ${text}`, async () => {
    const of = await objects(text);
    const support = of(b)[0];
    assert.ok(support, `${b} present`);
    assert.ok(of(a).length > 0, `${a} present`);
    for (const x of of(a)) assertOn(x, support.id === x.supported_by ? support : of(b).find((s) => s.id === x.supported_by)!);
  });
}

const UNDER: [string, string, string][] = [
  ['A rug under the desk in a study.', 'rug', 'desk'],
  ['A red carpet beneath the table in the dining room.', 'rug', 'table'],
  ['A chest underneath the table.', 'chest', 'table'],
  ['A rug lies beneath the bed.', 'rug', 'bed'],
];
for (const [text, a, b] of UNDER) {
  test(`under: ${text}`, async () => {
    const of = await objects(text);
    const [x, y] = [of(a)[0], of(b)[0]];
    assert.ok(x && y, `${a} and ${b} present`);
    assert.ok(x.bbox_max[1] < y.bbox_max[1], `${a}'s top below ${b}'s top`);
    assert.ok(footprintsOverlap(x, y), 'footprints overlap');
  });
}

test('around: five chairs around a round table — near-equal distances, spread round it, facing it', async () => {
  for (const text of ['Five chairs around a round table.', 'A dining room: six chairs arranged around the table.', 'Four chairs surrounding a table in the kitchen.']) {
    const of = await objects(text);
    const t = of('table')[0]!;
    const [tx, tz] = centre(t);
    const chairs = of('chair');
    assert.ok(chairs.length >= 4, text);
    const d = chairs.map((c) => Math.hypot(centre(c)[0] - tx, centre(c)[1] - tz));
    const mean = d.reduce((s, x) => s + x, 0) / d.length;
    assert.ok(Math.max(...d) - Math.min(...d) < 0.45 * mean, `${text}: distances ${d.map((x) => x.toFixed(2))}`);
    // Spread: the angles round the table leave no gap wider than half a turn.
    const angles = chairs.map((c) => Math.atan2(centre(c)[1] - tz, centre(c)[0] - tx)).sort((a, b) => a - b);
    const gaps = angles.map((a, i) => (i ? a - angles[i - 1]! : a + 2 * Math.PI - angles[angles.length - 1]!));
    assert.ok(Math.max(...gaps) < 1.2 * Math.PI, `${text}: angles ${angles.map((a) => a.toFixed(2))}`);
    const facing = chairs.filter((c) => {
      const [dx, dz] = [tx - centre(c)[0], tz - centre(c)[1]];
      return (c.forward[0] * dx + c.forward[2] * dz) / Math.hypot(dx, dz) > 0.5;
    });
    assert.ok(facing.length >= chairs.length - 1, `${text}: ${facing.length}/${chairs.length} face the table`);
  }
});

const BETWEEN: [string, string, string][] = [
  ['A lamp between the two chairs.', 'floor_lamp', 'chair'],
  ['A small table stands between two chairs.', 'table', 'chair'],
  ['A barrel between the two crates in the cellar.', 'barrel', 'crate'],
];
for (const [text, a, b] of BETWEEN) {
  test(`between: ${text}`, async () => {
    const of = await objects(text);
    const x = of(a)[0]!;
    const [p, q] = of(b);
    assert.ok(x && p && q, 'all present');
    const [cx, cz] = centre(x);
    const [[px, pz], [qx, qz]] = [centre(p), centre(q)];
    const len2 = (qx - px) ** 2 + (qz - pz) ** 2;
    const t = ((cx - px) * (qx - px) + (cz - pz) * (qz - pz)) / len2;
    const off = Math.abs((cx - px) * (qz - pz) - (cz - pz) * (qx - px)) / Math.sqrt(len2);
    assert.ok(t > 0.1 && t < 0.9 && off < 0.5, `${a} between the ${b}s: t=${t.toFixed(2)} off=${off.toFixed(2)}`);
  });
}

const SIDES: [string, string, string, (a: [number, number], b: [number, number]) => boolean][] = [
  ['A barrel to the left of the table in a tavern.', 'barrel', 'table', (a, b) => a[0] < b[0] - 0.05],
  ['A barrel to the right of the table in a tavern.', 'barrel', 'table', (a, b) => a[0] > b[0] + 0.05],
  ['A chair right of the table.', 'chair', 'table', (a, b) => a[0] > b[0] + 0.05],
  ['A crate behind the barrel.', 'crate', 'barrel', (a, b) => a[1] < b[1] - 0.05],
  ['A bench in front of the table in the garden.', 'bench', 'table', (a, b) => a[1] > b[1] + 0.05],
];
for (const [text, a, b, holds] of SIDES) {
  test(`side (camera frame: left −X, front +Z): ${text}`, async () => {
    const of = await objects(text);
    assert.ok(of(a)[0] && of(b)[0], 'both present');
    assert.ok(holds(centre(of(a)[0]!), centre(of(b)[0]!)), `${a} ${centre(of(a)[0]!)} vs ${b} ${centre(of(b)[0]!)}`);
  });
}

const NEXT: [string, string, string][] = [
  ['A chair next to the bookshelf.', 'chair', 'bookshelf'],
  ['A barrel beside the door of the tavern.', 'barrel', 'door'],
  ['A lantern sits alongside the chest.', 'lantern', 'chest'],
];
for (const [text, a, b] of NEXT) {
  test(`next to: ${text}`, async () => {
    const of = await objects(text);
    assert.ok(of(a)[0] && of(b)[0], 'both present');
    assert.ok(gap(of(a)[0]!, of(b)[0]!) < 0.6, `gap ${gap(of(a)[0]!, of(b)[0]!).toFixed(2)}`);
  });
}

test('far end: the things are at the back of the set, away from the camera', async () => {
  for (const text of ['Three barrels at the far end of the hall.', 'A throne at the back of the room.', 'A wardrobe against the far wall of the bedroom.']) {
    const p = await plan({ text });
    const floor = p.spec.objects.find((o) => o.id === 'floor')!;
    const d = (floor.geometry as unknown as { size: [number, number] }).size[1];
    const named = p.report.objects.filter((o) => !o.id.startsWith('set-'));
    assert.ok(named.length > 0, text);
    for (const o of named) assert.ok(centre(o)[1] < -d / 4 && o.bbox_min[2] < -d / 2 + 1.2, `${text}: ${o.id} at z ${o.bbox_min[2]} (back wall at ${-d / 2})`);
  }
});

test('room parts: in the corner, in the centre, against the wall', async () => {
  const p = await plan({ text: 'A bedroom: a wardrobe in the corner, a rug in the middle of the room, a bed against the wall.' });
  const floor = p.spec.objects.find((o) => o.id === 'floor')!;
  const [w, d] = (floor.geometry as unknown as { size: [number, number] }).size;
  const o = (k: string) => p.report.objects.find((x) => x.kind === k)!;
  const wardrobe = o('wardrobe');
  assert.ok(Math.min(w / 2 - wardrobe.bbox_max[0], wardrobe.bbox_min[0] + w / 2) < 0.3 && Math.min(d / 2 - wardrobe.bbox_max[2], wardrobe.bbox_min[2] + d / 2) < 0.3, 'wardrobe in a corner');
  assert.ok(Math.abs(centre(o('rug'))[0]) < w * 0.2 && Math.abs(centre(o('rug'))[1]) < d * 0.2, 'rug in the centre');
  const bed = o('bed');
  assert.ok(Math.min(w / 2 - bed.bbox_max[0], bed.bbox_min[0] + w / 2, d / 2 - bed.bbox_max[2], bed.bbox_min[2] + d / 2) < 0.3, 'bed against a wall');
});

test('in an open container: inside its footprint and held by it', async () => {
  const of = await objects('A candle in the crate.');
  const [x, c] = [of('candle')[0]!, of('crate')[0]!];
  assert.ok(x && c);
  assertOn(x, c);
});

test('above: what hangs from the ceiling hangs over the thing the text puts it over; a person over a table stands at it', async () => {
  for (const text of ['An interrogation room with a single bare bulb over a metal table.', 'A chandelier hangs above the long dining table in the great hall.', 'A lamp above the desk in a small office.']) {
    const p = await plan({ text });
    const hung = p.report.objects.find((o) => !o.id.startsWith('set-') && ['bare_bulb', 'chandelier', 'ceiling_lamp', 'pendant_lamp'].includes(o.kind));
    const under = p.report.objects.find((o) => !o.id.startsWith('set-') && ['table', 'desk'].includes(o.kind))!;
    if (!hung) {
      // "a lamp" alone is a standing lamp: beside the desk, not hung.
      const lamp = p.report.objects.find((o) => o.kind.includes('lamp') && !o.id.startsWith('set-'))!;
      assert.ok(gap(lamp, under) < 1, `${text}: ${lamp.kind} beside the ${under.kind}`);
      continue;
    }
    const [hx, hz] = centre(hung);
    assert.ok(hx > under.bbox_min[0] && hx < under.bbox_max[0] && hz > under.bbox_min[2] && hz < under.bbox_max[2], `${text}: ${hung.kind} at ${hx.toFixed(2)}, ${hz.toFixed(2)} is over the ${under.kind}`);
    assert.ok(hung.bbox_min[1] > under.bbox_max[1], `${text}: ${hung.kind} above the top`);
  }
  const p = await plan({ text: 'Two men lean over the pool table in a bar.' });
  assert.ok(!p.description.relations.some((r) => r.relation === 'above'), 'people are at the table, not above it');
});

test('planning is deterministic: the same text gives the same geometry', async () => {
  const text = 'Five crates stacked in a warehouse, six chairs around a table and a lamp between the two barrels.';
  const [a, b] = [await plan({ text }), await plan({ text })];
  assert.deepEqual(a.report.objects, b.report.objects);
});

test('planning stays fast: median under 50 ms over the relation descriptions', async () => {
  const texts = [...STACKS, ...ON, ...UNDER].map(([t]) => t);
  const ms: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    await plan({ text });
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  assert.ok(ms[Math.floor(ms.length / 2)]! < 50, `median ${ms[Math.floor(ms.length / 2)]!.toFixed(1)} ms`);
});
