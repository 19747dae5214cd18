import { test } from 'node:test';
import assert from 'node:assert/strict';
import { plan } from '../../src/planner/plan.js';
import { planStoryboard } from '../../src/pipeline/generate.js';
import { lineSide } from '../../src/planner/structure.js';
import { checkContinuity, checkSpecContinuity } from '../../src/planner/continuity.js';
import { refineSpec, RefineError } from '../../src/planner/refine.js';
import { parseSpec } from '../../src/validate/validate.js';
import type { SceneSpecInput } from '../../src/scene/schema.js';
import { corpus } from '../../bench/planner.bench.js';
import { buildGlb, khronosValidate } from '../helpers.js';

const CONVERSATION = 'INT. TAVERN - NIGHT. A candle-lit tavern: three barrels against the wall, a long wooden table in the centre with two mugs on it. Anna, a weary detective, sits at the table facing Ben, a nervous young man. They argue in low voices. Anna stares at him, menacing.';

type Box = { bbox_min: number[]; bbox_max: number[] };
const overlap = (a: Box, b: Box, e = 0.01) => [0, 1, 2].every((k) => a.bbox_min[k]! < b.bbox_max[k]! - e && b.bbox_min[k]! < a.bbox_max[k]! - e);

test('the layout honours relations on the geometry and nothing interpenetrates', async () => {
  const p = await plan({ text: 'A study: a desk against the wall with a computer on it, a chair in front of the desk, a floor lamp to the left of the desk, a red rug in the centre and a bookshelf in the corner.' });
  const o = (k: string) => p.report.objects.find((x) => x.kind === k)!;
  const desk = o('desk');
  const computer = o('computer');
  assert.ok(Math.abs(computer.bbox_min[1] - desk.bbox_max[1]) < 0.05, `computer rests on the desk: ${computer.bbox_min[1]} vs ${desk.bbox_max[1]}`);
  assert.equal(computer.supported_by, desk.id);
  assert.ok((o('floor_lamp').bbox_min[0] + o('floor_lamp').bbox_max[0]) / 2 < (desk.bbox_min[0] + desk.bbox_max[0]) / 2, 'lamp left of the desk (−X, as the establishing camera sees it)');
  assert.ok(Math.abs((o('rug').bbox_min[0] + o('rug').bbox_max[0]) / 2) < 1 && Math.abs((o('rug').bbox_min[2] + o('rug').bbox_max[2]) / 2) < 1, 'rug in the centre');
  const floor = p.spec.objects.find((x) => x.id === 'floor')!;
  const [w, d] = (floor.geometry as unknown as { size: [number, number] }).size;
  for (const a of p.report.objects) {
    assert.ok(a.bbox_min[0] >= -w / 2 - 0.05 && a.bbox_max[0] <= w / 2 + 0.05 && a.bbox_min[2] >= -d / 2 - 0.05 && a.bbox_max[2] <= d / 2 + 0.05, `${a.id} inside the room`);
    assert.ok(a.bbox_min[1] >= -0.01, `${a.id} above the floor`);
    for (const b of p.report.objects) {
      if (a === b || a.supported_by === b.id || b.supported_by === a.id || a.kind === 'rug' || b.kind === 'rug') continue;
      assert.ok(!overlap(a, b), `${a.id} and ${b.id} interpenetrate`);
    }
  }
  // The scene builds into a valid glTF.
  const report = await khronosValidate(await buildGlb(p.specInput));
  assert.equal(report.issues.numErrors, 0);
});

test('the shot list follows film grammar: establish, shot/reverse on one side of the line, angles by mood', async () => {
  const p = await plan({ text: CONVERSATION, frames: 6 });
  const shots = p.report.shots;
  assert.equal(shots.length, 6);
  assert.equal(shots[0]!.shot_size, 'WS', 'an interior opens wide');
  const ots = shots.filter((s) => s.shot_size === 'OTS');
  assert.equal(ots.length, 2, 'shot and reverse shot');
  const anna = p.report.objects.find((o) => o.id === 'anna')!;
  const ben = p.report.objects.find((o) => o.id === 'ben')!;
  const box = (o: typeof anna) => ({ min: o.bbox_min, max: o.bbox_max });
  const sides = [shots[0]!, ...ots].map((s) => lineSide(box(anna), box(ben), s.camera_position));
  assert.equal(new Set(sides).size, 1, `every camera on one side of the line: ${sides}`);
  assert.deepEqual(new Set(ots.map((s) => s.subject_ids[0])), new Set(['anna', 'ben']), 'each OTS looks at the other person');
  assert.ok(shots.some((s) => s.angle === 'low'), 'the menacing beat is shot from low');
  assert.equal(p.report.continuity.score, 100, JSON.stringify(p.report.continuity.violations));
  const scared = await plan({ text: 'A frightened child hides in the dark cellar.' });
  assert.ok(scared.report.shots.some((s) => s.angle === 'high'));
  const drunk = await plan({ text: 'A drunk sailor staggers across the deck, dizzy and disoriented.' });
  assert.ok(drunk.report.shots.some((s) => s.angle === 'dutch'));
  for (const frames of [1, 3, 20]) assert.equal((await plan({ text: CONVERSATION, frames })).report.shots.length, frames);
  const forced = await plan({ text: CONVERSATION, params: { camera_angle: 'high', contrast: 90, lighting: 20, hdr_bloom: 60, color_temp: 3200 } });
  assert.ok(forced.report.shots.every((s, i) => i === 0 || s.angle === 'high'), 'base_params.camera_angle wins');
  assert.ok(forced.spec.shots.every((s) => s.look.contrast === 0.4 && (s.look.bloom?.intensity ?? 0) > 1));
  assert.ok(forced.spec.lights.some((l) => typeof l.color === 'object' && !Array.isArray(l.color) && l.color.kelvin === 3200));
});

test('the continuity checker finds a crossed line, a flipped key, a moved prop and a grade change', async () => {
  const p = await plan({ text: CONVERSATION, frames: 6 });
  const base = p.spec;
  assert.equal(checkSpecContinuity(base).score, 100);
  // Mirror the reverse shot's camera across the line between the two.
  const crossed = structuredClone(p.specInput) as SceneSpecInput;
  const ots = crossed.shots!.filter((s) => s.shotSize === 'OTS');
  const cam = crossed.cameras!.find((c) => c.id === ots[1]!.camera)!;
  const anna = base.objects.find((o) => o.id === 'anna')!.position;
  const ben = base.objects.find((o) => o.id === 'ben')!.position;
  const [dx, dz] = [ben[0] - anna[0], ben[2] - anna[2]];
  const len = Math.hypot(dx, dz);
  const [nx, nz] = [-dz / len, dx / len];
  const mirror = (p: [number, number, number]): [number, number, number] => {
    const dist = (p[0] - anna[0]) * nx + (p[2] - anna[2]) * nz;
    return [p[0] - 2 * dist * nx, p[1], p[2] - 2 * dist * nz];
  };
  cam.position = mirror(cam.position);
  cam.target = mirror(cam.target!);
  const c1 = checkSpecContinuity(parseSpec(crossed));
  assert.ok(c1.violations.some((v) => v.type === 'line-crossed' && v.shots.includes(ots[1]!.id)), JSON.stringify(c1.violations));
  assert.ok(c1.score < 100);
  // The grade changes on one shot.
  const graded = structuredClone(p.specInput) as SceneSpecInput;
  graded.shots![2]!.look = { ...(graded.shots![2]!.look ?? {}), grade: 'noir_bw' };
  const c2 = checkSpecContinuity(parseSpec(graded));
  assert.deepEqual(c2.violations.filter((v) => v.type === 'grade-changed').map((v) => v.shots), [[graded.shots![1]!.id, graded.shots![2]!.id], [graded.shots![2]!.id, graded.shots![3]!.id]]);
  // A barrel moves between two shots' versions of the scene.
  const moved = structuredClone(p.specInput) as SceneSpecInput;
  const barrel = (moved.objects as { id: string; position: [number, number, number] }[]).find((o) => o.id.startsWith('barrel'))!;
  barrel.position = [barrel.position[0] + 1, barrel.position[1], barrel.position[2]];
  const c3 = checkContinuity([{ spec: base, shotId: base.shots[0]!.id }, { spec: parseSpec(moved), shotId: base.shots[1]!.id }]);
  assert.ok(c3.violations.some((v) => v.type === 'prop-moved' && v.message.startsWith(barrel.id)));
  // The key on the same subject from the other side.
  const flipped = structuredClone(p.specInput) as SceneSpecInput;
  const shotA = flipped.shots!.find((s) => s.shotSize === 'MCU' || s.shotSize === 'CU')!;
  const i = flipped.shots!.indexOf(shotA);
  const next = flipped.shots![i + 1] ?? flipped.shots![i - 1]!;
  next.subjects = shotA.subjects;
  const camA = flipped.cameras!.find((c) => c.id === shotA.camera)!;
  const camB = flipped.cameras!.find((c) => c.id === next.camera)!;
  const subj = base.objects.find((o) => o.id === shotA.subjects![0])!.position;
  camB.position = [2 * subj[0] - camA.position[0], camA.position[1], 2 * subj[2] - camA.position[2]];
  camB.target = [subj[0], subj[1] + 1.5, subj[2]];
  const c4 = checkSpecContinuity(parseSpec(flipped));
  assert.ok(c4.violations.some((v) => v.type === 'key-light-flipped'), JSON.stringify(c4.violations));
});

test('refinement changes only what the note asks for, on that shot unless the note means the scene', async () => {
  const p = await plan({ text: CONVERSATION, frames: 6 });
  const input = p.specInput;
  const shot = input.shots![4]!;
  const diff = (a: unknown, b: unknown, path = ''): string[] => {
    if (JSON.stringify(a) === JSON.stringify(b)) return [];
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return [path];
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}/${k}`));
  };
  const camIndex = input.cameras!.findIndex((c) => c.id === shot.camera);

  const lower = refineSpec(input, shot.id, 'lower the camera', p.description);
  assert.equal(lower.scope, 'shot');
  assert.deepEqual(diff(input, lower.spec), [`/cameras/${camIndex}/position/1`]);
  assert.ok(lower.spec.cameras![camIndex]!.position[1]! < input.cameras![camIndex]!.position[1]!);
  assert.deepEqual(lower.shots, [shot.id]);

  const warmer = refineSpec(input, shot.id, 'warmer', p.description);
  assert.deepEqual(diff(input, warmer.spec), [`/shots/4/look/temperature`]);

  const dramatic = refineSpec(input, shot.id, 'make the lighting more dramatic and increase contrast', p.description);
  assert.ok(diff(input, dramatic.spec).every((d) => d.startsWith('/shots/4/look/')), diff(input, dramatic.spec).join());
  assert.ok((dramatic.spec.shots![4]!.look!.contrast as number) > (input.shots![4]!.look!.contrast as number ?? 0) + 0.3, 'both notes add contrast');
  assert.ok(dramatic.changes.every((c) => c.why.length > 0));

  const face = refineSpec(input, input.shots![0]!.id, 'closer on her face', p.description);
  assert.equal(face.spec.shots![0]!.shotSize, 'CU');
  assert.deepEqual(face.spec.shots![0]!.subjects, ['anna'], '"her" is Anna');
  assert.ok(diff(input, face.spec).every((d) => d.startsWith('/shots/0/') || d.startsWith(`/cameras/${input.cameras!.findIndex((c) => c.id === input.shots![0]!.camera)}/`)));

  const remove = refineSpec(input, shot.id, 'remove the barrel', p.description);
  assert.equal(remove.scope, 'scene');
  const barrels = (s: SceneSpecInput) => (s.objects as { geometry?: { type?: string } }[]).filter((o) => o.geometry?.type === 'barrel').length;
  assert.equal(barrels(remove.spec), barrels(input) - 1);
  assert.equal(remove.shots.length, input.shots!.length, 'every frame shows the set again');

  const night = refineSpec(input, undefined, 'make it night', p.description);
  assert.equal(night.scope, 'scene');
  assert.ok(night.changes.some((c) => c.path === 'lights'));

  const everywhere = refineSpec(input, shot.id, 'warmer in every shot', p.description);
  assert.equal(everywhere.scope, 'scene');
  assert.equal(new Set(everywhere.changes.map((c) => c.path)).size, input.shots!.length);

  assert.deepEqual(refineSpec(input, shot.id, 'sing a song', p.description).changes, []);
  assert.throws(() => refineSpec(input, 'shot-99', 'warmer'), RefineError);
  assert.throws(() => refineSpec(input, shot.id, '  '), RefineError);
});

test('report.json has the contract keys, and every shot has a FIBO prompt that agrees with it', async () => {
  const p = await planStoryboard({ text: 'Three rusty iron barrels against the wall of a tavern at night; a woman sits at a table.' });
  const r = p.report;
  for (const k of ['setting', 'objects', 'lights', 'lighting_preset', 'grade_preset', 'shots', 'continuity', 'warnings']) assert.ok(k in r, k);
  assert.deepEqual(Object.keys(r.setting).slice(0, 4), ['interior', 'place', 'time_of_day', 'weather']);
  const barrel = r.objects.find((o) => o.kind === 'barrel')!;
  for (const k of ['id', 'kind', 'name', 'material', 'color_rgb', 'position', 'bbox_min', 'bbox_max', 'supported_by']) assert.ok(k in barrel, k);
  assert.equal(r.objects.filter((o) => o.kind === 'barrel').length, 3, 'one entry per placed instance');
  assert.ok(barrel.color_rgb.every((c) => c >= 0 && c <= 1));
  for (const l of r.lights) for (const k of ['id', 'type', 'color_temperature_k', 'intensity', 'unit', 'position']) assert.ok(k in l, k);
  for (const s of r.shots) for (const k of ['id', 'shot_size', 'angle', 'focal_length_mm', 'subject_ids', 'camera_position', 'camera_target']) assert.ok(k in s, k);
  assert.ok(['score', 'violations'].every((k) => k in r.continuity));
  for (const s of r.shots) {
    const prompt = p.prompts.get(s.id)!;
    for (const k of ['short_description', 'objects', 'background_setting', 'lighting', 'aesthetics', 'photographic_characteristics', 'style_medium', 'context', 'artistic_style']) assert.ok(k in prompt, `${s.id} ${k}`);
    assert.deepEqual(Object.keys(prompt.lighting), ['conditions', 'direction', 'shadows']);
    assert.deepEqual(Object.keys(prompt.aesthetics), ['composition', 'color_scheme', 'mood_atmosphere']);
    assert.deepEqual(Object.keys(prompt.photographic_characteristics), ['depth_of_field', 'focus', 'camera_angle', 'lens_focal_length']);
    assert.equal(prompt.photographic_characteristics.lens_focal_length, `${Math.round(s.focal_length_mm)}mm`);
    assert.match(prompt.background_setting, /tavern/);
    assert.equal(prompt.control_images?.depth, `../frames/${s.id}.depth.png`);
  }
  const wide = p.prompts.get(r.shots[0]!.id)!;
  assert.ok(wide.objects.some((o) => /barrel/.test(o.shape_and_color)), 'the wide shot sees the barrels');
});

test('the evaluation corpus: at least 95 % of its expectations hold', async () => {
  const r = await corpus();
  const share = r.passed / r.total;
  assert.ok(r.total > 800, `${r.total} expectations`);
  assert.ok(share >= 0.95, `${(share * 100).toFixed(1)} % satisfied; failing: ${r.failures.slice(0, 8).map((f) => `${f.id}: ${f.failures.join(', ')}`).join(' | ')}`);
});
