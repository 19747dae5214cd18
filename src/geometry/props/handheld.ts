/**
 * Hand-held and desk things: laptop, phone, telephone, knife, pistol, sword, camera, typewriter, radio and desk
 * lamp. Real sizes in metres, base on y = 0, fronts to +Z. Also the small shape helpers tabletop.ts shares.
 */
import { Euler, Matrix4, Quaternion, Vector3, type BufferGeometry } from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { PropBuilder, type Place, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';

/** A length in metres with a default and an upper bound. */
export const dim = (d: number, max: number) => z.number().positive().max(max).default(d);

/** Triangles each builder primitive makes at most, for `estimate`. */
export const T = {
  box: 12,
  cyl: (segments: number) => 4 * segments,
  cone: (segments: number) => 2 * segments,
  sphere: (w: number, h: number) => 2 * w * h,
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  capsule: (segments: number) => 16 * segments,
  lathe: (points: number, segments: number) => 2 * (points - 1) * segments,
  /** A polygon of n points (holes' points included) extruded without bevel; each hole adds a little. */
  extrude: (n: number, holes = 0) => 4 * n + 8 * holes,
};


/** A cylinder from `from` to `to`. */
export function rod(b: PropBuilder, slot: string, from: V3, to: V3, r: number, segments = 8): void {
  b.rodBetween(slot, from, to, r, r, segments);
}

/** A side outline drawn as [z, y] points (z towards the front), extruded across X by `width`, centred on `x`. */
export function sideProfile(b: PropBuilder, slot: string, outline: [number, number][], width: number, x = 0): void {
  b.extrude(slot, outline, width, { at: [x, 0, 0], rot: [0, -90, 0] });
}

/** A top-view outline drawn as [x, z] points, `thickness` thick, its mid-plane at height `y`. */
export function flat(b: PropBuilder, slot: string, outline: [number, number][], thickness: number, y: number, holes: [number, number][][] = []): void {
  b.extrude(slot, outline, thickness, { at: [0, y, 0], rot: [90, 0, 0] }, holes);
}

/** A rectangle `w` × `h` centred on the origin with corners rounded to `r`, `n` points per corner. */
export function roundedRect(w: number, h: number, r: number, n = 3): [number, number][] {
  const out: [number, number][] = [];
  const corners: [number, number, number][] = [[w / 2 - r, h / 2 - r, 0], [-w / 2 + r, h / 2 - r, 90], [-w / 2 + r, -h / 2 + r, 180], [w / 2 - r, -h / 2 + r, 270]];
  for (const [cx, cy, a0] of corners) {
    for (let i = 0; i < n; i++) {
      const a = (a0 + (90 * i) / (n - 1)) * DEG_TO_RAD;
      out.push([cx + Math.cos(a) * r, cy + Math.sin(a) * r]);
    }
  }
  return out;
}

/**
 * A builder whose pieces are all turned by one frame: a thing drawn upright (a sword on its point, a pistol in
 * the hand) can be laid down on a table without redrawing it.
 */
export class FramedBuilder extends PropBuilder {
  constructor(seed: number, private readonly frame: Matrix4) {
    super(seed);
  }

  override add(slot: string, geometry: BufferGeometry, place: Place = {}): this {
    geometry.applyMatrix4(new Matrix4().compose(
      new Vector3(...(place.at ?? [0, 0, 0])),
      new Quaternion().setFromEuler(new Euler(...((place.rot ?? [0, 0, 0]).map((d) => d * DEG_TO_RAD) as V3))),
      new Vector3(...(place.scale ?? [1, 1, 1])),
    ));
    geometry.applyMatrix4(this.frame);
    return super.add(slot, geometry);
  }
}

/** Turned `deg` about `axis` ('x' or 'z'), then moved by `shift`. */
export function frame(axis: 'x' | 'z', deg: number, shift: V3): Matrix4 {
  const turn = axis === 'x' ? new Matrix4().makeRotationX(deg * DEG_TO_RAD) : new Matrix4().makeRotationZ(deg * DEG_TO_RAD);
  return new Matrix4().makeTranslation(...shift).multiply(turn);
}

// ---------------------------------------------------------------------------------------------------------

export const laptop = defineProp({
  type: 'laptop',
  summary: 'Laptop: thin base with keyboard and trackpad, lid hinged at the back with the screen facing +Z.',
  slots: ['body', 'keys', 'screen'],
  defaultMaterials: { body: 'aluminium_brushed', keys: 'keyboard_black_matte', screen: 'screen_monitor' },
  schema: strictObject({
    type: z.literal('laptop'),
    width: dim(0.33, 0.5).describe('metres; 0.33 for a 14-inch laptop'),
    depth: dim(0.23, 0.4).describe('front to back, metres'),
    thickness: dim(0.018, 0.05).describe('closed thickness, metres'),
    lidDeg: z.number().min(0).max(135).default(110).describe('lid opening, degrees; 0 is shut'),
  }),
  estimate: () => ({ triangles: 5 * T.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const baseH = p.thickness * 0.6;
    const lidT = p.thickness - baseH;
    b.box('body', [p.width, baseH, p.depth], { at: [0, baseH / 2, 0] });
    b.box('keys', [p.width * 0.86, 0.001, p.depth * 0.42], { at: [0, baseH + 0.0005, -p.depth * 0.12] });
    b.box('keys', [p.width * 0.32, 0.0008, p.depth * 0.26], { at: [0, baseH + 0.0004, p.depth * 0.27] });
    // The lid turns about the back edge: open by θ its length runs along (0, sin θ, cos θ).
    const t = p.lidDeg * DEG_TO_RAD;
    const dir: V3 = [0, Math.sin(t), Math.cos(t)];
    const out: V3 = [0, Math.cos(t), -Math.sin(t)];
    const hinge: V3 = [0, baseH, -p.depth / 2];
    const along = (s: number, n: number): V3 => [0, hinge[1] + dir[1] * s + out[1] * n, hinge[2] + dir[2] * s + out[2] * n];
    b.box('body', [p.width, lidT, p.depth], { at: along(p.depth / 2, lidT / 2), rot: [-p.lidDeg, 0, 0] });
    b.box('screen', [p.width * 0.92, 0.001, p.depth * 0.86], { at: along(p.depth * 0.52, -0.0004), rot: [-p.lidDeg, 0, 0] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['notebook computer', 'portable computer', 'macbook'],
    placement: ['surface'],
    themes: ['office', 'house'],
    facing: 'front',
  },
});

export const phone = defineProp({
  type: 'phone',
  summary: 'Smartphone lying face up: rounded slab with a glass screen.',
  slots: ['body', 'screen'],
  defaultMaterials: { body: 'anodised_aluminium_black', screen: 'screen_monitor' },
  schema: strictObject({
    type: z.literal('phone'),
    width: dim(0.072, 0.2).describe('metres'),
    length: dim(0.147, 0.3).describe('metres'),
    thickness: dim(0.008, 0.04).describe('metres'),
  }),
  estimate: () => ({ triangles: 2 * T.extrude(16), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const r = Math.min(p.width, p.length) * 0.14;
    flat(b, 'body', roundedRect(p.width, p.length, r, 4), p.thickness, p.thickness / 2);
    flat(b, 'screen', roundedRect(p.width * 0.94, p.length * 0.96, r * 0.9, 4), 0.0006, p.thickness + 0.0003);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['smartphone', 'mobile phone', 'cellphone', 'cell phone', 'iphone'],
    placement: ['surface'],
    themes: ['office', 'house'],
    facing: 'front',
  },
});

export const telephone = defineProp({
  type: 'telephone',
  summary: 'Desk telephone: sloped body with a rotary dial or keypad on the front, handset across the cradle.',
  slots: ['body', 'dial'],
  defaultMaterials: { body: 'bakelite_brown', dial: 'chrome' },
  schema: strictObject({
    type: z.literal('telephone'),
    style: z.enum(['rotary', 'push-button']).default('rotary'),
    width: dim(0.2, 0.4).describe('metres'),
    depth: dim(0.22, 0.4).describe('metres'),
  }),
  estimate: () => ({ triangles: T.extrude(5) + 2 * T.box + T.box + 2 * T.cyl(12) + T.cyl(20) + 10 * T.cyl(6) + 12 * T.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const { width: w, depth: d } = p;
    const h = w * 0.45;
    const front: [number, number] = [d / 2, h * 0.38];
    const back: [number, number] = [-d * 0.05, h * 0.95];
    sideProfile(b, 'body', [[-d / 2, 0], [d / 2, 0], front, back, [-d / 2, h]], w);
    for (const s of [-1, 1]) b.box('body', [0.02, 0.03, 0.03], { at: [s * w * 0.32, h + 0.01, -d * 0.22] });
    // Handset: a bar across the cradle with the ear and mouth cups hanging off its ends.
    const hy = h + 0.032;
    b.box('body', [w * 1.05, 0.022, 0.035], { at: [0, hy, -d * 0.22] });
    for (const s of [-1, 1]) b.cylinder('body', 0.026, 0.022, 0.03, { at: [s * w * 0.47, hy - 0.012, -d * 0.22] }, 12);
    // The dial sits on the front slope, square to it.
    const tilt = Math.atan2(back[1] - front[1], front[0] - back[0]) / DEG_TO_RAD;
    const mid: V3 = [0, (front[1] + back[1]) / 2, (front[0] + back[0]) / 2];
    const r = Math.min(w * 0.3, d * 0.2);
    if (p.style === 'rotary') telephoneDial(b, mid, r, tilt);
    else telephoneKeys(b, mid, r, tilt);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['rotary phone', 'landline', 'desk phone', 'office phone'],
    placement: ['surface'],
    themes: ['office', 'house'],
    facing: 'front',
  },
});

/** Unit vectors along and across a slope tilted `tilt` degrees back from the horizontal, seen from +X. */
function slopeAxes(tilt: number): { up: V3; normal: V3 } {
  const t = tilt * DEG_TO_RAD;
  return { up: [0, Math.sin(t), -Math.cos(t)], normal: [0, Math.cos(t), Math.sin(t)] };
}

function telephoneDial(b: PropBuilder, mid: V3, r: number, tilt: number): void {
  const { up, normal } = slopeAxes(tilt);
  b.cylinder('dial', r, r, 0.006, { at: [0, mid[1] + normal[1] * 0.003, mid[2] + normal[2] * 0.003], rot: [tilt, 0, 0] }, 20);
  // Ten finger holes round the rim, drawn as studs so they read at a distance.
  for (let i = 0; i < 10; i++) {
    const a = (-60 + i * 27) * DEG_TO_RAD;
    const u = Math.sin(a) * r * 0.72;
    const x = Math.cos(a) * r * 0.72;
    b.cylinder('body', r * 0.12, r * 0.12, 0.004, { at: [x, mid[1] + up[1] * u + normal[1] * 0.007, mid[2] + up[2] * u + normal[2] * 0.007], rot: [tilt, 0, 0] }, 6);
  }
}

function telephoneKeys(b: PropBuilder, mid: V3, r: number, tilt: number): void {
  const { up, normal } = slopeAxes(tilt);
  const k = r * 0.42;
  for (let row = 0; row < 4; row++) for (let col = 0; col < 3; col++) {
    const u = (1.5 - row) * k * 1.1;
    b.box('dial', [k, 0.006, k * 0.8], { at: [(col - 1) * k * 1.2, mid[1] + up[1] * u + normal[1] * 0.003, mid[2] + up[2] * u + normal[2] * 0.003], rot: [tilt, 0, 0] });
  }
}

// ---------------------------------------------------------------------------------------------------------

/** Knife blades as top-view outlines, [x, z] in units of blade width and length, heel at z = 0. */
const KNIFE_BLADES: Record<'kitchen' | 'dagger' | 'cleaver', [number, number][]> = {
  kitchen: [[-0.5, 0], [0.5, 0], [0.5, 0.8], [0.35, 1], [-0.05, 0.9], [-0.4, 0.7], [-0.5, 0.5]],
  dagger: [[-0.5, 0], [0.5, 0], [0.32, 0.75], [0, 1], [-0.32, 0.75]],
  cleaver: [[-0.5, 0], [0.5, 0], [0.5, 1], [-0.5, 0.96]],
};

export const knife = defineProp({
  type: 'knife',
  summary: 'Knife lying flat, point towards +Z: kitchen knife, dagger (guard and pommel) or cleaver.',
  slots: ['blade', 'handle'],
  defaultMaterials: { blade: 'steel_stainless_polished', handle: 'walnut' },
  schema: strictObject({
    type: z.literal('knife'),
    kind: z.enum(['kitchen', 'dagger', 'cleaver']).default('kitchen'),
    length: dim(0.3, 0.6).describe('point to butt, metres'),
  }),
  estimate: () => ({ triangles: T.extrude(7) + T.capsule(8) + T.box + T.sphere(8, 6), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const bl = L * (p.kind === 'dagger' ? 0.62 : 0.6);
    const bw = L * ({ kitchen: 0.15, dagger: 0.12, cleaver: 0.3 } as const)[p.kind];
    const hr = L * 0.035;
    const z0 = -L / 2 + (L - bl);
    const y = hr;
    flat(b, 'blade', KNIFE_BLADES[p.kind].map(([x, z]) => [x * bw, z0 + z * bl]), 0.002, y);
    const hl = L - bl - (p.kind === 'dagger' ? hr * 2 : 0);
    b.capsule('handle', hr, Math.max(0.001, hl - 2 * hr), { at: [0, y, z0 - hl / 2], rot: [90, 0, 0], scale: [1, 1, 0.85] }, 8);
    if (p.kind === 'dagger') {
      b.box('blade', [bw * 1.8, hr * 1.4, hr * 0.9], { at: [0, y, z0] });
      b.sphere('blade', hr * 1.1, { at: [0, y, -L / 2 + hr * 1.1] }, 8, 6);
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['kitchen knife', 'dagger', 'cleaver', 'blade'],
    placement: ['surface'],
    themes: ['house', 'dungeon', 'castle'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

type GunKind = 'pistol' | 'revolver' | 'flintlock';

/** Each gun drawn upright in side view (muzzle +Z): its half thickness and the height span of its outline. */
const GUNS: Record<GunKind, { half: number; low: number; high: number; draw: (b: PropBuilder) => void }> = {
  pistol: { half: 0.015, low: -0.105, high: 0.032, draw: drawPistol },
  revolver: { half: 0.02, low: -0.1, high: 0.04, draw: drawRevolver },
  flintlock: { half: 0.016, low: -0.1, high: 0.03, draw: drawFlintlock },
};

export const pistol = defineProp({
  type: 'pistol',
  summary: 'Handgun lying on its side, muzzle towards +Z: semi-automatic pistol, revolver or flintlock.',
  slots: ['metal', 'grip'],
  defaultMaterials: { metal: 'iron_blackened', grip: 'walnut' },
  schema: strictObject({
    type: z.literal('pistol'),
    kind: z.enum(['pistol', 'revolver', 'flintlock']).default('pistol'),
    scale: z.number().min(0.5).max(2).default(1).describe('1 is a service pistol about 0.2 m long'),
  }),
  estimate: () => ({ triangles: 3 * T.box + T.extrude(9) + T.extrude(5) + 2 * T.cyl(12) + T.torus(4, 12) + T.sphere(8, 6), parts: 2 }),
  generate: (p, ctx) => {
    const g = GUNS[p.kind];
    const s = p.scale;
    // Laid on its left side: the outline's up becomes -X, its thickness the height above the table.
    const m = frame('z', 90, [((g.high + g.low) / 2) * s, g.half * s, 0]).multiply(new Matrix4().makeScale(s, s, s));
    const b = new FramedBuilder(ctx.seed, m);
    g.draw(b);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['handgun', 'revolver', 'gun', 'sidearm', 'flintlock'],
    placement: ['surface'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

function drawPistol(b: PropBuilder): void {
  b.box('metal', [0.028, 0.032, 0.2], { at: [0, 0.016, 0] });
  b.box('metal', [0.025, 0.014, 0.13], { at: [0, -0.007, 0.02] });
  b.torus('metal', 0.014, 0.003, { at: [0, -0.022, 0.025], rot: [0, 90, 0] }, 360, 4, 12);
  b.box('metal', [0.004, 0.014, 0.005], { at: [0, -0.02, 0.027] });
  sideProfile(b, 'grip', [[-0.095, 0], [-0.05, 0], [-0.065, -0.105], [-0.1, -0.1]], 0.03);
}

function drawRevolver(b: PropBuilder): void {
  b.cylinder('metal', 0.009, 0.009, 0.15, { at: [0, 0.02, 0.045], rot: [90, 0, 0] }, 12);
  sideProfile(b, 'metal', [[-0.09, -0.005], [-0.03, -0.005], [-0.03, 0.03], [-0.09, 0.038]], 0.022);
  b.cylinder('metal', 0.02, 0.02, 0.04, { at: [0, 0.012, -0.05], rot: [90, 0, 0] }, 12);
  b.box('metal', [0.008, 0.014, 0.012], { at: [0, 0.036, -0.094], rot: [-30, 0, 0] });
  b.torus('metal', 0.014, 0.003, { at: [0, -0.018, -0.04], rot: [0, 90, 0] }, 360, 4, 12);
  sideProfile(b, 'grip', [[-0.095, 0], [-0.065, -0.005], [-0.08, -0.1], [-0.12, -0.095], [-0.11, -0.01]], 0.028);
}

function drawFlintlock(b: PropBuilder): void {
  b.cylinder('metal', 0.011, 0.011, 0.24, { at: [0, 0.017, 0.08], rot: [90, 0, 0] }, 12);
  sideProfile(b, 'grip', [[0.17, 0.0], [0.17, 0.012], [-0.06, 0.018], [-0.12, 0.0], [-0.17, -0.07], [-0.2, -0.09], [-0.16, -0.1], [-0.1, -0.04], [-0.05, -0.01]], 0.026);
  b.box('metal', [0.03, 0.018, 0.06], { at: [0, 0.008, -0.05] });
  b.box('metal', [0.008, 0.03, 0.01], { at: [0, 0.03, -0.07], rot: [-35, 0, 0] });
  b.torus('metal', 0.013, 0.003, { at: [0, -0.02, -0.04], rot: [0, 90, 0] }, 360, 4, 12);
  b.sphere('metal', 0.014, { at: [0, -0.092, -0.19] }, 8, 6);
}

// ---------------------------------------------------------------------------------------------------------

type SwordKind = 'longsword' | 'sabre' | 'katana' | 'rapier';

/**
 * Shares of the sword's length: blade width, sideways sweep of the point (curve), grip, and the half thickness
 * of the hilt (what it rests on when lying).
 */
const SWORDS: Record<SwordKind, { width: number; curve: number; grip: number; half: number }> = {
  longsword: { width: 0.05, curve: 0, grip: 0.2, half: 0.024 },
  sabre: { width: 0.035, curve: 0.08, grip: 0.14, half: 0.024 },
  katana: { width: 0.032, curve: 0.04, grip: 0.25, half: 0.04 },
  rapier: { width: 0.02, curve: 0, grip: 0.15, half: 0.045 },
};

export const sword = defineProp({
  type: 'sword',
  summary: 'Sword: blade, guard, grip and pommel; lying flat (point to +Z) or upright on its point.',
  slots: ['blade', 'hilt', 'grip'],
  defaultMaterials: { blade: 'steel_stainless_polished', hilt: 'brass_antique', grip: 'leather_black' },
  schema: strictObject({
    type: z.literal('sword'),
    kind: z.enum(['longsword', 'sabre', 'katana', 'rapier']).default('longsword'),
    length: dim(1.0, 2).describe('point to pommel, metres'),
    pose: z.enum(['lying', 'upright']).default('lying'),
  }),
  estimate: () => ({ triangles: T.extrude(20) + T.box + T.cyl(16) + T.cyl(8) + T.sphere(8, 6) + T.torus(4, 12) + T.sphere(10, 6), parts: 3 }),
  generate: (p, ctx) => {
    // Drawn upright on its point; lying, the blade's flat faces up and the point looks along +Z.
    const lift = SWORDS[p.kind].half * p.length;
    const m = p.pose === 'upright' ? new Matrix4() : frame('x', -90, [0, lift, p.length / 2]);
    const b = new FramedBuilder(ctx.seed, m);
    drawSword(b, p.kind, p.length);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['longsword', 'broadsword', 'sabre', 'katana', 'rapier'],
    placement: ['surface', 'wall', 'floor'],
    themes: ['castle', 'dungeon'],
    facing: 'front',
  },
});

/** A blade outline from the point (y = 0) to the hilt (y = bl), curving sideways by `curve` of its length. */
function bladeOutline(bl: number, w: number, curve: number): [number, number][] {
  const n = 9;
  const c = (s: number) => curve * bl * s * s;
  const right: [number, number][] = [];
  const left: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    const s = (i / (n - 1)) * 0.9;
    // A slightly convex taper: collinear edge points would leave zero-area triangles in the faces.
    const half = (w / 2) * (1 - 0.35 * s * s);
    right.push([c(s) + half, bl * (1 - s)]);
    left.push([c(s) - half, bl * (1 - s)]);
  }
  return [...right, [c(1), 0], ...left.reverse()];
}

function drawSword(b: PropBuilder, kind: SwordKind, L: number): void {
  const k = SWORDS[kind];
  const gl = L * k.grip;
  const bl = L - gl - L * 0.04;
  b.extrude('blade', bladeOutline(bl, k.width * L, k.curve), 0.006 * L);
  const gy = bl + 0.01 * L;
  if (kind === 'katana') b.cylinder('hilt', 0.04 * L, 0.04 * L, 0.008 * L, { at: [0, gy, 0] }, 16);
  else b.box('hilt', [(kind === 'rapier' ? 0.24 : 0.2) * L, 0.02 * L, 0.022 * L], { at: [0, gy, 0] });
  b.cylinder('grip', 0.014 * L, 0.016 * L, gl, { at: [0, gy + gl / 2, 0] }, 8);
  if (kind !== 'katana') b.sphere('hilt', 0.024 * L, { at: [0, gy + gl + 0.018 * L, 0] }, 8, 6);
  // A sabre's knuckle bow, a rapier's cup.
  if (kind === 'sabre') b.torus('hilt', gl * 0.55, 0.005 * L, { at: [0.02 * L, gy + gl * 0.55, 0], rot: [0, 0, -90] }, 180, 4, 12);
  if (kind === 'rapier') b.sphere('hilt', 0.045 * L, { at: [0, gy, 0], scale: [1, 0.5, 1] }, 10, 6);
}

// ---------------------------------------------------------------------------------------------------------

export const camera = defineProp({
  type: 'camera',
  summary: 'Photo camera, lens towards +Z: an SLR (prism hump, hand grip, long lens) or a compact.',
  slots: ['body', 'trim', 'glass'],
  defaultMaterials: { body: 'plastic_textured_black', trim: 'chrome', glass: 'glass_smoked' },
  schema: strictObject({
    type: z.literal('camera'),
    style: z.enum(['slr', 'compact']).default('slr'),
    width: dim(0.14, 0.4).describe('body width, metres'),
    lens: dim(0.06, 0.4).describe('lens length from the body, metres (SLR)'),
  }),
  estimate: () => ({ triangles: 3 * T.box + T.extrude(4) + 2 * T.cyl(16) + T.torus(4, 16) + 2 * T.cyl(8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const slr = p.style === 'slr';
    const w = p.width;
    const bh = w * (slr ? 0.5 : 0.58);
    const bd = w * (slr ? 0.36 : 0.28);
    const lens = slr ? p.lens : w * 0.12;
    const r = bh * (slr ? 0.46 : 0.34);
    const ly = bh * (slr ? 0.5 : 0.55);
    const lx = slr ? 0 : -w * 0.12;
    b.box('body', [w, bh, bd], { at: [0, bh / 2, 0] });
    if (slr) {
      b.box('body', [w * 0.2, bh * 0.96, bd * 0.5], { at: [w * 0.38, bh * 0.48, bd * 0.7] });
      b.extrude('body', [[-w * 0.22, 0], [w * 0.22, 0], [w * 0.13, bh * 0.38], [-w * 0.13, bh * 0.38]], bd * 0.8, { at: [0, bh, 0] });
    } else {
      b.box('glass', [w * 0.16, bh * 0.18, 0.002], { at: [w * 0.28, bh * 0.78, bd / 2 + 0.001] });
    }
    b.cylinder('body', r, r, lens, { at: [lx, ly, bd / 2 + lens / 2], rot: [90, 0, 0] }, 16);
    b.cylinder('glass', r * 0.8, r * 0.8, 0.003, { at: [lx, ly, bd / 2 + lens + 0.0015], rot: [90, 0, 0] }, 16);
    b.torus('trim', r * 1.01, r * 0.06, { at: [lx, ly, bd / 2 + lens * 0.4] }, 360, 4, 16);
    b.cylinder('trim', w * 0.04, w * 0.04, bh * 0.08, { at: [w * 0.36, bh * 1.04, bd * (slr ? 0.3 : 0)] }, 8);
    b.cylinder('trim', w * 0.07, w * 0.07, bh * 0.08, { at: [-w * 0.34, bh * 1.04, 0] }, 8);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['photo camera', 'slr', 'dslr', 'film camera', 'compact camera'],
    placement: ['surface'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

export const typewriter = defineProp({
  type: 'typewriter',
  summary: 'Manual typewriter: sloped body with four rows of round keys, space bar, carriage and platen with a sheet.',
  slots: ['body', 'keys', 'platen', 'paper'],
  defaultMaterials: { body: 'iron_blackened', keys: 'ceramic_glazed_white', platen: 'rubber_black', paper: 'paper' },
  schema: strictObject({
    type: z.literal('typewriter'),
    width: dim(0.45, 0.7).describe('metres'),
    depth: dim(0.38, 0.6).describe('metres'),
    sheet: z.boolean().default(true).describe('a sheet of paper in the platen'),
  }),
  estimate: () => ({ triangles: T.extrude(5) + 42 * T.cyl(8) + 3 * T.box + T.cyl(16) + 2 * T.cyl(10) + T.cyl(6), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const { width: w, depth: d } = p;
    const h = w * 0.26;
    const front: [number, number] = [d / 2, h * 0.25];
    const back: [number, number] = [-d * 0.1, h * 0.75];
    sideProfile(b, 'body', [[-d / 2, 0], [d / 2, 0], front, back, [-d / 2, h * 0.8]], w * 0.86);
    const tilt = Math.atan2(back[1] - front[1], front[0] - back[0]) / DEG_TO_RAD;
    const { up } = slopeAxes(tilt);
    // Four staggered rows of keys on stalks, the space bar in front of them.
    [11, 11, 10, 9].forEach((n, row) => {
      const u = (0.045 + row * 0.067) * w;
      for (let i = 0; i < n; i++) {
        const x = (i - (n - 1) / 2 + row * 0.2) * w * 0.07;
        b.cylinder('keys', w * 0.017, w * 0.017, 0.02, { at: [x, front[1] + up[1] * u + 0.012, front[0] + up[2] * u] }, 8);
      }
    });
    b.box('keys', [w * 0.4, 0.008, 0.014], { at: [0, front[1] + 0.004, d / 2 + 0.004] });
    const py = h * 0.85;
    const pz = -d * 0.32;
    b.box('body', [w, h * 0.18, d * 0.22], { at: [0, py - h * 0.12, pz] });
    b.cylinder('platen', h * 0.14, h * 0.14, w * 0.9, { at: [0, py, pz], rot: [0, 0, 90] }, 16);
    for (const s of [-1, 1]) b.cylinder('platen', h * 0.1, h * 0.1, 0.02, { at: [s * (w * 0.45 + 0.01), py, pz], rot: [0, 0, 90] }, 10);
    rod(b, 'body', [-w * 0.45, py + h * 0.1, pz + h * 0.1], [-w * 0.55, py + h * 0.2, pz + h * 0.3], 0.004, 6);
    if (p.sheet) b.box('paper', [0.21, 0.16, 0.0008], { at: [0, py + 0.08, pz - h * 0.1], rot: [-10, 0, 0] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['type writer', 'typing machine'],
    placement: ['surface'],
    themes: ['office', 'house'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

type RadioStyle = 'cathedral' | 'tabletop' | 'transistor';

/** Where a radio's pieces go on its front, for its style and width. */
function radioLayout(style: RadioStyle, w: number) {
  const h = w * ({ cathedral: 1.2, tabletop: 0.55, transistor: 0.6 } as const)[style];
  const d = w * ({ cathedral: 0.65, tabletop: 0.45, transistor: 0.25 } as const)[style];
  if (style === 'cathedral') {
    const arch = (s: number, cy: number): [number, number][] => {
      const pts: [number, number][] = [[-s * w / 2, cy - s * h * 0.55], [s * w / 2, cy - s * h * 0.55]];
      for (let i = 0; i <= 8; i++) pts.push([Math.cos((i * Math.PI) / 8) * s * w / 2, cy + Math.sin((i * Math.PI) / 8) * s * h * 0.45]);
      return pts;
    };
    return { h, d, outline: arch(1, h * 0.55), grille: arch(0.62, h * 0.62), dial: [0, h * 0.17, w * 0.08] as V3, knobs: [[-w * 0.3, h * 0.1], [w * 0.3, h * 0.1]], antenna: false };
  }
  const r = Math.min(w, h) * 0.15;
  const outline = roundedRect(w, h, r).map(([x, y]): [number, number] => [x, y + h / 2]);
  const grille = roundedRect(w * 0.45, h * 0.68, r * 0.5).map(([x, y]): [number, number] => [x - w * 0.2, y + h * 0.52]);
  return { h, d, outline, grille, dial: [w * 0.22, h * 0.6, Math.min(w * 0.12, h * 0.25)] as V3, knobs: [[w * 0.12, h * 0.2], [w * 0.32, h * 0.2]], antenna: style === 'transistor' };
}

export const radio = defineProp({
  type: 'radio',
  summary: 'Vintage radio facing +Z: cathedral (arched wooden case), tabletop valve set or transistor; cloth grille, dial, knobs.',
  slots: ['case', 'grille', 'dial', 'knobs'],
  defaultMaterials: { case: 'walnut', grille: 'tweed_brown', dial: 'brass', knobs: 'bakelite_brown' },
  schema: strictObject({
    type: z.literal('radio'),
    style: z.enum(['cathedral', 'tabletop', 'transistor']).default('cathedral'),
    width: dim(0.33, 0.8).describe('metres; height and depth follow the style'),
  }),
  estimate: () => ({ triangles: T.extrude(14) + T.extrude(14) + 3 * T.box + T.cyl(20) + 2 * T.cyl(12) + T.cyl(6), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = radioLayout(p.style, p.width);
    const front = g.d / 2;
    b.extrude('case', g.outline, g.d);
    b.extrude('grille', g.grille, 0.004, { at: [0, 0, front] });
    // Wooden fret bars across the cathedral's cloth.
    if (p.style === 'cathedral') {
      for (const s of [-1, 0, 1]) b.box('case', [p.width * 0.03, g.h * 0.5, 0.008], { at: [s * p.width * 0.1, g.h * 0.62, front + 0.004] });
    }
    const [dx, dy, dr] = g.dial;
    b.cylinder('dial', dr, dr, 0.006, { at: [dx, dy, front + 0.003], rot: [90, 0, 0] }, 20);
    for (const [kx, ky] of g.knobs) b.cylinder('knobs', p.width * 0.045, p.width * 0.05, 0.02, { at: [kx!, ky!, front + 0.01], rot: [90, 0, 0] }, 12);
    if (g.antenna) rod(b, 'dial', [p.width * 0.4, g.h, -g.d * 0.2], [p.width * 0.55, g.h + p.width * 1.2, -g.d * 0.2], 0.002, 6);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['wireless', 'radio set', 'transistor radio', 'valve radio'],
    placement: ['surface'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

type LampStyle = 'anglepoise' | 'banker' | 'table';

/** Where a desk lamp's bulb burns, for its light and its shade. */
function deskLampBulb(p: { style: LampStyle; height: number }): V3 {
  const s = p.height / 0.45;
  if (p.style === 'anglepoise') return [0, 0.4 * s - Math.cos(35 * DEG_TO_RAD) * 0.07 * s, 0.2 * s + Math.sin(35 * DEG_TO_RAD) * 0.07 * s];
  if (p.style === 'banker') return [0, p.height * 0.82, 0.03 * s];
  return [0, p.height * 0.7, 0];
}

export const desk_lamp = defineProp({
  type: 'desk_lamp',
  summary: "Desk lamp, lit: balanced-arm (anglepoise) leaning towards +Z, banker's lamp with a green glass shade, or a table lamp with a drum shade.",
  slots: ['frame', 'shade', 'glass', 'bulb'],
  defaultMaterials: { frame: 'brass_brushed', shade: 'linen_natural', glass: 'glass_bottle_green', bulb: 'incandescent_filament' },
  schema: strictObject({
    type: z.literal('desk_lamp'),
    style: z.enum(['anglepoise', 'banker', 'table']).default('anglepoise'),
    height: dim(0.45, 1).describe('base to the top of the lamp, metres'),
  }),
  estimate: () => ({ triangles: T.lathe(5, 20) + T.box + 3 * T.cyl(8) + T.lathe(9, 20) + T.extrude(18) + T.lathe(8, 20) + T.sphere(10, 8), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 0.45;
    const bulb = deskLampBulb(p);
    if (p.style === 'anglepoise') anglepoise(b, s);
    else if (p.style === 'banker') bankerLamp(b, p.height, s);
    else tableLamp(b, p.height);
    b.sphere('bulb', 0.022 * s, { at: bulb }, 10, 8);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['anglepoise', "banker's lamp", 'table lamp', 'reading lamp'],
    placement: ['surface'],
    light: (p) => ({ offset: deskLampBulb(p), kelvin: 2700, lumens: 450 }),
    themes: ['office', 'house'],
    facing: 'front',
  },
});

function anglepoise(b: PropBuilder, s: number): void {
  b.cylinder('frame', 0.08 * s, 0.085 * s, 0.025 * s, { at: [0, 0.0125 * s, -0.05 * s] }, 20);
  const elbow: V3 = [0, 0.33 * s, -0.12 * s];
  const head: V3 = [0, 0.4 * s, 0.2 * s];
  rod(b, 'frame', [0, 0.025 * s, -0.05 * s], elbow, 0.006 * s);
  rod(b, 'frame', elbow, head, 0.006 * s);
  // The shade hangs from the head, its mouth turned 35° towards +Z.
  const shade: [number, number][] = [[0, 0], [0.02, 0], [0.025, -0.025], [0.065, -0.11], [0.07, -0.13], [0.066, -0.13], [0.061, -0.11], [0.021, -0.025], [0, -0.025]];
  b.lathe('frame', shade.map(([r, y]) => [r * s, y * s]), { at: head, rot: [-35, 0, 0] }, 20);
}

function bankerLamp(b: PropBuilder, h: number, s: number): void {
  b.box('frame', [0.2 * s, 0.025 * s, 0.13 * s], { at: [0, 0.0125 * s, -0.01 * s] });
  rod(b, 'frame', [0, 0.025 * s, -0.05 * s], [0, h * 0.9, -0.05 * s], 0.007 * s);
  rod(b, 'frame', [0, h * 0.88, -0.05 * s], [0, h * 0.88, 0.03 * s], 0.005 * s);
  // Shade: a half tube of green glass along X, open side down, drawn as its cross-section.
  const arc: [number, number][] = [];
  const R = 0.075 * s;
  const t = 0.004 * s;
  for (let i = 0; i <= 8; i++) arc.push([Math.cos((i * Math.PI) / 8) * R, Math.sin((i * Math.PI) / 8) * R * 0.7]);
  for (let i = 8; i >= 0; i--) arc.push([Math.cos((i * Math.PI) / 8) * (R - t), Math.sin((i * Math.PI) / 8) * (R - t) * 0.7]);
  b.extrude('glass', arc.map(([z, y]) => [-z + 0.03 * s, y + h * 0.78]), 0.26 * s, { rot: [0, -90, 0] });
}

function tableLamp(b: PropBuilder, h: number): void {
  const base = h * 0.55;
  b.lathe('frame', [[0, 0], [0.07, 0], [0.075, 0.01], [0.05, 0.03], [0.08, base * 0.5], [0.03, base * 0.92], [0.012, base], [0, base]].map(([r, y]) => [r! * h / 0.45 * 0.8, y!]), {}, 20);
  const rb = h * 0.3;
  const y0 = h * 0.58;
  b.lathe('shade', [[rb, y0], [rb * 0.72, h], [rb * 0.72 - 0.003, h - 0.001], [rb - 0.003, y0 + 0.001], [rb, y0]], {}, 20);
}

export const HANDHELD_PROPS: readonly PropDef[] = [laptop, phone, telephone, knife, pistol, sword, camera, typewriter, radio, desk_lamp] as unknown as PropDef[];
