/**
 * Architecture props: pillar, arch, door, window, stairs, fence, altar and well. Wall pieces (door, window,
 * arch) lie in the XY plane with their thickness along Z and their front facing +Z; everything stands on y = 0
 * and is centred in X and Z.
 */
import { CircleGeometry } from 'three';
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { RAD_TO_DEG } from '../../core/angles.js';

const num = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);
const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);

const BOX = 12;
const cyl = (segments: number) => 4 * segments;

export const pillar = defineProp({
  type: 'pillar',
  summary: 'Classical column: square plinth, shaft (round with a slight taper, or square) and capital.',
  slots: ['stone'],
  defaultMaterials: { stone: 'marble_white' },
  schema: strictObject({
    type: z.literal('pillar'),
    height: num(4, 0.5, 20).describe('floor to top of the capital, metres'),
    width: num(0.5, 0.1, 3).describe('shaft diameter (or side), metres'),
    style: z.enum(['round', 'square']).default('round'),
  }),
  estimate: () => ({ triangles: 4 * BOX + 3 * cyl(24), parts: 1 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const w = p.width;
    const t = Math.min(0.2 * w, p.height * 0.08); // moulding unit
    const shaftBottom = 1.6 * t;
    const shaftTop = p.height - 1.6 * t;
    const shaftH = shaftTop - shaftBottom;
    // Base: plinth and a torus-like step.
    b.box('stone', [1.3 * w, t, 1.3 * w], { at: [0, t / 2, 0] });
    if (p.style === 'round') {
      b.cylinder('stone', 0.56 * w, 0.62 * w, 0.6 * t, { at: [0, t + 0.3 * t, 0] }, 24);
      b.cylinder('stone', 0.44 * w, 0.5 * w, shaftH, { at: [0, shaftBottom + shaftH / 2, 0] }, 24);
      b.cylinder('stone', 0.62 * w, 0.45 * w, 0.6 * t, { at: [0, shaftTop + 0.3 * t, 0] }, 24);
    } else {
      b.box('stone', [1.15 * w, 0.6 * t, 1.15 * w], { at: [0, t + 0.3 * t, 0] });
      b.box('stone', [w, shaftH, w], { at: [0, shaftBottom + shaftH / 2, 0] });
      b.box('stone', [1.15 * w, 0.6 * t, 1.15 * w], { at: [0, shaftTop + 0.3 * t, 0] });
    }
    // Abacus: the square slab on top.
    b.box('stone', [1.3 * w, t, 1.3 * w], { at: [0, p.height - t / 2, 0] });
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['column', 'pilaster', 'post', 'pier', 'colonnade', 'support'],
    placement: ['corner', 'floor', 'center'],
    themes: ['dungeon', 'castle', 'house'],
    facing: 'none',
  },
});

const ARC_SEGMENTS = 16;

export const arch = defineProp({
  type: 'arch',
  summary: 'Free-standing round stone arch in the XY plane: two piers and a semicircular ring, opening clear through along Z.',
  slots: ['stone'],
  defaultMaterials: { stone: 'castle_wall_stone' },
  schema: strictObject({
    type: z.literal('arch'),
    width: num(3, 1, 12).describe('outer width along X, metres'),
    height: num(4, 1.5, 15).describe('floor to the top of the ring, metres'),
    depth: num(0.6, 0.1, 3).describe('thickness along Z, metres'),
    pierWidth: num(0.6, 0.1, 3).describe('width of each pier and of the ring, metres'),
    keystone: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: 4 * (2 * ARC_SEGMENTS + 8) + 5 * BOX, parts: 1 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const R = p.width / 2;
    const pier = Math.min(p.pierWidth, p.width * 0.4);
    const r = R - pier; // half the clear opening
    const spring = Math.max(p.height - R, p.height * 0.3); // where the ring springs from the piers
    const ry = p.height - spring; // outer vertical semi-axis (R for a true semicircle)
    const iry = ry - Math.min(pier, ry * 0.5); // inner vertical semi-axis
    // One U-shaped outline: left pier, intrados over the top, right pier, extrados back; the opening is outside it.
    const outline: [number, number][] = [[-R, 0], [-r, 0]];
    for (let i = 0; i <= ARC_SEGMENTS; i++) {
      const a = Math.PI * (1 - i / ARC_SEGMENTS);
      outline.push([r * Math.cos(a), spring + iry * Math.sin(a)]);
    }
    outline.push([r, 0], [R, 0]);
    for (let i = 0; i <= ARC_SEGMENTS; i++) {
      const a = (Math.PI * i) / ARC_SEGMENTS;
      outline.push([R * Math.cos(a), spring + ry * Math.sin(a)]);
    }
    b.extrude('stone', outline, p.depth);
    // Plinths and imposts sit on the piers' outer side of the opening (x beyond ±r), never inside it.
    const plinthH = Math.min(0.3, spring * 0.15);
    const impostH = Math.min(0.15, spring * 0.08);
    for (const s of [-1, 1]) {
      const w = pier + 0.05;
      b.box('stone', [w, plinthH, p.depth + 0.1], { at: [s * (r + w / 2), plinthH / 2, 0] });
      b.box('stone', [w, impostH, p.depth + 0.06], { at: [s * (r + w / 2), spring - impostH / 2, 0] });
    }
    if (p.keystone) {
      const k = Math.min(0.12 * p.width, pier * 0.8);
      const bottom = spring + iry; // the crown of the opening: the keystone sits wholly above it
      const top = spring + ry;
      b.box('stone', [k, top - bottom, p.depth + 0.04], { at: [0, (top + bottom) / 2, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['archway', 'gateway', 'portal', 'arcade', 'round arch', 'passage'],
    placement: ['center'],
    themes: ['dungeon', 'castle', 'cave'],
    facing: 'front',
  },
});

export const door = defineProp({
  type: 'door',
  summary: 'Panelled door leaf in its frame (XY plane, wall thickness along Z, front +Z); `openDeg` swings it on its left hinge towards -Z.',
  slots: ['frame', 'panel', 'handle'],
  // The leaf first: "an iron door" is an iron leaf (the planner gives a named material to the first slot).
  defaultMaterials: { panel: 'oak_varnished', frame: 'oak', handle: 'brass' },
  schema: strictObject({
    type: z.literal('door'),
    width: num(0.9, 0.5, 3).describe('clear opening (leaf) width, metres'),
    height: num(2.1, 1.5, 4).describe('clear opening (leaf) height, metres'),
    wallThickness: num(0.2, 0.08, 0.6).describe('frame depth along Z, metres'),
    frameWidth: num(0.08, 0.03, 0.3),
    leafThickness: num(0.045, 0.02, 0.12),
    openDeg: num(0, 0, 90).describe('0 closed, 90 fully open (swings towards -Z)'),
  }),
  estimate: () => ({ triangles: 3 * BOX + 5 * BOX + 2 * (cyl(12) + 2 * BOX), parts: 3 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: w, height: h, frameWidth: fw, wallThickness: wt, leafThickness: lt } = p;
    // Frame: two jambs and a head around the opening; no threshold, so the opening is clear when open.
    for (const s of [-1, 1]) b.box('frame', [fw, h + fw, wt], { at: [s * (w / 2 + fw / 2), (h + fw) / 2, 0] });
    b.box('frame', [w + 2 * fw, fw, wt], { at: [0, h + fw / 2, 0] });
    // The leaf hinges about the vertical axis at its back-left edge (x = -w/2, z = -lt/2).
    const theta = p.openDeg;
    const c = Math.cos(theta / RAD_TO_DEG);
    const sn = Math.sin(theta / RAD_TO_DEG);
    const hx = -w / 2;
    const hz = -lt / 2;
    // Leaf-local coordinates (x across the leaf from the hinge, z through it) to prop space.
    const onLeaf = (local: V3, rot: V3 = [0, 0, 0]) => {
      const [lx, ly, lz] = local;
      return { at: [hx + lx * c + lz * sn, ly, hz - lx * sn + lz * c] as V3, rot: [rot[0], rot[1] + theta, rot[2]] as V3 };
    };
    const leaf = (slot: string, size: V3, local: V3) => b.box(slot, size, onLeaf(local));
    const gap = 0.004;
    const lw = w - 2 * gap;
    const lh = h - gap;
    leaf('panel', [lw, lh, lt], [w / 2, lh / 2, lt / 2]);
    // Raised panels on both faces: a tall upper one and a short lower one.
    const pw = lw * 0.62;
    const upperH = lh * 0.45;
    const lowerH = lh * 0.28;
    for (const face of [-1, 1]) {
      const z = lt / 2 + face * (lt / 2 + 0.006);
      leaf('panel', [pw, upperH, 0.012], [w / 2, lh * 0.7, z]);
      leaf('panel', [pw, lowerH, 0.012], [w / 2, lh * 0.22, z]);
    }
    // Lever handles on both faces, on the latch side.
    const hy = Math.min(1.0, h * 0.48);
    const hxLocal = w - 0.07;
    for (const face of [-1, 1]) {
      const z = lt / 2 + face * (lt / 2 + 0.01);
      leaf('handle', [0.05, 0.05, 0.02], [hxLocal, hy, z]);
      // The spindle runs through the leaf (along leaf-local Z): turned onto X, then round with the leaf.
      b.cylinder('handle', 0.009, 0.009, 0.05, onLeaf([hxLocal, hy, z + face * 0.025], [0, 90, 90]), 12);
      leaf('handle', [0.12, 0.018, 0.018], [hxLocal - 0.05, hy, z + face * 0.05]);
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['doorway', 'entrance', 'entry', 'gate', 'portal', 'front door', 'interior door'],
    placement: ['wall'],
    themes: ['dungeon', 'castle', 'house', 'office'],
    facing: 'front',
  },
});

export const window_ = defineProp({
  type: 'window',
  summary: 'Window in the XY plane (wall thickness along Z, front +Z): frame, glazing bars, a glass pane, the view beyond it and a sill; its bottom sits `sillHeight` above the floor.',
  slots: ['frame', 'glass', 'view'],
  defaultMaterials: { frame: 'oak', glass: 'glass_clear', view: 'window_view_day' },
  schema: strictObject({
    type: z.literal('window'),
    width: num(1.2, 0.3, 4).describe('outer frame width along X, metres'),
    height: num(1.4, 0.3, 4).describe('outer frame height, metres'),
    sillHeight: num(0.9, 0, 3).describe('floor to the bottom of the frame, metres'),
    wallThickness: num(0.2, 0.05, 0.6).describe('frame depth along Z, metres'),
    frameWidth: num(0.07, 0.02, 0.25),
    panesX: count(2, 1, 8).describe('panes across'),
    panesY: count(3, 1, 8).describe('panes down'),
  }),
  estimate: (p) => ({ triangles: (4 + 1 + 1 + 1 + p.panesX + p.panesY) * BOX, parts: 3 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: W, height: H, sillHeight: s0, wallThickness: d } = p;
    const fw = Math.min(p.frameWidth, W * 0.25, H * 0.25);
    const innerW = W - 2 * fw;
    const innerH = H - 2 * fw;
    b.box('frame', [W, fw, d], { at: [0, s0 + fw / 2, 0] });
    b.box('frame', [W, fw, d], { at: [0, s0 + H - fw / 2, 0] });
    for (const s of [-1, 1]) b.box('frame', [fw, innerH, d], { at: [s * (W / 2 - fw / 2), s0 + H / 2, 0] });
    // Glazing bars: thin muntins through the middle of the frame.
    const bar = Math.min(0.03, fw);
    const barDepth = Math.min(0.04, d);
    for (let i = 1; i < p.panesX; i++) {
      b.box('frame', [bar, innerH, barDepth], { at: [-innerW / 2 + (innerW * i) / p.panesX, s0 + H / 2, 0] });
    }
    for (let i = 1; i < p.panesY; i++) {
      b.box('frame', [innerW, bar, barDepth], { at: [0, s0 + fw + (innerH * i) / p.panesY, 0] });
    }
    b.box('glass', [innerW, innerH, 0.008], { at: [0, s0 + H / 2, 0] });
    // What is seen through it: a lit backdrop at the back of the frame, so the glass never shows the wall it is set in.
    b.box('view', [innerW, innerH, 0.004], { at: [0, s0 + H / 2, -d / 2 + 0.004] });
    // A sill board under the frame, projecting out of the wall at the front.
    if (s0 >= 0.04) {
      const sd = d / 2 + 0.08;
      b.box('frame', [W + 0.1, 0.04, sd], { at: [0, s0 - 0.02, sd / 2] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['casement', 'windowpane', 'sash window', 'glazing', 'pane', 'skylight'],
    placement: ['wall'],
    themes: ['castle', 'house', 'office'],
    facing: 'front',
  },
});

export const stairs = defineProp({
  type: 'stairs',
  summary: 'Straight flight of solid steps, centred on X; it starts at z = -run·steps/2 (the bottom step) and climbs towards +Z. Optional handrails with balusters.',
  slots: ['steps', 'rail'],
  defaultMaterials: { steps: 'granite', rail: 'iron_wrought' },
  schema: strictObject({
    type: z.literal('stairs'),
    steps: count(12, 1, 40),
    rise: num(0.175, 0.1, 0.3).describe('height of each step, metres'),
    run: num(0.28, 0.15, 0.5).describe('depth of each tread, metres'),
    width: num(1, 0.5, 5).describe('along X, metres'),
    rails: z.enum(['none', 'left', 'right', 'both']).default('none'),
    railHeight: num(0.9, 0.6, 1.2).describe('handrail height above the step nosings, metres'),
  }),
  estimate: (p) => ({ triangles: p.steps * BOX + 2 * (p.steps * cyl(8) + 2 * (2 * 8 * 6) + cyl(8)), parts: 2 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const n = p.steps;
    const z0 = (-p.run * n) / 2;
    for (let i = 0; i < n; i++) {
      const top = (i + 1) * p.rise;
      b.box('steps', [p.width, top, p.run], { at: [0, top / 2, z0 + (i + 0.5) * p.run] });
    }
    const sides = p.rails === 'both' ? [-1, 1] : p.rails === 'left' ? [-1] : p.rails === 'right' ? [1] : [];
    // The pitch line through the nosings, plus the rail height.
    const railY = (zz: number) => p.rise + ((zz - z0) * p.rise) / p.run + p.railHeight;
    for (const s of sides) {
      const x = s * (p.width / 2 - 0.05);
      for (let i = 0; i < n; i++) {
        const zc = z0 + (i + 0.5) * p.run;
        const tread = (i + 1) * p.rise;
        const newel = i === 0 || i === n - 1;
        const top = railY(zc) + (newel ? 0.06 : 0);
        b.cylinder('rail', newel ? 0.035 : 0.012, newel ? 0.035 : 0.012, top - tread, { at: [x, (top + tread) / 2, zc] }, newel ? 8 : 6);
        if (newel) b.sphere('rail', 0.045, { at: [x, top, zc] }, 8, 6);
      }
      if (n > 1) {
        const za = z0 + 0.5 * p.run;
        const zb = z0 + (n - 0.5) * p.run;
        const ya = railY(za);
        const yb = railY(zb);
        const len = Math.hypot(zb - za, yb - ya);
        const phi = Math.atan2(zb - za, yb - ya) * RAD_TO_DEG;
        b.cylinder('rail', 0.025, 0.025, len, { at: [x, (ya + yb) / 2, (za + zb) / 2], rot: [phi, 0, 0] }, 8);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['staircase', 'stairway', 'steps', 'flight of stairs', 'stair', 'stepway'],
    placement: ['wall', 'floor'],
    themes: ['dungeon', 'castle', 'house', 'office'],
  },
});

export const fence = defineProp({
  type: 'fence',
  summary: 'Wooden fence along X, centred on the origin: posts at even spacing, horizontal rails, optional pickets on the front (+Z).',
  slots: ['wood'],
  defaultMaterials: { wood: 'weathered_wood' },
  schema: strictObject({
    type: z.literal('fence'),
    length: num(6, 0.5, 28).describe('along X, metres'),
    height: num(1.1, 0.3, 3).describe('post height, metres'),
    postSpacing: num(2, 0.5, 5).describe('maximum distance between posts, metres'),
    rails: count(2, 1, 5),
    pickets: z.boolean().default(false),
  }),
  estimate: (p) => {
    const posts = Math.ceil(p.length / p.postSpacing) + 1;
    const pickets = p.pickets ? Math.floor(p.length / 0.12) + 1 : 0;
    return { triangles: posts * (BOX + 3 * 4) + p.rails * BOX + pickets * BOX, parts: 1 };
  },
  generate: (p) => {
    const b = new PropBuilder(0);
    const L = p.length;
    const posts = Math.ceil(L / p.postSpacing - 1e-9) + 1;
    const post = Math.min(0.1, p.height * 0.2);
    const capH = post * 0.6;
    const postH = p.height - capH;
    for (let i = 0; i < posts; i++) {
      const x = -L / 2 + (L * i) / (posts - 1);
      b.box('wood', [post, postH, post], { at: [x, postH / 2, 0] });
      // A low pyramid cap sheds rain.
      b.cone('wood', post * Math.SQRT1_2, capH, { at: [x, postH + capH / 2, 0], rot: [0, 45, 0] }, 4);
    }
    const railH = Math.min(0.09, p.height * 0.12);
    const railD = 0.04;
    const railZ = post / 2 + railD / 2;
    for (let i = 0; i < p.rails; i++) {
      const y = p.rails === 1 ? postH * 0.75 : postH * (0.25 + (0.6 * i) / (p.rails - 1));
      b.box('wood', [L + post, railH, railD], { at: [0, y, railZ] });
    }
    if (p.pickets) {
      const n = Math.floor(L / 0.12) + 1;
      const step = n > 1 ? L / (n - 1) : 0;
      const ph = postH * 0.92;
      for (let i = 0; i < n; i++) {
        b.box('wood', [0.08, ph, 0.02], { at: [-L / 2 + step * i, ph / 2, railZ + railD / 2 + 0.01] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['railing', 'paling', 'picket fence', 'palisade', 'barrier', 'rail fence'],
    placement: ['floor'],
    themes: ['castle', 'house'],
  },
});

export const altar = defineProp({
  type: 'altar',
  summary: 'Stone altar block on a plinth with an overhanging top slab and a carved front panel; optional cloth over the top hanging down the front (+Z).',
  slots: ['stone', 'cloth'],
  defaultMaterials: { stone: 'marble_white', cloth: 'velvet_red' },
  schema: strictObject({
    type: z.literal('altar'),
    width: num(1.8, 0.4, 6).describe('along X, metres'),
    depth: num(1, 0.3, 4).describe('along Z, metres'),
    height: num(0.8, 0.4, 2).describe('floor to the top surface, metres'),
    cloth: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: 6 * BOX, parts: 2 }),
  generate: (p) => {
    const b = new PropBuilder(0);
    const { width: W, depth: D, height: H } = p;
    const plinth = Math.min(0.1, H * 0.15);
    const slab = Math.min(0.1, H * 0.15);
    const bodyH = H - plinth - slab;
    b.box('stone', [W + 0.2, plinth, D + 0.2], { at: [0, plinth / 2, 0] });
    b.box('stone', [W, bodyH, D], { at: [0, plinth + bodyH / 2, 0] });
    b.box('stone', [W + 0.1, slab, D + 0.1], { at: [0, H - slab / 2, 0] });
    b.box('stone', [W * 0.6, bodyH * 0.6, 0.02], { at: [0, plinth + bodyH / 2, D / 2 + 0.01] });
    if (p.cloth) {
      const cw = W * 0.5;
      const top = D + 0.1 + 0.012;
      const drop = Math.min(0.35, bodyH * 0.6);
      b.box('cloth', [cw, 0.006, top], { at: [0, H + 0.003, 0] });
      b.box('cloth', [cw, drop, 0.006], { at: [0, H + 0.006 - drop / 2, top / 2 - 0.003] });
    }
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['shrine', 'sacrificial altar', 'offering table', 'chapel table', 'dais', 'reliquary'],
    placement: ['center'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'cave'],
    facing: 'front',
  },
});

export const well = defineProp({
  type: 'well',
  summary: 'Round stone well: coursed block wall with coping, water inside, two posts with a windlass, rope and bucket, under a gabled roof (ridge along X).',
  slots: ['stone', 'wood', 'roof', 'water'],
  defaultMaterials: { stone: 'cobblestone', wood: 'weathered_wood', roof: 'ceramic_roof_tile_clay', water: 'water' },
  schema: strictObject({
    type: z.literal('well'),
    radius: num(0.75, 0.4, 2).describe('outer radius of the stone wall, metres'),
    rimHeight: num(0.8, 0.4, 1.2).describe('floor to the top of the coping, metres'),
    wallThickness: num(0.25, 0.1, 0.5),
    height: num(2.6, 1.5, 5).describe('floor to the roof ridge, metres'),
  }),
  estimate: (p) => {
    const courses = Math.max(2, Math.round((p.rimHeight - 0.1) / 0.2));
    const n = Math.max(8, Math.round((2 * Math.PI * p.radius) / 0.35));
    return { triangles: (courses + 1) * n * BOX + 24 + 2 * BOX + BOX + cyl(12) + cyl(6) + 2 * cyl(12) + 2 * BOX + BOX, parts: 4 };
  },
  generate: (p) => {
    const b = new PropBuilder(0);
    const ro = p.radius;
    const t = Math.min(p.wallThickness, ro * 0.5);
    const ri = ro - t;
    const rm = ro - t / 2;
    const cope = 0.1;
    const courses = Math.max(2, Math.round((p.rimHeight - cope) / 0.2));
    const ch = (p.rimHeight - cope) / courses;
    const n = Math.max(8, Math.round((2 * Math.PI * p.radius) / 0.35));
    const chord = 2 * ro * Math.sin(Math.PI / n); // sized at the outer face, so joints there stay tight
    // Coursed blocks, staggered by half a block per course, then a wider coping course.
    for (let c = 0; c <= courses; c++) {
      const coping = c === courses;
      const h = coping ? cope : ch;
      const y = coping ? p.rimHeight - cope / 2 : c * ch + ch * 0.48;
      for (let i = 0; i < n; i++) {
        const a = ((i + (c % 2) * 0.5) / n) * 2 * Math.PI;
        b.box('stone', [chord * (coping ? 1.02 : 0.98), h * (coping ? 1 : 0.96), coping ? t + 0.06 : t], {
          at: [rm * Math.sin(a), y, rm * Math.cos(a)],
          rot: [0, a * RAD_TO_DEG, 0],
        });
      }
    }
    b.add('water', new CircleGeometry(ri + 0.01, 24), { at: [0, Math.min(0.25, p.rimHeight * 0.3), 0], rot: [-90, 0, 0] });
    // Posts on the rim, a ridge beam and a windlass between them.
    const ridgeY = Math.max(p.height, p.rimHeight + 0.9) - 0.07; // the ridge cap tops out at `height`
    const s = ro + 0.3; // roof half-span along Z
    const rise = Math.max(0.15, Math.min(s * Math.tan(35 / RAD_TO_DEG), ridgeY - p.rimHeight - 0.6));
    const postW = 0.12;
    const postH = ridgeY - p.rimHeight - 0.05;
    for (const side of [-1, 1]) {
      b.box('wood', [postW, postH, postW], { at: [side * rm, p.rimHeight + postH / 2, 0] });
    }
    b.box('wood', [2 * rm + postW + 0.2, 0.1, 0.1], { at: [0, ridgeY - 0.1, 0] });
    const axleY = p.rimHeight + Math.min(0.55, postH * 0.4);
    b.cylinder('wood', 0.06, 0.06, 2 * rm, { at: [0, axleY, 0], rot: [0, 0, 90] }, 12);
    b.box('wood', [0.04, 0.25, 0.04], { at: [rm + postW / 2 + 0.03, axleY - 0.1, 0] });
    // Rope down into the shaft, and a bucket hanging just above the rim.
    const bucketY = p.rimHeight + 0.05;
    const bucketH = 0.22;
    b.cylinder('wood', 0.008, 0.008, axleY - (bucketY + bucketH), { at: [0, (axleY + bucketY + bucketH) / 2, 0.07] }, 6);
    b.cylinder('wood', 0.13, 0.1, bucketH, { at: [0, bucketY + bucketH / 2, 0.07] }, 12);
    // Gabled roof: two slabs meeting at the ridge, sloping to ±Z.
    const slope = Math.hypot(s, rise);
    const alpha = Math.atan2(rise, s) * RAD_TO_DEG;
    const roofL = 2 * ro + 0.5;
    for (const side of [-1, 1]) {
      b.box('roof', [roofL, 0.06, slope], { at: [0, ridgeY - rise / 2 + 0.03, (side * s) / 2], rot: [side * alpha, 0, 0] });
    }
    b.box('roof', [roofL, 0.08, 0.12], { at: [0, ridgeY + 0.03, 0] });
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['wishing well', 'water well', 'stone well', 'draw well', 'cistern'],
    placement: ['center'],
    surfaceHeight: (p) => p.rimHeight,
    themes: ['castle', 'house', 'dungeon'],
    facing: 'none',
  },
});

export const ARCHITECTURE_PROPS: PropDef[] = [pillar, arch, door, window_, stairs, fence, altar, well] as unknown as PropDef[];
