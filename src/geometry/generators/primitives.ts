/**
 * The primitive generators, built on three.js's geometry classes (well-tested UVs and normals) and copied
 * into plain MeshData. Primitives are centred on the origin, except `plane`, which lies on y = 0 facing up, and
 * `extrude`, which stands on y = 0. UVs follow three.js: 0..1 per face, except `extrude`, whose UVs are in metres.
 */
import { z } from 'zod';
import {
  BoxGeometry,
  CapsuleGeometry,
  ConeGeometry,
  CylinderGeometry,
  ExtrudeGeometry,
  Path,
  PlaneGeometry,
  Shape,
  SphereGeometry,
  TorusGeometry,
  type BufferGeometry,
} from 'three';
import { strictObject, positive, int, Vec2 } from '../../core/zod.js';
import { defineGenerator, type GeneratedPart } from '../generator.js';
import { fromBufferGeometry } from '../mesh.js';

const SIZE_MAX = 10_000;
const size = (d: number) => positive(SIZE_MAX).default(d);
const segments = (min: number, max: number, d: number) => int(min, max).default(d);

function single(geometry: BufferGeometry): GeneratedPart[] {
  const mesh = fromBufferGeometry(geometry);
  geometry.dispose();
  return [{ mesh, slot: 'default' }];
}

export const box = defineGenerator({
  type: 'box',
  summary: 'Axis-aligned box centred on the origin.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('box'),
    size: z.tuple([positive(SIZE_MAX), positive(SIZE_MAX), positive(SIZE_MAX)]).default([1, 1, 1]).describe('[width, height, depth] in metres'),
  }),
  estimate: () => ({ triangles: 12, parts: 1 }),
  generate: (p) => single(new BoxGeometry(...p.size)),
});

export const sphere = defineGenerator({
  type: 'sphere',
  summary: 'UV sphere centred on the origin.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('sphere'),
    radius: size(0.5),
    widthSegments: segments(3, 256, 32),
    heightSegments: segments(2, 128, 16),
  }),
  estimate: (p) => ({ triangles: 2 * p.widthSegments * p.heightSegments, parts: 1 }),
  generate: (p) => single(new SphereGeometry(p.radius, p.widthSegments, p.heightSegments)),
});

export const cylinder = defineGenerator({
  type: 'cylinder',
  summary: 'Cylinder along Y centred on the origin; radiusTop and radiusBottom may differ.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('cylinder'),
    radius: size(0.5).describe('radius of both ends unless radiusTop/radiusBottom are given'),
    radiusTop: z.number().min(0).max(SIZE_MAX).optional(),
    radiusBottom: z.number().min(0).max(SIZE_MAX).optional(),
    height: size(1),
    radialSegments: segments(3, 256, 32),
    openEnded: z.boolean().default(false),
  }),
  estimate: (p) => ({ triangles: 4 * p.radialSegments, parts: 1 }),
  generate: (p) =>
    single(new CylinderGeometry(p.radiusTop ?? p.radius, p.radiusBottom ?? p.radius, p.height, p.radialSegments, 1, p.openEnded)),
});

export const cone = defineGenerator({
  type: 'cone',
  summary: 'Cone along Y, apex up, centred on the origin.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('cone'),
    radius: size(0.5),
    height: size(1),
    radialSegments: segments(3, 256, 32),
  }),
  estimate: (p) => ({ triangles: 3 * p.radialSegments, parts: 1 }),
  generate: (p) => single(new ConeGeometry(p.radius, p.height, p.radialSegments)),
});

export const torus = defineGenerator({
  type: 'torus',
  summary: 'Torus in the XY plane centred on the origin.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('torus'),
    radius: size(0.5).describe('from the centre to the middle of the tube'),
    tube: size(0.15).describe('tube radius'),
    radialSegments: segments(3, 128, 16),
    tubularSegments: segments(3, 512, 48),
    arcDeg: z.number().gt(0).max(360).default(360),
  }),
  estimate: (p) => ({ triangles: 2 * p.radialSegments * p.tubularSegments, parts: 1 }),
  generate: (p) => single(new TorusGeometry(p.radius, p.tube, p.radialSegments, p.tubularSegments, (p.arcDeg * Math.PI) / 180)),
});

export const plane = defineGenerator({
  type: 'plane',
  summary: 'Rectangle on the ground (y = 0) facing +Y.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('plane'),
    size: z.tuple([positive(SIZE_MAX), positive(SIZE_MAX)]).default([1, 1]).describe('[width along X, depth along Z]'),
    segments: z.tuple([int(1, 512), int(1, 512)]).default([1, 1]),
  }),
  estimate: (p) => ({ triangles: 2 * p.segments[0] * p.segments[1], parts: 1 }),
  generate: (p) => {
    const g = new PlaneGeometry(p.size[0], p.size[1], p.segments[0], p.segments[1]);
    g.rotateX(-Math.PI / 2);
    return single(g);
  },
});

export const capsule = defineGenerator({
  type: 'capsule',
  summary: 'Capsule along Y centred on the origin: a cylinder of `length` capped by hemispheres.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('capsule'),
    radius: size(0.25),
    length: z.number().min(0).max(SIZE_MAX).default(1).describe('length of the straight middle section'),
    capSegments: segments(1, 64, 8),
    radialSegments: segments(3, 256, 16),
  }),
  estimate: (p) => ({ triangles: 2 * p.radialSegments * (2 * p.capSegments + 1), parts: 1 }),
  generate: (p) => single(new CapsuleGeometry(p.radius, p.length, p.capSegments, p.radialSegments)),
});

const Polygon = z.array(Vec2).min(3).max(10_000);

export const extrude = defineGenerator({
  type: 'extrude',
  summary: 'A floor-plan polygon ([x, z] points on the ground) extruded upwards by `height`, with optional holes and bevel.',
  slots: ['default'],
  schema: strictObject({
    type: z.literal('extrude'),
    points: Polygon.describe('outline as [x, z] pairs, metres; either winding'),
    holes: z.array(Polygon).max(256).default([]),
    height: size(1),
    bevel: z.number().min(0).max(SIZE_MAX).default(0).describe('bevel size in metres; 0 for sharp edges'),
    bevelSegments: segments(1, 16, 2),
  }),
  estimate: (p) => {
    const n = p.points.length + p.holes.reduce((s, h) => s + h.length, 0);
    const rings = 1 + (p.bevel > 0 ? 2 * p.bevelSegments : 0);
    return { triangles: 2 * n * rings + 2 * n, parts: 1 };
  },
  generate: (p) => {
    // three extrudes a shape in XY along +Z; rotating by -90° about X maps shape y to world -z and the
    // extrusion to world +y, so a point [x, z] is given to three as (x, -z).
    const toShape = (pts: readonly (readonly [number, number])[]) => pts.map(([x, z]) => [x, -z] as const);
    const shape = new Shape();
    const outline = toShape(p.points);
    shape.moveTo(outline[0]![0], outline[0]![1]);
    for (const [x, y] of outline.slice(1)) shape.lineTo(x, y);
    for (const hole of p.holes) {
      const h = toShape(hole);
      const path = new Path();
      path.moveTo(h[0]![0], h[0]![1]);
      for (const [x, y] of h.slice(1)) path.lineTo(x, y);
      shape.holes.push(path);
    }
    const g = new ExtrudeGeometry(shape, {
      depth: p.height,
      bevelEnabled: p.bevel > 0,
      bevelSize: p.bevel,
      bevelThickness: p.bevel,
      bevelSegments: p.bevelSegments,
    });
    g.rotateX(-Math.PI / 2);
    return single(g);
  },
});

export const PRIMITIVES = [box, sphere, cylinder, cone, torus, plane, capsule, extrude] as const;
