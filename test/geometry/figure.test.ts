/**
 * The blocking figure: a face that looks where the head turns, hands at the wrists, a child's proportions, every
 * pose on the floor, a leaning torso that tilts, and the eyes and costume slots.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figureEyes, posedSkeleton, type FigureParams } from '../../src/geometry/props/figure.js';
import { fingertip } from '../../src/geometry/props/figure-head.js';
import { person, personEyes } from '../../src/geometry/props/reference.js';
import { meshBounds } from '../../src/geometry/mesh.js';
import { FIGURE_BODIES, POSES, POSE_RIGS } from '../../src/library/poses.js';

type V3 = [number, number, number];

const ADULT: FigureParams = { height: 1.75, width: 1, seatHeight: 0.45, headTurnDeg: 0 };
const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const len = (a: V3) => Math.hypot(...a);
const makePerson = (params: Record<string, unknown>) => person.generate(person.schema.parse({ type: 'person', ...params }), { seed: 1 });

test('the eyes are in front of the head centre along the figure forward, and follow the head turn and pitch', () => {
  const head = posedSkeleton(POSE_RIGS.standing, ADULT).head;
  const ahead = sub(figureEyes(POSE_RIGS.standing, ADULT), head);
  assert.ok(ahead[2] > 0.06 && Math.abs(ahead[0]) < 1e-6, `eyes ${ahead.map((v) => v.toFixed(3))} from the head centre`);
  const turned = sub(figureEyes(POSE_RIGS.standing, { ...ADULT, headTurnDeg: 90 }), head);
  assert.ok(turned[0] > 0.06 && Math.abs(turned[2]) < 1e-6, 'turned to its left (+X)');
  const up = sub(figureEyes(POSE_RIGS.standing, { ...ADULT, headPitchDeg: 40 }), head);
  assert.ok(up[1] > ahead[1] + 0.03, 'looking up raises the eyes');
  // personEyes keeps its signature and returns the same point in the prop's space.
  const eyes = personEyes(person.schema.parse({ type: 'person', headTurnDeg: 30 }));
  assert.deepEqual(eyes, figureEyes(POSE_RIGS.standing, { ...ADULT, headTurnDeg: 30 }));
});

test('the eyeballs sit either side of the eye point, in front of the head, in their own slot', () => {
  const parts = makePerson({});
  const eyes = parts.find((p) => p.slot === 'eyes');
  assert.ok(eyes, 'an eyes slot');
  const b = meshBounds(eyes.mesh);
  const [ex, ey, ez] = personEyes(person.schema.parse({ type: 'person' }));
  assert.ok(b.min[0] < ex - 0.02 && b.max[0] > ex + 0.02, 'one eye each side');
  assert.ok(b.min[1] < ey && b.max[1] > ey && b.max[2] > ez, 'at the eye point');
  const head = meshBounds(parts.find((p) => p.slot === 'head')!.mesh);
  assert.ok(b.max[2] < head.max[2], 'the nose stands in front of the eyes');
});

test('hands hang from the wrists, along the forearm, in every pose', () => {
  const hand = FIGURE_BODIES.adult.hand;
  for (const pose of POSES) {
    const sk = posedSkeleton(POSE_RIGS[pose], ADULT);
    for (const k of [0, 1]) {
      const forearm = sub(sk.hands[k]!, sk.elbows[k]!);
      const toPalm = sub(sk.palms[k]!, sk.hands[k]!);
      assert.ok(Math.abs(len(toPalm) - hand / 2) < 1e-6, `${pose}: palm half a hand from the wrist`);
      assert.ok(dot(toPalm, forearm) / (len(toPalm) * len(forearm)) > 0.999, `${pose}: along the forearm`);
    }
  }
  // The drawn mitten reaches the fingertip.
  const sk = posedSkeleton(POSE_RIGS.standing, ADULT);
  const tip = fingertip(sk.hands[0], sk.elbows[0], hand);
  const body = makePerson({}).find((p) => p.slot === 'body')!.mesh.positions;
  let nearest = Infinity;
  for (let i = 0; i < body.length; i += 3) nearest = Math.min(nearest, len(sub([body[i]!, body[i + 1]!, body[i + 2]!], tip)));
  assert.ok(nearest < 0.01, `a mitten vertex ${nearest.toFixed(3)} m from the fingertip`);
});

test('a child is shorter than an adult and its head a larger share of its height', () => {
  const bounds = (params: Record<string, unknown>) => {
    const parts = makePerson(params);
    const ys = parts.map((p) => meshBounds(p.mesh));
    const head = meshBounds(parts.find((p) => p.slot === 'head')!.mesh);
    const top = Math.max(...ys.map((b) => b.max[1]));
    return { top, headShare: (head.max[1] - head.min[1]) / top };
  };
  const adult = bounds({});
  const child = bounds({ age: 'child', height: 1.2 });
  assert.ok(child.top < adult.top - 0.4 && Math.abs(child.top - 1.2) < 0.02, `child ${child.top.toFixed(2)} m`);
  assert.ok(child.headShare > adult.headShare * 1.15, `head share ${child.headShare.toFixed(3)} against ${adult.headShare.toFixed(3)}`);
  // At the same height, the child's proportions still give it the bigger head.
  assert.ok(bounds({ age: 'child' }).headShare > adult.headShare * 1.15);
  const sameHeight = posedSkeleton(POSE_RIGS.standing, { ...ADULT, age: 'child' });
  assert.ok(sameHeight.knees[0][1] < posedSkeleton(POSE_RIGS.standing, ADULT).knees[0][1], 'shorter legs for its height');
});

test('every pose, leaning and holding among them, stands on the floor, at every age and in every costume', () => {
  for (const age of ['adult', 'teen', 'child']) {
    for (const pose of POSES) {
      for (const costume of [[], ['hat', 'hood', 'coat', 'helmet']]) {
        const parts = makePerson({ pose, age, costume });
        // A lying figure's parts carry its turn: turned onto its back, its old z is its height, so its lowest point is the lift plus its least z.
        const min = Math.min(...parts.map((p) => (p.rotation ? p.translation![1] + meshBounds(p.mesh).min[2] : meshBounds(p.mesh).min[1])));
        assert.ok(min >= -0.01 && min < 0.2, `${age} ${pose} ${costume.join('+') || 'bare'}: lowest point ${min.toFixed(3)}`);
      }
    }
  }
});

test('the leaning torso tilts; holding brings both hands forward to waist height', () => {
  const lean = posedSkeleton(POSE_RIGS.leaning, ADULT);
  const upright = posedSkeleton(POSE_RIGS.standing, ADULT);
  const spine = sub(lean.neck, lean.pelvis);
  assert.ok(Math.abs(spine[0]) / len(spine) > 0.1, 'the spine tips to one side');
  assert.ok(Math.abs(lean.ankles[0][1] - lean.ankles[1][1]) > 0.02, 'weight on one leg, the other foot eased off');
  const hold = posedSkeleton(POSE_RIGS.holding, ADULT);
  for (const k of [0, 1]) {
    assert.ok(hold.hands[k]![2] > 0.25, 'hands forward');
    assert.ok(Math.abs(hold.hands[k]![1] - upright.pelvis[1] - 0.15) < 0.12, `hands at waist height (${hold.hands[k]![1].toFixed(2)})`);
  }
});

test('slots: eyes always, costume when a cue is asked for; the estimate bounds the triangles', () => {
  assert.deepEqual(makePerson({}).map((p) => p.slot), ['body', 'head', 'eyes']);
  for (const cue of ['hat', 'hood', 'coat', 'helmet']) {
    const params = person.schema.parse({ type: 'person', costume: [cue] });
    const parts = person.generate(params, { seed: 1 });
    assert.ok(parts.some((p) => p.slot === 'costume'), cue);
    const tris = parts.reduce((n, p) => n + p.mesh.indices.length / 3, 0);
    assert.ok(tris <= person.estimate(params).triangles && tris <= 8000, `${cue}: ${tris} triangles`);
  }
});
