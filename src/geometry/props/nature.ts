/**
 * Nature props: rock, tree, bush, crystal cluster, mushroom and fallen log. Irregular shapes are low-poly
 * (flat-shaded facets) and vary with the seed; the base of every prop is flat on y = 0.
 */
import {
  BufferGeometry,
  CircleGeometry,
  CylinderGeometry,
  Euler,
  Float32BufferAttribute,
  IcosahedronGeometry,
  LatheGeometry,
  Matrix4,
  Quaternion,
  Vector2,
  Vector3,
} from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type Place, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { DEG_TO_RAD } from '../../core/angles.js';

const num = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);
const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);

const icoTris = (detail: number) => 20 * (detail + 1) ** 2;

function placeMatrix(place: Place): Matrix4 {
  return new Matrix4().compose(
    new Vector3(...(place.at ?? [0, 0, 0])),
    new Quaternion().setFromEuler(new Euler(...((place.rot ?? [0, 0, 0]).map((d) => d * DEG_TO_RAD) as V3))),
    new Vector3(...(place.scale ?? [1, 1, 1])),
  );
}

/**
 * Places a geometry, flattens whatever lies below the floor onto y = 0 (a flat base), drops the triangles that
 * leaves with no area and gives every face its own normal: the low-poly, faceted look of rocks and crystals.
 */
function faceted(source: BufferGeometry, place: Place = {}): BufferGeometry {
  const g = source.index ? source.toNonIndexed() : source;
  g.applyMatrix4(placeMatrix(place));
  const p = g.getAttribute('position');
  const uv = g.getAttribute('uv');
  const pos: number[] = [];
  const nor: number[] = [];
  const uvs: number[] = [];
  const v = [new Vector3(), new Vector3(), new Vector3()];
  const cb = new Vector3();
  const ab = new Vector3();
  for (let t = 0; t + 2 < p.count; t += 3) {
    for (let k = 0; k < 3; k++) {
      v[k]!.fromBufferAttribute(p, t + k);
      if (v[k]!.y < 0) v[k]!.y = 0;
    }
    cb.subVectors(v[2]!, v[1]!).cross(ab.subVectors(v[0]!, v[1]!));
    const len = cb.length();
    if (len < 1e-10) continue;
    cb.divideScalar(len);
    for (let k = 0; k < 3; k++) {
      pos.push(v[k]!.x, v[k]!.y, v[k]!.z);
      nor.push(cb.x, cb.y, cb.z);
      uvs.push(uv ? uv.getX(t + k) : 0, uv ? uv.getY(t + k) : 0);
    }
  }
  if (g !== source) g.dispose();
  source.dispose();
  const out = new BufferGeometry();
  out.setAttribute('position', new Float32BufferAttribute(pos, 3));
  out.setAttribute('normal', new Float32BufferAttribute(nor, 3));
  out.setAttribute('uv', new Float32BufferAttribute(uvs, 2));
  return out;
}

/** Euler angles (degrees, XYZ) that lean +Y by `tilt` degrees towards the compass bearing `bearing` (0 is +Z). */
function lean(tilt: number, bearing: number): V3 {
  const axis = new Vector3(Math.cos(bearing * DEG_TO_RAD), 0, -Math.sin(bearing * DEG_TO_RAD));
  const e = new Euler().setFromQuaternion(new Quaternion().setFromAxisAngle(axis, tilt * DEG_TO_RAD), 'XYZ');
  return [e.x / DEG_TO_RAD, e.y / DEG_TO_RAD, e.z / DEG_TO_RAD];
}

/**
 * A lumpy ellipsoid: an icosphere whose vertices are pulled in by up to `rough` of the radius. Shared corners
 * are keyed by position so neighbouring faces move together (no cracks); it never exceeds `radii`.
 */
function blob(random: () => number, radii: V3, rough: number, detail: number): BufferGeometry {
  const g = new IcosahedronGeometry(1, detail);
  const pos = g.getAttribute('position');
  const jitter = new Map<string, number>();
  for (let i = 0; i < pos.count; i++) {
    const x = pos.getX(i);
    const y = pos.getY(i);
    const zz = pos.getZ(i);
    const key = `${Math.round(x * 1e4)},${Math.round(y * 1e4)},${Math.round(zz * 1e4)}`;
    let f = jitter.get(key);
    if (f === undefined) {
      f = 1 - rough * random();
      jitter.set(key, f);
    }
    pos.setXYZ(i, x * f * radii[0], y * f * radii[1], zz * f * radii[2]);
  }
  return g;
}

export const rock = defineProp({
  type: 'rock',
  summary: 'Irregular low-poly rock (a jittered icosphere, different per seed) with a flat base on the floor.',
  slots: ['stone'],
  defaultMaterials: { stone: 'granite' },
  seeded: true,
  schema: strictObject({
    type: z.literal('rock'),
    width: num(1, 0.05, 10).describe('along X at most, metres'),
    depth: num(0.8, 0.05, 10).describe('along Z at most, metres'),
    height: num(0.6, 0.05, 8).describe('at most, metres'),
    roughness: num(0.3, 0, 0.6).describe('how far corners are pulled in, as a share of the radius'),
    detail: count(1, 0, 3).describe('icosphere subdivisions: 0 is blocky, 3 is smooth'),
  }),
  estimate: (p) => ({ triangles: icoTris(p.detail), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    // The ellipsoid's centre sits 30 % of its vertical radius above the floor; the part below is flattened.
    const ry = p.height / 1.3;
    const g = blob(b.random, [p.width / 2, ry, p.depth / 2], p.roughness, p.detail);
    // Turned about Y only by a small angle, so the footprint stays close to width × depth.
    b.add('stone', faceted(g, { at: [0, 0.3 * ry, 0], rot: [0, b.range(-15, 15), 0] }));
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['boulder', 'stone', 'rocks', 'crag', 'outcrop', 'pebble'],
    placement: ['floor'],
    themes: ['cave', 'dungeon', 'castle'],
    facing: 'none',
  },
});

export const tree = defineProp({
  type: 'tree',
  summary: 'Tree: tapered trunk with layered foliage, stacked cones (conifer) or tiers of leafy clumps on branches (broadleaf).',
  slots: ['trunk', 'foliage'],
  defaultMaterials: { trunk: 'bark', foliage: 'leaves_green' },
  seeded: true,
  schema: strictObject({
    type: z.literal('tree'),
    kind: z.enum(['conifer', 'broadleaf']).default('broadleaf'),
    height: num(8, 1, 25).describe('floor to the top of the crown, metres'),
    crownRadius: num(2.4, 0.3, 10).describe('radius of the crown, metres'),
    trunkRadius: num(0.2, 0.03, 1.5).describe('at the base, metres'),
    layers: count(4, 1, 8).describe('foliage tiers'),
  }),
  estimate: (p) => ({ triangles: 4 * 10 + 4 * 4 * 6 + p.layers * Math.max(5 * icoTris(1), 3 * 12 + 12), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const R = p.crownRadius;
    const tr = Math.min(p.trunkRadius, R * 0.5, H * 0.08);
    if (p.kind === 'conifer') {
      const trunkH = H * 0.75;
      b.cylinder('trunk', tr * 0.25, tr, trunkH, { at: [0, trunkH / 2, 0] }, 10);
      const bottom = Math.min(H * 0.2, 1.5);
      const span = H - bottom;
      // Overlapping cones, each narrower than the one below; the last one's tip is the top of the tree.
      const coneH = (2 * span) / (p.layers + 1);
      const step = p.layers > 1 ? (span - coneH) / (p.layers - 1) : 0;
      for (let i = 0; i < p.layers; i++) {
        const base = bottom + i * step;
        const radius = R * (1 - 0.7 * (p.layers === 1 ? 0 : i / (p.layers - 1))) * b.range(0.9, 1);
        const jx = b.range(-0.03, 0.03) * R;
        const jz = b.range(-0.03, 0.03) * R;
        b.cone('foliage', radius, coneH, { at: [jx, base + coneH / 2, jz], rot: [0, b.range(0, 60), 0] }, 12);
      }
      return b.parts();
    }
    // Broadleaf: trunk into the crown, a few branches, then tiers of leafy clumps.
    const crownBottom = Math.max(H * 0.3, H - 2.2 * R);
    const crownH = H - crownBottom;
    const clump = Math.min(R * 0.6, crownH * 0.45);
    const trunkH = crownBottom + crownH * 0.35;
    b.cylinder('trunk', tr * 0.55, tr, trunkH, { at: [0, trunkH / 2, 0] }, 10);
    for (let i = 0; i < 4; i++) {
      const yaw = i * 90 + b.range(-25, 25);
      const len = R * 0.7;
      const tilt = b.range(40, 60);
      const start = crownBottom + crownH * b.range(0.05, 0.25);
      const dir = [Math.sin(tilt * DEG_TO_RAD) * Math.sin(yaw * DEG_TO_RAD), Math.cos(tilt * DEG_TO_RAD), Math.sin(tilt * DEG_TO_RAD) * Math.cos(yaw * DEG_TO_RAD)];
      b.cylinder('trunk', tr * 0.2, tr * 0.4, len, {
        at: [dir[0]! * len / 2, start + dir[1]! * len / 2, dir[2]! * len / 2],
        rot: lean(tilt, yaw),
      }, 4);
    }
    for (let i = 0; i < p.layers; i++) {
      const t = p.layers === 1 ? 0.5 : i / (p.layers - 1);
      const y = crownBottom + clump + (crownH - 2 * clump) * t;
      // Widest in the lower middle of the crown, narrowing to a single clump on top.
      const top = p.layers > 1 && i === p.layers - 1;
      const ring = top ? 0 : (R - clump) * (1 - 0.5 * t);
      const clumps = ring < 1e-6 ? 1 : Math.min(5, 3 + Math.round(2 * (1 - t)));
      // A single tier also gets a clump in the middle, so the crown has no hole.
      if (p.layers === 1) b.add('foliage', faceted(blob(b.random, [clump, clump * 0.85, clump], 0.2, 1), { at: [0, Math.min(y + clump * 0.3, H - clump * 0.85), 0] }));
      const phase = b.range(0, 2 * Math.PI);
      for (let k = 0; k < clumps; k++) {
        const a = phase + (2 * Math.PI * k) / clumps;
        const cr = clump * b.range(0.8, 1);
        const cy = Math.min(y + b.range(-0.1, 0.1) * clump, H - cr * 0.85);
        b.add('foliage', faceted(blob(b.random, [cr, cr * 0.85, cr], 0.2, 1), { at: [ring * Math.cos(a), cy, ring * Math.sin(a)] }));
      }
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['oak tree', 'pine tree', 'fir', 'spruce', 'conifer', 'deciduous tree', 'sapling'],
    placement: ['floor'],
    themes: ['castle', 'house'],
    facing: 'none',
  },
});

export const bush = defineProp({
  type: 'bush',
  summary: 'Bush: a dome of lumpy leafy clumps, flat on the floor.',
  slots: ['foliage'],
  defaultMaterials: { foliage: 'leaves_evergreen' },
  seeded: true,
  schema: strictObject({
    type: z.literal('bush'),
    width: num(1.3, 0.2, 6).describe('along X and Z, metres'),
    height: num(1.1, 0.2, 5).describe('metres'),
    clumps: count(7, 1, 16),
  }),
  estimate: (p) => ({ triangles: p.clumps * icoTris(1), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const W = p.width / 2;
    const H = p.height;
    // One central clump reaching the top, the rest in a ring around it; each stays inside width × height.
    const cr = Math.min(W * 0.55, H * 0.55);
    const centreR: V3 = [W * 0.7, H * 0.55, W * 0.7];
    b.add('foliage', faceted(blob(b.random, centreR, 0.2, 1), { at: [0, H - centreR[1], 0], rot: [0, b.range(0, 72), 0] }));
    const others = p.clumps - 1;
    const phase = b.range(0, 2 * Math.PI);
    for (let k = 0; k < others; k++) {
      const a = phase + (2 * Math.PI * k) / others + b.range(-0.3, 0.3);
      const r = cr * b.range(0.7, 1);
      const dist = (W - r) * b.range(0.7, 1);
      const y = Math.min(H - r * 0.9, r * b.range(0.5, 1.2));
      b.add('foliage', faceted(blob(b.random, [r, r * 0.9, r], 0.25, 1), { at: [dist * Math.cos(a), y, dist * Math.sin(a)] }));
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['shrub', 'hedge', 'shrubbery', 'bushes', 'undergrowth', 'boxwood'],
    placement: ['floor'],
    themes: ['house', 'castle'],
    facing: 'none',
  },
});

/** Hexagonal prism with a pointed six-sided tip, base at the origin, pointing up +Y. */
function crystalGeometry(radius: number, height: number): BufferGeometry {
  const tip = radius * 1.6;
  const body = Math.max(height - tip, height * 0.3);
  const profile = [new Vector2(0, 0), new Vector2(radius, 0), new Vector2(radius, body), new Vector2(0, height)];
  return new LatheGeometry(profile, 6);
}

export const crystal = defineProp({
  type: 'crystal',
  summary: 'Crystal cluster: hexagonal prisms with pointed tips, the tallest upright and the rest leaning out, on a small rock base.',
  slots: ['crystal', 'base'],
  defaultMaterials: { crystal: 'amethyst', base: 'stone_cave_rock' },
  seeded: true,
  schema: strictObject({
    type: z.literal('crystal'),
    height: num(0.6, 0.05, 5).describe('height of the tallest crystal, metres'),
    count: count(7, 1, 20),
    spread: num(0.5, 0.1, 1.5).describe('cluster radius as a share of the height'),
    base: z.boolean().default(true),
  }),
  estimate: (p) => ({ triangles: p.count * 36 + icoTris(1), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const spread = H * p.spread;
    b.add('crystal', faceted(crystalGeometry(H * 0.12, H), { rot: [0, b.range(0, 60), 0] }));
    for (let i = 1; i < p.count; i++) {
      const yaw = (360 * i) / (p.count - 1) + b.range(-20, 20);
      const h = H * b.range(0.35, 0.8);
      const tilt = b.range(15, 45);
      const d = spread * b.range(0.15, 0.55);
      const y = yaw * DEG_TO_RAD;
      // Lean away from the centre: tilt about the horizontal axis perpendicular to the bearing.
      b.add('crystal', faceted(crystalGeometry(h * b.range(0.1, 0.15), h), {
        at: [d * Math.sin(y), 0, d * Math.cos(y)],
        rot: lean(tilt, yaw),
      }));
    }
    if (p.base) {
      const r = spread * 0.6 + H * 0.1;
      b.add('base', faceted(blob(b.random, [r, H * 0.15, r], 0.3, 1), { at: [0, 0, 0] }));
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['crystals', 'gem cluster', 'geode', 'amethyst', 'quartz', 'mana crystal', 'shard'],
    placement: ['floor', 'corner', 'surface'],
    themes: ['cave', 'dungeon', 'scifi'],
    facing: 'none',
  },
});

const CAP_STEPS = 8;
const LATHE = 16;

export const mushroom = defineProp({
  type: 'mushroom',
  summary: 'Mushroom, or a small cluster of them: a stem and a domed cap, optionally spotted like a fly agaric.',
  slots: ['cap', 'stem', 'spots'],
  defaultMaterials: { cap: 'fungus_bracket', stem: 'chalk', spots: 'chalk_paint' },
  seeded: true,
  schema: strictObject({
    type: z.literal('mushroom'),
    height: num(0.2, 0.02, 4).describe('floor to the top of the largest cap, metres'),
    capRadius: num(0.1, 0.01, 3).describe('radius of the largest cap, metres'),
    count: count(3, 1, 7).describe('mushrooms in the cluster, the others smaller'),
    spots: z.boolean().default(false),
  }),
  estimate: (p) => ({ triangles: p.count * (2 * (CAP_STEPS + 3) * LATHE + 4 * 10 + (p.spots ? 8 * 2 * 6 * 4 : 0)), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const one = (x: number, zz: number, s: number) => {
      const h = p.height * s;
      const cr = Math.min(p.capRadius * s, h * 1.5);
      const capH = Math.min(cr * 0.7, h * 0.6);
      const under = h - capH;
      const stem = cr * 0.28;
      b.cylinder('stem', stem, stem * 1.25, under, { at: [x, under / 2, zz] }, 10);
      // Cap profile, from the stem under the cap out to the rim, then over the dome to the top.
      const profile: [number, number][] = [[0, under], [stem, under], [cr, under + capH * 0.05]];
      for (let i = 0; i <= CAP_STEPS; i++) {
        const a = (Math.PI / 2) * (i / CAP_STEPS);
        profile.push([cr * Math.cos(a) * (i === 0 ? 1.02 : 1), under + capH * 0.1 + capH * 0.9 * Math.sin(a)]);
      }
      b.lathe('cap', profile, { at: [x, 0, zz], rot: [0, b.range(0, 360), 0] }, LATHE);
      if (p.spots) {
        for (let k = 0; k < 8; k++) {
          const a = b.range(0.15, 1.3);
          const phi = b.range(0, 2 * Math.PI);
          const rr = cr * Math.cos(a);
          const sr = cr * b.range(0.06, 0.1);
          b.sphere('spots', sr, {
            at: [x + rr * Math.cos(phi), under + capH * 0.1 + capH * 0.9 * Math.sin(a), zz + rr * Math.sin(phi)],
            scale: [1, 0.4, 1],
          }, 6, 4);
        }
      }
    };
    one(0, 0, 1);
    const phase = b.range(0, 2 * Math.PI);
    for (let i = 1; i < p.count; i++) {
      const s = b.range(0.45, 0.8);
      const a = phase + (2 * Math.PI * i) / (p.count - 1);
      const d = p.capRadius * (1 + s) * b.range(1.0, 1.2);
      one(d * Math.cos(a), d * Math.sin(a), s);
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['toadstool', 'fungus', 'fungi', 'mushrooms', 'fly agaric', 'shroom'],
    placement: ['floor'],
    themes: ['cave', 'dungeon'],
    facing: 'none',
  },
});

export const log = defineProp({
  type: 'log',
  summary: 'Fallen log lying along X: bark, end grain at both ends and a few broken branch stubs; its top is a seat.',
  slots: ['bark', 'wood'],
  defaultMaterials: { bark: 'bark', wood: 'oak' },
  seeded: true,
  schema: strictObject({
    type: z.literal('log'),
    length: num(2.5, 0.3, 15).describe('along X, metres'),
    radius: num(0.25, 0.05, 1.5).describe('at the thick end, metres'),
    stubs: count(2, 0, 6).describe('broken-off branch stubs'),
  }),
  estimate: (p) => ({ triangles: 2 * 16 + 2 * 16 + p.stubs * 4 * 8, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const r = p.radius;
    const thin = r * b.range(0.8, 0.95);
    const L = p.length;
    // Lying along X: the thick end (radius r) at +X touches the floor, the thin end rests a little lower.
    // Cylinder Y turned by +90° about Z points along -X, so its top (thin) end is at -X.
    const cy = r;
    b.add('bark', new CylinderGeometry(thin, r, L, 16, 1, true), { at: [0, cy, 0], rot: [0, 0, 90] });
    b.add('wood', new CircleGeometry(r, 16), { at: [L / 2, cy, 0], rot: [0, 90, 0] });
    b.add('wood', new CircleGeometry(thin, 16), { at: [-L / 2, cy, 0], rot: [0, -90, 0] });
    for (let i = 0; i < p.stubs; i++) {
      const x = L * b.range(-0.35, 0.35);
      const phi = b.range(-70, 70); // around the log, measured from straight up
      const len = r * b.range(0.5, 0.9);
      const sr = r * b.range(0.18, 0.3);
      const t = 0.5 - x / L; // 0 at the thick end, 1 at the thin end
      const localR = r + (thin - r) * t;
      const dir = [0, Math.cos(phi * DEG_TO_RAD), Math.sin(phi * DEG_TO_RAD)];
      const dist = localR * 0.8 + len / 2;
      b.cylinder('bark', sr * 0.8, sr, len, { at: [x, cy + dir[1]! * dist, dir[2]! * dist], rot: [phi, 0, 0] }, 8);
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['fallen log', 'tree trunk', 'fallen tree', 'timber', 'deadwood', 'firewood log'],
    placement: ['floor'],
    surfaceHeight: (p) => 2 * p.radius,
    themes: ['cave', 'house', 'castle'],
    facing: 'none',
  },
});

export const NATURE_PROPS: PropDef[] = [rock, tree, bush, crystal, mushroom, log] as unknown as PropDef[];
