/**
 * Container props: crates, chests, pots and tableware. Vessels are hollow lathes (an outer profile up to the
 * rim and an inner one back down), so glass reads as glass and liquids can sit inside at a fill level.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { DEG_TO_RAD } from '../../core/angles.js';

const dim = (d: number, max: number) => z.number().positive().max(max).default(d);
const fill = (d: number) => z.number().min(0).max(1).default(d).describe('liquid level, 0 (empty) to 1 (brim)');

type Profile = [number, number][];

// Triangle counts of the builder's primitives (upper bounds), for the estimates.
const T = {
  box: 12,
  cyl: (segs: number) => 4 * segs,
  sphere: (w: number, h: number) => 2 * w * h,
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  lathe: (points: number, segs: number) => 2 * (points - 1) * segs,
  extrude: (points: number) => 4 * points,
};

/** Scale a unit profile ([r / radius, y / height]) to metres. */
const scaleProfile = (unit: Profile, radius: number, height: number): Profile => unit.map(([r, y]) => [r * radius, y * height]);

/**
 * The inner surface of a vessel with `wall` thick sides and a `base` thick bottom, bottom to top; above `neck`
 * the bore is at most `bore` wide (bottle necks with a bulging lip).
 */
function innerOf(outer: Profile, wall: number, base: number, neck?: { y: number; bore: number }): Profile {
  const inner: Profile = [[0, base], [Math.max(0.0015, radiusAt(outer, base + 0.002) - wall), base + 0.001]];
  for (const [r, y] of outer) {
    if (y <= base + 0.002) continue;
    let ri = r - wall;
    if (neck && y >= neck.y) ri = Math.min(ri, neck.bore);
    inner.push([Math.max(0.0015, ri), y]);
  }
  return inner;
}

/** A hollow vessel: outer profile up to the rim, inner profile back down to the axis. */
function vessel(b: PropBuilder, slot: string, outer: Profile, inner: Profile, segs: number, at: V3 = [0, 0, 0]): void {
  b.lathe(slot, [...outer, ...[...inner].reverse()], { at }, segs);
}

/** Radius of a bottom-to-top profile at height y (linear between its points). */
function radiusAt(profile: Profile, y: number): number {
  for (let i = 1; i < profile.length; i++) {
    const [r0, y0] = profile[i - 1]!;
    const [r1, y1] = profile[i]!;
    if (y1 !== y0 && y >= Math.min(y0, y1) && y <= Math.max(y0, y1)) return r0 + ((r1 - r0) * (y - y0)) / (y1 - y0);
  }
  return profile[profile.length - 1]![0];
}

/** Liquid filling `inner` (bottom to top) up to `level`; nothing when the level is at the bottom. */
function liquid(b: PropBuilder, slot: string, inner: Profile, level: number, segs: number): void {
  const bottom = inner[0]![1] + 0.0005;
  if (level <= bottom + 0.002) return;
  const prof: Profile = [[0, bottom], [Math.max(0.0008, radiusAt(inner, bottom + 0.0008) - 0.0005), bottom + 0.0008]];
  for (const [r, y] of inner.slice(1)) {
    if (y > bottom + 0.0015 && y < level - 0.001) prof.push([Math.max(0.0008, r - 0.0005), y]);
  }
  prof.push([Math.max(0.0008, radiusAt(inner, level) - 0.0005), level], [0, level]);
  b.lathe(slot, prof, {}, segs);
}

/** Triangles of a vessel from an outer profile of n points (inner at most n + 1) plus its liquid. */
const vesselTris = (n: number, segs: number, withLiquid = true) => T.lathe(2 * n + 1, segs) + (withLiquid ? T.lathe(n + 3, segs) : 0);

// ---------------------------------------------------------------------------------------------------------

export const crate = defineProp({
  type: 'crate',
  summary: 'Wooden crate: a frame along all 12 edges, recessed slatted boards on every face, optional diagonal braces.',
  slots: ['boards', 'frame'],
  defaultMaterials: { boards: 'pine', frame: 'oak' },
  schema: strictObject({
    type: z.literal('crate'),
    width: dim(0.6, 3).describe('along X, metres'),
    depth: dim(0.6, 3).describe('along Z, metres'),
    height: dim(0.6, 3).describe('metres'),
    slats: z.number().int().min(2).max(8).default(4).describe('boards per face'),
    braces: z.boolean().default(true),
  }),
  estimate: (p) => ({ triangles: T.box * (1 + 12 + 6 * p.slats + 4), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const W = p.width;
    const D = p.depth;
    const H = p.height;
    const fw = Math.min(W, D, H) * 0.075;
    const t = fw * 0.45;
    const rec = fw * 0.25;
    const gap = Math.min(0.006, fw * 0.15);
    const n = p.slats;
    // Frame: the twelve edges.
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('frame', [fw, H, fw], { at: [sx * (W / 2 - fw / 2), H / 2, sz * (D / 2 - fw / 2)] });
    }
    for (const y of [fw / 2, H - fw / 2]) {
      for (const s of [-1, 1]) {
        b.box('frame', [W - 2 * fw, fw, fw], { at: [0, y, s * (D / 2 - fw / 2)] });
        b.box('frame', [fw, fw, D - 2 * fw], { at: [s * (W / 2 - fw / 2), y, 0] });
      }
    }
    // Boards, recessed behind the frame, over a core that shows through the gaps.
    const core = rec + t / 2;
    b.box('boards', [W - 2 * core, H - 2 * core, D - 2 * core], { at: [0, H / 2, 0] });
    const bh = (H - 2 * fw - (n - 1) * gap) / n;
    for (let i = 0; i < n; i++) {
      const y = fw + bh / 2 + i * (bh + gap);
      for (const s of [-1, 1]) {
        b.box('boards', [W - 2 * fw + 0.004, bh, t], { at: [0, y, s * (D / 2 - rec - t / 2)] });
        b.box('boards', [t, bh, D - 2 * fw + 0.004], { at: [s * (W / 2 - rec - t / 2), y, 0] });
      }
    }
    const bd = (D - 2 * fw - (n - 1) * gap) / n;
    for (let i = 0; i < n; i++) {
      const z0 = -D / 2 + fw + bd / 2 + i * (bd + gap);
      b.box('boards', [W - 2 * fw + 0.004, t, bd], { at: [0, H - rec - t / 2, z0] });
      b.box('boards', [W - 2 * fw + 0.004, t, bd], { at: [0, rec + t / 2, z0] });
    }
    if (p.braces) {
      const iw = W - 2 * fw;
      const id = D - 2 * fw;
      const ih = H - 2 * fw;
      for (const s of [-1, 1]) {
        b.box('frame', [Math.hypot(iw, ih) - fw * 0.5, fw * 0.8, rec], { at: [0, H / 2, s * (D / 2 - rec / 2)], rot: [0, 0, s * Math.atan2(ih, iw) / DEG_TO_RAD] });
        b.box('frame', [rec, fw * 0.8, Math.hypot(id, ih) - fw * 0.5], { at: [s * (W / 2 - rec / 2), H / 2, 0], rot: [s * Math.atan2(ih, id) / DEG_TO_RAD, 0, 0] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['box', 'wooden crate', 'shipping crate', 'packing case', 'supply crate', 'wooden box'],
    placement: ['wall', 'corner', 'floor'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

// ---------------------------------------------------------------------------------------------------------

const CHEST_ARCH = 12;

function chestArch(depth: number, rise: number, e: number): Profile {
  const pts: Profile = [];
  for (let i = 0; i <= CHEST_ARCH; i++) {
    const phi = (Math.PI * i) / CHEST_ARCH;
    pts.push([depth / 2 - (depth / 2 + e) * Math.cos(phi), (rise + e) * Math.sin(phi)]);
  }
  return pts;
}

export const chest = defineProp({
  type: 'chest',
  summary: 'Treasure chest: planked box with a barrel-vaulted lid hinged at the back (-Z), iron straps and corners, brass lock at the front (+Z); open, it shows a heap of gold.',
  slots: ['wood', 'metal', 'lock', 'treasure'],
  defaultMaterials: { wood: 'oak', metal: 'iron_wrought', lock: 'brass', treasure: 'gold' },
  seeded: true,
  schema: strictObject({
    type: z.literal('chest'),
    width: dim(0.9, 3).describe('along X, metres'),
    depth: dim(0.55, 2).describe('along Z, metres'),
    height: dim(0.5, 2).describe('floor to the crown of the closed lid, metres'),
    open: z.boolean().default(false),
    treasure: z.boolean().default(true).describe('a heap of gold coins, seen when open'),
  }),
  estimate: () => ({
    triangles: 4 * T.box + 4 * T.box + 4 * T.box + T.extrude(CHEST_ARCH + 1) + 2 * T.extrude(2 * CHEST_ARCH + 2) +
      2 * (T.torus(6, 12) + T.box) + 2 * T.box + T.sphere(16, 8) + 12 * T.cyl(10),
    parts: 4,
  }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const W = p.width;
    const D = p.depth;
    const bodyH = chestBodyHeight(p);
    const lidH = p.height - bodyH;
    const t = Math.min(0.025, D * 0.06);
    // Body: floor and four walls, hollow so the open chest is a box.
    b.box('wood', [W, t, D], { at: [0, t / 2, 0] });
    for (const s of [-1, 1]) {
      b.box('wood', [W, bodyH - t, t], { at: [0, t + (bodyH - t) / 2, s * (D / 2 - t / 2)] });
      b.box('wood', [t, bodyH - t, D - 2 * t], { at: [s * (W / 2 - t / 2), t + (bodyH - t) / 2, 0] });
    }
    // Iron: corner guards and straps over the body; side handles.
    const cg = Math.min(0.045, D * 0.1);
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('metal', [cg, bodyH, cg], { at: [sx * (W / 2 - cg / 2 + 0.0025), bodyH / 2, sz * (D / 2 - cg / 2 + 0.0025)] });
    }
    const strapX = W * 0.3;
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('metal', [0.04, bodyH, 0.006], { at: [sx * strapX, bodyH / 2, sz * (D / 2 + 0.003)] });
    }
    const hr = Math.min(0.05, bodyH * 0.2);
    for (const s of [-1, 1]) {
      b.torus('metal', hr, 0.008, { at: [s * (W / 2 + 0.012), bodyH * 0.7, 0], rot: [0, 90, 180] }, 180, 6, 12);
      b.box('metal', [0.01, 0.03, hr * 2 + 0.03], { at: [s * (W / 2 + 0.005), bodyH * 0.7, 0] });
    }
    b.box('lock', [0.08, Math.min(0.1, bodyH * 0.35), 0.01], { at: [0, bodyH - Math.min(0.06, bodyH * 0.2), D / 2 + 0.005] });
    // Lid: a half-ellipse vault, extruded along X and hinged on the back edge.
    const ax = p.open ? -105 : 0;
    const hinge: V3 = [0, bodyH, -D / 2];
    b.extrude('wood', chestArch(D, lidH, 0), W, { at: hinge, rot: [ax, -90, 0] });
    const band = [...chestArch(D, lidH, 0.006), ...chestArch(D, lidH, 0).reverse()];
    for (const sx of [-1, 1]) b.extrude('metal', band, 0.04, { at: [sx * strapX, bodyH, -D / 2], rot: [ax, -90, 0] });
    // Hasp: hangs from the lid's front edge over the lock.
    const c = Math.cos(ax * DEG_TO_RAD);
    const s = Math.sin(ax * DEG_TO_RAD);
    const hasp: V3 = [0, -0.03, D + 0.011];
    b.box('lock', [0.03, 0.08, 0.008], { at: [0, hinge[1] + hasp[1] * c - hasp[2] * s, hinge[2] + hasp[1] * s + hasp[2] * c], rot: [ax, 0, 0] });
    if (p.open && p.treasure) {
      const a = W / 2 - t - 0.01;
      const cz = D / 2 - t - 0.01;
      const mh = Math.min(0.08, bodyH * 0.3);
      const my = bodyH - mh * 0.5;
      b.sphere('treasure', 1, { at: [0, my, 0], scale: [a, mh, cz] }, 16, 8);
      for (let i = 0; i < 12; i++) {
        const x = b.range(-0.75, 0.75) * a;
        const z = b.range(-0.7, 0.7) * cz;
        const y = my + mh * Math.sqrt(Math.max(0, 1 - (x / a) ** 2 - (z / cz) ** 2));
        b.cylinder('treasure', 0.016, 0.016, 0.003, { at: [x, y + 0.002, z], rot: [b.range(-25, 25), b.range(0, 360), b.range(-25, 25)] }, 10);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['treasure chest', 'trunk', 'coffer', 'strongbox', 'loot chest', 'footlocker'],
    placement: ['wall', 'corner', 'floor'],
    surfaceHeight: (p) => (p.open ? chestBodyHeight(p) : p.height),
    themes: ['dungeon', 'castle', 'cave'],
    facing: 'front',
  },
});

function chestBodyHeight(p: { height: number }): number {
  return p.height * 0.62;
}

// ---------------------------------------------------------------------------------------------------------

export const cauldron = defineProp({
  type: 'cauldron',
  summary: 'Cast-iron cauldron: round-bellied pot on stubby legs, rolled rim, bail handle resting back, optional brew inside.',
  slots: ['iron', 'liquid'],
  defaultMaterials: { iron: 'cast_iron_seasoned', liquid: 'slime_green' },
  schema: strictObject({
    type: z.literal('cauldron'),
    diameter: dim(0.6, 3).describe('across the belly, metres'),
    height: dim(0.5, 3).describe('floor to the rim, metres'),
    legs: z.number().int().min(0).max(4).default(3),
    handle: z.boolean().default(true),
    fill: fill(0.8),
  }),
  estimate: (p) => ({ triangles: vesselTris(11, 24) + T.torus(6, 24) + p.legs * T.cyl(8) + T.torus(5, 16) + 2 * T.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const H = p.height;
    const rimTube = Math.min(0.015, H * 0.04);
    const y0 = p.legs > 0 ? H * 0.08 : 0;
    const y1 = H - rimTube;
    const bh = y1 - y0;
    const cy = y0 + 0.55 * bh;
    const ryLow = 0.55 * bh;
    const sUp = Math.sqrt(1 - 0.82 * 0.82);
    const ryUp = (y1 - cy) / sUp;
    const wall = Math.min(0.012, R * 0.05);
    const angles: number[] = [];
    for (let i = 0; i <= 6; i++) angles.push(-90 + 15 * i);
    const top = Math.asin(sUp) / DEG_TO_RAD;
    for (let i = 1; i <= 4; i++) angles.push((top * i) / 4);
    const outer: Profile = angles.map((a) => [R * Math.cos(a * DEG_TO_RAD), cy + (a < 0 ? ryLow : ryUp) * Math.sin(a * DEG_TO_RAD)]);
    const inner: Profile = angles.map((a) => [(R - wall) * Math.cos(a * DEG_TO_RAD), cy + (a < 0 ? ryLow - wall : ryUp) * Math.sin(a * DEG_TO_RAD)]);
    vessel(b, 'iron', outer, inner, 24);
    const rimR = 0.82 * (R - wall / 2);
    b.torus('iron', rimR, rimTube, { at: [0, y1, 0], rot: [90, 0, 0] }, 360, 6, 24);
    if (p.fill > 0) liquid(b, 'liquid', inner, y0 + wall + p.fill * (bh - wall - 0.005), 24);
    for (let i = 0; i < p.legs; i++) {
      const a = (360 * i) / p.legs + 30;
      const lx = Math.cos(a * DEG_TO_RAD) * R * 0.5;
      const lz = Math.sin(a * DEG_TO_RAD) * R * 0.5;
      const lh = y0 + bh * 0.15;
      b.cylinder('iron', R * 0.08, R * 0.06, lh, { at: [lx, lh / 2, lz] }, 8);
    }
    if (p.handle) {
      const hy = y1 - 0.03;
      for (const s of [-1, 1]) b.box('iron', [0.02, 0.04, 0.03], { at: [s * (0.82 * R + 0.008), hy, 0] });
      b.torus('iron', 0.82 * R + 0.015, 0.008, { at: [0, hy, 0], rot: [-60, 0, 0] }, 180, 5, 16);
    }
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['pot', 'witch cauldron', 'cooking pot', 'kettle', 'brew pot', 'iron pot'],
    placement: ['floor', 'center', 'corner'],
    themes: ['dungeon', 'cave', 'castle'],
  },
});

// ---------------------------------------------------------------------------------------------------------

/** Bottle shapes, unit profiles, with default size, neck (where the bore starts) and stopper. */
const BOTTLES = {
  wine: {
    height: 0.3, diameter: 0.075, neckY: 0.78, neckR: 0.36,
    outer: [[0, 0], [0.92, 0], [1, 0.015], [1, 0.62], [0.93, 0.68], [0.7, 0.73], [0.42, 0.78], [0.36, 0.84], [0.36, 0.94], [0.41, 0.95], [0.41, 0.99], [0.37, 1]] as Profile,
  },
  beer: {
    height: 0.23, diameter: 0.06, neckY: 0.8, neckR: 0.45,
    outer: [[0, 0], [0.93, 0], [1, 0.02], [1, 0.55], [0.9, 0.63], [0.62, 0.72], [0.46, 0.8], [0.45, 0.93], [0.52, 0.94], [0.52, 0.98], [0.46, 1]] as Profile,
  },
  potion: {
    height: 0.16, diameter: 0.09, neckY: 0.62, neckR: 0.26,
    outer: [[0, 0], [0.5, 0], [0.8, 0.04], [0.97, 0.15], [1, 0.28], [0.9, 0.45], [0.6, 0.56], [0.28, 0.62], [0.26, 0.9], [0.32, 0.92], [0.32, 0.97], [0.26, 1]] as Profile,
  },
} as const;

export const bottle = defineProp({
  type: 'bottle',
  summary: 'Glass bottle (wine, longneck beer or round potion flask), hollow, with liquid to a fill level and a cork or crown cap.',
  slots: ['glass', 'liquid', 'stopper'],
  defaultMaterials: { glass: 'glass_bottle_green', liquid: 'wine_red', stopper: 'balsa_wood' },
  schema: strictObject({
    type: z.literal('bottle'),
    kind: z.enum(['wine', 'beer', 'potion']).default('wine'),
    height: z.number().positive().max(2).optional().describe('metres; by kind: wine 0.30, beer 0.23, potion 0.16'),
    diameter: z.number().positive().max(1).optional().describe('metres; by kind: wine 0.075, beer 0.06, potion 0.09'),
    fill: fill(0.7),
    stopper: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: vesselTris(12, 20) + T.cyl(12), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = BOTTLES[p.kind];
    const H = p.height ?? k.height;
    const R = (p.diameter ?? k.diameter) / 2;
    const wall = Math.min(0.003, R * 0.08);
    const outer = scaleProfile(k.outer, R, H);
    const bore = k.neckR * R - wall;
    const inner = innerOf(outer, wall, Math.min(0.005, H * 0.03), { y: k.neckY * H, bore });
    vessel(b, 'glass', outer, inner, 20);
    if (p.fill > 0) liquid(b, 'liquid', inner, inner[0]![1] + p.fill * (H * 0.97 - inner[0]![1]), 20);
    if (p.stopper) {
      if (p.kind === 'beer') {
        const cap = 0.52 * R + 0.001;
        b.cylinder('stopper', cap, cap, 0.006, { at: [0, H - 0.001, 0] }, 12);
      } else {
        // A cork: flush-ish in a wine bottle, standing proud of a potion flask.
        const len = Math.min(p.kind === 'wine' ? 0.03 : 0.025, H * 0.15);
        const proud = p.kind === 'wine' ? len * 0.27 : len * 0.52;
        b.cylinder('stopper', p.kind === 'wine' ? bore : bore * 1.25, p.kind === 'wine' ? bore : bore * 0.95, len, { at: [0, H + proud - len / 2, 0] }, 12);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['wine bottle', 'beer bottle', 'potion', 'flask', 'vial', 'phial', 'decanter'],
    placement: ['surface', 'floor'],
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

// ---------------------------------------------------------------------------------------------------------

const PLATE: Profile = [[0, 0.15], [0.36, 0.15], [0.38, 0], [0.43, 0], [0.46, 0.15], [0.75, 0.45], [0.98, 0.92], [1, 1], [0.97, 1], [0.72, 0.55], [0.66, 0.4], [0, 0.4]];

export const plate = defineProp({
  type: 'plate',
  summary: 'Dinner plate: foot ring, flat well and a sloping rim.',
  slots: ['ceramic'],
  defaultMaterials: { ceramic: 'ceramic_dinner_plate' },
  schema: strictObject({
    type: z.literal('plate'),
    diameter: dim(0.27, 1).describe('metres; a dinner plate is about 0.27 m, a side plate 0.2 m'),
    height: dim(0.02, 0.1).describe('metres'),
  }),
  estimate: () => ({ triangles: T.lathe(PLATE.length, 24), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    b.lathe('ceramic', scaleProfile(PLATE, p.diameter / 2, p.height), {}, 24);
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['dinner plate', 'dish', 'side plate', 'platter', 'crockery'],
    placement: ['surface', 'floor'],
    surfaceHeight: (p) => p.height * 0.4,
    themes: ['house', 'castle', 'dungeon'],
  },
});

// ---------------------------------------------------------------------------------------------------------

const CUPS = {
  mug: { height: 0.095, diameter: 0.082, outer: [[0, 0], [0.93, 0], [1, 0.04], [1, 1]] as Profile, base: 0.09, handle: { y: 0.52, r: 0.3 } },
  teacup: {
    height: 0.065, diameter: 0.085, base: 0.12, handle: { y: 0.6, r: 0.25 },
    outer: [[0, 0], [0.4, 0], [0.42, 0.06], [0.5, 0.1], [0.8, 0.35], [0.96, 0.7], [1, 1]] as Profile,
  },
  goblet: {
    height: 0.17, diameter: 0.08, base: 0.53, handle: undefined,
    outer: [[0, 0], [0.75, 0], [0.75, 0.02], [0.5, 0.05], [0.15, 0.1], [0.1, 0.25], [0.14, 0.4], [0.1, 0.45], [0.3, 0.5], [0.75, 0.6], [0.95, 0.75], [1, 1]] as Profile,
  },
} as const;

export const cup = defineProp({
  type: 'cup',
  summary: 'Drinking vessel: a mug or teacup with a handle (on +X), or a stemmed goblet; optional drink inside.',
  slots: ['body', 'liquid'],
  defaultMaterials: { body: 'ceramic_glazed_white', liquid: 'coffee_black' },
  schema: strictObject({
    type: z.literal('cup'),
    kind: z.enum(['mug', 'teacup', 'goblet']).default('mug'),
    height: z.number().positive().max(0.5).optional().describe('metres; by kind: mug 0.095, teacup 0.065, goblet 0.17'),
    diameter: z.number().positive().max(0.5).optional().describe('rim, metres; by kind: mug 0.082, teacup 0.085, goblet 0.08'),
    fill: fill(0),
  }),
  estimate: () => ({ triangles: vesselTris(12, 20) + T.torus(6, 12), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = CUPS[p.kind];
    const H = p.height ?? k.height;
    const R = (p.diameter ?? k.diameter) / 2;
    const outer = scaleProfile(k.outer, R, H);
    const inner = innerOf(outer, Math.min(0.004, R * 0.1), k.base * H);
    vessel(b, 'body', outer, inner, 20);
    if (p.fill > 0) liquid(b, 'liquid', inner, inner[0]![1] + p.fill * (H * 0.98 - inner[0]![1]), 20);
    if (k.handle) {
      const hy = k.handle.y * H;
      const hr = k.handle.r * H;
      const x = radiusAt(outer, hy) - 0.002;
      b.torus('body', hr, Math.min(0.0065, hr * 0.25), { at: [x, hy, 0], rot: [0, 0, -90], scale: [1, 0.85, 1] }, 180, 6, 12);
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['mug', 'teacup', 'coffee cup', 'goblet', 'chalice', 'beaker'],
    placement: ['surface', 'floor'],
    themes: ['house', 'office', 'castle', 'dungeon'],
  },
});

// ---------------------------------------------------------------------------------------------------------

const POT: Profile = [[0, 0], [0.78, 0], [0.8, 0.02], [0.9, 0.84], [1, 0.85], [1, 1]];
const LEAVES = 9;

export const plant_pot = defineProp({
  type: 'plant_pot',
  summary: 'Tapered terracotta flower pot with a rim, filled with soil and a leafy plant.',
  slots: ['pot', 'soil', 'plant'],
  defaultMaterials: { pot: 'ceramic_terracotta', soil: 'soil', plant: 'leaves_green' },
  seeded: true,
  schema: strictObject({
    type: z.literal('plant_pot'),
    height: dim(0.25, 2).describe('pot height, metres'),
    diameter: dim(0.25, 2).describe('across the rim, metres'),
    plant: z.boolean().default(true),
    plantHeight: dim(0.35, 3).describe('leaves above the soil, metres'),
  }),
  estimate: () => ({ triangles: vesselTris(POT.length, 20, false) + T.cyl(16) + LEAVES * T.sphere(8, 6), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const H = p.height;
    const outer = scaleProfile(POT, R, H);
    const inner = innerOf(outer, Math.min(0.01, R * 0.08), Math.min(0.015, H * 0.08));
    vessel(b, 'pot', outer, inner, 20);
    const soilY = H * 0.9;
    b.cylinder('soil', radiusAt(inner, soilY) - 0.001, radiusAt(inner, soilY - 0.01) - 0.001, 0.01, { at: [0, soilY - 0.005, 0] }, 16);
    if (p.plant) {
      for (let i = 0; i < LEAVES; i++) {
        const yaw = i * 137.5 + b.range(-15, 15);
        const tilt = 12 + (42 * i) / (LEAVES - 1) + b.range(-5, 5);
        const L = (p.plantHeight * b.range(0.85, 1.05)) / Math.cos(tilt * DEG_TO_RAD * 0.6);
        const dir: V3 = [-Math.sin(tilt * DEG_TO_RAD) * Math.cos(yaw * DEG_TO_RAD), Math.cos(tilt * DEG_TO_RAD), Math.sin(tilt * DEG_TO_RAD) * Math.sin(yaw * DEG_TO_RAD)];
        const c = (L / 2) * 0.95;
        b.sphere('plant', 1, { at: [dir[0] * c, soilY + dir[1] * c, dir[2] * c], rot: [0, yaw, tilt], scale: [L * 0.03, L / 2, L * 0.16] }, 8, 6);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'nature',
    synonyms: ['flower pot', 'potted plant', 'houseplant', 'planter', 'pot plant', 'plant'],
    placement: ['floor', 'corner', 'surface'],
    themes: ['house', 'office'],
  },
});

// ---------------------------------------------------------------------------------------------------------

const VASES: Record<'baluster' | 'bud' | 'cylinder', Profile> = {
  baluster: [[0, 0], [0.55, 0], [0.6, 0.03], [0.85, 0.15], [1, 0.35], [0.95, 0.5], [0.7, 0.68], [0.45, 0.8], [0.42, 0.9], [0.55, 0.98], [0.56, 1]],
  bud: [[0, 0], [0.7, 0], [0.75, 0.03], [0.95, 0.2], [1, 0.35], [0.85, 0.5], [0.4, 0.62], [0.25, 0.7], [0.25, 0.93], [0.33, 1]],
  cylinder: [[0, 0], [0.97, 0], [1, 0.02], [1, 1]],
};

export const vase = defineProp({
  type: 'vase',
  summary: 'Hollow ceramic vase: baluster, narrow-necked bud vase or plain cylinder.',
  slots: ['ceramic'],
  defaultMaterials: { ceramic: 'ceramic_celadon' },
  schema: strictObject({
    type: z.literal('vase'),
    style: z.enum(['baluster', 'bud', 'cylinder']).default('baluster'),
    height: dim(0.3, 2).describe('metres'),
    diameter: dim(0.16, 1.5).describe('at the widest, metres'),
  }),
  estimate: () => ({ triangles: vesselTris(11, 24, false), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const outer = scaleProfile(VASES[p.style], R, p.height);
    vessel(b, 'ceramic', outer, innerOf(outer, Math.min(0.006, R * 0.08), Math.min(0.01, p.height * 0.05)), 24);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['urn', 'flower vase', 'jar', 'amphora', 'bud vase', 'pot'],
    placement: ['surface', 'floor'],
    themes: ['house', 'castle', 'office'],
  },
});

// ---------------------------------------------------------------------------------------------------------

export const bucket = defineProp({
  type: 'bucket',
  summary: 'Wooden bucket: tapered staves, two iron hoops, iron bail handle; optionally holding water.',
  slots: ['wood', 'metal', 'water'],
  defaultMaterials: { wood: 'oak', metal: 'iron', water: 'water' },
  schema: strictObject({
    type: z.literal('bucket'),
    height: dim(0.3, 2).describe('metres'),
    diameter: dim(0.3, 2).describe('across the rim, metres; the bottom is 15 % narrower'),
    handle: z.boolean().default(true),
    fill: fill(0),
  }),
  estimate: () => ({ triangles: vesselTris(4, 24) + 2 * T.torus(4, 24) + 2 * T.box + T.torus(5, 16), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const H = p.height;
    const outer: Profile = [[0, 0], [0.85 * R - 0.003, 0], [0.85 * R, 0.005], [R, H]];
    const inner = innerOf(outer, Math.min(0.015, R * 0.1), Math.min(0.02, H * 0.1));
    vessel(b, 'wood', outer, inner, 24);
    if (p.fill > 0) liquid(b, 'water', inner, inner[0]![1] + p.fill * (H * 0.97 - inner[0]![1]), 24);
    for (const f of [0.15, 0.85]) {
      b.torus('metal', radiusAt(outer, f * H) + 0.003, 0.005, { at: [0, f * H, 0], rot: [90, 0, 0] }, 360, 4, 24);
    }
    if (p.handle) {
      const hy = H - 0.03;
      for (const s of [-1, 1]) b.box('metal', [0.02, 0.06, 0.03], { at: [s * (radiusAt(outer, hy) + 0.008), hy, 0] });
      b.torus('metal', radiusAt(outer, hy) + 0.015, 0.005, { at: [0, hy, 0], rot: [-20, 0, 0] }, 180, 5, 16);
    }
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['pail', 'wooden bucket', 'water bucket', 'well bucket', 'tub'],
    placement: ['floor', 'corner', 'wall'],
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

export const CONTAINERS_PROPS: PropDef[] = [crate, chest, cauldron, bottle, plate, cup, plant_pot, vase, bucket] as unknown as PropDef[];
