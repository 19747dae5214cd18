/**
 * Sets that fit place, era and genre: what a place is dressed with when the text names little (places.json's
 * furnishing, its era and genre variants, and anachronisms.json), as a set dresser would check it — a Western's
 * main street has wagons and no sedans, a kitchen has its counter, stove and sink, a cyberpunk rooftop is not a
 * street — and the writer's own anachronisms stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { getProp } from '../../src/geometry/props/index.js';
import { DEFAULT_EXTERIOR, DEFAULT_INTERIOR, ERAS, GENRES, PLACE_WORDS } from '../../src/library/vocabulary.js';

const ALL_PLACES = [...PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR];
const MOTOR_VEHICLES = ['car', 'van', 'truck', 'bus'];

/** The kinds of thing the planned set holds, people included, the room's shell not. */
async function kindsIn(text: string): Promise<{ kinds: Set<string>; place: string }> {
  const { report } = await plan({ text });
  return { kinds: new Set(report.objects.map((o) => o.kind)), place: report.setting.place };
}

const hasAny = (kinds: Set<string>, wanted: string[]) => wanted.some((k) => kinds.has(k));

test('a Western main street at high noon has horse-drawn dressing and no motor vehicles', async () => {
  for (const text of ['A Western main street at high noon.', 'Two cowboys face off in the dusty main street at noon.']) {
    const { kinds } = await kindsIn(text);
    assert.deepEqual(MOTOR_VEHICLES.filter((k) => kinds.has(k)), [], `${text}: no motor vehicles`);
    assert.ok(hasAny(kinds, ['wagon', 'barrel', 'hay_bale', 'horse']), `${text}: a wagon, barrel, hay bale or horse (${[...kinds]})`);
    assert.ok(!kinds.has('street_lamp'), `${text}: no electric street lamps`);
  }
});

test('a car the text names in a Western is kept: the writer may want the anachronism', async () => {
  const { kinds } = await kindsIn('A Western: a red car on a dusty main street at high noon.');
  assert.ok(kinds.has('car'), 'the named car is there');
  assert.ok(hasAny(kinds, ['wagon', 'barrel', 'hay_bale', 'horse']), 'the street is still dressed for a Western');
});

test('a medieval village has no street lamps or cars', async () => {
  const { kinds, place } = await kindsIn('A medieval village.');
  assert.equal(place, 'village');
  for (const k of ['street_lamp', ...MOTOR_VEHICLES]) assert.ok(!kinds.has(k), `no ${k}`);
  assert.ok(hasAny(kinds, ['well', 'wagon', 'hay_bale']), `a well, cart or hay (${[...kinds]})`);
});

test('a farmhouse kitchen reads as a kitchen: counter, stove or sink, and a table', async () => {
  for (const text of ['Morning in a farmhouse kitchen.', 'A kitchen.']) {
    const { kinds } = await kindsIn(text);
    assert.ok(hasAny(kinds, ['counter', 'stove', 'sink']), `${text}: a counter, stove or sink (${[...kinds]})`);
    assert.ok(kinds.has('table'), `${text}: a table`);
    assert.ok(kinds.has('window'), `${text}: a window`);
  }
  assert.equal((await kindsIn('Morning in a farmhouse kitchen.')).place, 'farmhouse_kitchen');
});

test('a medieval kitchen cooks on a hearth, not on a cooker with knobs', async () => {
  const { kinds } = await kindsIn('A medieval kitchen.');
  assert.ok(kinds.has('fireplace'), `a hearth (${[...kinds]})`);
  for (const k of ['stove', 'fridge', 'sink', 'ceiling_lamp']) assert.ok(!kinds.has(k), `no ${k}`);
});

test('a cyberpunk rooftop at night is not a modern street', async () => {
  const roof = await kindsIn('A cyberpunk rooftop at night.');
  const street = await kindsIn('A city street at night.');
  assert.equal(roof.place, 'rooftop');
  assert.ok(hasAny(roof.kinds, ['pipe', 'sign']), `pipes or signs on the roof (${[...roof.kinds]})`);
  assert.ok(hasAny(roof.kinds, ['scifi_crate', 'scifi_console']), 'the future shows on the roof');
  assert.ok(!roof.kinds.has('tree') && !roof.kinds.has('car'), 'no trees or cars on the roof');
  assert.notDeepEqual([...roof.kinds].sort(), [...street.kinds].sort());
  assert.ok(street.kinds.has('car') && street.kinds.has('street_lamp'), 'the modern street keeps its cars and lamps');
});

test('an office has desks and office chairs; a bedroom a bed; a tavern its bar and barrels', async () => {
  const office = await kindsIn('An office.');
  assert.ok(office.kinds.has('desk') && office.kinds.has('office_chair'), `desks and office chairs (${[...office.kinds]})`);
  assert.ok(office.kinds.has('filing_cabinet'), 'filing cabinets');
  assert.ok((await kindsIn('A bedroom.')).kinds.has('bed'), 'a bed');
  const tavern = await kindsIn('A tavern.');
  assert.ok(tavern.kinds.has('counter') && tavern.kinds.has('barrel') && tavern.kinds.has('stool'), `a bar, barrels and stools (${[...tavern.kinds]})`);
});

test('the places the issue asks for exist and furnish', async () => {
  for (const [text, id, wanted] of [
    ['An interrogation room.', 'interrogation_room', 'table'],
    ['A throne hall.', 'throne_room', 'throne'],
    ['A restaurant kitchen.', 'restaurant_kitchen', 'stove'],
  ] as const) {
    const { kinds, place } = await kindsIn(text);
    assert.equal(place, id, text);
    assert.ok(kinds.has(wanted), `${text}: ${wanted}`);
  }
});

test('the dressing of ten places is made of props the library has', async () => {
  const texts = ['A tavern.', 'A kitchen.', 'A bedroom.', 'An office.', 'A bathroom.', 'A Western main street.',
    'A cyberpunk rooftop.', 'A barn.', 'A graveyard.', 'A farm.'];
  for (const text of texts) {
    const { report } = await plan({ text });
    const missing = report.objects.filter((o) => o.id.startsWith('set-') && !getProp(o.kind)).map((o) => o.kind);
    assert.deepEqual(missing, [], `${text}: dressing that is no prop`);
    assert.ok(report.objects.some((o) => o.id.startsWith('set-')), `${text}: dressed`);
  }
});

test('no place dresses one kind twice in any era or genre', () => {
  // castList names each piece of dressing after its kind: two entries of one kind in a scene would share an id.
  for (const place of ALL_PLACES) {
    for (const era of ERAS) {
      for (const genre of [undefined, ...GENRES]) {
        const kinds = place.furnishing
          .filter((f) => (!f.eras || f.eras.includes(era)) && (!f.genres || (genre !== undefined && f.genres.includes(genre))))
          .map((f) => f.kind);
        assert.equal(new Set(kinds).size, kinds.length, `${place.id} in ${era}${genre ? `/${genre}` : ''}: ${kinds}`);
      }
    }
  }
});

/** The buildings lining a street, with the style each is built in and the side of the street it stands on. */
async function frontageOf(text: string) {
  const p = await plan({ text });
  const rows = p.spec.objects.filter((o) => o.tags?.includes('frontage'));
  const geometry = (o: (typeof rows)[number]) => o.geometry as { type: string; style?: string };
  return { p, rows, styles: new Set(rows.map((o) => geometry(o).style)), types: new Set(rows.map((o) => geometry(o).type)) };
}

test('a Western street is lined both sides with false fronts facing the street, on dirt', async () => {
  const { p, rows, styles, types } = await frontageOf('High noon on a dusty main street.');
  assert.equal(p.description.genre, 'western', 'high noon on a dusty main street reads as a Western');
  assert.equal(p.description.setting.era, 'victorian', "a Western's era is its genre's");
  assert.deepEqual([...types], ['storefront']);
  assert.deepEqual([...styles], ['western']);
  const left = rows.filter((o) => o.position![0] < 0);
  const right = rows.filter((o) => o.position![0] > 0);
  assert.ok(left.length >= 3 && right.length >= 3, `rows on both sides (${left.length}, ${right.length})`);
  // Each row turned to face across the street: the left row looks along +X, the right along −X.
  for (const o of left) assert.equal(o.rotation![1], 90, `${o.id} faces the street`);
  for (const o of right) assert.equal(o.rotation![1], -90, `${o.id} faces the street`);
  // The fronts stand outside the street's floor: nothing the text names is crowded by them.
  const [w] = p.layout.room.size;
  for (const o of rows) assert.ok(Math.abs(o.position![0]) > w / 2, `${o.id} outside the street (x ${o.position![0]})`);
  const floor = (p.spec.materials as Record<string, { preset?: string }>).floor;
  assert.equal(floor?.preset, 'dirt', 'a dirt street');
});

test('a street is built in its era: timber houses in a medieval lane, shops today, none on a rooftop or indoors', async () => {
  assert.deepEqual([...(await frontageOf('A medieval street at dawn.')).styles], ['timber']);
  const today = await frontageOf('A city street at night.');
  assert.ok(today.rows.length > 0 && !today.styles.has('western') && !today.styles.has('timber'), `today's street (${[...today.styles]})`);
  assert.equal((await frontageOf('A cyberpunk rooftop at night.')).rows.length, 0, 'no frontage on a rooftop');
  assert.equal((await frontageOf('A tavern.')).rows.length, 0, 'no frontage indoors');
});

test('"the saloon" on a Western street is a building, not a car; "A saloon." alone is the bar room', async () => {
  const street = await plan({ text: 'High noon on a dusty main street. A sheriff faces an outlaw in front of the saloon.' });
  const saloon = street.report.objects.find((o) => o.name === 'saloon');
  assert.equal(saloon?.kind, 'storefront');
  assert.ok(!street.report.objects.some((o) => o.kind === 'car' || o.kind === 'proxy'), 'no car, no proxy');
  // It takes a place in the row, fronting the street, and the outlaw stands on the street before its front.
  const [w] = street.layout.room.size;
  assert.ok(Math.abs(saloon.position[0]) > w / 2, `the saloon stands in a row, not in the street (x ${saloon.position[0]})`);
  assert.ok(Math.sign(saloon.forward[0]) === -Math.sign(saloon.position[0]), 'it faces across the street');
  const outlaw = street.report.objects.find((o) => o.name === 'outlaw')!;
  assert.ok(Math.abs(outlaw.position[2] - saloon.position[2]) < 1.5, `the outlaw before its front (z ${outlaw.position[2]} vs ${saloon.position[2]})`);
  assert.ok(Math.abs(outlaw.position[0]) < w / 2, 'on the street');
  assert.equal(saloon.material, 'reclaimed_barn_wood', 'built in the street\'s style');
  const bar = await plan({ text: 'A saloon. The bartender polishes a glass.' });
  assert.equal(bar.report.setting.place, 'saloon');
  assert.ok(bar.report.setting.interior, 'inside');
  assert.ok(!bar.report.objects.some((o) => o.kind === 'storefront'), 'no building inside the bar room');
});

test('a pine forest is a forest of pines, and a forest is full of trees', async () => {
  const pines = await kindsIn('A pine forest at dawn.');
  assert.equal(pines.place, 'pine_forest');
  assert.ok(pines.kinds.has('pine_tree'), `pines (${[...pines.kinds]})`);
  const { report } = await plan({ text: 'A forest at dawn.' });
  const trees = report.objects.filter((o) => /tree/.test(o.kind)).length;
  assert.ok(trees >= 20, `a forest has trees (${trees})`);
});

test('"dinner for two" seats two diners at the table, facing each other', async () => {
  const { report } = await plan({ text: 'A candle-lit dinner for two in a small restaurant.' });
  const diners = report.objects.filter((o) => o.kind === 'person');
  assert.equal(diners.length, 2, 'two diners');
  for (const d of diners) assert.equal((d as { pose?: string }).pose, 'sitting');
  const table = report.objects.find((o) => o.kind === 'table');
  assert.ok(table, 'a table');
  for (const d of diners) {
    const gap = Math.hypot(d.position[0] - table.position[0], d.position[2] - table.position[2]);
    assert.ok(gap < 1.6, `${d.id} at the table (${gap.toFixed(2)} m)`);
  }
  const [a, b] = diners as [(typeof diners)[number], (typeof diners)[number]];
  const toB = [b.position[0] - a.position[0], b.position[2] - a.position[2]];
  assert.ok(a.forward[0] * toB[0]! + a.forward[2] * toB[1]! > 0, 'the first diner faces the second');
});

test('wall things hang on walls and table things share the tables: no picture frame stands on a table', async () => {
  for (const text of ['A cozy living room.', 'A study with a desk.', 'A farmhouse kitchen.']) {
    const { report } = await plan({ text });
    for (const o of report.objects.filter((x) => x.kind === 'picture_frame' || x.kind === 'clock')) {
      assert.ok(o.bbox_min[1] > 0.5 || !o.supported_by, `${text}: ${o.id} is not stood on a surface (${o.supported_by})`);
    }
    const byTop = new Map<string, number>();
    for (const o of report.objects) if (o.supported_by) byTop.set(o.supported_by, (byTop.get(o.supported_by) ?? 0) + 1);
    for (const [top, n] of byTop) assert.ok(n <= 4, `${text}: ${n} things on ${top}`);
  }
});

test('on a lined street every camera stands between the buildings\' walls, and each OTS keeps its shoulder', async () => {
  const p = await plan({ text: 'High noon on a dusty main street. A sheriff faces an outlaw in front of the saloon.', frames: 6 });
  const fronts = p.spec.objects.filter((o) => o.tags?.includes('frontage'));
  const walls = Math.min(...fronts.map((o) => Math.abs(o.position![0]) - (o.geometry as unknown as { depth: number }).depth / 2));
  for (const cam of p.spec.cameras!) assert.ok(Math.abs(cam.position[0]) < walls, `${cam.id} at x ${cam.position[0].toFixed(2)}, walls at ±${walls.toFixed(2)}`);
  for (const s of p.report.shots.filter((x) => x.shot_size === 'OTS')) {
    const owner = p.report.objects.find((o) => o.id === s.subject_ids[1])!;
    const cam = p.spec.cameras!.find((c) => c.id === `cam-${s.id}`)!;
    // The shoulder owner's head, seen from the camera, lies inside the lens's horizontal field of view.
    const toHead = [owner.position[0] - cam.position[0], owner.position[2] - cam.position[2]];
    const axis = [cam.target[0] - cam.position[0], cam.target[2] - cam.position[2]];
    const angle = Math.abs(Math.atan2(axis[0]! * toHead[1]! - axis[1]! * toHead[0]!, axis[0]! * toHead[0]! + axis[1]! * toHead[1]!));
    const halfH = Math.atan((36 / 2) / s.focal_length_mm);
    // The frame cuts through the near shoulder, a quarter metre out from the middle of the head at most.
    const shoulder = Math.atan(0.25 / Math.hypot(toHead[0]!, toHead[1]!));
    assert.ok(angle < halfH + shoulder, `${s.id}: the shoulder owner ${(angle * 180 / Math.PI).toFixed(1)}° off axis, the lens and a shoulder hold ${((halfH + shoulder) * 180 / Math.PI).toFixed(1)}°`);
  }
});

test('a tavern or office named from outside is a building on the street, not the room the scene is in', async () => {
  const village = await plan({ text: 'Two knights argue in front of the tavern in a medieval village.' });
  assert.equal(village.report.setting.place, 'village');
  const tavern = village.spec.objects.find((o) => o.id === village.report.objects.find((x) => x.name === 'tavern')?.id);
  assert.equal((tavern?.geometry as unknown as { style?: string } | undefined)?.style, 'timber', 'a timber front, in the lane\'s style');
  assert.ok(tavern!.tags?.includes('storefront') && !tavern!.tags?.includes('frontage'), 'named, not set dressing');
  const office = await plan({ text: 'A cowboy rides past the sheriff\'s office.' });
  assert.notEqual(office.report.setting.place, 'office', 'the sheriff\'s office is not the room the scene is in');
  assert.equal((await plan({ text: 'A tavern.' })).report.setting.place, 'tavern', 'a tavern alone is still the bar room');
});
