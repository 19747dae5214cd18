/**
 * Outdoor props: things that stand in the open — a campfire, a flag, trees the broadleaf `tree` does not draw
 * (pine, palm, dead), farm and street furniture (hay bale, signpost, mailbox, hydrant, traffic cone), a
 * gravestone and a saguaro cactus. Sizes follow dimensions.json where it lists the thing.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';

const dim = (d: number, max: number) => z.number().positive().max(max).default(d);
const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);

/** Upper bounds on the triangles of the builder's primitives, for the estimates. */
export const TRIS = {
  box: 12,
  cyl: (segs: number) => 4 * segs,
  sphere: (w: number, h: number) => 2 * w * h,
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  lathe: (points: number, segs: number) => 2 * (points - 1) * segs,
  /** An extruded outline of `points` corners (holes' corners included) with `holes` holes. */
  extrude: (points: number, holes = 0) => 4 * points + 4 * holes,
};


/** A cylinder from `from` to `to`, radius `rFrom` at `from` and `rTo` at `to` (branches, poles, logs). */
export function rod(b: PropBuilder, slot: string, from: V3, to: V3, rFrom: number, rTo = rFrom, segs = 8): void {
  b.rodBetween(slot, from, to, rFrom, rTo, segs);
}

/** The unit vector at azimuth `azDeg` (0 = +X, 90 = -Z, as rotations about Y turn) and elevation `elDeg`. */
export function heading(azDeg: number, elDeg = 0): V3 {
  const a = azDeg * DEG_TO_RAD;
  const e = elDeg * DEG_TO_RAD;
  return [Math.cos(a) * Math.cos(e), Math.sin(e), -Math.sin(a) * Math.cos(e)];
}

const along = (p: V3, d: V3, s: number): V3 => [p[0] + d[0] * s, p[1] + d[1] * s, p[2] + d[2] * s];

/** Teardrop flame profile, unit size: [radius, height] bottom to top. */
const FLAME: [number, number][] = [[0, 0], [0.55, 0.1], [1, 0.3], [0.85, 0.5], [0.5, 0.72], [0.18, 0.9], [0, 1]];

// ------------------------------------------------------------------------------------------------ campfire

export const campfire = defineProp({
  type: 'campfire',
  summary: 'Campfire: a ring of stones round a teepee of logs on a bed of embers, burning.',
  slots: ['stone', 'wood', 'embers', 'flame'],
  defaultMaterials: { stone: 'stone_cave_rock', wood: 'charred_wood', embers: 'embers', flame: 'campfire_flame' },
  seeded: true,
  schema: strictObject({
    type: z.literal('campfire'),
    diameter: dim(1, 4).describe('outside of the stone ring, metres'),
    stones: count(12, 5, 24),
    logs: count(5, 3, 8),
    flameHeight: dim(0.6, 3).describe('metres'),
  }),
  estimate: (p) => ({ triangles: p.stones * TRIS.sphere(7, 5) + p.logs * TRIS.cyl(7) + TRIS.cyl(12) + 3 * TRIS.lathe(FLAME.length, 10), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const stone = Math.min(R * 0.2, (Math.PI * R) / p.stones * 0.6);
    for (let i = 0; i < p.stones; i++) {
      const a = (360 * i) / p.stones + b.range(-6, 6);
      const s = stone * b.range(0.8, 1.1);
      const [x, , z] = heading(a);
      b.sphere('stone', s, { at: [x * (R - s), s * 0.6, z * (R - s)], rot: [0, b.range(0, 180), 0], scale: [1.2, 0.6, 1] }, 7, 5);
    }
    const inner = R - 2 * stone;
    const logR = Math.max(0.02, p.diameter * 0.045);
    const top = Math.max(p.diameter * 0.45, 0.2);
    for (let i = 0; i < p.logs; i++) {
      const [x, , z] = heading((360 * i) / p.logs + b.range(-10, 10));
      rod(b, 'wood', [x * inner * 0.85, logR, z * inner * 0.85], [x * 0.04, top, z * 0.04], logR, logR * 0.8, 7);
    }
    b.cylinder('embers', inner * 0.8, inner * 0.85, 0.04, { at: [0, 0.02, 0] }, 12);
    const tongues: [V3, number, number][] = [[[0, 0.04, 0], 1, 1], [[inner * 0.25, 0.04, inner * 0.1], 0.65, 0.6], [[-inner * 0.2, 0.04, -inner * 0.15], 0.75, 0.6]];
    for (const [at, h, r] of tongues) b.lathe('flame', FLAME.map(([fr, fy]) => [fr * inner * 0.45 * r, fy * p.flameHeight * h]), { at }, 10);
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['camp fire', 'bonfire', 'fire pit', 'fire'],
    placement: ['center', 'floor'],
    light: (p) => ({ offset: [0, 0.04 + p.flameHeight * 0.35, 0], kelvin: 1900, lumens: 1500 }),
    themes: ['cave'],
    facing: 'none',
  },
});

// ------------------------------------------------------------------------------------------------ flag

export const flag = defineProp({
  type: 'flag',
  summary: 'Flag on a flagpole: a tapering pole with a ball finial and a waving cloth (rectangle or pennant) flying towards +X, facing +Z.',
  slots: ['pole', 'finial', 'cloth'],
  defaultMaterials: { pole: 'aluminium', finial: 'brass_polished', cloth: 'nylon_ripstop_orange' },
  schema: strictObject({
    type: z.literal('flag'),
    poleHeight: dim(6, 25).describe('metres'),
    width: dim(1.5, 8).describe('fly: length of the cloth from the pole, metres'),
    height: dim(1, 5).describe('hoist: height of the cloth at the pole, metres'),
    shape: z.enum(['rectangle', 'pennant']).default('rectangle'),
    wave: z.number().min(0).max(1).default(0.5).describe('0 hangs flat, 1 ripples strongly'),
  }),
  estimate: () => ({ triangles: TRIS.cyl(10) + TRIS.sphere(10, 8) + TRIS.cyl(10) + 12 * TRIS.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const poleR = Math.min(0.05, p.poleHeight * 0.008);
    b.cylinder('pole', poleR * 0.7, poleR, p.poleHeight, { at: [0, p.poleHeight / 2, 0] }, 10);
    b.cylinder('pole', poleR * 1.8, poleR * 2.2, 0.12, { at: [0, 0.06, 0] }, 10);
    b.sphere('finial', poleR * 1.6, { at: [0, p.poleHeight + poleR * 1.2, 0] }, 10, 8);
    const strips = 12;
    const step = p.width / strips;
    const top = p.poleHeight - 0.1;
    const hoist = Math.min(p.height, top * 0.6);
    // Strips along the fly, each turned to follow the ripple so neighbours meet; the ripple grows away from the pole.
    const zAt = (t: number) => p.wave * 0.12 * p.width * t * Math.sin(2 * Math.PI * 1.3 * t);
    for (let i = 0; i < strips; i++) {
      const t0 = i / strips;
      const t1 = (i + 1) / strips;
      const dz = zAt(t1) - zAt(t0);
      const len = Math.hypot(step, dz);
      const h = p.shape === 'pennant' ? hoist * (1 - (t0 + t1) / 2) + 0.02 : hoist;
      const yaw = -Math.atan2(dz, step) / DEG_TO_RAD;
      b.box('cloth', [len + 0.005, h, 0.008], { at: [poleR + (t0 + t1) / 2 * p.width, top - hoist / 2, (zAt(t0) + zAt(t1)) / 2], rot: [0, yaw, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['flagpole', 'flagstaff', 'pennant', 'standard'],
    placement: ['floor', 'center'],
    themes: ['castle'],
    facing: 'front',
  },
});

// ------------------------------------------------------------------------------------------------ trees

/** One tier of a conifer, unit radius and height: a drooping skirt, underside first, apex last. */
const PINE_TIER: [number, number][] = [[0, 0.25], [0.6, 0.06], [1, 0], [0.6, 0.25], [0.3, 0.55], [0, 1]];

export const pine_tree = defineProp({
  type: 'pine_tree',
  summary: 'Pine or fir: a straight trunk, bare low down, under tiers of drooping needle skirts narrowing to a spire.',
  slots: ['trunk', 'needles'],
  defaultMaterials: { trunk: 'bark', needles: 'leaves_evergreen' },
  seeded: true,
  schema: strictObject({
    type: z.literal('pine_tree'),
    height: dim(12, 28).describe('ground to the tip, metres'),
    radius: dim(2.5, 8).describe('radius of the lowest tier, metres'),
    trunkRadius: dim(0.25, 1.5).describe('at the base, metres'),
    tiers: count(6, 2, 12),
    bareTrunk: z.number().min(0).max(0.7).default(0.2).describe('fraction of the height below the lowest tier'),
  }),
  estimate: (p) => ({ triangles: TRIS.cyl(10) + p.tiers * TRIS.lathe(PINE_TIER.length, 12), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const tr = Math.min(p.trunkRadius, H * 0.05);
    b.cylinder('trunk', tr * 0.3, tr, H * 0.9, { at: [0, H * 0.45, 0] }, 10);
    const y0 = H * p.bareTrunk;
    const tierH = ((H - y0) / p.tiers) * 2;
    const step = (H - y0 - tierH) / (p.tiers - 1);
    for (let i = 0; i < p.tiers; i++) {
      const r = p.radius * (1 - (0.8 * i) / p.tiers) * b.range(0.9, 1.05);
      const h = tierH * b.range(0.92, 1);
      const base = i === p.tiers - 1 ? H - h : y0 + i * step;
      b.lathe('needles', PINE_TIER.map(([x, y]) => [x * r, y * h]), { at: [0, base, 0], rot: [b.range(-3, 3), b.range(0, 90), b.range(-3, 3)] }, 12);
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['pine', 'fir', 'spruce', 'conifer', 'evergreen'],
    placement: ['floor'],
    themes: [],
    facing: 'none',
  },
});

export const palm_tree = defineProp({
  type: 'palm_tree',
  summary: 'Palm tree: a ringed trunk curving as it leans, a crown of drooping fronds and a cluster of coconuts.',
  slots: ['trunk', 'fronds', 'coconuts'],
  defaultMaterials: { trunk: 'bark', fronds: 'leaves_green', coconuts: 'walnut' },
  seeded: true,
  schema: strictObject({
    type: z.literal('palm_tree'),
    height: dim(9, 25).describe('ground to the crown, metres'),
    leanDeg: z.number().min(0).max(40).default(12).describe('lean of the trunk towards +X, degrees'),
    trunkRadius: dim(0.18, 0.6).describe('at the base, metres'),
    fronds: count(9, 4, 16),
    frondLength: dim(3, 8).describe('metres'),
    coconuts: count(4, 0, 10),
  }),
  estimate: (p) => ({ triangles: 10 * TRIS.cyl(8) + p.fronds * 5 * TRIS.box + p.coconuts * TRIS.sphere(8, 6), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const sway = H * Math.tan(p.leanDeg * DEG_TO_RAD);
    const at = (s: number): V3 => [sway * s * s, H * s, 0];
    // Ten frustums, each narrower at the top than the next one's bottom: the ring scars of a palm trunk.
    for (let i = 0; i < 10; i++) {
      const r = p.trunkRadius * (1 - 0.35 * (i / 10));
      rod(b, 'trunk', at(i / 10), at((i + 1) / 10), r, r * 0.85, 8);
    }
    const crown = at(1);
    for (let k = 0; k < p.fronds; k++) frond(b, crown, (360 * k) / p.fronds + b.range(-12, 12), p.frondLength * b.range(0.85, 1.1));
    for (let k = 0; k < p.coconuts; k++) {
      const [x, , z] = heading((360 * k) / Math.max(1, p.coconuts) + 30);
      b.sphere('coconuts', 0.1, { at: [crown[0] + x * 0.2, crown[1] - 0.15, crown[2] + z * 0.2] }, 8, 6);
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['palm', 'coconut palm', 'coconut tree', 'date palm'],
    placement: ['floor'],
    themes: [],
    facing: 'none',
  },
});

/** A frond: five flat leaf segments from the crown, rising then drooping, widest in the middle. */
function frond(b: PropBuilder, crown: V3, azDeg: number, length: number): void {
  const seg = length / 5;
  let p = crown;
  for (let j = 0; j < 5; j++) {
    const el = 30 - j * 20;
    const d = heading(azDeg, el);
    const width = 0.25 + 0.45 * Math.sin((Math.PI * (j + 0.5)) / 5);
    b.box('fronds', [seg * 1.05, 0.02, width], { at: along(p, d, seg / 2), rot: [0, azDeg, el] });
    p = along(p, d, seg);
  }
}

export const dead_tree = defineProp({
  type: 'dead_tree',
  summary: 'Dead tree: a bare, weathered trunk with crooked leafless branches forking into twigs.',
  slots: ['wood'],
  defaultMaterials: { wood: 'driftwood' },
  seeded: true,
  schema: strictObject({
    type: z.literal('dead_tree'),
    height: dim(6, 20).describe('ground to the top of the trunk, metres'),
    spread: dim(4, 14).describe('width of the branches, metres'),
    trunkRadius: dim(0.25, 1.2).describe('at the base, metres'),
    branches: count(5, 2, 9),
  }),
  estimate: (p) => ({ triangles: 3 * TRIS.cyl(8) + p.branches * 4 * TRIS.cyl(6), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const tr = Math.min(p.trunkRadius, H * 0.08);
    b.cylinder('wood', tr * 1.1, tr * 1.6, H * 0.08, { at: [0, H * 0.04, 0] }, 8);
    const fork: V3 = [b.range(-0.05, 0.05) * H, H * 0.55, b.range(-0.05, 0.05) * H];
    rod(b, 'wood', [0, 0, 0], fork, tr, tr * 0.65, 8);
    rod(b, 'wood', fork, [fork[0] * 1.6, H, fork[2] * 1.6], tr * 0.65, tr * 0.12, 8);
    for (let i = 0; i < p.branches; i++) {
      const y = H * (0.35 + (0.4 * i) / p.branches);
      const start: V3 = [(fork[0] * y) / fork[1], y, (fork[2] * y) / fork[1]];
      const az = i * 137.5 + b.range(-20, 20);
      const len = p.spread * 0.5 * b.range(0.7, 1);
      limb(b, start, az, b.range(25, 50), len, tr * 0.45 * (1 - i / (p.branches * 1.5)));
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['bare tree', 'withered tree', 'leafless tree', 'snag'],
    placement: ['floor'],
    themes: ['dungeon'],
    facing: 'none',
  },
});

/** A branch from `start` and its three twigs: two forking at 60 % of its length and one carrying on from its tip. */
function limb(b: PropBuilder, start: V3, az: number, el: number, len: number, r: number): void {
  const end = along(start, heading(az, el), len);
  rod(b, 'wood', start, end, r, r * 0.35, 6);
  const mid = along(start, heading(az, el), len * 0.6);
  for (const [dAz, dEl, from, k] of [[-35, 20, mid, 0.45], [40, -5, mid, 0.4], [10, 15, end, 0.35]] as const) {
    rod(b, 'wood', from, along(from, heading(az + dAz, el + dEl), len * k), r * 0.4, r * 0.12, 6);
  }
}

// ------------------------------------------------------------------------------------------------ farm and street

export const hay_bale = defineProp({
  type: 'hay_bale',
  summary: 'Hay bale: a small square bale tied with two bands of twine, or a big round bale lying on its side (axis along X).',
  slots: ['hay', 'twine'],
  defaultMaterials: { hay: 'hay', twine: 'burlap' },
  schema: strictObject({
    type: z.literal('hay_bale'),
    shape: z.enum(['square', 'round']).default('square'),
    length: dim(0.9, 3).describe('along X, metres (a round bale is about 1.2 m)'),
    width: dim(0.45, 2).describe('square bale, along Z, metres'),
    height: dim(0.4, 2).describe('square bale, metres'),
    diameter: dim(1.5, 2.5).describe('round bale, metres'),
  }),
  estimate: () => ({ triangles: TRIS.cyl(20) + 2 * TRIS.torus(4, 20) + 6 * TRIS.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.shape === 'round') {
      const r = p.diameter / 2;
      // Raised by the twine's thickness so the bands round the bale clear the ground.
      const y = r + 0.01;
      b.cylinder('hay', r, r, p.length, { at: [0, y, 0], rot: [0, 0, 90] }, 20);
      for (const x of [-0.3, 0.3]) b.torus('twine', r + 0.004, 0.006, { at: [x * p.length, y, 0], rot: [0, 90, 0] }, 360, 4, 20);
      return b.parts();
    }
    b.box('hay', [p.length, p.height, p.width], { at: [0, p.height / 2, 0] });
    // Each band of twine runs over the top and down the front and back faces.
    for (const x of [-0.25, 0.25]) {
      b.box('twine', [0.012, 0.006, p.width + 0.012], { at: [x * p.length, p.height + 0.003, 0] });
      for (const z of [-1, 1]) b.box('twine', [0.012, p.height, 0.006], { at: [x * p.length, p.height / 2, z * (p.width / 2 + 0.003)] });
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['haybale', 'straw bale', 'bale of hay', 'round bale'],
    placement: ['floor', 'center'],
    surfaceHeight: (p) => (p.shape === 'round' ? p.diameter + 0.01 : p.height),
    themes: [],
    facing: 'none',
  },
});

/** Headings of a signpost's finger boards, top to bottom, degrees about Y: crossroads directions, not all parallel. */
const FINGER_HEADINGS = [20, 200, 110, 290];

export const signpost = defineProp({
  type: 'signpost',
  summary: 'Fingerpost: a square post with a capped top and arrow-shaped finger boards pointing different ways.',
  slots: ['post', 'boards'],
  defaultMaterials: { post: 'weathered_wood', boards: 'house_paint_matte_white' },
  schema: strictObject({
    type: z.literal('signpost'),
    height: dim(2.6, 5).describe('metres'),
    arms: count(3, 1, 4).describe('finger boards'),
    armLength: dim(0.9, 2).describe('metres'),
  }),
  estimate: (p) => ({ triangles: TRIS.box + TRIS.cyl(4) + p.arms * TRIS.extrude(5), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const post = 0.1;
    b.box('post', [post, p.height, post], { at: [0, p.height / 2, 0] });
    b.cone('post', post * 0.8, 0.1, { at: [0, p.height + 0.05, 0], rot: [0, 45, 0] }, 4);
    const h = 0.18;
    const L = p.armLength;
    const arrow: [number, number][] = [[-post, -h / 2], [L - 0.15, -h / 2], [L, 0], [L - 0.15, h / 2], [-post, h / 2]];
    for (let i = 0; i < p.arms; i++) {
      b.extrude('boards', arrow, 0.03, { at: [0, p.height - 0.2 - i * (h + 0.08), 0], rot: [0, FINGER_HEADINGS[i]!, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['fingerpost', 'guidepost', 'direction sign', 'waymarker'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'none',
  },
});

/** British pillar box, bottom to top: plinth, body, lip under the cap, domed cap ([radius, height], metres). */
const PILLAR_BOX: [number, number][] = [[0, 0], [0.3, 0], [0.3, 0.08], [0.26, 0.1], [0.26, 1.25], [0.31, 1.28], [0.31, 1.34], [0.24, 1.45], [0.12, 1.52], [0, 1.54]];

export const mailbox = defineProp({
  type: 'mailbox',
  summary: 'Mailbox: a rural tunnel-top box on a post with a red flag (door at +Z), or a red pillar box with its slot at +Z.',
  slots: ['metal', 'paint', 'post', 'trim'],
  defaultMaterials: { metal: 'steel_galvanised', paint: 'enamel_paint_red', post: 'weathered_wood', trim: 'iron_blackened' },
  schema: strictObject({
    type: z.literal('mailbox'),
    style: z.enum(['rural', 'pillar']).default('rural'),
    height: z.number().positive().max(2).optional().describe('rural: ground to the box (1.1 m); pillar: overall (1.54 m)'),
  }),
  estimate: () => ({ triangles: TRIS.lathe(PILLAR_BOX.length, 20) + 2 * TRIS.extrude(11) + 6 * TRIS.box, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.style === 'pillar') {
      const s = (p.height ?? 1.54) / 1.54;
      b.lathe('paint', PILLAR_BOX.map(([r, y]) => [r * s, y * s]), {}, 20);
      b.box('trim', [0.24 * s, 0.03 * s, 0.02], { at: [0, 1.12 * s, 0.26 * s] });
      return b.parts();
    }
    const y = p.height ?? 1.1;
    b.box('post', [0.1, y, 0.1], { at: [0, y / 2, -0.1] });
    b.box('post', [0.22, 0.04, 0.4], { at: [0, y - 0.02, 0] });
    // Tunnel-top outline: a flat-sided box under a half-round roof, in the XY plane, extruded along Z.
    const r = 0.09;
    const arch: [number, number][] = [[-r, 0], [r, 0], [r, 0.12]];
    for (let k = 1; k < 8; k++) arch.push([r * Math.cos((Math.PI * k) / 8), 0.12 + r * Math.sin((Math.PI * k) / 8)]);
    arch.push([-r, 0.12]);
    b.extrude('metal', arch, 0.48, { at: [0, y, 0] });
    b.extrude('trim', arch.map(([ax, ay]) => [ax * 0.97, ay * 0.97 + 0.003]), 0.01, { at: [0, y, 0.245] });
    b.box('paint', [0.012, 0.22, 0.025], { at: [r + 0.01, y + 0.13, -0.1] });
    b.box('paint', [0.008, 0.07, 0.1], { at: [r + 0.01, y + 0.21, -0.05] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['mail box', 'postbox', 'letterbox', 'pillar box'],
    placement: ['floor'],
    themes: ['house'],
    facing: 'front',
  },
});

/** US fire hydrant body, unit height: flange, barrel, bonnet ring, dome ([radius, height]). */
const HYDRANT: [number, number][] = [[0, 0], [0.2, 0], [0.2, 0.06], [0.14, 0.09], [0.14, 0.68], [0.17, 0.7], [0.17, 0.74], [0.13, 0.78], [0.09, 0.86], [0, 0.9]];

export const fire_hydrant = defineProp({
  type: 'fire_hydrant',
  summary: 'Fire hydrant: flanged barrel with a domed bonnet, an operating nut on top, two hose outlets and a pumper outlet at +Z.',
  slots: ['body', 'caps'],
  defaultMaterials: { body: 'enamel_paint_red', caps: 'steel_galvanised' },
  schema: strictObject({
    type: z.literal('fire_hydrant'),
    height: dim(0.8, 1.5).describe('metres'),
  }),
  estimate: () => ({ triangles: TRIS.lathe(HYDRANT.length, 16) + TRIS.cyl(5) + 6 * TRIS.cyl(10), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 0.96;
    b.lathe('body', HYDRANT.map(([r, y]) => [r * s, y * s]), {}, 16);
    b.cylinder('caps', 0.03 * s, 0.035 * s, 0.06 * s, { at: [0, 0.93 * s, 0] }, 5);
    const outlets: [number, number, number][] = [[0, 0.05, 0.55], [180, 0.05, 0.55], [-90, 0.07, 0.48]];
    for (const [az, r, y] of outlets) {
      const d = heading(az);
      rod(b, 'body', [d[0] * 0.1 * s, y * s, d[2] * 0.1 * s], [d[0] * 0.2 * s, y * s, d[2] * 0.2 * s], r * s, r * s, 10);
      rod(b, 'caps', [d[0] * 0.2 * s, y * s, d[2] * 0.2 * s], [d[0] * 0.235 * s, y * s, d[2] * 0.235 * s], (r + 0.012) * s, (r + 0.012) * s, 10);
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['hydrant', 'fireplug', 'fire plug', 'standpipe'],
    placement: ['floor'],
    themes: [],
    facing: 'front',
  },
});

export const traffic_cone = defineProp({
  type: 'traffic_cone',
  summary: 'Traffic cone: an orange cone with reflective white bands on a square black base.',
  slots: ['cone', 'bands', 'base'],
  defaultMaterials: { cone: 'pla_3d_print_orange', bands: 'plastic_glossy_white', base: 'rubber_black' },
  schema: strictObject({
    type: z.literal('traffic_cone'),
    height: dim(0.7, 1.5).describe('metres'),
    bands: count(2, 0, 3),
  }),
  estimate: (p) => ({ triangles: TRIS.box + TRIS.lathe(4, 16) + p.bands * TRIS.cyl(16), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const base = H * 0.54;
    const r0 = H * 0.22;
    const r1 = H * 0.04;
    const foot = 0.03;
    b.box('base', [base, foot, base], { at: [0, foot / 2, 0] });
    b.lathe('cone', [[0, foot], [r0, foot], [r1, H], [0, H]], {}, 16);
    const radiusAt = (y: number) => r0 + ((r1 - r0) * (y - foot)) / (H - foot);
    const bandH = H * 0.1;
    for (let i = 0; i < p.bands; i++) {
      const y = H * (0.7 - 0.2 * i);
      b.cylinder('bands', radiusAt(y + bandH / 2) + 0.003, radiusAt(y - bandH / 2) + 0.003, bandH, { at: [0, y, 0] }, 16);
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['road cone', 'safety cone', 'pylon', 'witch hat'],
    placement: ['floor'],
    themes: [],
    facing: 'none',
  },
});

// ------------------------------------------------------------------------------------------------ graveyard and desert

export const gravestone = defineProp({
  type: 'gravestone',
  summary: 'Gravestone: an upright slab (round-topped tablet, square or cross) on a low plinth, inscribed face at +Z; may lean.',
  slots: ['stone'],
  defaultMaterials: { stone: 'granite' },
  schema: strictObject({
    type: z.literal('gravestone'),
    style: z.enum(['rounded', 'square', 'cross']).default('rounded'),
    width: dim(0.6, 2).describe('metres'),
    height: dim(0.9, 3).describe('of the stone above its plinth, metres'),
    thickness: dim(0.12, 0.5).describe('metres'),
    leanDeg: z.number().min(-25).max(25).default(0).describe('tilt forwards (+) or back, degrees: old graves lean'),
    plinth: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: TRIS.extrude(11) + 3 * TRIS.box, parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const base = p.plinth ? 0.1 : 0;
    if (p.plinth) b.box('stone', [p.width + 0.16, base, p.thickness + 0.2], { at: [0, base / 2, 0] });
    const lean = p.leanDeg * DEG_TO_RAD;
    // Pieces turn about the foot of the stone, so a leaning stone stays seated on its plinth.
    const upright = (size: V3, y: number) => b.box('stone', size, { at: [0, base + y * Math.cos(lean), y * Math.sin(lean)], rot: [p.leanDeg, 0, 0] });
    const w = p.width;
    const h = p.height;
    if (p.style === 'cross') {
      upright([w * 0.28, h, p.thickness], h / 2);
      upright([w, w * 0.26, p.thickness], h * 0.68);
    } else if (p.style === 'square') {
      upright([w, h * 0.95, p.thickness], h * 0.475);
      upright([w + 0.04, h * 0.05, p.thickness + 0.04], h * 0.975);
    } else {
      // Round-topped tablet: the top is a half-ellipse whose rise is at most a third of the height.
      const rise = Math.min(w / 2, h / 3);
      const outline: [number, number][] = [[-w / 2, 0], [w / 2, 0], [w / 2, h - rise]];
      for (let k = 1; k < 8; k++) outline.push([(w / 2) * Math.cos((Math.PI * k) / 8), h - rise + rise * Math.sin((Math.PI * k) / 8)]);
      outline.push([-w / 2, h - rise]);
      b.extrude('stone', outline, p.thickness, { at: [0, base, 0], rot: [p.leanDeg, 0, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['headstone', 'tombstone', 'grave marker', 'grave'],
    placement: ['floor'],
    themes: ['dungeon'],
    facing: 'front',
  },
});

/** Attachment heights of a saguaro's arms (fractions of its height) and their headings about Y, degrees. */
const SAGUARO_ARMS: [number, number][] = [[0.45, 0], [0.55, 180], [0.38, 80], [0.62, 260]];

export const cactus = defineProp({
  type: 'cactus',
  summary: 'Saguaro cactus: a tall round-topped column with arms that bend up from its sides.',
  slots: ['skin'],
  defaultMaterials: { skin: 'cactus_skin' },
  schema: strictObject({
    type: z.literal('cactus'),
    height: dim(4, 15).describe('metres'),
    radius: dim(0.25, 1).describe('of the column, metres'),
    arms: count(2, 0, 4),
  }),
  estimate: (p) => ({ triangles: TRIS.lathe(6, 12) + p.arms * (TRIS.cyl(10) + TRIS.torus(10, 6) + TRIS.lathe(6, 10)), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.height;
    const r = Math.min(p.radius, H * 0.15);
    const column = (h: number, rr: number): [number, number][] => [[0, 0], [rr, 0], [rr, h - rr], [rr * 0.85, h - rr * 0.45], [rr * 0.5, h - rr * 0.12], [0, h]];
    b.lathe('skin', column(H, r), {}, 12);
    const ra = r * 0.65;
    const bend = ra * 1.8;
    const out = r + ra * 0.5;
    for (const [t, az] of SAGUARO_ARMS.slice(0, p.arms)) {
      const y = H * t;
      const d = heading(az);
      // A short horizontal branch out of the column, a quarter-torus elbow, then the upright arm.
      b.cylinder('skin', ra, ra, out, { at: [d[0] * out / 2, y, d[2] * out / 2], rot: [0, az, 90] }, 10);
      b.torus('skin', bend, ra, { at: [d[0] * out, y + bend, d[2] * out], rot: [0, az, -90] }, 90, 10, 6);
      b.lathe('skin', column(H * 0.3, ra), { at: [d[0] * (out + bend), y + bend, d[2] * (out + bend)] }, 10);
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['saguaro', 'cacti', 'desert cactus'],
    placement: ['floor'],
    themes: [],
    facing: 'none',
  },
});

export const OUTDOOR_PROPS: readonly PropDef[] = [
  campfire, flag, pine_tree, palm_tree, dead_tree, hay_bale, signpost, mailbox, fire_hydrant, gravestone, traffic_cone, cactus,
] as unknown as PropDef[];
