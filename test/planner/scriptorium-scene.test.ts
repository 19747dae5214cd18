/**
 * A stranger's board (issue 12): "A candle-lit monastery scriptorium at night. Brother Anselm, an old monk, bends
 * over a manuscript on a slanted desk, a quill in his hand. A novice carries a stack of books through the arched
 * doorway. Extreme close-up of the monk's hands." — a worker at the working side of a desk against a wall, a
 * cramped camera that walks round to a roomy side, hands seen from the side, a carried stack, a doorway in a wall,
 * a compound place name, and verbs compromise reads as nouns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDescription } from '../../src/planner/rules/parse.js';
import { plan } from '../../src/planner/plan.js';
import { defaultFocalLength } from '../../src/camera/index.js';

const SCRIPTORIUM = 'A candle-lit monastery scriptorium at night. Brother Anselm, an old monk, bends over a manuscript on a slanted desk, a quill in his hand. A novice carries a stack of books through the arched doorway. Extreme close-up of the monk\'s hands.';

type Cam = { id: string; position: number[]; target: number[]; focalLengthMm: number };
const cameraOf = (p: Awaited<ReturnType<typeof plan>>, shot: { camera?: string }) => (p.spec.cameras ?? []).find((c) => c.id === shot.camera) as unknown as Cam;

test('"a monastery scriptorium" is a scriptorium, with its desks, though the text names one desk', async () => {
  const p = await plan({ text: SCRIPTORIUM });
  assert.equal(p.description.setting.place, 'scriptorium');
  assert.ok(p.layout.instances.filter((i) => i.kind === 'desk').length >= 3, 'the room keeps its other desks');
  assert.ok(!p.layout.instances.some((i) => i.kind === 'bench'), 'no church pews');
});

test('a person bending over a thing on a desk stands at its working side, facing it', async () => {
  const p = await plan({ text: SCRIPTORIUM });
  const monk = p.layout.instances.find((i) => i.entity === 'anselm')!.placed;
  const desk = p.layout.instances.find((i) => i.entity === p.description.relations.find((r) => r.subject === 'anselm' && r.relation === 'facing')!.object)!.placed;
  const yaw = (desk.yawDeg * Math.PI) / 180;
  const front = [Math.sin(yaw), Math.cos(yaw)];
  const to = [monk.position[0]! - desk.position[0]!, monk.position[2]! - desk.position[2]!];
  const along = to[0]! * front[0]! + to[1]! * front[1]!;
  const across = Math.abs(to[0]! * front[1]! - to[1]! * front[0]!);
  assert.ok(along > 0.3 && along < 0.9, `in front of the desk (${along.toFixed(2)} m out)`);
  assert.ok(across < 0.2, `before its middle (${across.toFixed(2)} m aside)`);
  const facing = ((monk.yawDeg - desk.yawDeg + 540) % 360) - 180;
  assert.ok(Math.abs(Math.abs(facing) - 180) < 10, `facing the desk (turned ${facing.toFixed(0)}° from it)`);
});

test('close shots of the worker at a wall desk keep their lens: the camera walks round, it is not pinned to the wall', async () => {
  const p = await plan({ text: SCRIPTORIUM });
  for (const shot of p.spec.shots.filter((s) => s.subjects?.[0] === 'anselm' && ['MS', 'MCU', 'CU'].includes(s.shotSize ?? ''))) {
    const cam = cameraOf(p, shot);
    assert.ok(cam.focalLengthMm >= 0.6 * defaultFocalLength(shot.shotSize as 'MS'), `${shot.id} ${shot.shotSize} on ${cam.focalLengthMm} mm`);
  }
});

test('an extreme close-up of hands at work looks from the side and shows a hand', async () => {
  const p = await plan({ text: SCRIPTORIUM });
  const shot = p.spec.shots.find((s) => s.description?.startsWith('Extreme close-up'))!;
  const cam = cameraOf(p, shot);
  const monk = p.layout.instances.find((i) => i.entity === 'anselm')!.placed;
  const yaw = (monk.yawDeg * Math.PI) / 180;
  const look = [cam.target[0]! - cam.position[0]!, cam.target[2]! - cam.position[2]!];
  // Straight at the face would look back along the figure's forward; from the side, across it.
  const cos = -(look[0]! * Math.sin(yaw) + look[1]! * Math.cos(yaw)) / Math.hypot(look[0]!, look[1]!);
  assert.ok(cos < 0.8, `not from in front of him (cos ${cos.toFixed(2)})`);
  const distance = Math.hypot(...[0, 1, 2].map((k) => cam.target[k]! - cam.position[k]!));
  const heightM = (2 * distance * Math.tan(Math.atan(12 / cam.focalLengthMm)));
  assert.ok(heightM >= 0.2, `a hand's length in the picture (${heightM.toFixed(2)} m)`);
});

test('a carried stack is in the hands, all of it, and the carrier stands at the doorway it passes through', async () => {
  const p = await plan({ text: SCRIPTORIUM });
  const books = p.layout.instances.filter((i) => i.kind === 'book' && !i.furnishing);
  assert.equal(books.length, 3);
  const novice = p.layout.instances.find((i) => i.name === 'novice')!;
  assert.ok(books.every((b) => Math.hypot(b.placed.position[0]! - novice.placed.position[0]!, b.placed.position[2]! - novice.placed.position[2]!) < 0.7), 'in the novice\'s arms');
  const arch = p.layout.instances.find((i) => i.kind === 'arch')!.placed;
  const [w, d] = p.layout.room.size;
  const toWall = Math.min(w / 2 - Math.abs(arch.position[0]!), d / 2 - Math.abs(arch.position[2]!));
  assert.ok(toWall < 0.5, `the arched doorway is in a wall (${toWall.toFixed(2)} m off it)`);
  assert.ok(Math.hypot(novice.placed.position[0]! - arch.position[0]!, novice.placed.position[2]! - arch.position[2]!) < 2.5, 'the novice is at it');
});

test('verbs compromise reads as nouns: "the knight shields the king", "guard towers loom over a prison yard"', () => {
  const knight = parseDescription('In the throne room, the knight shields the king from an assassin.');
  assert.deepEqual(knight.entities.filter((e) => e.kind === 'person').map((e) => e.name), ['knight', 'king', 'assassin']);
  const towers = parseDescription('Guard towers loom over a prison yard at night.');
  assert.ok(towers.entities.some((e) => e.kind === 'tower' && e.count > 1), towers.entities.map((e) => `${e.kind}:${e.name}`).join(', '));
  assert.ok(!towers.entities.some((e) => e.kind === 'proxy'));
  assert.equal(towers.setting.place, 'prison_yard');
  const pines = parseDescription('Tall pines tower over the cabin.');
  assert.ok(pines.relations.some((r) => r.relation === 'above'), 'pines over the cabin');
  assert.ok(!pines.entities.some((e) => e.kind === 'tower'));
});

test('two place words: a specific head names the set, a generic one is the other place\'s', () => {
  const place = (text: string) => parseDescription(text).setting.place;
  assert.equal(place('A candle-lit monastery scriptorium at night.'), 'scriptorium');
  assert.equal(place('A castle kitchen at dawn.'), 'kitchen');
  assert.equal(place('A dungeon corridor lit by torches.'), 'dungeon');
  assert.equal(place('A garage workshop at night.'), 'garage');
});

const DINER = 'A 1950s roadside diner late at night, neon buzzing outside the window. A waitress pours coffee for a tired trucker sitting at the counter. Wide shot from the booths. Close-up of the coffee cup.';

test('real words the lexicon lacks are never "corrected" into props: coffee is no coffer; a diner booth is a seat', () => {
  const d = parseDescription(DINER);
  assert.ok(!d.entities.some((e) => e.kind === 'chest'), d.entities.map((e) => `${e.kind}:${e.name}`).join(', '));
  assert.ok(d.entities.some((e) => e.kind === 'cup' && e.name === 'coffee cup'));
  assert.ok(d.entities.some((e) => e.kind === 'sofa' && e.name === 'booths'), 'booths are seats, not market stalls');
  assert.ok(d.entities.every((e) => !e.name.split(' ').includes('outside')), 'a preposition is never part of a name');
  const typo = parseDescription('A candelbra on the table.');
  assert.ok(typo.entities.some((e) => e.kind === 'candelabra'), 'a misspelling is still read');
});

test('sitting at a counter is on a bar stool pulled up to it, never on a booth brought over', async () => {
  const p = await plan({ text: DINER });
  const trucker = p.layout.instances.find((i) => i.name === 'tired trucker')!;
  const seat = p.layout.instances.find((i) => i.id === trucker.placed.supportedBy)!;
  assert.equal(seat.kind, 'stool');
  assert.ok(trucker.placed.bounds.min[1] > 0.3, 'seated high, at the counter');
});

test('"pours coffee for a trucker" puts her at him; "a gift for Anna lies on the table" puts the gift, not Anna, on it', () => {
  const d = parseDescription(DINER);
  const [waitress, trucker] = d.entities.filter((e) => e.kind === 'person');
  assert.ok(d.relations.some((r) => r.subject === waitress!.id && r.relation === 'next-to' && r.object === trucker!.id), JSON.stringify(d.relations));
  const gift = parseDescription('A gift for Anna lies on the table.');
  const on = gift.relations.find((r) => r.relation === 'on')!;
  assert.equal(gift.entities.find((e) => e.id === on.subject)?.name, 'gift');
});
