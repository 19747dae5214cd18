/**
 * Practicals: light sources a scene's text names that the other batches lack (a bare bulb, a nightlight, a neon
 * sign, a fluorescent batten, fairy lights, a hurricane lamp, a stage spotlight, a flashlight). Each has its
 * glowing part in an emissive slot, so the emitter reads in frame, and a `light` with the real thing's colour
 * temperature and lumens, so the layout puts a matching light where the glow is.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { T, dim, rod } from './handheld.js';

/** Teardrop flame, unit size: [radius, height] bottom to top (as lighting.ts draws candle flames). */
const FLAME: [number, number][] = [[0, 0], [0.55, 0.1], [1, 0.3], [0.85, 0.5], [0.5, 0.72], [0.18, 0.9], [0, 1]];

/** A-shape (A19) household bulb, 60 mm wide and 110 mm long, from its tip up to its screw base at y = 0. */
const A19: [number, number][] = [[0, -0.11], [0.016, -0.106], [0.027, -0.093], [0.03, -0.077], [0.028, -0.06], [0.02, -0.042], [0.013, -0.026], [0.013, 0]];

// ---------------------------------------------------------------------------------------------------------

export const bare_bulb = defineProp({
  type: 'bare_bulb',
  summary: 'Bare light bulb hanging on its flex from a ceiling rose: cord, bakelite lampholder and a lit A-shape bulb; hangs below y = 0.',
  slots: ['bulb', 'cord', 'fitting'],
  defaultMaterials: { bulb: 'incandescent_filament', cord: 'rubber_black', fitting: 'bakelite_brown' },
  schema: strictObject({
    type: z.literal('bare_bulb'),
    drop: dim(0.8, 4).describe('ceiling to the lampholder, metres'),
  }),
  estimate: () => ({ triangles: 3 * T.cyl(12) + T.lathe(A19.length, 16), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    b.cylinder('fitting', 0.04, 0.04, 0.02, { at: [0, -0.01, 0] }, 12);
    b.cylinder('cord', 0.003, 0.003, p.drop - 0.02, { at: [0, -0.02 - (p.drop - 0.02) / 2, 0] }, 12);
    b.cylinder('fitting', 0.016, 0.019, 0.05, { at: [0, -p.drop - 0.025, 0] }, 12);
    b.lathe('bulb', A19, { at: [0, -p.drop - 0.05, 0] }, 16);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['bare bulb', 'naked bulb', 'light bulb', 'hanging bulb'],
    placement: ['ceiling'],
    // A 60 W-equivalent incandescent: 800 lm at 2700 K, from the middle of the glass.
    light: (p) => ({ offset: [0, -p.drop - 0.05 - 0.075, 0], kelvin: 2700, lumens: 800 }),
    themes: [],
    facing: 'none',
  },
});

// ---------------------------------------------------------------------------------------------------------

export const nightlight = defineProp({
  type: 'nightlight',
  summary: 'Plug-in nightlight: a small white plug body against the wall (back at z = 0) at socket height, with a glowing dome facing +Z.',
  slots: ['glow', 'body'],
  defaultMaterials: { glow: 'incandescent_filament', body: 'plastic_glossy_white' },
  schema: strictObject({
    type: z.literal('nightlight'),
    socketHeight: z.number().min(0.1).max(1.5).default(0.3).describe('height of the wall socket it is plugged into, metres'),
  }),
  estimate: () => ({ triangles: T.box + T.sphere(12, 8), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    b.box('body', [0.05, 0.07, 0.025], { at: [0, p.socketHeight, 0.0125] });
    b.sphere('glow', 0.022, { at: [0, p.socketHeight, 0.025], scale: [1, 1.2, 0.5] }, 12, 8);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['night light', 'plug-in nightlight'],
    placement: ['wall'],
    // A few lumens of warm amber: enough to find the door by, not to read by.
    light: (p) => ({ offset: [0, p.socketHeight, 0.05], kelvin: 2400, lumens: 10 }),
    themes: ['house'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------------------

/**
 * The neon presets a sign's tube can be, and the colour temperature nearest each one's glow on the warm–cool axis.
 * Each colour draws its tube in a slot of its own (`tube_blue` → neon_blue), so the `colour` parameter alone
 * picks the glow: a prop's default materials cannot depend on its parameters.
 */
const NEON_KELVIN = { pink: 2400, red: 1800, white: 6000, green: 5500, blue: 12000, uv_purple: 15000 } as const;
type NeonColour = keyof typeof NEON_KELVIN;
const NEON_COLOURS = Object.keys(NEON_KELVIN) as [NeonColour, ...NeonColour[]];
export const neonSlot = (colour: NeonColour): string => `tube_${colour}`;
/** Glass tube radius (12 mm tube), its corner bend radius, and the gap between the tube and the board. */
const TUBE_R = 0.006;
const BEND = 0.04;
const STANDOFF = 0.025;
/** Waves in the script line across the sign, and straight runs per wave. */
const WAVES = 3;
const RUNS_PER_WAVE = 6;

export const neon_sign = defineProp({
  type: 'neon_sign',
  summary: 'Neon sign: a glowing glass tube bent into a rounded border and a script-like wave, standing off a dark backing board (back at z = 0, front +Z).',
  slots: ['board', ...NEON_COLOURS.map(neonSlot)],
  defaultMaterials: { board: 'powder_coat_black', ...Object.fromEntries(NEON_COLOURS.map((c) => [neonSlot(c), `neon_${c}`])) },
  schema: strictObject({
    type: z.literal('neon_sign'),
    colour: z.enum(NEON_COLOURS).default('pink').describe('the neon_* preset the tube glows in, and so the colour temperature of its light'),
    width: dim(0.9, 4).describe('board width, metres'),
    height: dim(0.5, 2).describe('board height, metres'),
  }),
  estimate: () => ({ triangles: T.box + 4 * T.cyl(6) + 4 * T.torus(6, 6) + WAVES * RUNS_PER_WAVE * T.cyl(6), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const tube = neonSlot(p.colour);
    b.box('board', [p.width, p.height, 0.02], { at: [0, p.height / 2, 0.01] });
    neonBorder(b, tube, p.width - 0.08, p.height - 0.08, p.height / 2, 0.02 + STANDOFF);
    neonScript(b, tube, p.width - 0.3, p.height * 0.18, p.height / 2, 0.02 + STANDOFF);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['neon light', 'neon tube', 'neon lettering'],
    placement: ['wall'],
    // A sign of a few metres of tube gives a few hundred lumens, thrown forward off the board.
    light: (p) => ({ offset: [0, p.height / 2, 0.15], kelvin: NEON_KELVIN[p.colour], lumens: 300 }),
    themes: [],
    facing: 'front',
  },
});

/** A rounded-rectangle loop of tube, `w` × `h` centred at height `cy`, in the plane z = `z`. */
function neonBorder(b: PropBuilder, tube: string, w: number, h: number, cy: number, z: number): void {
  const hx = w / 2 - BEND;
  const hy = h / 2 - BEND;
  rod(b, tube, [-hx, cy + h / 2, z], [hx, cy + h / 2, z], TUBE_R, 6);
  rod(b, tube, [-hx, cy - h / 2, z], [hx, cy - h / 2, z], TUBE_R, 6);
  rod(b, tube, [-w / 2, cy - hy, z], [-w / 2, cy + hy, z], TUBE_R, 6);
  rod(b, tube, [w / 2, cy - hy, z], [w / 2, cy + hy, z], TUBE_R, 6);
  // Corner bends: quarter tori turned to each corner (a torus arc starts on +X and turns towards +Y).
  const corners: [number, number, number][] = [[hx, hy, 0], [-hx, hy, 90], [-hx, -hy, 180], [hx, -hy, 270]];
  for (const [x, y, deg] of corners) b.torus(tube, BEND, TUBE_R, { at: [x, cy + y, z], rot: [0, 0, deg] }, 90, 6, 6);
}

/** A wave of tube across the middle, `w` wide and `amp` high, standing for the sign's lettering. */
function neonScript(b: PropBuilder, tube: string, w: number, amp: number, cy: number, z: number): void {
  const n = WAVES * RUNS_PER_WAVE;
  const at = (i: number): V3 => [-w / 2 + (w * i) / n, cy + amp * Math.sin((2 * Math.PI * WAVES * i) / n), z];
  for (let i = 0; i < n; i++) rod(b, tube, at(i), at(i + 1), TUBE_R, 6);
}

// ---------------------------------------------------------------------------------------------------------

export const fluorescent_tube = defineProp({
  type: 'fluorescent_tube',
  summary: 'Fluorescent batten: a white metal channel with bare tubes along X under it, flush or hung on two wires; hangs below y = 0.',
  slots: ['tube', 'body'],
  defaultMaterials: { tube: 'fluorescent_tube', body: 'plastic_glossy_white' },
  schema: strictObject({
    type: z.literal('fluorescent_tube'),
    length: dim(1.5, 2.4).describe('tube length, metres (5 ft: 1.5 m; 4 ft: 1.2 m)'),
    tubes: z.number().int().min(1).max(4).default(1),
    drop: z.number().min(0).max(2).default(0).describe('suspension wires, ceiling to the batten, metres (0: flush)'),
  }),
  estimate: (p) => ({ triangles: 3 * T.box + 2 * T.cyl(6) + p.tubes * T.cyl(12), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = battenGeometry(p);
    b.box('body', [p.length + 0.06, 0.05, g.width], { at: [0, g.top - 0.025, 0] });
    for (const x of [-1, 1]) {
      b.box('body', [0.03, 0.04, g.width], { at: [x * (p.length / 2 + 0.015), g.top - 0.07, 0] });
      if (p.drop > 0) rod(b, 'body', [x * p.length * 0.35, 0, 0], [x * p.length * 0.35, g.top, 0], 0.0015, 6);
    }
    for (let i = 0; i < p.tubes; i++) {
      const z = (i - (p.tubes - 1) / 2) * 0.05;
      b.cylinder('tube', 0.013, 0.013, p.length, { at: [0, g.tubeY, z], rot: [0, 0, 90] }, 12);
    }
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['strip light', 'fluorescent light', 'tube light', 'batten'],
    placement: ['ceiling'],
    // A 5 ft T8 tube: about 2,500 lm at 4000 K (cool white), per tube.
    light: (p) => ({ offset: [0, battenGeometry(p).tubeY - 0.05, 0], kelvin: 4000, lumens: 2500 * p.tubes }),
    themes: ['office', 'scifi'],
    facing: 'none',
  },
});

function battenGeometry(p: { tubes: number; drop: number }) {
  const top = -p.drop;
  return { top, width: 0.04 + 0.05 * p.tubes, tubeY: top - 0.05 - 0.015 };
}

// ---------------------------------------------------------------------------------------------------------

export const fairy_lights = defineProp({
  type: 'fairy_lights',
  summary: 'String of fairy lights along X: a fine wire sagging between its two ends with small lit bulbs along it; the lowest point on y = 0.',
  slots: ['bulb', 'wire'],
  defaultMaterials: { bulb: 'incandescent_filament', wire: 'copper' },
  schema: strictObject({
    type: z.literal('fairy_lights'),
    length: dim(2.5, 15).describe('end to end, metres'),
    sag: z.number().min(0).max(1).default(0.15).describe('how far the middle hangs below the ends, metres'),
    spacing: z.number().min(0.1).max(1).default(0.15).describe('between bulbs, metres'),
  }),
  estimate: (p) => ({ triangles: (fairyCount(p) + 1) * (T.cyl(4) + T.sphere(6, 4)), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const n = fairyCount(p);
    // The wire hangs as a parabola (a shallow catenary): ends at y = sag, middle at y = 0.
    const at = (i: number): V3 => {
      const u = (2 * i) / n - 1;
      return [(u * p.length) / 2, 0.01 + p.sag * u * u, 0];
    };
    for (let i = 0; i < n; i++) rod(b, 'wire', at(i), at(i + 1), 0.0008, 4);
    for (let i = 0; i <= n; i++) b.sphere('bulb', 0.005, { at: at(i), scale: [1, 1.4, 1] }, 6, 4);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['fairy light', 'string light', 'christmas light', 'festoon light'],
    placement: ['wall'],
    // Warm-white LEDs: about 80 lm a metre, 2200 K; one light at the middle of the string stands for them all.
    light: (p) => ({ offset: [0, 0.01 + p.sag / 3, 0.05], kelvin: 2200, lumens: 80 * p.length }),
    themes: ['house'],
    facing: 'none',
  },
});

function fairyCount(p: { length: number; spacing: number }): number {
  return Math.max(2, Math.round(p.length / p.spacing));
}

// ---------------------------------------------------------------------------------------------------------

export const oil_lamp = defineProp({
  type: 'oil_lamp',
  summary: 'Hurricane (kerosene) lamp: tin fuel font, wire guards round a bulbous glass globe, vented top cap and bail handle, wick lit.',
  slots: ['metal', 'glass', 'flame'],
  defaultMaterials: { metal: 'steel_galvanised', glass: 'glass_clear', flame: 'candle_flame' },
  schema: strictObject({
    type: z.literal('oil_lamp'),
    height: dim(0.3, 0.8).describe('base to the top of the cap, metres (without the handle)'),
  }),
  estimate: () => ({ triangles: T.lathe(6, 20) + T.cyl(12) + T.lathe(7, 20) + T.lathe(5, 20) + 4 * T.cyl(6) + T.torus(5, 16) + T.lathe(FLAME.length, 8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const g = oilLampGeometry(p.height);
    const s = g.s;
    b.lathe('metal', [[0, 0], [0.075 * s, 0], [0.08 * s, 0.02 * s], [0.075 * s, 0.06 * s], [0.03 * s, g.font], [0, g.font]], {}, 20);
    b.cylinder('metal', 0.012 * s, 0.014 * s, 0.02 * s, { at: [0, g.font + 0.01 * s, 0] }, 12);
    b.lathe('glass', [[0.035 * s, g.font], [0.055 * s, g.font + 0.03 * s], [0.062 * s, g.font + 0.08 * s], [0.05 * s, g.globeTop - 0.04 * s], [0.032 * s, g.globeTop - 0.01 * s], [0.03 * s, g.globeTop]], {}, 20);
    b.lathe('metal', [[0.035 * s, g.globeTop], [0.045 * s, g.globeTop + 0.01 * s], [0.03 * s, p.height - 0.005 * s], [0.015 * s, p.height], [0, p.height]], {}, 20);
    for (const x of [-1, 1]) {
      rod(b, 'metal', [x * 0.07 * s, 0.06 * s, 0], [x * 0.07 * s, g.globeTop, 0], 0.002 * s, 6);
      rod(b, 'metal', [0, 0.06 * s, x * 0.07 * s], [0, g.globeTop, x * 0.07 * s], 0.002 * s, 6);
    }
    b.torus('metal', 0.07 * s, 0.002 * s, { at: [0, p.height - 0.02 * s, 0] }, 180, 5, 16);
    b.lathe('flame', FLAME.map(([r, y]) => [r * 0.008 * s, y * 0.035 * s]), { at: [0, g.wick, 0] }, 8);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['hurricane lamp', 'kerosene lamp', 'paraffin lamp', 'hurricane lantern'],
    placement: ['surface', 'floor'],
    // A flat-wick kerosene flame: about 100 lm (a 7–10 candlepower lamp) at 1900 K.
    light: (p) => ({ offset: [0, oilLampGeometry(p.height).wick + 0.02 * (p.height / 0.3), 0], kelvin: 1900, lumens: 100 }),
    themes: ['house', 'castle'],
    facing: 'none',
  },
});

function oilLampGeometry(height: number) {
  const s = height / 0.3;
  const font = 0.08 * s;
  return { s, font, wick: font + 0.02 * s, globeTop: height - 0.05 * s };
}

// ---------------------------------------------------------------------------------------------------------

export const spotlight = defineProp({
  type: 'spotlight',
  summary: 'Stage or film spotlight: a fresnel lamp head with barn doors on a yoke, aimed along +Z (tilted down), on a three-legged stand.',
  slots: ['housing', 'lens', 'stand'],
  defaultMaterials: { housing: 'powder_coat_black', lens: 'incandescent_filament', stand: 'chrome' },
  schema: strictObject({
    type: z.literal('spotlight'),
    height: z.number().min(0.8).max(4).default(1.8).describe('floor to the lamp head centre, metres'),
    tiltDeg: z.number().min(-45).max(60).default(10).describe('aim below the horizontal, degrees'),
  }),
  estimate: () => ({ triangles: 4 * T.cyl(6) + 3 * T.box + T.cyl(16) + T.cyl(16) + 4 * T.box, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const hub = 0.5;
    for (let k = 0; k < 3; k++) {
      const a = (2 * Math.PI * k) / 3 + Math.PI / 2;
      rod(b, 'stand', [0, hub, 0], [Math.cos(a) * 0.45, 0.01, Math.sin(a) * 0.45], 0.01, 6);
    }
    rod(b, 'stand', [0, 0.3, 0], [0, p.height - 0.14, 0], 0.014, 6);
    b.box('stand', [0.3, 0.02, 0.03], { at: [0, p.height - 0.14, 0] });
    for (const x of [-1, 1]) b.box('stand', [0.015, 0.15, 0.03], { at: [x * 0.15, p.height - 0.07, 0] });
    b.cylinder('housing', 0.12, 0.12, 0.28, { at: [0, p.height, 0], rot: [90 + p.tiltDeg, 0, 0] }, 16);
    spotFront(b, p.height, p.tiltDeg);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['stage light', 'film light', 'fresnel', 'follow spot'],
    placement: ['floor', 'corner'],
    // A 500 W tungsten fresnel: about 5,000 lm at 3200 K, from just in front of the lens.
    light: (p) => ({ offset: spotPoint(p.height, p.tiltDeg, 0.2), kelvin: 3200, lumens: 5000 }),
    themes: [],
    facing: 'front',
  },
});

/** A point `d` metres along the lamp's aim from the head's centre. */
function spotPoint(height: number, tiltDeg: number, d: number): V3 {
  const t = (tiltDeg * Math.PI) / 180;
  return [0, height - d * Math.sin(t), d * Math.cos(t)];
}

/** The lens disc at the front of the head and four barn doors round it, all turned with the aim. */
function spotFront(b: PropBuilder, height: number, tiltDeg: number): void {
  const rot: V3 = [90 + tiltDeg, 0, 0];
  b.cylinder('lens', 0.1, 0.1, 0.01, { at: spotPoint(height, tiltDeg, 0.142), rot }, 16);
  const t = (tiltDeg * Math.PI) / 180;
  // The doors stand 0.13 m off the axis, each reaching 0.12 m forward of the lens.
  const up: V3 = [0, Math.cos(t), Math.sin(t)];
  const mid = spotPoint(height, tiltDeg, 0.2);
  const at = (side: number, ax: V3): V3 => [mid[0] + side * ax[0] * 0.13, mid[1] + side * ax[1] * 0.13, mid[2] + side * ax[2] * 0.13];
  for (const side of [-1, 1]) {
    b.box('housing', [0.24, 0.004, 0.12], { at: at(side, up), rot: [tiltDeg, 0, 0] });
    b.box('housing', [0.004, 0.24, 0.12], { at: at(side, [1, 0, 0]), rot: [tiltDeg, 0, 0] });
  }
}

// ---------------------------------------------------------------------------------------------------------

export const flashlight = defineProp({
  type: 'flashlight',
  summary: 'Flashlight (electric torch) lying on its side: a ribbed barrel and a flared head with a lit lens at +Z.',
  slots: ['body', 'lens'],
  defaultMaterials: { body: 'anodised_aluminium_black', lens: 'led_panel' },
  schema: strictObject({
    type: z.literal('flashlight'),
    length: dim(0.25, 0.6).describe('tail to lens, metres'),
  }),
  estimate: () => ({ triangles: T.lathe(8, 16) + T.box + T.cyl(16), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const L = p.length;
    const r = flashlightRadius(L);
    const rh = r * 1.55;
    // Lathed along Y from the tail (y = 0) to the head, then laid down so the head points at +Z.
    const profile: [number, number][] = [[0, 0], [r * 0.9, 0], [r, 0.01], [r, L * 0.7], [rh, L * 0.85], [rh, L - 0.004], [rh * 0.9, L - 0.004], [0, L - 0.004]];
    b.lathe('body', profile, { at: [0, rh, -L / 2], rot: [90, 0, 0] }, 16);
    b.box('body', [0.008, 0.004, 0.02], { at: [0, rh + r, L * 0.15] });
    b.cylinder('lens', rh * 0.85, rh * 0.85, 0.004, { at: [0, rh, L / 2 - 0.002], rot: [90, 0, 0] }, 16);
    return b.parts();
  },
  prop: {
    category: 'lighting',
    synonyms: ['electric torch', 'pocket torch', 'penlight'],
    placement: ['surface', 'floor'],
    // A modern LED flashlight: about 300 lm at 5000 K, just off the lens.
    light: (p) => ({ offset: [0, flashlightRadius(p.length) * 1.55, p.length / 2 + 0.03], kelvin: 5000, lumens: 300 }),
    themes: [],
    facing: 'front',
  },
});

function flashlightRadius(length: number): number {
  return 0.016 * (length / 0.25);
}

// ---------------------------------------------------------------------------------------------------------

export const PRACTICALS_PROPS: readonly PropDef[] = [bare_bulb, nightlight, neon_sign, fluorescent_tube, fairy_lights, oil_lamp, spotlight, flashlight] as unknown as PropDef[];
