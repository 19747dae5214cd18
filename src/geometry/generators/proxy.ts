/**
 * A labelled proxy: a block-out of the right size and silhouette for a thing that has no parametric prop yet —
 * the grey stand-in a previs artist drops in so the shot can be framed. Each silhouette class reads at a glance
 * (a figure has a head, a quadruped four legs, a vehicle wheels, a building a roof), stands on y = 0, faces +Z and
 * fits inside its size exactly, so layout and framing see what the text asked for.
 */
import { z } from 'zod';
import { BoxGeometry, ConeGeometry, CylinderGeometry, SphereGeometry, type BufferGeometry } from 'three';
import { strictObject, positive } from '../../core/zod.js';
import { Silhouette } from '../../library/silhouettes.js';
import { defineGenerator } from '../generator.js';
import { fromBufferGeometry, mergeMeshes } from '../mesh.js';

/** Largest extent a proxy may have, metres: a building a set can hold. */
const PROXY_MAX_M = 250;

/** Segment counts: enough to read as round in a storyboard frame, few enough for a crowd of proxies. */
const ROUND = 16;
const SMALL_ROUND = 12;
const TRUNK_ROUND = 8;
const SPHERE_W = 16;
const SPHERE_H = 12;
const SMALL_SPHERE_W = 12;
const SMALL_SPHERE_H = 8;

const BOX_TRIS = 12;
const cylinderTris = (n: number) => 4 * n;
const sphereTris = (w: number, h: number) => 2 * w * h;
const PYRAMID_TRIS = 4 * 4;

/** Triangle upper bound per class, from the parts each one is built of. */
const TRIANGLES: Record<Silhouette, number> = {
  box: BOX_TRIS,
  flat: BOX_TRIS,
  cylinder: cylinderTris(ROUND),
  sphere: sphereTris(SPHERE_W, SPHERE_H),
  figure: 5 * BOX_TRIS + sphereTris(SMALL_SPHERE_W, SMALL_SPHERE_H),
  quadruped: 6 * BOX_TRIS,
  vehicle: 2 * BOX_TRIS + 4 * cylinderTris(SMALL_ROUND),
  plant: cylinderTris(TRUNK_ROUND) + sphereTris(SMALL_SPHERE_W, SMALL_SPHERE_H),
  building: BOX_TRIS + PYRAMID_TRIS,
};

type Size = [number, number, number];
/** An axis-aligned part: [x0, y0, z0] to [x1, y1, z1] in metres. */
type Span = [number, number, number, number, number, number];

/** A unit-sized three.js shape (centred, extent 1 on every axis) stretched to fill a span. */
function fill(g: BufferGeometry, [x0, y0, z0, x1, y1, z1]: Span): BufferGeometry {
  g.scale(x1 - x0, y1 - y0, z1 - z0);
  g.translate((x0 + x1) / 2, (y0 + y1) / 2, (z0 + z1) / 2);
  return g;
}

const block = (s: Span) => fill(new BoxGeometry(1, 1, 1), s);
const drum = (s: Span, n = ROUND) => fill(new CylinderGeometry(0.5, 0.5, 1, n), s);
const ball = (s: Span, w = SPHERE_W, h = SPHERE_H) => fill(new SphereGeometry(0.5, w, h), s);

/** A wheel: a drum turned to roll along Z, centred at (x, r, z), `width` across. */
function wheel(x: number, z: number, r: number, width: number): BufferGeometry {
  const g = new CylinderGeometry(r, r, width, SMALL_ROUND);
  g.rotateZ(Math.PI / 2);
  g.translate(x, r, z);
  return g;
}

/** A person-shaped stand-in: two legs, torso, two arms and a head, front +Z. */
function figure([w, h, d]: Size): BufferGeometry[] {
  const hip = 0.47 * h;
  const shoulder = 0.83 * h;
  const leg = 0.18 * w;
  const headR = Math.min(0.075 * h, 0.2 * w, 0.5 * d);
  return [
    block([-0.25 * w, 0, -0.3 * d, -0.25 * w + leg, hip, 0.3 * d]),
    block([0.25 * w - leg, 0, -0.3 * d, 0.25 * w, hip, 0.3 * d]),
    block([-0.3 * w, hip, -0.5 * d, 0.3 * w, shoulder, 0.5 * d]),
    block([-0.5 * w, 0.5 * h, -0.25 * d, -0.32 * w, shoulder, 0.25 * d]),
    block([0.32 * w, 0.5 * h, -0.25 * d, 0.5 * w, shoulder, 0.25 * d]),
    ball([-headR, h - 2 * headR, -headR, headR, h, headR], SMALL_SPHERE_W, SMALL_SPHERE_H),
  ];
}

/** Body on four legs with the head raised at the front (+Z). */
function quadruped([w, h, d]: Size): BufferGeometry[] {
  const legTop = 0.5 * h;
  const legW = 0.22 * w;
  const legD = 0.1 * d;
  const legs = [-0.45 * d, 0.18 * d].flatMap((z) => [-0.45 * w, 0.45 * w - legW].map((x) => block([x, 0, z, x + legW, legTop, z + legD])));
  return [
    ...legs,
    block([-0.5 * w, 0.45 * h, -0.5 * d, 0.5 * w, 0.78 * h, 0.3 * d]),
    block([-0.3 * w, 0.6 * h, 0.26 * d, 0.3 * w, h, 0.5 * d]),
  ];
}

/** Body, cabin set back from the front, and four wheels within the track. */
function vehicle([w, h, d]: Size): BufferGeometry[] {
  const r = Math.min(0.3 * h, 0.18 * d);
  const tyre = 0.16 * w;
  const x = 0.5 * w - tyre / 2;
  const wheels = [-0.32 * d, 0.32 * d].flatMap((z) => [wheel(-x, z, r, tyre), wheel(x, z, r, tyre)]);
  return [block([-0.5 * w, 0.8 * r, -0.5 * d, 0.5 * w, 0.6 * h, 0.5 * d]), block([-0.42 * w, 0.6 * h, -0.3 * d, 0.42 * w, h, 0.2 * d]), ...wheels];
}

/** Trunk and a canopy that spans the full width and the upper part of the height. */
function plant([w, h, d]: Size): BufferGeometry[] {
  const t = 0.08 * Math.min(w, d);
  return [drum([-t, 0, -t, t, 0.45 * h, t], TRUNK_ROUND), ball([-0.5 * w, 0.4 * h, -0.5 * d, 0.5 * w, h, 0.5 * d], SMALL_SPHERE_W, SMALL_SPHERE_H)];
}

/** A block under a hipped (pyramid) roof. */
function building([w, h, d]: Size): BufferGeometry[] {
  const eaves = 0.7 * h;
  // A four-sided cone turned 45° has its corners on the unit square's corners once its radius is √½.
  const roof = new ConeGeometry(Math.SQRT1_2, 1, 4);
  roof.rotateY(Math.PI / 4);
  return [block([-0.5 * w, 0, -0.5 * d, 0.5 * w, eaves, 0.5 * d]), fill(roof, [-0.5 * w, eaves, -0.5 * d, 0.5 * w, h, 0.5 * d])];
}

function partsOf(cls: Silhouette, size: Size): BufferGeometry[] {
  const [w, h, d] = size;
  const whole: Span = [-w / 2, 0, -d / 2, w / 2, h, d / 2];
  switch (cls) {
    case 'box':
    case 'flat':
      return [block(whole)];
    case 'cylinder':
      return [drum(whole)];
    case 'sphere':
      return [ball(whole)];
    case 'figure':
      return figure(size);
    case 'quadruped':
      return quadruped(size);
    case 'vehicle':
      return vehicle(size);
    case 'plant':
      return plant(size);
    case 'building':
      return building(size);
  }
}

export const proxy = defineGenerator({
  type: 'proxy',
  summary: 'A labelled block-out of a thing with no parametric prop: its silhouette class at its typical size, on y = 0, facing +Z.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('proxy'),
    class: Silhouette.default('box').describe('silhouette: box, cylinder, sphere, figure, quadruped, vehicle, plant, building or flat'),
    size: z.tuple([positive(PROXY_MAX_M), positive(PROXY_MAX_M), positive(PROXY_MAX_M)]).default([0.5, 0.5, 0.5])
      .describe('[width x, height y, depth z] in metres; the block-out fits inside it exactly'),
    label: z.string().min(1).max(80).default('proxy').describe('what it stands for, as the text named it'),
  }),
  estimate: (p) => ({ triangles: TRIANGLES[p.class], parts: 1 }),
  generate: (p) => {
    const meshes = partsOf(p.class, p.size).map((g) => {
      const mesh = fromBufferGeometry(g);
      g.dispose();
      return mesh;
    });
    return [{ mesh: mergeMeshes(meshes), slot: 'default', name: p.label }];
  },
});
