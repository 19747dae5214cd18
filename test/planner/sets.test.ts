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
