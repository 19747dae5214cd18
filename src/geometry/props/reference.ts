/**
 * Reference props: the table (a surface), the barrel (a lathe with staves and hoops) and the person stand-in
 * (a posable blocking figure). Other prop files follow the same shape.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder } from './builder.js';
import { defineProp } from './prop.js';
import { COSTUME_CUES, drawFigure, figureHeadPoint, lyingLift, posedSkeleton, type CostumeCue, type FigureParams } from './figure.js';
import { EYE_MIDPOINT } from './figure-head.js';
import { AGES, POSES, POSE_RIGS, type Age } from '../../library/poses.js';

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
 * A blocking figure for previs: an articulated mannequin posed from joint angles (figure.ts), so planners can sit
 * it on a chair, kneel it by an altar or turn its head. It has a face light can model (brow, eye sockets and eyes,
 * nose, jaw, ears), hands, an adult's, teenager's or child's proportions at `height`, and simple costume cues.
 */
export const person = defineProp({
  type: 'person',
  summary: 'Articulated stand-in figure (mannequin) with a face and hands: stands, sits, kneels, crouches, lies, walks, runs, leans, holds; adult, teen or child; hat, hood, coat or helmet; faces +Z.',
  slots: ['body', 'head', 'eyes', 'costume'],
  defaultMaterials: { body: 'plastic_glossy_white', head: 'plastic_glossy_white', eyes: 'patent_leather_black', costume: 'wool' },
  schema: strictObject({
    type: z.literal('person'),
    height: z.number().min(0.5).max(2.5).default(1.75).describe('standing height, metres (a child of 6-7 is about 1.2)'),
    pose: z.enum(POSES).default('standing'),
    seatHeight: z.number().min(0).max(1.2).default(0.45).describe('seat under a sitting figure, metres: 0 sits on the floor, legs forward'),
    headTurnDeg: z.number().min(-90).max(90).default(0).describe('head turn, positive to the figure\'s left'),
    headPitchDeg: z.number().min(-40).max(40).default(0).describe('head pitch, positive looks up'),
    build: z.enum(['slim', 'average', 'broad']).default('average'),
    age: z.enum(AGES).default('adult').describe('proportions: a child has a bigger head for its height and shorter limbs'),
    costume: z.array(z.enum(COSTUME_CUES)).max(4).default([]).describe('costume cues drawn in the costume slot'),
  }),
  // A bare figure is about 7,400 triangles (5,400 of them the head, whose face a close-up frames); the costume cues
  // add at most about 2,600 (coat 1,300, hood 500, hat or helmet 400).
  estimate: (p) => ({ triangles: 7600 + (p.costume.length ? 2800 : 0), parts: p.costume.length ? 4 : 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const figure = figureParams(p);
    drawFigure(b, POSE_RIGS[p.pose], figure);
    const parts = b.parts();
    if (p.pose !== 'lying') return parts;
    // Lying on its back, head towards -Z: the straight figure turned about X, its back on the floor.
    return parts.map((part) => ({ ...part, rotation: LYING.rotation, translation: [0, lyingLift(figure), LYING.along] as [number, number, number] }));
  },
  prop: {
    category: 'character',
    synonyms: ['man', 'woman', 'figure', 'character', 'actor', 'guard', 'knight', 'detective', 'girl', 'boy', 'people', 'mannequin'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

const BUILD_WIDTH = { slim: 0.85, average: 1, broad: 1.2 } as const;

/** The lying figure's turn onto its back: -90° about X (head to -Z, face up), moved a little along +Z. */
const LYING = { rotation: [-Math.SQRT1_2, 0, 0, Math.SQRT1_2] as [number, number, number, number], along: 0.06 };

interface PersonParams {
  height: number;
  pose: (typeof POSES)[number];
  seatHeight: number;
  headTurnDeg: number;
  headPitchDeg?: number;
  build: keyof typeof BUILD_WIDTH;
  age?: Age;
  costume?: readonly CostumeCue[];
}

function figureParams(p: PersonParams): FigureParams {
  return { height: p.height, width: BUILD_WIDTH[p.build], seatHeight: p.seatHeight, headTurnDeg: p.headTurnDeg, headPitchDeg: p.headPitchDeg ?? 0, age: p.age ?? 'adult', costume: p.costume ?? [] };
}

/** A person's eyes (midway between them) in the figure's own space (base centre at the origin, facing +Z), for shots that frame faces. */
export function personEyes(params: PersonParams): [number, number, number] {
  return personHeadPoint(params, EYE_MIDPOINT);
}

/** A point of the head (head units, e.g. a face landmark) in the figure's own space, wherever the pose puts the head. */
export function personHeadPoint(params: PersonParams, at: [number, number, number]): [number, number, number] {
  const figure = figureParams(params);
  const [x, y, z] = figureHeadPoint(POSE_RIGS[params.pose], figure, at);
  // Turned onto its back: (x, y, z) → (x, z, -y), lifted and moved as the lying parts are.
  return params.pose === 'lying' ? [x, z + lyingLift(figure), -y + LYING.along] : [x, y, z];
}

/** The middle of each hand ([left, right]) or each ankle in the figure's own space, wherever the pose puts them. */
export function personLimbEnds(params: PersonParams, which: 'palms' | 'ankles'): [[number, number, number], [number, number, number]] {
  const figure = figureParams(params);
  const ends = posedSkeleton(POSE_RIGS[params.pose], figure)[which];
  const own = ([x, y, z]: readonly number[]): [number, number, number] => (params.pose === 'lying' ? [x!, z! + lyingLift(figure), -y! + LYING.along] : [x!, y!, z!]);
  return [own(ends[0]), own(ends[1])];
}

export const REFERENCE_PROPS = [table, barrel, person] as const;
