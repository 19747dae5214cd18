/**
 * Lighting props: flames and bulbs with their own emissive slot (`flame` or `bulb`) and a declared light
 * (position, colour temperature, lumens) so layouts can place a matching light source.
 */
import { z } from 'zod';
import { Euler, Quaternion, Vector3 } from 'three';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { DEG_TO_RAD } from '../../core/angles.js';

const dim = (d: number, max: number) => z.number().positive().max(max).default(d);

// Triangle counts of the builder's primitives (upper bounds), for the estimates.
const T = {
  box: 12,
  cyl: (segs: number) => 4 * segs,
  sphere: (w: number, h: number) => 2 * w * h,
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  lathe: (points: number, segs: number) => 2 * (points - 1) * segs,
};

/** Teardrop flame profile, unit size: [radius, height] bottom to top. */
const FLAME: [number, number][] = [[0, 0], [0.55, 0.1], [1, 0.3], [0.85, 0.5], [0.5, 0.72], [0.18, 0.9], [0, 1]];
const flameTris = (segs: number) => T.lathe(FLAME.length, segs);

/** A flame standing on `base`, `h` tall and `r` wide at its belly, in the `flame` slot. */
function flame(b: PropBuilder, base: V3, h: number, r: number, segs = 8): void {
  b.lathe('flame', FLAME.map(([x, y]) => [x * r, y * h]), { at: base }, segs);
}

const UP = new Vector3(0, 1, 0);

/** A cylinder from `from` to `to` (radius `rTop` at `to`). */
function rod(b: PropBuilder, slot: string, from: V3, to: V3, rTop: number, rBottom = rTop, segs = 8): void {
  const a = new Vector3(...from);
  const dir = new Vector3(...to).sub(a);
  const len = dir.length();
  const e = new Euler().setFromQuaternion(new Quaternion().setFromUnitVectors(UP, dir.normalize()), 'XYZ');
  b.cylinder(slot, rTop, rBottom, len, {
    at: [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2, (from[2] + to[2]) / 2],
    rot: [e.x / DEG_TO_RAD, e.y / DEG_TO_RAD, e.z / DEG_TO_RAD],
  }, segs);
}

/**
 * A U-shaped candle arm in the vertical plane at `angleDeg` around Y: leaves the centre at radius `r0`,
 * dips `depth` below `y` and rises back to `y` at radius `r1`.
 */
function uArm(b: PropBuilder, slot: string, r0: number, r1: number, y: number, depth: number, tube: number, angleDeg: number, tubular = 10): void {
  const half = (r1 - r0) / 2;
  const mid = r0 + half;
  const a = angleDeg * DEG_TO_RAD;
  b.torus(slot, half, tube, { at: [Math.cos(a) * mid, y, -Math.sin(a) * mid], rot: [0, angleDeg, 180], scale: [1, depth / half, 1] }, 180, 5, tubular);
}

// ---------------------------------------------------------------------------------------------------------

export const torch = defineProp({
  type: 'torch',
  summary: 'Wall torch: wooden handle with a pitch-soaked head in an iron wall bracket (back at -Z), leaning out towards +Z, burning.',
  slots: ['handle', 'wrap', 'bracket', 'flame'],
  defaultMaterials: { handle: 'oak', wrap: 'burlap', bracket: 'iron_wrought', flame: 'torch_flame' },
  schema: strictObject({
    type: z.literal('torch'),
    length: dim(0.5, 2).describe('handle and head, metres (about 0.5 m)'),
    radius: dim(0.018, 0.1).describe('handle radius at the top, metres'),
    tiltDeg: z.number().min(0).max(45).default(20).describe('lean out from the wall, degrees'),
    flameHeight: dim(0.15, 1).describe('metres'),
  }),
  estimate: () => ({ triangles: 2 * T.cyl(12) + 2 * T.torus(6, 16) + 3 * T.box + flameTris(12), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = torchGeometry(p);
    rod(b, 'handle', g.bottom, g.handleTop, p.radius, p.radius * 0.8, 12);
    rod(b, 'wrap', g.at(g.wrapFrom), g.at(g.wrapTo), g.wrapR * 1.1, g.wrapR, 12);
    // Bracket: a wall plate, two arms and two rings round the handle.
    const ringR = p.radius * 1.05 + 0.006;
    let top = 0;
    for (const s of [0.12, 0.42]) {
      const c = g.at(s * g.handleLen);
      b.torus('bracket', ringR, 0.005, { at: c, rot: [p.tiltDeg - 90, 0, 0] }, 360, 6, 16);
      const back = c[2] - ringR * Math.cos(p.tiltDeg * DEG_TO_RAD);
      b.box('bracket', [0.012, 0.012, back - g.plateFront + 0.004], { at: [0, c[1], (back + g.plateFront) / 2] });
      top = Math.max(top, c[1]);
    }
    const plateH = top + 0.04;
    b.box('bracket', [0.06, plateH, 0.008], { at: [0, plateH / 2, g.plateFront - 0.004] });
    flame(b, g.flameBase, p.flameHeight, g.wrapR * 1.3, 12);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['wall torch', 'sconce', 'firebrand', 'flambeau', 'brand', 'burning torch'],
    placement: ['wall'],
    light: (p) => {
      const g = torchGeometry(p);
      return { offset: [g.flameBase[0], g.flameBase[1] + p.flameHeight * 0.35, g.flameBase[2]], kelvin: 1900, lumens: 150 };
    },
    themes: ['dungeon', 'castle', 'cave'],
    facing: 'front',
  },
});

function torchGeometry(p: { length: number; radius: number; tiltDeg: number }) {
  const t = p.tiltDeg * DEG_TO_RAD;
  const dir: V3 = [0, Math.cos(t), Math.sin(t)];
  const bottom: V3 = [0, p.radius * Math.sin(t) + 0.002, 0];
  const at = (s: number): V3 => [0, bottom[1] + dir[1] * s, bottom[2] + dir[2] * s];
  const handleLen = p.length * 0.84;
  const wrapLen = p.length * 0.2;
  const wrapFrom = p.length - wrapLen;
  const wrapTo = p.length;
  const wrapR = p.radius * 1.6;
  const top = at(wrapTo);
  return {
    bottom,
    at,
    handleLen,
    handleTop: at(handleLen),
    wrapFrom,
    wrapTo,
    wrapR,
    plateFront: -0.03 - p.radius,
    flameBase: [0, top[1] - wrapR * 0.3, top[2]] as V3,
  };
}

// ---------------------------------------------------------------------------------------------------------

export const candle = defineProp({
  type: 'candle',
  summary: 'Pillar candle, lit, optionally in a brass chamberstick (dish, socket and finger ring).',
  slots: ['wax', 'holder', 'flame'],
  defaultMaterials: { wax: 'beeswax', holder: 'brass', flame: 'candle_flame' },
  schema: strictObject({
    type: z.literal('candle'),
    height: dim(0.15, 1).describe('candle height, metres'),
    radius: dim(0.035, 0.2).describe('candle radius, metres'),
    holder: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: T.lathe(7, 20) + T.cyl(16) + T.torus(6, 16) + T.lathe(6, 16) + T.cyl(6) + flameTris(8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const y0 = candleBase(p);
    if (p.holder) {
      const hr = Math.max(p.radius * 2, p.radius + 0.04);
      b.lathe('holder', [[0, 0], [hr * 0.9, 0], [hr, 0.008], [hr, 0.014], [hr * 0.93, 0.014], [hr * 0.9, 0.006], [0, 0.006]], {}, 20);
      b.cylinder('holder', p.radius + 0.005, p.radius + 0.005, 0.025, { at: [0, 0.006 + 0.0125, 0] }, 16);
      b.torus('holder', 0.018, 0.004, { at: [hr + 0.012, 0.026, 0] }, 360, 6, 16);
    }
    const h = p.height;
    const r = p.radius;
    b.lathe('wax', [[0, 0], [r, 0], [r, h * 0.97], [r * 0.85, h], [r * 0.35, h * 0.975], [0, h * 0.965]], { at: [0, y0, 0] }, 16);
    b.cylinder('wax', 0.0015, 0.0015, 0.012, { at: [0, y0 + h * 0.965 + 0.004, 0] }, 6);
    flame(b, [0, y0 + h * 0.965 + 0.006, 0], 0.03, 0.0065);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['pillar candle', 'chamberstick', 'candlestick', 'taper', 'wax candle'],
    placement: ['surface', 'floor'],
    light: (p) => ({ offset: [0, candleBase(p) + p.height * 0.965 + 0.018, 0], kelvin: 1850, lumens: 12 }),
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

function candleBase(p: { holder: boolean }): number {
  return p.holder ? 0.008 : 0;
}

// ---------------------------------------------------------------------------------------------------------

export const candelabra = defineProp({
  type: 'candelabra',
  summary: 'Table candelabra: turned foot and stem, U-shaped arms round a centre candle, lit tapers.',
  slots: ['metal', 'wax', 'flame'],
  defaultMaterials: { metal: 'brass_antique', wax: 'beeswax', flame: 'candle_flame' },
  schema: strictObject({
    type: z.literal('candelabra'),
    height: dim(0.45, 2).describe('foot to candle tops, metres'),
    span: dim(0.35, 1.5).describe('distance between opposite candles, metres'),
    arms: z.number().int().min(2).max(8).default(4),
    centreCandle: z.boolean().default(true),
  }),
  estimate: (p) => {
    const n = p.arms + 1;
    return { triangles: T.lathe(7, 20) + T.cyl(12) + T.sphere(10, 8) + p.arms * T.torus(5, 10) + n * (T.lathe(6, 12) + T.cyl(12) + flameTris(8)), parts: 3 };
  },
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = candelabraGeometry(p);
    b.lathe('metal', [[0, 0], [0.075, 0], [0.078, 0.008], [0.06, 0.02], [0.03, 0.035], [0.014, 0.05], [0, 0.05]], {}, 20);
    b.cylinder('metal', 0.011, 0.013, g.centreCup - 0.045, { at: [0, 0.045 + (g.centreCup - 0.045) / 2, 0] }, 12);
    b.sphere('metal', 0.022, { at: [0, 0.05 + (g.armY - 0.05) * 0.45, 0] }, 10, 8);
    const cups: V3[] = [];
    for (let i = 0; i < p.arms; i++) {
      const deg = (360 * i) / p.arms;
      uArm(b, 'metal', 0, g.reach, g.armY, Math.min(g.reach * 0.3, 0.08), 0.007, deg);
      cups.push([Math.cos(deg * DEG_TO_RAD) * g.reach, g.armY, -Math.sin(deg * DEG_TO_RAD) * g.reach]);
    }
    if (p.centreCandle) cups.push([0, g.centreCup, 0]);
    for (const c of cups) {
      b.lathe('metal', [[0, 0], [0.01, 0], [0.018, g.cupH * 0.6], [0.026, g.cupH * 0.9], [0.026, g.cupH], [0, g.cupH]], { at: c }, 12);
      const base: V3 = [c[0], c[1] + g.cupH, c[2]];
      b.cylinder('wax', 0.011, 0.011, g.candleL, { at: [base[0], base[1] + g.candleL / 2, base[2]] }, 12);
      flame(b, [base[0], base[1] + g.candleL, base[2]], 0.03, 0.006);
    }
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['candelabrum', 'candlestick', 'branched candlestick', 'candle holder', 'menorah'],
    placement: ['surface', 'floor'],
    light: (p) => {
      const g = candelabraGeometry(p);
      return { offset: [0, g.armY + g.cupH + g.candleL + 0.012, 0], kelvin: 1850, lumens: 12 * (p.arms + (p.centreCandle ? 1 : 0)) };
    },
    themes: ['dungeon', 'castle', 'house'],
  },
});

function candelabraGeometry(p: { height: number; span: number }) {
  const candleL = p.height * 0.27;
  const cupH = 0.025;
  const armY = Math.max(0.12, p.height - candleL - cupH - 0.03);
  return { candleL, cupH, armY, centreCup: armY + 0.03, reach: p.span / 2 };
}

// ---------------------------------------------------------------------------------------------------------

export const chandelier = defineProp({
  type: 'chandelier',
  summary: 'Hanging chandelier: chain from a ceiling canopy, turned hub, U-shaped arms with candle lights; hangs below its origin.',
  slots: ['frame', 'candles', 'flame'],
  defaultMaterials: { frame: 'brass_antique', candles: 'beeswax', flame: 'candle_flame' },
  schema: strictObject({
    type: z.literal('chandelier'),
    diameter: dim(0.8, 3).describe('across the candles, metres'),
    height: dim(0.7, 3).describe('ceiling to the bottom finial, metres'),
    arms: z.number().int().min(3).max(12).default(6),
    source: z.enum(['electric', 'candle']).default('electric')
      .describe('electric: candle bulbs, 330 lm each at 2700 K; candle: real candles, 12 lm each at 1850 K'),
    drop: z.number().min(0).max(30).default(0).describe('extra chain above it, metres: a tall hall hangs its chandelier within reach of the light'),
  }),
  estimate: (p) => ({
    triangles: T.cyl(16) + 40 * T.torus(4, 10) + T.lathe(9, 16) + T.lathe(4, 16) +
      p.arms * (T.torus(5, 10) + T.lathe(4, 10) + T.cyl(10) + flameTris(8)),
    parts: 3,
  }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = chandelierGeometry(p);
    const w = p.diameter / 0.8;
    b.cylinder('frame', 0.05, 0.02, 0.03, { at: [0, -0.015, 0] }, 16);
    // Chain: alternating links from the canopy to the hub; a long drop hangs on a rod down to the last links.
    const chainLen = -0.03 - g.hubTop;
    const rod = Math.max(0, chainLen - LINKED_CHAIN_M);
    if (rod > 0) b.cylinder('frame', 0.008, 0.008, rod, { at: [0, -0.03 - rod / 2, 0] }, 8);
    const links = Math.min(40, Math.max(1, Math.round((chainLen - rod) / 0.04)));
    const step = (chainLen - rod) / links;
    const linkR = Math.min(0.014, step * 0.35);
    for (let i = 0; i < links; i++) {
      b.torus('frame', linkR, 0.004, { at: [0, -0.03 - rod - step * (i + 0.5), 0], rot: [0, i % 2 ? 90 : 0, 0], scale: [1, 1.5, 1] }, 360, 4, 10);
    }
    // Hub: a turned body from the chain to the finial.
    const hh = g.hubTop - g.hubBottom;
    const hub: [number, number][] = [[0, 0], [0.02, 0], [0.05, 0.15], [0.06, 0.3], [0.035, 0.5], [0.02, 0.7], [0.03, 0.85], [0.02, 1], [0, 1]];
    b.lathe('frame', hub.map(([r, y]) => [r * w, y * hh]), { at: [0, g.hubBottom, 0] }, 16);
    const bottom = -p.height - p.drop;
    const fh = g.hubBottom - bottom;
    b.lathe('frame', [[0, 0], [0.015 * w, fh * 0.5], [0.02 * w, fh * 0.85], [0, fh]], { at: [0, bottom, 0] }, 16);
    for (let i = 0; i < p.arms; i++) {
      const deg = (360 * i) / p.arms + 90 / p.arms;
      const a = deg * DEG_TO_RAD;
      uArm(b, 'frame', 0.035 * w, g.reach, g.armY, g.dip, 0.008 * w, deg);
      const c: V3 = [Math.cos(a) * g.reach, g.armY, -Math.sin(a) * g.reach];
      b.lathe('frame', [[0, 0], [0.012, 0], [0.03 * w, g.cupH], [0, g.cupH]], { at: c }, 10);
      b.cylinder('candles', 0.012, 0.012, g.candleL, { at: [c[0], c[1] + g.cupH + g.candleL / 2, c[2]] }, 10);
      flame(b, [c[0], c[1] + g.cupH + g.candleL, c[2]], 0.035, 0.008);
    }
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['candelabrum', 'hanging light', 'candle wheel', 'pendant chandelier', 'ceiling candelabra'],
    placement: ['ceiling'],
    light: (p) => {
      const g = chandelierGeometry(p);
      const electric = p.source === 'electric';
      return {
        offset: [0, g.armY + g.cupH + g.candleL + 0.015, 0],
        kelvin: electric ? 2700 : 1850,
        lumens: (electric ? 330 : 12) * p.arms,
      };
    },
    themes: ['castle', 'dungeon', 'house'],
  },
});

/** Chain drawn link by link, metres; above it a long drop is a plain rod. */
const LINKED_CHAIN_M = 1.2;

function chandelierGeometry(p: { diameter: number; height: number; drop: number }) {
  const s = p.height / 0.7;
  const hubTop = -0.3 * s - p.drop;
  const hubBottom = -0.62 * s - p.drop;
  const armY = hubBottom + 0.35 * (hubTop - hubBottom);
  const reach = p.diameter / 2 - 0.03;
  return { hubTop, hubBottom, armY, reach, dip: 0.12 * s, cupH: 0.03, candleL: 0.1 * Math.min(s, 1.5) };
}

// ---------------------------------------------------------------------------------------------------------

export const street_lamp = defineProp({
  type: 'street_lamp',
  summary: 'Cast-iron street lamp: plinth, tapering post and a glazed lantern on top, or a cobra-head arm reaching towards +Z.',
  slots: ['pole', 'glass', 'bulb'],
  defaultMaterials: { pole: 'powder_coat_black', glass: 'glass_clear', bulb: 'sodium_streetlamp' },
  schema: strictObject({
    type: z.literal('street_lamp'),
    height: dim(4.5, 12).describe('ground to the top, metres'),
    style: z.enum(['lantern', 'cobra']).default('lantern'),
    armLength: z.number().min(0.6).max(4).default(1.2).describe('cobra style: reach of the arm along +Z, metres'),
  }),
  estimate: () => ({
    triangles: T.lathe(8, 16) + T.cyl(16) + 2 * T.torus(6, 16) + Math.max(
      2 * T.cyl(4) + T.cyl(4) + T.cyl(8) + T.sphere(8, 6) + 4 * T.cyl(4) + T.sphere(12, 8),
      T.torus(8, 12) + T.cyl(12) + 2 * T.sphere(16, 8) + T.cyl(12),
    ),
    parts: 3,
  }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = streetLampGeometry(p);
    const plinth: [number, number][] = [[0, 0], [0.2, 0], [0.2, 0.1], [0.16, 0.15], [0.14, 0.45], [0.1, 0.6], [0.08, 0.65], [0, 0.65]];
    b.lathe('pole', plinth, {}, 16);
    b.cylinder('pole', 0.05, 0.075, g.poleTop - 0.6, { at: [0, 0.6 + (g.poleTop - 0.6) / 2, 0] }, 16);
    b.torus('pole', 0.075, 0.015, { at: [0, 0.66, 0], rot: [90, 0, 0] }, 360, 6, 16);
    b.torus('pole', 0.055, 0.012, { at: [0, g.poleTop - 0.3, 0], rot: [90, 0, 0] }, 360, 6, 16);
    if (p.style === 'lantern') {
      const y0 = g.poleTop;
      const gh = 0.45;
      const rb = 0.16;
      const rt = 0.24;
      b.cylinder('pole', rb + 0.01, 0.06, 0.08, { at: [0, y0 + 0.04, 0], rot: [0, 45, 0] }, 4);
      b.cylinder('glass', rt, rb, gh, { at: [0, y0 + 0.08 + gh / 2, 0], rot: [0, 45, 0] }, 4);
      for (let k = 0; k < 4; k++) {
        const a = (45 + 90 * k) * DEG_TO_RAD;
        rod(b, 'pole', [Math.cos(a) * rb, y0 + 0.08, Math.sin(a) * rb], [Math.cos(a) * rt, y0 + 0.08 + gh, Math.sin(a) * rt], 0.012, 0.012, 4);
      }
      b.cylinder('pole', rt + 0.03, rt + 0.03, 0.03, { at: [0, y0 + 0.08 + gh + 0.015, 0], rot: [0, 45, 0] }, 4);
      const roofY = y0 + 0.08 + gh + 0.03;
      const roofH = p.height - roofY - 0.06;
      b.cylinder('pole', 0, rt + 0.06, roofH, { at: [0, roofY + roofH / 2, 0], rot: [0, 45, 0] }, 4);
      b.sphere('pole', 0.04, { at: [0, p.height - 0.04, 0] }, 8, 6);
      b.sphere('bulb', 0.08, { at: g.bulb }, 12, 8);
    } else {
      const rho = 0.4;
      const yArm = g.poleTop + rho;
      b.torus('pole', rho, 0.045, { at: [0, g.poleTop, rho], rot: [0, -90, 90] }, 90, 8, 12);
      rod(b, 'pole', [0, yArm, rho - 0.01], [0, yArm, p.armLength - 0.2], 0.04, 0.045, 12);
      b.sphere('pole', 1, { at: [0, yArm, p.armLength], scale: [0.22, 0.08, 0.42] }, 16, 8);
      b.sphere('bulb', 1, { at: [0, yArm - 0.035, p.armLength], scale: [0.16, 0.05, 0.32] }, 16, 8);
    }
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['lamp post', 'lamppost', 'streetlight', 'street light', 'gas lamp', 'lamp standard'],
    placement: ['floor'],
    light: (p) => ({ offset: streetLampGeometry(p).bulb, kelvin: 2000, lumens: 8000 }),
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

function streetLampGeometry(p: { height: number; style: 'lantern' | 'cobra'; armLength: number }) {
  if (p.style === 'lantern') {
    const poleTop = p.height - 0.08 - 0.45 - 0.03 - 0.3 - 0.06;
    return { poleTop, bulb: [0, poleTop + 0.08 + 0.2, 0] as V3 };
  }
  const poleTop = p.height - 0.4 - 0.08;
  return { poleTop, bulb: [0, poleTop + 0.4 - 0.06, p.armLength] as V3 };
}

// ---------------------------------------------------------------------------------------------------------

export const floor_lamp = defineProp({
  type: 'floor_lamp',
  summary: 'Standard floor lamp: weighted round base, slim pole, fabric drum shade over a bulb.',
  slots: ['frame', 'shade', 'bulb'],
  defaultMaterials: { frame: 'brass_brushed', shade: 'linen_natural', bulb: 'incandescent_filament' },
  schema: strictObject({
    type: z.literal('floor_lamp'),
    height: dim(1.6, 2.5).describe('floor to the top of the shade, metres'),
    shadeDiameter: dim(0.4, 1.2).describe('bottom of the shade, metres'),
    shadeHeight: dim(0.28, 0.8).describe('metres'),
  }),
  estimate: () => ({ triangles: T.lathe(5, 24) + T.cyl(12) + T.cyl(12) + T.sphere(12, 8) + T.lathe(5, 24) + 3 * T.cyl(4) + T.torus(4, 16), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = floorLampGeometry(p);
    const shadeH = g.shadeH;
    b.lathe('frame', [[0, 0], [0.15, 0], [0.15, 0.012], [0.11, 0.03], [0, 0.035]], {}, 24);
    b.cylinder('frame', 0.011, 0.013, g.socketY - 0.03, { at: [0, 0.03 + (g.socketY - 0.03) / 2, 0] }, 12);
    b.cylinder('frame', 0.018, 0.018, 0.05, { at: [0, g.socketY + 0.025, 0] }, 12);
    b.sphere('bulb', 0.03, { at: g.bulb }, 12, 8);
    const rb = p.shadeDiameter / 2;
    const rt = rb * 0.75;
    const y0 = p.height - shadeH;
    const t = 0.003;
    b.lathe('shade', [[rb, y0], [rt, p.height], [rt - t, p.height - 0.001], [rb - t, y0 + 0.001], [rb, y0]], {}, 24);
    // Spider: three spokes from the socket to the top ring of the shade.
    b.torus('frame', rt - t - 0.002, 0.002, { at: [0, p.height - 0.004, 0], rot: [90, 0, 0] }, 360, 4, 16);
    for (let k = 0; k < 3; k++) {
      const a = (120 * k) * DEG_TO_RAD;
      rod(b, 'frame', [0, g.socketY + 0.05, 0], [Math.cos(a) * (rt - t - 0.002), p.height - 0.004, Math.sin(a) * (rt - t - 0.002)], 0.002, 0.002, 4);
    }
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['standard lamp', 'standing lamp', 'reading lamp', 'lamp', 'torchiere'],
    placement: ['corner', 'floor'],
    light: (p) => ({ offset: floorLampGeometry(p).bulb, kelvin: 2700, lumens: 800 }),
    themes: ['house', 'office'],
  },
});

function floorLampGeometry(p: { height: number; shadeHeight: number }) {
  const shadeH = Math.min(p.shadeHeight, p.height * 0.4);
  const bulbY = p.height - shadeH * 0.5;
  return { shadeH, socketY: Math.max(0.05, bulbY - 0.08), bulb: [0, bulbY, 0] as V3 };
}

// ---------------------------------------------------------------------------------------------------------

export const ceiling_lamp = defineProp({
  type: 'ceiling_lamp',
  summary: 'Ceiling light hanging below its origin: a pendant dome shade or glowing globe on a cord, or a flush-mounted dome.',
  slots: ['fitting', 'shade', 'bulb'],
  defaultMaterials: { fitting: 'powder_coat_black', shade: 'enamel_paint_gloss_white', bulb: 'led_panel' },
  schema: strictObject({
    type: z.literal('ceiling_lamp'),
    style: z.enum(['dome', 'globe', 'flush']).default('dome'),
    drop: z.number().min(0.05).max(5).default(0.6).describe('ceiling to the top of the shade (pendants), metres'),
    diameter: dim(0.35, 2).describe('shade or globe diameter, metres'),
  }),
  estimate: () => ({ triangles: T.cyl(16) + T.cyl(6) + T.cyl(12) + T.lathe(19, 24) + T.sphere(16, 12), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const g = ceilingLampGeometry(p);
    if (p.style === 'flush') {
      const h = g.height;
      b.cylinder('fitting', R + 0.01, R + 0.01, 0.02, { at: [0, -0.01, 0] }, 24);
      const prof: [number, number][] = [];
      for (let i = 0; i <= 6; i++) {
        const phi = (i / 6) * (Math.PI / 2);
        prof.push([R * Math.sin(phi), -0.02 - h * Math.cos(phi)]);
      }
      b.lathe('bulb', prof, {}, 24);
      return b.parts();
    }
    b.cylinder('fitting', 0.06, 0.06, 0.025, { at: [0, -0.0125, 0] }, 16);
    b.cylinder('fitting', 0.003, 0.003, p.drop - 0.025 + 0.01, { at: [0, -0.025 - (p.drop - 0.025) / 2 + 0.005, 0] }, 6);
    b.cylinder('fitting', 0.022, 0.022, 0.06, { at: [0, -p.drop - 0.02, 0] }, 12);
    if (p.style === 'globe') {
      b.sphere('bulb', R, { at: [0, -p.drop - 0.04 - R * 0.97, 0] }, 16, 12);
      return b.parts();
    }
    // Dome shade: outer surface from the rim up to the neck, inner surface back down.
    const h = g.height;
    const rTop = 0.03;
    const t = 0.003;
    const prof: [number, number][] = [];
    for (let i = 8; i >= 0; i--) {
      const phi = (i / 8) * (Math.PI / 2);
      prof.push([rTop + (R - rTop) * Math.sin(phi), -h * (1 - Math.cos(phi))]);
    }
    for (let i = 0; i <= 8; i++) {
      const phi = (i / 8) * (Math.PI / 2);
      prof.push([rTop - 0.001 + (R - rTop - t) * Math.sin(phi), -t - (h - t) * (1 - Math.cos(phi))]);
    }
    prof.push([R, -h]);
    b.lathe('shade', prof, { at: [0, -p.drop, 0] }, 24);
    b.sphere('bulb', 0.03, { at: g.bulb }, 12, 8);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['pendant light', 'pendant lamp', 'ceiling light', 'hanging lamp', 'light fixture', 'dome light'],
    placement: ['ceiling'],
    light: (p) => ({ offset: ceilingLampGeometry(p).bulb, kelvin: 3000, lumens: 800 }),
    themes: ['house', 'office', 'scifi'],
  },
});

function ceilingLampGeometry(p: { style: 'dome' | 'globe' | 'flush'; drop: number; diameter: number }) {
  const R = p.diameter / 2;
  if (p.style === 'flush') return { height: R * 0.35, bulb: [0, -0.02 - R * 0.15, 0] as V3 };
  if (p.style === 'globe') return { height: 2 * R, bulb: [0, -p.drop - 0.04 - R * 0.97, 0] as V3 };
  return { height: R * 0.75, bulb: [0, -p.drop - 0.05 - 0.03, 0] as V3 };
}

// ---------------------------------------------------------------------------------------------------------

export const lantern = defineProp({
  type: 'lantern',
  summary: 'Square iron candle lantern: glazed sides, pyramid roof, carrying ring, lit candle inside.',
  slots: ['frame', 'glass', 'wax', 'flame'],
  defaultMaterials: { frame: 'iron_blackened', glass: 'glass_clear', wax: 'beeswax', flame: 'candle_flame' },
  schema: strictObject({
    type: z.literal('lantern'),
    height: dim(0.3, 1.5).describe('base to the top of the ring, metres'),
    width: dim(0.14, 0.8).describe('square base, metres'),
  }),
  estimate: () => ({ triangles: 7 * T.box + T.cyl(4) + T.cyl(12) + T.torus(5, 12) + T.cyl(12) + flameTris(8), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = lanternGeometry(p);
    const H = p.height;
    const w = p.width;
    b.box('frame', [w, g.bh, w], { at: [0, g.bh / 2, 0] });
    b.box('glass', [w * 0.9, g.gh, w * 0.9], { at: [0, g.bh + g.gh / 2, 0] });
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('frame', [0.008, g.gh, 0.008], { at: [sx * (w * 0.45), g.bh + g.gh / 2, sz * (w * 0.45)] });
    }
    const plateY = g.bh + g.gh;
    const plateH = 0.04 * H;
    b.box('frame', [w, plateH, w], { at: [0, plateY + plateH / 2, 0] });
    const roofH = 0.16 * H;
    const roofY = plateY + plateH;
    b.cylinder('frame', 0, (w / Math.SQRT2) * 1.1, roofH, { at: [0, roofY + roofH / 2, 0], rot: [0, 45, 0] }, 4);
    const chimH = 0.06 * H;
    b.cylinder('frame', w * 0.1, w * 0.12, chimH, { at: [0, roofY + roofH * 0.8 + chimH / 2, 0] }, 12);
    const ringTop = H;
    const ringR = Math.max(0.01, ringTop - (roofY + roofH * 0.8 + chimH) - 0.005);
    b.torus('frame', ringR, 0.005, { at: [0, ringTop - 0.005 - ringR, 0] }, 180, 5, 12);
    const cr = w * 0.14;
    b.cylinder('wax', cr, cr, g.candleH, { at: [0, g.bh + g.candleH / 2, 0] }, 12);
    flame(b, [0, g.bh + g.candleH, 0], Math.min(0.03, g.gh * 0.3), 0.0065);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['candle lantern', 'lamp', 'hand lantern', 'storm lantern', 'carriage lantern'],
    placement: ['surface', 'floor'],
    light: (p) => {
      const g = lanternGeometry(p);
      return { offset: [0, g.bh + g.candleH + 0.012, 0], kelvin: 1850, lumens: 15 };
    },
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

function lanternGeometry(p: { height: number }) {
  const bh = 0.08 * p.height;
  const gh = 0.52 * p.height;
  return { bh, gh, candleH: gh * 0.35 };
}

export const LIGHTING_PROPS: PropDef[] = [torch, candle, candelabra, chandelier, street_lamp, floor_lamp, ceiling_lamp, lantern] as unknown as PropDef[];
