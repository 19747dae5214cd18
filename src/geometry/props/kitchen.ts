/**
 * Kitchen, laundry and bathroom fixtures: counter run, stove, sink, fridge, washing machine, bathtub, toilet and
 * radiator. Each stands on y = 0, centred in X and Z, its front (doors, controls, bowl) looking along +Z and its
 * back (where it meets the wall) at -Z. Also the small shared helpers interior.ts builds with.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';

/** A size in metres: default, then the smallest and largest value the geometry makes sense for. */
export const dim = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);
export const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);
export const choice = <T extends string>(values: readonly [T, ...T[]], d: T) => z.enum(values).default(d as never);

/** Triangles each builder primitive makes (upper bounds), for estimates. */
export const TRI = {
  box: 12,
  cyl: (segments: number) => 4 * segments,
  sphere: (w: number, h: number) => 2 * w * h,
  torus: (radial: number, tubular: number) => 2 * radial * tubular,
  lathe: (points: number, segments: number) => 2 * (points - 1) * segments,
  /** An outline of `points` corners (holes' corners included), extruded without bevel. */
  extrude: (points: number) => 4 * points + 8,
};

/** A cylinder lying along X (rails, pipes, handle bars). */
export function barX(b: PropBuilder, slot: string, r: number, length: number, at: V3, segments = 8): void {
  b.cylinder(slot, r, r, length, { at, rot: [0, 0, 90] }, segments);
}

/** A cylinder lying along Z (knobs, dials and stand-offs on a front face). */
export function barZ(b: PropBuilder, slot: string, r: number, length: number, at: V3, segments = 8): void {
  b.cylinder(slot, r, r, length, { at, rot: [90, 0, 0] }, segments);
}

/** An ellipse of `n` points in the builder's outline plane, for holes in flat-laid extrusions. */
export function ellipse(rx: number, rz: number, n: number): [number, number][] {
  return Array.from({ length: n }, (_, i) => {
    const a = (i / n) * Math.PI * 2;
    return [Math.sin(a) * rx, Math.cos(a) * rz];
  });
}

/** A rectangle outline centred on the origin. */
export const rect = (w: number, d: number): [number, number][] => [[-w / 2, -d / 2], [w / 2, -d / 2], [w / 2, d / 2], [-w / 2, d / 2]];

/** A flat slab with holes, laid in the XZ plane with its top at `top`: an extrusion turned to lie down. */
export function slab(b: PropBuilder, slot: string, outline: [number, number][], holes: [number, number][][], thick: number, top: number, z = 0): void {
  b.extrude(slot, outline, thick, { at: [0, top - thick / 2, z], rot: [-90, 0, 0] }, holes);
}

// ------------------------------------------------------------------------------------------------- counter

const COUNTER_TOP = 0.035;
const PLINTH = 0.1;

export const counter = defineProp({
  type: 'counter',
  summary: 'Counter run: base units with door and drawer fronts under a worktop (kitchen), or a panelled bar front with a foot rail (bar); serving side +Z.',
  slots: ['worktop', 'carcass', 'fronts', 'handles'],
  defaultMaterials: { worktop: 'granite', carcass: 'oak', fronts: 'oak_varnished', handles: 'steel_stainless_brushed' },
  schema: strictObject({
    type: z.literal('counter'),
    length: dim(2.4, 0.6, 10).describe('along X, metres'),
    depth: dim(0.62, 0.35, 1.5).describe('along Z, worktop included, metres'),
    height: dim(0.92, 0.6, 1.3).describe('floor to the worktop surface, metres (0.92 kitchen, 1.05 bar)'),
    style: choice(['kitchen', 'bar'], 'kitchen').describe('kitchen: doors and drawers; bar: panelled front, deep overhang, brass foot rail'),
  }),
  estimate: (p) => ({ triangles: TRI.box * (3 + 4 * bays(p.length)) + TRI.cyl(12) + bays(p.length) * TRI.box, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const bar = p.style === 'bar';
    const overhang = bar ? Math.min(0.2, p.depth / 3) : 0.03;
    const bodyD = p.depth - overhang;
    const front = p.depth / 2 - overhang;
    const bodyH = p.height - COUNTER_TOP;
    b.box('worktop', [p.length, COUNTER_TOP, p.depth], { at: [0, p.height - COUNTER_TOP / 2, 0] });
    b.box('carcass', [p.length, bodyH - PLINTH, bodyD], { at: [0, PLINTH + (bodyH - PLINTH) / 2, front - bodyD / 2] });
    b.box('carcass', [p.length, PLINTH, bodyD - 0.06], { at: [0, PLINTH / 2, front - bodyD / 2 - 0.03] });
    const n = bays(p.length);
    const bw = p.length / n;
    for (let i = 0; i < n; i++) {
      const x = -p.length / 2 + bw * (i + 0.5);
      if (bar) barPanel(b, x, bw, bodyH, front);
      else kitchenBay(b, x, bw, bodyH, front);
    }
    if (bar) footRail(b, p.length, front, n);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['kitchen counter', 'worktop', 'bar counter', 'base units'],
    placement: ['wall', 'center'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

/** Units about 60 cm wide along the run. */
function bays(length: number): number {
  return Math.max(1, Math.round(length / 0.6));
}

/** One kitchen base unit's fronts: a drawer under the worktop, a door below, each with a bar handle. */
function kitchenBay(b: PropBuilder, x: number, bw: number, bodyH: number, front: number): void {
  const gap = 0.004;
  const t = 0.018;
  const z = front + t / 2;
  const drawerH = 0.14;
  const doorH = bodyH - PLINTH - drawerH - 3 * gap;
  const drawerY = bodyH - gap - drawerH / 2;
  b.box('fronts', [bw - 2 * gap, drawerH, t], { at: [x, drawerY, z] });
  b.box('fronts', [bw - 2 * gap, doorH, t], { at: [x, PLINTH + gap + doorH / 2, z] });
  b.box('handles', [bw * 0.4, 0.012, 0.02], { at: [x, drawerY, front + t + 0.01] });
  b.box('handles', [bw * 0.3, 0.012, 0.02], { at: [x, PLINTH + doorH - 0.04, front + t + 0.01] });
}

/** One raised panel of a bar's customer front. */
function barPanel(b: PropBuilder, x: number, bw: number, bodyH: number, front: number): void {
  const h = bodyH - PLINTH - 0.12;
  b.box('fronts', [bw - 0.08, h, 0.02], { at: [x, PLINTH + 0.06 + h / 2, front + 0.01] });
}

/** A brass foot rail along the bar front on a bracket per bay. */
function footRail(b: PropBuilder, length: number, front: number, n: number): void {
  const y = 0.2;
  const z = front + 0.16;
  barX(b, 'handles', 0.025, length - 0.1, [0, y, z], 12);
  for (let i = 0; i < n; i++) {
    b.box('handles', [0.03, 0.03, 0.16], { at: [-length / 2 + (length / n) * (i + 0.5), y, front + 0.08] });
  }
}

// --------------------------------------------------------------------------------------------------- stove

export const stove = defineProp({
  type: 'stove',
  summary: 'Freestanding cooker: hob with burners and grates, knobs on the front fascia, glazed oven door(s) with a bar handle, storage drawer; two ovens from 85 cm wide.',
  slots: ['body', 'hob', 'glass', 'trim'],
  defaultMaterials: { body: 'steel_stainless_brushed', hob: 'cast_iron_seasoned', glass: 'glass_smoked', trim: 'chrome' },
  schema: strictObject({
    type: z.literal('stove'),
    width: dim(0.6, 0.45, 1.5).describe('along X, metres (0.6 standard, 0.9–1.1 range cooker)'),
    depth: dim(0.6, 0.45, 0.8).describe('along Z, metres'),
    height: dim(0.9, 0.7, 1).describe('floor to the hob, metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 8 + 6 * (TRI.cyl(16) + TRI.torus(4, 16)) + 6 * TRI.cyl(12) + 2 * (TRI.cyl(8) + 2 * TRI.box), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const front = p.depth / 2;
    const hobY = p.height;
    b.box('body', [p.width, hobY - 0.01, p.depth - 0.02], { at: [0, (hobY - 0.01) / 2, -0.01] });
    b.box('hob', [p.width, 0.01, p.depth], { at: [0, hobY - 0.005, 0] });
    b.box('hob', [p.width - 0.04, 0.06, 0.02], { at: [0, 0.03, front - 0.04] });
    const cols = p.width >= 0.85 ? 3 : 2;
    burners(b, p.width, p.depth, hobY, cols);
    const fasciaY = hobY - 0.06;
    for (let i = 0; i < cols * 2; i++) barZ(b, 'trim', 0.018, 0.025, [-p.width / 2 + (p.width / (cols * 2 + 1)) * (i + 1), fasciaY, front - 0.005], 12);
    const ovens = cols === 3 ? 2 : 1;
    const doorTop = hobY - 0.12;
    const doorBottom = 0.22;
    const ow = p.width / ovens;
    for (let i = 0; i < ovens; i++) ovenDoor(b, -p.width / 2 + ow * (i + 0.5), ow - 0.01, doorBottom, doorTop, front);
    b.box('body', [p.width - 0.01, doorBottom - 0.08, 0.02], { at: [0, 0.06 + (doorBottom - 0.08) / 2 + 0.005, front - 0.01] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['cooker', 'range', 'oven', 'kitchen range'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

/** Two rows of `cols` burners on the hob, each a cap under a round grate. */
function burners(b: PropBuilder, w: number, d: number, top: number, cols: number): void {
  const r = Math.min(0.075, w / cols / 2.6, d / 5);
  for (let i = 0; i < cols; i++) for (const sz of [-1, 1]) {
    const x = -w / 2 + (w / cols) * (i + 0.5);
    const z = sz * d / 4.5;
    b.cylinder('hob', r * 0.55, r * 0.6, 0.02, { at: [x, top + 0.01, z] }, 16);
    b.torus('hob', r, 0.006, { at: [x, top + 0.025, z], rot: [90, 0, 0] }, 360, 4, 16);
  }
}

/** An oven door from `y0` to `y1` with a window and a bar handle on stand-offs. */
function ovenDoor(b: PropBuilder, x: number, w: number, y0: number, y1: number, front: number): void {
  const h = y1 - y0;
  b.box('body', [w, h, 0.03], { at: [x, y0 + h / 2, front - 0.005] });
  b.box('glass', [w * 0.7, h * 0.5, 0.01], { at: [x, y0 + h * 0.45, front + 0.012] });
  const hy = y1 - 0.05;
  barX(b, 'trim', 0.011, w * 0.8, [x, hy, front + 0.055]);
  for (const sx of [-1, 1]) b.box('trim', [0.015, 0.015, 0.045], { at: [x + sx * w * 0.38, hy, front + 0.03] });
}

// ---------------------------------------------------------------------------------------------------- sink

export const sink = defineProp({
  type: 'sink',
  summary: 'Sink: a kitchen sink unit (base cabinet, worktop, inset steel bowl, swan-neck tap) or a bathroom washbasin on a pedestal; front +Z.',
  slots: ['cabinet', 'worktop', 'basin', 'ceramic', 'tap'],
  defaultMaterials: { cabinet: 'house_paint_eggshell', worktop: 'granite', basin: 'steel_stainless_brushed', ceramic: 'ceramic_sanitary_ware', tap: 'chrome' },
  schema: strictObject({
    type: z.literal('sink'),
    width: dim(0.8, 0.4, 2).describe('along X, metres'),
    depth: dim(0.6, 0.3, 0.8).describe('along Z, metres'),
    height: dim(0.9, 0.6, 1.1).describe('floor to the rim, metres'),
    style: choice(['kitchen', 'pedestal'], 'kitchen').describe('kitchen: sink unit; pedestal: bathroom washbasin'),
  }),
  estimate: () => ({ triangles: TRI.box * 10 + TRI.extrude(4 + 24) + 2 * TRI.lathe(9, 24) + TRI.cyl(12) + TRI.torus(6, 12) + TRI.box * 2, parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.style === 'kitchen') sinkUnit(b, p.width, p.depth, p.height);
    else pedestalBasin(b, p.width, p.depth, p.height);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['kitchen sink', 'washbasin', 'basin', 'wash basin'],
    placement: ['wall'],
    themes: ['house'],
    facing: 'front',
  },
});

function sinkUnit(b: PropBuilder, w: number, d: number, h: number): void {
  const top = 0.035;
  const bodyH = h - top;
  b.box('cabinet', [w, bodyH, d - 0.03], { at: [0, bodyH / 2, -0.015] });
  const front = d / 2 - 0.03;
  const doorW = w / 2 - 0.006;
  for (const sx of [-1, 1]) {
    b.box('cabinet', [doorW, bodyH - PLINTH - 0.01, 0.018], { at: [(sx * w) / 4, PLINTH + (bodyH - PLINTH) / 2, front + 0.009] });
    b.box('tap', [0.012, 0.12, 0.02], { at: [sx * 0.04, bodyH - 0.12, front + 0.028] });
  }
  const bw = Math.min(0.5, w - 0.2);
  const bd = d - 0.2;
  const depth = Math.min(0.18, bodyH / 3);
  slab(b, 'worktop', rect(w, d), [rect(bw, bd)], top, h);
  // The bowl, open at the top: floor and four walls under the worktop's hole.
  const y0 = h - top - depth;
  b.box('basin', [bw, 0.01, bd], { at: [0, y0, 0] });
  for (const sx of [-1, 1]) b.box('basin', [0.01, depth, bd], { at: [(sx * bw) / 2, y0 + depth / 2, 0] });
  for (const sz of [-1, 1]) b.box('basin', [bw, depth, 0.01], { at: [0, y0 + depth / 2, (sz * bd) / 2] });
  tap(b, h, -d / 2 + 0.05, Math.min(0.16, bd / 2));
}

/** A swan-neck tap standing at `z` on a surface at `y`, `rise` tall, reaching `reach` forward. */
function tap(b: PropBuilder, y: number, z: number, reach: number, rise = 0.22): void {
  b.cylinder('tap', 0.014, 0.018, rise, { at: [0, y + rise / 2, z] }, 12);
  b.torus('tap', reach / 2, 0.011, { at: [0, y + rise, z + reach / 2], rot: [0, 90, 0] }, 180, 6, 12);
  b.box('tap', [0.015, 0.015, 0.07], { at: [0, y + rise * 0.6, z - 0.035], rot: [-30, 0, 0] });
}

/** Bathroom washbasin: an oval bowl on a fluted pedestal. */
function pedestalBasin(b: PropBuilder, w: number, d: number, h: number): void {
  const bowlH = Math.min(0.2, h / 4);
  const bowlY = h - bowlH;
  b.lathe('ceramic', [[0.06, 0], [0.09, 0.01], [0.07, 0.1], [0.065, bowlY * 0.7], [0.09, bowlY], [0, bowlY]], { scale: [1, 1, 0.8] }, 16);
  const outer: [number, number][] = [[0, 0], [0.55, 0.02], [0.85, 0.35], [1, 0.85], [1, 1], [0.9, 1], [0.85, 0.8], [0.55, 0.35], [0, 0.3]];
  b.lathe('ceramic', outer.map(([r, y]) => [r, y * bowlH]), { at: [0, bowlY, 0.02], scale: [w / 2, 1, d / 2] }, 24);
  tap(b, h, -d / 2 + 0.07, Math.min(0.1, d / 3), 0.1);
}

// --------------------------------------------------------------------------------------------------- fridge

export const fridge = defineProp({
  type: 'fridge',
  summary: 'Upright fridge-freezer: cabinet, freezer door below or above (or side by side), tall bar handles, black plinth grille; front +Z.',
  slots: ['body', 'doors', 'handles', 'trim'],
  defaultMaterials: { body: 'appliance_white', doors: 'appliance_white', handles: 'steel_stainless_brushed', trim: 'plastic_textured_black' },
  schema: strictObject({
    type: z.literal('fridge'),
    width: dim(0.7, 0.45, 1.2).describe('along X, metres (0.9 for side by side)'),
    depth: dim(0.7, 0.5, 0.9).describe('along Z, doors included, metres'),
    height: dim(1.8, 0.8, 2.2).describe('metres (0.85 under-counter)'),
    freezer: choice(['bottom', 'top', 'side', 'none'], 'bottom').describe('where the freezer door is'),
  }),
  estimate: () => ({ triangles: TRI.box * 3 + 2 * TRI.box * 4, parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const plinth = 0.06;
    const doorT = 0.05;
    const front = p.depth / 2 - doorT;
    b.box('body', [p.width, p.height, p.depth - doorT], { at: [0, p.height / 2, -doorT / 2] });
    b.box('trim', [p.width - 0.04, plinth - 0.01, 0.02], { at: [0, plinth / 2, front + 0.01] });
    const gap = 0.008;
    const h = p.height - plinth;
    for (const d of fridgeDoors(p.freezer, p.width, h)) {
      const [x, y, w, dh] = [d.x, plinth + d.y, d.w - gap, d.h - gap];
      b.box('doors', [w, dh, doorT - 0.006], { at: [x, y + dh / 2, front + doorT / 2] });
      const hx = x + d.handleSide * (w / 2 - 0.05);
      const hl = Math.min(dh * 0.6, 0.5);
      const hy = d.handleHigh ? y + dh - 0.08 - hl / 2 : y + 0.08 + hl / 2;
      b.box('handles', [0.022, hl, 0.025], { at: [hx, hy, front + doorT + 0.035] });
      for (const s of [-1, 1]) b.box('handles', [0.018, 0.02, 0.035], { at: [hx, hy + (s * hl) / 2.4, front + doorT + 0.015] });
    }
    b.box('trim', [p.width - 0.01, 0.012, 0.01], { at: [0, p.height - 0.006, front + 0.002] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['refrigerator', 'fridge freezer', 'icebox', 'freezer'],
    placement: ['wall', 'corner'],
    themes: ['house'],
    facing: 'front',
  },
});

interface ApplianceDoor { x: number; y: number; w: number; h: number; handleSide: number; handleHigh: boolean }

/** The door layout of a fridge `h` tall above its plinth. */
function fridgeDoors(freezer: 'bottom' | 'top' | 'side' | 'none', w: number, h: number): ApplianceDoor[] {
  if (freezer === 'side') {
    return [
      { x: -w * 0.3, y: 0, w: w * 0.4, h, handleSide: 1, handleHigh: false },
      { x: w * 0.2, y: 0, w: w * 0.6, h, handleSide: -1, handleHigh: false },
    ];
  }
  if (freezer === 'none') return [{ x: 0, y: 0, w, h, handleSide: 1, handleHigh: false }];
  const fh = h * (freezer === 'bottom' ? 0.35 : 0.28);
  const fy = freezer === 'bottom' ? 0 : h - fh;
  const cy = freezer === 'bottom' ? fh : 0;
  return [
    { x: 0, y: fy, w, h: fh, handleSide: 1, handleHigh: freezer === 'bottom' },
    { x: 0, y: cy, w, h: h - fh, handleSide: 1, handleHigh: freezer === 'top' },
  ];
}

// ---------------------------------------------------------------------------------------- washing machine

export const washingMachine = defineProp({
  type: 'washing_machine',
  summary: 'Front-loading washing machine: cabinet, round chrome-ringed porthole door, control strip with detergent drawer and programme dial; front +Z.',
  slots: ['body', 'door', 'glass', 'panel'],
  defaultMaterials: { body: 'appliance_white', door: 'chrome', glass: 'glass_smoked', panel: 'plastic_matte_grey' },
  schema: strictObject({
    type: z.literal('washing_machine'),
    width: dim(0.6, 0.4, 0.8).describe('along X, metres'),
    depth: dim(0.6, 0.4, 0.8).describe('along Z, metres'),
    height: dim(0.85, 0.6, 1.1).describe('metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 4 + TRI.torus(8, 32) + TRI.cyl(24) + TRI.sphere(16, 8) + TRI.cyl(16), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const front = p.depth / 2;
    const stripH = Math.min(0.12, p.height / 6);
    b.box('body', [p.width, p.height, p.depth - 0.01], { at: [0, p.height / 2, -0.005] });
    b.box('panel', [p.width - 0.01, stripH, 0.012], { at: [0, p.height - stripH / 2 - 0.005, front] });
    b.box('body', [p.width * 0.3, stripH * 0.6, 0.02], { at: [-p.width * 0.3, p.height - stripH / 2 - 0.005, front + 0.008] });
    barZ(b, 'door', stripH * 0.28, 0.03, [p.width * 0.3, p.height - stripH / 2 - 0.005, front + 0.015], 16);
    const r = Math.min(p.width * 0.33, (p.height - stripH) * 0.36);
    const cy = (p.height - stripH) * 0.5;
    b.torus('door', r, r * 0.14, { at: [0, cy, front + 0.02] }, 360, 8, 32);
    barZ(b, 'glass', r * 0.92, 0.02, [0, cy, front + 0.01], 24);
    b.sphere('glass', r * 0.8, { at: [0, cy, front + 0.005], scale: [1, 1, 0.3] }, 16, 8);
    b.box('panel', [p.width - 0.04, 0.06, 0.01], { at: [0, 0.035, front] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['washer', 'tumble dryer', 'laundry machine'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

// -------------------------------------------------------------------------------------------------- bathtub

/** The tub's shell, unit radius: outer wall up to the roll rim, then the inner wall back down to the floor. */
const TUB: [number, number][] = [[0, 0], [0.8, 0], [0.95, 0.2], [1, 0.95], [1, 1], [0.93, 1], [0.9, 0.85], [0.8, 0.2], [0.6, 0.1], [0, 0.1]];

export const bathtub = defineProp({
  type: 'bathtub',
  summary: 'Bathtub, long side along X: a roll-top tub on four claw feet, or a built-in tub behind a bath panel with a deck; mixer tap at the -X end.',
  slots: ['tub', 'feet', 'tap'],
  defaultMaterials: { tub: 'ceramic_sanitary_ware', feet: 'brass_antique', tap: 'chrome' },
  schema: strictObject({
    type: z.literal('bathtub'),
    length: dim(1.7, 1, 2.5).describe('along X, metres'),
    width: dim(0.75, 0.5, 1.5).describe('along Z, metres'),
    height: dim(0.6, 0.35, 0.9).describe('floor to rim, metres'),
    style: choice(['clawfoot', 'builtin'], 'clawfoot').describe('clawfoot: freestanding roll-top; builtin: panelled with a flat deck'),
  }),
  estimate: () => ({ triangles: TRI.lathe(TUB.length, 24) + 4 * (TRI.sphere(8, 6) + TRI.cyl(8)) + TRI.box * 4 + TRI.extrude(28) + TRI.cyl(12) + TRI.torus(6, 12) + TRI.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const claw = p.style === 'clawfoot';
    const lift = claw ? Math.min(0.12, p.height / 4) : 0.02;
    const deckT = 0.03;
    const shellH = claw ? p.height - lift : p.height - deckT + 0.005 - lift;
    const rx = (claw ? p.length : p.length - 0.08) / 2;
    const rz = (claw ? p.width : p.width - 0.08) / 2;
    b.lathe('tub', TUB.map(([r, y]) => [r, y * shellH]), { at: [0, lift, 0], scale: [rx, 1, rz] }, 24);
    if (claw) clawFeet(b, rx, rz, lift);
    else {
      const panelH = p.height - deckT;
      for (const sx of [-1, 1]) b.box('tub', [0.02, panelH, p.width], { at: [(sx * (p.length - 0.02)) / 2, panelH / 2, 0] });
      for (const sz of [-1, 1]) b.box('tub', [p.length - 0.04, panelH, 0.02], { at: [0, panelH / 2, (sz * (p.width - 0.02)) / 2] });
      slab(b, 'tub', rect(p.length, p.width), [ellipse(rx * 0.96, rz * 0.96, 24)], deckT, p.height);
    }
    const tx = -rx + 0.06;
    b.cylinder('tap', 0.014, 0.018, 0.16, { at: [tx, p.height + 0.08, 0] }, 12);
    b.torus('tap', 0.05, 0.01, { at: [tx + 0.05, p.height + 0.16, 0] }, 180, 6, 12);
    b.box('tap', [0.08, 0.015, 0.015], { at: [tx, p.height + 0.12, 0] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['bath', 'tub', 'clawfoot tub', 'roll-top bath'],
    placement: ['wall', 'center'],
    themes: ['house'],
    facing: 'front',
  },
});

/** Four cast feet under the tub's curved belly: a ball-and-claw and a short shank. */
function clawFeet(b: PropBuilder, rx: number, rz: number, lift: number): void {
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
    const x = sx * rx * 0.62;
    const z = sz * rz * 0.55;
    b.sphere('feet', lift * 0.3, { at: [x, lift * 0.3, z] }, 8, 6);
    b.cylinder('feet', lift * 0.3, lift * 0.2, lift * 0.8, { at: [x, lift * 0.7, z] }, 8);
  }
}

// --------------------------------------------------------------------------------------------------- toilet

export const toilet = defineProp({
  type: 'toilet',
  summary: 'Close-coupled toilet: pedestal, oval bowl, seat with the lid raised, cistern with a flush button at the back (-Z); front +Z.',
  slots: ['ceramic', 'seat', 'flush'],
  defaultMaterials: { ceramic: 'ceramic_sanitary_ware', seat: 'plastic_glossy_white', flush: 'chrome' },
  schema: strictObject({
    type: z.literal('toilet'),
    width: dim(0.38, 0.3, 0.6).describe('bowl width along X, metres'),
    depth: dim(0.68, 0.5, 0.9).describe('cistern back to bowl front along Z, metres'),
    seatHeight: dim(0.42, 0.3, 0.55).describe('floor to the seat, metres'),
    height: dim(0.8, 0.6, 1.2).describe('floor to the cistern lid, metres'),
  }),
  estimate: () => ({ triangles: 2 * TRI.lathe(8, 20) + TRI.torus(6, 24) + TRI.cyl(16) + TRI.box * 2 + TRI.cyl(12), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const cisternD = 0.18;
    const back = -p.depth / 2;
    const bowlZ = back + cisternD + (p.depth - cisternD) / 2 - 0.02;
    const rx = p.width / 2;
    const rz = (p.depth - cisternD) / 2;
    const bowlTop = p.seatHeight - 0.03;
    b.lathe('ceramic', [[0.12, 0], [0.13, 0.02], [0.1, 0.06], [0.1, bowlTop * 0.45], [0, bowlTop * 0.45]], { at: [0, 0, bowlZ - 0.04], scale: [1, 1, 1.4] }, 20);
    const bowl: [number, number][] = [[0, 0], [0.5, 0], [0.9, 0.45], [1, 0.95], [1, 1], [0.85, 1], [0.5, 0.5], [0, 0.4]];
    const y0 = bowlTop * 0.4;
    b.lathe('ceramic', bowl.map(([r, y]) => [r, y0 + y * (bowlTop - y0)]), { at: [0, 0, bowlZ], scale: [rx, 1, rz] }, 20);
    const ring = 0.15;
    b.torus('seat', ring, 0.03, { at: [0, bowlTop + 0.012, bowlZ], rot: [-90, 0, 0], scale: [rx / (ring + 0.03), (rz * 0.95) / (ring + 0.03), 0.4] }, 360, 6, 24);
    const lidTop = Math.min(p.height, bowlTop + 0.45);
    b.cylinder('seat', 1, 1, 1, { at: [0, bowlTop + (lidTop - bowlTop) / 2, back + cisternD + 0.03], rot: [80, 0, 0], scale: [rx * 0.95, 0.02, (lidTop - bowlTop) / 2] }, 16);
    const cisternY = Math.max(p.seatHeight + 0.02, p.height - 0.38);
    b.box('ceramic', [Math.max(p.width, 0.36), p.height - cisternY, cisternD], { at: [0, (p.height + cisternY) / 2, back + cisternD / 2] });
    b.box('ceramic', [0.12, cisternY, 0.1], { at: [0, cisternY / 2, back + cisternD / 2 + 0.03] });
    b.cylinder('flush', 0.025, 0.025, 0.012, { at: [0, p.height + 0.006, back + cisternD / 2] }, 12);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['lavatory', 'wc', 'loo'],
    placement: ['wall', 'corner'],
    themes: ['house'],
    facing: 'front',
  },
});

// ------------------------------------------------------------------------------------------------ radiator

export const radiator = defineProp({
  type: 'radiator',
  summary: 'Column radiator on two feet against the wall (back at -Z): vertical sections between top and bottom headers, a valve at one end.',
  slots: ['body', 'valve'],
  defaultMaterials: { body: 'enamel_paint_gloss_white', valve: 'chrome' },
  schema: strictObject({
    type: z.literal('radiator'),
    width: dim(0.8, 0.3, 3).describe('along X, metres'),
    height: dim(0.6, 0.3, 1.8).describe('floor to top, metres'),
    depth: dim(0.1, 0.05, 0.25).describe('along Z, metres'),
  }),
  estimate: (p) => ({ triangles: TRI.box * (sections(p.width) + 2) + 2 * TRI.cyl(8) + 2 * TRI.cyl(8), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const n = sections(p.width);
    const sw = p.width / n;
    const y0 = Math.min(0.12, p.height / 5);
    const h = p.height - y0;
    for (let i = 0; i < n; i++) b.box('body', [sw * 0.75, h, p.depth * 0.8], { at: [-p.width / 2 + sw * (i + 0.5), y0 + h / 2, 0] });
    for (const y of [y0 + 0.03, p.height - 0.03]) barX(b, 'body', p.depth * 0.2, p.width, [0, y, 0]);
    for (const sx of [-1, 1]) b.box('body', [0.04, y0, p.depth * 0.6], { at: [sx * (p.width / 2 - sw), y0 / 2, 0] });
    const vx = p.width / 2 + 0.04;
    barX(b, 'valve', 0.012, 0.08, [p.width / 2 + 0.02, y0 + 0.03, 0]);
    b.cylinder('valve', 0.022, 0.022, 0.06, { at: [vx, y0 + 0.06, 0] }, 8);
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['heater', 'column radiator'],
    placement: ['wall'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

/** Radiator sections about 7 cm apart. */
function sections(width: number): number {
  return Math.max(3, Math.round(width / 0.07));
}

export const KITCHEN_PROPS: readonly PropDef[] = [counter, stove, sink, fridge, washingMachine, bathtub, toilet, radiator] as unknown as PropDef[];
