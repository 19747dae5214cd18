import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { lookupDimension } from '../../src/library/dimensions.js';
import type { ReportObject } from '../../src/planner/report.js';
import { buildGlb, khronosValidate } from '../helpers.js';

/** Descriptions naming things no parametric prop covers, and the noun each must show up as. */
const CASES: [text: string, noun: string][] = [
  ['A robot walks down the corridor.', 'robot'],
  ['A snowman in the garden.', 'snowman'],
  ['A telescope by the window.', 'telescope'],
  ['A guitar leans against the sofa.', 'guitar'],
  ['A dragon guards the treasure in the cave.', 'dragon'],
  ['A pumpkin on the porch.', 'pumpkin'],
  ['Extreme close-up of a gold pocket watch on the table.', 'pocket watch'],
  ['A harp in the corner of the music room.', 'harp'],
  ['A violin rests on the piano.', 'violin'],
  ['The blacksmith stands at his anvil.', 'anvil'],
  ['A microwave on the kitchen counter.', 'microwave'],
  ['A wheelbarrow full of soil in the garden.', 'wheelbarrow'],
];

const extents = (o: ReportObject) => o.bbox_min.map((v, k) => o.bbox_max[k]! - v);

/**
 * Things that once were proxies and now have parametric props: each is drawn by its own prop, at about the
 * dimension table's size for it (the table holds typical sizes; a prop's default is one such thing).
 */
const PROP_CASES: [text: string, noun: string, kind: string][] = [
  ['Close-up of a cushion on the sofa.', 'cushion', 'cushion'],
  ['A lighthouse on a cliff at dusk.', 'lighthouse', 'lighthouse'],
  ['A cat sleeps by the fireplace.', 'cat', 'cat'],
  ['A cat sleeps by the fireplace.', 'fireplace', 'fireplace'],
  ['A chessboard on the desk, lit by a lamp.', 'chessboard', 'chessboard'],
  ['A campfire in the forest at night.', 'campfire', 'campfire'],
  ['A knife lies on the kitchen counter.', 'knife', 'knife'],
  ['A fountain in the middle of the town square.', 'fountain', 'fountain'],
  ['A market stall sells fruit in the busy street.', 'market stall', 'market_stall'],
  ['Two horses graze in a field.', 'horse', 'horse'],
  ['A dog sleeps on the rug.', 'dog', 'dog'],
  ['A bicycle leans against the wall.', 'bicycle', 'bicycle'],
  ['A motorcycle parked in the alley.', 'motorcycle', 'motorcycle'],
  ['A teapot and two cups on the table.', 'teapot', 'teapot'],
  ['A typewriter on the desk.', 'typewriter', 'typewriter'],
  ['An old tractor in the barn.', 'tractor', 'tractor'],
  ['A clock on the wall of the kitchen.', 'clock', 'clock'],
];

for (const [text, noun, kind] of PROP_CASES) {
  test(`"${text}" draws the ${noun} with its own prop, about its real size`, async () => {
    const p = await plan({ text });
    const found = p.report.objects.filter((o) => o.kind === kind);
    assert.ok(found.length > 0, `a ${kind} in ${p.report.objects.map((o) => `${o.kind}:${o.name}`).join(', ')}`);
    const typical = Math.max(...lookupDimension(noun)!.size);
    const largest = Math.max(...extents(found[0]!));
    assert.ok(largest >= 0.5 * typical && largest <= 2 * typical, `${noun} is ${largest.toFixed(2)} m at its largest; things of its kind are about ${typical} m`);
    assert.ok(!p.report.warnings.some((w) => w.includes(`"${noun}" shown as a proxy`)), p.report.warnings.join(' | '));
  });
}


for (const [text, noun] of CASES) {
  test(`"${text}" shows the ${noun} as a proxy of its typical size, and says so`, async () => {
    const p = await plan({ text });
    const entry = lookupDimension(noun)!;
    const found = p.report.objects.filter((o) => o.kind === 'proxy' && o.name.includes(noun));
    assert.ok(found.length > 0, `a ${noun} in ${p.report.objects.map((o) => `${o.kind}:${o.name}`).join(', ')}`);
    for (const o of found) {
      // Its height is the table's; turned about Y to face something, its footprint lies between its narrow side
      // and its diagonal.
      const [w, h, d] = entry.size;
      const [gx, gy, gz] = extents(o);
      assert.ok(Math.abs(gy! - h) <= 0.02 * h + 0.002, `${noun} height ${gy} ≈ ${h}`);
      for (const g of [gx!, gz!]) assert.ok(g >= 0.95 * Math.min(w, d) - 0.002 && g <= 1.01 * Math.hypot(w, d) + 0.002, `${noun} footprint ${gx} × ${gz} for ${w} × ${d}`);
      assert.ok(Math.max(gx!, gz!) >= 0.95 * Math.max(w, d), `${noun}: its long side is there`);
      assert.ok(o.bbox_min[1] >= -0.01, `${noun} stands on something`);
      assert.equal(o.material, entry.material);
    }
    assert.ok(p.report.warnings.includes(`"${noun}" shown as a proxy (no parametric prop yet)`), p.report.warnings.join(' | '));
    assert.ok(!p.report.warnings.some((w) => /nothing in the description was recognised/.test(w)));
  });
}

test("the text's material wins over the table's default", async () => {
  const p = await plan({ text: 'A leather guitar case by the bed.' });
  const guitar = p.report.objects.find((o) => o.kind === 'proxy' && o.name.includes('guitar'))!;
  assert.match(String(guitar.material), /leather/);
  assert.doesNotMatch(lookupDimension('guitar')!.material, /leather/);
});

test('a thing that sits on surfaces rests on the one the text names', async () => {
  const p = await plan({ text: 'A typewriter on the desk.' });
  const desk = p.report.objects.find((o) => o.kind === 'desk')!;
  const typewriter = p.report.objects.find((o) => o.name.includes('typewriter'))!;
  assert.equal(typewriter.supported_by, desk.id);
  assert.ok(Math.abs(typewriter.bbox_min[1] - desk.bbox_max[1]) < 0.05);
});

test('a thing that hangs goes on a wall when the text gives no place', async () => {
  const p = await plan({ text: 'A quiet kitchen with a clock.' });
  const clock = p.report.objects.find((o) => o.name.includes('clock'))!;
  assert.ok(clock.bbox_min[1] > 1, `hung at ${clock.bbox_min[1]} m`);
});

test('proxies of different nouns stay apart, and "the robot" refers back to the robot', async () => {
  const p = await plan({ text: 'A robot and a snowman in the garden. The robot watches the snowman.' });
  const proxies = p.report.objects.filter((o) => o.kind === 'proxy');
  assert.equal(proxies.filter((o) => o.name.includes('robot')).length, 1);
  assert.equal(proxies.filter((o) => o.name.includes('snowman')).length, 1);
});

test('a place noun after "in" is the setting, and what a statue shows is not a thing in the scene', async () => {
  const inside = await plan({ text: 'Inside the cabin, an old man reads by the fire.' });
  assert.ok(!inside.report.objects.some((o) => o.kind === 'proxy' && o.name.includes('cabin')));
  const statue = await plan({ text: 'A stone statue of a lion in the middle of a park.' });
  assert.ok(!statue.report.objects.some((o) => o.name.includes('lion') && o.kind === 'proxy'));
});

test('the spec carries the proxy geometry, labelled with its noun', async () => {
  const p = await plan({ text: 'A telescope on the balcony at dusk.' });
  const obj = p.spec.objects.find((o) => (o.geometry as { type: string }).type === 'proxy' && (o.geometry as { label?: string }).label === 'telescope');
  assert.ok(obj, 'a proxy geometry labelled "telescope"');
  assert.deepEqual((obj!.geometry as unknown as { class: string }).class, 'cylinder');
});

test('a scene of proxies builds into a valid glTF', async () => {
  const p = await plan({ text: 'A robot, a snowman and a dragon by a wheelbarrow, a pumpkin, a guitar and a telescope.' });
  assert.ok(p.report.objects.filter((o) => o.kind === 'proxy').length >= 5);
  const report = await khronosValidate(await buildGlb(p.specInput));
  assert.equal(report.issues.numErrors, 0);
});

test('words that only look like things stay out: verbs after their subject, half an adjective, a place described', async () => {
  const none = async (text: string, noun: string) => {
    const p = await plan({ text });
    assert.ok(!p.report.objects.some((o) => o.kind === 'proxy' && o.name.includes(noun)), `no ${noun} in "${text}"`);
  };
  await none('Blacksmith workshop. The smith hammers away at the anvil.', 'hammer');
  await none('A menacing warlord towers over a kneeling prisoner in the dungeon.', 'tower');
  await none('High-key studio shot of a white plastic chair.', 'key');
  await none('A chessboard garden seen from above: a stone fountain and hedges.', 'chessboard');
  await none('A little café at noon with four round tables and eight chairs.', 'caf');
});

test('a landmark the text names is scenery behind the action, not in the middle of it', async () => {
  const p = await plan({ text: 'EXT. HARBOUR - DUSK. A fisherman mends a net on a wooden pier. A lighthouse on the headland.' });
  const lighthouse = p.report.objects.find((o) => o.kind === 'lighthouse')!;
  const fisherman = p.report.objects.find((o) => o.kind === 'person')!;
  assert.ok(lighthouse, 'the lighthouse appears');
  // The establishing camera looks from +Z towards -Z: scenery stands further back than the people.
  assert.ok(lighthouse.bbox_max[2] < fisherman.bbox_min[2], `lighthouse z ${lighthouse.bbox_min[2]}..${lighthouse.bbox_max[2]}, fisherman at ${fisherman.position[2]}`);
});
