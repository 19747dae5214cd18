/**
 * Counts and setting cues (issue 11, items 3 and 6): the set dressing never adds more of a kind the text counts or
 * names, nor of a kind a reader counts with it; inside or outside follows places and prepositions; the time of day
 * and the weather come from anywhere in the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { kindsTheTextCounts } from '../../src/planner/layout.js';
import { atmosphereIn, timeOfDayIn, weatherIn } from '../../src/planner/rules/setting.js';

type Setting = { interior: boolean; place: string; time_of_day: string; weather: string };

async function planned(text: string): Promise<{ counts: Map<string, number>; setting: Setting; furnishing: Set<string> }> {
  const p = await plan({ text });
  const counts = new Map<string, number>();
  for (const o of p.report.objects) counts.set(o.kind, (counts.get(o.kind) ?? 0) + 1);
  const furnishing = new Set(p.layout.instances.filter((i) => i.furnishing).map((i) => i.kind));
  return { counts, setting: p.report.setting as unknown as Setting, furnishing };
}

/** Each description, the kinds it counts and how many of each the scene must hold, and kinds that must be absent. */
const COUNTED: { text: string; exactly: Record<string, number>; none?: string[] }[] = [
  { text: 'Five crates stacked in a warehouse.', exactly: { crate: 5 }, none: ['scifi_crate'] },
  { text: 'A dozen candles flicker on the altar of a stone church.', exactly: { candle: 12 }, none: ['candelabra'] },
  { text: 'Two chairs face each other across a tavern.', exactly: { chair: 2 }, none: ['office_chair', 'throne'] },
  { text: 'A pair of lanterns hang in the old barn.', exactly: { lantern: 2 }, none: ['ceiling_lamp', 'floor_lamp', 'street_lamp'] },
  { text: 'Three barrels stand in the cellar.', exactly: { barrel: 3 } },
  { text: 'Four street lamps line the avenue.', exactly: { street_lamp: 4 }, none: ['lantern', 'floor_lamp', 'ceiling_lamp'] },
  { text: 'Eight cargo containers wait on the quay.', exactly: { scifi_crate: 8 }, none: ['crate'] },
  { text: 'Seven wooden boxes clutter the attic.', exactly: { crate: 7 }, none: ['scifi_crate'] },
  { text: 'Two computers hum in a cramped office.', exactly: { computer: 2 }, none: ['monitor'] },
  { text: 'Three bookshelves in the reading room of a library.', exactly: { bookshelf: 3 }, none: ['shelf'] },
  { text: 'One table in the middle of a quiet cafe.', exactly: { table: 1 }, none: ['coffee_table'] },
  { text: 'Six kegs in the back of a pub.', exactly: { barrel: 6 } },
];

for (const { text, exactly, none = [] } of COUNTED) {
  test(`counts are exact: "${text}"`, async () => {
    const { counts } = await planned(text);
    for (const [kind, n] of Object.entries(exactly)) assert.equal(counts.get(kind) ?? 0, n, `${kind} in ${JSON.stringify(Object.fromEntries(counts))}`);
    for (const kind of none) assert.equal(counts.get(kind) ?? 0, 0, `no ${kind} added beside the counted things: ${JSON.stringify(Object.fromEntries(counts))}`);
  });
}

test('set dressing still furnishes a place around what the text counts', async () => {
  const { counts, furnishing } = await planned('Five crates stacked in a warehouse.');
  assert.ok((counts.get('barrel') ?? 0) > 0, 'a warehouse keeps its barrels: barrels are not crates');
  assert.ok(!furnishing.has('crate') && !furnishing.has('scifi_crate'));
});

test('kinds a reader counts together come from the families table, and "no chairs" keeps them all out', () => {
  const counted = kindsTheTextCounts({ entities: [{ id: 'crate-1', kind: 'crate', name: 'crates', count: 5 }], absent: ['chair'] });
  for (const k of ['crate', 'scifi_crate', 'chair', 'office_chair']) assert.ok(counted.has(k), k);
  assert.ok(!counted.has('barrel') && !counted.has('stool'), 'barrels and stools are their own things');
});

/** Each description, and whether it is inside, and where, when the place is what is tested. */
const SETTINGS: { text: string; interior: boolean; place?: string }[] = [
  { text: 'A lone figure stands on a cliff, staring at the horizon.', interior: false, place: 'mountain' },
  { text: 'Two children chase a ball in a park.', interior: false, place: 'park' },
  { text: 'An astronaut plants a flag on the moon.', interior: false, place: 'moon' },
  { text: 'A man in a trench coat waits in the street.', interior: false, place: 'street' },
  { text: 'A woman walks barefoot on a beach.', interior: false, place: 'beach' },
  { text: 'Three sailors haul ropes at sea.', interior: false },
  { text: 'A caravan crosses the dunes in the desert.', interior: false, place: 'desert' },
  { text: 'Two spies trade a briefcase on a rooftop.', interior: false, place: 'rooftop' },
  { text: 'A deer grazes in a forest clearing.', interior: false, place: 'forest' },
  { text: 'A sniper lies on the roof, rifle ready.', interior: false, place: 'rooftop' },
  { text: 'Two drunks argue outside the tavern.', interior: false },
  { text: 'The couple dances in the pouring rain.', interior: false },
  { text: 'She leans on the balcony of her apartment, smoking.', interior: false },
  { text: 'Campers lie under the stars.', interior: false },
  { text: 'A tavern; outside the window the rain falls.', interior: true, place: 'tavern' },
  { text: 'Rain drums on the roof of the log cabin.', interior: true, place: 'cabin' },
  { text: 'A whale surfaces in the open ocean.', interior: false, place: 'open_sea' },
];

for (const { text, interior, place } of SETTINGS) {
  test(`inside or out from places and prepositions: "${text}"`, async () => {
    const { setting } = await planned(text);
    assert.equal(setting.interior, interior, JSON.stringify(setting));
    if (place) assert.equal(setting.place, place);
  });
}

/** Time of day and weather written anywhere in the text, as the report gives them. */
const TIMES: { text: string; time?: string; weather?: string; interior?: boolean }[] = [
  { text: 'A kitchen with a kettle on the stove; later that night, the phone rings.', time: 'night', interior: true },
  { text: 'A girl waits by the window of her bedroom as the sun sets.', time: 'golden-hour', interior: true },
  { text: 'A detective sits at his desk in a shabby office while rain lashes the windows.', weather: 'rain', interior: true },
  { text: 'A cabin in the woods. Inside, a fire burns. Snow falls.', weather: 'snow' },
  { text: 'The sun rises over a field of wheat.', time: 'dawn', interior: false },
  { text: 'INT. KITCHEN - NIGHT. She reads the morning paper.', time: 'night', interior: true },
  { text: 'Two riders cross the plains. The wind howls.', weather: 'storm', interior: false },
  { text: 'A quiet office. Raindrops streak the glass.', weather: 'rain', interior: true },
  { text: 'A graveyard where a full moon hangs over the gravestones.', time: 'night', interior: false },
  { text: 'At dawn, the fishermen push their boats into the fog at the harbour.', time: 'dawn', weather: 'fog', interior: false },
];

for (const { text, time, weather, interior } of TIMES) {
  test(`time and weather from any part of the text: "${text}"`, async () => {
    const { setting } = await planned(text);
    if (time) assert.equal(setting.time_of_day, time, JSON.stringify(setting));
    if (weather) assert.equal(setting.weather, weather, JSON.stringify(setting));
    if (interior !== undefined) assert.equal(setting.interior, interior, JSON.stringify(setting));
  });
}

test('the earliest time in the prose wins over a later one, and a slugline over both', () => {
  assert.equal(timeOfDayIn(' one morning she leaves and that night she returns ', undefined), 'morning');
  assert.equal(timeOfDayIn(' later that night the phone rings ', undefined), 'night');
  assert.equal(timeOfDayIn(' the morning paper lies on the table ', 'night'), 'night');
  assert.equal(timeOfDayIn(' at the end of a late afternoon ', undefined), 'golden-hour', 'the longer phrase at the same place');
  assert.equal(weatherIn(' fog at first then the rain comes '), 'fog');
  assert.equal(weatherIn(' a quiet room '), undefined);
});

test('atmosphere words become the weather, light shafts and reflections the renderer draws', async () => {
  assert.deepEqual(atmosphereIn(' a drizzle on the quay ', false), { weather: { type: 'rain', intensity: 0.3 } });
  assert.deepEqual(atmosphereIn(' heavy snow on the pass ', false)?.weather, { type: 'snow', intensity: 1 }, 'the longest words win');
  assert.deepEqual(atmosphereIn(' the street after the rain ', false)?.weather, { type: 'rain', intensity: 0 });
  assert.equal(atmosphereIn(' a cabin in a storm ', true)?.weather, undefined, 'rain does not fall indoors');
  assert.equal(atmosphereIn(' children build a snowman ', false), undefined, 'a snowman is no snowfall');
  assert.deepEqual(atmosphereIn(' a smoky bar with a polished floor ', true), { volumetric: true, reflections: true });
  const p = await plan({ text: 'Night on a rain-soaked cyberpunk rooftop. A courier waits under a neon sign.' });
  assert.deepEqual(p.spec.environment.weather, { type: 'rain', intensity: 0.6 });
  assert.ok(p.spec.shots.every((s) => (s.look.reflections?.intensity ?? 0) > 0.5), 'a wet rooftop mirrors its neon');
  const bar = await plan({ text: 'A smoky jazz bar at midnight. A singer at the microphone.' });
  assert.ok((bar.spec.environment.volumetric?.density ?? 0) >= 0.03, JSON.stringify(bar.spec.environment.volumetric));
});
