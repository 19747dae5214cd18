/**
 * Vehicle props: road vehicles (van, truck, bus, bicycle, motorcycle, tractor), horse-drawn and hand-drawn ones
 * (wagon, carriage), boats (rowboat, sailboat) and craft (aeroplane, spaceship). Real-world sizes in metres,
 * front towards +Z, wheels (or keel, or landing gear) on y = 0.
 */
import { CylinderGeometry } from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { TRI, limb, rod } from './quadruped.js';

const num = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);

/* ------------------------------------------------------------------------------------------- helpers */

/** A side profile drawn as [z, y] points (z towards the front), extruded across X by `width`. */
function sideProfile(b: PropBuilder, slot: string, outline: [number, number][], width: number, x = 0): void {
  b.extrude(slot, outline, width, { at: [x, 0, 0], rot: [0, -90, 0] });
}

/** A rubber tyre with a hub, its axle along X. */
function tyre(b: PropBuilder, centre: V3, radius: number, width: number): void {
  b.cylinder('tyres', radius, radius, width, { at: centre, rot: [0, 0, 90] }, 16);
  b.cylinder('trim', radius * 0.5, radius * 0.5, width + 0.02, { at: centre, rot: [0, 0, 90] }, 12);
}
const TYRE_TRIS = TRI.cyl(16) + TRI.cyl(12);

/** A wooden (or wire) wheel: rim, hub and spokes, its axle along X. */
function spokedWheel(b: PropBuilder, slot: string, centre: V3, radius: number, spokes: number, tube: number): void {
  b.torus(slot, radius - tube, tube, { at: centre, rot: [0, 90, 0] }, 360, 4, 20);
  b.cylinder(slot, tube * 1.6, tube * 1.6, tube * 5, { at: centre, rot: [0, 0, 90] }, 8);
  for (let i = 0; i < spokes; i++) {
    const a = (i / spokes) * 2 * Math.PI;
    rod(b, slot, centre, [centre[0], centre[1] + Math.sin(a) * (radius - tube), centre[2] + Math.cos(a) * (radius - tube)], tube * 0.45, 4);
  }
}
const spokedTris = (spokes: number) => TRI.torus(4, 20) + TRI.cyl(8) + spokes * TRI.cyl(4);

/** A boxy body with a bonnet and sloping windscreen from `zRear` to `zFront`, glazed, on a floor at `floor`. */
interface CabShape {
  zRear: number;
  zFront: number;
  width: number;
  floor: number;
  height: number;
  /** Height of the nose and the length of the bonnet before the windscreen starts. */
  nose: number;
  bonnet: number;
  /** How far back the windscreen leans from its foot to the roof. */
  lean: number;
  /** Side windows from this z forward to the windscreen. */
  windowsFrom: number;
}

function cab(b: PropBuilder, s: CabShape): void {
  const screenFoot: [number, number] = [s.zFront - s.bonnet, Math.min(s.nose + 0.1, s.height - 0.3)];
  const screenTop: [number, number] = [screenFoot[0] - s.lean, s.height];
  sideProfile(b, 'body', [[s.zRear, s.floor], [s.zFront, s.floor], [s.zFront, s.nose], screenFoot, screenTop, [s.zRear, s.height]], s.width);
  // Windscreen: a pane lying along the slope, just proud of it.
  const run = screenTop[0] - screenFoot[0];
  const rise = screenTop[1] - screenFoot[1];
  const len = Math.hypot(run, rise);
  const mid: V3 = [0, (screenFoot[1] + screenTop[1]) / 2 + 0.01, (screenFoot[0] + screenTop[0]) / 2 + 0.01];
  b.box('glass', [s.width - 0.16, len * 0.86, 0.02], { at: mid, rot: [(Math.atan2(run, rise) * 180) / Math.PI, 0, 0] });
  // Side windows: one pane right through, showing on both flanks.
  const winLow = screenFoot[1];
  const winHigh = s.height - 0.12;
  const zEnd = screenFoot[0] - (s.lean * (winHigh - winLow)) / Math.max(rise, 1e-3) / 2 - 0.05;
  if (zEnd > s.windowsFrom) b.box('glass', [s.width + 0.02, winHigh - winLow, zEnd - s.windowsFrom], { at: [0, (winLow + winHigh) / 2, (zEnd + s.windowsFrom) / 2] });
  // Lamps and bumper on the nose.
  for (const x of [-1, 1]) b.box('trim', [0.22, 0.12, 0.04], { at: [x * (s.width / 2 - 0.2), s.nose - 0.15, s.zFront + 0.01] });
  b.box('trim', [s.width + 0.04, 0.16, 0.1], { at: [0, s.floor + 0.08, s.zFront + 0.03] });
}
const CAB_TRIS = TRI.extrude(6) + 2 * TRI.box + 3 * TRI.box;

/** The four paint colours a road vehicle's body may be, all car paints. */
const paint = (d: string) => ({ body: d, glass: 'glass_smoked', tyres: 'rubber_black', trim: 'chrome' });

/* ------------------------------------------------------------------------------------------ road vehicles */

const van = defineProp({
  type: 'van',
  summary: 'A panel van: tall boxy body, short bonnet, sloping windscreen, cab windows, four wheels; nose towards +Z.',
  slots: ['body', 'glass', 'tyres', 'trim'],
  defaultMaterials: paint('car_paint_white'),
  schema: strictObject({
    type: z.literal('van'),
    length: num(5, 3.5, 7.5).describe('bumper to bumper, metres'),
    width: num(1.95, 1.5, 2.5),
    height: num(2.0, 1.6, 3),
    windows: z.enum(['cab', 'all']).default('cab').describe("'all' for a minibus or camper with windows down the side"),
  }),
  estimate: () => ({ triangles: CAB_TRIS + TRI.box + 4 * TYRE_TRIS, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const r = 0.34;
    cab(b, { zRear: -L / 2, zFront: L / 2, width: p.width, floor: 0.32, height: p.height, nose: 1.0, bonnet: 0.55, lean: 0.7, windowsFrom: p.windows === 'all' ? -L / 2 + 0.4 : L / 2 - 1.9 });
    b.box('trim', [p.width + 0.04, 0.16, 0.1], { at: [0, 0.4, -L / 2 - 0.03] });
    for (const z of [-L / 2 + 0.85, L / 2 - 0.85]) for (const x of [-1, 1]) tyre(b, [x * (p.width / 2 - 0.09), r, z], r, 0.22);
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['minivan', 'panel van', 'delivery van', 'minibus', 'camper'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

const truck = defineProp({
  type: 'truck',
  summary: 'A truck: cab over the front axle and a box body, flatbed or pickup bed behind on a chassis; nose towards +Z.',
  slots: ['body', 'cargo', 'glass', 'tyres', 'trim'],
  defaultMaterials: { ...paint('car_paint_red'), cargo: 'aluminium_brushed' },
  schema: strictObject({
    type: z.literal('truck'),
    style: z.enum(['box', 'flatbed', 'pickup']).default('box'),
    length: num(8, 4.5, 16).describe('overall, metres; a pickup is about 5.3'),
    width: num(2.5, 1.7, 2.6),
    height: num(3.5, 1.7, 4.2).describe('to the top of the cab or box'),
  }),
  estimate: () => ({ triangles: CAB_TRIS + 6 * TRI.box + 6 * TYRE_TRIS, parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const pickup = p.style === 'pickup';
    const r = pickup ? 0.38 : 0.5;
    const floor = r + 0.15;
    const cabLen = pickup ? L * 0.55 : 2.3;
    const cabH = pickup ? p.height : Math.min(p.height, 3);
    const zCab = L / 2 - cabLen;
    cab(b, { zRear: zCab, zFront: L / 2, width: p.width, floor: floor - 0.1, height: cabH, nose: pickup ? 1.15 : cabH * 0.5, bonnet: pickup ? 1.4 : 0.1, lean: pickup ? 0.7 : 0.25, windowsFrom: zCab + 0.2 });
    // Chassis rails and the load: a closed box, a bare deck, or a pickup's open bed.
    b.box('trim', [p.width * 0.6, 0.2, L - 0.4], { at: [0, floor - 0.1, 0] });
    const zBack = -L / 2;
    const loadLen = zCab - zBack - 0.1;
    const zLoad = zBack + loadLen / 2;
    if (p.style === 'box') b.box('cargo', [p.width, p.height - floor, loadLen], { at: [0, (p.height + floor) / 2, zLoad] });
    else b.box('cargo', [p.width, 0.12, loadLen], { at: [0, floor + 0.06, zLoad] });
    if (p.style !== 'box') {
      const wall = pickup ? 0.5 : 0.3;
      for (const x of [-1, 1]) b.box('body', [0.05, wall, loadLen], { at: [x * (p.width / 2 - 0.025), floor + wall / 2, zLoad] });
      b.box('body', [p.width, wall, 0.05], { at: [0, floor + wall / 2, zBack + 0.05] });
    }
    const axles = pickup || L < 7 ? [zBack + 0.9, L / 2 - 0.9] : [zBack + 1.1, zBack + 2.2, L / 2 - 1.1];
    for (const z of axles) for (const x of [-1, 1]) tyre(b, [x * (p.width / 2 - 0.16), r, z], r, 0.3);
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['lorry', 'pickup', 'box truck', 'flatbed', 'heavy goods vehicle'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

const bus = defineProp({
  type: 'bus',
  summary: 'A bus: long box body with a window band down each side, flat front, two axles; one or two decks.',
  slots: ['body', 'glass', 'tyres', 'trim'],
  defaultMaterials: paint('car_paint_yellow'),
  schema: strictObject({
    type: z.literal('bus'),
    length: num(12, 6, 18).describe('metres; a coach is about 12, a minibus 7'),
    width: num(2.55, 2, 2.6),
    decks: z.number().int().min(1).max(2).default(1).describe('2 for a double-decker (4.4 m high)'),
  }),
  estimate: () => ({ triangles: CAB_TRIS + 2 * TRI.box + 4 * TYRE_TRIS, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const H = p.decks === 2 ? 4.4 : 3.2;
    const r = 0.5;
    cab(b, { zRear: -L / 2, zFront: L / 2, width: p.width, floor: 0.35, height: H, nose: 1.0, bonnet: 0.02, lean: 0.15, windowsFrom: -L / 2 + 0.5 });
    if (p.decks === 2) b.box('glass', [p.width + 0.02, 0.9, L - 1], { at: [0, H - 0.75, 0] });
    b.box('trim', [p.width + 0.04, 0.2, 0.1], { at: [0, 0.45, -L / 2 - 0.03] });
    for (const z of [-L / 2 + 0.25 * L, L / 2 - 0.2 * L]) for (const x of [-1, 1]) tyre(b, [x * (p.width / 2 - 0.15), r, z], r, 0.3);
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['coach', 'omnibus', 'double-decker', 'school bus'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

const bicycle = defineProp({
  type: 'bicycle',
  summary: 'A bicycle: two spoked wheels, diamond frame, fork, handlebars, saddle and cranks; front towards +Z.',
  slots: ['frame', 'tyres', 'metal', 'saddle'],
  defaultMaterials: { frame: 'enamel_paint_red', tyres: 'rubber_black', metal: 'chrome', saddle: 'leather_black' },
  schema: strictObject({
    type: z.literal('bicycle'),
    wheelDiameter: num(0.68, 0.3, 0.75).describe('metres; a child\'s bike is about 0.4'),
  }),
  estimate: () => ({ triangles: 2 * (TRI.torus(6, 24) + spokedTris(12)) + 14 * TRI.cyl(8) + 2 * TRI.box, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = p.wheelDiameter / 0.68;
    const at = (x: number, y: number, z: number): V3 => [x * k, y * k, z * k];
    const r = 0.34 * k;
    const rear = at(0, 0.34, -0.53);
    const front = at(0, 0.34, 0.53);
    for (const c of [rear, front]) {
      b.torus('tyres', r - 0.018, 0.018, { at: c, rot: [0, 90, 0] }, 360, 6, 24);
      spokedWheel(b, 'metal', c, r - 0.03, 12, 0.008);
    }
    const bb = at(0, 0.3, -0.06);
    const seat = at(0, 0.82, -0.22);
    const head = at(0, 0.84, 0.36);
    const headLow = at(0, 0.68, 0.4);
    for (const [a, c] of [[bb, seat], [seat, head], [bb, headLow], [head, headLow]] as const) rod(b, 'frame', a, c, 0.016);
    for (const x of [-0.06, 0.06]) {
      const side: V3 = [x, rear[1], rear[2]];
      rod(b, 'frame', bb, side, 0.01);
      rod(b, 'frame', seat, side, 0.01);
      rod(b, 'frame', headLow, [x, front[1], front[2]], 0.012);
    }
    const stem = at(0, 0.98, 0.32);
    rod(b, 'metal', head, stem, 0.012);
    rod(b, 'metal', [-0.24 * k, stem[1], stem[2]], [0.24 * k, stem[1], stem[2]], 0.012);
    rod(b, 'metal', seat, at(0, 0.92, -0.24), 0.012);
    b.box('saddle', [0.14 * k, 0.05 * k, 0.26 * k], { at: at(0, 0.95, -0.22) });
    rod(b, 'metal', at(-0.12, 0.3, -0.2), at(0.12, 0.3, 0.08), 0.01);
    b.box('metal', [0.1 * k, 0.02, 0.06 * k], { at: at(0.14, 0.3, 0.08) });
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['bike', 'cycle', 'push bike', 'pushbike', 'pedal bike'], placement: ['floor', 'wall'], themes: [], facing: 'front' },
});

const motorcycle = defineProp({
  type: 'motorcycle',
  summary: 'A motorcycle: two fat wheels, engine block, fuel tank, seat, raked fork with handlebars and headlamp, exhaust.',
  slots: ['body', 'tyres', 'metal', 'seat'],
  defaultMaterials: { body: 'car_paint_black', tyres: 'rubber_black', metal: 'chrome', seat: 'leather_black' },
  schema: strictObject({
    type: z.literal('motorcycle'),
    length: num(2.1, 1.5, 2.6).describe('metres; a scooter or moped is about 1.7'),
  }),
  estimate: () => ({ triangles: 2 * (TRI.torus(8, 24) + TRI.cyl(16)) + 3 * TRI.box + TRI.sphere(12, 8) + TRI.sphere(10, 6) + 6 * TRI.cyl(8) + TRI.box, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = p.length / 2.1;
    const at = (x: number, y: number, z: number): V3 => [x * k, y * k, z * k];
    const r = 0.32 * k;
    for (const c of [at(0, 0.32, -0.72), at(0, 0.32, 0.72)]) {
      b.torus('tyres', r - 0.06 * k, 0.06 * k, { at: c, rot: [0, 90, 0] }, 360, 8, 24);
      b.cylinder('metal', r - 0.1 * k, r - 0.1 * k, 0.04 * k, { at: c, rot: [0, 0, 90] }, 16);
    }
    b.box('metal', [0.32 * k, 0.34 * k, 0.5 * k], { at: at(0, 0.48, 0.02) });
    b.sphere('body', 1, { at: at(0, 0.86, 0.22), scale: [0.17 * k, 0.12 * k, 0.3 * k] }, 12, 8);
    b.box('seat', [0.26 * k, 0.1 * k, 0.6 * k], { at: at(0, 0.82, -0.3) });
    b.box('body', [0.18 * k, 0.06 * k, 0.5 * k], { at: at(0, 0.72, -0.65) });
    for (const x of [-0.09, 0.09]) rod(b, 'metal', at(x, 0.32, 0.72), at(x, 1.0, 0.5), 0.025 * k);
    rod(b, 'metal', at(-0.36, 1.08, 0.44), at(0.36, 1.08, 0.44), 0.014 * k);
    b.sphere('metal', 0.09 * k, { at: at(0, 0.92, 0.62), scale: [1, 1, 0.7] }, 10, 6);
    rod(b, 'metal', at(0.14, 0.3, 0.1), at(0.16, 0.42, -0.9), 0.04 * k);
    rod(b, 'metal', at(0, 0.4, -0.2), at(0, 0.34, -0.7), 0.03 * k);
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['motorbike', 'scooter', 'moped', 'dirt bike', 'chopper'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

const tractor = defineProp({
  type: 'tractor',
  summary: 'A farm tractor: big rear wheels, small front wheels, long bonnet with grille and exhaust stack, glazed cab.',
  slots: ['body', 'glass', 'tyres', 'trim'],
  defaultMaterials: { body: 'car_paint_green_metallic', glass: 'glass_smoked', tyres: 'rubber_black', trim: 'steel_mild' },
  schema: strictObject({
    type: z.literal('tractor'),
    length: num(4.2, 2.5, 6).describe('metres'),
    cab: z.boolean().default(true).describe('a glazed cab; off for an open vintage tractor with a seat'),
  }),
  estimate: () => ({ triangles: 4 * TYRE_TRIS + 8 * TRI.box + 5 * TRI.cyl(8), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = p.length / 4.2;
    const at = (x: number, y: number, z: number): V3 => [x * k, y * k, z * k];
    for (const x of [-1, 1]) {
      tyre(b, at(x * 0.85, 0.8, -1.1), 0.8 * k, 0.45 * k);
      tyre(b, at(x * 0.78, 0.46, 1.4), 0.46 * k, 0.3 * k);
      b.box('body', [0.5 * k, 0.06 * k, 1.5 * k], { at: at(x * 0.85, 1.68, -1.1) });
    }
    b.box('body', [0.85 * k, 0.8 * k, 2.3 * k], { at: at(0, 1.15, 0.75) });
    b.box('trim', [0.7 * k, 0.6 * k, 0.05 * k], { at: at(0, 1.15, 1.91) });
    b.box('trim', [0.7 * k, 0.35 * k, 3.4 * k], { at: at(0, 0.6, 0.1) });
    rod(b, 'trim', at(0.25, 1.5, 1.3), at(0.25, 2.3, 1.3), 0.05 * k);
    if (p.cab) {
      b.box('glass', [1.2 * k, 1.3 * k, 1.1 * k], { at: at(0, 2.05, -0.95) });
      b.box('body', [1.4 * k, 0.1 * k, 1.4 * k], { at: at(0, 2.75, -0.95) });
      for (const x of [-0.62, 0.62]) for (const z of [-1.55, -0.35]) rod(b, 'body', at(x, 1.4, z), at(x, 2.7, z), 0.04 * k);
    } else {
      b.box('trim', [0.5 * k, 0.08 * k, 0.45 * k], { at: at(0, 1.6, -1.0) });
      rod(b, 'trim', at(0, 1.6, 0.3), at(0, 1.95, 0.05), 0.02 * k);
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['farm tractor'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

/* ------------------------------------------------------------------------------------------------- boats */

/**
 * An open hull: a lathe with a wall (outer skin up, inner skin back down) squashed to `beam` × `length`, its
 * keel on `keelY`. `decked` closes it at the gunwale instead (a yacht's deck).
 */
function hull(b: PropBuilder, slot: string, s: { length: number; beam: number; depth: number; keelY: number; decked: boolean }): void {
  const d = s.depth;
  const outer: [number, number][] = [[0, 0], [0.5, 0], [0.82, d * 0.3], [0.96, d * 0.7], [1, d]];
  const wall = 0.06;
  const inner: [number, number][] = s.decked ? [[0, d]] : [[1 - wall, d], [0.94 - wall, d * 0.7], [0.8 - wall, d * 0.32], [0.5, wall * d], [0, wall * d]];
  b.lathe(slot, [...outer, ...inner], { at: [0, s.keelY, 0], scale: [s.beam / 2, 1, s.length / 2] }, 24);
}
const hullTris = (decked: boolean) => TRI.lathe(decked ? 6 : 10, 24);

/** Half-width of an elliptical hull at `z`, at the gunwale. */
const halfBeamAt = (length: number, beam: number, z: number) => (beam / 2) * Math.sqrt(Math.max(0, 1 - (2 * z / length) ** 2));

const rowboat = defineProp({
  type: 'rowboat',
  summary: 'An open rowing boat: wooden hull, thwarts (seats) and a pair of oars shipped inside; keel on y = 0.',
  slots: ['hull', 'wood'],
  defaultMaterials: { hull: 'weathered_wood', wood: 'oak' },
  schema: strictObject({
    type: z.literal('rowboat'),
    length: num(3.5, 1.8, 8).describe('metres; a canoe is about 5 long and 0.85 wide'),
    width: num(1.4, 0.6, 2.5).describe('beam, metres'),
    depth: num(0.6, 0.25, 1.2).describe('keel to gunwale, metres'),
    seats: z.number().int().min(0).max(4).default(3),
    oars: z.boolean().default(true),
  }),
  estimate: (p) => ({ triangles: hullTris(false) + p.seats * TRI.box + 2 * (TRI.cyl(6) + TRI.box), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    hull(b, 'hull', { length: p.length, beam: p.width, depth: p.depth, keelY: 0, decked: false });
    for (let i = 0; i < p.seats; i++) {
      const z = p.length * (-0.3 + (0.6 * (i + 0.5)) / p.seats);
      b.box('wood', [2 * halfBeamAt(p.length, p.width, z) * 0.9, 0.04, 0.22], { at: [0, p.depth * 0.72, z] });
    }
    if (p.oars) {
      for (const x of [-1, 1]) {
        const a: V3 = [x * p.width * 0.22, p.depth * 0.8, -p.length * 0.32];
        const c: V3 = [x * p.width * 0.18, p.depth * 0.85, p.length * 0.3];
        rod(b, 'wood', a, c, 0.022, 6);
        b.box('wood', [0.14, 0.02, 0.5], { at: [a[0], a[1], a[2] + 0.2] });
      }
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['rowing boat', 'dinghy', 'skiff', 'boat', 'canoe'], placement: ['center', 'floor'], themes: [], facing: 'front' },
});

const sailboat = defineProp({
  type: 'sailboat',
  summary: 'A sailing yacht: decked hull on a fin keel (keel on y = 0), cabin, mast and boom, mainsail and jib.',
  slots: ['hull', 'deck', 'metal', 'sail'],
  defaultMaterials: { hull: 'plastic_glossy_white', deck: 'teak_deck_weathered', metal: 'aluminium', sail: 'sailcloth_dacron' },
  schema: strictObject({
    type: z.literal('sailboat'),
    length: num(9, 3, 20).describe('hull length, metres; the mast is about 1.2 × this'),
    sails: z.boolean().default(true).describe('off for sails furled (moored)'),
  }),
  estimate: () => ({ triangles: hullTris(true) + 3 * TRI.box + 2 * TRI.cyl(8) + 2 * TRI.extrude(3), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const keel = L * 0.14;
    const depth = L * 0.12;
    const deckY = keel + depth;
    b.box('hull', [L * 0.02, keel + 0.1, L * 0.18], { at: [0, (keel + 0.1) / 2, -L * 0.05] });
    hull(b, 'hull', { length: L, beam: L * 0.33, depth, keelY: keel, decked: true });
    b.box('deck', [L * 0.2, 0.05, L * 0.6], { at: [0, deckY + 0.01, 0] });
    b.box('deck', [L * 0.16, L * 0.07, L * 0.3], { at: [0, deckY + L * 0.035, -L * 0.02] });
    const mastZ = L * 0.1;
    const top = deckY + L * 1.2;
    const boomY = deckY + L * 0.12;
    rod(b, 'metal', [0, deckY, mastZ], [0, top, mastZ], L * 0.008);
    rod(b, 'metal', [0, boomY, mastZ], [0, boomY, mastZ - L * 0.42], L * 0.006);
    if (p.sails) {
      sideProfile(b, 'sail', [[mastZ - 0.05, boomY + 0.05], [mastZ - L * 0.4, boomY + 0.05], [mastZ - 0.05, top - 0.2]], 0.02);
      sideProfile(b, 'sail', [[mastZ + 0.1, top * 0.85], [mastZ + 0.1, deckY + 0.4], [L * 0.46, deckY + 0.3]], 0.02);
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['sailing boat', 'yacht', 'sloop', 'sailing yacht'], placement: ['center'], themes: [], facing: 'front' },
});

/* ---------------------------------------------------------------------------------- carts and carriages */

const WAGON_SIZES = {
  farm: { length: 3.2, width: 1.4, bedY: 0.95, wheels: [0.5, 0.6] },
  covered: { length: 3.6, width: 1.4, bedY: 1.0, wheels: [0.5, 0.65] },
  hand: { length: 1.4, width: 0.9, bedY: 0.55, wheels: [0.45] },
} as const;

const wagon = defineProp({
  type: 'wagon',
  summary: 'A wooden cart: plank bed with sideboards on spoked wheels and a shaft; farm wagon, covered wagon or two-wheeled handcart.',
  slots: ['wood', 'wheels', 'canvas'],
  defaultMaterials: { wood: 'weathered_wood', wheels: 'oak', canvas: 'canvas' },
  schema: strictObject({
    type: z.literal('wagon'),
    style: z.enum(['farm', 'covered', 'hand']).default('farm'),
    length: z.number().min(0.8).max(6).optional().describe('bed length, metres; the style\'s when unset'),
  }),
  estimate: () => ({ triangles: 6 * TRI.box + 4 * spokedTris(10) + 3 * TRI.cyl(6) + 24 + 4 * TRI.torus(4, 20), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const S = WAGON_SIZES[p.style];
    const L = p.length ?? S.length;
    const W = S.width;
    const y = S.bedY;
    b.box('wood', [W, 0.08, L], { at: [0, y, 0] });
    for (const x of [-1, 1]) b.box('wood', [0.05, 0.4, L], { at: [x * (W / 2 - 0.025), y + 0.2, 0] });
    b.box('wood', [W, 0.4, 0.05], { at: [0, y + 0.2, -L / 2 + 0.025] });
    b.box('wood', [W, 0.4, 0.05], { at: [0, y + 0.2, L / 2 - 0.025] });
    const axles = S.wheels.length === 1 ? [0] : [L * 0.3, -L * 0.3];
    S.wheels.forEach((r, i) => {
      for (const x of [-1, 1]) spokedWheel(b, 'wheels', [x * (W / 2 + 0.08), r, axles[i]!], r, 10, 0.035);
      rod(b, 'wood', [-(W / 2 + 0.1), r, axles[i]!], [W / 2 + 0.1, r, axles[i]!], 0.04, 6);
    });
    if (p.style === 'hand') {
      // Handles to pull it by, and a prop leg so it stands level.
      for (const x of [-0.3, 0.3]) rod(b, 'wood', [x, y, L * 0.3], [x, y - 0.05, L / 2 + 1], 0.025, 6);
      rod(b, 'wood', [0, y, L * 0.4], [0, 0, L * 0.4], 0.03, 6);
    } else {
      rod(b, 'wood', [0, S.wheels[0] + 0.05, L * 0.3], [0, S.wheels[0] - 0.1, L / 2 + 1.6], 0.05, 6);
    }
    if (p.style === 'covered') {
      const g = new CylinderGeometry(W / 2 + 0.05, W / 2 + 0.05, L - 0.2, 12, 1, true, Math.PI / 2, Math.PI);
      b.add('canvas', g, { at: [0, y + 0.4, 0], rot: [90, 0, 0], scale: [1, 1, 1.5] });
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['cart', 'farm cart', 'handcart', 'covered wagon', 'hay wagon'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

const carriage = defineProp({
  type: 'carriage',
  summary: 'A horse-drawn coach: closed cab with windows and roof, raised driver\'s box, large spoked wheels, shafts forward.',
  slots: ['body', 'glass', 'wheels', 'trim'],
  defaultMaterials: { body: 'lacquer', glass: 'glass_clear', wheels: 'lacquer_red', trim: 'brass_antique' },
  schema: strictObject({
    type: z.literal('carriage'),
    length: num(1.7, 1.2, 3).describe('cab length, metres; with the driver\'s box and shafts about 4 overall'),
    open: z.boolean().default(false).describe('an open carriage (landau, buggy): no roof or windows'),
  }),
  estimate: () => ({ triangles: 8 * TRI.box + 4 * spokedTris(12) + 5 * TRI.cyl(6), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const W = 1.3;
    const floor = 0.85;
    const top = floor + (p.open ? 0.6 : 1.3);
    b.box('body', [W, top - floor, L], { at: [0, (top + floor) / 2, 0] });
    if (!p.open) {
      b.box('body', [W + 0.1, 0.08, L + 0.15], { at: [0, top + 0.04, 0] });
      b.box('glass', [W + 0.02, 0.45, L * 0.5], { at: [0, top - 0.4, 0] });
      b.box('glass', [W * 0.6, 0.4, L + 0.02], { at: [0, top - 0.4, 0] });
    }
    // Driver's box: a raised bench ahead of the cab with a footboard.
    b.box('body', [W, 0.5, 0.5], { at: [0, floor + 0.55, L / 2 + 0.3] });
    b.box('body', [W, 0.05, 0.5], { at: [0, floor + 0.2, L / 2 + 0.8] });
    for (const x of [-1, 1]) b.box('trim', [0.1, 0.16, 0.1], { at: [x * (W / 2 + 0.05), floor + 0.95, L / 2 + 0.05] });
    for (const [r, z] of [[0.65, -L / 2 + 0.2], [0.45, L / 2 + 0.3]] as const) {
      for (const x of [-1, 1]) spokedWheel(b, 'wheels', [x * (W / 2 + 0.1), r, z], r, 12, 0.03);
      rod(b, 'trim', [-(W / 2 + 0.12), r, z], [W / 2 + 0.12, r, z], 0.03, 6);
    }
    rod(b, 'trim', [0, 0.5, -L / 2 + 0.2], [0, 0.5, L / 2 + 0.3], 0.05, 6);
    for (const x of [-0.35, 0.35]) rod(b, 'wheels', [x, 0.5, L / 2 + 0.3], [x, 0.75, L / 2 + 2.2], 0.035, 6);
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['coach', 'stagecoach', 'horse-drawn carriage', 'hansom cab', 'buggy', 'landau'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

/* --------------------------------------------------------------------------------------------- aircraft */

const aeroplane = defineProp({
  type: 'aeroplane',
  summary: 'A small propeller plane: tapered fuselage, high wing on struts (or two wings), tail, propeller and tricycle gear.',
  slots: ['body', 'glass', 'tyres', 'trim'],
  defaultMaterials: { body: 'enamel_paint_gloss_white', glass: 'glass_smoked', tyres: 'rubber_black', trim: 'aluminium' },
  schema: strictObject({
    type: z.literal('aeroplane'),
    length: num(8.3, 5, 14).describe('spinner to tail, metres'),
    wingspan: num(11, 6, 20),
    biplane: z.boolean().default(false).describe('a second, lower wing with interplane struts'),
  }),
  estimate: () => ({ triangles: TRI.lathe(8, 16) + 6 * TRI.box + TRI.extrude(4) + TRI.cone(12) + 3 * TYRE_TRIS + 9 * TRI.cyl(6), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const axis = 1.3;
    const R = 0.62;
    // Fuselage: a lathe along Y turned to run tail (−Z) to nose (+Z).
    const prof: [number, number][] = [[0, 0], [0.12, 0], [0.3, L * 0.35], [R, L * 0.62], [R, L * 0.8], [0.5, L * 0.94], [0.3, L], [0, L]];
    b.lathe('body', prof, { at: [0, axis, -L / 2], rot: [90, 0, 0], scale: [0.9, 1, 1] }, 16);
    b.box('glass', [R * 1.9, 0.42, L * 0.17], { at: [0, axis + 0.3, L * 0.2] });
    const wingY = axis + R + 0.06;
    b.box('body', [p.wingspan, 0.14, 1.5], { at: [0, wingY, L * 0.18] });
    if (p.biplane) {
      b.box('body', [p.wingspan * 0.9, 0.12, 1.4], { at: [0, axis - R + 0.1, L * 0.2] });
      for (const x of [-1, 1]) rod(b, 'trim', [x * p.wingspan * 0.35, axis - R + 0.1, L * 0.18], [x * p.wingspan * 0.35, wingY, L * 0.18], 0.03, 6);
    }
    for (const x of [-1, 1]) rod(b, 'trim', [x * R * 0.8, axis - 0.3, L * 0.15], [x * p.wingspan * 0.22, wingY - 0.05, L * 0.18], 0.04, 6);
    b.box('body', [3.4, 0.08, 0.9], { at: [0, axis + 0.1, -L / 2 + 0.45] });
    sideProfile(b, 'body', [[-L / 2, axis + 0.1], [-L / 2 + 1.3, axis + 0.1], [-L / 2 + 0.3, axis + 1.5], [-L / 2 - 0.05, axis + 1.5]], 0.08);
    b.cone('trim', 0.18, 0.35, { at: [0, axis, L / 2 + 0.15], rot: [90, 0, 0] }, 12);
    b.box('trim', [0.14, 1.9, 0.04], { at: [0, axis, L / 2 + 0.05] });
    // Tricycle gear: two mains under the wing, one under the nose.
    for (const [x, z] of [[-1.2, -0.2], [1.2, -0.2], [0, L * 0.38]] as const) {
      tyre(b, [x, 0.25, z], 0.25, 0.14);
      rod(b, 'trim', [x, 0.25, z], [x * 0.3, axis - 0.4, z], 0.04, 6);
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['airplane', 'plane', 'biplane', 'light aircraft', 'propeller plane'], placement: ['center'], themes: [], facing: 'front' },
});

const spaceship = defineProp({
  type: 'spaceship',
  summary: 'A small sci-fi spacecraft on landing legs: long hull, canopy, swept delta wings, tail fin, glowing engines.',
  slots: ['hull', 'glass', 'engine', 'glow', 'gear'],
  defaultMaterials: { hull: 'hull_plating_grey', glass: 'glass_tinted_blue', engine: 'titanium_heat_tinted', glow: 'plasma', gear: 'steel_mild' },
  schema: strictObject({
    type: z.literal('spaceship'),
    length: num(18, 4, 28).describe('nose to engines, metres'),
    engines: z.number().int().min(1).max(4).default(2),
    landed: z.boolean().default(true).describe('on its landing legs; off for legs retracted (in flight, hovering at its origin)'),
  }),
  estimate: (p) => ({ triangles: TRI.capsule(16) + TRI.sphere(12, 8) + 2 * TRI.extrude(4) + TRI.extrude(4) + p.engines * (TRI.cyl(12) + TRI.cyl(12)) + 3 * (TRI.cyl(6) + TRI.cyl(8)), parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const k = p.length / 18;
    const at = (x: number, y: number, z: number): V3 => [x * k, y * k, z * k];
    const axis = 2.6;
    limb(b, 'hull', at(0, axis, -6.5), at(0, axis, 6.5), 1.4 * k, 16);
    b.sphere('glass', 1, { at: at(0, axis + 0.9, 4.6), scale: [1.0 * k, 0.7 * k, 2.2 * k] }, 12, 8);
    for (const x of [-1, 1]) {
      b.extrude('hull', [[x * 1, 2], [x * 7, -5.5], [x * 7, -7.2], [x * 1, -7.2]].map(([u, v]) => [u! * k, v! * k] as [number, number]), 0.3 * k, { at: at(0, axis - 0.3, 0), rot: [90, 0, 0] });
    }
    sideProfile(b, 'hull', [[-8, axis + 0.8], [-4.5, axis + 0.8], [-7.6, axis + 4.2], [-8.6, axis + 4.2]].map(([u, v]) => [u! * k, v! * k] as [number, number]), 0.3 * k);
    for (let i = 0; i < p.engines; i++) {
      const x = p.engines === 1 ? 0 : (-1 + (2 * i) / (p.engines - 1)) * 0.9;
      b.cylinder('engine', 0.65 * k, 0.55 * k, 1.6 * k, { at: at(x, axis, -7.6), rot: [90, 0, 0] }, 12);
      b.cylinder('glow', 0.5 * k, 0.5 * k, 0.1 * k, { at: at(x, axis, -8.42), rot: [90, 0, 0] }, 12);
    }
    if (p.landed) {
      for (const [x, z] of [[-3, -3.5], [3, -3.5], [0, 5]] as const) {
        rod(b, 'gear', at(x * 0.5, axis - 1, z), at(x, 0.15, z), 0.15 * k, 6);
        b.cylinder('gear', 0.5 * k, 0.6 * k, 0.15 * k, { at: at(x, 0.075, z) }, 8);
      }
    }
    return b.parts();
  },
  prop: { category: 'vehicle', synonyms: ['starship', 'spacecraft', 'space shuttle', 'shuttlecraft', 'starfighter'], placement: ['center'], themes: [], facing: 'front' },
});

export const VEHICLES_PROPS: readonly PropDef[] = [
  van, truck, bus, bicycle, motorcycle, tractor, rowboat, sailboat, wagon, carriage, aeroplane, spaceship,
] as unknown as PropDef[];
