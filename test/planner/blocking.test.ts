/**
 * Blocking on the geometry: poses from the words, seats under sitters (a chair pulled up to the table they sit
 * at, the crates they sit on), facing and turning away once everyone is placed, and close shots aimed at the posed
 * figure's face. The figure itself bends: a seated figure's thighs run level at its seat, a kneeling one's knee
 * is on the floor.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { relationHolds } from '../../src/planner/evaluate.js';
import type { ReportObject } from '../../src/planner/report.js';
import { Geometry } from '../../src/geometry/registry.js';
import { getProp } from '../../src/geometry/props/index.js';
import { meshBounds } from '../../src/geometry/mesh.js';
import { posedSkeleton } from '../../src/geometry/props/figure.js';
import { POSE_RIGS } from '../../src/library/poses.js';

const byName = (objects: ReportObject[], name: string) => objects.find((o) => o.kind === 'person' && o.name.split(' ').includes(name))!;
const ofKind = (objects: ReportObject[], kind: string) => objects.filter((o) => o.kind === kind);

test('"sits at the table facing Ben": a chair at the table, Anna seated on it facing him, Ben across the table', async () => {
  const { report } = await plan({ text: 'INT. KITCHEN - NIGHT. Anna sits at the kitchen table facing Ben.' });
  const anna = byName(report.objects, 'anna');
  const ben = byName(report.objects, 'ben');
  const table = ofKind(report.objects, 'table')[0]!;
  assert.equal(anna.pose, 'sitting');
  const seat = report.objects.find((o) => o.id === anna.supported_by)!;
  assert.ok(['chair', 'stool', 'bench'].includes(seat.kind), `Anna sits on a ${seat?.kind}`);
  assert.ok(relationHolds('sits-at', anna, table, undefined), 'seated at the table, turned to it');
  assert.ok(relationHolds('facing', anna, ben, undefined), 'facing Ben');
  assert.ok(relationHolds('facing', ben, anna, undefined), 'Ben faces her back');
  // Her seat's top is where her thighs are: the figure sits on it, not above or through it.
  assert.ok(Math.abs(anna.bbox_min[1] - 0) < 0.05 && anna.bbox_max[1] < 1.45, `a seated figure's height ${anna.bbox_max[1]}`);
});

test('"two soldiers sit on crates facing each other": each on a crate of his own, turned to the other', async () => {
  const { report } = await plan({ text: 'Two soldiers sit on crates facing each other in the barracks.' });
  const soldiers = ofKind(report.objects, 'person');
  assert.equal(soldiers.length, 2);
  const seats = soldiers.map((s) => report.objects.find((o) => o.id === s.supported_by));
  assert.ok(seats.every((c) => c?.kind === 'crate'), seats.map((c) => c?.kind).join());
  assert.notEqual(seats[0]!.id, seats[1]!.id, 'a crate each');
  for (const [a, b] of [[0, 1], [1, 0]] as const) assert.ok(relationHolds('facing', soldiers[a]!, soldiers[b]!, undefined));
});

test('poses from the words: kneels, crouches, lies on the bed, runs, sits on the floor', async () => {
  const cases: [string, string, string][] = [
    ['A monk kneels before the altar in the chapel.', 'monk', 'kneeling'],
    ['A boy crouches behind the car in the street.', 'boy', 'crouching'],
    ['Leo lies on the bed in his room.', 'leo', 'lying'],
    ['A girl runs across the field.', 'girl', 'running'],
    ['Maya sits cross-legged on the floor of the attic.', 'maya', 'sitting'],
  ];
  for (const [text, who, pose] of cases) {
    const { report } = await plan({ text });
    const p = byName(report.objects, who);
    assert.ok(p, `${who} in "${text}"`);
    assert.equal(p.pose, pose, text);
  }
  const bed = await plan({ text: 'Leo lies on the bed in his room.' });
  const leo = byName(bed.report.objects, 'leo');
  const frame = ofKind(bed.report.objects, 'bed')[0]!;
  assert.equal(leo.supported_by, frame.id);
  assert.ok(leo.bbox_min[1] > 0.3, 'on the mattress, not the floor');
  const floor = await plan({ text: 'Maya sits cross-legged on the floor of the attic.' });
  assert.ok(byName(floor.report.objects, 'maya').bbox_max[1] < 1.0, 'sitting on the floor is low');
});

test('"turns away from the door": the back to it; "the twins sit back to back"', async () => {
  const { report } = await plan({ text: 'The guard turns away from the door.' });
  assert.ok(relationHolds('faces-away', ofKind(report.objects, 'person')[0]!, ofKind(report.objects, 'door')[0]!, undefined));
  const twins = await plan({ text: 'The twins sit back to back in the meadow.' });
  const [a, b] = ofKind(twins.report.objects, 'person');
  assert.ok(a && b, 'two people');
  assert.ok(relationHolds('faces-away', a, b, undefined) && relationHolds('faces-away', b, a, undefined));
});

test('a close-up of a seated person aims at the face, where the pose put it', async () => {
  const { report } = await plan({ text: 'Anna sits at the kitchen table. Close-up on Anna.' });
  const anna = byName(report.objects, 'anna');
  const cu = report.shots.find((s) => s.shot_size === 'CU' && s.subject_ids.includes(anna.id))!;
  assert.ok(cu, 'a close-up of Anna');
  // Her eyes are about 1.2 m up when seated, not the 1.6 m of a standing adult.
  assert.ok(cu.camera_target[1] > 1.0 && cu.camera_target[1] < 1.35, `aimed at ${cu.camera_target[1]}`);
});

test('the figure bends: seated thighs run level at the seat, feet on the floor; a kneeling knee is down', () => {
  for (const seatHeight of [0.45, 0.3]) {
    const sk = posedSkeleton(POSE_RIGS.sitting, { height: 1.75, width: 1, seatHeight, headTurnDeg: 0 });
    for (const k of [0, 1]) assert.ok(Math.abs(sk.knees[k]![1] - sk.hips[k]![1]) < 0.02, 'thighs level');
    assert.ok(Math.min(...sk.ankles.map((a) => a[1])) < 0.1, 'feet reach the floor');
  }
  const kneel = posedSkeleton(POSE_RIGS.kneeling, { height: 1.75, width: 1, seatHeight: 0.45, headTurnDeg: 0 });
  assert.ok(Math.min(...kneel.knees.map((k) => k[1])) < 0.1, 'one knee on the floor');
  // Every pose builds a figure standing on (or lying along) the floor, its size a person's.
  for (const pose of Object.keys(POSE_RIGS)) {
    const parts = getProp('person')!.generate(Geometry.parse({ type: 'person', pose }) as never, { seed: 1 });
    const ys = parts.filter((p) => !p.rotation).map((p) => meshBounds(p.mesh));
    if (ys.length) assert.ok(Math.min(...ys.map((b) => b.min[1]!)) >= -0.01, `${pose} stands on the floor`);
  }
});

test('"a little girl and her grandmother sit on a bench": both seated on it, the girl drawn as a child; what they wear is on them', async () => {
  const { report, spec } = await plan({ text: 'A little girl and her grandmother sit on a bench in the park.' });
  const bench = ofKind(report.objects, 'bench')[0]!;
  const people = ofKind(report.objects, 'person');
  assert.equal(people.length, 2);
  for (const p of people) {
    assert.equal(p.pose, 'sitting', p.name);
    assert.equal(p.supported_by, bench.id, `${p.name} on the bench`);
  }
  const girl = spec.objects.find((o) => o.id === byName(report.objects, 'girl').id)!;
  assert.equal((girl.geometry as { age?: string }).age, 'child');
  const coat = await plan({ text: 'A detective in a trench coat and a fedora waits under a street lamp.' });
  const detective = coat.spec.objects.find((o) => (o.geometry as { type: string }).type === 'person')!;
  assert.deepEqual([...((detective.geometry as { costume?: string[] }).costume ?? [])].sort(), ['coat', 'hat']);
  assert.ok(!coat.report.objects.some((o) => /coat|fedora/.test(o.name) && o.kind !== 'person'), 'worn things are not things in the scene');
});
