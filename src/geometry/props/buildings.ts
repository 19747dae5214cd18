/**
 * Buildings and landmarks: whole structures seen from outside — houses, cabins, tents, a lighthouse, bridges,
 * towers, a fountain, a market stall, a gate, a windmill. Low poly blocking models at real size (a house is
 * about 8 m × 9 m × 7 m), standing on the ground with their door or front along +Z.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { TRIS, heading, rod } from './outdoor.js';

const dim = (d: number, max: number) => z.number().positive().max(max).default(d);
const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);
const tan = (deg: number) => Math.tan(deg * DEG_TO_RAD);

interface Gable {
  /** Across the ridge (the roof slopes down over this), metres. */
  span: number;
  /** Along the ridge, metres. */
  length: number;
  wallTop: number;
  pitchDeg: number;
  overhang: number;
  ridgeAlongZ: boolean;
}

export const GABLE_TRIS = TRIS.extrude(3) + 3 * TRIS.box;

/** A pitched roof: the triangular gable ends filling the attic in `wallSlot`, two roof slabs and a ridge board. */
export function gableRoof(b: PropBuilder, roofSlot: string, wallSlot: string, g: Gable): number {
  const half = g.span / 2;
  const rise = half * tan(g.pitchDeg);
  const t = 0.12;
  const yaw = g.ridgeAlongZ ? 0 : 90;
  b.extrude(wallSlot, [[-half, 0], [half, 0], [0, rise]], g.length, { at: [0, g.wallTop, 0], rot: [0, yaw, 0] });
  const run = half + g.overhang;
  const slope = run / Math.cos(g.pitchDeg * DEG_TO_RAD);
  const lift = t / 2 / Math.cos(g.pitchDeg * DEG_TO_RAD);
  const y = g.wallTop + rise - (run / 2) * tan(g.pitchDeg) + lift;
  for (const s of [-1, 1]) {
    if (g.ridgeAlongZ) b.box(roofSlot, [slope, t, g.length + 2 * g.overhang], { at: [(s * run) / 2, y, 0], rot: [0, 0, -s * g.pitchDeg] });
    else b.box(roofSlot, [g.length + 2 * g.overhang, t, slope], { at: [0, y, (s * run) / 2], rot: [s * g.pitchDeg, 0, 0] });
  }
  const ridge: V3 = g.ridgeAlongZ ? [0.2, 0.2, g.length + 2 * g.overhang] : [g.length + 2 * g.overhang, 0.2, 0.2];
  b.box(roofSlot, ridge, { at: [0, g.wallTop + rise + t, 0] });
  return rise;
}

/** A window on a wall face: a painted frame with the glass set proud of it. `normal` is the wall's outward axis. */
export function windowAt(b: PropBuilder, at: V3, normal: 'x' | 'z', w: number, h: number): void {
  const sign = Math.sign(normal === 'x' ? at[0] : at[2]) || 1;
  const size = (face: number, across: number, tall: number): V3 => (normal === 'x' ? [face, tall, across] : [across, tall, face]);
  const out = (d: number): V3 => (normal === 'x' ? [at[0] + sign * d, at[1], at[2]] : [at[0], at[1], at[2] + sign * d]);
  b.box('trim', size(0.04, w + 0.16, h + 0.16), { at: out(0.02) });
  b.box('glass', size(0.04, w, h), { at: out(0.04) });
}

// ------------------------------------------------------------------------------------------------ house

const houseColumns = (width: number) => Math.max(2, Math.floor(width / 2.2));

export const house = defineProp({
  type: 'house',
  summary: 'House: brick walls of one or more storeys, a pitched roof with gables at the sides, a chimney, a front door at +Z and rows of windows.',
  slots: ['walls', 'roof', 'door', 'glass', 'trim'],
  defaultMaterials: { walls: 'brick_red', roof: 'slate_roof_tiles', door: 'oak', glass: 'glass_float_window', trim: 'house_paint_matte_white' },
  schema: strictObject({
    type: z.literal('house'),
    width: dim(8, 20).describe('along X, the front, metres'),
    depth: dim(7, 16).describe('along Z, metres'),
    storeys: count(2, 1, 4),
    storeyHeight: dim(2.8, 4),
    roofPitchDeg: z.number().min(15).max(55).default(38),
    chimney: z.boolean().default(true),
  }),
  estimate: (p) => ({ triangles: 4 * TRIS.box + GABLE_TRIS + p.storeys * (2 * houseColumns(p.width) + 2) * 2 * TRIS.box, parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.storeys * p.storeyHeight;
    b.box('walls', [p.width, H, p.depth], { at: [0, H / 2, 0] });
    const rise = gableRoof(b, 'roof', 'walls', { span: p.depth, length: p.width, wallTop: H, pitchDeg: p.roofPitchDeg, overhang: 0.4, ridgeAlongZ: false });
    if (p.chimney) {
      const top = H + rise + 0.8;
      b.box('walls', [0.7, top - H, 0.7], { at: [p.width / 2 - 0.9, (H + top) / 2, -p.depth / 4] });
    }
    b.box('door', [1, 2.1, 0.1], { at: [0, 1.05, p.depth / 2 + 0.05] });
    const n = houseColumns(p.width);
    for (let s = 0; s < p.storeys; s++) {
      const y = s * p.storeyHeight + 0.9 + 0.65;
      for (let i = 0; i < n; i++) {
        const x = -p.width / 2 + ((i + 0.5) * p.width) / n;
        if (s > 0 || Math.abs(x) > 1.1) windowAt(b, [x, y, p.depth / 2], 'z', 1, 1.3);
        windowAt(b, [x, y, -p.depth / 2], 'z', 1, 1.3);
      }
      for (const sx of [-1, 1]) windowAt(b, [(sx * p.width) / 2, y, 0], 'x', 1, 1.3);
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['cottage', 'farmhouse', 'bungalow', 'townhouse', 'dwelling'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

// ------------------------------------------------------------------------------------------------ cabin, shed, hut

const cabinCourses = (p: { wallHeight: number; logRadius: number }) => Math.max(3, Math.round(p.wallHeight / (1.8 * p.logRadius)));

export const cabin = defineProp({
  type: 'cabin',
  summary: 'Log cabin: walls of stacked round logs crossing at the corners, a pitched plank roof, a stone chimney on the side, door and windows at +Z.',
  slots: ['logs', 'roof', 'door', 'glass', 'trim', 'chimney'],
  defaultMaterials: { logs: 'weathered_wood', roof: 'cedar_wood', door: 'oak', glass: 'glass_float_window', trim: 'pine', chimney: 'stone_rubble_wall' },
  schema: strictObject({
    type: z.literal('cabin'),
    width: dim(6, 14).describe('along X, the front, metres'),
    depth: dim(5, 12).describe('along Z, metres'),
    wallHeight: dim(2.6, 5),
    logRadius: z.number().min(0.08).max(0.35).default(0.15),
    roofPitchDeg: z.number().min(15).max(55).default(35),
    chimney: z.boolean().default(true),
  }),
  estimate: (p) => ({ triangles: 4 * cabinCourses(p) * TRIS.cyl(8) + GABLE_TRIS + 6 * TRIS.box, parts: 6 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const r = p.logRadius;
    const pitch = 1.8 * r;
    const courses = cabinCourses(p);
    // Side walls sit half a course higher than front and back: the logs interlock at the corners.
    for (let i = 0; i < courses; i++) {
      for (const s of [-1, 1]) {
        b.cylinder('logs', r, r, p.width + 4 * r, { at: [0, r + i * pitch, (s * p.depth) / 2], rot: [0, 0, 90] }, 8);
        b.cylinder('logs', r, r, p.depth + 4 * r, { at: [(s * p.width) / 2, r + (i + 0.5) * pitch, 0], rot: [90, 0, 0] }, 8);
      }
    }
    const top = r + (courses - 0.5) * pitch + r;
    const rise = gableRoof(b, 'roof', 'logs', { span: p.depth, length: p.width + 2 * r, wallTop: top, pitchDeg: p.roofPitchDeg, overhang: 0.5, ridgeAlongZ: false });
    const front = p.depth / 2 + r;
    b.box('door', [0.9, 2, 0.08], { at: [0, 1, front] });
    for (const sx of [-1, 1]) windowAt(b, [(sx * p.width) / 4 + sx * 0.3, 1.5, front - 0.02], 'z', 0.8, 0.8);
    if (p.chimney) {
      const h = top + rise + 0.6;
      b.box('chimney', [0.6, h, 1], { at: [p.width / 2 + r + 0.3, h / 2, -p.depth / 6] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['log cabin', 'log house', 'hunting lodge'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

export const shed = defineProp({
  type: 'shed',
  summary: 'Garden shed: board-and-batten walls, a felt apex roof with the ridge running front to back, a door in the +Z gable and a side window.',
  slots: ['walls', 'roof', 'door', 'glass', 'trim'],
  defaultMaterials: { walls: 'wood_planks', roof: 'asphalt', door: 'weathered_wood', glass: 'glass_float_window', trim: 'pine' },
  schema: strictObject({
    type: z.literal('shed'),
    width: dim(1.8, 8).describe('along X, metres'),
    depth: dim(2.4, 10).describe('along Z, from the door to the back, metres'),
    wallHeight: dim(1.8, 4),
    roofPitchDeg: z.number().min(10).max(50).default(30),
  }),
  estimate: (p) => ({ triangles: (3 + 2 * Math.ceil(p.width / 0.4)) * TRIS.box + GABLE_TRIS + 3 * TRIS.box, parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.wallHeight;
    b.box('walls', [p.width, H, p.depth], { at: [0, H / 2, 0] });
    gableRoof(b, 'roof', 'walls', { span: p.width, length: p.depth, wallTop: H, pitchDeg: p.roofPitchDeg, overhang: 0.15, ridgeAlongZ: true });
    // Battens over the board joints on the front and back faces.
    const battens = Math.ceil(p.width / 0.4);
    for (let i = 0; i < battens; i++) {
      const x = -p.width / 2 + ((i + 0.5) * p.width) / battens;
      for (const s of [-1, 1]) if (s < 0 || Math.abs(x) > 0.5) b.box('walls', [0.05, H, 0.03], { at: [x, H / 2, s * (p.depth / 2 + 0.015)] });
    }
    b.box('door', [0.8, Math.min(1.9, H - 0.05), 0.05], { at: [0, Math.min(1.9, H - 0.05) / 2, p.depth / 2 + 0.03] });
    windowAt(b, [p.width / 2, H * 0.65, 0], 'x', 0.6, 0.5);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['garden shed', 'tool shed', 'woodshed', 'outhouse', 'shack'],
    placement: ['floor', 'corner'],
    themes: [],
    facing: 'front',
  },
});

export const hut = defineProp({
  type: 'hut',
  summary: 'Round hut: a low earthen wall under a steep conical thatched roof with a deep overhang, doorway at +Z.',
  slots: ['walls', 'roof', 'door'],
  defaultMaterials: { walls: 'adobe_mud_brick', roof: 'straw', door: 'weathered_wood' },
  schema: strictObject({
    type: z.literal('hut'),
    diameter: dim(5, 14).describe('of the wall, metres'),
    wallHeight: dim(1.8, 4),
    roofHeight: dim(2.8, 8).describe('eaves to the peak, metres'),
  }),
  estimate: () => ({ triangles: TRIS.cyl(16) + 2 * TRIS.cyl(16) + TRIS.cyl(8) + 3 * TRIS.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const r = p.diameter / 2;
    const H = p.wallHeight;
    b.cylinder('walls', r, r * 1.03, H, { at: [0, H / 2, 0] }, 16);
    const eave = Math.max(H - 0.3, H * 0.8);
    b.cone('roof', r + 0.6, p.roofHeight, { at: [0, eave + p.roofHeight / 2, 0] }, 16);
    // The thatch is thick: a second cone under the first shows its edge below the eaves.
    b.cylinder('roof', r + 0.6, r + 0.5, 0.25, { at: [0, eave - 0.12, 0] }, 16);
    b.cylinder('roof', 0.05, 0.25, 0.5, { at: [0, eave + p.roofHeight - 0.05, 0] }, 8);
    const doorH = Math.min(1.7, eave - 0.2);
    b.box('door', [0.9, doorH, 0.12], { at: [0, doorH / 2, r + 0.02] });
    for (const sx of [-1, 1]) b.box('door', [0.1, doorH, 0.16], { at: [sx * 0.5, doorH / 2, r + 0.02] });
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['roundhouse', 'mud hut', 'rondavel', 'thatched hut'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

// ------------------------------------------------------------------------------------------------ tent

export const tent = defineProp({
  type: 'tent',
  summary: 'Tent: an A-frame ridge tent (door flap at +Z, poles and guy lines), a round bell tent on a short wall, or a tipi of crossed poles.',
  slots: ['canvas', 'flap', 'poles'],
  defaultMaterials: { canvas: 'canvas', flap: 'waxed_canvas_olive', poles: 'oak' },
  schema: strictObject({
    type: z.literal('tent'),
    style: z.enum(['ridge', 'bell', 'tipi']).default('ridge'),
    width: dim(2.2, 25).describe('ridge: across, along X; bell and tipi: diameter, metres'),
    length: dim(2.8, 25).describe('ridge: along Z, metres'),
    height: dim(1.6, 14).describe('metres'),
    wallHeight: dim(0.6, 4).describe('bell: height of the round wall, metres'),
  }),
  estimate: () => ({ triangles: 2 * TRIS.extrude(3) + 10 * TRIS.cyl(6) + 2 * TRIS.cyl(20), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.style === 'ridge') ridgeTent(b, p.width, p.length, p.height);
    else roundTent(b, p.style, p.width / 2, p.height, Math.min(p.wallHeight, p.height * 0.6));
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['pup tent', 'bell tent', 'tipi', 'teepee', 'wigwam', 'yurt'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

function ridgeTent(b: PropBuilder, w: number, l: number, h: number): void {
  b.extrude('canvas', [[-w / 2, 0], [w / 2, 0], [0, h]], l);
  b.extrude('flap', [[-w * 0.22, 0], [w * 0.22, 0], [0, h * 0.75]], 0.01, { at: [0, 0, l / 2 + 0.006] });
  for (const s of [-1, 1]) {
    const z = (s * l) / 2;
    b.cylinder('poles', 0.015, 0.015, h + 0.15, { at: [0, (h + 0.15) / 2, z + s * 0.02] }, 6);
    rod(b, 'poles', [0, h + 0.1, z + s * 0.02], [0, 0.004, z + s * (h * 0.9 + 0.3)], 0.004, 0.004, 4);
  }
}

function roundTent(b: PropBuilder, style: 'bell' | 'tipi', r: number, h: number, wall: number): void {
  if (style === 'bell') {
    b.cylinder('canvas', r, r, wall, { at: [0, wall / 2, 0] }, 20);
    b.cone('canvas', r * 1.04, h - wall, { at: [0, wall + (h - wall) / 2, 0] }, 20);
    b.cylinder('poles', 0.03, 0.03, h + 0.2, { at: [0, (h + 0.2) / 2, 0] }, 6);
    b.box('flap', [r * 0.5, Math.min(wall + 0.9, h * 0.7), 0.02], { at: [0, Math.min(wall + 0.9, h * 0.7) / 2, r + 0.01] });
    return;
  }
  b.cone('canvas', r, h, { at: [0, h / 2, 0] }, 20);
  // Poles lean in from the ground ring, cross at the smoke hole and stick out above it.
  for (let i = 0; i < 8; i++) {
    const [x, , z] = heading(i * 45 + 22.5);
    rod(b, 'poles', [x * r * 0.98, 0.03, z * r * 0.98], [-x * r * 0.18, h * 1.18, -z * r * 0.18], 0.03, 0.02, 6);
  }
  b.extrude('flap', [[-r * 0.22, 0], [r * 0.22, 0], [0, h * 0.35]], 0.01, { at: [0, 0, r + 0.02], rot: [-Math.atan2(r, h) / DEG_TO_RAD, 0, 0] });
}

// ------------------------------------------------------------------------------------------------ lighthouse

/** Heights of a lighthouse's parts, metres: the tower, the gallery deck on it, the lamp room, the roof. */
function lighthouseLevels(p: { height: number }) {
  const tower = p.height * 0.78;
  const deck = tower + 0.25;
  const lampRoom = p.height * 0.1;
  return { tower, deck, lampRoom, roof: p.height - deck - lampRoom };
}

export const lighthouse = defineProp({
  type: 'lighthouse',
  summary: 'Lighthouse: a tapering striped tower on a stone plinth, a railed gallery, a glazed lamp room with its lamp and a domed cap; door at +Z.',
  slots: ['tower', 'stripe', 'stone', 'metal', 'glass', 'lamp', 'door'],
  defaultMaterials: {
    tower: 'enamel_paint_gloss_white', stripe: 'enamel_paint_red', stone: 'granite', metal: 'powder_coat_black',
    glass: 'glass_clear', lamp: 'incandescent_filament', door: 'enamel_paint_red',
  },
  schema: strictObject({
    type: z.literal('lighthouse'),
    height: dim(20, 29).describe('ground to the top of the cap, metres'),
    baseRadius: dim(3, 8).describe('metres'),
    topRadius: dim(1.9, 6).describe('at the gallery, metres'),
    stripes: count(3, 0, 6).describe('painted bands round the tower'),
  }),
  estimate: (p) => ({ triangles: 2 * TRIS.cyl(20) + p.stripes * TRIS.cyl(20) + 3 * TRIS.cyl(16) + TRIS.torus(4, 24) + 12 * TRIS.cyl(4) + TRIS.sphere(12, 8) + TRIS.lathe(5, 16) + 4 * TRIS.box, parts: 7 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = lighthouseLevels(p);
    const top = Math.min(p.topRadius, p.baseRadius);
    const radiusAt = (y: number) => p.baseRadius + ((top - p.baseRadius) * y) / L.tower;
    b.cylinder('stone', p.baseRadius + 0.4, p.baseRadius + 0.5, 0.8, { at: [0, 0.4, 0] }, 20);
    b.cylinder('tower', top, p.baseRadius, L.tower, { at: [0, L.tower / 2, 0] }, 20);
    const band = L.tower / (2 * p.stripes + 1);
    for (let i = 0; i < p.stripes; i++) {
      const y0 = band * (2 * i + 1);
      b.cylinder('stripe', radiusAt(y0 + band) + 0.02, radiusAt(y0) + 0.02, band, { at: [0, y0 + band / 2, 0] }, 20);
    }
    b.box('door', [1, 2.1, 0.3], { at: [0, 1.85, radiusAt(1.85)] });
    for (const t of [0.35, 0.6]) b.box('glass', [0.5, 0.9, 0.2], { at: [0, L.tower * t, radiusAt(L.tower * t)] });
    lighthouseLantern(b, L, top);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['light house', 'beacon tower', 'lighthouse tower'],
    placement: ['floor', 'center'],
    light: (p) => {
      const L = lighthouseLevels(p);
      return { offset: [0, L.deck + L.lampRoom / 2, 0], kelvin: 4000, lumens: 20000 };
    },
    themes: [],
    facing: 'front',
  },
});

/** The top of a lighthouse: gallery deck and railing, glazed lamp room with the lamp, domed cap and vent ball. */
function lighthouseLantern(b: PropBuilder, L: ReturnType<typeof lighthouseLevels>, top: number): void {
  const deckR = top + 0.7;
  b.cylinder('metal', deckR, deckR, 0.25, { at: [0, L.tower + 0.125, 0] }, 16);
  b.torus('metal', deckR - 0.05, 0.03, { at: [0, L.deck + 1, 0], rot: [90, 0, 0] }, 360, 4, 24);
  for (let i = 0; i < 12; i++) {
    const [x, , z] = heading(i * 30);
    b.cylinder('metal', 0.025, 0.025, 1, { at: [x * (deckR - 0.05), L.deck + 0.5, z * (deckR - 0.05)] }, 4);
  }
  const roomR = top * 0.7;
  b.cylinder('glass', roomR, roomR, L.lampRoom, { at: [0, L.deck + L.lampRoom / 2, 0] }, 16);
  b.sphere('lamp', Math.min(roomR * 0.45, L.lampRoom * 0.3), { at: [0, L.deck + L.lampRoom / 2, 0] }, 12, 8);
  const capR = roomR * 1.15;
  const capH = L.roof * 0.7;
  b.lathe('metal', [[0, 0], [capR, 0], [capR * 0.8, capH * 0.4], [capR * 0.35, capH * 0.85], [0, capH]], { at: [0, L.deck + L.lampRoom, 0] }, 16);
  const ballY = L.deck + L.lampRoom + capH;
  b.cylinder('metal', 0.1, 0.1, L.roof - capH, { at: [0, ballY + (L.roof - capH) / 2, 0] }, 16);
}

// ------------------------------------------------------------------------------------------------ bridge

interface BridgeShape { span: number; width: number; rise: number; parapetHeight: number }

/** Height of a stone bridge's roadway at x: highest over the arch, lower at the abutments (a humpback). */
function stoneDeck(p: BridgeShape) {
  const length = p.span * 1.4;
  const crown = p.rise + 0.6;
  const ends = crown * 0.55;
  return { length, crown, at: (x: number) => ends + (crown - ends) * (1 - ((2 * x) / length) ** 2) };
}

/** Height of a plank footbridge's deck at x: a shallow arc from the banks. */
function plankDeck(p: BridgeShape) {
  const hump = Math.min(p.rise * 0.4, p.span * 0.15);
  return { crown: 0.2 + hump, at: (x: number) => 0.2 + hump * (1 - ((2 * x) / p.span) ** 2) };
}

export const bridge = defineProp({
  type: 'bridge',
  summary: 'Bridge spanning along X (its arch faces +Z): a humpback stone bridge with one arch and parapets, or a plank footbridge with handrails.',
  slots: ['stone', 'wood'],
  defaultMaterials: { stone: 'stone_rubble_wall', wood: 'weathered_wood' },
  schema: strictObject({
    type: z.literal('bridge'),
    style: z.enum(['stone', 'plank']).default('stone'),
    span: dim(10, 20).describe('clear span along X, metres (a stone bridge is 40 % longer with its abutments)'),
    width: dim(3, 10).describe('along Z, metres'),
    rise: dim(2.5, 8).describe('stone: height of the arch opening; plank: up to 2.5 times the hump of the deck, metres'),
    parapetHeight: dim(0.9, 1.5),
  }),
  estimate: (p) => ({ triangles: TRIS.extrude(24) + 2 * TRIS.extrude(18) + Math.ceil(p.span / 0.22) * TRIS.box + 4 * 8 * TRIS.cyl(6) + 2 * (Math.ceil(p.span / 2) + 1) * TRIS.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.style === 'plank') plankBridge(b, p);
    else stoneBridge(b, p);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['footbridge', 'stone bridge', 'packhorse bridge', 'wooden bridge'],
    placement: ['center', 'floor'],
    surfaceHeight: (p) => (p.style === 'plank' ? plankDeck(p).crown + 0.05 : stoneDeck(p).crown),
    themes: [],
    facing: 'front',
  },
});

function stoneBridge(b: PropBuilder, p: BridgeShape): void {
  const deck = stoneDeck(p);
  const L = deck.length / 2;
  const s = p.span / 2;
  const outline: [number, number][] = [[-L, 0], [-s, 0]];
  for (let k = 1; k < 12; k++) outline.push([-s * Math.cos((Math.PI * k) / 12), p.rise * Math.sin((Math.PI * k) / 12)]);
  outline.push([s, 0], [L, 0]);
  const top: [number, number][] = [];
  for (let k = 0; k <= 8; k++) top.push([L - (2 * L * k) / 8, 0]);
  for (const pt of top) pt[1] = deck.at(pt[0]);
  b.extrude('stone', [...outline, ...top], p.width);
  // Parapets: a band following the roadway, one along each edge.
  const parapet: [number, number][] = [...top.map(([x, y]): [number, number] => [x, y + p.parapetHeight]).reverse(), ...top];
  for (const sz of [-1, 1]) b.extrude('stone', parapet, 0.3, { at: [0, -0.01, sz * (p.width / 2 - 0.15)] });
}

function plankBridge(b: PropBuilder, p: BridgeShape): void {
  const deck = plankDeck(p);
  const half = p.span / 2;
  const planks = Math.ceil(p.span / 0.22);
  const slope = (x: number) => Math.atan2(deck.at(x + 0.01) - deck.at(x - 0.01), 0.02) / DEG_TO_RAD;
  for (let i = 0; i < planks; i++) {
    const x = -half + ((i + 0.5) * p.span) / planks;
    b.box('wood', [0.2, 0.05, p.width], { at: [x, deck.at(x), 0], rot: [0, 0, slope(x)] });
  }
  const posts = Math.ceil(p.span / 2) + 1;
  for (const sz of [-1, 1]) {
    const z = sz * (p.width / 2 - 0.05);
    for (let k = 0; k < 8; k++) {
      const x0 = -half + (k * p.span) / 8;
      const x1 = x0 + p.span / 8;
      rod(b, 'wood', [x0, deck.at(x0) - 0.1, z], [x1, deck.at(x1) - 0.1, z], 0.07, 0.07, 6);
      rod(b, 'wood', [x0, deck.at(x0) + p.parapetHeight, z], [x1, deck.at(x1) + p.parapetHeight, z], 0.04, 0.04, 6);
    }
    for (let k = 0; k < posts; k++) {
      const x = -half + 0.05 + (k * (p.span - 0.1)) / (posts - 1);
      const y0 = Math.max(0, deck.at(x) - 0.2);
      const y1 = deck.at(x) + p.parapetHeight;
      b.box('wood', [0.09, y1 - y0, 0.09], { at: [x, (y0 + y1) / 2, z] });
    }
  }
}

// ------------------------------------------------------------------------------------------------ tower

/** Heights of a tower: top of the shaft (the roof walk) and the parapet or roof above it, metres. */
function towerLevels(p: { height: number; width: number; roof: 'crenellated' | 'cone' }) {
  const above = p.roof === 'cone' ? 0.6 + p.width * 0.9 : 1.5;
  return { walk: Math.max(p.height - above, 2) };
}

export const tower = defineProp({
  type: 'tower',
  summary: 'Stone tower, round or square: a shaft with arrow slits and a door at +Z, topped by a corbelled crenellated parapet or a conical roof.',
  slots: ['stone', 'roof', 'door', 'openings'],
  defaultMaterials: { stone: 'castle_wall_stone', roof: 'slate_roof_tiles', door: 'oak', openings: 'iron_blackened' },
  schema: strictObject({
    type: z.literal('tower'),
    shape: z.enum(['round', 'square']).default('round'),
    height: dim(14, 29).describe('ground to the top of the merlons or the roof, metres'),
    width: dim(5, 14).describe('diameter or side of the shaft, metres'),
    roof: z.enum(['crenellated', 'cone']).default('crenellated'),
  }),
  estimate: (p) => ({ triangles: 3 * TRIS.cyl(20) + TRIS.lathe(5, 20) + (Math.ceil((Math.PI * p.width * 1.1) / 1.2) + 8) * TRIS.box + 8 * TRIS.box, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const { walk } = towerLevels(p);
    const r = p.width / 2;
    const round = p.shape === 'round';
    if (round) b.cylinder('stone', r, r * 1.04, walk, { at: [0, walk / 2, 0] }, 20);
    else b.box('stone', [p.width, walk, p.width], { at: [0, walk / 2, 0] });
    b.box('door', [1.2, 2.3, 0.3], { at: [0, 1.15, r] });
    for (const [y, az] of [[0.3, -90], [0.5, 0], [0.55, 180], [0.72, -90]] as const) {
      const d = heading(az);
      b.box('openings', [0.2, 1, 0.2], { at: [d[0] * r, walk * y, d[2] * r] });
    }
    if (p.roof === 'cone') {
      const coneH = p.height - walk - 0.6;
      if (round) b.cylinder('stone', r * 1.1, r, 0.6, { at: [0, walk + 0.3, 0] }, 20);
      else b.box('stone', [p.width * 1.1, 0.6, p.width * 1.1], { at: [0, walk + 0.3, 0] });
      b.cone('roof', r * 1.25, coneH, { at: [0, walk + 0.6 + coneH / 2, 0] }, round ? 20 : 4);
    } else battlements(b, p.width, walk, round);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['watchtower', 'turret', 'keep', 'bell tower'],
    placement: ['floor', 'center'],
    surfaceHeight: (p) => towerLevels(p).walk,
    themes: ['castle'],
    facing: 'front',
  },
});

/** A corbelled parapet round the roof walk at `walk`, with merlons about 1.2 m apart. */
function battlements(b: PropBuilder, width: number, walk: number, round: boolean): void {
  const r = width / 2;
  const outer = r * 1.1;
  if (round) b.lathe('stone', [[r * 0.85, walk - 0.5], [outer, walk - 0.5], [outer, walk + 0.7], [r * 0.85, walk + 0.7], [r * 0.85, walk - 0.5]], {}, 20);
  else for (const s of [-1, 1]) {
    b.box('stone', [width * 1.2, 1.2, width * 0.1], { at: [0, walk + 0.1, s * width * 0.55] });
    b.box('stone', [width * 0.1, 1.2, width * 1.2], { at: [s * width * 0.55, walk + 0.1, 0] });
  }
  const n = Math.ceil((2 * Math.PI * outer) / 1.2);
  for (let i = 0; i < n; i++) {
    const az = (360 * i) / n;
    const d = heading(az);
    // A square tower's merlons sit on its square parapet: the ray meets the nearer side of the square.
    const reach = round ? outer - 0.2 : (outer - 0.15) / Math.max(Math.abs(d[0]), Math.abs(d[2]));
    b.box('stone', [0.35, 0.8, 0.7], { at: [d[0] * reach, walk + 1.1, d[2] * reach], rot: [0, az, 0] });
  }
}

// ------------------------------------------------------------------------------------------------ fountain

export const fountain = defineProp({
  type: 'fountain',
  summary: 'Fountain: a round stone basin of water, a central column carrying one to three stacked bowls, and a jet at the top.',
  slots: ['stone', 'water'],
  defaultMaterials: { stone: 'limestone', water: 'water' },
  schema: strictObject({
    type: z.literal('fountain'),
    diameter: dim(3, 12).describe('of the basin, metres'),
    height: dim(1.8, 8).describe('ground to the top bowl, metres'),
    basinHeight: dim(0.5, 1.2).describe('the rim people sit on, metres'),
    tiers: count(2, 1, 3).describe('bowls on the column'),
  }),
  estimate: (p) => ({ triangles: TRIS.lathe(6, 24) + TRIS.cyl(24) + p.tiers * (TRIS.lathe(6, 20) + TRIS.cyl(20) + TRIS.lathe(5, 12)) + TRIS.cyl(8) + TRIS.lathe(4, 12), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const rim = p.basinHeight;
    const wall = Math.min(0.25, R * 0.15);
    b.lathe('stone', [[0, 0], [R, 0], [R, rim], [R - wall, rim], [R - wall, 0.15], [0, 0.15]], {}, 24);
    b.cylinder('water', R - wall, R - wall, 0.02, { at: [0, rim - 0.1, 0] }, 24);
    const top = Math.max(p.height, rim + 0.5);
    let below = 0.15;
    for (let i = 1; i <= p.tiers; i++) {
      const y = rim + ((top - rim) * i) / p.tiers;
      const br = Math.max(0.25, (R - wall) * 0.6 * (1 - 0.3 * (i - 1)));
      const shaft = Math.max(0.08, br * 0.18);
      // A baluster from the bowl or basin below up to this bowl's foot.
      b.lathe('stone', [[shaft * 1.4, below], [shaft, below + (y - below) * 0.3], [shaft * 0.8, y - 0.2], [0, y - 0.2]], {}, 12);
      b.lathe('stone', [[0, y - 0.25], [br * 0.3, y - 0.22], [br, y - 0.02], [br, y + 0.04], [br - 0.05, y + 0.04], [0, y - 0.12]], {}, 20);
      b.cylinder('water', br - 0.05, br - 0.05, 0.02, { at: [0, y - 0.01, 0] }, 20);
      below = y - 0.12;
    }
    b.cylinder('water', 0.015, 0.03, 0.4, { at: [0, top + 0.1, 0] }, 8);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['water fountain', 'tiered fountain', 'ornamental fountain', 'fountain basin'],
    placement: ['center'],
    surfaceHeight: (p) => p.basinHeight,
    themes: ['castle'],
    facing: 'none',
  },
});

// ------------------------------------------------------------------------------------------------ market stall

export const market_stall = defineProp({
  type: 'market_stall',
  summary: 'Market stall: a wooden counter at +Z between four posts under a sloping striped awning with a scalloped valance.',
  slots: ['wood', 'awning', 'stripe'],
  defaultMaterials: { wood: 'weathered_wood', awning: 'canvas', stripe: 'carpet_red' },
  schema: strictObject({
    type: z.literal('market_stall'),
    width: dim(2.5, 6).describe('along X, metres'),
    depth: dim(1.8, 4).describe('along Z, metres'),
    height: dim(2.4, 4).describe('to the back of the awning, metres'),
    counterHeight: dim(0.95, 1.3),
    stripes: count(8, 2, 20),
  }),
  estimate: (p) => ({ triangles: (8 + 2 * p.stripes) * TRIS.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const front = p.depth / 2;
    const low = p.height - 0.35;
    b.box('wood', [p.width, 0.05, 0.7], { at: [0, p.counterHeight - 0.025, front - 0.35] });
    b.box('wood', [p.width, p.counterHeight - 0.05, 0.03], { at: [0, (p.counterHeight - 0.05) / 2, front - 0.02] });
    for (const sx of [-1, 1]) for (const [z, h] of [[front - 0.04, low], [-front + 0.04, p.height]] as const) {
      b.box('wood', [0.08, h, 0.08], { at: [sx * (p.width / 2 - 0.04), h / 2, z] });
    }
    b.box('wood', [p.width, 0.08, 0.08], { at: [0, low - 0.04, front - 0.04] });
    // The awning runs from the back posts' tops down over the counter and 0.4 m beyond it.
    const run = p.depth + 0.4;
    const drop = ((p.height - low) * run) / (p.depth - 0.08);
    const slope = Math.hypot(run, drop);
    const tilt = Math.atan2(drop, run) / DEG_TO_RAD;
    const strip = p.width / p.stripes;
    for (let i = 0; i < p.stripes; i++) {
      const slot = i % 2 === 0 ? 'awning' : 'stripe';
      const x = -p.width / 2 + (i + 0.5) * strip;
      b.box(slot, [strip, 0.02, slope], { at: [x, p.height + 0.02 - drop / 2, -front + run / 2], rot: [tilt, 0, 0] });
      b.box(slot, [strip * 0.9, 0.22, 0.02], { at: [x, p.height - drop - 0.1, -front + run] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['stall', 'market booth', 'vendor stall', 'fruit stall'],
    placement: ['floor', 'center'],
    surfaceHeight: (p) => p.counterHeight,
    themes: [],
    facing: 'front',
  },
});

// ------------------------------------------------------------------------------------------------ gate

interface Leaf { side: number; hingeX: number; angleDeg: number; length: number }

/** Places a piece of a gate leaf: `u` metres from the hinge along the leaf, `y` up, `tiltDeg` turned in the leaf's plane. */
function leafPiece(b: PropBuilder, slot: string, leaf: Leaf, size: V3, u: number, y: number, tiltDeg = 0): void {
  const a = leaf.angleDeg * DEG_TO_RAD;
  b.box(slot, size, { at: [leaf.hingeX - leaf.side * u * Math.cos(a), y, -u * Math.sin(a)], rot: [0, -leaf.side * leaf.angleDeg, tiltDeg] });
}

const gateBars = (width: number) => Math.max(3, Math.round(width / 2 / 0.13));

export const gate = defineProp({
  type: 'gate',
  summary: 'Gate: two stone posts with caps and two leaves, boarded timber with a Z-brace or wrought-iron bars with spear tips; swings open away from +Z.',
  slots: ['posts', 'wood', 'iron'],
  defaultMaterials: { posts: 'sandstone', wood: 'oak', iron: 'iron_wrought' },
  schema: strictObject({
    type: z.literal('gate'),
    style: z.enum(['wood', 'iron']).default('wood'),
    width: dim(3, 8).describe('the opening between the posts, metres'),
    height: dim(1.5, 5).describe('of the leaves, metres'),
    open: z.number().min(0).max(1).default(0).describe('0 closed, 1 swung open 90°'),
  }),
  estimate: (p) => ({ triangles: 6 * TRIS.box + 2 * (4 + 2 * gateBars(p.width)) * TRIS.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const postW = Math.min(0.5, 0.2 + p.height * 0.08);
    const postH = p.height + 0.3;
    for (const s of [-1, 1]) {
      const x = s * (p.width / 2 + postW / 2);
      b.box('posts', [postW, postH, postW], { at: [x, postH / 2, 0] });
      b.box('posts', [postW + 0.08, 0.08, postW + 0.08], { at: [x, postH + 0.04, 0] });
      b.box('posts', [postW * 0.5, postW * 0.5, postW * 0.5], { at: [x, postH + 0.08 + postW * 0.25, 0], rot: [45, 0, 45] });
      const leaf: Leaf = { side: s, hingeX: (s * p.width) / 2, angleDeg: p.open * 90, length: p.width / 2 - 0.02 };
      if (p.style === 'iron') ironLeaf(b, leaf, p.height);
      else woodLeaf(b, leaf, p.height);
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['garden gate', 'field gate', 'wrought iron gate', 'double gate'],
    placement: ['floor', 'center'],
    themes: ['castle', 'house'],
    facing: 'front',
  },
});

function woodLeaf(b: PropBuilder, leaf: Leaf, h: number): void {
  const L = leaf.length;
  const boards = gateBars(L * 2);
  const bw = L / boards;
  for (let i = 0; i < boards; i++) leafPiece(b, 'wood', leaf, [bw * 0.9, h - 0.1, 0.03], (i + 0.5) * bw, 0.05 + (h - 0.1) / 2);
  for (const y of [0.25, h - 0.25]) leafPiece(b, 'wood', leaf, [L, 0.12, 0.05], L / 2, y);
  const tilt = Math.atan2(h - 0.5, L) / DEG_TO_RAD;
  leafPiece(b, 'wood', leaf, [Math.hypot(L, h - 0.5), 0.1, 0.05], L / 2, h / 2, leaf.side * tilt);
}

function ironLeaf(b: PropBuilder, leaf: Leaf, h: number): void {
  const L = leaf.length;
  for (const y of [0.15, h - 0.2]) leafPiece(b, 'iron', leaf, [L, 0.05, 0.03], L / 2, y);
  leafPiece(b, 'iron', leaf, [0.05, h, 0.04], 0.03, h / 2);
  leafPiece(b, 'iron', leaf, [0.05, h, 0.04], L - 0.03, h / 2);
  const bars = gateBars(L * 2);
  for (let i = 1; i < bars; i++) {
    const u = (i * L) / bars;
    leafPiece(b, 'iron', leaf, [0.022, h - 0.05, 0.022], u, 0.05 + (h - 0.05) / 2);
    leafPiece(b, 'iron', leaf, [0.05, 0.05, 0.02], u, h + 0.02, 45);
  }
}

// ------------------------------------------------------------------------------------------------ windmill

export const windmill = defineProp({
  type: 'windmill',
  summary: 'Tower windmill: a tapering octagonal body with a door at +Z, a boat-shaped cap and four lattice sails on a hub facing +Z.',
  slots: ['body', 'cap', 'frame', 'sails', 'door'],
  defaultMaterials: { body: 'render_stucco', cap: 'wood_planks', frame: 'weathered_wood', sails: 'canvas', door: 'oak' },
  schema: strictObject({
    type: z.literal('windmill'),
    towerHeight: dim(10, 18).describe('ground to the cap, metres'),
    baseRadius: dim(3.2, 8),
    sailLength: dim(7, 12).describe('hub to sail tip, metres; shortened so the tips clear the ground'),
    sailAngleDeg: z.number().min(0).max(90).default(15).describe('turn of the sails about the hub'),
  }),
  estimate: () => ({ triangles: TRIS.cyl(8) + TRIS.lathe(5, 8) + TRIS.cyl(8) + 4 * 5 * TRIS.box + 4 * TRIS.box, parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const H = p.towerHeight;
    const top = p.baseRadius * 0.62;
    b.cylinder('body', top, p.baseRadius, H, { at: [0, H / 2, 0], rot: [0, 22.5, 0] }, 8);
    const capR = top * 1.12;
    b.lathe('cap', [[0, 0], [capR, 0], [capR, 0.5], [capR * 0.7, 1.8], [0, 2.4]], { at: [0, H, 0], scale: [1, 1, 1.25] }, 8);
    const hub: V3 = [0, H + 0.6, capR * 1.25 + 0.5];
    b.cylinder('frame', 0.25, 0.3, 1.4, { at: [0, hub[1], hub[2] - 0.7], rot: [90, 0, 0] }, 8);
    b.box('frame', [0.6, 0.6, 0.4], { at: hub });
    const L = Math.min(p.sailLength, hub[1] - 0.6);
    for (let k = 0; k < 4; k++) sail(b, hub, p.sailAngleDeg + 90 * k, L);
    const frontZ = p.baseRadius * Math.cos(Math.PI / 8);
    b.box('door', [1.1, 2.2, 0.3], { at: [0, 1.1, frontZ - 0.05] });
    for (const y of [0.45, 0.7]) b.box('door', [0.6, 0.8, 0.3], { at: [0, H * y, (p.baseRadius + (top - p.baseRadius) * y) * Math.cos(Math.PI / 8)] });
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['wind mill', 'tower mill', 'mill', 'post mill'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

/** One sail at `angleDeg` round the hub in the XY plane: a stock, the sail cloth beside it and three lattice bars. */
function sail(b: PropBuilder, hub: V3, angleDeg: number, L: number): void {
  const a = angleDeg * DEG_TO_RAD;
  const dir = [Math.cos(a), Math.sin(a)];
  const side = [-Math.sin(a), Math.cos(a)];
  const z = hub[2] + 0.25;
  const rot: V3 = [0, 0, angleDeg - 90];
  const at = (along: number, across: number): V3 => [hub[0] + dir[0]! * along + side[0]! * across, hub[1] + dir[1]! * along + side[1]! * across, z];
  const width = Math.min(1.8, L * 0.25);
  b.box('frame', [0.22, L, 0.18], { at: at(L / 2, 0), rot });
  b.box('sails', [width, L * 0.78, 0.03], { at: at(L * 0.6, width / 2 + 0.12), rot });
  for (const t of [0.3, 0.6, 0.92]) b.box('frame', [width + 0.2, 0.08, 0.08], { at: at(L * t, width / 2 + 0.1), rot });
}

export const BUILDINGS_PROPS: readonly PropDef[] = [
  house, cabin, tent, lighthouse, bridge, tower, fountain, market_stall, gate, windmill, shed, hut,
] as unknown as PropDef[];
