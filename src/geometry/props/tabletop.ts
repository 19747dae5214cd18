/**
 * Tabletop props: tableware (mug, glass, teapot, kettle, bowl, jar), desk things (book, paper, clock, picture
 * frame, chessboard), cushion, ring and skull, at their real sizes (a ring is 2 cm across). Hand-held things
 * live in handheld.ts and are listed here too, so the registry sees one batch.
 */
import { BoxGeometry } from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { FramedBuilder, HANDHELD_PROPS, T, dim, frame, rod } from './handheld.js';

/**
 * A lathe profile for a vessel with walls: the outer surface bottom to rim, then the inside back down to the
 * floor, following the outer points from `innerFrom` on (a stemmed glass's inside follows only its bowl).
 */
function vessel(outer: [number, number][], wall: number, floor: number, innerFrom = 1): [number, number][] {
  const inner = outer.slice(innerFrom).reverse().map(([r, y]): [number, number] => [Math.max(0, r - wall), Math.max(floor, y)]);
  const top = outer[outer.length - 1]!;
  return [...outer, [top[0] - wall, top[1]], ...inner.slice(1), [0, floor]];
}

/** A liquid's surface inside a lathe vessel at `level`: a thin disc matching the inner radius there. */
function surface(b: PropBuilder, slot: string, radius: number, y: number): void {
  b.cylinder(slot, radius, radius, 0.002, { at: [0, y - 0.001, 0] }, 20);
}

// ---------------------------------------------------------------------------------------------------------

export const mug = defineProp({
  type: 'mug',
  summary: 'Mug: straight-sided ceramic cup with a loop handle (+X), optionally full of coffee.',
  slots: ['body', 'drink'],
  defaultMaterials: { body: 'ceramic_glazed_white', drink: 'coffee_black' },
  schema: strictObject({
    type: z.literal('mug'),
    height: dim(0.095, 0.3).describe('metres'),
    diameter: dim(0.082, 0.2).describe('metres'),
    full: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: T.lathe(9, 24) + T.torus(6, 12) + T.cyl(20), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const r = p.diameter / 2;
    const h = p.height;
    b.lathe('body', vessel([[0, 0], [r * 0.92, 0], [r, h * 0.06], [r, h]], 0.005, 0.008), {}, 24);
    b.torus('body', h * 0.3, 0.006, { at: [r + h * 0.05, h * 0.55, 0], rot: [0, 0, -90], scale: [1, 0.75, 1] }, 180, 6, 12);
    if (p.full) surface(b, 'drink', r - 0.005, h * 0.85);
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['coffee mug', 'tea mug', 'enamel mug'],
    placement: ['surface'],
    themes: ['house', 'office'],
  },
});

/** Glass bowls as [radius, height] outlines over the stem, unit size; the stem's share of the height. */
const GLASSES = {
  wine: { stem: 0.45, bowl: [[0.3, 0], [0.85, 0.2], [1, 0.5], [0.85, 1]] },
  flute: { stem: 0.38, bowl: [[0.25, 0], [0.6, 0.2], [0.7, 0.6], [0.65, 1]] },
  martini: { stem: 0.5, bowl: [[0.05, 0], [1.3, 1]] },
  tumbler: { stem: 0, bowl: [[0.85, 0], [1, 1]] },
} as const satisfies Record<string, { stem: number; bowl: readonly (readonly [number, number])[] }>;

export const wine_glass = defineProp({
  type: 'wine_glass',
  summary: 'Drinking glass: stemmed wine glass, champagne flute, martini glass or a plain tumbler, filled to `fill` with `drink`.',
  slots: ['glass', 'wine', 'champagne', 'whisky', 'water'],
  defaultMaterials: { glass: 'glass_clear', wine: 'wine_red', champagne: 'wine_white', whisky: 'whisky', water: 'water' },
  schema: strictObject({
    type: z.literal('wine_glass'),
    kind: z.enum(['wine', 'flute', 'martini', 'tumbler']).default('wine'),
    height: dim(0.2, 0.4).describe('metres'),
    diameter: dim(0.085, 0.2).describe('widest part of the bowl, metres'),
    fill: z.number().min(0).max(1).default(0.4).describe('share of the bowl filled'),
    drink: z.enum(['wine', 'champagne', 'whisky', 'water']).default('wine').describe('the material slot the drink is drawn in'),
  }),
  estimate: () => ({ triangles: T.lathe(15, 20) + T.cyl(20), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = GLASSES[p.kind];
    const stemH = p.height * g.stem;
    const bowlH = p.height - stemH;
    const R = p.diameter / 2;
    const outer: [number, number][] = g.stem > 0
      ? [[0, 0], [R * 0.8, 0], [R * 0.8, 0.003], [0.004, 0.006], [0.004, stemH]]
      : [[0, 0]];
    for (const [r, y] of g.bowl) outer.push([(r * R) / (p.kind === 'martini' ? 1.3 : 1), stemH + y * bowlH]);
    b.lathe('glass', vessel(outer, 0.0015, stemH + 0.004, outer.length - g.bowl.length), {}, 20);
    if (p.fill > 0) {
      const y = stemH + 0.004 + p.fill * (bowlH - 0.004);
      surface(b, p.drink, bowlRadius(g.bowl, (y - stemH) / bowlH) * R / (p.kind === 'martini' ? 1.3 : 1) - 0.002, y);
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['glass', 'wineglass', 'champagne flute', 'tumbler'],
    placement: ['surface'],
    themes: ['house', 'castle'],
  },
});

/** The radius of a unit bowl outline at height share `t`, interpolated. */
function bowlRadius(bowl: readonly (readonly [number, number])[], t: number): number {
  for (let i = 1; i < bowl.length; i++) {
    const [r0, y0] = bowl[i - 1]!;
    const [r1, y1] = bowl[i]!;
    if (t <= y1) return r0 + ((r1 - r0) * (t - y0)) / Math.max(1e-6, y1 - y0);
  }
  return bowl[bowl.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------------------

/** Each book of a stack a little different, without randomness: size share, turn (degrees), thickness share. */
const STACK_VARIETY: [number, number, number][] = [[1, 0, 1], [0.92, 7, 0.8], [1.06, -5, 1.3], [0.88, 3, 0.7], [0.97, -8, 1.1], [1.02, 4, 0.9]];

export const book = defineProp({
  type: 'book',
  summary: 'Hardback book lying flat, spine to -X; closed or open, or a stack of `count` books (the top one open if `open`).',
  slots: ['cover', 'pages'],
  defaultMaterials: { cover: 'leather_oxblood_polished', pages: 'book_page_yellowed' },
  schema: strictObject({
    type: z.literal('book'),
    width: dim(0.16, 0.5).describe('spine to fore-edge, metres'),
    length: dim(0.24, 0.6).describe('head to tail, metres'),
    thickness: dim(0.03, 0.15).describe('metres'),
    open: z.boolean().default(false),
    count: z.number().int().min(1).max(20).default(1).describe('books in the stack'),
  }),
  estimate: (p) => ({ triangles: p.count * 5 * T.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    let y = 0;
    for (let i = 0; i < p.count; i++) {
      const [f, yaw, tf] = STACK_VARIETY[i % STACK_VARIETY.length]!;
      const size = { w: p.width * f, l: p.length * f, t: p.thickness * tf, yaw };
      if (p.open && i === p.count - 1) openBook(b, size, y);
      else closedBook(b, size, y);
      y += p.open && i === p.count - 1 ? 0 : size.t;
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['tome', 'hardback', 'novel', 'ledger', 'journal'],
    placement: ['surface'],
    themes: ['house', 'office', 'castle', 'dungeon'],
  },
});

interface BookSize { w: number; l: number; t: number; yaw: number }

/** A point turned `yaw` degrees about Y. */
function yawed([x, y, z]: V3, yaw: number): V3 {
  const a = yaw * DEG_TO_RAD;
  return [x * Math.cos(a) + z * Math.sin(a), y, -x * Math.sin(a) + z * Math.cos(a)];
}

function closedBook(b: PropBuilder, { w, l, t, yaw }: BookSize, y0: number): void {
  const board = Math.min(0.003, t * 0.15);
  for (const y of [board / 2, t - board / 2]) b.box('cover', [w, board, l], { at: yawed([0, y0 + y, 0], yaw), rot: [0, yaw, 0] });
  b.box('cover', [board, t, l], { at: yawed([-w / 2 + board / 2, y0 + t / 2, 0], yaw), rot: [0, yaw, 0] });
  b.box('pages', [w - board - 0.004, t - 2 * board, l - 0.008], { at: yawed([board / 2 - 0.002, y0 + t / 2, 0], yaw), rot: [0, yaw, 0] });
}

/** Open flat: both boards side by side, each half of the pages bowing up towards the gutter. */
function openBook(b: PropBuilder, { w, l, t, yaw }: BookSize, y0: number): void {
  const board = Math.min(0.003, t * 0.15);
  b.box('cover', [2 * w + board, board, l], { at: yawed([0, y0 + board / 2, 0], yaw), rot: [0, yaw, 0] });
  const half = t / 2 - board;
  for (const s of [-1, 1]) {
    b.box('pages', [w - 0.006, half, l - 0.008], { at: yawed([s * (w / 2), y0 + board + half / 2 + 0.003, 0], yaw), rot: [0, yaw, s * 3] });
  }
}

// ---------------------------------------------------------------------------------------------------------

export const ring = defineProp({
  type: 'ring',
  summary: 'Finger ring standing on its edge, about 2 cm across: a band with an optional claw-set gem on top.',
  slots: ['band', 'gem'],
  defaultMaterials: { band: 'gold_polished', gem: 'diamond' },
  schema: strictObject({
    type: z.literal('ring'),
    diameter: dim(0.021, 0.05).describe('outside diameter, metres (about 2 cm)'),
    band: dim(0.002, 0.008).describe('band thickness, metres'),
    gem: z.boolean().default(true),
    gemSize: dim(0.006, 0.02).describe('stone diameter, metres'),
  }),
  estimate: () => ({ triangles: T.torus(8, 32) + T.cyl(8) + T.lathe(5, 8), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const tube = p.band / 2;
    const R = p.diameter / 2 - tube;
    const cy = p.diameter / 2;
    // The band: wider along the finger (Z) than it is thick.
    b.torus('band', R, tube, { at: [0, cy, 0], scale: [1, 1, 1.4] }, 360, 8, 32);
    if (p.gem) {
      const g = p.gemSize;
      const top = p.diameter;
      b.cylinder('band', g * 0.25, g * 0.4, g * 0.35, { at: [0, top + g * 0.1, 0] }, 8);
      b.lathe('gem', [[0, top + g * 0.05], [g * 0.5, top + g * 0.45], [g * 0.5, top + g * 0.5], [g * 0.3, top + g * 0.7], [0, top + g * 0.7]], {}, 8);
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['finger ring', 'wedding ring', 'engagement ring', 'signet ring'],
    placement: ['surface'],
    themes: [],
  },
});

// ---------------------------------------------------------------------------------------------------------

type Piece = 'pawn' | 'rook' | 'knight' | 'bishop' | 'queen' | 'king';

/** Turned chessmen as [radius, height] profiles in units of the square's side (a pawn is one square tall). */
const CHESSMEN: Record<Piece, [number, number][]> = {
  pawn: [[0, 0], [0.34, 0], [0.34, 0.08], [0.24, 0.15], [0.13, 0.5], [0.22, 0.58], [0.1, 0.64], [0.2, 0.8], [0.08, 0.98], [0, 1]],
  rook: [[0, 0], [0.38, 0], [0.38, 0.1], [0.27, 0.2], [0.23, 0.9], [0.32, 0.95], [0.32, 1.25], [0.2, 1.25], [0.2, 1.15], [0, 1.15]],
  knight: [[0, 0], [0.38, 0], [0.38, 0.1], [0.27, 0.2], [0.22, 0.55], [0.28, 0.62], [0, 0.62]],
  bishop: [[0, 0], [0.36, 0], [0.36, 0.1], [0.25, 0.2], [0.13, 0.9], [0.26, 1], [0.12, 1.05], [0.2, 1.3], [0.05, 1.52], [0, 1.58]],
  queen: [[0, 0], [0.4, 0], [0.4, 0.1], [0.28, 0.2], [0.14, 1.1], [0.3, 1.2], [0.14, 1.3], [0.28, 1.62], [0.1, 1.72], [0, 1.78]],
  king: [[0, 0], [0.4, 0], [0.4, 0.1], [0.28, 0.2], [0.15, 1.15], [0.3, 1.25], [0.15, 1.35], [0.26, 1.68], [0.08, 1.74], [0, 1.74]],
};
const BACK_RANK: Piece[] = ['rook', 'knight', 'bishop', 'queen', 'king', 'bishop', 'knight', 'rook'];

export const chessboard = defineProp({
  type: 'chessboard',
  summary: 'Chessboard with its border, white at +Z: the 32 turned chessmen in their starting places, draughts, or empty.',
  slots: ['board', 'light', 'dark', 'white', 'black'],
  defaultMaterials: { board: 'mahogany', light: 'maple_wood', dark: 'walnut', white: 'ivory_tusk', black: 'ebony_wood' },
  schema: strictObject({
    type: z.literal('chessboard'),
    size: dim(0.45, 1.2).describe('board side with its border, metres'),
    thickness: dim(0.02, 0.1).describe('metres'),
    pieces: z.enum(['chess', 'draughts', 'none']).default('chess'),
  }),
  estimate: () => ({ triangles: 2 * T.box + 32 * T.box + 32 * (T.lathe(10, 10) + 2 * T.box), parts: 5 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const sq = (p.size * 0.9) / 8;
    const top = p.thickness;
    b.box('board', [p.size, p.thickness - 0.001, p.size], { at: [0, (p.thickness - 0.001) / 2, 0] });
    b.box('light', [sq * 8, 0.001, sq * 8], { at: [0, top - 0.0005, 0] });
    // a1, at white's left (+X, +Z), is dark.
    const at = (file: number, rank: number, y: number): V3 => [(3.5 - file) * sq, y, (3.5 - rank) * sq];
    for (let f = 0; f < 8; f++) for (let r = 0; r < 8; r++) {
      if ((f + r) % 2 === 0) b.box('dark', [sq, 0.0012, sq], { at: at(f, r, top - 0.0004) });
    }
    const y = top + 0.0002;
    if (p.pieces === 'chess') {
      for (const [side, home, pawns] of [['white', 0, 1], ['black', 7, 6]] as const) {
        BACK_RANK.forEach((piece, f) => chessman(b, side, piece, at(f, home, y), sq));
        for (let f = 0; f < 8; f++) chessman(b, side, 'pawn', at(f, pawns, y), sq);
      }
    } else if (p.pieces === 'draughts') {
      for (let f = 0; f < 8; f++) for (let r = 0; r < 8; r++) {
        if ((f + r) % 2 !== 0 || (r > 2 && r < 5)) continue;
        b.cylinder(r < 3 ? 'white' : 'black', sq * 0.4, sq * 0.4, sq * 0.14, { at: at(f, r, y + sq * 0.07) }, 12);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['chess board', 'chess set', 'checkerboard', 'draughts board'],
    placement: ['surface'],
    themes: ['house', 'castle'],
    facing: 'front',
  },
});

function chessman(b: PropBuilder, side: 'white' | 'black', piece: Piece, [x, y, z]: V3, sq: number): void {
  b.lathe(side, CHESSMEN[piece].map(([r, h]) => [r * sq, h * sq]), { at: [x, y, z] }, 10);
  // Knights look across the board at the other side; kings carry a cross.
  const toward = side === 'white' ? -1 : 1;
  if (piece === 'knight') {
    b.box(side, [sq * 0.26, sq * 0.7, sq * 0.42], { at: [x, y + sq * 0.9, z - toward * sq * 0.02], rot: [toward * 15, 0, 0] });
    b.box(side, [sq * 0.24, sq * 0.24, sq * 0.42], { at: [x, y + sq * 1.1, z + toward * sq * 0.2], rot: [toward * -20, 0, 0] });
  } else if (piece === 'king') {
    b.box(side, [sq * 0.08, sq * 0.32, sq * 0.08], { at: [x, y + sq * 1.86, z] });
    b.box(side, [sq * 0.24, sq * 0.08, sq * 0.08], { at: [x, y + sq * 1.9, z] });
  }
}

// ---------------------------------------------------------------------------------------------------------

export const cushion = defineProp({
  type: 'cushion',
  summary: 'Cushion: a plumped square pillow pinched at its seams, a round one, or a bolster lying along X.',
  slots: ['fabric'],
  defaultMaterials: { fabric: 'velvet_navy' },
  schema: strictObject({
    type: z.literal('cushion'),
    shape: z.enum(['square', 'round', 'bolster']).default('square'),
    width: dim(0.45, 1.5).describe('metres (a bolster: its length)'),
    depth: dim(0.45, 1.5).describe('metres (round: ignored)'),
    thickness: dim(0.15, 0.5).describe('plumped height in the middle, metres'),
  }),
  estimate: () => ({ triangles: 2 * 2 * 8 * 8 + 4 * 2 * 8 * 2, parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const t = p.thickness;
    if (p.shape === 'round') {
      const R = p.width / 2;
      const profile: [number, number][] = [[0, 0]];
      for (let i = 1; i < 8; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 8;
        profile.push([R * (0.82 + 0.18 * Math.cos(a)) * (i === 4 ? 1 : 0.98), (t / 2) * (1 + Math.sin(a))]);
      }
      b.lathe('fabric', [...profile, [0, t]], {}, 24);
    } else if (p.shape === 'bolster') {
      b.capsule('fabric', t / 2, Math.max(0.001, p.width - t), { at: [0, t / 2, 0], rot: [0, 0, 90] }, 16);
    } else {
      b.add('fabric', puffedBox(p.width, t, p.depth), { at: [0, t / 2, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['pillow', 'throw pillow', 'scatter cushion', 'bolster'],
    placement: ['surface', 'floor'],
    themes: ['house'],
  },
});

/** A box squeezed towards its edges like a stuffed pillow: full height in the middle, a quarter at the seams. */
function puffedBox(w: number, t: number, d: number): BoxGeometry {
  const g = new BoxGeometry(w, t, d, 8, 2, 8);
  const pos = g.getAttribute('position');
  for (let i = 0; i < pos.count; i++) {
    const u = pos.getX(i) / (w / 2);
    const v = pos.getZ(i) / (d / 2);
    const fill = Math.sqrt(Math.max(0, (1 - u * u) * (1 - v * v)));
    pos.setY(i, pos.getY(i) * (0.25 + 0.75 * fill));
  }
  g.computeVertexNormals();
  return g;
}

// ---------------------------------------------------------------------------------------------------------

export const teapot = defineProp({
  type: 'teapot',
  summary: 'Round-bellied teapot: spout towards +X, loop handle at -X, lid with a knob.',
  slots: ['body'],
  defaultMaterials: { body: 'ceramic_porcelain_fine' },
  schema: strictObject({
    type: z.literal('teapot'),
    height: dim(0.16, 0.5).describe('to the top of the knob, metres; the rest follows'),
  }),
  estimate: () => ({ triangles: T.lathe(9, 24) + T.cyl(12) + T.torus(6, 12) + T.sphere(10, 6) + T.cyl(16), parts: 1 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 0.16;
    const belly: [number, number][] = [[0, 0], [0.055, 0], [0.075, 0.015], [0.092, 0.05], [0.09, 0.085], [0.07, 0.12], [0.045, 0.132], [0.04, 0.138], [0, 0.138]];
    b.lathe('body', belly.map(([r, y]) => [r * s, y * s]), {}, 24);
    b.cylinder('body', 0.03 * s, 0.045 * s, 0.008 * s, { at: [0, 0.142 * s, 0] }, 16);
    b.sphere('body', 0.011 * s, { at: [0, 0.152 * s, 0] }, 10, 6);
    // The spout leaves the belly low and rises at 45° to above the lid line.
    b.cylinder('body', 0.007 * s, 0.016 * s, 0.075 * s, { at: [0.102 * s, 0.08 * s, 0], rot: [0, 0, -45] }, 12);
    b.torus('body', 0.038 * s, 0.007 * s, { at: [-0.086 * s, 0.075 * s, 0], rot: [0, 0, 90], scale: [0.75, 1, 1] }, 180, 6, 12);
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['tea pot', 'coffee pot'],
    placement: ['surface'],
    themes: ['house'],
  },
});

export const kettle = defineProp({
  type: 'kettle',
  summary: 'Kettle, spout towards +X: a stovetop kettle with an arched handle over the lid, or an electric jug on its base.',
  slots: ['body', 'handle'],
  defaultMaterials: { body: 'steel_stainless_polished', handle: 'plastic_textured_black' },
  schema: strictObject({
    type: z.literal('kettle'),
    style: z.enum(['stovetop', 'electric']).default('stovetop'),
    height: dim(0.25, 0.6).describe('to the top of the handle, metres'),
  }),
  estimate: () => ({ triangles: T.lathe(7, 24) + T.cyl(12) + T.torus(6, 12) + T.sphere(10, 6) + T.cyl(24) + 3 * T.box, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 0.25;
    if (p.style === 'stovetop') {
      const body: [number, number][] = [[0, 0], [0.1, 0], [0.106, 0.015], [0.095, 0.1], [0.06, 0.14], [0.035, 0.145], [0, 0.145]];
      b.lathe('body', body.map(([r, y]) => [r * s, y * s]), {}, 24);
      b.cylinder('body', 0.006 * s, 0.014 * s, 0.09 * s, { at: [0.12 * s, 0.095 * s, 0], rot: [0, 0, -55] }, 12);
      b.torus('handle', 0.07 * s, 0.009 * s, { at: [0, 0.165 * s, 0] }, 180, 6, 12);
      b.sphere('handle', 0.014 * s, { at: [0, 0.15 * s, 0] }, 10, 6);
    } else {
      b.cylinder('handle', 0.09 * s, 0.09 * s, 0.016 * s, { at: [0, 0.008 * s, 0] }, 24);
      b.lathe('body', [[0, 0.016], [0.075, 0.016], [0.075, 0.03], [0.068, 0.22], [0.05, 0.235], [0, 0.235]].map(([r, y]) => [r! * s, y! * s]), {}, 24);
      b.box('handle', [0.022 * s, 0.17 * s, 0.03 * s], { at: [-0.115 * s, 0.125 * s, 0] });
      for (const y of [0.045, 0.205]) b.box('handle', [0.05 * s, 0.022 * s, 0.03 * s], { at: [-0.09 * s, y * s, 0] });
      b.box('body', [0.04 * s, 0.03 * s, 0.04 * s], { at: [0.075 * s, 0.215 * s, 0], rot: [0, 0, 20] });
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['tea kettle', 'electric kettle', 'whistling kettle'],
    placement: ['surface'],
    themes: ['house'],
  },
});

export const bowl = defineProp({
  type: 'bowl',
  summary: 'Bowl on a foot ring, empty, with soup, or heaped with fruit.',
  slots: ['bowl', 'soup', 'fruit'],
  defaultMaterials: { bowl: 'ceramic_stoneware', soup: 'pumpkin', fruit: 'apple_red' },
  schema: strictObject({
    type: z.literal('bowl'),
    diameter: dim(0.16, 0.8).describe('rim diameter, metres'),
    height: dim(0.07, 0.4).describe('metres'),
    contents: z.enum(['none', 'soup', 'fruit']).default('none'),
  }),
  estimate: () => ({ triangles: T.lathe(10, 24) + T.cyl(20) + 5 * T.sphere(10, 8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const h = p.height;
    const wall = Math.min(0.006, R * 0.08);
    b.lathe('bowl', vessel([[0, 0], [R * 0.4, 0], [R * 0.42, h * 0.08], [R * 0.8, h * 0.4], [R, h]], wall, h * 0.12), {}, 24);
    if (p.contents === 'soup') surface(b, 'soup', R * 0.88 - wall, h * 0.7);
    if (p.contents === 'fruit') {
      const r = R * 0.34;
      for (let i = 0; i < 4; i++) {
        const a = (i * Math.PI) / 2 + 0.4;
        b.sphere('fruit', r, { at: [Math.cos(a) * R * 0.45, h * 0.2 + r, Math.sin(a) * R * 0.45] }, 10, 8);
      }
      b.sphere('fruit', r, { at: [0, h * 0.2 + r * 2.3, 0] }, 10, 8);
    }
    return b.parts();
  },
  prop: {
    category: 'tableware',
    synonyms: ['soup bowl', 'fruit bowl', 'mixing bowl'],
    placement: ['surface'],
    themes: ['house', 'castle'],
  },
});

export const jar = defineProp({
  type: 'jar',
  summary: 'Glass jar with shoulders and a screw lid, filled to `fill` (honey, jam, pickles).',
  slots: ['glass', 'lid', 'contents'],
  defaultMaterials: { glass: 'glass_clear', lid: 'tin', contents: 'honey' },
  schema: strictObject({
    type: z.literal('jar'),
    height: dim(0.14, 0.6).describe('metres, lid included'),
    diameter: dim(0.09, 0.4).describe('metres'),
    fill: z.number().min(0).max(1).default(0.6),
    lid: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: T.lathe(12, 24) + 2 * T.cyl(24), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const R = p.diameter / 2;
    const h = p.height * 0.88;
    const wall = 0.003;
    b.lathe('glass', vessel([[0, 0], [R * 0.94, 0], [R, h * 0.05], [R, h * 0.78], [R * 0.8, h * 0.92], [R * 0.76, h]], wall, 0.006), {}, 24);
    if (p.fill > 0) {
      const top = 0.006 + p.fill * (h * 0.78 - 0.006);
      b.cylinder('contents', R - wall - 0.001, R - wall - 0.001, top - 0.006, { at: [0, 0.006 + (top - 0.006) / 2, 0] }, 24);
    }
    if (p.lid) b.cylinder('lid', R * 0.8, R * 0.8, p.height - h, { at: [0, h + (p.height - h) / 2 - 0.002, 0] }, 24);
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['mason jar', 'jam jar', 'glass jar', 'honey jar'],
    placement: ['surface'],
    themes: ['house', 'dungeon'],
  },
});

// ---------------------------------------------------------------------------------------------------------

/** A clock face on the plane z = `z` about (0, cy): dial, twelve hour marks, hands at `hours` o'clock. */
function clockFace(b: PropBuilder, cy: number, z: number, r: number, hours: number): void {
  b.cylinder('face', r, r, 0.002, { at: [0, cy, z + 0.001], rot: [90, 0, 0] }, 24);
  for (let i = 0; i < 12; i++) {
    const a = (i * 30) * DEG_TO_RAD;
    b.box('hands', [r * 0.04, r * (i % 3 === 0 ? 0.16 : 0.09), 0.001], { at: [Math.sin(a) * r * 0.82, cy + Math.cos(a) * r * 0.82, z + 0.0025], rot: [0, 0, -i * 30] });
  }
  const hand = (deg: number, len: number, w: number, dz: number) => {
    const a = deg * DEG_TO_RAD;
    b.box('hands', [w, len, 0.0015], { at: [Math.sin(a) * len * 0.4, cy + Math.cos(a) * len * 0.4, z + dz], rot: [0, 0, -deg] });
  };
  hand((hours % 12) * 30, r * 0.55, r * 0.07, 0.003);
  hand((hours % 1) * 360, r * 0.85, r * 0.045, 0.0045);
}

export const clock = defineProp({
  type: 'clock',
  summary: 'Clock facing +Z: a round wall clock, or a mantel clock (arched case on a plinth) that stands on a surface.',
  slots: ['case', 'face', 'hands', 'trim'],
  defaultMaterials: { case: 'walnut', face: 'enamel_paint_gloss_white', hands: 'iron_blackened', trim: 'brass' },
  schema: strictObject({
    type: z.literal('clock'),
    mount: z.enum(['wall', 'mantel']).default('wall'),
    diameter: dim(0.3, 1.5).describe('wall clock: case diameter; mantel clock: case width; metres'),
    hours: z.number().min(0).max(24).default(10.17).describe('time shown, decimal hours (10.17 is ten past ten)'),
  }),
  estimate: () => ({ triangles: T.cyl(32) + T.torus(6, 32) + T.extrude(12) + T.box + T.cyl(24) + 14 * T.box + 4 * T.sphere(6, 4), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const D = p.diameter;
    if (p.mount === 'wall') {
      const depth = D * 0.15;
      b.cylinder('case', D / 2, D / 2, depth, { at: [0, D / 2, 0], rot: [90, 0, 0] }, 32);
      b.torus('trim', D * 0.46, D * 0.025, { at: [0, D / 2, depth / 2] }, 360, 6, 32);
      clockFace(b, D / 2, depth / 2, D * 0.44, p.hours);
    } else {
      const w = D;
      const h = w * 0.7;
      const depth = w * 0.38;
      const outline: [number, number][] = [[-w / 2, h * 0.12], [w / 2, h * 0.12], [w / 2, h * 0.55]];
      for (let i = 0; i <= 8; i++) outline.push([Math.cos((i * Math.PI) / 8) * w / 2, h * 0.55 + Math.sin((i * Math.PI) / 8) * h * 0.45]);
      b.extrude('case', outline, depth);
      b.box('case', [w * 1.08, h * 0.12, depth * 1.1], { at: [0, h * 0.06, 0] });
      for (const sx of [-1, 1]) for (const sz of [-1, 1]) b.sphere('trim', h * 0.03, { at: [sx * w * 0.46, h * 0.03, sz * depth * 0.45] }, 6, 4);
      const r = w * 0.22;
      b.torus('trim', r * 1.04, r * 0.08, { at: [0, h * 0.58, depth / 2] }, 360, 6, 32);
      clockFace(b, h * 0.58, depth / 2, r, p.hours);
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['wall clock', 'mantel clock', 'carriage clock', 'timepiece'],
    placement: ['wall', 'surface'],
    themes: ['house', 'office', 'castle'],
    facing: 'front',
  },
});

export const picture_frame = defineProp({
  type: 'picture_frame',
  summary: 'A framed picture facing +Z: a painting to hang on a wall, or a photo frame leaning back on its strut.',
  slots: ['frame', 'canvas'],
  defaultMaterials: { frame: 'gold_leaf', canvas: 'canvas' },
  schema: strictObject({
    type: z.literal('picture_frame'),
    width: dim(0.8, 4).describe('outside of the frame, metres'),
    height: dim(0.6, 4).describe('outside of the frame, metres'),
    moulding: dim(0.07, 0.3).describe('frame width, metres'),
    depth: dim(0.04, 0.2).describe('metres'),
    stand: z.boolean().default(false).describe('stands on a surface, leaning back on a strut'),
  }),
  estimate: () => ({ triangles: T.extrude(8, 1) + T.box + T.cyl(6), parts: 2 }),
  generate: (p, ctx) => {
    const lean = 12;
    const lift = p.stand ? (p.depth / 2) * Math.sin(lean * DEG_TO_RAD) : 0;
    const b = p.stand ? new FramedBuilder(ctx.seed, frame('x', -lean, [0, lift, 0])) : new PropBuilder(ctx.seed);
    const { width: w, height: h, moulding: m, depth: d } = p;
    const hole: [number, number][] = [[-w / 2 + m, m], [w / 2 - m, m], [w / 2 - m, h - m], [-w / 2 + m, h - m]];
    b.extrude('frame', [[-w / 2, 0], [w / 2, 0], [w / 2, h], [-w / 2, h]], d, {}, [hole]);
    b.box('canvas', [w - 2 * m + 0.004, h - 2 * m + 0.004, d * 0.3], { at: [0, h / 2, -d * 0.1] });
    if (p.stand) {
      // The strut runs from the back's upper part to the surface behind, which lies tilted in the frame's space.
      const zFoot = -d / 2 - h * 0.35;
      const a = -lean * DEG_TO_RAD;
      const yFoot = (zFoot * Math.sin(a) - lift) / Math.cos(a);
      rod(b, 'frame', [0, h * 0.65, -d / 2], [0, yFoot, zFoot], 0.003, 6);
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['painting', 'photo frame', 'portrait', 'framed picture'],
    placement: ['wall', 'surface'],
    themes: ['house', 'office', 'castle'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

export const skull = defineProp({
  type: 'skull',
  summary: 'Human skull facing +Z: cranium, face, cheekbones, dark eye sockets and nose hole, teeth and jaw.',
  slots: ['bone', 'hollows', 'teeth'],
  defaultMaterials: { bone: 'bone_weathered', hollows: 'musou_black_paint', teeth: 'teeth' },
  schema: strictObject({
    type: z.literal('skull'),
    scale: z.number().min(0.3).max(3).default(1).describe('1 is an adult skull, 0.2 m front to back'),
    jaw: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: 4 * T.sphere(16, 12) + 3 * T.sphere(10, 8) + T.cone(8) + T.box + T.torus(6, 12) + 2 * T.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = (v: number) => v * p.scale;
    const at = (x: number, y: number, z: number): V3 => [s(x), s(y), s(z)];
    const lift = p.jaw ? 0 : 0.012;
    b.sphere('bone', s(0.07), { at: at(0, 0.095 - lift, -0.02), scale: [1, 0.95, 1.25] }, 16, 12);
    b.sphere('bone', s(0.045), { at: at(0, 0.05 - lift, 0.05), scale: [1.1, 0.9, 0.8] }, 16, 12);
    for (const x of [-1, 1]) {
      b.sphere('bone', s(0.02), { at: at(x * 0.046, 0.058 - lift, 0.042), scale: [1, 0.8, 1.4] }, 16, 12);
      b.sphere('hollows', s(0.017), { at: at(x * 0.027, 0.075 - lift, 0.064), scale: [1, 0.9, 0.5] }, 10, 8);
    }
    b.cone('hollows', s(0.009), s(0.02), { at: at(0, 0.052 - lift, 0.082), rot: [-15, 0, 0] }, 8);
    b.box('teeth', [s(0.05), s(0.014), s(0.018)], { at: at(0, 0.028 - lift, 0.072) });
    if (p.jaw) {
      // The mandible: a U round the front, rising at the back towards the ear.
      b.torus('bone', s(0.038), s(0.009), { at: at(0, 0.012, 0.035), rot: [90, 0, 0], scale: [1.05, 1, 1.4] }, 180, 6, 12);
      for (const x of [-1, 1]) b.box('bone', [s(0.012), s(0.05), s(0.025)], { at: at(x * 0.04, 0.035, 0.028), rot: [-10, 0, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['human skull', 'cranium', "death's head"],
    placement: ['surface', 'floor'],
    themes: ['dungeon', 'castle', 'cave'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

type PaperKind = 'sheet' | 'letter' | 'map' | 'scroll' | 'newspaper' | 'document';

export const paper = defineProp({
  type: 'paper',
  summary: 'Paper lying flat: a sheet, a letter folded in thirds, a creased map, a half-unrolled scroll, a folded newspaper or a stack of documents.',
  slots: ['paper', 'parchment', 'newsprint'],
  defaultMaterials: { paper: 'paper', parchment: 'parchment', newsprint: 'newsprint' },
  schema: strictObject({
    type: z.literal('paper'),
    kind: z.enum(['sheet', 'letter', 'map', 'scroll', 'newspaper', 'document']).default('sheet'),
    width: dim(0.21, 2).describe('across X, metres (A4 is 0.21 × 0.297)'),
    length: dim(0.297, 2).describe('along Z, metres'),
    count: z.number().int().min(1).max(500).default(40).describe('sheets in a document stack'),
  }),
  estimate: () => ({ triangles: 6 * T.box + 2 * T.cyl(12), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    drawPaper[p.kind](b, p.width, p.length, p.count);
    return b.parts();
  },
  prop: {
    category: 'decor',
    synonyms: ['sheet of paper', 'letter', 'map', 'scroll', 'newspaper', 'document'],
    placement: ['surface', 'floor'],
    themes: [],
  },
});

const SHEET = 0.0004;

/** Panels side by side along Z, each tilted `tilt` degrees alternately, as a sheet unfolded from its creases. */
function folded(b: PropBuilder, slot: string, w: number, l: number, panels: number, tilt: number): void {
  const pl = l / panels;
  for (let i = 0; i < panels; i++) {
    const t = (i % 2 === 0 ? 1 : -1) * tilt;
    b.box(slot, [w, SHEET, pl], { at: [0, Math.abs(Math.sin(t * DEG_TO_RAD)) * pl / 2 + SHEET, -l / 2 + pl * (i + 0.5)], rot: [t, 0, 0] });
  }
}

const drawPaper: Record<PaperKind, (b: PropBuilder, w: number, l: number, count: number) => void> = {
  sheet: (b, w, l) => void b.box('paper', [w, SHEET, l], { at: [0, SHEET / 2, 0] }),
  letter: (b, w, l) => folded(b, 'paper', w, l, 3, 6),
  map: (b, w, l) => folded(b, 'parchment', w, l, 4, 4),
  newspaper: (b, w, l) => {
    b.box('newsprint', [w, 0.004, l], { at: [0, 0.002, 0] });
    b.box('newsprint', [w * 0.98, 0.002, l * 0.98], { at: [0.003, 0.005, 0.002], rot: [0, 2, 0] });
  },
  scroll: (b, w, l) => {
    const r = Math.min(0.02, l * 0.06);
    b.box('parchment', [w, SHEET, l - 2 * r], { at: [0, SHEET / 2, 0] });
    for (const s of [-1, 1]) b.cylinder('parchment', r, r, w, { at: [0, r, s * (l / 2 - r)], rot: [0, 0, 90] }, 12);
  },
  document: (b, w, l, count) => {
    const h = Math.max(SHEET, count * 0.0001);
    b.box('paper', [w, h, l], { at: [0, h / 2, 0] });
    // A few loose sheets on top, askew.
    [4, -3, 7].forEach((yaw, i) => b.box('paper', [w, SHEET, l], { at: [i * 0.004, h + SHEET * (i + 0.5), -i * 0.003], rot: [0, yaw, 0] }));
  },
};

export const TABLETOP_PROPS: readonly PropDef[] = [
  mug, wine_glass, book, ring, chessboard, cushion, teapot, kettle, bowl, jar, clock, picture_frame, skull, paper,
  ...HANDHELD_PROPS,
] as unknown as PropDef[];
