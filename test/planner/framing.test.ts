/**
 * Framing checked on the planned cameras: a single of a person shows as much of them as its size says (frame
 * height at the eyes' distance ≈ the size's share of their standing height), even in a room too small to back up
 * in (the lens widens instead); no two shots of a board are the same set-up unless the text wrote them so.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { PERSON_RULES } from '../../src/camera/framing.js';

const SMALL_ROOMS = [
  'INT. PRISON CELL - NIGHT. Ivan sits on his bunk. MCU Ivan. Close-up on Ivan. Medium shot of Ivan.',
  'INT. KITCHEN - NIGHT. Anna sits at the kitchen table. MS Anna. CU Anna.',
  'A monk kneels in a tiny stone cell. Medium close-up of the monk. Close-up on the monk.',
];

for (const text of SMALL_ROOMS) {
  test(`sizes as labelled in a small room: ${text.slice(0, 40)}…`, async () => {
    const p = await plan({ text });
    const checked = p.report.shots.filter((s) => ['MS', 'MCU', 'CU'].includes(s.shot_size) && s.subject_ids.length === 1);
    assert.ok(checked.length >= 2, `${checked.length} singles`);
    for (const s of checked) {
      const person = p.report.objects.find((o) => o.id === s.subject_ids[0] && o.kind === 'person');
      if (!person) continue;
      const cam = p.spec.cameras!.find((c) => c.id === `cam-${s.id}`)!;
      const vfov = (cam as { verticalFovDeg?: number }).verticalFovDeg ?? 2 * Math.atan(24 / (2 * s.focal_length_mm)) * (180 / Math.PI);
      const d = Math.hypot(...s.camera_position.map((v, k) => v - s.camera_target[k]!) as [number, number, number]);
      const frameHeight = 2 * d * Math.tan(((vfov * Math.PI) / 180) / 2);
      const wanted = PERSON_RULES[s.shot_size as 'MS' | 'MCU' | 'CU'].frame * 1.75;
      assert.ok(Math.abs(frameHeight - wanted) / wanted < 0.35, `${s.id} ${s.shot_size}: frame ${frameHeight.toFixed(2)} m at the subject, wanted ≈ ${wanted.toFixed(2)} m`);
    }
  });
}

test('no two shots of a board repeat a set-up the text did not write twice', async () => {
  for (const text of [
    'A lighthouse keeper climbs the stairs. He lights the lamp. He looks out to sea. He writes in his log. He sleeps.',
    'Two knights face each other in the throne room. They argue. They draw swords. They fight. One falls.',
  ]) {
    const p = await plan({ text, frames: 8 });
    const keys = p.report.shots.map((s) => `${s.shot_size}|${s.angle}|${s.subject_ids.join(',')}|${s.move ?? ''}`);
    assert.equal(new Set(keys).size, keys.length, keys.join('  '));
  }
});

test('a close shot of things spread round the set frames one of them, not the whole row', async () => {
  const p = await plan({ text: 'A dungeon corridor lit by torches, with a locked iron door and a pile of bones.', seed: 1, frames: 3 });
  const torches = p.report.objects.filter((o) => o.kind === 'torch');
  assert.ok(torches.length >= 2, `${torches.length} torches`);
  const close = p.report.shots.filter((s) => ['MS', 'INSERT', 'CU', 'MCU'].includes(s.shot_size) && torches.some((t) => s.subject_ids.includes(t.id)));
  assert.ok(close.length >= 1, 'a close shot of a torch');
  for (const s of close) {
    const cam = p.spec.cameras!.find((c) => c.id === `cam-${s.id}`)!;
    const torch = torches.find((t) => t.id === s.subject_ids[0])!;
    const centre = [0, 1, 2].map((k) => (torch.bbox_min[k]! + torch.bbox_max[k]!) / 2);
    const d = Math.hypot(...cam.position!.map((v, k) => v - centre[k]!));
    // Framing every torch of the corridor put the camera five metres off; one torch with its wall is a metre or two.
    assert.ok(d < 2.5, `${s.id} ${s.shot_size}: camera ${d.toFixed(1)} m from the torch`);
  }
});

test('outdoors, tall dressing leaves a clearing round the action and no camera stands in a tree', async () => {
  for (const text of ['A misty pine forest at first light. A hunter crouches beside a fallen log.', 'A dense forest. Two hikers argue by a campfire.']) {
    const p = await plan({ text });
    const named = p.layout.instances.filter((i) => !i.furnishing);
    const trees = p.layout.instances.filter((i) => i.furnishing && /tree/.test(i.kind));
    assert.ok(trees.length >= 15, `${text}: a forest (${trees.length} trees)`);
    const gap = (a: (typeof named)[number], b: (typeof named)[number]) => {
      const dx = Math.max(a.placed.bounds.min[0] - b.placed.bounds.max[0], b.placed.bounds.min[0] - a.placed.bounds.max[0], 0);
      const dz = Math.max(a.placed.bounds.min[2] - b.placed.bounds.max[2], b.placed.bounds.min[2] - a.placed.bounds.max[2], 0);
      return Math.max(dx, dz);
    };
    for (const t of trees) for (const n of named) assert.ok(gap(t, n) >= 3, `${t.id} ${gap(t, n).toFixed(1)} m from ${n.id}`);
    // No camera inside a tree's box, and the establishing shot holds more than the action: a set's width.
    for (const cam of p.spec.cameras!) {
      const [x, y, z] = cam.position;
      for (const t of trees) {
        const b = t.placed.bounds;
        assert.ok(!(x > b.min[0] && x < b.max[0] && z > b.min[2] && z < b.max[2] && y < b.max[1]), `${cam.id} inside ${t.id}`);
      }
    }
    const ews = p.report.shots.find((s) => s.shot_size === 'EWS');
    if (ews) {
      const d = Math.hypot(...ews.camera_position.map((v, k) => v - ews.camera_target[k]!) as [number, number, number]);
      assert.ok(d >= 8, `${text}: the EWS stands back (${d.toFixed(1)} m)`);
    }
  }
});
