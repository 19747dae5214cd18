/**
 * Reference props: the table (a surface), the barrel (a lathe with staves and hoops) and the person stand-in
 * (a posable blocking figure). Other prop files follow the same shape.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder } from './builder.js';
import { defineProp } from './prop.js';

const dim = (d: number, max = 20) => z.number().positive().max(max).default(d);

export const table = defineProp({
  type: 'table',
  summary: 'Four-legged table; top surface at `height`.',
  slots: ['top', 'legs'],
  defaultMaterials: { top: 'oak', legs: 'oak' },
  schema: strictObject({
    type: z.literal('table'),
    width: dim(1.6).describe('along X, metres'),
    depth: dim(0.9).describe('along Z, metres'),
    height: dim(0.75).describe('floor to top surface, metres'),
    topThickness: dim(0.04, 0.3),
    legThickness: dim(0.07, 0.5),
  }),
  estimate: () => ({ triangles: 12 * 5, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    b.box('top', [p.width, p.topThickness, p.depth], { at: [0, p.height - p.topThickness / 2, 0] });
    const legH = p.height - p.topThickness;
    const inset = p.legThickness / 2 + 0.04;
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      b.box('legs', [p.legThickness, legH, p.legThickness], { at: [sx * (p.width / 2 - inset), legH / 2, sz * (p.depth / 2 - inset)] });
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['dining table', 'kitchen table', 'desk table', 'trestle'],
    placement: ['center', 'floor'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'house', 'office'],
  },
});

export const barrel = defineProp({
  type: 'barrel',
  summary: 'Wooden barrel: bulged staves and iron hoops.',
  slots: ['wood', 'metal'],
  defaultMaterials: { wood: 'oak', metal: 'iron' },
  schema: strictObject({
    type: z.literal('barrel'),
    height: dim(0.9, 3).describe('metres; a standard oak barrel is about 0.9 m'),
    radius: dim(0.3, 1.5).describe('radius at the ends; the belly is 12 % wider'),
    hoops: z.number().int().min(0).max(8).default(4),
  }),
  estimate: (p) => ({ triangles: 24 * 20 + p.hoops * 24 * 8 * 2, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const belly = p.radius * 1.12;
    const profile: [number, number][] = [[0, 0], [p.radius, 0]];
    for (let i = 1; i < 10; i++) {
      const t = i / 10;
      profile.push([p.radius + (belly - p.radius) * Math.sin(Math.PI * t), t * p.height]);
    }
    profile.push([p.radius, p.height], [0, p.height]);
    b.lathe('wood', profile, {}, 24);
    const hoopAt = (t: number) => p.radius + (belly - p.radius) * Math.sin(Math.PI * t);
    for (let i = 0; i < p.hoops; i++) {
      const t = p.hoops === 1 ? 0.5 : 0.08 + (0.84 * i) / (p.hoops - 1);
      b.torus('metal', hoopAt(t) + 0.004, 0.008, { at: [0, t * p.height, 0], rot: [90, 0, 0] }, 360, 4, 24);
    }
    return b.parts();
  },
  prop: {
    category: 'container',
    synonyms: ['cask', 'keg', 'barrels', 'drum'],
    placement: ['wall', 'corner', 'floor'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'cave', 'house'],
  },
});

/**
 * A blocking figure for previs: capsule torso, head, limbs from joint angles, so planners can pose it (sit,
 * point, turn the head). Dimensions follow a 50th-percentile adult scaled to `height`.
 */
export const person = defineProp({
  type: 'person',
  summary: 'Posable stand-in figure (mannequin) for blocking; faces +Z.',
  slots: ['body', 'head'],
  defaultMaterials: { body: 'plastic_glossy_white', head: 'plastic_glossy_white' },
  schema: strictObject({
    type: z.literal('person'),
    height: z.number().min(0.5).max(2.5).default(1.75),
    pose: z.enum(['standing', 'sitting', 'walking', 'pointing', 'arms-crossed', 'lying']).default('standing'),
    headTurnDeg: z.number().min(-90).max(90).default(0).describe('head turn, positive to the figure\'s left'),
    build: z.enum(['slim', 'average', 'broad']).default('average'),
  }),
  estimate: () => ({ triangles: 3000, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const s = p.height / 1.75;
    const w = p.build === 'slim' ? 0.85 : p.build === 'broad' ? 1.2 : 1;
    const sit = p.pose === 'sitting';
    const lying = p.pose === 'lying';
    const hip = sit ? 0.45 * s : 0.92 * s;
    // Legs: thighs and shins; seated thighs run forward (+Z).
    for (const side of [-1, 1]) {
      const x = side * 0.1 * s * w;
      const stride = p.pose === 'walking' ? side * 18 : 0;
      if (sit) {
        b.capsule('body', 0.07 * s * w, 0.32 * s, { at: [x, hip, 0.2 * s], rot: [90, 0, 0] });
        b.capsule('body', 0.055 * s * w, 0.34 * s, { at: [x, hip / 2, 0.4 * s] });
      } else {
        b.capsule('body', 0.07 * s * w, 0.34 * s, { at: [x, hip - 0.22 * s, Math.sin((stride * Math.PI) / 180) * 0.2 * s], rot: [stride, 0, 0] });
        b.capsule('body', 0.055 * s * w, 0.36 * s, { at: [x, 0.24 * s, Math.sin((stride * Math.PI) / 180) * 0.3 * s], rot: [stride, 0, 0] });
      }
    }
    // Torso and shoulders.
    b.capsule('body', 0.16 * s * w, 0.34 * s, { at: [0, hip + 0.3 * s, 0], scale: [1, 1, 0.65] });
    const shoulder = hip + 0.5 * s;
    // Arms: upper and fore arm per side, posed.
    for (const side of [-1, 1]) {
      const x = side * 0.22 * s * w;
      if (p.pose === 'arms-crossed') {
        b.capsule('body', 0.045 * s, 0.26 * s, { at: [x, shoulder - 0.15 * s, 0.04 * s] });
        b.capsule('body', 0.04 * s, 0.26 * s, { at: [0, shoulder - 0.26 * s + side * 0.03 * s, 0.14 * s], rot: [0, 0, 90] });
      } else if (p.pose === 'pointing' && side === 1) {
        b.capsule('body', 0.045 * s, 0.55 * s, { at: [x, shoulder, 0.3 * s], rot: [90, 0, 0] });
      } else {
        const swing = p.pose === 'walking' ? -side * 20 : 0;
        b.capsule('body', 0.045 * s, 0.55 * s, { at: [x + side * 0.02 * s, shoulder - 0.3 * s, 0], rot: [swing, 0, side * 6] });
      }
    }
    // Head with a nose, so the facing direction reads in a blockout.
    const headY = shoulder + 0.2 * s;
    const turn = p.headTurnDeg;
    b.sphere('head', 0.11 * s, { at: [0, headY, 0] }, 16, 12);
    const r = (turn * Math.PI) / 180;
    b.cone('head', 0.025 * s, 0.05 * s, { at: [Math.sin(r) * 0.12 * s, headY, Math.cos(r) * 0.12 * s], rot: [90, turn, 0] }, 8);
    const parts = b.parts();
    if (!lying) return parts;
    // Lying down: the standing figure turned onto its back, resting on the floor.
    return parts.map((part) => ({ ...part, rotation: [-Math.SQRT1_2, 0, 0, Math.SQRT1_2] as [number, number, number, number], translation: [0, 0.16 * s * w, 0] as [number, number, number] }));
  },
  prop: {
    category: 'character',
    synonyms: ['man', 'woman', 'figure', 'character', 'actor', 'guard', 'knight', 'detective', 'girl', 'boy', 'people', 'mannequin'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

export const REFERENCE_PROPS = [table, barrel, person] as const;
