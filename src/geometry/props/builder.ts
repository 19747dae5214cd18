/**
 * PropBuilder: assembles a prop from three.js primitives placed in the prop's own space (metres, Y up, origin
 * at the centre of its base), merged into one mesh per material slot — one draw call per slot, however many
 * pieces the prop has.
 */
import {
  BoxGeometry,
  CapsuleGeometry,
  ConeGeometry,
  CylinderGeometry,
  Euler,
  ExtrudeGeometry,
  LatheGeometry,
  Matrix4,
  Quaternion,
  Shape,
  SphereGeometry,
  TorusGeometry,
  Vector2,
  Vector3,
  type BufferGeometry,
} from 'three';
import { fromBufferGeometry, mergeMeshes, type MeshData } from '../mesh.js';
import type { GeneratedPart } from '../generator.js';
import { mulberry32 } from '../../core/random.js';
import { DEG_TO_RAD } from '../../core/angles.js';

export type V3 = [number, number, number];

const distance = (a: V3, c: V3): number => Math.hypot(c[0] - a[0], c[1] - a[1], c[2] - a[2]);

export interface Place {
  /** Position of the piece's centre (for boxes, spheres, cylinders…), metres. */
  at?: V3;
  /** Rotation in degrees, XYZ order. */
  rot?: V3;
  scale?: V3;
}


export class PropBuilder {
  private readonly slots = new Map<string, MeshData[]>();
  /** Seeded random in [0, 1): the only randomness a prop may use. */
  readonly random: () => number;

  constructor(seed: number) {
    this.random = mulberry32(seed);
  }

  /** A random number in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.random();
  }

  add(slot: string, geometry: BufferGeometry, place: Place = {}): this {
    const m = new Matrix4().compose(
      new Vector3(...(place.at ?? [0, 0, 0])),
      new Quaternion().setFromEuler(new Euler(...((place.rot ?? [0, 0, 0]).map((d) => d * DEG_TO_RAD) as V3))),
      new Vector3(...(place.scale ?? [1, 1, 1])),
    );
    geometry.applyMatrix4(m);
    const mesh = fromBufferGeometry(geometry);
    geometry.dispose();
    const list = this.slots.get(slot) ?? [];
    list.push(mesh);
    this.slots.set(slot, list);
    return this;
  }

  box(slot: string, size: V3, place: Place = {}): this {
    return this.add(slot, new BoxGeometry(...size), place);
  }

  cylinder(slot: string, radiusTop: number, radiusBottom: number, height: number, place: Place = {}, segments = 16): this {
    return this.add(slot, new CylinderGeometry(radiusTop, radiusBottom, height, segments), place);
  }

  cone(slot: string, radius: number, height: number, place: Place = {}, segments = 16): this {
    return this.add(slot, new ConeGeometry(radius, height, segments), place);
  }

  sphere(slot: string, radius: number, place: Place = {}, widthSegments = 16, heightSegments = 10): this {
    return this.add(slot, new SphereGeometry(radius, widthSegments, heightSegments), place);
  }

  torus(slot: string, radius: number, tube: number, place: Place = {}, arcDeg = 360, radialSegments = 8, tubularSegments = 24): this {
    return this.add(slot, new TorusGeometry(radius, tube, radialSegments, tubularSegments, arcDeg * DEG_TO_RAD), place);
  }

  capsule(slot: string, radius: number, length: number, place: Place = {}, segments = 12): this {
    return this.add(slot, new CapsuleGeometry(radius, length, 4, segments), place);
  }

  /** A capsule whose axis runs from `a` to `c` (a limb between two joints); its caps reach `radius` past each end. */
  capsuleBetween(slot: string, a: V3, c: V3, radius: number, segments = 8, capSegments = 2): this {
    return this.between(slot, new CapsuleGeometry(radius, Math.max(1e-4, distance(a, c)), capSegments, segments), a, c);
  }

  /** A cylinder whose axis runs from `a` to `c`, radius `rA` at `a` and `rC` at `c` (rods, legs, struts, poles). */
  rodBetween(slot: string, a: V3, c: V3, rA: number, rC = rA, segments = 8): this {
    return this.between(slot, new CylinderGeometry(rC, rA, Math.max(1e-4, distance(a, c)), segments), a, c);
  }

  /** Adds a geometry built along +Y and centred on the origin, turned and moved to run from `a` to `c`. */
  private between(slot: string, g: BufferGeometry, a: V3, c: V3): this {
    const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), new Vector3(c[0] - a[0], c[1] - a[1], c[2] - a[2]).normalize());
    g.applyMatrix4(new Matrix4().compose(new Vector3((a[0] + c[0]) / 2, (a[1] + c[1]) / 2, (a[2] + c[2]) / 2), q, new Vector3(1, 1, 1)));
    return this.add(slot, g);
  }

  /** A surface of revolution around Y from a [radius, height] profile, bottom to top (bottles, cups, barrels). */
  lathe(slot: string, profile: [number, number][], place: Place = {}, segments = 24): this {
    return this.add(slot, new LatheGeometry(profile.map(([r, y]) => new Vector2(Math.max(0, r), y)), segments), place);
  }

  /** A 2D outline in the XY plane (x right, y up) extruded along +Z by `depth`, centred on z = 0 (arches, frames). */
  extrude(slot: string, outline: [number, number][], depth: number, place: Place = {}, holes: [number, number][][] = []): this {
    const shape = new Shape(outline.map(([x, y]) => new Vector2(x, y)));
    for (const h of holes) shape.holes.push(new Shape(h.map(([x, y]) => new Vector2(x, y))));
    const g = new ExtrudeGeometry(shape, { depth, bevelEnabled: false });
    g.translate(0, 0, -depth / 2);
    return this.add(slot, g, place);
  }

  /** One merged mesh per slot, in the order slots were first used. */
  parts(): GeneratedPart[] {
    return [...this.slots].map(([slot, meshes]) => ({ slot, mesh: mergeMeshes(meshes) }));
  }
}
