import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDescription, DescriptionError, MAX_DESCRIPTION_CHARS } from '../../src/planner/rules/parse.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';

const kinds = (text: string) => parseDescription(text).entities.map((e) => `${e.kind}x${e.count}`);

test('counted, coloured, material noun phrases', () => {
  const d = parseDescription('Three rusty iron barrels, a red car, two wooden chairs and a dozen candles.');
  const byKind = new Map(d.entities.map((e) => [e.kind, e]));
  assert.equal(byKind.get('barrel')!.count, 3);
  assert.equal(getMaterialPreset(byKind.get('barrel')!.material!)!.family, 'metal');
  assert.match(byKind.get('barrel')!.material!, /rust/);
  assert.equal(byKind.get('car')!.color?.length, 7);
  assert.equal(byKind.get('chair')!.count, 2);
  assert.equal(getMaterialPreset(byKind.get('chair')!.material!)!.family, 'wood');
  assert.equal(byKind.get('candle')!.count, 12);
  assert.deepEqual(kinds('a couch, five kegs, some mugs'), ['sofax1', 'barrelx5', 'mugx3']);
});

test('setting: place, interior, era, time of day and weather, from prose and from sluglines', () => {
  const a = parseDescription('A candle-lit medieval tavern at night while rain lashes the windows.');
  assert.deepEqual([a.setting.place, a.setting.interior, a.setting.era, a.setting.timeOfDay, a.setting.weather], ['tavern', true, 'medieval', 'night', 'rain']);
  const b = parseDescription('EXT. ALLEY - NIGHT\nA detective waits under a street lamp.');
  assert.deepEqual([b.setting.place, b.setting.interior, b.setting.timeOfDay], ['alley', false, 'night']);
  assert.equal(b.title, 'Alley, night');
  assert.equal(parseDescription('Two trees and a rock by a fence.').setting.interior, false, 'trees and rocks are outdoors');
  assert.equal(parseDescription('A bed and a wardrobe.').setting.interior, true);
});

test('spatial relations in the camera\'s frame, including inverted and pronoun objects', () => {
  const rel = (text: string) => parseDescription(text).relations.map((r) => `${r.subject.replace(/-\d+$/, '')} ${r.relation} ${(r.object ?? '').replace(/-\d+$/, '')}${r.object2 ? ` ${r.object2.replace(/-\d+$/, '')}` : ''}`.trim());
  assert.deepEqual(rel('A cup sits on the table.'), ['cup on table']);
  assert.deepEqual(rel('On the desk sits a lamp.'), ['floor-lamp on desk'], 'an inverted clause names its subject after the object');
  assert.ok(rel('A rug lies under the bed.').includes('rug under bed'));
  assert.ok(rel('A floor lamp stands to the left of the sofa.').includes('floor-lamp left-of sofa'));
  assert.ok(rel('A chair stands between the table and the door.').includes('chair between table door'));
  assert.ok(rel('A brown sofa against the wall, a glass coffee table in front of it.').includes('coffee-table in-front-of sofa'));
  assert.ok(rel('A cauldron in the corner and a statue in the centre.').includes('cauldron in-corner'));
  assert.ok(rel('A cauldron in the corner and a statue in the centre.').includes('statue in-centre'));
  assert.ok(rel('A desk with a computer.').includes('computer on desk'), '"with" on a surface means on it');
  assert.ok(!rel('Ben slams his fist on the table.').some((r) => r.startsWith('ben on')), 'a fist on the table puts no one on it');
});

test('people: poses, names with titles and appositives, pronouns, groups facing each other', () => {
  const d = parseDescription('INT. TAVERN - NIGHT. Anna, a weary detective, sits at the table facing Ben, a nervous young man. She stares at him.');
  const people = d.entities.filter((e) => e.kind === 'person');
  assert.deepEqual(people.map((p) => p.id), ['anna', 'ben']);
  assert.equal(people[0]!.pose, 'sitting');
  assert.equal(people[0]!.pronoun, 'she');
  assert.equal(people[1]!.pronoun, 'he');
  assert.ok(d.relations.some((r) => r.subject === 'anna' && r.relation === 'facing' && r.object === 'ben'));
  assert.ok(d.beats.some((b) => b.text.startsWith('She') && b.subjects.includes('anna')), 'she → Anna');
  const two = parseDescription('Two knights face each other across a table.');
  const knights = two.entities.filter((e) => e.kind === 'person');
  assert.equal(knights.length, 2, 'a group of people becomes individuals');
  assert.ok(two.relations.some((r) => r.relation === 'facing' && r.subject === knights[0]!.id && r.object === knights[1]!.id));
  const cue = parseDescription('A DETECTIVE confronts a STRANGER.\nDETECTIVE: Where were you?\nSTRANGER: Nowhere.');
  assert.equal(cue.entities.filter((e) => e.kind === 'person').length, 2, 'character cues name people already there');
  assert.equal(parseDescription('An empty warehouse with nobody in it, just five crates.').entities.filter((e) => e.kind === 'person').length, 0);
});

test('unknown nouns fall back to the nearest prop and say so; misspellings are read', () => {
  const d = parseDescription('A trashcan and three barrrels.');
  assert.ok(d.entities.some((e) => e.kind === 'bucket' && e.fallback?.noun === 'trashcan'));
  assert.ok(d.entities.some((e) => e.kind === 'barrel' && e.count === 3));
  assert.ok(d.warnings.some((w) => /no prop for "trashcan"/.test(w)));
  assert.ok(d.warnings.some((w) => /read as "barrel"/.test(w)));
});

test('negation, mood and named lighting', () => {
  const d = parseDescription('A bare room, two chairs, no windows. A menacing figure looms. Rembrandt lighting.');
  assert.ok(d.absent.includes('window'));
  assert.ok(!d.entities.some((e) => e.kind === 'window'));
  assert.ok(d.mood.includes('powerful') || d.mood.includes('menacing'), d.mood.join());
  assert.equal(d.lighting, 'rembrandt');
  assert.equal(parseDescription('A lonely attic lit only by candles.').lighting, 'candle_lit');
});

test('empty, huge, gibberish and non-English input: a clear error or a scene with a warning, never a crash', () => {
  assert.throws(() => parseDescription('   '), (e: unknown) => e instanceof DescriptionError && /empty/.test(e.message));
  assert.throws(() => parseDescription('a'.repeat(MAX_DESCRIPTION_CHARS + 1)), (e: unknown) => e instanceof DescriptionError && /limit is 32 KB/.test(e.message));
  const gib = parseDescription('asdkj qwpoe zzxv bnmrt');
  assert.ok(gib.warnings.some((w) => /nothing in the description was recognised/.test(w)));
  const fr = parseDescription('Une taverne sombre la nuit, avec trois tonneaux contre le mur et une femme assise.');
  assert.ok(fr.warnings.some((w) => /does not read as English/.test(w)));
  const ja = parseDescription('夜の酒場、壁際に樽が三つ、テーブルに座る女性。');
  assert.ok(ja.setting.place.length > 0);
  const long = parseDescription(Array.from({ length: 200 }, (_, i) => `a barrel number ${i}`).join(', '));
  assert.ok(long.entities.reduce((s, e) => s + e.count, 0) <= 120, 'the instance budget holds');
  assert.ok(long.warnings.some((w) => /more than 120 objects/.test(w)));
});

test('a possessive names the person it belongs to, never a new one', () => {
  for (const text of ["Mara, a tired writer, stands by the desk. Over Mara's shoulder, the bookshelf.", "CLOSE ON Mara's hands. Mara sits at the table.", "The knights' swords rest on the table. Two knights stand by the door."]) {
    const d = parseDescription(text);
    const people = d.entities.filter((e) => e.kind === 'person');
    assert.ok(people.every((p) => !p.name.includes("'")), `${text}: ${people.map((p) => p.name).join(', ')}`);
    assert.equal(people.reduce((s, p) => s + p.count, 0), /Two knights/.test(text) ? 2 : 1, `${text}: ${people.map((p) => p.name).join(', ')}`);
  }
});
