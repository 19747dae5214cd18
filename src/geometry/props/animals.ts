/**
 * Animal props: the four-legged ones share one body plan (quadruped.ts) and differ in proportions and a few
 * extras (a horse's mane, a cow's horns and patches, a stag's antlers); birds share a perched-bird plan; the fish
 * is its own shape. Sizes are a typical adult's; each faces +Z with its feet on y = 0.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { QUADRUPED_TRIANGLES, TRI, add3, limb, quadruped, scaleParts, turn, type QuadrupedAnchors, type QuadrupedPlan, type QuadrupedPose } from './quadruped.js';

const num = (d: number, min: number, max: number) => z.number().min(min).max(max).default(d);
const EYES = 'obsidian_polished';

/* ------------------------------------------------------------------------------------------ quadrupeds */

interface QuadrupedSpec {
  type: string;
  summary: string;
  plan: QuadrupedPlan;
  poses: readonly [QuadrupedPose, ...QuadrupedPose[]];
  /** Shoulder (withers) height in metres: default, min, max. */
  height: [number, number, number];
  /** One default per slot; the keys are the prop's slots. */
  materials: Record<string, string>;
  /** An on/off feature the animal may have (a stag's antlers, a dog's pricked ears), with its default. */
  feature?: { name: string; describe: string; default: boolean };
  /** The plan as the feature changes it. */
  adjust?: (plan: QuadrupedPlan, feature: boolean) => QuadrupedPlan;
  extras?: (b: PropBuilder, a: QuadrupedAnchors, plan: QuadrupedPlan, feature: boolean) => void;
  extraTriangles?: number;
  synonyms: string[];
}

/** Shoulder height of a plan standing: legs plus torso. */
const withers = (plan: QuadrupedPlan) => plan.leg.length + plan.torso.height;

/** A quadruped prop from its spec: built at the plan's size, then scaled to the asked shoulder height. */
function quadrupedProp(spec: QuadrupedSpec): PropDef {
  const [height, min, max] = spec.height;
  const feature = spec.feature;
  return defineProp({
    type: spec.type,
    summary: spec.summary,
    slots: Object.keys(spec.materials),
    defaultMaterials: spec.materials,
    schema: strictObject({
      type: z.literal(spec.type),
      height: num(height, min, max).describe('shoulder (withers) height, metres'),
      pose: z.enum(spec.poses).default(spec.poses[0]),
      ...(feature ? { [feature.name]: z.boolean().default(feature.default).describe(feature.describe) } : {}),
    }),
    estimate: () => ({ triangles: QUADRUPED_TRIANGLES + (spec.extraTriangles ?? 0), parts: Object.keys(spec.materials).length }),
    generate: (p: Record<string, unknown>, ctx) => {
      const b = new PropBuilder(ctx.seed);
      const on = feature ? p[feature.name] === true : false;
      const plan = spec.adjust ? spec.adjust(spec.plan, on) : spec.plan;
      const anchors = quadruped(b, plan, p.pose as QuadrupedPose);
      spec.extras?.(b, anchors, plan, on);
      return scaleParts(b.parts(), (p.height as number) / withers(plan));
    },
    prop: { category: 'nature', synonyms: spec.synonyms, placement: ['floor', 'center'], themes: [], facing: 'front' },
  }) as PropDef;
}

/** Paired cone horns from the top of the head, curving out and forward. */
function horns(b: PropBuilder, a: QuadrupedAnchors, plan: QuadrupedPlan, size: number): void {
  const h = plan.head;
  for (const s of [-1, 1]) {
    const root = a.headAt([s * h.width * 0.35, h.height * 0.42, -h.length * 0.15]);
    const tip = add3(root, [s * size * 0.8, size * 0.5, size * 0.3]);
    limb(b, 'horn', root, tip, size * 0.12, 6);
  }
}

/** Branching antlers: a main beam up and back from each side of the crown, with tines forward. */
function antlers(b: PropBuilder, a: QuadrupedAnchors, plan: QuadrupedPlan): void {
  const h = plan.head;
  const size = h.length * 2.2;
  for (const s of [-1, 1]) {
    const root = a.headAt([s * h.width * 0.25, h.height * 0.45, -h.length * 0.1]);
    const mid = add3(root, [s * size * 0.3, size * 0.5, -size * 0.1]);
    const top = add3(mid, [s * size * 0.15, size * 0.5, -size * 0.15]);
    limb(b, 'antler', root, mid, size * 0.035, 6);
    limb(b, 'antler', mid, top, size * 0.03, 6);
    for (const [from, len] of [[root, 0.35], [mid, 0.3], [top, 0.2]] as const) {
      const start = add3(from, [0, size * 0.08, 0]);
      limb(b, 'antler', start, add3(start, [s * size * 0.05, size * len * 0.6, size * len * 0.7]), size * 0.022, 6);
    }
  }
}

/** Black blotches where ellipsoids break through the torso's surface (a Holstein's coat). */
function patches(b: PropBuilder, a: QuadrupedAnchors, plan: QuadrupedPlan): void {
  const { length: tl, height: th, width: tw } = plan.torso;
  const spots: V3[] = [[0.32, 0.12, 0.22], [-0.3, 0.2, -0.18], [0.28, -0.1, -0.3], [-0.25, -0.05, 0.3], [0.05, 0.42, -0.05]];
  for (const [x, y, z] of spots) {
    b.sphere('patches', 1, { at: a.torsoAt([x * tw, y * th, z * tl]), rot: a.torsoRot, scale: [tw * 0.3, th * 0.3, tl * 0.16] }, 10, 6);
  }
}

/** A strip of hair along the top of the neck. */
function mane(b: PropBuilder, a: QuadrupedAnchors, plan: QuadrupedPlan): void {
  const lift: V3 = [0, plan.neck.radius * 0.85, -plan.neck.radius * 0.3];
  limb(b, 'mane', add3(a.neck[0], lift), add3(a.neck[1], add3(lift, [0, plan.head.height * 0.2, 0])), plan.neck.radius * 0.35, 6);
}

const furOnly = { body: 'fur', head: 'fur', legs: 'fur' };

const cat = quadrupedProp({
  type: 'cat',
  summary: 'A domestic cat: slim body, small head with pricked ears, long tail; standing, sitting, lying or curled asleep.',
  plan: {
    torso: { length: 0.32, height: 0.13, width: 0.12 },
    leg: { length: 0.13, radius: 0.016, hooves: false },
    neck: { length: 0.06, radius: 0.035, riseDeg: 50 },
    head: { length: 0.09, height: 0.075, width: 0.085, snoutLength: 0.012, snoutRadius: 0.018, pitchDeg: 0 },
    ears: { kind: 'pointed', size: 0.04 },
    tail: { length: 0.27, radius: 0.012, riseDeg: 55 },
    slots: furOnly,
  },
  poses: ['standing', 'sitting', 'lying', 'curled'],
  height: [0.26, 0.1, 0.5],
  materials: { fur: 'fur_ginger', eyes: EYES },
  synonyms: ['kitten', 'kitty', 'tomcat', 'tabby', 'feline'],
});

const dog = quadrupedProp({
  type: 'dog',
  summary: 'A dog of any breed size (shoulder height): muzzle, floppy or pricked ears, tail; standing, sitting, lying or curled.',
  plan: {
    torso: { length: 0.6, height: 0.26, width: 0.24 },
    leg: { length: 0.33, radius: 0.035, hooves: false },
    neck: { length: 0.16, radius: 0.07, riseDeg: 50 },
    head: { length: 0.2, height: 0.15, width: 0.14, snoutLength: 0.1, snoutRadius: 0.045, pitchDeg: 5 },
    ears: { kind: 'floppy', size: 0.12 },
    tail: { length: 0.3, radius: 0.025, riseDeg: 35 },
    slots: furOnly,
  },
  poses: ['standing', 'sitting', 'lying', 'curled'],
  height: [0.55, 0.15, 1],
  materials: { fur: 'fur', eyes: EYES },
  feature: { name: 'prickedEars', describe: 'upright ears (shepherd, husky) instead of floppy ones', default: false },
  adjust: (plan, pricked) => (pricked ? { ...plan, ears: { kind: 'pointed', size: 0.09 } } : plan),
  synonyms: ['puppy', 'hound', 'mutt', 'canine', 'pooch'],
});

const wolf = quadrupedProp({
  type: 'wolf',
  summary: 'A grey wolf: long legs, deep chest, long muzzle, pricked ears, bushy hanging tail.',
  plan: {
    torso: { length: 0.95, height: 0.36, width: 0.3 },
    leg: { length: 0.47, radius: 0.045, hooves: false },
    neck: { length: 0.22, radius: 0.11, riseDeg: 35 },
    head: { length: 0.24, height: 0.18, width: 0.17, snoutLength: 0.15, snoutRadius: 0.05, pitchDeg: 5 },
    ears: { kind: 'pointed', size: 0.09 },
    tail: { length: 0.42, radius: 0.055, riseDeg: -40 },
    slots: furOnly,
  },
  poses: ['standing', 'sitting', 'lying'],
  height: [0.8, 0.3, 1],
  materials: { fur: 'fur_grey', eyes: EYES },
  synonyms: ['coyote', 'jackal', 'wild dog'],
});

const horse = quadrupedProp({
  type: 'horse',
  summary: 'A horse: deep barrel, long legs with hooves, arched neck with mane, long drooping head, hanging tail.',
  plan: {
    torso: { length: 1.5, height: 0.7, width: 0.55 },
    leg: { length: 0.9, radius: 0.07, hooves: true },
    neck: { length: 0.8, radius: 0.16, riseDeg: 55 },
    head: { length: 0.35, height: 0.25, width: 0.22, snoutLength: 0.3, snoutRadius: 0.09, pitchDeg: 40 },
    ears: { kind: 'pointed', size: 0.13 },
    tail: { length: 0.75, radius: 0.07, riseDeg: -65 },
    slots: furOnly,
  },
  poses: ['standing', 'lying'],
  height: [1.6, 0.9, 1.9],
  materials: { fur: 'fur', mane: 'hair_black', hooves: 'horn', eyes: EYES },
  extras: (b, a, plan) => mane(b, a, plan),
  extraTriangles: TRI.capsule(6),
  synonyms: ['stallion', 'mare', 'pony', 'steed', 'mount'],
});

const cow = quadrupedProp({
  type: 'cow',
  summary: 'A dairy cow: heavy body with black patches, short legs with hooves, udder, horns, side ears, tail.',
  plan: {
    torso: { length: 1.7, height: 0.8, width: 0.7 },
    leg: { length: 0.65, radius: 0.075, hooves: true },
    neck: { length: 0.4, radius: 0.25, riseDeg: 20 },
    head: { length: 0.4, height: 0.3, width: 0.28, snoutLength: 0.2, snoutRadius: 0.12, pitchDeg: 35 },
    ears: { kind: 'side', size: 0.18 },
    tail: { length: 0.8, radius: 0.03, riseDeg: -80 },
    slots: furOnly,
  },
  poses: ['standing', 'lying'],
  height: [1.4, 0.8, 1.8],
  materials: { fur: 'fur_white', patches: 'fur_black', horn: 'horn', udder: 'skin_very_light', hooves: 'horn', eyes: EYES },
  feature: { name: 'horns', describe: 'a pair of short horns', default: true },
  extras: (b, a, plan, withHorns) => {
    patches(b, a, plan);
    if (withHorns) horns(b, a, plan, 0.16);
    // Lying, the udder would sink into the ground: it rests on it instead.
    const udder = a.torsoAt([0, -plan.torso.height * 0.42, -plan.torso.length * 0.22]);
    b.sphere('udder', 0.14, { at: [udder[0], Math.max(udder[1], 0.112), udder[2]], scale: [1, 0.8, 1.2] }, 10, 6);
  },
  extraTriangles: 5 * TRI.sphere(10, 6) + 2 * TRI.capsule(6) + TRI.sphere(10, 6),
  synonyms: ['bull', 'ox', 'cattle', 'heifer', 'calf', 'bullock', 'steer'],
});

const sheep = quadrupedProp({
  type: 'sheep',
  summary: 'A sheep: round woolly fleece on thin dark legs, dark face with side ears.',
  plan: {
    torso: { length: 1, height: 0.5, width: 0.55 },
    leg: { length: 0.28, radius: 0.03, hooves: true },
    neck: { length: 0.16, radius: 0.13, riseDeg: 40 },
    head: { length: 0.22, height: 0.15, width: 0.13, snoutLength: 0.08, snoutRadius: 0.05, pitchDeg: 25 },
    ears: { kind: 'side', size: 0.09 },
    tail: { length: 0.12, radius: 0.04, riseDeg: -60 },
    slots: { body: 'fleece', head: 'skin', legs: 'skin' },
  },
  poses: ['standing', 'lying'],
  height: [0.78, 0.4, 1],
  materials: { fleece: 'wool_knit_cream', skin: 'fur_black', hooves: 'horn', eyes: EYES },
  feature: { name: 'horns', describe: 'curled horns (a ram)', default: false },
  extras: (b, a, plan, withHorns) => {
    if (withHorns) horns(b, a, plan, 0.14);
  },
  extraTriangles: 2 * TRI.capsule(6),
  synonyms: ['lamb', 'ewe', 'ram'],
});

const pig = quadrupedProp({
  type: 'pig',
  summary: 'A farm pig: long round body on short legs, big head with a flat snout, forward ears, little tail.',
  plan: {
    torso: { length: 1.3, height: 0.6, width: 0.55 },
    leg: { length: 0.22, radius: 0.05, hooves: true },
    neck: { length: 0.1, radius: 0.22, riseDeg: 10 },
    head: { length: 0.3, height: 0.28, width: 0.27, snoutLength: 0.13, snoutRadius: 0.08, pitchDeg: 10 },
    ears: { kind: 'pointed', size: 0.1 },
    tail: { length: 0.15, radius: 0.015, riseDeg: 30 },
    slots: { body: 'skin', head: 'skin', legs: 'skin' },
  },
  poses: ['standing', 'lying'],
  height: [0.82, 0.3, 1.1],
  materials: { skin: 'skin_very_light', hooves: 'horn', eyes: EYES },
  synonyms: ['hog', 'boar', 'sow', 'piglet', 'swine'],
});

const deer = quadrupedProp({
  type: 'deer',
  summary: 'A deer: slender body on long legs, upright neck, large ears, short tail; antlers for a stag.',
  plan: {
    torso: { length: 1.1, height: 0.45, width: 0.38 },
    leg: { length: 0.68, radius: 0.035, hooves: true },
    neck: { length: 0.45, radius: 0.09, riseDeg: 60 },
    head: { length: 0.25, height: 0.15, width: 0.13, snoutLength: 0.12, snoutRadius: 0.05, pitchDeg: 25 },
    ears: { kind: 'pointed', size: 0.13 },
    tail: { length: 0.12, radius: 0.03, riseDeg: 20 },
    slots: furOnly,
  },
  poses: ['standing', 'lying'],
  height: [1.1, 0.6, 2.1],
  materials: { fur: 'fur', antler: 'antler', hooves: 'horn', eyes: EYES },
  feature: { name: 'antlers', describe: 'branching antlers (a stag); off for a doe', default: true },
  extras: (b, a, plan, withAntlers) => {
    if (withAntlers) antlers(b, a, plan);
  },
  extraTriangles: 10 * TRI.capsule(6),
  synonyms: ['stag', 'doe', 'fawn', 'hind', 'buck', 'reindeer', 'elk'],
});

const rat = quadrupedProp({
  type: 'rat',
  summary: 'A rat: low body, pointed snout, round ears, long thin tail; standing or sitting up.',
  plan: {
    torso: { length: 0.17, height: 0.065, width: 0.07 },
    leg: { length: 0.02, radius: 0.007, hooves: false },
    neck: { length: 0.025, radius: 0.024, riseDeg: 20 },
    head: { length: 0.05, height: 0.04, width: 0.04, snoutLength: 0.03, snoutRadius: 0.011, pitchDeg: 10 },
    ears: { kind: 'side', size: 0.02 },
    tail: { length: 0.2, radius: 0.004, riseDeg: 5 },
    slots: furOnly,
  },
  poses: ['standing', 'sitting'],
  height: [0.085, 0.03, 0.15],
  materials: { fur: 'fur_grey', eyes: EYES },
  synonyms: ['mouse', 'rodent'],
});

/* --------------------------------------------------------------------------------------------- birds */

/** A standing bird's proportions, as fractions of its length from beak tip to tail tip. */
interface BirdPlan {
  body: { length: number; height: number; width: number; tiltDeg: number };
  head: number;
  beak: { length: number; radius: number };
  tail: { length: number; riseDeg: number };
  legs: number;
}

const BIRDS = {
  songbird: { body: { length: 0.55, height: 0.36, width: 0.34, tiltDeg: 25 }, head: 0.14, beak: { length: 0.09, radius: 0.03 }, tail: { length: 0.35, riseDeg: 5 }, legs: 0.12 },
  crow: { body: { length: 0.5, height: 0.26, width: 0.24, tiltDeg: 25 }, head: 0.1, beak: { length: 0.12, radius: 0.035 }, tail: { length: 0.38, riseDeg: 0 }, legs: 0.14 },
  pigeon: { body: { length: 0.58, height: 0.36, width: 0.34, tiltDeg: 15 }, head: 0.09, beak: { length: 0.06, radius: 0.018 }, tail: { length: 0.33, riseDeg: 8 }, legs: 0.08 },
  gull: { body: { length: 0.6, height: 0.26, width: 0.26, tiltDeg: 8 }, head: 0.1, beak: { length: 0.11, radius: 0.025 }, tail: { length: 0.3, riseDeg: 5 }, legs: 0.14 },
  owl: { body: { length: 0.7, height: 0.5, width: 0.5, tiltDeg: 65 }, head: 0.22, beak: { length: 0.05, radius: 0.03 }, tail: { length: 0.15, riseDeg: 50 }, legs: 0.1 },
  chicken: { body: { length: 0.62, height: 0.5, width: 0.45, tiltDeg: 15 }, head: 0.12, beak: { length: 0.07, radius: 0.035 }, tail: { length: 0.32, riseDeg: 65 }, legs: 0.32 },
} satisfies Record<string, BirdPlan>;

/** Typical lengths beak to tail, metres. */
const BIRD_LENGTH = { songbird: 0.15, crow: 0.46, pigeon: 0.32, gull: 0.55, owl: 0.38, chicken: 0.42 } as const;

const BIRD_TRIANGLES = TRI.sphere(14, 9) + TRI.sphere(12, 8) + TRI.cone(8) + 2 * TRI.sphere(6, 4) + 2 * TRI.sphere(10, 6) + TRI.box + 2 * (TRI.capsule(6) + TRI.box);

/** A bird standing on y = 0 at unit length; returns where the head is and its radius, for a comb. */
function perchedBird(b: PropBuilder, plan: BirdPlan): V3 {
  const { length: bl, height: bh, width: bw, tiltDeg } = plan.body;
  const rot: V3 = [-tiltDeg, 0, 0];
  const centre: V3 = [0, plan.legs + bh * 0.45, 0];
  const at = (local: V3) => add3(centre, turn(local, rot));
  b.sphere('feathers', 1, { at: centre, rot, scale: [bw / 2, bh / 2, bl / 2] }, 14, 9);
  const hr = plan.head;
  const head = add3(at([0, bh * 0.3, bl * 0.4]), [0, hr * 0.5, hr * 0.2]);
  b.sphere('feathers', hr, { at: head }, 12, 8);
  b.cone('beak', plan.beak.radius, plan.beak.length, { at: add3(head, [0, -hr * 0.1, hr * 0.9 + plan.beak.length / 2]), rot: [90, 0, 0] }, 8);
  for (const s of [-1, 1]) {
    b.sphere('eyes', hr * 0.16, { at: add3(head, [s * hr * 0.78, hr * 0.25, hr * 0.5]) }, 6, 4);
    b.sphere('feathers', 1, { at: at([s * bw * 0.42, bh * 0.08, -bl * 0.08]), rot, scale: [bw * 0.12, bh * 0.36, bl * 0.46] }, 10, 6);
    const hip = at([s * bw * 0.18, -bh * 0.3, 0]);
    limb(b, 'beak', hip, [hip[0], 0.012, hip[2]], 0.012, 6);
    b.box('beak', [0.05, 0.012, 0.12], { at: [hip[0], 0.006, hip[2] + 0.03] });
  }
  const tailRot: V3 = [plan.tail.riseDeg - tiltDeg, 0, 0];
  const tailRoot = at([0, bh * 0.1, -bl * 0.4]);
  b.box('feathers', [bw * 0.5, 0.02, plan.tail.length], { at: add3(tailRoot, turn([0, 0, -plan.tail.length / 2], tailRot)), rot: tailRot });
  return head;
}

const bird = defineProp({
  type: 'bird',
  summary: 'A small perched bird standing on y = 0; `species` sets the shape (songbird, crow, pigeon, gull, owl).',
  slots: ['feathers', 'beak', 'eyes'],
  defaultMaterials: { feathers: 'feathers', beak: 'horn', eyes: EYES },
  schema: strictObject({
    type: z.literal('bird'),
    species: z.enum(['songbird', 'crow', 'pigeon', 'gull', 'owl']).default('songbird'),
    length: z.number().min(0.05).max(1.2).optional().describe('beak to tail, metres; the species\' typical length when unset'),
  }),
  estimate: () => ({ triangles: BIRD_TRIANGLES, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    perchedBird(b, BIRDS[p.species]);
    return scaleParts(b.parts(), p.length ?? BIRD_LENGTH[p.species]);
  },
  prop: { category: 'nature', synonyms: ['songbird', 'sparrow', 'crow', 'raven', 'pigeon', 'seagull', 'owl'], placement: ['floor', 'surface'], themes: [], facing: 'front' },
});

const chicken = defineProp({
  type: 'chicken',
  summary: 'A chicken: plump body on long legs, upturned tail, red comb and wattle; a rooster has a bigger comb and tail.',
  slots: ['feathers', 'beak', 'comb', 'eyes'],
  defaultMaterials: { feathers: 'feathers_white', beak: 'toy_plastic_yellow', comb: 'flower_petal_red', eyes: EYES },
  schema: strictObject({
    type: z.literal('chicken'),
    length: num(BIRD_LENGTH.chicken, 0.1, 0.8).describe('beak to tail, metres'),
    rooster: z.boolean().default(false).describe('a cockerel: tall comb, long raised tail'),
  }),
  estimate: () => ({ triangles: BIRD_TRIANGLES + 5 * TRI.sphere(8, 6), parts: 4 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const plan = p.rooster ? { ...BIRDS.chicken, tail: { length: 0.45, riseDeg: 75 } } : BIRDS.chicken;
    const head = perchedBird(b, plan);
    const hr = plan.head;
    const k = p.rooster ? 1.6 : 1;
    for (const dz of [-0.5, 0, 0.5]) {
      b.sphere('comb', hr * 0.3 * k, { at: add3(head, [0, hr * (0.95 + 0.1 * k), dz * hr * 0.7]), scale: [0.4, 1, 1] }, 8, 6);
    }
    for (const s of [-1, 1]) b.sphere('comb', hr * 0.22 * k, { at: add3(head, [s * hr * 0.15, -hr * 0.85, hr * 0.6]), scale: [0.6, 1.2, 0.8] }, 8, 6);
    return scaleParts(b.parts(), p.length);
  },
  prop: { category: 'nature', synonyms: ['hen', 'rooster', 'cockerel', 'chick', 'poultry'], placement: ['floor', 'center'], themes: [], facing: 'front' },
});

/* ---------------------------------------------------------------------------------------------- fish */

const fish = defineProp({
  type: 'fish',
  summary: 'A fish: streamlined body, forked tail fin, dorsal fin, eyes; upright as if swimming, or lying on its side (on a slab or plate).',
  slots: ['scales', 'fins', 'eyes'],
  defaultMaterials: { scales: 'scales_fish', fins: 'scales_fish', eyes: EYES },
  schema: strictObject({
    type: z.literal('fish'),
    length: num(0.35, 0.03, 3).describe('nose to tail tip, metres'),
    pose: z.enum(['swimming', 'on-side']).default('swimming'),
  }),
  estimate: () => ({ triangles: TRI.sphere(16, 10) + TRI.extrude(4) + TRI.extrude(3) + 2 * TRI.extrude(3) + 2 * TRI.sphere(6, 4), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    // Built at unit length: the body's belly touches y = 0, the tail fin spreads behind it.
    const cy = 0.12;
    b.sphere('scales', 1, { at: [0, cy, 0.08], scale: [0.06, cy, 0.36] }, 16, 10);
    b.extrude('fins', [[0, 0.02], [0.2, 0.11], [0.14, 0], [0.2, -0.11], [0, -0.02]], 0.01, { at: [0, cy, -0.24], rot: [0, 90, 0] });
    b.extrude('fins', [[-0.12, 0], [0.1, 0], [0.04, 0.08]], 0.008, { at: [0, cy * 2 - 0.02, 0.02], rot: [0, 90, 0] });
    for (const s of [-1, 1]) {
      b.extrude('fins', [[0, 0], [0.09, -0.02], [0.07, -0.05]], 0.006, { at: [s * 0.045, cy * 0.7, 0.22], rot: [0, 90, 0] });
      b.sphere('eyes', 0.018, { at: [s * 0.035, cy * 1.15, 0.33] }, 6, 4);
    }
    const parts = scaleParts(b.parts(), p.length);
    if (p.pose === 'swimming') return parts;
    // On its side: turned about its length so its flank lies on the surface.
    const rotation: [number, number, number, number] = [0, 0, Math.SQRT1_2, Math.SQRT1_2];
    return parts.map((part) => ({ ...part, rotation, translation: [cy * p.length, 0.06 * p.length, 0] as V3 }));
  },
  prop: { category: 'nature', synonyms: ['trout', 'salmon', 'carp', 'goldfish', 'cod', 'herring'], placement: ['surface', 'floor'], themes: [], facing: 'front' },
});

export const ANIMALS_PROPS: readonly PropDef[] = [
  cat, dog, wolf, horse, cow, sheep, pig, deer, rat,
  bird as unknown as PropDef, chicken as unknown as PropDef, fish as unknown as PropDef,
];
