import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIMENSIONS, lookupDimension, duplicateWords, DimensionEntry } from '../../src/library/dimensions.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';
import { singular } from '../../src/planner/lexicon/index.js';

test('the dimension table holds at least 1,000 common physical objects', () => {
  assert.ok(DIMENSIONS.length >= 1000, `${DIMENSIONS.length} entries`);
  const categories = new Set(DIMENSIONS.map((e) => e.category));
  for (const c of ['tabletop', 'food', 'tools', 'weapons', 'fixtures', 'animals', 'vehicles', 'buildings', 'nature', 'street-scifi']) assert.ok(categories.has(c), `a ${c} batch`);
});

test('every entry passes its schema and names an existing material preset', () => {
  for (const e of DIMENSIONS) {
    assert.ok(DimensionEntry.safeParse(e).success, e.words[0]);
    assert.ok(getMaterialPreset(e.material), `${e.words[0]}: material preset "${e.material}" exists`);
  }
});

test('no word names two entries, and duplicates are reported at the second one', () => {
  assert.deepEqual(duplicateWords(DIMENSIONS), []);
  const issues = duplicateWords([{ words: ['mug'] }, { words: ['cup', 'mug'] }]);
  assert.equal(issues.length, 1);
  assert.equal(issues[0]!.path, 'objects[1].words');
});

test('words are lowercase and singular, so the planner finds them after singularising what it reads', () => {
  // Nouns with no singular in use ("scissors", "binoculars") and "x of y" phrases are written as people say them.
  const pluralOnly = new Set(['scissors', 'pliers', 'tongs', 'chopsticks', 'dice', 'headphones', 'handcuffs', 'shackles', 'manacles', 'antlers', 'blinds', 'grapes', 'noodles', 'stairs', 'knitting needles', 'crayons', 'marbles', 'bones', 'stocks', 'papers', 'playing cards', 'tarot cards', 'toy blocks', 'building blocks', 'sandbags', 'battlements', 'spikes', 'drapes', 'cattails', 'bulrushes', 'reeds', 'wildflowers', 'flowers', 'arrows', 'skis', 'crutches', 'cutlery', 'silverware', 'chainmail', 'standing stones', 'prayer beads', 'gold coins', 'stables', 'crystals', 'rib cage', 'cables', 'pipes', 'curtains', 'spikes', 'tall grass', 'swing set']);
  for (const e of DIMENSIONS) {
    for (const w of e.words) {
      assert.equal(w, w.toLowerCase());
      if (!pluralOnly.has(w) && !w.includes(' of ') && !w.endsWith('s')) assert.equal(singular(w), w, `"${w}" is singular`);
    }
  }
});

test('sizes are typical real sizes, in metres', () => {
  const size = (w: string) => lookupDimension(w)!.size;
  const within = (got: number[], want: number[], tol: number, what: string) =>
    got.forEach((v, k) => assert.ok(Math.abs(v - want[k]!) <= tol * want[k]!, `${what}[${k}]: ${v} vs ${want[k]}`));
  within(size('mug'), [0.09, 0.1, 0.09], 0.25, 'mug');
  within(size('horse'), [0.6, 1.6, 2.4], 0.25, 'horse');
  within(size('lighthouse'), [6, 30, 6], 0.5, 'lighthouse');
  within(size('shipping container'), [2.44, 2.59, 6.06], 0.05, 'ISO container');
  within(size('car'), [1.8, 1.45, 4.6], 0.15, 'car');
  within(size('ping pong table'), [1.525, 0.76, 2.74], 0.02, 'table-tennis table');
  // Order of magnitude holds across the table: a ring is smaller than a cat, a cat than a horse, a horse than a house.
  const volume = (w: string) => size(w).reduce((a, b) => a * b, 1);
  const chain = ['ring', 'mug', 'cat', 'dog', 'horse', 'elephant', 'house', 'castle'];
  for (let k = 1; k < chain.length; k++) assert.ok(volume(chain[k - 1]!) < volume(chain[k]!), `${chain[k - 1]} < ${chain[k]}`);
});

test('silhouettes and habits agree with the sizes', () => {
  for (const e of DIMENSIONS) {
    const [w, h, d] = e.size;
    const name = e.words[0];
    if (e.class === 'flat') assert.ok(Math.min(w, h, d) <= 0.2 * Math.max(w, h, d), `${name}: a flat thing is thin`);
    if (e.habit === 'surface') assert.ok(Math.max(w, h, d) <= 2, `${name}: small enough to sit on a table or shelf`);
    if (e.habit === 'ceiling' || e.habit === 'wall') assert.ok(Math.max(w, h, d) <= 5, `${name}: small enough to hang`);
    // An animal's length runs along z, its front; aircraft alone are wider (wingspan) than long.
    if (e.class === 'quadruped') assert.ok(d >= w, `${name}: a quadruped is longer (z) than wide`);
    if (e.class === 'vehicle' && !e.words.some((x) => /plane|aircraft|glider/.test(x))) assert.ok(d >= w, `${name}: a vehicle is longer (z) than wide`);
  }
});

test('lookup finds a noun and its synonyms, and nothing else', () => {
  assert.equal(lookupDimension('kitten'), lookupDimension('cat'));
  assert.equal(lookupDimension('Market Stall')?.class, 'building');
  assert.equal(lookupDimension('happiness'), undefined);
});
