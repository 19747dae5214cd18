import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MathUtils, PerspectiveCamera, Vector3 } from 'three';
import {
  defaultFocalLength,
  establishingShot,
  placeCamera,
  type Box,
  type CameraPlacement,
  type ShotAngle,
  type ShotRequest,
  type ShotSize,
  type Subject,
} from '../../src/camera/index.js';
import { ShotAngle as ShotAngles, ShotComposition, ShotSize as ShotSizes } from '../../src/scene/shot.js';
import { OBJECT_RULES } from '../../src/camera/framing.js';

type V3 = [number, number, number];
const WIDE = 16 / 9;
const TALL = 9 / 16;
const SCENE: Box = { min: [-10, 0, -15], max: [10, 3, 15] };
const H = 1.8;

/** A standing person, feet on the ground at (x, z), 50 × 30 cm across. */
function makePerson(id: string, x: number, z: number, forward?: V3, height = H): Subject {
  return { id, person: true, box: { min: [x - 0.25, 0, z - 0.15], max: [x + 0.25, height, z + 0.15] }, ...(forward ? { forward } : {}) };
}

function makeObject(id: string, min: V3, max: V3, forward?: V3): Subject {
  return { id, person: false, box: { min, max }, ...(forward ? { forward } : {}) };
}

function shot(req: Partial<ShotRequest> & Pick<ShotRequest, 'size'>): CameraPlacement {
  return placeCamera({ subjects: [], scene: SCENE, aspect: WIDE, ...req });
}

/** The placement as a real three.js camera, the way the renderer builds it. */
function cameraOf(p: CameraPlacement, aspect: number): PerspectiveCamera {
  const cam = new PerspectiveCamera(p.verticalFovDeg, aspect, p.near, p.far);
  cam.position.set(...p.position);
  cam.lookAt(new Vector3(...p.target));
  cam.updateMatrixWorld();
  return cam;
}

function screen(cam: PerspectiveCamera, point: V3 | Vector3): [number, number] {
  const ndc = (Array.isArray(point) ? new Vector3(...point) : point.clone()).project(cam);
  return [(ndc.x + 1) / 2, (1 - ndc.y) / 2];
}

/** Vertical extent of the picture in the plane through `point` square to the view axis. */
function frameHeightAt(cam: PerspectiveCamera, point: V3): number {
  const depth = -new Vector3(...point).applyMatrix4(cam.matrixWorldInverse).z;
  return 2 * depth * Math.tan(MathUtils.degToRad(cam.fov / 2));
}

function corners(box: Box): Vector3[] {
  const out: Vector3[] = [];
  for (const x of [box.min[0], box.max[0]]) for (const y of [box.min[1], box.max[1]]) for (const z of [box.min[2], box.max[2]]) out.push(new Vector3(x, y, z));
  return out;
}

const inside = (v: number, slack = 1e-9) => v >= -slack && v <= 1 + slack;

function assertBoxInFrame(cam: PerspectiveCamera, box: Box, label: string, axes: 'x' | 'xy' = 'xy'): void {
  for (const c of corners(box)) {
    const [x, y] = screen(cam, c);
    assert.ok(inside(x) && (axes === 'x' || inside(y)), `${label}: corner ${c.toArray().join(',')} at ${x.toFixed(3)},${y.toFixed(3)}`);
  }
}

function assertAnchorWhereReported(p: CameraPlacement, aspect: number, label: string, tolerance = 0.01): void {
  const [x, y] = screen(cameraOf(p, aspect), p.anchor);
  assert.ok(Math.abs(x - p.anchorScreen[0]) < tolerance && Math.abs(y - p.anchorScreen[1]) < tolerance, `${label}: anchor at ${x.toFixed(4)},${y.toFixed(4)}, reported ${p.anchorScreen.join(',')}`);
}

function elevationDeg(p: CameraPlacement): number {
  const d = new Vector3(...p.position).sub(new Vector3(...p.anchor));
  return MathUtils.radToDeg(Math.asin(d.y / d.length()));
}

const distance = (p: CameraPlacement) => new Vector3(...p.position).distanceTo(new Vector3(...p.anchor));

test('each size has its usual lens: long for close shots, wide for the geography', () => {
  assert.equal(defaultFocalLength('CU'), 85);
  assert.equal(defaultFocalLength('EWS'), 24);
  assert.equal(defaultFocalLength('INSERT'), 100);
});

test('singles of a person: eyes on the upper third and the frame height of the size chart', () => {
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  const eyes: V3 = [0, 0.93 * H, 0];
  const table: [ShotSize, number][] = [['CU', 0.3], ['MCU', 0.45], ['MS', 0.6], ['MLS', 0.8]];
  for (const [size, frame] of table) {
    const p = shot({ size, subjects: [person] });
    assert.deepEqual(p.anchor.map((n) => +n.toFixed(6)), eyes.map((n) => +n.toFixed(6)), `${size}: anchor on the eyes`);
    assert.equal(p.anchorScreen[1], 1 / 3, `${size}: upper third`);
    assertAnchorWhereReported(p, WIDE, size);
    const height = frameHeightAt(cameraOf(p, WIDE), p.anchor);
    assert.ok(Math.abs(height / (frame * H) - 1) < 0.02, `${size}: frame ${height.toFixed(3)} m, want ${(frame * H).toFixed(3)}`);
    assert.equal(p.focalLengthMm, defaultFocalLength(size));
  }
  const ecu = shot({ size: 'ECU', subjects: [person] });
  assert.deepEqual(ecu.anchorScreen, [0.5, 0.5], 'ECU: eyes centred');
  assert.ok(Math.abs(frameHeightAt(cameraOf(ecu, WIDE), ecu.anchor) / (0.12 * H) - 1) < 0.02);
  const [cu, ms, fs] = (['CU', 'MS', 'FS'] as const).map((size) => distance(shot({ size, subjects: [person] })));
  assert.ok(cu! < ms! && ms! < fs!, `CU ${cu} < MS ${ms} < FS ${fs}`);
});

test('full shot: the whole body in frame, feet near the bottom', () => {
  for (const aspect of [WIDE, TALL]) {
    const person = makePerson('ann', 1, -2, [0, 0, 1]);
    const p = shot({ size: 'FS', subjects: [person], aspect });
    const cam = cameraOf(p, aspect);
    assertBoxInFrame(cam, person.box, `FS at ${aspect.toFixed(2)}`);
    const feet = screen(cam, [1, 0, -2])[1];
    assert.ok(Math.abs(feet - 0.9) < 0.05, `feet at ${feet}`);
    assertAnchorWhereReported(p, aspect, 'FS');
  }
});

test('wide shot: the person small in the setting, whole', () => {
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  const p = shot({ size: 'WS', subjects: [person] });
  const cam = cameraOf(p, WIDE);
  assertBoxInFrame(cam, person.box, 'WS');
  assert.ok(Math.abs(frameHeightAt(cam, p.anchor) / (3 * H) - 1) < 0.02);
  assert.equal(p.anchorScreen[1], 0.5);
});

test('looking room: the anchor goes on the third opposite the way the person looks', () => {
  // Facing +X, camera swung round to the +Z side: the person looks towards screen-right.
  const right = shot({ size: 'MCU', subjects: [makePerson('ann', 0, 0, [1, 0, 0])], azimuthDeg: -60 });
  assert.ok(right.position[2] > 0, 'camera on the +Z side');
  assert.ok(Math.abs(right.anchorScreen[0] - 1 / 3) < 1e-9, `looks right → left third, got ${right.anchorScreen[0]}`);
  assertAnchorWhereReported(right, WIDE, 'looking right');

  const left = shot({ size: 'MCU', subjects: [makePerson('ann', 0, 0, [-1, 0, 0])], azimuthDeg: 60 });
  assert.ok(left.position[2] > 0, 'camera on the +Z side');
  assert.ok(Math.abs(left.anchorScreen[0] - 2 / 3) < 1e-9, `looks left → right third, got ${left.anchorScreen[0]}`);
  assertAnchorWhereReported(left, WIDE, 'looking left');

  // The default 20° puts the camera on the subject's own left (+X for someone facing +Z), so they look screen-left.
  const byDefault = shot({ size: 'MS', subjects: [makePerson('ann', 0, 0, [0, 0, 1])] });
  assert.ok(byDefault.position[0] > 0 && byDefault.position[2] > 0);
  assert.ok(Math.abs(byDefault.anchorScreen[0] - 2 / 3) < 1e-9);

  // Straight on, or no forward at all: centred.
  assert.equal(shot({ size: 'MS', subjects: [makePerson('ann', 0, 0, [0, 0, 1])], azimuthDeg: 0 }).anchorScreen[0], 0.5);
  assert.equal(shot({ size: 'MS', subjects: [makePerson('ann', 0, 0)] }).anchorScreen[0], 0.5);
});

test('explicit compositions are honoured exactly', () => {
  const person = makePerson('ann', 0, 0, [1, 0, 0]);
  const cases = [['centered', 0.5], ['thirds-left', 1 / 3], ['thirds-right', 2 / 3]] as const;
  for (const [composition, x] of cases) {
    for (const size of ['CU', 'MS', 'FS'] as const) {
      const p = shot({ size, subjects: [person], azimuthDeg: -60, composition });
      assert.equal(p.anchorScreen[0], x, `${size} ${composition}`);
      const [sx] = screen(cameraOf(p, WIDE), p.anchor);
      assert.ok(Math.abs(sx - x) < 0.005, `${size} ${composition}: anchor at x ${sx}`);
    }
  }
});

test('angles: elevation of the camera seen from the anchor, and dutch roll', () => {
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  const expected: [ShotAngle, number][] = [['eye', 0], ['high', 30], ['low', -20], ['birds-eye', 75], ['dutch', 0]];
  for (const [angle, elevation] of expected) {
    const p = shot({ size: 'CU', angle, subjects: [person] });
    assert.ok(Math.abs(elevationDeg(p) - elevation) < 0.5, `${angle}: ${elevationDeg(p).toFixed(2)}°`);
    assertAnchorWhereReported(p, WIDE, angle);
    assert.equal(p.rollDeg, angle === 'dutch' ? 15 : 0);
  }
  const high = shot({ size: 'MS', angle: 'high', subjects: [person] });
  const low = shot({ size: 'MS', angle: 'low', subjects: [person] });
  assert.ok(high.position[1] > high.anchor[1] && low.position[1] < low.anchor[1]);
});

test('worms-eye stays above the ground and re-aims so the anchor still lands where reported', () => {
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  for (const size of ['MS', 'MLS', 'FS', 'WS'] as const) {
    for (const aspect of [WIDE, TALL]) {
      const p = shot({ size, angle: 'worms-eye', subjects: [person], aspect });
      assert.ok(p.position[1] >= SCENE.min[1] + 0.05 - 1e-9, `${size}: camera at ${p.position[1]}`);
      assert.ok(p.position[1] < p.anchor[1], `${size}: still looking up`);
      assertAnchorWhereReported(p, aspect, `${size} worms-eye`);
    }
  }
  // The whole-body sizes keep the whole body even from the floor.
  assertBoxInFrame(cameraOf(shot({ size: 'FS', angle: 'worms-eye', subjects: [person] }), WIDE), person.box, 'FS worms-eye');
});

test('a steep birds-eye never flips the picture', () => {
  // FS puts the eyes high in frame; at 75° that would need the camera to pitch past straight down.
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  const p = shot({ size: 'FS', angle: 'birds-eye', subjects: [person] });
  assertAnchorWhereReported(p, WIDE, 'FS birds-eye');
  assert.ok(elevationDeg(p) > 45, `still looking down steeply: ${elevationDeg(p)}`);
});

test('EWS and the establishing shot keep the whole scene in frame', () => {
  const scene: Box = { min: [-10, 0, -15], max: [10, 3, 15] };
  for (const aspect of [WIDE, TALL]) {
    const auto = establishingShot(scene, aspect);
    assertBoxInFrame(cameraOf(auto, aspect), scene, `establishing ${aspect.toFixed(2)}`);
    assert.ok(auto.position[2] > scene.max[2], 'from the front (+Z)');
    assert.ok(elevationDeg(auto) >= 25 && elevationDeg(auto) <= 30, `elevation ${elevationDeg(auto)}`);
    assert.equal(auto.focalLengthMm, 24);
    assert.deepEqual(auto.anchorScreen, [0.5, 0.5]);

    const person = makePerson('ann', 3, 2, [1, 0, 0]);
    for (const composition of ['auto', 'thirds-left'] as const) {
      const ews = placeCamera({ size: 'EWS', subjects: [person], scene, aspect, composition });
      assertBoxInFrame(cameraOf(ews, aspect), scene, `EWS ${composition} ${aspect.toFixed(2)}`);
      assertAnchorWhereReported(ews, aspect, `EWS ${composition}`);
    }
  }
});

test('two-shot: both people across the frame, heads in, eye line on the upper third', () => {
  const ann = makePerson('ann', -0.4, 0, [0.5, 0, 1]);
  const bob = makePerson('bob', 0.4, 0, [-0.5, 0, 1], 1.7);
  const p = shot({ size: 'TWO', subjects: [ann, bob] });
  const cam = cameraOf(p, WIDE);
  for (const s of [ann, bob]) {
    assertBoxInFrame(cam, s.box, `TWO ${s.id} across`, 'x');
    for (const c of corners(s.box).filter((c) => c.y === s.box.max[1])) assert.ok(inside(screen(cam, c)[1]), `${s.id}: head in frame`);
  }
  assert.deepEqual(p.anchorScreen, [0.5, 1 / 3]);
  assertAnchorWhereReported(p, WIDE, 'TWO');
  assert.ok(Math.abs(p.position[0]) < 1e-6 && p.position[2] > 0, 'square to the pair, on the side they face');
  assert.ok(Math.abs(frameHeightAt(cam, p.anchor) / (0.6 * H) - 1) < 0.02, 'MS-sized for the taller');

  // Far apart, and seen on a tall screen: the frame widens until both fit across, whole boxes included.
  const far = [makePerson('ann', -2, 0, [0, 0, -1]), makePerson('bob', 2, 0, [0, 0, -1])];
  for (const aspect of [WIDE, TALL]) {
    const wide = placeCamera({ size: 'TWO', subjects: far, scene: SCENE, aspect });
    assert.ok(wide.position[2] < 0, 'they face −Z, so the camera is on that side');
    for (const s of far) assertBoxInFrame(cameraOf(wide, aspect), s.box, `far TWO ${s.id}`, aspect === WIDE ? 'xy' : 'x');
  }
});

test('over the shoulder: camera behind the near subject, the far one on the opposite third', () => {
  const ann = makePerson('ann', 0, 0, [0, 0, 1]);
  const bob = makePerson('bob', 0, 1.5, [0, 0, -1]);
  // Box centres: "behind bob" is farther from ann than bob is.
  const annAt = new Vector3(0, H / 2, 0);
  const bobAt = new Vector3(0, H / 2, 1.5);
  for (const [azimuthDeg, third] of [[undefined, 2 / 3], [-20, 1 / 3]] as const) {
    const p = shot({ size: 'OTS', subjects: [ann, bob], ...(azimuthDeg === undefined ? {} : { azimuthDeg }) });
    const camera = new Vector3(...p.position);
    assert.ok(Math.abs(p.anchorScreen[0] - third) < 1e-9 && p.anchorScreen[1] === 1 / 3, `anchor at ${p.anchorScreen}`);
    assertAnchorWhereReported(p, WIDE, 'OTS');
    assert.ok(camera.distanceTo(annAt) > bobAt.distanceTo(annAt), 'behind bob');
    assert.ok(Math.abs(p.position[1] - 0.82 * H) < 1e-6, 'at shoulder height');
    assert.ok(Math.sign(p.position[0]) === (third > 0.5 ? 1 : -1), 'offset to the shoulder side');
    // The outer edge of bob's near shoulder shows, on the other side of the frame.
    const shoulder = screen(cameraOf(p, WIDE), [Math.sign(p.position[0]) * 0.25, 0.82 * H, 1.5]);
    assert.ok(inside(shoulder[0]) && (third > 0.5 ? shoulder[0] < 0.5 : shoulder[0] > 0.5), `shoulder at ${shoulder[0]}`);
  }
  // Alone, an OTS is an MCU.
  const alone = shot({ size: 'OTS', subjects: [ann] });
  assert.deepEqual(alone, shot({ size: 'MCU', subjects: [ann] }));
});

test('insert of a cup: whole, and filling most of the frame height', () => {
  const cup = makeObject('cup', [0.5, 0.9, 0.2], [0.58, 1.0, 0.28]);
  const table = makeObject('table', [-0.5, 0, -0.5], [1, 0.9, 0.5]);
  for (const aspect of [WIDE, TALL]) {
    const p = placeCamera({ size: 'INSERT', subjects: [cup, table], scene: SCENE, aspect });
    const cam = cameraOf(p, aspect);
    assertBoxInFrame(cam, cup.box, 'cup');
    const ys = corners(cup.box).map((c) => screen(cam, c)[1]);
    assert.ok(Math.max(...ys) - Math.min(...ys) >= 0.6, `cup fills ${(Math.max(...ys) - Math.min(...ys)).toFixed(2)} of the height`);
    assert.deepEqual(p.anchor.map((n) => +n.toFixed(6)), [0.54, 0.95, 0.24]);
    assert.ok(p.near < 0.9 * distance(p), 'near does not cut the cup');
  }
});

test('objects: an MS of a car fits across whichever way it is seen', () => {
  const car = makeObject('car', [-1, 0, -2], [1, 1.5, 2], [0, 0, 1]);
  for (const aspect of [WIDE, TALL]) {
    for (const azimuthDeg of [0, 45, 90]) {
      const p = shot({ size: 'MS', subjects: [car], aspect, azimuthDeg });
      const cam = cameraOf(p, aspect);
      assertBoxInFrame(cam, car.box, `car at ${azimuthDeg}° ${aspect.toFixed(2)}`, 'x');
      assert.ok(frameHeightAt(cam, p.anchor) >= 1.1 * 4 * 0.98, 'at least the chart size');
      assert.deepEqual(p.anchorScreen, [0.5, 0.5]);
    }
  }
});

test('no subjects: the whole scene is the subject', () => {
  const p = shot({ size: 'MS' });
  assert.deepEqual(p.anchor, [0, 1.5, 0]);
  assertBoxInFrame(cameraOf(p, WIDE), SCENE, 'scene MS', 'x');
});

test('near and far bracket the subject and the scene', () => {
  const person = makePerson('ann', 0, 0, [0, 0, 1]);
  for (const size of ['ECU', 'CU', 'MS', 'WS', 'EWS'] as const) {
    const p = shot({ size, subjects: [person] });
    const cam = cameraOf(p, WIDE);
    const depths = corners(person.box).map((c) => -c.applyMatrix4(cam.matrixWorldInverse).z);
    assert.ok(p.near < Math.min(...depths.filter((d) => d > 0)), `${size}: near ${p.near}`);
    assert.ok(p.near >= Math.min(0.01, 0.9 * Math.min(...depths.filter((d) => d > 0))));
    const farthest = Math.max(...corners(SCENE).map((c) => c.distanceTo(cam.position)));
    assert.ok(p.far >= 1.5 * farthest - 1e-9, `${size}: far ${p.far}`);
    assert.ok(Math.abs(p.focusDistance - distance(p)) < 1e-9);
  }
});

test('every size, angle and composition: the camera looks at target, the anchor lands on anchorScreen, above ground', () => {
  // Every value of the contract's vocabularies, so a size or angle added to the schema is covered here too.
  const sizes: ShotSize[] = ShotSizes.options;
  const angles: ShotAngle[] = ShotAngles.options;
  const subjects = [makePerson('ann', 1, 2, [-1, 0, 0.3]), makePerson('bob', -0.5, 2.5, [1, 0, -0.2], 1.65)];
  for (const size of sizes) {
    for (const angle of angles) {
      for (const composition of ShotComposition.options) {
        for (const aspect of [WIDE, TALL]) {
          const label = `${size} ${angle} ${composition} ${aspect.toFixed(2)}`;
          const p = placeCamera({ size, angle, composition, subjects, scene: SCENE, aspect });
          assert.ok(p.position[1] >= SCENE.min[1] + 0.05 - 1e-9, `${label}: camera at ${p.position[1]}`);
          assertAnchorWhereReported(p, aspect, label);
          assert.ok(p.near > 0 && p.far > p.near, label);
          for (const n of [...p.position, ...p.target]) assert.ok(Number.isFinite(n), label);
        }
      }
    }
  }
});

test('bad requests fail with a message', () => {
  assert.throws(() => shot({ size: 'MS', aspect: 0 }), RangeError);
  assert.throws(() => shot({ size: 'MS', focalLengthMm: -1 }), /focalLengthMm/);
  assert.throws(() => shot({ size: 'MS', subjects: [makeObject('bad', [1, 0, 0], [0, 1, 1])] }), /subject bad/);
});

test('a small thing is framed with room round it: an MS of a 7 cm nightlight shows a bedside, not a glowing disc', () => {
  const nightlight = makeObject('nightlight', [-0.035, 0.27, -0.025], [0.035, 0.34, 0.025]);
  for (const size of ['ECU', 'CU', 'MCU', 'MS', 'INSERT'] as const) {
    const p = placeCamera({ size, subjects: [nightlight], scene: SCENE, aspect: WIDE });
    const frameHeight = 2 * p.focusDistance * Math.tan(MathUtils.degToRad(p.verticalFovDeg) / 2);
    const least = OBJECT_RULES[size].minFrameM!;
    assert.ok(frameHeight >= least * 0.99, `${size}: ${frameHeight.toFixed(3)} m of picture, least ${least} m`);
  }
  // A thing larger than the least frame keeps the size chart's multiple of itself.
  const chest = makeObject('chest', [-0.5, 0, -0.3], [0.5, 0.6, 0.3]);
  const p = placeCamera({ size: 'MS', subjects: [chest], scene: SCENE, aspect: WIDE });
  const frameHeight = 2 * p.focusDistance * Math.tan(MathUtils.degToRad(p.verticalFovDeg) / 2);
  assert.ok(Math.abs(frameHeight - OBJECT_RULES.MS.frame * 1) < 0.05, `chest MS: ${frameHeight.toFixed(2)} m`);
});

test('a low flat thing at eye level is seen from above, so its top reads; a tall one stays level', () => {
  const table = makeObject('table', [-0.8, 0, -0.45], [0.8, 0.75, 0.45]);
  const p = placeCamera({ size: 'MS', subjects: [table], scene: SCENE, aspect: WIDE });
  assert.ok(p.position[1] > 0.75 + 0.3, `camera at ${p.position[1].toFixed(2)} m over a 0.75 m table`);
  const cupboard = makeObject('cupboard', [-0.5, 0, -0.3], [0.5, 1.9, 0.3]);
  const q = placeCamera({ size: 'MS', subjects: [cupboard], scene: SCENE, aspect: WIDE });
  assert.ok(Math.abs(q.position[1] - 0.95) < 0.05, `cupboard camera at ${q.position[1].toFixed(2)} m`);
  // An angle the text asked for is kept.
  const low = placeCamera({ size: 'MS', angle: 'low', subjects: [table], scene: SCENE, aspect: WIDE });
  assert.ok(low.position[1] < 0.375, `low angle at ${low.position[1].toFixed(2)} m`);
});

test('over the shoulder of a stand-off: a longer lens from farther back keeps the far one large and the shoulder in frame', () => {
  const sheriff = makePerson('sheriff', 0, 0, [0, 0, 1]);
  const outlaw = makePerson('outlaw', 0.5, 7.5, [0, 0, -1]);
  const p = shot({ size: 'OTS', subjects: [sheriff, outlaw] });
  assert.ok(p.focalLengthMm > 60 && p.focalLengthMm <= 150, `${p.focalLengthMm.toFixed(0)} mm`);
  const cam = cameraOf(p, WIDE);
  // The one looked at: at most a medium-long shot's picture height at his eyes, not a figure lost in the street.
  const frameHeight = 2 * p.focusDistance * Math.tan(MathUtils.degToRad(p.verticalFovDeg) / 2);
  assert.ok(frameHeight < 0.9 * H, `${frameHeight.toFixed(2)} m of picture at the sheriff`);
  // The outlaw's shoulder: its top shows on the left, short of the sheriff's face on the right third.
  const side = Math.sign(p.position[0] - 0.5);
  const inner = screen(cam, [0.5 + side * 0.1, 0.82 * H, 7.5])[0];
  const outer = screen(cam, [0.5 + side * 0.25, 0.82 * H, 7.5])[0];
  assert.ok(inner >= 0.05 && outer < 2 / 3 - 0.05, `shoulder from ${inner.toFixed(2)} to ${outer.toFixed(2)}`);
  // A lens the shot names stays.
  assert.equal(shot({ size: 'OTS', subjects: [sheriff, outlaw], focalLengthMm: 35 }).focalLengthMm, 35);
});

test('a lying figure is shot from beside the body and above, its face in frame, for every close size', () => {
  // Lying along X on a bed 0.55 m up, head at −X (facing that way along the body), eyes at the head end.
  const girl: Subject = { id: 'girl', person: true, box: { min: [0, 0.55, -0.25], max: [1.3, 0.8, 0.25] }, forward: [-1, 0, 0], eyes: [0.1, 0.75, 0], stature: 1.3 };
  for (const size of ['MS', 'MCU', 'CU', 'ECU'] as const) {
    const p = shot({ size, subjects: [girl] });
    const toCamera = new Vector3(...p.position).sub(new Vector3(...p.anchor)).setY(0).normalize();
    // Square to the body's length (X), not along it from the feet or over the head.
    assert.ok(Math.abs(toCamera.x) < 0.45, `${size}: from beside the body (heading ${toCamera.toArray().map((v) => v.toFixed(2))})`);
    assert.ok(elevationDeg(p) >= 30, `${size}: from above (${elevationDeg(p).toFixed(0)}°)`);
    // The side towards the set's middle (z = 0 is the scene's centre line; the bed is on it, so either side will do).
    const [sx, sy] = screen(cameraOf(p, WIDE), girl.eyes!);
    assert.ok(inside(sx) && inside(sy), `${size}: the eyes in frame (${sx.toFixed(2)}, ${sy.toFixed(2)})`);
  }
  // A standing figure keeps its eye-level camera.
  assert.ok(Math.abs(elevationDeg(shot({ size: 'CU', subjects: [makePerson('p', 0, 0, [0, 0, 1])] }))) < 5);
});
