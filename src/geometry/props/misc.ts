/**
 * Miscellaneous props: statue, weapon rack, banner, umbrella, car, monitor, computer, sci-fi console and crate,
 * pipe run, skeleton and signboard. Real-world sizes in metres, origin at the centre of the base, fronts to +Z.
 */
import { BoxGeometry, CapsuleGeometry, ConeGeometry, CylinderGeometry, Euler, Matrix4, Quaternion, SphereGeometry, TorusGeometry, Vector3, type BufferGeometry } from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type Place, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { DEG_TO_RAD } from '../../core/angles.js';


/** A bounded length in metres with a default. */
const num = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);

/** Triangles each builder primitive makes, for `estimate`. */
const TRI = {
  box: 12,
  cyl: (segments: number) => 4 * segments,
  cone: (segments: number) => 2 * segments,
  sphere: (w: number, h: number) => 2 * w * (h - 1),
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  capsule: (segments: number) => 16 * segments,
  lathe: (points: number, segments: number) => 2 * (points - 1) * segments,
  /** A simple polygon of n points, extruded without bevel. */
  extrude: (n: number) => 4 * n,
};

const add3 = (a: V3, c: V3): V3 => [a[0] + c[0], a[1] + c[1], a[2] + c[2]];
const mul3 = (a: V3, k: number): V3 => [a[0] * k, a[1] * k, a[2] * k];
const dist3 = (a: V3, c: V3) => Math.hypot(c[0] - a[0], c[1] - a[1], c[2] - a[2]);

function placeMatrix(place: Place): Matrix4 {
  return new Matrix4().compose(
    new Vector3(...(place.at ?? [0, 0, 0])),
    new Quaternion().setFromEuler(new Euler(...((place.rot ?? [0, 0, 0]).map((d) => d * DEG_TO_RAD) as V3))),
    new Vector3(...(place.scale ?? [1, 1, 1])),
  );
}

/** Turns a geometry built along +Y and centred on the origin so it runs from `a` to `c`, centred between them. */
function along(g: BufferGeometry, a: V3, c: V3): BufferGeometry {
  const dir = new Vector3(c[0] - a[0], c[1] - a[1], c[2] - a[2]).normalize();
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir);
  g.applyMatrix4(new Matrix4().compose(new Vector3((a[0] + c[0]) / 2, (a[1] + c[1]) / 2, (a[2] + c[2]) / 2), q, new Vector3(1, 1, 1)));
  return g;
}

/** A round rod from `a` to `c`. */
function rod(b: PropBuilder, slot: string, a: V3, c: V3, radius: number, segments = 8): void {
  b.add(slot, along(new CylinderGeometry(radius, radius, dist3(a, c), segments), a, c));
}

/** A square-section beam from `a` to `c`: `w` across X (or the axis the turn leaves alone), `t` the other way. */
function beam(b: PropBuilder, slot: string, a: V3, c: V3, w: number, t: number): void {
  b.add(slot, along(new BoxGeometry(w, dist3(a, c), t), a, c));
}

/** A side profile drawn as [z, y] points (z towards the front), extruded across X by `width`. */
function sideProfile(b: PropBuilder, slot: string, outline: [number, number][], width: number, x = 0): void {
  b.extrude(slot, outline, width, { at: [x, 0, 0], rot: [0, -90, 0] });
}

/* ------------------------------------------------------------------------------------------------ statue */

export const statue = defineProp({
  type: 'statue',
  summary: 'A standing figure on a stepped plinth; faces +Z. Overall height is plinthHeight + height.',
  slots: ['figure', 'plinth'],
  defaultMaterials: { figure: 'bronze_patina', plinth: 'marble_white' },
  schema: strictObject({
    type: z.literal('statue'),
    height: num(1.8, 0.2, 8).describe('figure height including its own base, metres'),
    plinthHeight: num(0.6, 0, 4).describe('0 for no plinth'),
    plinthWidth: num(0.8, 0.2, 5).describe('width and depth of the plinth at its foot'),
    pose: z.enum(['standing', 'arm-raised', 'robed']).default('standing'),
  }),
  estimate: () => ({ triangles: 3 * TRI.box + TRI.box + 7 * TRI.capsule(12) + TRI.sphere(16, 12) + TRI.cyl(16) + TRI.lathe(6, 16) + 200, parts: 2 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const ph = p.plinthHeight;
    if (ph > 0) {
      const w = p.plinthWidth;
      b.box('plinth', [w, ph * 0.15, w], { at: [0, ph * 0.075, 0] });
      b.box('plinth', [w * 0.82, ph * 0.7, w * 0.82], { at: [0, ph * 0.5, 0] });
      b.box('plinth', [w * 0.92, ph * 0.15, w * 0.92], { at: [0, ph * 0.925, 0] });
    }
    const fs = p.height / 1.8;
    const baseH = 0.05 * fs;
    b.box('figure', [0.5 * fs, baseH, 0.4 * fs], { at: [0, ph + baseH / 2, 0] });
    // The figure follows the person prop's proportions, scaled to stand on its base.
    const f = (p.height - baseH) / 1.75;
    const y0 = ph + baseH;
    const hip = 0.92 * f;
    if (p.pose === 'robed') {
      const top = hip + 0.12 * f;
      b.lathe('figure', [[0, 0], [0.26 * f, 0], [0.24 * f, 0.1 * f], [0.19 * f, 0.6 * f], [0.17 * f, top], [0, top]], { at: [0, y0, 0] }, 16);
    } else {
      for (const side of [-1, 1]) {
        const x = side * 0.1 * f;
        // A slight contrapposto: the figure's right leg (−X) relaxed forward.
        const bend = side < 0 ? 6 : 0;
        b.capsule('figure', 0.07 * f, 0.34 * f, { at: [x, y0 + hip - 0.22 * f, Math.sin(bend * DEG_TO_RAD) * 0.2 * f], rot: [bend, 0, 0] });
        b.capsule('figure', 0.055 * f, 0.36 * f, { at: [x, y0 + 0.24 * f, Math.sin(bend * DEG_TO_RAD) * 0.1 * f], rot: [bend / 2, 0, 0] });
      }
    }
    b.capsule('figure', 0.16 * f, 0.34 * f, { at: [0, y0 + hip + 0.3 * f, 0], scale: [1, 1, 0.65] });
    const shoulder = y0 + hip + 0.5 * f;
    for (const side of [-1, 1]) {
      const x = side * 0.22 * f;
      if (p.pose === 'arm-raised' && side < 0) {
        b.add('figure', along(new CapsuleGeometry(0.045 * f, 0.55 * f, 4, 12), [x + 0.03 * f, shoulder - 0.03 * f, 0], [x - 0.1 * f, shoulder + 0.6 * f, 0.04 * f]));
      } else {
        b.capsule('figure', 0.045 * f, 0.55 * f, { at: [x + side * 0.02 * f, shoulder - 0.3 * f, 0], rot: [0, 0, side * 6] });
      }
    }
    b.cylinder('figure', 0.05 * f, 0.055 * f, 0.12 * f, { at: [0, shoulder + 0.08 * f, 0] }, 16);
    b.sphere('figure', 0.11 * f, { at: [0, shoulder + 0.2 * f, 0.005 * f] }, 16, 12);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['sculpture', 'monument', 'bust', 'effigy', 'figure', 'memorial'],
    placement: ['center', 'corner'],
    themes: ['castle', 'dungeon', 'house'],
    facing: 'front',
  },
});

/* ------------------------------------------------------------------------------------------- weapon rack */

export const weapon_rack = defineProp({
  type: 'weapon_rack',
  summary: 'Wooden rack against a wall with swords and spears leaning in it (alternating, spear first); faces +Z.',
  slots: ['frame', 'metal', 'grips'],
  defaultMaterials: { frame: 'oak', metal: 'steel_mild', grips: 'leather' },
  schema: strictObject({
    type: z.literal('weapon_rack'),
    width: num(1.2, 0.4, 4).describe('along X, metres'),
    height: num(1.5, 0.6, 3).describe('frame height; spears stand taller'),
    depth: num(0.35, 0.2, 1).describe('along Z, metres'),
    weapons: z.number().int().min(0).max(12).default(5),
  }),
  estimate: (p) => ({
    triangles: 11 * TRI.box + (p.weapons + 1) * TRI.cyl(6) + p.weapons * (TRI.extrude(5) + TRI.box + TRI.cyl(8) + TRI.sphere(8, 6) + TRI.cyl(8) + TRI.cone(8)),
    parts: 3,
  }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: w, height: h, depth: d } = p;
    // Weapons lean back from a trough at the front onto a rest rail, steeply enough that spear tips stay in
    // front of the back plane (the wall).
    const zBack = -d / 2;
    const zt = d / 2 - 0.08;
    const yr = Math.min(0.95, h * 0.62);
    const shaft = Math.min(2.4, Math.max(1.2, h * 1.25));
    const foot: V3 = [0, 0.12, zt];
    const lean = Math.min(0.3, (zt - zBack - 0.03) / (shaft + 0.22));
    const dir: V3 = [0, Math.sqrt(1 - lean * lean), -lean];
    const tilt = Math.atan2(dir[2], dir[1]) / DEG_TO_RAD;
    const zRail = zt + (dir[2] * (yr - foot[1])) / dir[1] - 0.045;
    const zFront = Math.max(zRail + 0.025, zBack + 0.06);
    for (const sx of [-1, 1]) {
      b.box('frame', [0.08, 0.05, d], { at: [sx * (w / 2 - 0.04), 0.025, 0] });
      b.box('frame', [0.06, h - 0.05, zFront - zBack], { at: [sx * (w / 2 - 0.04), 0.05 + (h - 0.05) / 2, (zBack + zFront) / 2] });
    }
    b.box('frame', [w, 0.1, 0.05], { at: [0, h - 0.05, zBack + 0.025] });
    b.box('frame', [w - 0.04, 0.06, 0.05], { at: [0, yr, zRail] });
    b.box('frame', [w - 0.12, 0.04, 0.14], { at: [0, 0.1, zt] });
    b.box('frame', [w - 0.12, 0.08, 0.02], { at: [0, 0.14, zt + 0.07] });
    b.box('frame', [w - 0.12, 0.08, 0.02], { at: [0, 0.14, zt - 0.07] });
    const n = p.weapons;
    const span = w - 0.3;
    const xs = Array.from({ length: n }, (_, i) => (n === 1 ? 0 : -span / 2 + (i * span) / (n - 1)));
    const gap = n > 1 ? span / (n - 1) : span;
    // Pegs between the slots keep the weapons apart.
    for (let i = 0; i <= n; i++) {
      const x = n === 0 ? 0 : (xs[0] ?? 0) + (i - 0.5) * gap;
      if (Math.abs(x) > w / 2 - 0.08) continue;
      b.cylinder('frame', 0.012, 0.012, 0.08, { at: [x, yr, zRail + 0.065], rot: [90, 0, 0] }, 6);
    }
    xs.forEach((x, i) => {
      const base: V3 = [x, foot[1], foot[2]];
      const at = (t: number) => add3(base, mul3(dir, t));
      if (i % 2 === 0) {
        // Spear: ash shaft, iron socket and leaf head.
        rod(b, 'frame', base, at(shaft), 0.014, 8);
        rod(b, 'metal', at(shaft - 0.06), at(shaft + 0.01), 0.018, 8);
        b.add('metal', along(new ConeGeometry(0.028, 0.22, 8), at(shaft), at(shaft + 0.22)));
      } else {
        // Sword, point down in the trough, hilt above the rail.
        const blade = Math.max(0.25, (yr + 0.06 - foot[1]) / dir[1]);
        const bw = 0.022;
        b.extrude('metal', [[-bw, -blade / 2 + 0.08], [0, -blade / 2], [bw, -blade / 2 + 0.08], [bw, blade / 2], [-bw, blade / 2]], 0.006, { at: at(blade / 2), rot: [tilt, 0, 0] });
        b.box('metal', [0.2, 0.025, 0.03], { at: at(blade + 0.0125), rot: [tilt, 0, 0] });
        b.cylinder('grips', 0.014, 0.014, 0.17, { at: at(blade + 0.025 + 0.085), rot: [tilt, 0, 0] }, 8);
        b.sphere('metal', 0.025, { at: at(blade + 0.025 + 0.17 + 0.018) }, 8, 6);
      }
    });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['arms rack', 'sword rack', 'spear rack', 'armoury rack', 'weapon stand', 'armory'],
    placement: ['wall'],
    themes: ['dungeon', 'castle'],
    facing: 'front',
  },
});

/* ------------------------------------------------------------------------------------------------ banner */

export const banner = defineProp({
  type: 'banner',
  summary: 'Cloth banner hanging from a crossbar on a standing pole, gently rippled; faces +Z. Colour comes from the cloth material.',
  slots: ['cloth', 'pole', 'metal'],
  defaultMaterials: { cloth: 'velvet_red', pole: 'oak', metal: 'brass' },
  seeded: true,
  schema: strictObject({
    type: z.literal('banner'),
    width: num(0.8, 0.2, 3).describe('cloth width, metres'),
    length: num(2, 0.3, 6).describe('cloth drop including the tail; shortened to clear the floor'),
    poleHeight: num(2.5, 1, 8),
    tail: z.enum(['pointed', 'swallowtail', 'straight']).default('pointed'),
  }),
  estimate: () => ({
    triangles: 4 * (8 * 8 + 8 + 8) + TRI.cyl(16) + TRI.cyl(12) + TRI.cone(8) + 3 * TRI.sphere(8, 6) + TRI.cyl(8) + TRI.box + 3 * TRI.torus(4, 12) + 50,
    parts: 3,
  }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.poleHeight;
    const zPole = -0.05;
    b.cylinder('metal', 0.18, 0.2, 0.05, { at: [0, 0.025, zPole] }, 16);
    b.cylinder('pole', 0.025, 0.025, H - 0.05, { at: [0, 0.05 + (H - 0.05) / 2, zPole] }, 12);
    b.sphere('metal', 0.035, { at: [0, H + 0.02, zPole] }, 8, 6);
    b.cone('metal', 0.03, 0.12, { at: [0, H + 0.1, zPole] }, 8);
    const barY = H - 0.15;
    const w = p.width;
    b.cylinder('pole', 0.015, 0.015, w + 0.12, { at: [0, barY, 0], rot: [0, 0, 90] }, 8);
    b.box('metal', [0.04, 0.04, 0.06], { at: [0, barY, -0.03] });
    for (const sx of [-1, 1]) b.sphere('metal', 0.025, { at: [sx * (w / 2 + 0.06), barY, 0] }, 8, 6);
    for (const x of [-w / 2 + 0.05, 0, w / 2 - 0.05]) b.torus('metal', 0.026, 0.005, { at: [x, barY, 0], rot: [0, 90, 0] }, 360, 4, 12);
    // The cloth: a thin subdivided slab reshaped to its outline and rippled along X, more towards the hem.
    const top = barY + 0.01;
    const total = Math.min(p.length, top - 0.1);
    const tail = p.tail === 'straight' ? 0 : Math.min(0.3 * w, 0.4 * total);
    const amp = 0.018 * Math.min(1, w / 0.8);
    const phase = b.range(0, 1);
    const waves = b.range(1.2, 1.8);
    const g = new BoxGeometry(w, 1, 0.006, 8, 8, 1);
    const pos = g.getAttribute('position');
    for (let i = 0; i < pos.count; i++) {
      const u = pos.getX(i) / w + 0.5;
      const v = 0.5 - pos.getY(i);
      const edge = Math.abs(2 * u - 1);
      const drop = p.tail === 'pointed' ? total - tail * edge : p.tail === 'swallowtail' ? total - tail * (1 - edge) : total;
      pos.setY(i, top - v * drop);
      pos.setZ(i, pos.getZ(i) + amp * Math.sin(2 * Math.PI * (waves * u + phase)) * (0.35 + 0.65 * v));
    }
    g.computeVertexNormals();
    b.add('cloth', g);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['standard', 'flag', 'pennant', 'gonfalon', 'heraldic banner', 'tapestry'],
    placement: ['wall'],
    themes: ['castle', 'dungeon'],
    facing: 'front',
  },
});

/* ---------------------------------------------------------------------------------------------- umbrella */

export const umbrella = defineProp({
  type: 'umbrella',
  summary: 'Patio or beach umbrella on a weighted base; open (faceted canopy on ribs) or furled.',
  slots: ['canopy', 'frame', 'base'],
  defaultMaterials: { canopy: 'canvas', frame: 'aluminium', base: 'concrete' },
  schema: strictObject({
    type: z.literal('umbrella'),
    diameter: num(2.7, 0.8, 5).describe('canopy span when open, metres'),
    height: num(2.4, 0.6, 4).describe('floor (or the handle) to the top of the canopy'),
    open: z.boolean().default(true),
    ribs: z.number().int().min(4).max(16).default(8),
    base: z.boolean().default(true).describe('weighted base and thick pole (patio); false: a hand umbrella on a short grip'),
  }),
  estimate: (p) => ({
    triangles: TRI.cyl(20) + 2 * TRI.cyl(12) + TRI.sphere(8, 6) + TRI.cyl(12) + Math.max(TRI.lathe(6, p.ribs) + 3 * p.ribs * TRI.cyl(6), TRI.lathe(5, 2 * p.ribs) + TRI.torus(4, 16)),
    parts: 3,
  }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const r = p.diameter / 2;
    const yA = p.height - 0.065;
    if (p.base) {
      b.cylinder('base', 0.26, 0.3, 0.08, { at: [0, 0.04, 0] }, 20);
      b.cylinder('frame', 0.035, 0.045, 0.18, { at: [0, 0.17, 0] }, 12);
      b.cylinder('frame', 0.019, 0.019, yA - 0.08, { at: [0, 0.08 + (yA - 0.08) / 2, 0] }, 12);
    } else handUmbrellaShaft(b, yA);
    b.sphere('frame', 0.03, { at: [0, yA + 0.035, 0] }, 8, 6);
    if (p.open) {
      const drop = 0.22 * r;
      const t = 0.012;
      const yMid = yA - 0.42 * drop;
      const yRim = yA - drop;
      // A closed profile, so the canopy has a top and an underside; one lathe segment per panel.
      b.lathe('canopy', [[0, yA - t], [0.5 * r, yMid - t], [r, yRim - t], [r, yRim], [0.5 * r, yMid], [0, yA]], {}, p.ribs);
      const yRun = Math.max(0.4, yMid - 0.45 * r);
      b.cylinder('frame', 0.03, 0.03, 0.08, { at: [0, yRun, 0] }, 12);
      for (let i = 0; i < p.ribs; i++) {
        const a = (2 * Math.PI * i) / p.ribs;
        const s = Math.sin(a);
        const c = Math.cos(a);
        const hub: V3 = [0, yA - t - 0.02, 0];
        const mid: V3 = [0.5 * r * s, yMid - t - 0.008, 0.5 * r * c];
        const tip: V3 = [0.98 * r * s, yRim - t - 0.008, 0.98 * r * c];
        rod(b, 'frame', hub, mid, 0.007, 6);
        rod(b, 'frame', mid, tip, 0.007, 6);
        rod(b, 'frame', [0.03 * s, yRun, 0.03 * c], mid, 0.006, 6);
      }
    } else {
      const lc = Math.min(0.9 * r, yA - (p.base ? 0.6 : 0.15));
      b.lathe('canopy', [[0, yA - lc], [0.05, yA - lc + 0.03], [0.11, yA - 0.45 * lc], [0.05, yA - 0.04], [0, yA]], {}, 2 * p.ribs);
      b.torus('frame', 0.104, 0.006, { at: [0, yA - 0.5 * lc, 0], rot: [90, 0, 0] }, 360, 4, 16);
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['parasol', 'patio umbrella', 'beach umbrella', 'sunshade', 'market umbrella', 'garden umbrella'],
    placement: ['floor'],
    themes: ['house'],
  },
});

/** A hand umbrella's thin shaft from its handle to the canopy; the handle, a short grip at the bottom, is where a hand holds it. */
function handUmbrellaShaft(b: PropBuilder, yA: number): void {
  const grip = 0.12;
  b.cylinder('frame', 0.014, 0.016, grip, { at: [0, grip / 2, 0] }, 10);
  b.cylinder('frame', 0.007, 0.007, yA - grip, { at: [0, grip + (yA - grip) / 2, 0] }, 8);
}

/* --------------------------------------------------------------------------------------------------- car */

/** Where the cabin sits, as fractions of length from the rear, and belt and bonnet heights as fractions of height. */
const CAR_STYLES = {
  sedan: { rearBase: 0.2, roofRear: 0.33, roofFront: 0.62, screenBase: 0.77, belt: 0.62, nose: 0.56, pillars: [0.5] },
  hatchback: { rearBase: 0.04, roofRear: 0.09, roofFront: 0.58, screenBase: 0.74, belt: 0.6, nose: 0.55, pillars: [0.5] },
  van: { rearBase: 0.012, roofRear: 0.02, roofFront: 0.72, screenBase: 0.85, belt: 0.52, nose: 0.47, pillars: [0.36, 0.68] },
} as const;

export const car = defineProp({
  type: 'car',
  summary: 'A simple car: body with wheel arches, glazed cabin, four wheels with hubcaps, bumpers and lights; nose towards +Z.',
  slots: ['body', 'glass', 'tyres', 'trim'],
  defaultMaterials: { body: 'car_paint_red', glass: 'glass_smoked', tyres: 'rubber_black', trim: 'chrome' },
  schema: strictObject({
    type: z.literal('car'),
    style: z.enum(['sedan', 'hatchback', 'van']).default('sedan'),
    length: num(4.3, 2.5, 8).describe('bumper to bumper along Z, metres'),
    width: num(1.8, 1.2, 2.6).describe('body width along X, excluding mirrors'),
    height: num(1.45, 1, 3).describe('floor to roof; a van is about 1.9'),
    wheelDiameter: num(0.65, 0.4, 1.2).describe('tyre outer diameter; limited by the length'),
  }),
  estimate: () => ({ triangles: TRI.extrude(34) + 2 * TRI.extrude(4) + 8 * TRI.box + 4 * TRI.cyl(24) + 4 * TRI.cyl(16) + 20 * TRI.box, parts: 4 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const S = CAR_STYLES[p.style];
    const L = p.length;
    const W = p.width;
    const zAt = (f: number) => -L / 2 + f * L;
    const wz = 0.31 * L;
    const wr = Math.min(p.wheelDiameter / 2, 0.19 * L - 0.16);
    const archR = wr + 0.05;
    const yb = Math.min(0.2, wr * 0.55);
    const belt = Math.max(S.belt * p.height, 2 * wr + 0.12);
    const nose = Math.max(S.nose * p.height, 2 * wr + 0.08);
    const roof = Math.max(p.height, belt + 0.3);
    const rt = 0.035;
    const zRB = zAt(S.rearBase);
    const zRR = zAt(S.roofRear);
    const zRF = zAt(S.roofFront);
    const zWS = zAt(S.screenBase);
    // Lower body: side profile with the wheel arches cut from the sill.
    const outline: [number, number][] = [[-L / 2, yb + 0.12], [-L / 2 + 0.1, yb]];
    const alpha = Math.asin(Math.min(1, (wr - yb) / archR));
    for (const cz of [-wz, wz]) {
      for (let k = 0; k <= 8; k++) {
        const th = Math.PI + alpha - (k / 8) * (Math.PI + 2 * alpha);
        outline.push([cz + archR * Math.cos(th), wr + archR * Math.sin(th)]);
      }
    }
    outline.push([L / 2 - 0.1, yb], [L / 2, yb + 0.12], [L / 2, nose - 0.1], [L / 2 - 0.12, nose], [zWS, belt], [zRB, belt]);
    if (zRB > -L / 2 + 0.15) outline.push([-L / 2 + 0.08, belt - 0.02], [-L / 2, belt - 0.12]);
    else outline.push([-L / 2, belt - 0.1]);
    sideProfile(b, 'body', outline, W);
    // Cabin: glazing all round, roof panel and pillars over it.
    const cabinW = W - 0.18;
    sideProfile(b, 'glass', [[zRB, belt], [zWS, belt], [zRF, roof - rt], [zRR, roof - rt]], cabinW);
    sideProfile(b, 'body', [[zRR - 0.01, roof - rt], [zRF + 0.01, roof - rt], [zRF - 0.03, roof], [zRR + 0.02, roof]], W - 0.14);
    for (const sx of [-1, 1]) {
      const x = (sx * cabinW) / 2;
      beam(b, 'body', [x, belt, zWS], [x, roof - rt, zRF], 0.04, 0.07);
      beam(b, 'body', [x, belt, zRB], [x, roof - rt, zRR], 0.04, 0.09);
      for (const f of S.pillars) {
        const zp = zRR + f * (zRF - zRR);
        beam(b, 'body', [x, belt, zp], [x, roof - rt, zp], 0.04, 0.08);
      }
      // Mirror on a short arm at the foot of the windscreen pillar.
      b.box('body', [0.1, 0.03, 0.03], { at: [sx * (W / 2 - 0.01), belt + 0.04, zWS - 0.1] });
      b.box('body', [0.08, 0.09, 0.05], { at: [sx * (W / 2 + 0.07), belt + 0.06, zWS - 0.1] });
    }
    // Wheels: tyres resting on the floor, hubcaps outboard.
    const tyreW = Math.min(0.22 * (wr / 0.325), W * 0.14);
    const wx = W / 2 - tyreW / 2 - 0.02;
    for (const sz of [-1, 1]) for (const sx of [-1, 1]) {
      b.cylinder('tyres', wr, wr, tyreW, { at: [sx * wx, wr, sz * wz], rot: [0, 0, 90] }, 24);
      b.cylinder('trim', wr * 0.62, wr * 0.62, 0.02, { at: [sx * (wx + tyreW / 2 + 0.005), wr, sz * wz], rot: [0, 0, 90] }, 16);
    }
    // Bumpers, grille, lamps, door handles.
    for (const sz of [-1, 1]) b.box('trim', [W - 0.1, 0.12, 0.08], { at: [0, yb + 0.08, sz * (L / 2 + 0.005)] });
    const lampY = Math.max(yb + 0.25, nose - 0.16);
    b.box('trim', [W * 0.4, 0.1, 0.02], { at: [0, Math.max(yb + 0.22, nose - 0.22), L / 2 + 0.005] });
    const tailY = Math.max(yb + 0.25, belt - 0.16);
    for (const sx of [-1, 1]) {
      b.box('trim', [W * 0.2, 0.09, 0.03], { at: [sx * (W / 2 - W * 0.14), lampY, L / 2 - 0.005] });
      b.box('trim', [W * 0.16, 0.08, 0.03], { at: [sx * (W / 2 - W * 0.12), tailY, -L / 2 + 0.005] });
      const zB = zRR + (S.pillars[0] ?? 0.5) * (zRF - zRR);
      b.box('trim', [0.02, 0.025, 0.12], { at: [sx * (W / 2 + 0.005), belt - 0.08, zB + 0.12] });
      if (p.style !== 'van') b.box('trim', [0.02, 0.025, 0.12], { at: [sx * (W / 2 + 0.005), belt - 0.08, Math.max(zRB + 0.12, zB - 0.75)] });
    }
    return b.parts();
  },
  prop: {
    category: 'vehicle',
    synonyms: ['automobile', 'vehicle', 'sedan', 'hatchback', 'van', 'motor car', 'auto'],
    placement: ['floor'],
    themes: ['house'],
    facing: 'front',
  },
});

/* ----------------------------------------------------------------------------------------------- monitor */

export const monitor = defineProp({
  type: 'monitor',
  summary: 'Flat computer monitor on a desk stand; glowing screen towards +Z. Default is a 27-inch 16:9 panel.',
  slots: ['case', 'screen'],
  defaultMaterials: { case: 'plastic_textured_black', screen: 'screen_monitor' },
  schema: strictObject({
    type: z.literal('monitor'),
    width: num(0.61, 0.2, 2).describe('panel width, metres'),
    height: num(0.36, 0.1, 1.2).describe('panel height, metres'),
    elevation: num(0.12, 0.02, 0.5).describe('desk to the bottom of the panel'),
  }),
  estimate: () => ({ triangles: 6 * TRI.box, parts: 2 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: W, height: H, elevation: e } = p;
    const bw = Math.min(0.3, Math.max(0.12, W * 0.42));
    const bd = Math.min(0.26, Math.max(0.12, H * 0.55));
    const pt = 0.022;
    b.box('case', [bw, 0.016, bd], { at: [0, 0.008, 0] });
    b.box('case', [W, H, pt], { at: [0, e + H / 2, 0] });
    b.box('case', [W * 0.55, H * 0.55, 0.03], { at: [0, e + H / 2, -pt / 2 - 0.015] });
    const neckTop = e + H * 0.45;
    b.box('case', [0.05, neckTop - 0.016, 0.022], { at: [0, 0.016 + (neckTop - 0.016) / 2, -pt / 2 - 0.03 - 0.011] });
    // Screen: thin bezels, a deeper chin.
    b.box('screen', [W - 0.016, H - 0.026, 0.002], { at: [0, e + 0.018 + (H - 0.026) / 2, pt / 2 + 0.001] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['screen', 'display', 'computer monitor', 'lcd', 'pc monitor', 'flat screen'],
    placement: ['surface'],
    themes: ['office', 'house', 'scifi'],
    facing: 'front',
  },
});

/* ---------------------------------------------------------------------------------------------- computer */

export const computer = defineProp({
  type: 'computer',
  summary: 'Desktop tower PC: case on small feet, front panel with drive bays, vents, power button and LED; front to +Z.',
  slots: ['case', 'front', 'led'],
  defaultMaterials: { case: 'aluminium_brushed', front: 'plastic_textured_black', led: 'led_indicator_red' },
  schema: strictObject({
    type: z.literal('computer'),
    width: num(0.2, 0.1, 0.5).describe('along X, metres'),
    height: num(0.45, 0.2, 1),
    depth: num(0.45, 0.2, 1).describe('along Z, metres'),
  }),
  estimate: () => ({ triangles: 14 * TRI.box + TRI.cyl(12), parts: 3 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: W, height: H, depth: D } = p;
    const foot = 0.015;
    const ft = 0.012;
    const bodyH = H - foot;
    b.box('case', [W, bodyH, D - ft], { at: [0, foot + bodyH / 2, -ft / 2] });
    b.box('front', [W, bodyH, ft], { at: [0, foot + bodyH / 2, D / 2 - ft / 2] });
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('front', [0.03, foot, 0.03], { at: [sx * (W / 2 - 0.025), foot / 2, sz * (D / 2 - 0.04)] });
    }
    const zf = D / 2;
    b.box('case', [W * 0.72, 0.042, 0.003], { at: [0, H - 0.05, zf + 0.0015] });
    b.box('case', [W * 0.72, 0.042, 0.003], { at: [0, H - 0.1, zf + 0.0015] });
    const buttonY = H - 0.15;
    b.cylinder('case', 0.012, 0.012, 0.004, { at: [0, buttonY, zf + 0.002], rot: [90, 0, 0] }, 12);
    b.box('led', [0.006, 0.006, 0.003], { at: [Math.min(0.035, W / 2 - 0.015), buttonY, zf + 0.0015] });
    for (let i = 0; i < 5; i++) b.box('case', [W * 0.6, 0.006, 0.003], { at: [0, foot + 0.05 + i * 0.02, zf + 0.0015] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['pc', 'desktop', 'tower', 'computer case', 'desktop computer', 'workstation'],
    placement: ['floor', 'surface'],
    surfaceHeight: (p) => p.height,
    themes: ['office', 'house'],
    facing: 'front',
  },
});

/* ----------------------------------------------------------------------------------------- scifi console */

/** The console's side profile as [z, y] points, and the two sloped faces: the control deck and the screen. */
function consoleProfile(d: number, H: number) {
  const deskY = 0.7 * H;
  const deckFront: [number, number] = [d / 2 - 0.02, deskY];
  const deckBack: [number, number] = [d / 2 - 0.4 * d, deskY + 0.05 * H];
  const screenTop: [number, number] = [deckBack[0] - 0.42 * (H - deckBack[1]), H];
  const outline: [number, number][] = [
    [-d / 2, 0], [d / 2 - 0.08, 0], [d / 2 - 0.08, 0.1], [d / 2, 0.12], [d / 2, deskY - 0.05],
    deckFront, deckBack, screenTop, [-d / 2, H],
  ];
  return { outline, deckFront, deckBack, screenTop };
}

export const scifi_console = defineProp({
  type: 'scifi_console',
  summary: 'Sci-fi control console: sloped control deck with glowing buttons and a slanted screen panel (slot `screen`); faces +Z.',
  slots: ['body', 'trim', 'screen', 'lights'],
  defaultMaterials: { body: 'hull_plating_grey', trim: 'carbon_fibre', screen: 'screen_monitor', lights: 'neon_blue' },
  schema: strictObject({
    type: z.literal('scifi_console'),
    width: num(1.2, 0.5, 4).describe('along X, metres'),
    height: num(1.1, 0.6, 2),
    depth: num(0.7, 0.35, 1.5).describe('along Z, metres'),
  }),
  estimate: (p) => ({ triangles: 3 * TRI.extrude(9) + 4 * TRI.box + 2 * Math.max(1, Math.floor((p.width - 0.3) / 0.1)) * TRI.box, parts: 4 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: w, height: H, depth: d } = p;
    const { outline, deckFront, deckBack, screenTop } = consoleProfile(d, H);
    sideProfile(b, 'body', outline, w - 0.08);
    for (const sx of [-1, 1]) sideProfile(b, 'trim', outline, 0.04, sx * (w / 2 - 0.02));
    b.box('trim', [w - 0.08, 0.1, 0.01], { at: [0, 0.05, d / 2 - 0.085] });
    // Screen panel on the upper slope, on a dark bezel.
    const dz = screenTop[0] - deckBack[0];
    const dy = screenTop[1] - deckBack[1];
    const seg = Math.hypot(dz, dy);
    const tilt = Math.atan2(dz, dy);
    const n: V3 = [0, -Math.sin(tilt), Math.cos(tilt)];
    const mid: V3 = [0, (deckBack[1] + screenTop[1]) / 2, (deckBack[0] + screenTop[0]) / 2];
    b.box('trim', [w - 0.2, seg - 0.04, 0.008], { at: add3(mid, mul3(n, 0.004)), rot: [tilt / DEG_TO_RAD, 0, 0] });
    b.box('screen', [w - 0.26, seg - 0.1, 0.006], { at: add3(mid, mul3(n, 0.009)), rot: [tilt / DEG_TO_RAD, 0, 0] });
    // Control deck: two rows of lit buttons and a light strip along the front lip.
    const kz = deckBack[0] - deckFront[0];
    const ky = deckBack[1] - deckFront[1];
    const klen = Math.hypot(kz, ky);
    const deckRot = Math.atan2(ky, -kz) / DEG_TO_RAD;
    const kn: V3 = [0, -kz / klen, ky / klen];
    const cols = Math.max(1, Math.floor((w - 0.3) / 0.1));
    for (let row = 0; row < 2; row++) for (let c = 0; c < cols; c++) {
      const t = 0.3 + row * 0.35;
      const onDeck: V3 = [(c - (cols - 1) / 2) * 0.1, deckFront[1] + t * ky, deckFront[0] + t * kz];
      b.box('lights', [0.05, 0.012, 0.04], { at: add3(onDeck, mul3(kn, 0.006)), rot: [deckRot, 0, 0] });
    }
    b.box('lights', [w - 0.12, 0.012, 0.012], { at: [0, deckFront[1] - 0.07, d / 2 + 0.004] });
    return b.parts();
  },
  prop: {
    category: 'scifi',
    synonyms: ['control panel', 'terminal', 'computer console', 'control station', 'bridge console', 'command console'],
    placement: ['wall', 'center'],
    themes: ['scifi'],
    facing: 'front',
  },
});

/* ------------------------------------------------------------------------------------------- scifi crate */

export const scifi_crate = defineProp({
  type: 'scifi_crate',
  summary: 'Panelled sci-fi cargo container: framed edges, raised panels, hazard band, handles and a status light; front to +Z.',
  slots: ['body', 'frame', 'panels', 'stripes', 'lights'],
  defaultMaterials: { body: 'hull_plating_grey', frame: 'hull_plating_scratched', panels: 'titanium_alloy_panel', stripes: 'hazard_stripes', lights: 'neon_green' },
  schema: strictObject({
    type: z.literal('scifi_crate'),
    width: num(1.2, 0.3, 4).describe('along X, metres'),
    height: num(1.2, 0.3, 4),
    depth: num(1.2, 0.3, 4).describe('along Z, metres'),
  }),
  estimate: () => ({ triangles: 30 * TRI.box, parts: 5 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: W, height: H, depth: D } = p;
    const t = Math.min(0.08, 0.12 * Math.min(W, H, D));
    const pt = 0.015;
    b.box('body', [W - t, H - t, D - t], { at: [0, H / 2, 0] });
    // Twelve edge beams.
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) b.box('frame', [t, H, t], { at: [sx * (W / 2 - t / 2), H / 2, sz * (D / 2 - t / 2)] });
    for (const y of [t / 2, H - t / 2]) for (const s of [-1, 1]) {
      b.box('frame', [W - 2 * t, t, t], { at: [0, y, s * (D / 2 - t / 2)] });
      b.box('frame', [t, t, D - 2 * t], { at: [s * (W / 2 - t / 2), y, 0] });
    }
    // Front and back: upper and lower panels either side of a hazard band.
    const band = 0.1 * H;
    const ph = (H - 2.6 * t - band) / 2;
    for (const sz of [-1, 1]) {
      const zp = sz * (D / 2 - t / 2 + pt / 2);
      b.box('panels', [W - 2.6 * t, ph, pt], { at: [0, H / 2 + band / 2 + ph / 2, zp] });
      b.box('panels', [W - 2.6 * t, ph, pt], { at: [0, H / 2 - band / 2 - ph / 2, zp] });
      b.box('stripes', [W - 2 * t, band, pt], { at: [0, H / 2, zp] });
    }
    // Sides: one panel and a handle each; the lid a panel.
    for (const sx of [-1, 1]) {
      b.box('panels', [pt, H - 2.6 * t, D - 2.6 * t], { at: [sx * (W / 2 - t / 2 + pt / 2), H / 2, 0] });
      b.box('frame', [0.035, 0.05, Math.min(0.3, D * 0.4)], { at: [sx * (W / 2 - t / 2 + pt + 0.0175), H * 0.62, 0] });
    }
    b.box('panels', [W - 2.6 * t, pt, D - 2.6 * t], { at: [0, H - t / 2 + pt / 2, 0] });
    b.box('lights', [Math.min(0.06, W * 0.1), band * 0.4, 0.008], { at: [W / 2 - 1.3 * t - 0.05, H / 2, D / 2 - t / 2 + pt + 0.004] });
    return b.parts();
  },
  prop: {
    category: 'scifi',
    synonyms: ['cargo container', 'supply crate', 'space crate', 'storage container', 'cargo box', 'ammo crate'],
    placement: ['wall', 'corner', 'floor'],
    surfaceHeight: (p) => p.height,
    themes: ['scifi'],
    facing: 'front',
  },
});

/* -------------------------------------------------------------------------------------------------- pipe */

const pipeSchema = strictObject({
  type: z.literal('pipe'),
  length: num(3, 0.5, 20).describe('along X, metres'),
  diameter: num(0.3, 0.03, 1.5).describe('outside diameter, metres'),
  clearance: num(0.15, 0, 3).describe('gap under the pipe; supports stand in it when over 3 cm'),
  sectionLength: num(2, 0.5, 12).describe('spacing of the flanged joints'),
  valve: z.boolean().default(true).describe('a gate valve with handwheel in the middle'),
});

/** Where the pipe's flanges and supports go; shared by generate and estimate so the estimate is exact. */
function pipeLayout(p: z.infer<typeof pipeSchema>) {
  const r = p.diameter / 2;
  const L = p.length;
  const fr = r * 1.35 + 0.01;
  const ft = Math.max(0.015, 0.12 * p.diameter);
  const axisY = Math.max(p.clearance + r, fr);
  const vl = Math.max(0.2, 1.6 * p.diameter);
  const valve = p.valve && L >= vl + 4 * ft + 0.2;
  const n = Math.max(1, Math.round(L / p.sectionLength));
  const flanges: { x: number; t: number }[] = [];
  for (let i = 0; i <= n; i++) {
    const x = -L / 2 + (i * L) / n;
    if (i === 0) flanges.push({ x: x + ft / 2, t: ft });
    else if (i === n) flanges.push({ x: x - ft / 2, t: ft });
    else if (!valve || Math.abs(x) > vl / 2 + 3 * ft) flanges.push({ x, t: 2 * ft });
  }
  if (valve) for (const s of [-1, 1]) flanges.push({ x: s * (vl / 2 + ft / 2), t: ft });
  const supports: number[] = [];
  if (p.clearance >= 0.03) {
    const m = Math.max(2, Math.ceil(L / 3));
    for (let i = 0; i < m; i++) {
      const x = -L / 2 + ((i + 0.5) * L) / m;
      if (!valve || Math.abs(x) > vl / 2 + 0.15) supports.push(x);
    }
  }
  return { r, L, fr, ft, axisY, vl, valve, flanges, supports };
}

const BOLTS = 8;

export const pipe = defineProp({
  type: 'pipe',
  summary: 'Industrial pipe run along X: flanged, bolted sections on saddle supports, optional gate valve with handwheel.',
  slots: ['pipe', 'flanges', 'supports', 'valve'],
  defaultMaterials: { pipe: 'steel_galvanised', flanges: 'iron', supports: 'steel_mild', valve: 'enamel_paint_red' },
  schema: pipeSchema,
  estimate: (p) => {
    const l = pipeLayout(p);
    return {
      triangles: TRI.cyl(20) + l.flanges.length * (TRI.cyl(20) + BOLTS * TRI.cyl(6)) + l.supports.length * (2 * TRI.box + TRI.torus(4, 12))
        + (l.valve ? TRI.cyl(16) + TRI.cyl(12) + TRI.cyl(6) + TRI.torus(6, 20) + 2 * TRI.box : 0),
      parts: 4,
    };
  },
  generate: (p) => {
    const b = new PropBuilder(0);
    const { r, L, fr, axisY, vl, valve, flanges, supports } = pipeLayout(p);
    b.cylinder('pipe', r, r, L, { at: [0, axisY, 0], rot: [0, 0, 90] }, 20);
    const boltR = Math.max(0.004, 0.05 * r);
    for (const f of flanges) {
      b.cylinder('flanges', fr, fr, f.t, { at: [f.x, axisY, 0], rot: [0, 0, 90] }, 20);
      for (let k = 0; k < BOLTS; k++) {
        const a = (2 * Math.PI * (k + 0.5)) / BOLTS;
        const br = (r + fr) / 2;
        b.cylinder('flanges', boltR, boltR, f.t + 4 * boltR, { at: [f.x, axisY + br * Math.cos(a), br * Math.sin(a)], rot: [0, 0, 90] }, 6);
      }
    }
    for (const x of supports) {
      const sw = Math.max(0.05, 0.3 * r);
      b.box('supports', [sw * 2, 0.02, p.diameter + 0.1], { at: [x, 0.01, 0] });
      b.box('supports', [sw, axisY, p.diameter * 0.8], { at: [x, axisY / 2, 0] });
      // U-clamp over the top of the pipe.
      b.torus('supports', r + boltR, boltR, { at: [x, axisY, 0], rot: [0, 90, 0] }, 180, 4, 12);
    }
    if (valve) {
      b.cylinder('valve', r * 1.25, r * 1.25, vl, { at: [0, axisY, 0], rot: [0, 0, 90] }, 16);
      const bonnet = 1.6 * r + 0.05;
      b.cylinder('valve', 0.5 * r, 0.6 * r, bonnet, { at: [0, axisY + r + bonnet / 2 - 0.1 * r, 0] }, 12);
      const stemTop = axisY + 0.9 * r + bonnet + 0.4 * r + 0.04;
      const stemBase = axisY + 0.9 * r + bonnet;
      b.cylinder('flanges', 0.08 * r + 0.004, 0.08 * r + 0.004, stemTop - stemBase + 0.02, { at: [0, (stemTop + stemBase) / 2, 0] }, 6);
      const wheel = 0.9 * r + 0.05;
      const tube = 0.06 * r + 0.005;
      const wy = stemTop - 0.02;
      b.torus('valve', wheel, tube, { at: [0, wy, 0], rot: [90, 0, 0] }, 360, 6, 20);
      b.box('valve', [2 * wheel, tube, tube], { at: [0, wy, 0] });
      b.box('valve', [tube, tube, 2 * wheel], { at: [0, wy, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['pipeline', 'pipework', 'conduit', 'steam pipe', 'plumbing', 'industrial pipe'],
    placement: ['wall', 'floor'],
    themes: ['scifi', 'dungeon'],
  },
});

/* ---------------------------------------------------------------------------------------------- skeleton */

/** Adds a geometry placed by `place` in a local frame, then by the frame into the prop's space. */
function addIn(b: PropBuilder, slot: string, g: BufferGeometry, frame: Matrix4, place: Place = {}): void {
  g.applyMatrix4(placeMatrix(place));
  g.applyMatrix4(frame);
  b.add(slot, g);
}

/** A bone: a shaft between two joints with a knob at each end. */
function bone(b: PropBuilder, a: V3, c: V3, r: number): void {
  rod(b, 'bones', a, c, r, 6);
  for (const e of [a, c]) b.add('bones', new SphereGeometry(r * 1.5, 6, 4).translate(...e));
}

/**
 * The axial skeleton (pelvis, spine, ribs, skull, collarbones) in a torso frame: origin at the pelvis, +Y up
 * the spine, +Z forward. Returns the shoulder and hip joints in the prop's space.
 */
function torso(b: PropBuilder, s: number, frame: Matrix4): { shoulders: V3[]; hips: V3[] } {
  const at = (x: number, y: number, zz: number): V3 => {
    const v = new Vector3(x * s, y * s, zz * s).applyMatrix4(frame);
    return [v.x, v.y, v.z];
  };
  addIn(b, 'bones', new TorusGeometry(0.09 * s, 0.035 * s, 6, 12), frame, { at: [0, 0.02 * s, 0], rot: [90, 0, 0], scale: [1.15, 0.75, 1] });
  for (let i = 0; i < 13; i++) {
    const y = 0.07 + i * 0.047;
    addIn(b, 'bones', new CylinderGeometry(0.022 * s, 0.022 * s, 0.03 * s, 6), frame, { at: [0, y * s, -0.06 * s] });
  }
  rod(b, 'bones', at(0, 0.06, -0.06), at(0, 0.7, -0.05), 0.012 * s, 6);
  for (let i = 0; i < 6; i++) {
    const y = 0.34 + i * 0.042;
    const R = (0.095 + 0.03 * Math.sin((Math.PI * (i + 1)) / 7)) * s;
    addIn(b, 'bones', new TorusGeometry(R, 0.009 * s, 4, 10, 280 * DEG_TO_RAD), frame, { at: [0, y * s, -0.06 * s + R], rot: [90, 0, 130] });
  }
  addIn(b, 'bones', new BoxGeometry(0.03 * s, 0.17 * s, 0.015 * s), frame, { at: [0, 0.47 * s, 0.17 * s] });
  addIn(b, 'bones', new SphereGeometry(0.085 * s, 12, 8), frame, { at: [0, 0.765 * s, 0], scale: [0.85, 1, 1.1] });
  addIn(b, 'bones', new BoxGeometry(0.085 * s, 0.035 * s, 0.07 * s), frame, { at: [0, 0.69 * s, 0.035 * s] });
  const shoulders = [-1, 1].map((sd) => at(sd * 0.18, 0.58, -0.04));
  for (const [i, sd] of [-1, 1].entries()) bone(b, at(sd * 0.03, 0.61, 0.02), shoulders[i]!, 0.01 * s);
  return { shoulders, hips: [-1, 1].map((sd) => at(sd * 0.09, -0.02, 0.01)) };
}

export const skeleton = defineProp({
  type: 'skeleton',
  summary: 'Human skeleton stand-in: slumped seated against a wall (facing +Z), lying on its back, or a heap of loose bones.',
  slots: ['bones'],
  defaultMaterials: { bones: 'bone_weathered' },
  seeded: true,
  schema: strictObject({
    type: z.literal('skeleton'),
    pose: z.enum(['seated', 'lying', 'pile']).default('seated'),
    height: num(1.7, 0.5, 2.5).describe('standing height of the person it was'),
  }),
  estimate: () => {
    const boneT = TRI.cyl(6) + 2 * TRI.sphere(6, 4);
    const axial = TRI.torus(6, 12) + 13 * TRI.cyl(6) + TRI.cyl(6) + 6 * TRI.torus(4, 10) + 2 * TRI.box + TRI.sphere(12, 8);
    return { triangles: axial + 16 * boneT + 200, parts: 1 };
  },
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 1.7;
    const r = 0.018 * s;
    const limbs = (shoulders: V3[], hips: V3[], j: (side: number) => { elbow: V3; hand: V3; knee: V3; ankle: V3; toe: V3 }) => {
      [-1, 1].forEach((side, i) => {
        const q = j(side);
        const jig = (v: V3): V3 => [v[0] + b.range(-0.01, 0.01) * s, v[1], v[2] + b.range(-0.01, 0.01) * s];
        const elbow = jig(q.elbow);
        const hand = jig(q.hand);
        bone(b, shoulders[i]!, elbow, r);
        bone(b, elbow, hand, r * 0.85);
        bone(b, hand, add3(hand, [side * 0.02 * s, 0, 0.08 * s]), r * 0.6);
        bone(b, hips[i]!, q.knee, r * 1.2);
        bone(b, q.knee, q.ankle, r);
        bone(b, q.ankle, q.toe, r * 0.7);
      });
    };
    if (p.pose === 'seated') {
      // Slumped against a wall behind it (−Z), legs out along the floor.
      const frame = new Matrix4().compose(new Vector3(0, 0.07 * s, -0.32 * s), new Quaternion().setFromEuler(new Euler(-12 * DEG_TO_RAD, b.range(-4, 4) * DEG_TO_RAD, 0)), new Vector3(1, 1, 1));
      const { shoulders, hips } = torso(b, s, frame);
      limbs(shoulders, hips, (sd) => ({
        elbow: [sd * 0.24 * s, 0.33 * s, -0.4 * s],
        hand: [sd * 0.26 * s, 0.035 * s, -0.25 * s],
        knee: [sd * 0.12 * s, 0.16 * s, 0.08 * s],
        ankle: [sd * 0.14 * s, 0.05 * s, 0.46 * s],
        toe: [sd * 0.17 * s, 0.1 * s, 0.54 * s],
      }));
    } else if (p.pose === 'lying') {
      // On its back, head towards −Z.
      const frame = new Matrix4().compose(new Vector3(0, 0.11 * s, 0), new Quaternion().setFromEuler(new Euler(-90 * DEG_TO_RAD, 0, 0)), new Vector3(1, 1, 1));
      const { shoulders, hips } = torso(b, s, frame);
      limbs(shoulders, hips, (sd) => ({
        elbow: [sd * 0.24 * s, 0.035 * s, -0.3 * s],
        hand: [sd * 0.26 * s, 0.035 * s, -0.04 * s],
        knee: [sd * 0.11 * s, 0.04 * s, 0.42 * s],
        ankle: [sd * 0.12 * s, 0.035 * s, 0.8 * s],
        toe: [sd * 0.14 * s, 0.09 * s, 0.86 * s],
      }));
    } else {
      // A heap: long bones in loose layers, a pelvis and a few ribs underneath, the skull on top.
      b.add('bones', new TorusGeometry(0.09 * s, 0.035 * s, 6, 12).scale(1.15, 0.75, 1).rotateX(90 * DEG_TO_RAD).translate(b.range(-0.1, 0.1) * s, 0.036 * s, b.range(-0.1, 0.1) * s));
      for (let i = 0; i < 4; i++) {
        const g = new TorusGeometry(0.11 * s, 0.009 * s, 4, 10, 160 * DEG_TO_RAD).rotateX(90 * DEG_TO_RAD).rotateY(b.range(0, 2 * Math.PI));
        b.add('bones', g.translate(b.range(-0.2, 0.2) * s, 0.01 * s, b.range(-0.2, 0.2) * s));
      }
      for (let i = 0; i < 12; i++) {
        const len = b.range(0.22, 0.45) * s;
        const yaw = b.range(0, Math.PI);
        const c: V3 = [b.range(-0.22, 0.22) * s, r * 1.9 + (i % 3) * 0.035 * s + 0.006 * s, b.range(-0.22, 0.22) * s];
        const half: V3 = [Math.cos(yaw) * len / 2, b.range(-0.004, 0.004) * s, Math.sin(yaw) * len / 2];
        bone(b, add3(c, mul3(half, -1)), add3(c, half), r * b.range(0.8, 1.2));
      }
      const skull: V3 = [b.range(-0.05, 0.05) * s, 0.15 * s, b.range(-0.05, 0.05) * s];
      const turn = b.range(-40, 40);
      b.sphere('bones', 0.085 * s, { at: skull, rot: [b.range(-15, 15), turn, 0], scale: [0.85, 1, 1.1] }, 12, 8);
      b.box('bones', [0.085 * s, 0.035 * s, 0.07 * s], { at: add3(skull, [Math.sin(turn * DEG_TO_RAD) * 0.035 * s, -0.08 * s, Math.cos(turn * DEG_TO_RAD) * 0.035 * s]), rot: [0, turn, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['bones', 'remains', 'skull', 'corpse', 'dead adventurer', 'bone pile'],
    placement: ['floor', 'corner'],
    themes: ['dungeon', 'cave', 'castle'],
    facing: 'front',
  },
});

/* -------------------------------------------------------------------------------------------------- sign */

export const sign = defineProp({
  type: 'sign',
  summary: 'Signboard on a braced wooden post: mounted on the post or hanging from an arm on chains; board faces +Z.',
  slots: ['board', 'post', 'trim'],
  defaultMaterials: { board: 'wood_planks', post: 'weathered_wood', trim: 'iron_wrought' },
  schema: strictObject({
    type: z.literal('sign'),
    width: num(1.2, 0.3, 4).describe('board width, metres'),
    boardHeight: num(0.8, 0.2, 3),
    postHeight: num(2, 0.5, 6).describe('floor to the top of the post; raised if the board needs it'),
    style: z.enum(['post', 'hanging']).default('post'),
  }),
  estimate: () => ({ triangles: 12 * TRI.box + TRI.cone(4) + 2 * TRI.cyl(6), parts: 3 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: w, boardHeight: bh } = p;
    const hanging = p.style === 'hanging';
    // A post too short for its board is raised to carry it.
    const H = Math.max(p.postHeight, bh + (hanging ? 0.45 : 0.15));
    const arm = w + 0.6;
    // The hanging sign's post stands off to the left, so the whole is centred in X.
    const x0 = hanging ? (0.35 - arm) / 2 : 0;
    const zp = -0.06;
    b.box('post', [0.1, H, 0.1], { at: [x0, H / 2, zp] });
    b.cone('post', 0.1 / Math.SQRT2, 0.08, { at: [x0, H + 0.04, zp], rot: [0, 45, 0] }, 4);
    b.box('post', [0.7, 0.06, 0.12], { at: [x0, 0.03, zp] });
    for (const sx of [-1, 1]) beam(b, 'post', [x0 + sx * 0.3, 0.06, zp], [x0 + sx * 0.04, Math.min(0.45, H * 0.4), zp], 0.05, 0.05);
    let cx = 0;
    let top: number;
    let zb: number;
    if (hanging) {
      const armY = H - 0.12;
      b.box('post', [arm + 0.05, 0.08, 0.08], { at: [x0 + (arm + 0.05) / 2 - 0.05, armY, zp] });
      beam(b, 'post', [x0 + 0.05, armY - Math.min(0.45, H * 0.3), zp], [x0 + 0.4, armY - 0.04, zp], 0.05, 0.05);
      cx = x0 + 0.5 + w / 2;
      top = armY - 0.2;
      zb = zp;
      for (const sx of [-1, 1]) rod(b, 'trim', [cx + sx * (w / 2 - 0.08), armY - 0.04, zp], [cx + sx * (w / 2 - 0.08), top, zp], 0.006, 6);
    } else {
      top = H - 0.08;
      zb = zp + 0.07;
    }
    b.box('board', [w, bh, 0.04], { at: [cx, top - bh / 2, zb] });
    for (const sy of [-1, 1]) b.box('trim', [w + 0.04, 0.03, 0.05], { at: [cx, top - bh / 2 + sy * (bh / 2 + 0.005), zb] });
    for (const sx of [-1, 1]) b.box('trim', [0.03, bh, 0.05], { at: [cx + sx * (w / 2 + 0.005), top - bh / 2, zb] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['signboard', 'signpost', 'notice board', 'placard', 'shop sign', 'tavern sign'],
    placement: ['wall'],
    themes: ['castle', 'house', 'office', 'dungeon'],
    facing: 'front',
  },
});

// Each prop is typed by its own schema above; the shared list widens them (as index.ts does for the reference props).
export const MISC_PROPS: PropDef[] = [
  statue,
  weapon_rack,
  banner,
  umbrella,
  car,
  monitor,
  computer,
  scifi_console,
  scifi_crate,
  pipe,
  skeleton,
  sign,
] as unknown as PropDef[];
