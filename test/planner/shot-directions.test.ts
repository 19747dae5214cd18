import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { parseDescription } from '../../src/planner/rules/parse.js';
import { DIRECTION_PHRASES } from '../../src/planner/rules/shot-directions.js';
import { Shot } from '../../src/scene/shot.js';

/** What a written direction should give: the direction's fields, and the entity names its shot frames. */
interface Case {
  text: string;
  size?: string;
  angle?: string;
  lens?: number;
  move?: string;
  /** Names (entity.name, lowercase) the directed shot's subjects include. */
  frames?: string[];
  pov?: string;
}

const CASES: Case[] = [
  { text: 'Low-angle shot of a knight in a castle hall.', angle: 'low', frames: ['knight'] },
  { text: 'Close-up of a candle on a wooden table.', size: 'CU', frames: ['candle'] },
  { text: 'Extreme close-up of a detective in a dark office, dutch angle.', size: 'ECU', angle: 'dutch', frames: ['detective'] },
  { text: "Bird's-eye view of a round table in a tavern.", angle: 'birds-eye', frames: ['round table'] },
  { text: 'Medium close-up on the old sailor as he smokes on the deck.', size: 'MCU', frames: ['old sailor'] },
  { text: 'A cowboy shot of a sheriff in the street at noon.', size: 'MLS', frames: ['sheriff'] },
  { text: 'Full shot of a dancer in an empty studio.', size: 'FS', frames: ['dancer'] },
  { text: 'Long shot: a soldier walks across the field.', size: 'FS', frames: ['soldier'] },
  { text: 'Establishing shot of a lighthouse on a cliff at dusk.', size: 'EWS' },
  { text: 'Extreme wide of the desert, a lone rider in the distance.', size: 'EWS' },
  { text: 'Two-shot of Anna and Ben at the bar.', size: 'TWO', frames: ['anna', 'ben'] },
  { text: 'Over-the-shoulder shot of Anna as Ben talks to her in a cafe.', size: 'OTS', frames: ['anna', 'ben'] },
  { text: 'Insert of a lamp on the desk.', size: 'INSERT', frames: ['lamp'] },
  { text: 'Detail shot of three bottles on a shelf.', size: 'INSERT', frames: ['bottles'] },
  { text: 'Overhead shot of a chessboard on a table.', angle: 'birds-eye' },
  { text: 'Top-down view of a woman lying on a bed.', angle: 'birds-eye', frames: ['woman'] },
  { text: 'A guard seen from below, standing at the gate.', angle: 'low', frames: ['guard'] },
  { text: 'A potter shapes a vase at her wheel. Insert: the vase on the wheel.', size: 'INSERT', frames: ['vase'] },
  { text: "Mara, a tired writer, stands by the desk. Over Mara's shoulder, the bookshelf.", size: 'OTS', frames: ['bookshelf', 'mara'] },
  { text: 'A sailor mends a net on the deck of a ship. WIDE, the sailor alone on the deck.', size: 'WS', frames: ['sailor'] },
  { text: "Worm's-eye view of a giant robot in a city street.", angle: 'worms-eye' },
  { text: 'Canted frame on a man in a corridor.', angle: 'dutch', frames: ['man'] },
  { text: 'High-angle medium shot of a child sitting on the floor.', size: 'MS', angle: 'high', frames: ['child'] },
  { text: 'Medium shot of a chef in a kitchen, on a 85mm lens.', size: 'MS', lens: 85, frames: ['chef'] },
  { text: 'A farmer in a barn, shot on a 24 mm.', lens: 24, frames: ['farmer'] },
  { text: 'Telephoto close-up of a hunter in a forest.', size: 'CU', lens: 135, frames: ['hunter'] },
  { text: 'Wide-angle shot of a crowded market with three barrels.', lens: 24 },
  { text: 'Fisheye view of a skater in a skate park.', lens: 14 },
  { text: 'Slow dolly in on a woman at a desk.', move: 'dolly-in', frames: ['woman'] },
  { text: 'The camera pulls back from a king on his throne.', move: 'pull-back', frames: ['king'] },
  { text: 'Pan left across a library full of bookshelves.', move: 'pan-left' },
  { text: 'Tracking shot of a runner on a beach.', move: 'tracking', frames: ['runner'] },
  { text: 'Crane up over a village square with a fountain.', move: 'crane-up' },
  { text: 'Handheld medium shot of a soldier in a trench.', size: 'MS', move: 'handheld', frames: ['soldier'] },
  { text: 'Steadicam follows a waiter through a restaurant.', move: 'steadicam', frames: ['waiter'] },
  { text: 'Zoom in on a clock on the wall.', move: 'zoom-in' },
  { text: 'Tilt up from a man to the ceiling of a cathedral.', move: 'tilt-up' },
  { text: 'Static shot of a barn at dawn.', move: 'static' },
  { text: 'INT. KITCHEN - NIGHT\n\nCLOSE ON a bottle on the counter.', size: 'CU', frames: ['bottle'] },
  { text: 'EXT. HARBOUR - DAY\n\nWIDE. Fishing boats rock at the pier.', size: 'WS' },
  { text: 'INT. OFFICE - DAY\n\nMCU - a lawyer at her desk.', size: 'MCU', frames: ['lawyer'] },
  { text: 'INT. ATTIC - NIGHT\n\nA girl kneels by a chest. HIGH ANGLE on the girl.', angle: 'high', frames: ['girl'] },
  { text: "Anna and Ben stand in a bar. Anna's POV: Ben at the window.", pov: 'anna', frames: ['ben'] },
  { text: 'Tight on the old man as he reads a letter in a study.', size: 'CU', frames: ['old man'] },
];

const nameOf = (desc: ReturnType<typeof parseDescription>, id: string) => desc.entities.find((e) => e.id === id)?.name.toLowerCase() ?? id;

for (const c of CASES) {
  test(`direction: ${c.text.replace(/\n+/g, ' / ')}`, async () => {
    const p = await plan({ text: c.text });
    const beat = p.description.beats.find((b) => b.direction);
    assert.ok(beat?.direction, 'a direction is read');
    const d = beat.direction;
    if (c.size) assert.equal(d.size, c.size);
    if (c.angle) assert.equal(d.angle, c.angle);
    if (c.lens) assert.equal(d.focalLengthMm, c.lens);
    if (c.move) assert.equal(d.move, c.move);
    if (c.pov) assert.equal(d.pov && nameOf(p.description, d.pov), c.pov);
    // The planned shot carries the direction.
    const shot = p.spec.shots.find((s) => s.description === beat.text);
    assert.ok(shot, 'a shot covers the beat');
    if (c.size) assert.equal(shot.shotSize, c.size);
    if (c.angle) assert.equal(shot.angle, c.angle);
    if (c.lens) {
      assert.equal(shot.focalLengthMm, c.lens);
      assert.equal(p.spec.cameras.find((k) => k.id === shot.camera)?.focalLengthMm, c.lens);
    }
    if (c.move) {
      assert.equal(shot.move, c.move);
      assert.equal(p.report.shots.find((s) => s.id === shot.id)?.move, c.move);
    }
    const framed = shot.subjects.map((id) => p.layout.instances.find((i) => i.id === id)?.entity ?? id).map((id) => nameOf(p.description, id));
    for (const n of c.frames ?? []) assert.ok(framed.some((f) => f.includes(n)), `shot frames ${n} (got ${framed.join(', ')})`);
  });
}

test('the phrase table is large and every entry compiles to a direction', () => {
  assert.ok(DIRECTION_PHRASES.length >= 100, `${DIRECTION_PHRASES.length} phrases`);
  for (const p of DIRECTION_PHRASES) assert.ok(p.size || p.angle || p.focalLengthMm || p.move || p.pov, p.phrase);
});

test('a screenplay word in lower case is a direction only as a heading with a colon', () => {
  assert.equal(parseDescription('Ms Smith reads in a medium mood by the wide window.').beats[0]?.direction, undefined);
  assert.equal(parseDescription('A sailor on a deck. Wide: the harbour at dusk.').beats[1]?.direction?.size, 'WS');
});

test('prose that only sounds like a direction is not one', () => {
  for (const text of ['A frying pan and two pots hang over the stove.', 'An overhead lamp lights a wide table in a kitchen.', 'A dutch oven sits on the hearth.']) {
    const d = parseDescription(text);
    assert.ok(d.beats.every((b) => !b.direction), `${text} → ${JSON.stringify(d.beats.map((b) => b.direction))}`);
  }
});

test('a written direction wins over base_params and is kept when the frames are few', async () => {
  const text = 'A tavern with a barkeep. A woman drinks at the bar. A man plays cards. Low-angle close-up of the barkeep.';
  const p = await plan({ text, frames: 3, params: { camera_angle: 'high' } });
  assert.equal(p.spec.shots.length, 3);
  const shot = p.spec.shots.find((s) => s.description === 'Low-angle close-up of the barkeep.');
  assert.ok(shot);
  assert.equal(shot.shotSize, 'CU');
  assert.equal(shot.angle, 'low');
});

test('a description without directions plans as before: no moves, default opening', async () => {
  const p = await plan({ text: 'A candle-lit tavern with three barrels and a table. A woman sits at the table.' });
  assert.ok(p.description.beats.every((b) => !b.direction));
  assert.equal(p.spec.shots[0]!.shotSize, 'WS');
  assert.ok(p.spec.shots.every((s) => s.move === undefined && s.focalLengthMm === undefined));
});

test('Shot accepts a move and rejects an unknown one', () => {
  assert.equal(Shot.parse({ id: 's1', move: 'dolly-in' }).move, 'dolly-in');
  assert.throws(() => Shot.parse({ id: 's1', move: 'barrel-roll' }));
});

test('the words of a camera move name no thing; the same word naming a thing still does', async () => {
  const moved = await plan({ text: 'A bookshelf against the wall of a study. Slow dolly in on the bookshelf, then the camera cranes up.' });
  assert.ok(!moved.report.objects.some((o) => /dolly|crane/.test(o.name)), moved.report.objects.map((o) => o.name).join(', '));
  const thing = await plan({ text: 'In a warehouse, a dolly loaded with crates stands by the door.' });
  assert.ok(thing.report.objects.some((o) => /dolly/.test(o.name)), thing.report.objects.map((o) => o.name).join(', '));
});

test('a written insert with no angle looks down on its thing, as the breakdown\'s own inserts do', async () => {
  const p = await plan({ text: 'A potter shapes a vase at her wheel. Insert: the vase on the wheel.' });
  const insert = p.spec.shots.find((s) => s.shotSize === 'INSERT');
  assert.equal(insert?.angle, 'high');
  const low = await plan({ text: 'A potter shapes a vase at her wheel. Low-angle insert of the vase.' });
  assert.equal(low.spec.shots.find((s) => s.shotSize === 'INSERT')?.angle, 'low', 'a written angle wins');
});
