/**
 * Interior props: the fireplace, case furniture (nightstand, console table, dresser, filing cabinet), armchair,
 * bunk bed, piano, television, wall things (mirror, curtain, whiteboard), coat rack and grandfather clock, plus
 * the kitchen and bathroom fixtures of kitchen.ts. Each stands on y = 0, centred in X and Z, its front along +Z;
 * things hung on a wall draw themselves at their `mountHeight` with their back at -Z.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { KITCHEN_PROPS, TRI, barX, barZ, choice, count, dim, ellipse, rect, slab } from './kitchen.js';


/** A cylinder from `from` to `to` (legs, hooks, struts), radius `rTop` at `to`. */
function rod(b: PropBuilder, slot: string, from: V3, to: V3, r: number, segments = 8, rTop = r): void {
  b.rodBetween(slot, from, to, r, rTop, segments);
}

/**
 * A column of `n` drawer fronts between `y0` and `y1`, proud of a carcass front at `front`, each with a knob
 * (small drawers) or a bar pull; `split` halves the top row into two small drawers, as a chest of drawers has.
 */
function drawers(b: PropBuilder, w: number, y0: number, y1: number, n: number, front: number, split = false): void {
  const gap = 0.006;
  const h = (y1 - y0) / n;
  for (let i = 0; i < n; i++) {
    const y = y0 + h * (i + 0.5);
    const halves = split && i === n - 1 ? [-w / 4, w / 4] : [0];
    const fw = w / halves.length - 2 * gap;
    for (const x of halves) {
      b.box('wood', [fw, h - gap, 0.02], { at: [x, y, front + 0.01] });
      if (fw < 0.5) barZ(b, 'handles', 0.013, 0.03, [x, y, front + 0.035], 8);
      else for (const sx of [-1, 1]) barZ(b, 'handles', 0.013, 0.03, [x + sx * fw * 0.25, y, front + 0.035], 8);
    }
  }
}
const drawerTris = (n: number) => 2 * n * (TRI.box + 2 * TRI.cyl(8));

// ----------------------------------------------------------------------------------------------- fireplace

/** Teardrop flame, unit size: [radius, height] bottom to top. */
const FLAME: [number, number][] = [[0, 0], [0.55, 0.1], [1, 0.3], [0.85, 0.5], [0.5, 0.72], [0.18, 0.9], [0, 1]];

export const fireplace = defineProp({
  type: 'fireplace',
  summary: 'Open fireplace against the wall (back at -Z): brick surround, wooden mantel shelf on top, stone hearth, firebox with fire-dogs, logs and a burning fire.',
  slots: ['surround', 'mantel', 'hearth', 'firebox', 'grate', 'logs', 'flame'],
  defaultMaterials: { surround: 'brick_red', mantel: 'oak', hearth: 'slate', firebox: 'brick_firebrick', grate: 'iron_blackened', logs: 'charred_wood', flame: 'campfire_flame' },
  schema: strictObject({
    type: z.literal('fireplace'),
    width: dim(1.5, 0.8, 4).describe('surround along X, metres'),
    height: dim(1.2, 0.8, 3).describe('floor to the top of the mantel shelf, metres'),
    depth: dim(0.45, 0.25, 1.2).describe('surround along Z, metres'),
    openingWidth: dim(0.8, 0.4, 3).describe('firebox opening, metres'),
    openingHeight: dim(0.75, 0.4, 2.5).describe('firebox opening, metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 10 + 3 * TRI.cyl(10) + 2 * TRI.box * 3 + 3 * TRI.lathe(FLAME.length, 10), parts: 7 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = fireplaceGeometry(p);
    const jambW = (p.width - g.ow) / 2;
    for (const sx of [-1, 1]) b.box('surround', [jambW, g.oh, p.depth], { at: [sx * (g.ow + jambW) / 2, g.oh / 2, 0] });
    const friezeH = p.height - g.mantelT - g.oh;
    b.box('surround', [p.width, friezeH, p.depth], { at: [0, g.oh + friezeH / 2, 0] });
    b.box('mantel', [p.width + 0.12, g.mantelT, p.depth + 0.1], { at: [0, p.height - g.mantelT / 2, 0.05] });
    b.box('hearth', [g.ow + 0.5, 0.04, 0.45], { at: [0, 0.02, p.depth / 2 + 0.2] });
    b.box('firebox', [g.ow, g.oh, 0.04], { at: [0, g.oh / 2, -p.depth / 2 + 0.02] });
    b.box('firebox', [g.ow, 0.02, p.depth], { at: [0, 0.01, 0] });
    for (const sx of [-1, 1]) {
      const x = sx * g.ow * 0.3;
      b.box('grate', [0.025, 0.025, p.depth * 0.6], { at: [x, 0.07, g.fireZ] });
      b.box('grate', [0.025, 0.16, 0.025], { at: [x, 0.1, g.fireZ + p.depth * 0.3] });
      b.box('grate', [0.05, 0.03, 0.05], { at: [x, 0.015, g.fireZ + p.depth * 0.3] });
    }
    const logL = g.ow * 0.7;
    const logR = Math.min(0.05, g.oh / 12);
    barX(b, 'logs', logR, logL, [0, 0.08 + logR, g.fireZ - logR], 10);
    barX(b, 'logs', logR, logL, [0, 0.08 + logR, g.fireZ + logR * 1.2], 10);
    b.cylinder('logs', logR, logR, logL * 0.8, { at: [0, 0.08 + logR * 2.8, g.fireZ], rot: [0, 25, 90] }, 10);
    const fh = g.oh * 0.35;
    for (const [dx, s] of [[0, 1], [-0.22, 0.7], [0.22, 0.75]] as const) {
      b.lathe('flame', FLAME.map(([r, y]) => [r * fh * 0.3 * s, y * fh * s]), { at: [dx * g.ow, g.flameY, g.fireZ] }, 10);
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['hearth', 'fireside', 'mantelpiece', 'open fire', 'inglenook'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    light: (p) => {
      const g = fireplaceGeometry(p);
      return { offset: [0, g.flameY + g.oh * 0.15, g.fireZ + 0.1], kelvin: 1900, lumens: 1500 };
    },
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

function fireplaceGeometry(p: { width: number; height: number; depth: number; openingWidth: number; openingHeight: number }) {
  const mantelT = Math.min(0.08, p.height / 10);
  const ow = Math.min(p.openingWidth, p.width - 0.2);
  const oh = Math.min(p.openingHeight, p.height - mantelT - 0.1);
  return { mantelT, ow, oh, fireZ: -p.depth * 0.05, flameY: 0.1 };
}

// -------------------------------------------------------------------------------------------- case goods

export const nightstand = defineProp({
  type: 'nightstand',
  summary: 'Bedside table: top, carcass with one to three drawers and an open shelf under them, on four short legs; front +Z.',
  slots: ['wood', 'handles'],
  defaultMaterials: { wood: 'walnut', handles: 'brass_antique' },
  schema: strictObject({
    type: z.literal('nightstand'),
    width: dim(0.45, 0.3, 0.9).describe('along X, metres'),
    depth: dim(0.4, 0.25, 0.7).describe('along Z, metres'),
    height: dim(0.6, 0.35, 0.9).describe('floor to the top, metres'),
    drawers: count(1, 0, 3),
  }),
  estimate: (p) => ({ triangles: TRI.box * 10 + drawerTris(p.drawers), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const legH = Math.min(0.1, p.height / 5);
    const topT = 0.025;
    const bodyH = p.height - topT - legH;
    const front = p.depth / 2 - 0.02;
    b.box('wood', [p.width, topT, p.depth], { at: [0, p.height - topT / 2, 0] });
    for (const sx of [-1, 1]) {
      b.box('wood', [0.02, bodyH, p.depth - 0.02], { at: [sx * (p.width / 2 - 0.01), legH + bodyH / 2, -0.01] });
      for (const sz of [-1, 1]) b.box('wood', [0.035, legH, 0.035], { at: [sx * (p.width / 2 - 0.02), legH / 2, sz * (p.depth / 2 - 0.03)] });
    }
    b.box('wood', [p.width - 0.04, bodyH, 0.015], { at: [0, legH + bodyH / 2, -p.depth / 2 + 0.0075] });
    b.box('wood', [p.width - 0.04, 0.02, p.depth - 0.02], { at: [0, legH + 0.01, -0.01] });
    const drawerH = Math.min(0.16, bodyH / Math.max(1, p.drawers));
    const y0 = legH + bodyH - drawerH * p.drawers;
    if (p.drawers > 0) drawers(b, p.width - 0.04, y0, legH + bodyH, p.drawers, front);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['bedside table', 'night table', 'bedside cabinet'],
    placement: ['wall', 'corner'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

export const consoleTable = defineProp({
  type: 'console_table',
  summary: 'Narrow hall table: thin top on four tapered legs with an apron, drawers in the apron and an optional low shelf; front +Z.',
  slots: ['wood', 'handles'],
  defaultMaterials: { wood: 'walnut', handles: 'brass_antique' },
  schema: strictObject({
    type: z.literal('console_table'),
    width: dim(1.2, 0.6, 3).describe('along X, metres'),
    depth: dim(0.35, 0.2, 0.6).describe('along Z, metres'),
    height: dim(0.8, 0.6, 1.1).describe('floor to the top, metres'),
    drawers: count(2, 0, 3).describe('drawers side by side in the apron'),
    shelf: z.boolean().default(true).describe('a low shelf between the legs'),
  }),
  estimate: (p) => ({ triangles: TRI.box * 6 + 4 * TRI.cyl(8) + p.drawers * (TRI.box + TRI.cyl(8)), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const topT = 0.025;
    const apronH = 0.12;
    const legTop = p.height - topT;
    const lx = p.width / 2 - 0.04;
    const lz = p.depth / 2 - 0.04;
    b.box('wood', [p.width, topT, p.depth], { at: [0, p.height - topT / 2, 0] });
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) b.cylinder('wood', 0.022, 0.013, legTop, { at: [sx * lx, legTop / 2, sz * lz] }, 8);
    b.box('wood', [p.width - 0.08, apronH, 0.02], { at: [0, legTop - apronH / 2, lz] });
    b.box('wood', [p.width - 0.08, apronH, 0.02], { at: [0, legTop - apronH / 2, -lz] });
    for (const sx of [-1, 1]) b.box('wood', [0.02, apronH, p.depth - 0.08], { at: [sx * lx, legTop - apronH / 2, 0] });
    if (p.shelf) b.box('wood', [p.width - 0.06, 0.02, p.depth - 0.06], { at: [0, 0.18, 0] });
    const dw = (p.width - 0.12) / Math.max(1, p.drawers);
    for (let i = 0; i < p.drawers; i++) {
      const x = -p.width / 2 + 0.06 + dw * (i + 0.5);
      b.box('wood', [dw - 0.012, apronH - 0.025, 0.012], { at: [x, legTop - apronH / 2, lz + 0.016] });
      barZ(b, 'handles', 0.01, 0.025, [x, legTop - apronH / 2, lz + 0.034], 8);
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['hall table', 'sofa table', 'side table', 'entry table'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

export const dresser = defineProp({
  type: 'dresser',
  summary: 'Chest of drawers: top, carcass, rows of drawers (the top row two small ones) on a plinth; `hutch` adds the open plate shelves of a Welsh dresser; front +Z.',
  slots: ['wood', 'handles'],
  defaultMaterials: { wood: 'walnut', handles: 'brass_antique' },
  schema: strictObject({
    type: z.literal('dresser'),
    width: dim(1.0, 0.4, 2.5).describe('along X, metres'),
    depth: dim(0.5, 0.3, 0.8).describe('along Z, metres'),
    height: dim(0.9, 0.5, 1.6).describe('floor to the top of the chest, metres'),
    drawers: count(4, 2, 7).describe('rows of drawers'),
    hutch: z.boolean().default(false).describe('open shelves with a back board above the chest (a Welsh dresser)'),
    hutchHeight: dim(1.0, 0.4, 1.5).describe('metres above the chest'),
  }),
  estimate: (p) => ({ triangles: TRI.box * 10 + drawerTris(p.drawers + 1), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const plinth = 0.08;
    const topT = 0.03;
    const front = p.depth / 2 - 0.02;
    b.box('wood', [p.width + 0.03, topT, p.depth + 0.02], { at: [0, p.height - topT / 2, 0.01] });
    b.box('wood', [p.width, p.height - topT - plinth, p.depth - 0.02], { at: [0, plinth + (p.height - topT - plinth) / 2, -0.01] });
    b.box('wood', [p.width - 0.04, plinth, p.depth - 0.06], { at: [0, plinth / 2, -0.01] });
    drawers(b, p.width - 0.04, plinth + 0.015, p.height - topT - 0.015, p.drawers, front, true);
    if (p.hutch) hutch(b, p.width, p.depth, p.height, p.hutchHeight);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['chest of drawers', 'bureau', 'welsh dresser', 'lowboy'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['house'],
    facing: 'front',
  },
});

/** A Welsh dresser's rack: back board, two sides, two shelves and a cornice, set back on the chest's top. */
function hutch(b: PropBuilder, w: number, d: number, y0: number, h: number): void {
  const hd = Math.min(0.28, d * 0.6);
  const z = -d / 2 + hd / 2;
  b.box('wood', [w - 0.04, h, 0.015], { at: [0, y0 + h / 2, -d / 2 + 0.0075] });
  for (const sx of [-1, 1]) b.box('wood', [0.02, h, hd], { at: [sx * (w / 2 - 0.03), y0 + h / 2, z] });
  for (const f of [0.35, 0.68]) b.box('wood', [w - 0.08, 0.02, hd - 0.02], { at: [0, y0 + h * f, z] });
  b.box('wood', [w, 0.06, hd + 0.04], { at: [0, y0 + h - 0.03, z + 0.02] });
}

export const filingCabinet = defineProp({
  type: 'filing_cabinet',
  summary: 'Steel filing cabinet: a tall carcass of equal drawers, each with a bar pull and a label holder; front +Z.',
  slots: ['body', 'handles'],
  defaultMaterials: { body: 'house_paint_satin_grey', handles: 'chrome' },
  schema: strictObject({
    type: z.literal('filing_cabinet'),
    width: dim(0.47, 0.3, 1.2).describe('along X, metres'),
    depth: dim(0.62, 0.4, 0.8).describe('along Z, metres'),
    height: dim(1.32, 0.5, 1.6).describe('metres (0.72 two-drawer, 1.32 four-drawer)'),
    drawers: count(4, 1, 6),
  }),
  estimate: (p) => ({ triangles: TRI.box * (1 + 3 * p.drawers), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const front = p.depth / 2 - 0.015;
    b.box('body', [p.width, p.height, p.depth - 0.015], { at: [0, p.height / 2, -0.0075] });
    const h = (p.height - 0.04) / p.drawers;
    for (let i = 0; i < p.drawers; i++) {
      const y = 0.02 + h * (i + 0.5);
      b.box('body', [p.width - 0.02, h - 0.008, 0.015], { at: [0, y, front + 0.0075] });
      b.box('handles', [Math.min(0.18, p.width * 0.4), 0.02, 0.03], { at: [0, y + h * 0.12, front + 0.03] });
      b.box('handles', [0.08, 0.035, 0.006], { at: [0, y + h * 0.3, front + 0.018] });
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['file cabinet', 'filing drawers', 'file drawers'],
    placement: ['wall', 'corner'],
    surfaceHeight: (p) => p.height,
    themes: ['office'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------- armchair

export const armchair = defineProp({
  type: 'armchair',
  summary: 'Upholstered armchair: deep seat cushion, back cushion, padded arms on short legs (club), or a high back with wings and scrolled arms (wingback); faces +Z.',
  slots: ['upholstery', 'cushions', 'legs'],
  defaultMaterials: { upholstery: 'leather', cushions: 'leather', legs: 'walnut' },
  schema: strictObject({
    type: z.literal('armchair'),
    width: dim(0.85, 0.6, 1.4).describe('along X, metres'),
    depth: dim(0.85, 0.6, 1.2).describe('along Z, metres'),
    height: dim(0.95, 0.6, 1.4).describe('floor to the top of the back, metres'),
    seatHeight: dim(0.45, 0.3, 0.6).describe('floor to the top of the seat cushion, metres'),
    style: choice(['club', 'wingback'], 'club'),
  }),
  estimate: () => ({ triangles: TRI.box * 8 + 2 * TRI.cyl(12) + 4 * TRI.cyl(8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const wing = p.style === 'wingback';
    const top = Math.max(p.height, p.seatHeight + 0.3);
    const legH = wing ? 0.12 : 0.07;
    const cushionT = 0.12;
    const baseTop = p.seatHeight - cushionT;
    const armW = Math.min(wing ? 0.12 : 0.18, p.width / 5);
    const armTop = Math.min(top - 0.05, p.seatHeight + (wing ? 0.2 : 0.22));
    const backT = Math.min(0.18, p.depth / 4);
    const innerW = p.width - 2 * armW;
    const back = -p.depth / 2 + backT / 2;
    b.box('upholstery', [innerW, baseTop - legH, p.depth], { at: [0, legH + (baseTop - legH) / 2, 0] });
    b.box('upholstery', [p.width, top - legH, backT], { at: [0, legH + (top - legH) / 2, back] });
    for (const sx of [-1, 1]) {
      const x = sx * (p.width / 2 - armW / 2);
      const armH = wing ? armTop - armW / 2 : armTop;
      b.box('upholstery', [armW, armH - legH, p.depth - backT], { at: [x, legH + (armH - legH) / 2, backT / 2] });
      if (wing) {
        b.cylinder('upholstery', armW * 0.6, armW * 0.6, p.depth - backT, { at: [x, armH, backT / 2], rot: [90, 0, 0] }, 12);
        b.box('upholstery', [0.06, (top - armTop) * 0.9, p.depth * 0.3], { at: [sx * (p.width / 2 - 0.03), armTop + (top - armTop) * 0.45, -p.depth / 2 + p.depth * 0.15 + backT / 2], rot: [0, sx * 10, 0] });
      }
      for (const sz of [-1, 1]) b.cylinder('legs', 0.025, 0.018, legH, { at: [sx * (p.width / 2 - 0.05), legH / 2, sz * (p.depth / 2 - 0.05)] }, 8);
    }
    b.box('cushions', [innerW - 0.01, cushionT, p.depth - backT - 0.02], { at: [0, baseTop + cushionT / 2, backT / 2 + 0.01] });
    const bcH = Math.min(top - p.seatHeight - 0.05, 0.5);
    b.box('cushions', [innerW - 0.01, bcH, 0.12], { at: [0, p.seatHeight + bcH / 2, -p.depth / 2 + backT + 0.05], rot: [-8, 0, 0] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['easy chair', 'club chair', 'wingback chair', 'fireside chair'],
    placement: ['floor', 'wall', 'corner', 'center'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

// ----------------------------------------------------------------------------------------------- bunk bed

export const bunkBed = defineProp({
  type: 'bunk_bed',
  summary: 'Bunk bed, length along Z (head at -Z): four posts, two decks with mattresses, pillows and blankets, guard rails round the top bunk and a ladder on the +X side.',
  slots: ['frame', 'mattress', 'bedding'],
  defaultMaterials: { frame: 'pine', mattress: 'linen_white', bedding: 'wool' },
  schema: strictObject({
    type: z.literal('bunk_bed'),
    width: dim(1.0, 0.7, 1.6).describe('along X, metres'),
    length: dim(2.0, 1.6, 2.3).describe('along Z, metres'),
    height: dim(1.65, 1.3, 2.2).describe('floor to the top of the posts, metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 40, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const post = 0.06;
    const hx = p.width / 2 - post / 2;
    const hz = p.length / 2 - post / 2;
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) b.box('frame', [post, p.height, post], { at: [sx * hx, p.height / 2, sz * hz] });
    const upper = p.height - 0.45;
    for (const y of [0.25, upper]) bunkDeck(b, p.width, p.length, y);
    const railY = p.height - 0.12;
    b.box('frame', [0.03, 0.08, p.length - 2 * post], { at: [-hx, railY, 0] });
    b.box('frame', [0.03, 0.08, p.length * 0.55], { at: [hx, railY, -p.length * 0.225 + post / 2] });
    for (const sz of [-1, 1]) b.box('frame', [p.width - 2 * post, 0.3, 0.02], { at: [0, railY - 0.1, sz * hz] });
    // The ladder hangs on the +X side rail at the foot end.
    const lx = hx + post / 2 + 0.02;
    const lz = hz - 0.35;
    for (const dz of [-0.2, 0.2]) b.box('frame', [0.03, upper + 0.2, 0.04], { at: [lx, (upper + 0.2) / 2, lz + dz] });
    for (let i = 1; i <= 4; i++) b.box('frame', [0.03, 0.03, 0.4], { at: [lx, (upper * i) / 4.5, lz] });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['bunk beds', 'bunks', 'double bunk'],
    placement: ['wall', 'corner'],
    themes: ['house'],
    facing: 'front',
  },
});

/** One deck at `y`: side and end rails, a mattress, a blanket over its foot two-thirds and a pillow at -Z. */
function bunkDeck(b: PropBuilder, w: number, l: number, y: number): void {
  const inner = w - 0.12;
  for (const sx of [-1, 1]) b.box('frame', [0.03, 0.12, l - 0.12], { at: [(sx * (w - 0.09)) / 2, y, 0] });
  b.box('frame', [inner, 0.02, l - 0.12], { at: [0, y - 0.04, 0] });
  const mt = 0.14;
  b.box('mattress', [inner - 0.02, mt, l - 0.14], { at: [0, y - 0.03 + mt / 2, 0] });
  b.box('bedding', [inner, 0.03, (l - 0.14) * 0.68], { at: [0, y - 0.03 + mt + 0.015, (l - 0.14) * 0.16] });
  b.box('mattress', [inner * 0.6, 0.1, 0.32], { at: [0, y - 0.03 + mt + 0.05, -l / 2 + 0.25] });
}

// -------------------------------------------------------------------------------------------------- piano

const WHITE_KEYS = 52;

export const piano = defineProp({
  type: 'piano',
  summary: 'Piano, keyboard at the front (+Z): an upright (tall case, keybed on two legs, pedals) or, with `grand`, a grand piano (curved case on three legs, lid propped open, tail towards -Z).',
  slots: ['case', 'keys', 'sharps', 'pedals'],
  defaultMaterials: { case: 'piano_black', keys: 'ivory_tusk', sharps: 'ebony_wood', pedals: 'brass_polished' },
  schema: strictObject({
    type: z.literal('piano'),
    width: dim(1.5, 0.9, 1.8).describe('along X, metres (0.9 for a harpsichord or spinet)'),
    height: dim(1.25, 1, 1.6).describe('upright: floor to the top of the case, metres'),
    depth: dim(0.6, 0.5, 0.8).describe('upright: along Z, keys included, metres'),
    grand: z.boolean().default(false).describe('a grand piano instead of an upright'),
    length: dim(1.8, 1.4, 2.8).describe('grand: front of the keys to the tail, metres (1.5 baby grand, 2.7 concert grand)'),
  }),
  estimate: () => ({ triangles: TRI.box * (16 + 36) + 2 * TRI.extrude(12) + 4 * TRI.cyl(12), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    if (p.grand) grandPiano(b, p.width, p.length);
    else uprightPiano(b, p.width, p.height, p.depth);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['upright piano', 'grand piano', 'pianoforte', 'keyboard'],
    placement: ['wall', 'center'],
    themes: ['house'],
    facing: 'front',
  },
});

/** 88 keys centred on x = 0 at `y`, fronts at `zFront`: a white-key slab with the 36 black keys on it. */
function keyboard(b: PropBuilder, width: number, y: number, zFront: number): void {
  const ww = Math.min(0.0235, width / WHITE_KEYS);
  const kw = ww * WHITE_KEYS;
  const kd = 0.15;
  b.box('keys', [kw, 0.022, kd], { at: [0, y + 0.011, zFront - kd / 2] });
  for (let i = 0; i < WHITE_KEYS - 1; i++) {
    // A white key from A0 has a black key to its right unless it is an E or a B.
    if ('ACDFG'.includes('ABCDEFG'[i % 7]!)) {
      b.box('sharps', [ww * 0.55, 0.014, kd * 0.62], { at: [-kw / 2 + ww * (i + 1), y + 0.029, zFront - kd + (kd * 0.62) / 2] });
    }
  }
}

function uprightPiano(b: PropBuilder, w: number, h: number, d: number): void {
  const bodyD = d - 0.22;
  const back = -d / 2;
  const keyY = 0.7;
  const cheekW = (w - Math.min(1.222, w - 0.1)) / 2;
  b.box('case', [w, h, bodyD], { at: [0, h / 2, back + bodyD / 2] });
  b.box('case', [w - 2 * cheekW, 0.08, d - bodyD], { at: [0, keyY - 0.04, back + bodyD + (d - bodyD) / 2] });
  for (const sx of [-1, 1]) {
    const x = sx * (w / 2 - cheekW / 2);
    b.box('case', [cheekW, 0.12, d - bodyD], { at: [x, keyY + 0.02, back + bodyD + (d - bodyD) / 2] });
    b.box('case', [0.06, keyY - 0.08, 0.06], { at: [sx * (w / 2 - 0.08), (keyY - 0.08) / 2, d / 2 - 0.05] });
    b.box('case', [0.08, 0.05, d - bodyD + 0.05], { at: [sx * (w / 2 - 0.08), 0.025, back + bodyD + (d - bodyD) / 2] });
  }
  keyboard(b, w - 2 * cheekW, keyY, d / 2 - 0.02);
  b.box('case', [w - 2 * cheekW, 0.05, 0.03], { at: [0, keyY + 0.06, back + bodyD + 0.015] });
  b.box('case', [w * 0.5, 0.25, 0.02], { at: [0, keyY + 0.28, back + bodyD + 0.03], rot: [-12, 0, 0] });
  pedals(b, 0.06, back + bodyD + 0.05);
}

/** Three pedals standing out of the case front at `z`. */
function pedals(b: PropBuilder, y: number, z: number): void {
  for (const dx of [-0.07, 0, 0.07]) b.box('pedals', [0.03, 0.012, 0.1], { at: [dx, y, z] });
}

/** The plan of a grand's case in the builder's outline plane: the straight spine on the -X side, the bent side on +X. */
function grandOutline(w: number, len: number): [number, number][] {
  const bent: [number, number][] = [[0, 1], [0.2, 1], [0.42, 0.8], [0.62, 0.62], [0.78, 0.55], [0.9, 0.45], [0.97, 0.3], [1, 0.14], [0.99, 0.03]];
  // Outline y is minus the world's z once the slab is laid down, so the keyboard end (+Z) is at y = -len / 2.
  return [[-w / 2, -len / 2], ...bent.map(([t, f]): [number, number] => [-w / 2 + f * w, -len / 2 + t * len]), [-w / 2, len / 2]];
}

function grandPiano(b: PropBuilder, w: number, len: number): void {
  const keyD = 0.17;
  const caseLen = len - keyD;
  const cz = -keyD / 2;
  const rimTop = 1.0;
  const rimH = 0.3;
  const outline = grandOutline(w, caseLen);
  slab(b, 'case', outline, [], rimH, rimTop, cz);
  // The lid, hinged along the spine and propped open 35 degrees towards +X.
  const lid = outline.map(([x, y]): [number, number] => [x + w / 2, y]);
  b.extrude('case', lid, 0.02, { at: [-w / 2, rimTop + 0.01, cz], rot: [-90, -35, 0] });
  rod(b, 'case', [w * 0.2, rimTop, cz + 0.1], [w * 0.2, rimTop + w * 0.7 * Math.tan((35 * Math.PI) / 180) - 0.02, cz + 0.1], 0.008);
  const keyY = 0.7;
  const front = len / 2;
  b.box('case', [w, 0.09, keyD], { at: [0, keyY - 0.045, front - keyD / 2] });
  keyboard(b, w - 0.1, keyY, front - 0.01);
  b.box('case', [w * 0.5, 0.25, 0.02], { at: [0, rimTop + 0.12, front - keyD - 0.05], rot: [-15, 0, 0] });
  const legTop = rimTop - rimH;
  for (const [x, zz] of [[-w / 2 + 0.1, front - 0.1], [w / 2 - 0.1, front - 0.1], [-w * 0.1, -len / 2 + 0.35]] as const) {
    b.cylinder('case', 0.05, 0.035, legTop, { at: [x, legTop / 2, zz] }, 12);
  }
  b.box('case', [0.2, legTop - 0.05, 0.05], { at: [0, legTop / 2 + 0.025, front - keyD - 0.2] });
  pedals(b, 0.06, front - keyD - 0.15);
}

// --------------------------------------------------------------------------------------------- television

/** A 16:9 screen of `inches` diagonal: [width, height], metres. */
const screenSize = (inches: number): [number, number] => [inches * 0.0254 * 0.8716, inches * 0.0254 * 0.4903];

export const television = defineProp({
  type: 'television',
  summary: 'Flat-screen television: thin bezel and screen on a pedestal foot (stand), on a low media unit (cabinet), or hung on the wall at `mountHeight` (back at -Z).',
  slots: ['case', 'screen', 'cabinet', 'handles'],
  defaultMaterials: { case: 'plastic_textured_black', screen: 'screen_monitor', cabinet: 'walnut', handles: 'brass_antique' },
  schema: strictObject({
    type: z.literal('television'),
    size: dim(55, 14, 100).describe('screen diagonal, inches'),
    mount: choice(['stand', 'cabinet', 'wall'], 'cabinet').describe('stand: pedestal foot to set on furniture; cabinet: on its own low TV unit; wall: hung'),
    mountHeight: dim(1.0, 0.3, 2.5).describe('wall: floor to the bottom of the set, metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 6 + drawerTris(2), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const [w, h] = screenSize(p.size);
    const depth = 0.05;
    let y0 = p.mountHeight;
    if (p.mount !== 'wall') {
      const base = p.mount === 'cabinet' ? mediaUnit(b, w) : 0;
      const neck = Math.max(0.06, h * 0.12);
      b.box('case', [w * 0.35, 0.015, 0.22], { at: [0, base + 0.0075, 0] });
      b.box('case', [0.06, neck, 0.03], { at: [0, base + neck / 2, -0.02] });
      y0 = base + neck;
    } else b.box('case', [w * 0.3, h * 0.4, 0.02], { at: [0, y0 + h / 2, -depth / 2 - 0.01] });
    const z = p.mount === 'wall' ? 0 : -0.02;
    b.box('case', [w + 0.02, h + 0.02, depth], { at: [0, y0 + h / 2 + 0.01, z] });
    b.box('screen', [w, h, 0.004], { at: [0, y0 + h / 2 + 0.01, z + depth / 2 + 0.002] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['tv', 'telly', 'flat screen', 'tv set'],
    placement: ['wall', 'surface'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

/** A low TV unit with two drawers under a screen `w` wide; returns its top. */
function mediaUnit(b: PropBuilder, w: number): number {
  const uw = Math.max(1.2, w + 0.3);
  const h = 0.45;
  const d = 0.42;
  b.box('cabinet', [uw, h - 0.08, d], { at: [0, 0.08 + (h - 0.08) / 2, 0] });
  for (const sx of [-1, 1]) b.box('cabinet', [0.04, 0.08, d - 0.04], { at: [sx * (uw / 2 - 0.05), 0.04, 0] });
  for (const sx of [-1, 1]) {
    b.box('cabinet', [uw / 2 - 0.02, h - 0.14, 0.02], { at: [(sx * uw) / 4, 0.08 + (h - 0.08) / 2, d / 2 + 0.01] });
    barX(b, 'handles', 0.008, 0.15, [(sx * uw) / 4, h - 0.08, d / 2 + 0.03]);
  }
  return h;
}

// ---------------------------------------------------------------------------------------------- wall things

export const mirror = defineProp({
  type: 'mirror',
  summary: 'Wall mirror (back at -Z): glass in a moulded frame, rectangular or oval, its bottom edge at `mountHeight`.',
  slots: ['frame', 'glass'],
  defaultMaterials: { frame: 'gold_paint', glass: 'glass_mirror' },
  schema: strictObject({
    type: z.literal('mirror'),
    width: dim(0.6, 0.15, 3).describe('along X, frame included, metres'),
    height: dim(0.9, 0.15, 2.5).describe('frame included, metres'),
    mountHeight: dim(1.0, 0, 2.5).describe('floor to the bottom of the frame, metres (0.3 for a full-length mirror)'),
    frame: dim(0.06, 0.01, 0.2).describe('frame width, metres'),
    shape: choice(['rect', 'oval'], 'rect'),
  }),
  estimate: () => ({ triangles: TRI.extrude(64) + TRI.extrude(32), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const fw = Math.min(p.frame, p.width / 4, p.height / 4);
    const [w, h] = [p.width - 2 * fw, p.height - 2 * fw];
    const outer = p.shape === 'oval' ? ellipse(p.width / 2, p.height / 2, 32) : rect(p.width, p.height);
    const inner = p.shape === 'oval' ? ellipse(w / 2, h / 2, 32) : rect(w, h);
    const at: V3 = [0, p.mountHeight + p.height / 2, 0];
    b.extrude('frame', outer, 0.035, { at }, [inner]);
    b.extrude('glass', inner, 0.006, { at: [0, at[1], -0.005] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['looking glass', 'wall mirror'],
    placement: ['wall'],
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

export const curtain = defineProp({
  type: 'curtain',
  summary: 'A pair of floor-length drapes in soft folds on a rod with finials and wall brackets (back at -Z), drawn open to the sides by `open`.',
  slots: ['fabric', 'rod'],
  defaultMaterials: { fabric: 'velvet_red', rod: 'brass_antique' },
  schema: strictObject({
    type: z.literal('curtain'),
    width: dim(1.6, 0.6, 6).describe('rod length along X, metres'),
    height: dim(2.3, 1, 5).describe('floor to the rod, metres'),
    open: z.number().min(0).max(1).default(0.6).describe('0 drawn shut, 1 gathered at the sides'),
    folds: count(6, 2, 12).describe('folds per drape'),
  }),
  estimate: (p) => ({ triangles: 2 * TRI.extrude(2 * (p.folds * 6 + 1)) + TRI.cyl(12) + 2 * TRI.sphere(8, 6) + 2 * TRI.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const half = p.width / 2 - 0.05;
    const dw = half * (1 - 0.75 * p.open);
    const amp = 0.025 + 0.04 * p.open;
    const len = p.height - 0.05;
    for (const sx of [-1, 1]) {
      const outline = drape(dw, amp, p.folds).map(([x, y]): [number, number] => [sx * (half - dw / 2) + x, y]);
      b.extrude('fabric', outline, len, { at: [0, 0.015 + len / 2, 0], rot: [-90, 0, 0] });
    }
    barX(b, 'rod', 0.015, p.width, [0, p.height, 0], 12);
    for (const sx of [-1, 1]) {
      b.sphere('rod', 0.035, { at: [sx * (p.width / 2 + 0.03), p.height, 0] }, 8, 6);
      b.box('rod', [0.02, 0.02, 0.12], { at: [sx * (half - 0.02), p.height, -0.06] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['drapes', 'curtains', 'drapery'],
    placement: ['wall'],
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

/** A drape's cross-section `w` wide: a thin band following a wave of `folds` folds, centred on x = 0. */
function drape(w: number, amp: number, folds: number): [number, number][] {
  const n = folds * 6;
  const t = 0.012;
  // Sampled a quarter step off the wave's zero crossings, where three samples would lie in a line and the
  // cap's triangulation could leave a zero-area triangle with no normal.
  const wave = Array.from({ length: n + 1 }, (_, i): [number, number] => [-w / 2 + (w * i) / n, amp * Math.sin(((i + 0.25) / n) * folds * Math.PI * 2)]);
  return [...wave, ...wave.map(([x, y]): [number, number] => [x, y - t]).reverse()];
}

export const whiteboard = defineProp({
  type: 'whiteboard',
  summary: 'Whiteboard in an aluminium frame with a pen tray, hung on the wall (back at -Z) or on a mobile stand with castors; bottom edge at `mountHeight`.',
  slots: ['board', 'frame'],
  defaultMaterials: { board: 'whiteboard_paint', frame: 'aluminium_brushed' },
  schema: strictObject({
    type: z.literal('whiteboard'),
    width: dim(1.8, 0.4, 5).describe('along X, metres'),
    height: dim(1.2, 0.3, 2).describe('metres'),
    mountHeight: dim(0.9, 0.3, 2).describe('floor to the bottom of the board, metres'),
    stand: z.boolean().default(false).describe('on a mobile stand instead of the wall'),
  }),
  estimate: () => ({ triangles: TRI.box * 11 + 4 * TRI.sphere(8, 6), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const f = 0.02;
    const y = p.mountHeight + p.height / 2;
    b.box('board', [p.width, p.height, 0.015], { at: [0, y, 0] });
    for (const sy of [-1, 1]) b.box('frame', [p.width + 2 * f, f, 0.025], { at: [0, y + sy * (p.height / 2 + f / 2), 0] });
    for (const sx of [-1, 1]) b.box('frame', [f, p.height, 0.025], { at: [sx * (p.width / 2 + f / 2), y, 0] });
    b.box('frame', [p.width * 0.7, 0.015, 0.06], { at: [0, p.mountHeight - f, 0.035] });
    if (p.stand) boardStand(b, p.width, p.mountHeight + p.height + 0.1);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['white board', 'dry-erase board', 'marker board'],
    placement: ['wall'],
    themes: ['office'],
    facing: 'front',
  },
});

/** Two uprights `top` tall on T-feet with castors, either side of a board `w` wide. */
function boardStand(b: PropBuilder, w: number, top: number): void {
  for (const sx of [-1, 1]) {
    const x = sx * (w / 2 + 0.045);
    b.box('frame', [0.035, top - 0.06, 0.035], { at: [x, 0.06 + (top - 0.06) / 2, 0] });
    b.box('frame', [0.04, 0.04, 0.6], { at: [x, 0.07, 0] });
    for (const sz of [-1, 1]) b.sphere('frame', 0.025, { at: [x, 0.025, sz * 0.27] }, 8, 6);
  }
}

// --------------------------------------------------------------------------------------------- standing things

export const coatRack = defineProp({
  type: 'coat_rack',
  summary: 'Standing coat rack: a turned pole on splayed feet with a ring of upturned hooks and a finial, optionally with coats hanging.',
  slots: ['wood', 'hooks', 'coats'],
  defaultMaterials: { wood: 'oak', hooks: 'brass_antique', coats: 'wool' },
  schema: strictObject({
    type: z.literal('coat_rack'),
    height: dim(1.8, 1.2, 2.2).describe('metres'),
    hooks: count(6, 3, 10),
    coats: count(0, 0, 3).describe('coats hanging from the hooks'),
  }),
  estimate: (p) => ({ triangles: TRI.cyl(12) + TRI.sphere(10, 8) + 4 * TRI.cyl(8) + p.hooks * (TRI.cyl(6) + TRI.sphere(6, 4)) + p.coats * (TRI.cyl(12) + TRI.sphere(10, 6)), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    b.cylinder('wood', 0.022, 0.028, p.height - 0.04, { at: [0, (p.height - 0.04) / 2, 0] }, 12);
    b.sphere('wood', 0.04, { at: [0, p.height - 0.035, 0] }, 10, 8);
    for (let i = 0; i < 4; i++) {
      const a = (i / 4) * Math.PI * 2 + Math.PI / 4;
      rod(b, 'wood', [Math.sin(a) * 0.3, 0.02, Math.cos(a) * 0.3], [0, 0.22, 0], 0.02, 8, 0.025);
    }
    const hy = p.height - 0.15;
    for (let i = 0; i < p.hooks; i++) {
      const a = (i / p.hooks) * Math.PI * 2;
      const tip: V3 = [Math.sin(a) * 0.13, hy + 0.08, Math.cos(a) * 0.13];
      rod(b, 'hooks', [0, hy - 0.02, 0], tip, 0.008, 6);
      b.sphere('hooks', 0.015, { at: tip }, 6, 4);
    }
    for (let i = 0; i < p.coats; i++) {
      const a = (i / p.coats) * Math.PI * 2 + Math.PI / 8;
      const [x, z] = [Math.sin(a) * 0.2, Math.cos(a) * 0.2];
      const coatL = Math.min(1.0, hy - 0.3);
      b.cylinder('coats', 0.12, 0.2, coatL, { at: [x, hy - 0.05 - coatL / 2, z], rot: [0, (a * 180) / Math.PI + 90, 0], scale: [1, 1, 0.45] }, 12);
      b.sphere('coats', 0.12, { at: [x, hy - 0.05, z], rot: [0, (a * 180) / Math.PI + 90, 0], scale: [1.2, 0.4, 0.5] }, 10, 6);
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['coat stand', 'hat stand', 'hall stand', 'hat rack'],
    placement: ['corner', 'wall', 'floor'],
    themes: ['house', 'office'],
    facing: 'none',
  },
});

export const grandfatherClock = defineProp({
  type: 'grandfather_clock',
  summary: 'Longcase clock: plinth base, narrow trunk with a glazed door over the pendulum, hood with a round dial and hands under an arched top with finials; front +Z.',
  slots: ['case', 'dial', 'brass', 'glass', 'hands'],
  defaultMaterials: { case: 'mahogany', dial: 'enamel_paint_gloss_white', brass: 'brass_polished', glass: 'glass_clear', hands: 'iron_blackened' },
  schema: strictObject({
    type: z.literal('grandfather_clock'),
    width: dim(0.5, 0.3, 0.8).describe('hood and base along X, metres'),
    height: dim(2.0, 1.4, 2.6).describe('floor to the top of the arch, metres'),
    depth: dim(0.3, 0.2, 0.5).describe('along Z, metres'),
  }),
  estimate: () => ({ triangles: TRI.box * 8 + TRI.cyl(24) * 2 + TRI.torus(6, 32) + 3 * TRI.sphere(8, 6) + TRI.cyl(16), parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const baseH = p.height * 0.25;
    const hoodH = p.height * 0.22;
    const archR = p.width * 0.32;
    const hoodTop = p.height - archR;
    const hoodY = hoodTop - hoodH;
    const tw = p.width * 0.78;
    const td = p.depth * 0.85;
    b.box('case', [p.width, baseH, p.depth], { at: [0, baseH / 2, 0] });
    b.box('case', [tw, hoodY - baseH, td], { at: [0, baseH + (hoodY - baseH) / 2, -(p.depth - td) / 2] });
    b.box('case', [p.width, hoodH, p.depth], { at: [0, hoodY + hoodH / 2, 0] });
    b.box('case', [p.width + 0.04, 0.04, p.depth + 0.02], { at: [0, hoodTop - 0.02, 0.01] });
    barZ(b, 'case', archR, p.depth * 0.8, [0, hoodTop, -p.depth * 0.1], 24);
    for (const x of [-p.width / 2, 0, p.width / 2]) b.sphere('brass', 0.025, { at: [x * 0.85, x === 0 ? p.height + 0.02 : hoodTop + 0.025, 0] }, 8, 6);
    const front = p.depth / 2;
    const dialR = Math.min(hoodH * 0.4, p.width * 0.36);
    const dialY = hoodY + hoodH / 2;
    barZ(b, 'dial', dialR, 0.01, [0, dialY, front + 0.005], 24);
    b.torus('brass', dialR, 0.012, { at: [0, dialY, front + 0.01] }, 360, 6, 32);
    b.box('hands', [0.012, dialR * 0.55, 0.004], { at: [dialR * 0.12, dialY + dialR * 0.22, front + 0.013], rot: [0, 0, -25] });
    b.box('hands', [0.01, dialR * 0.8, 0.004], { at: [-dialR * 0.3, dialY + dialR * 0.2, front + 0.016], rot: [0, 0, 55] });
    const tFront = front - (p.depth - td);
    const doorH = (hoodY - baseH) * 0.8;
    const doorY = baseH + (hoodY - baseH) / 2;
    b.box('brass', [0.01, doorH * 0.75, 0.006], { at: [0, doorY + doorH * 0.1, tFront + 0.004] });
    barZ(b, 'brass', tw * 0.2, 0.01, [0, doorY - doorH * 0.25, tFront + 0.008], 16);
    b.box('glass', [tw * 0.6, doorH, 0.006], { at: [0, doorY, tFront + 0.016] });
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['longcase clock', 'tall clock', 'floor clock'],
    placement: ['wall', 'corner'],
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

export const INTERIOR_PROPS: readonly PropDef[] = [
  ...([fireplace, nightstand, consoleTable, dresser, filingCabinet, armchair, bunkBed, piano, television, mirror, curtain, whiteboard, coatRack, grandfatherClock] as unknown as PropDef[]),
  ...KITCHEN_PROPS,
];
