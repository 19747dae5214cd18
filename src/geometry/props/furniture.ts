/**
 * Furniture props: seating (chair, bench, stool, sofa, throne, office chair), beds, case goods (cabinet,
 * wardrobe, bookshelf, desk), tables and soft furnishings (coffee table, rug) and a wall shelf. Every prop
 * stands on y = 0, centred in X and Z, with its front (seat front, doors, drawers) looking along +Z.
 */
import { z } from 'zod';
import { Euler, Quaternion, Vector3 } from 'three';
import { strictObject } from '../../core/zod.js';
import { PropBuilder, type V3 } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { RAD_TO_DEG } from '../../core/angles.js';

/** A size in metres: default, then the smallest and largest value the geometry makes sense for. */
const dim = (d: number, min: number, max: number) => z.number().positive().min(min).max(max).default(d);
const count = (d: number, min: number, max: number) => z.number().int().min(min).max(max).default(d);
const style = <T extends string>(values: readonly [T, ...T[]], d: T) => z.enum(values).default(d as never);

// Triangle counts of the builder's primitives, for estimates that are true upper bounds.
const BOX = 12;
const cyl = (segments: number) => 4 * segments;
const sph = (w: number, h: number) => 2 * w * h;
const tor = (radial: number, tubular: number) => 2 * radial * tubular;
const ext = (points: number) => 4 * points + 4;


/** A cylinder from `from` to `to` (legs, struts): its axis along the segment. */
function strut(b: PropBuilder, slot: string, from: V3, to: V3, radius: number, segments = 8, radiusTop = radius): void {
  const a = new Vector3(...from);
  const dir = new Vector3(...to).sub(a);
  const length = dir.length();
  const q = new Quaternion().setFromUnitVectors(new Vector3(0, 1, 0), dir.clone().normalize());
  const e = new Euler().setFromQuaternion(q, 'XYZ');
  const mid = a.add(dir.multiplyScalar(0.5));
  b.cylinder(slot, radiusTop, radius, length, { at: [mid.x, mid.y, mid.z], rot: [e.x * RAD_TO_DEG, e.y * RAD_TO_DEG, e.z * RAD_TO_DEG] }, segments);
}

// ---------------------------------------------------------------------------------------------- seating

export const chair = defineProp({
  type: 'chair',
  summary: 'Dining chair: four legs, seat at `seatHeight`, optional back and arms; faces +Z.',
  slots: ['frame', 'seat'],
  defaultMaterials: { frame: 'oak', seat: 'chenille_upholstery' },
  schema: strictObject({
    type: z.literal('chair'),
    width: dim(0.45, 0.25, 3).describe('along X, metres'),
    depth: dim(0.45, 0.25, 3).describe('along Z, metres'),
    seatHeight: dim(0.45, 0.2, 3).describe('floor to top of the seat, metres'),
    height: dim(0.9, 0.3, 4).describe('floor to top of the back, metres'),
    back: z.boolean().default(true),
    arms: z.boolean().default(false),
    style: style(['rustic', 'modern'], 'rustic').describe('rustic: square legs, stretchers, spindle back; modern: slim legs, panel back'),
  }),
  estimate: () => ({ triangles: BOX * 17, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const rustic = p.style === 'rustic';
    const t = Math.min(rustic ? 0.045 : 0.035, p.width / 6, p.depth / 6);
    const seatT = Math.min(0.04, p.seatHeight / 4);
    const legH = p.seatHeight - seatT;
    const top = Math.max(p.height, p.seatHeight + 0.15);
    const lx = p.width / 2 - t / 2;
    const lz = p.depth / 2 - t / 2;
    b.box('seat', [p.width, seatT, p.depth], { at: [0, p.seatHeight - seatT / 2, 0] });
    for (const sx of [-1, 1]) {
      b.box('frame', [t, legH, t], { at: [sx * lx, legH / 2, lz] });
      const rearH = p.back ? top : legH;
      b.box('frame', [t, rearH, t], { at: [sx * lx, rearH / 2, -lz] });
    }
    const innerW = p.width - 2 * t;
    if (p.back) {
      const backSpan = top - p.seatHeight;
      if (rustic) {
        const railH = Math.min(0.07, backSpan * 0.25);
        b.box('frame', [innerW, railH, t * 0.8], { at: [0, top - railH / 2 - 0.01, -lz] });
        const midY = p.seatHeight + backSpan * 0.3;
        b.box('frame', [innerW, railH * 0.6, t * 0.6], { at: [0, midY, -lz] });
        const spindleH = top - railH - 0.01 - midY;
        for (const i of [-1, 0, 1]) {
          b.box('frame', [0.022, spindleH, 0.02], { at: [(i * innerW) / 4, midY + spindleH / 2, -lz] });
        }
      } else {
        const panelH = Math.min(0.3, backSpan * 0.6);
        b.box('frame', [innerW, panelH, t * 0.6], { at: [0, top - panelH / 2 - 0.02, -lz] });
      }
    }
    if (rustic) {
      const s = t * 0.6;
      const y = Math.min(0.15, legH / 3);
      for (const sx of [-1, 1]) b.box('frame', [s, s, p.depth - 2 * t], { at: [sx * lx, y, 0] });
      b.box('frame', [innerW, s, s], { at: [0, y + 0.05 < legH ? y + 0.05 : y, lz] });
    }
    if (p.arms) {
      const armY = p.seatHeight + 0.22;
      const armD = p.depth - t;
      for (const sx of [-1, 1]) {
        b.box('frame', [0.05, 0.03, armD], { at: [sx * (p.width / 2 - 0.025), armY, t / 2] });
        b.box('frame', [0.03, 0.22, 0.03], { at: [sx * (p.width / 2 - 0.025), p.seatHeight + 0.11 - 0.015, p.depth / 2 - 0.05] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['dining chair', 'kitchen chair', 'side chair', 'wooden chair', 'seat', 'chairs'],
    placement: ['floor', 'center'],
    themes: ['dungeon', 'castle', 'house', 'office'],
    facing: 'front',
  },
});

export const bench = defineProp({
  type: 'bench',
  summary: 'Bench: plank seat on trestle legs (rustic) or a slab on four legs (modern), optional back; faces +Z.',
  slots: ['seat', 'frame'],
  defaultMaterials: { seat: 'pine', frame: 'pine' },
  schema: strictObject({
    type: z.literal('bench'),
    width: dim(1.4, 0.4, 10).describe('along X, metres'),
    depth: dim(0.38, 0.2, 3).describe('along Z, metres'),
    height: dim(0.45, 0.2, 3).describe('floor to top of the seat, metres'),
    back: z.boolean().default(false),
    backHeight: dim(0.4, 0.1, 2).describe('back rest above the seat, metres'),
    style: style(['rustic', 'modern'], 'rustic'),
  }),
  estimate: () => ({ triangles: BOX * 12, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const seatT = Math.min(0.045, p.height / 4);
    const legH = p.height - seatT;
    const seatY = p.height - seatT / 2;
    const inset = Math.min(0.15, p.width / 5);
    if (p.style === 'rustic') {
      const plankD = p.depth / 3;
      for (const i of [-1, 0, 1]) b.box('seat', [p.width, seatT, plankD - 0.006], { at: [0, seatY, i * plankD] });
      const slabT = Math.min(0.05, p.width / 10);
      const footH = Math.min(0.05, legH / 4);
      for (const sx of [-1, 1]) {
        const x = sx * (p.width / 2 - inset);
        b.box('frame', [slabT, legH - footH, p.depth * 0.8], { at: [x, footH + (legH - footH) / 2, 0] });
        b.box('frame', [slabT * 1.4, footH, p.depth * 0.95], { at: [x, footH / 2, 0] });
      }
      b.box('frame', [p.width - 2 * inset, 0.05, 0.04], { at: [0, Math.min(0.18, legH / 2), 0] });
    } else {
      b.box('seat', [p.width, seatT, p.depth], { at: [0, seatY, 0] });
      const t = Math.min(0.04, p.depth / 6);
      for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
        b.box('frame', [t, legH, t], { at: [sx * (p.width / 2 - inset), legH / 2, sz * (p.depth / 2 - t / 2 - 0.03)] });
      }
    }
    if (p.back) {
      const postT = Math.min(0.05, p.depth / 5);
      const top = p.height + p.backHeight;
      const z = -p.depth / 2 + postT / 2;
      for (const sx of [-1, 1]) b.box('frame', [postT, top - p.height, postT], { at: [sx * (p.width / 2 - inset), p.height + (top - p.height) / 2, z] });
      const railH = Math.min(0.1, p.backHeight / 3);
      b.box('seat', [p.width, railH, postT * 0.6], { at: [0, top - railH / 2, z] });
      b.box('seat', [p.width, railH, postT * 0.6], { at: [0, p.height + p.backHeight * 0.45, z] });
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['pew', 'settle', 'form', 'park bench', 'trestle bench', 'seat'],
    placement: ['floor', 'wall', 'center'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'cave', 'house'],
    facing: 'front',
  },
});

export const stool = defineProp({
  type: 'stool',
  summary: 'Round stool on splayed legs with an optional foot ring.',
  slots: ['seat', 'legs'],
  defaultMaterials: { seat: 'elm_wood', legs: 'oak' },
  schema: strictObject({
    type: z.literal('stool'),
    height: dim(0.45, 0.15, 2).describe('floor to top of the seat, metres (0.45 low stool, 0.75 bar stool)'),
    radius: dim(0.17, 0.08, 1).describe('seat radius, metres'),
    legs: count(4, 3, 6),
    rung: z.boolean().default(true).describe('a ring joining the legs'),
  }),
  estimate: (p) => ({ triangles: cyl(16) + p.legs * cyl(8) + tor(6, 24), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const seatT = Math.min(0.035, p.height / 5);
    b.cylinder('seat', p.radius, p.radius, seatT, { at: [0, p.height - seatT / 2, 0] }, 16);
    const legR = Math.min(0.016, p.radius / 6);
    const rTop = p.radius * 0.6;
    const rBottom = p.radius * 0.95;
    const topY = p.height - seatT;
    for (let i = 0; i < p.legs; i++) {
      const a = (i / p.legs) * Math.PI * 2 + Math.PI / p.legs;
      const dx = Math.sin(a);
      const dz = Math.cos(a);
      strut(b, 'legs', [dx * rBottom, legR, dz * rBottom], [dx * rTop, topY, dz * rTop], legR, 8);
    }
    if (p.rung) {
      const y = topY * 0.35;
      const t = (y - legR) / (topY - legR);
      const r = rBottom + (rTop - rBottom) * t;
      b.torus('legs', r, legR * 0.6, { at: [0, y, 0], rot: [90, 0, 0] }, 360, 6, 24);
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['bar stool', 'milking stool', 'tabouret', 'stepstool', 'seat'],
    placement: ['floor', 'center'],
    surfaceHeight: (p) => p.height,
    themes: ['dungeon', 'castle', 'cave', 'house', 'office'],
  },
});

export const sofa = defineProp({
  type: 'sofa',
  summary: 'Upholstered sofa: base, back, optional arms, seat and back cushions on short legs; faces +Z.',
  slots: ['upholstery', 'cushions', 'legs'],
  defaultMaterials: { upholstery: 'chenille_upholstery', cushions: 'linen_natural', legs: 'walnut' },
  schema: strictObject({
    type: z.literal('sofa'),
    width: dim(2.0, 0.8, 8).describe('along X, metres'),
    depth: dim(0.85, 0.5, 3).describe('along Z, metres'),
    height: dim(0.9, 0.4, 3).describe('floor to top of the back, metres'),
    seatHeight: dim(0.45, 0.2, 2).describe('floor to top of the seat cushions, metres'),
    arms: z.boolean().default(true),
    cushions: count(3, 1, 6).describe('seat cushions side by side'),
    style: style(['modern', 'classic'], 'modern').describe('modern: square arms and block legs; classic: rolled arms, turned legs'),
  }),
  estimate: (p) => ({ triangles: BOX * 4 + 2 * cyl(12) + p.cushions * 2 * BOX + 4 * cyl(8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const classic = p.style === 'classic';
    const legH = Math.min(0.08, p.seatHeight / 5);
    const cushionT = Math.min(0.14, p.seatHeight / 3);
    const baseTop = p.seatHeight - cushionT;
    const top = Math.max(p.height, p.seatHeight + 0.15);
    const armW = p.arms ? Math.min(0.18, p.width / 6) : 0;
    const armH = Math.min(top, p.seatHeight + 0.2);
    const backT = Math.min(0.18, p.depth / 4);
    const innerW = p.width - 2 * armW;
    b.box('upholstery', [innerW, baseTop - legH, p.depth], { at: [0, legH + (baseTop - legH) / 2, 0] });
    b.box('upholstery', [innerW, top - baseTop, backT], { at: [0, baseTop + (top - baseTop) / 2, -p.depth / 2 + backT / 2] });
    if (p.arms) {
      for (const sx of [-1, 1]) {
        const x = sx * (p.width / 2 - armW / 2);
        const boxTop = classic ? armH - armW / 2 : armH;
        b.box('upholstery', [armW, boxTop - legH, p.depth], { at: [x, legH + (boxTop - legH) / 2, 0] });
        if (classic) b.cylinder('upholstery', armW / 2, armW / 2, p.depth, { at: [x, boxTop, 0], rot: [90, 0, 0] }, 12);
      }
    }
    const cw = innerW / p.cushions;
    const seatD = p.depth - backT;
    const backCushionT = Math.min(0.14, seatD / 4);
    const backCushionH = Math.max(0.05, top - p.seatHeight - 0.06);
    for (let i = 0; i < p.cushions; i++) {
      const x = -innerW / 2 + cw * (i + 0.5);
      b.box('cushions', [cw - 0.01, cushionT, seatD - 0.01], { at: [x, baseTop + cushionT / 2, -p.depth / 2 + backT + seatD / 2] });
      b.box('cushions', [cw - 0.01, backCushionH, backCushionT], { at: [x, p.seatHeight + backCushionH / 2, -p.depth / 2 + backT + backCushionT / 2] });
    }
    const lx = p.width / 2 - 0.06;
    const lz = p.depth / 2 - 0.06;
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) {
      if (classic) b.cylinder('legs', 0.025, 0.018, legH, { at: [sx * lx, legH / 2, sz * lz] }, 8);
      else b.box('legs', [0.04, legH, 0.04], { at: [sx * lx, legH / 2, sz * lz] });
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['couch', 'settee', 'loveseat', 'davenport', 'chesterfield', 'armchair'],
    placement: ['wall', 'center'],
    themes: ['house', 'office'],
    facing: 'front',
  },
});

export const throne = defineProp({
  type: 'throne',
  summary: 'Throne: solid base, tall pointed back with finials, arms, velvet cushions, optional dais; faces +Z.',
  slots: ['frame', 'cushion', 'trim'],
  defaultMaterials: { frame: 'mahogany', cushion: 'velvet_red', trim: 'gold' },
  schema: strictObject({
    type: z.literal('throne'),
    width: dim(0.85, 0.5, 4).describe('along X, metres'),
    depth: dim(0.75, 0.4, 4).describe('along Z, metres'),
    seatHeight: dim(0.5, 0.3, 2).describe('seat top above the throne base, metres'),
    height: dim(1.9, 0.8, 6).describe('base to the top of the back, metres'),
    dais: z.boolean().default(false).describe('stand it on a wider step, 0.15 m high'),
  }),
  estimate: () => ({ triangles: BOX * 10 + ext(8) + 5 * sph(8, 6), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const y0 = p.dais ? 0.15 : 0;
    if (p.dais) b.box('frame', [p.width + 0.5, y0, p.depth + 0.5], { at: [0, y0 / 2, 0] });
    const sh = Math.max(p.seatHeight, 0.2);
    const top = Math.max(p.height, sh + 0.4);
    const armW = Math.min(0.12, p.width / 6);
    const backT = Math.min(0.1, p.depth / 5);
    const baseH = sh - 0.1;
    b.box('frame', [p.width - 0.06, baseH, p.depth - 0.04], { at: [0, y0 + baseH / 2, 0] });
    b.box('trim', [p.width, 0.04, p.depth], { at: [0, y0 + 0.02, 0] });
    b.box('trim', [p.width - 0.04, 0.03, p.depth - 0.02], { at: [0, y0 + baseH - 0.015, 0] });
    // Pointed back, extruded from its outline.
    const bw = p.width - 2 * armW;
    const shoulder = sh + (top - sh) * 0.65;
    const apex = top - 0.1;
    const outline: [number, number][] = [
      [-bw / 2, baseH], [bw / 2, baseH], [bw / 2, shoulder], [bw / 4, shoulder + (apex - shoulder) * 0.75],
      [0, apex], [-bw / 4, shoulder + (apex - shoulder) * 0.75], [-bw / 2, shoulder],
    ];
    const backZ = -p.depth / 2 + backT / 2;
    const finial = backT / 2;
    b.extrude('frame', outline, backT, { at: [0, y0, backZ] });
    const seatD = p.depth - backT - 0.02;
    b.box('cushion', [bw, 0.1, seatD], { at: [0, y0 + sh - 0.05, backZ + backT / 2 + seatD / 2] });
    b.box('cushion', [bw * 0.7, (shoulder - sh) * 0.85, 0.04], { at: [0, y0 + sh + (shoulder - sh) * 0.45, backZ + backT / 2 + 0.02] });
    const armTop = sh + 0.25;
    const armD = p.depth - backT;
    for (const sx of [-1, 1]) {
      const x = sx * (p.width / 2 - armW / 2);
      b.box('frame', [armW, armTop - baseH, armD], { at: [x, y0 + baseH + (armTop - baseH) / 2, backZ + backT / 2 + armD / 2] });
      const r = Math.min(0.04, armW / 2);
      b.sphere('trim', r, { at: [x, y0 + armTop + r * 0.8, p.depth / 2 - r] }, 8, 6);
      b.sphere('trim', finial, { at: [sx * (bw / 2 - 0.02), y0 + shoulder + finial * 0.8, backZ] }, 8, 6);
    }
    b.sphere('trim', finial, { at: [0, y0 + top - finial, backZ] }, 8, 6);
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['royal seat', "king's chair", 'seat of power', 'cathedra', 'regal chair'],
    placement: ['center', 'wall'],
    themes: ['castle', 'dungeon', 'cave'],
    facing: 'front',
  },
});

export const office_chair = defineProp({
  type: 'office_chair',
  summary: 'Swivel office chair: five-star base on casters, gas lift, padded seat and back, optional arms; faces +Z.',
  slots: ['seat', 'metal', 'plastic'],
  defaultMaterials: { seat: 'leatherette_black', metal: 'chrome', plastic: 'plastic_textured_black' },
  schema: strictObject({
    type: z.literal('office_chair'),
    width: dim(0.5, 0.35, 2).describe('seat width, metres'),
    depth: dim(0.48, 0.35, 2).describe('seat depth, metres'),
    seatHeight: dim(0.48, 0.3, 1.5).describe('floor to top of the seat, metres'),
    height: dim(1.05, 0.6, 3).describe('floor to top of the back, metres'),
    arms: z.boolean().default(true),
  }),
  estimate: () => ({ triangles: 5 * (2 * BOX + cyl(12)) + cyl(16) + 2 * cyl(12) + 12 * BOX, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const wheelR = 0.025;
    const spokeY = 0.075;
    const reach = Math.min(0.38, Math.max(0.26, p.width * 0.62));
    for (let i = 0; i < 5; i++) {
      const deg = i * 72;
      const a = (deg * Math.PI) / 180;
      const dx = Math.sin(a);
      const dz = Math.cos(a);
      b.box('plastic', [0.045, 0.03, reach], { at: [dx * reach / 2, spokeY, dz * reach / 2], rot: [0, deg, 0] });
      b.box('plastic', [0.02, spokeY - 0.015 - wheelR, 0.02], { at: [dx * (reach - 0.02), wheelR + (spokeY - 0.015 - wheelR) / 2, dz * (reach - 0.02)] });
      b.cylinder('plastic', wheelR, wheelR, 0.022, { at: [dx * (reach - 0.02), wheelR, dz * (reach - 0.02)], rot: [0, deg, 90] }, 12);
    }
    b.cylinder('plastic', 0.045, 0.045, 0.06, { at: [0, spokeY, 0] }, 16);
    const seatT = 0.08;
    const mechY = Math.max(spokeY + 0.1, p.seatHeight - seatT - 0.02);
    const gasH = mechY - spokeY;
    b.cylinder('metal', 0.025, 0.025, gasH, { at: [0, spokeY + gasH / 2, 0] }, 12);
    b.cylinder('plastic', 0.035, 0.035, gasH * 0.5, { at: [0, spokeY + gasH * 0.25, 0] }, 12);
    b.box('plastic', [0.22, 0.04, 0.22], { at: [0, mechY, 0] });
    const seatY = mechY + 0.02 + seatT / 2;
    b.box('seat', [p.width, seatT, p.depth], { at: [0, seatY, 0] });
    // Back: a padded panel on a spine from the mechanism.
    const seatTop = seatY + seatT / 2;
    const top = Math.max(p.height, seatTop + 0.25);
    const backH = Math.min(0.6, top - seatTop - 0.08);
    const backZ = -p.depth / 2 - 0.03;
    b.box('seat', [p.width * 0.92, backH, 0.07], { at: [0, top - backH / 2, backZ], rot: [-5, 0, 0] });
    b.box('plastic', [0.05, 0.025, p.depth / 2 + 0.06], { at: [0, mechY, -(p.depth / 2 + 0.06) / 2] });
    const spineBottom = mechY - 0.0125;
    const spineTop = top - backH / 2;
    b.box('plastic', [0.05, spineTop - spineBottom, 0.025], { at: [0, spineBottom + (spineTop - spineBottom) / 2, backZ - 0.05] });
    if (p.arms) {
      for (const sx of [-1, 1]) {
        const x = sx * (p.width / 2 + 0.025);
        b.box('plastic', [0.025, 0.22, 0.03], { at: [x, seatTop + 0.2 - 0.11, -0.02] });
        b.box('plastic', [0.07, 0.025, 0.03], { at: [sx * (p.width / 2 - 0.01), seatY - seatT / 2 - 0.0125, -0.02] });
        b.box('plastic', [0.065, 0.025, 0.26], { at: [x, seatTop + 0.2 + 0.0125, -0.02] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['desk chair', 'swivel chair', 'task chair', 'computer chair', 'executive chair', 'gaming chair'],
    placement: ['floor', 'center'],
    themes: ['office', 'scifi', 'house'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------- beds

export const bed = defineProp({
  type: 'bed',
  summary: 'Bed: frame with headboard (at -Z) and optional footboard, mattress, duvet and pillows.',
  slots: ['frame', 'mattress', 'bedding'],
  defaultMaterials: { frame: 'walnut', mattress: 'cotton_white', bedding: 'linen_natural' },
  schema: strictObject({
    type: z.literal('bed'),
    width: dim(1.4, 0.6, 4).describe('along X, metres (0.9 single, 1.4 double, 1.8 king)'),
    length: dim(2.0, 1.0, 4).describe('along Z, metres'),
    height: dim(0.55, 0.2, 2).describe('floor to the mattress top, metres'),
    headboardHeight: dim(1.0, 0.3, 4).describe('floor to the top of the headboard, metres'),
    footboard: z.boolean().default(true),
    pillows: count(2, 0, 4),
    style: style(['rustic', 'modern'], 'rustic').describe('rustic: thick posts with ball finials; modern: slim posts'),
  }),
  estimate: (p) => ({ triangles: BOX * 10 + 4 * sph(8, 6) + BOX + 3 * BOX + p.pillows * sph(12, 8), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const rustic = p.style === 'rustic';
    const postT = Math.min(rustic ? 0.08 : 0.05, p.width / 8);
    const mattressT = Math.min(0.22, p.height * 0.45);
    const mattressBottom = p.height - mattressT;
    const railH = Math.min(0.2, mattressBottom);
    const railTop = mattressBottom + Math.min(0.06, mattressT / 3);
    const headTop = Math.max(p.headboardHeight, p.height + 0.1);
    const footTop = p.footboard ? p.height + Math.min(0.15, headTop - p.height) : railTop;
    const hx = p.width / 2 - postT / 2;
    const hz = p.length / 2 - postT / 2;
    for (const sx of [-1, 1]) {
      b.box('frame', [postT, headTop, postT], { at: [sx * hx, headTop / 2, -hz] });
      b.box('frame', [postT, footTop, postT], { at: [sx * hx, footTop / 2, hz] });
      b.box('frame', [0.035, railH, p.length - 2 * postT], { at: [sx * (p.width / 2 - 0.0175), railTop - railH / 2, 0] });
      if (rustic) {
        const r = postT * 0.5;
        b.sphere('frame', r, { at: [sx * hx, headTop + r * 0.7, -hz] }, 8, 6);
        b.sphere('frame', r, { at: [sx * hx, footTop + r * 0.7, hz] }, 8, 6);
      }
    }
    const innerW = p.width - 2 * postT;
    const headBottom = railTop - railH;
    b.box('frame', [innerW, headTop - 0.05 - headBottom, 0.03], { at: [0, headBottom + (headTop - 0.05 - headBottom) / 2, -hz] });
    b.box('frame', [innerW, footTop - 0.02 - headBottom, 0.03], { at: [0, headBottom + (footTop - 0.02 - headBottom) / 2, hz] });
    b.box('frame', [innerW, 0.025, p.length - 2 * postT], { at: [0, mattressBottom - 0.0125, 0] });
    const mW = p.width - 0.08;
    const mL = p.length - 2 * postT - 0.02;
    b.box('mattress', [mW, mattressT, mL], { at: [0, p.height - mattressT / 2, 0] });
    // Duvet over the foot two thirds, draped over the sides.
    const dL = mL * 0.68;
    const dz = mL / 2 - dL / 2 + 0.01;
    const drape = Math.min(0.25, mattressT + 0.05);
    b.box('bedding', [mW + 0.04, 0.04, dL + 0.02], { at: [0, p.height + 0.02, dz] });
    for (const sx of [-1, 1]) b.box('bedding', [0.02, drape, dL + 0.02], { at: [sx * (mW / 2 + 0.01), p.height + 0.04 - drape / 2, dz] });
    if (p.pillows > 0) {
      const perRow = p.pillows <= 2 ? p.pillows : Math.ceil(p.pillows / 2);
      const pw = Math.min(0.7, mW / perRow - 0.04);
      for (let i = 0; i < p.pillows; i++) {
        const row = Math.floor(i / perRow);
        const inRow = row === 0 ? Math.min(perRow, p.pillows) : p.pillows - perRow;
        const k = i - row * perRow;
        const x = (k - (inRow - 1) / 2) * (pw + 0.04);
        const z = -mL / 2 + 0.22 + row * 0.22;
        b.sphere('bedding', 1, { at: [x, p.height + 0.075 + row * 0.02, z], scale: [pw / 2, 0.075, 0.2] }, 12, 8);
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['double bed', 'single bed', 'cot', 'bunk', 'four-poster', 'bedstead'],
    placement: ['wall', 'corner'],
    surfaceHeight: (p) => p.height,
    themes: ['castle', 'house', 'dungeon'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------- case goods

interface CaseOptions {
  width: number;
  depth: number;
  height: number;
  doors: number;
  drawers: number;
  rustic: boolean;
  /** Drawers above the doors (sideboard) or below them (wardrobe). */
  drawersAt: 'top' | 'bottom';
  cornice: boolean;
}

const caseEstimate = (doors: number, drawers: number) => BOX * 4 + drawers * (BOX + cyl(8)) + doors * (2 * BOX + cyl(8));

/** A carcass on a plinth with a top, doors and drawer fronts on its +Z face, handles in the `handles` slot. */
function caseGoods(b: PropBuilder, o: CaseOptions): void {
  const plinth = Math.min(0.08, o.height / 8);
  const topT = Math.min(o.cornice ? 0.05 : 0.025, o.height / 10);
  const frontT = 0.018;
  const carcassD = o.depth - 0.04;
  const carcassZ = -o.depth / 2 + carcassD / 2;
  const frontZ = -o.depth / 2 + carcassD + frontT / 2;
  const carcassW = o.width - 0.02;
  b.box('body', [carcassW - 0.04, plinth, carcassD - 0.03], { at: [0, plinth / 2, carcassZ - 0.015] });
  b.box('body', [carcassW, o.height - topT - plinth, carcassD], { at: [0, plinth + (o.height - topT - plinth) / 2, carcassZ] });
  b.box('body', [o.width, topT, o.depth], { at: [0, o.height - topT / 2, 0] });
  if (o.cornice) b.box('body', [o.width - 0.01, 0.03, o.depth - 0.01], { at: [0, plinth + 0.015, 0] }); // base moulding
  const y0 = plinth + (o.cornice ? 0.03 : 0);
  const y1 = o.height - topT;
  const region = y1 - y0;
  const g = 0.004;
  const drawerTotal = o.drawers === 0 ? 0 : o.doors > 0 ? Math.min(o.drawers * 0.18, region * 0.45) : region;
  const drawerH = o.drawers > 0 ? drawerTotal / o.drawers : 0;
  const doorBottom = o.drawersAt === 'top' ? y0 : y0 + drawerTotal;
  const doorTop = doorBottom + (region - drawerTotal);
  const drawerBottom = o.drawersAt === 'top' ? doorTop : y0;
  const handleZ = frontZ + frontT / 2 + 0.01;
  const knob = (x: number, y: number) => b.cylinder('handles', 0.012, 0.009, 0.02, { at: [x, y, handleZ], rot: [90, 0, 0] }, 8);
  for (let i = 0; i < o.drawers; i++) {
    const y = drawerBottom + drawerH * (i + 0.5);
    b.box('body', [carcassW - 2 * g, drawerH - 2 * g, frontT], { at: [0, y, frontZ] });
    if (o.rustic) knob(0, y);
    else b.box('handles', [Math.min(0.14, carcassW * 0.3), 0.012, 0.02], { at: [0, y + drawerH * 0.25, handleZ] });
  }
  if (o.doors > 0) {
    const dw = carcassW / o.doors;
    const dh = doorTop - doorBottom;
    const cy = doorBottom + dh / 2;
    // Handles at hand height on tall doors, near the top of low ones, centred on small ones.
    const handleY = dh < 0.3 ? cy : Math.min(doorTop - 0.09, Math.max(doorBottom + 0.09, 1.05));
    for (let i = 0; i < o.doors; i++) {
      const cx = -carcassW / 2 + dw * (i + 0.5);
      b.box('body', [dw - 2 * g, dh - 2 * g, frontT], { at: [cx, cy, frontZ] });
      if (o.rustic && dw > 0.15 && dh > 0.15) {
        b.box('body', [dw - 0.12, dh - 0.12, 0.01], { at: [cx, cy, frontZ + frontT / 2 + 0.005] });
      }
      const side = o.doors === 1 ? 1 : i < o.doors / 2 ? 1 : -1;
      const hx = cx + side * (dw / 2 - Math.min(0.05, dw / 4));
      if (o.rustic) knob(hx, handleY);
      else b.box('handles', [0.012, Math.min(0.16, dh * 0.3), 0.02], { at: [hx, handleY, handleZ] });
    }
  }
}

export const cabinet = defineProp({
  type: 'cabinet',
  summary: 'Low cabinet or sideboard: drawers over doors, plinth and top; top surface at `height`; faces +Z.',
  slots: ['body', 'handles'],
  defaultMaterials: { body: 'oak', handles: 'brass' },
  schema: strictObject({
    type: z.literal('cabinet'),
    width: dim(0.8, 0.3, 6).describe('along X, metres'),
    depth: dim(0.45, 0.2, 2).describe('along Z, metres'),
    height: dim(0.9, 0.3, 3).describe('floor to top surface, metres'),
    doors: count(2, 0, 6),
    drawers: count(1, 0, 6),
    style: style(['rustic', 'modern'], 'rustic').describe('rustic: panelled doors, knobs; modern: flat fronts, bar handles'),
  }),
  estimate: (p) => ({ triangles: caseEstimate(p.doors, p.drawers), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    caseGoods(b, { width: p.width, depth: p.depth, height: p.height, doors: p.doors, drawers: p.drawers, rustic: p.style === 'rustic', drawersAt: 'top', cornice: false });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['sideboard', 'cupboard', 'dresser', 'chest of drawers', 'credenza', 'buffet'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['castle', 'house', 'office', 'dungeon'],
    facing: 'front',
  },
});

export const wardrobe = defineProp({
  type: 'wardrobe',
  summary: 'Tall wardrobe: full-height doors, optional drawers below, cornice top; faces +Z.',
  slots: ['body', 'handles'],
  defaultMaterials: { body: 'walnut', handles: 'brass_antique' },
  schema: strictObject({
    type: z.literal('wardrobe'),
    width: dim(1.0, 0.4, 6).describe('along X, metres'),
    depth: dim(0.6, 0.3, 2).describe('along Z, metres'),
    height: dim(2.0, 1.0, 4).describe('floor to top, metres'),
    doors: count(2, 1, 6),
    drawers: count(0, 0, 4),
    style: style(['rustic', 'modern'], 'rustic').describe('rustic: panelled doors, knobs; modern: flat fronts, bar handles'),
  }),
  estimate: (p) => ({ triangles: caseEstimate(p.doors, p.drawers), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    caseGoods(b, { width: p.width, depth: p.depth, height: p.height, doors: p.doors, drawers: p.drawers, rustic: p.style === 'rustic', drawersAt: 'bottom', cornice: true });
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['armoire', 'closet', 'clothes cupboard', 'wardrobe cabinet', 'tallboy'],
    placement: ['wall'],
    themes: ['castle', 'house'],
    facing: 'front',
  },
});

export const bookshelf = defineProp({
  type: 'bookshelf',
  summary: 'Open bookcase: sides, back, `shelves` levels filled with books of varied size; faces +Z.',
  slots: ['wood', 'books'],
  defaultMaterials: { wood: 'oak', books: 'leather' },
  seeded: true,
  schema: strictObject({
    type: z.literal('bookshelf'),
    width: dim(0.8, 0.2, 6).describe('along X, metres'),
    height: dim(1.8, 0.3, 4).describe('floor to top, metres'),
    depth: dim(0.3, 0.1, 1.5).describe('along Z, metres'),
    shelves: count(5, 1, 12).describe('levels of books'),
    fill: z.number().min(0).max(1).default(0.75).describe('fraction of each level filled with books'),
  }),
  estimate: (p) => {
    const perLevel = Math.floor((p.width * p.fill) / 0.02) + 1;
    return { triangles: BOX * (5 + p.shelves) + p.shelves * perLevel * BOX, parts: 2 };
  },
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const t = Math.min(0.02, p.width / 10);
    const base = Math.min(0.06, p.height / 10);
    const innerW = p.width - 2 * t;
    const backT = 0.01;
    for (const sx of [-1, 1]) b.box('wood', [t, p.height, p.depth], { at: [sx * (p.width / 2 - t / 2), p.height / 2, 0] });
    b.box('wood', [innerW, t, p.depth], { at: [0, p.height - t / 2, 0] });
    b.box('wood', [innerW, base, p.depth - 0.01], { at: [0, base / 2, -0.005] });
    b.box('wood', [innerW, p.height - t - base, backT], { at: [0, base + (p.height - t - base) / 2, -p.depth / 2 + backT / 2] });
    const spacing = (p.height - base - t) / p.shelves;
    const clear = spacing - t;
    for (let i = 1; i < p.shelves; i++) {
      b.box('wood', [innerW, t, p.depth - backT], { at: [0, base + i * spacing - t / 2, backT / 2] });
    }
    const maxD = p.depth - backT - 0.02;
    const run = innerW * p.fill;
    for (let i = 0; i < p.shelves; i++) {
      const floor = base + i * spacing;
      let x = -innerW / 2 + 0.005;
      const end = -innerW / 2 + run;
      for (;;) {
        if (b.random() < 0.08) x += 0.03;
        const bw = b.range(0.02, 0.05);
        if (x + bw > end) break;
        const bh = Math.min(clear * 0.95, b.range(0.18, 0.3));
        const bd = Math.min(maxD, b.range(0.14, 0.22));
        b.box('books', [bw - 0.002, bh, bd], { at: [x + bw / 2, floor + bh / 2, p.depth / 2 - 0.01 - bd / 2] });
        x += bw;
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['bookcase', 'book shelf', 'library shelf', 'shelving', 'shelves'],
    placement: ['wall'],
    surfaceHeight: (p) => p.height,
    themes: ['castle', 'house', 'office', 'dungeon'],
    facing: 'front',
  },
});

// ---------------------------------------------------------------------------------------------- tables

export const desk = defineProp({
  type: 'desk',
  summary: 'Writing desk: top at `height`, legs on the left, drawer pedestal on the right, modesty panel; faces +Z.',
  slots: ['top', 'frame', 'handles'],
  defaultMaterials: { top: 'oak', frame: 'oak', handles: 'steel_stainless_brushed' },
  schema: strictObject({
    type: z.literal('desk'),
    width: dim(1.4, 0.6, 6).describe('along X, metres'),
    depth: dim(0.7, 0.4, 3).describe('along Z, metres'),
    height: dim(0.74, 0.4, 2).describe('floor to top surface, metres'),
    drawers: count(3, 0, 5).describe('drawers in the right-hand pedestal; 0 for four legs'),
    style: style(['modern', 'rustic'], 'modern').describe('rustic: thick top and legs with a stretcher'),
  }),
  estimate: (p) => ({ triangles: BOX * 8 + p.drawers * (BOX + cyl(8)), parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const rustic = p.style === 'rustic';
    const topT = Math.min(rustic ? 0.045 : 0.03, p.height / 8);
    const legT = Math.min(rustic ? 0.07 : 0.05, p.width / 8, p.depth / 6);
    const underTop = p.height - topT;
    b.box('top', [p.width, topT, p.depth], { at: [0, p.height - topT / 2, 0] });
    const pedW = p.drawers > 0 ? Math.min(0.42, p.width * 0.35) : 0;
    const lx = p.width / 2 - legT / 2 - 0.02;
    const lz = p.depth / 2 - legT / 2 - 0.02;
    const legXs = p.drawers > 0 ? [-lx] : [-lx, lx];
    for (const x of legXs) for (const sz of [-1, 1]) b.box('frame', [legT, underTop, legT], { at: [x, underTop / 2, sz * lz] });
    if (rustic) b.box('frame', [legT * 0.6, legT * 0.6, 2 * lz], { at: [-lx, Math.min(0.12, underTop / 4), 0] });
    const panelL = -p.width / 2 + legT + 0.02;
    const panelR = pedW > 0 ? p.width / 2 - 0.02 - pedW : p.width / 2 - legT - 0.02;
    const panelH = Math.min(0.3, underTop * 0.4);
    b.box('frame', [panelR - panelL, panelH, 0.018], { at: [(panelL + panelR) / 2, underTop - panelH / 2, -lz] });
    if (p.drawers > 0) {
      const pedD = p.depth - 0.06;
      const px = p.width / 2 - pedW / 2 - 0.02;
      b.box('frame', [pedW, underTop, pedD], { at: [px, underTop / 2, -p.depth / 2 + 0.02 + pedD / 2] });
      const kick = Math.min(0.04, underTop / 8);
      const dh = (underTop - kick) / p.drawers;
      const frontZ = -p.depth / 2 + 0.02 + pedD + 0.009;
      for (let i = 0; i < p.drawers; i++) {
        const y = kick + dh * (i + 0.5);
        b.box('frame', [pedW - 0.008, dh - 0.008, 0.018], { at: [px, y, frontZ] });
        if (rustic) b.cylinder('handles', 0.012, 0.009, 0.02, { at: [px, y, frontZ + 0.019], rot: [90, 0, 0] }, 8);
        else b.box('handles', [Math.min(0.12, pedW * 0.4), 0.012, 0.02], { at: [px, y + dh * 0.2, frontZ + 0.019] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['writing desk', 'office desk', 'workstation', 'study desk', 'bureau', 'computer desk'],
    placement: ['wall', 'center'],
    surfaceHeight: (p) => p.height,
    themes: ['office', 'house', 'castle', 'scifi'],
    facing: 'front',
  },
});

export const coffee_table = defineProp({
  type: 'coffee_table',
  summary: 'Low coffee table, rectangular or oval, with an optional lower shelf; top surface at `height`.',
  slots: ['top', 'legs'],
  defaultMaterials: { top: 'walnut', legs: 'walnut' },
  schema: strictObject({
    type: z.literal('coffee_table'),
    width: dim(1.1, 0.3, 4).describe('along X, metres'),
    depth: dim(0.6, 0.3, 4).describe('along Z, metres'),
    height: dim(0.42, 0.15, 1.5).describe('floor to top surface, metres'),
    shape: style(['rect', 'round'], 'rect').describe('round: an oval top'),
    shelf: z.boolean().default(true).describe('a lower shelf between the legs'),
  }),
  estimate: () => ({ triangles: 2 * cyl(24) + 4 * BOX, parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const topT = Math.min(0.035, p.height / 6);
    const legT = Math.min(0.045, p.width / 8, p.depth / 8);
    const legH = p.height - topT;
    const round = p.shape === 'round';
    if (round) b.cylinder('top', 1, 1, 1, { at: [0, p.height - topT / 2, 0], scale: [p.width / 2, topT, p.depth / 2] }, 24);
    else b.box('top', [p.width, topT, p.depth], { at: [0, p.height - topT / 2, 0] });
    // Legs: at the corners of the rectangle, or on the oval's inscribed rectangle.
    const k = round ? Math.SQRT1_2 : 1;
    const lx = k * (p.width / 2) - legT / 2 - 0.03;
    const lz = k * (p.depth / 2) - legT / 2 - 0.03;
    for (const sx of [-1, 1]) for (const sz of [-1, 1]) b.box('legs', [legT, legH, legT], { at: [sx * lx, legH / 2, sz * lz] });
    if (p.shelf) {
      const sT = Math.min(0.02, legH / 6);
      const y = Math.min(0.1, legH / 3);
      if (round) b.cylinder('top', 1, 1, 1, { at: [0, y, 0], scale: [lx + legT / 2, sT, lz + legT / 2] }, 24);
      else b.box('top', [2 * lx + legT, sT, 2 * lz + legT], { at: [0, y, 0] });
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['cocktail table', 'low table', 'tea table', 'living room table', 'center table'],
    placement: ['center', 'floor'],
    surfaceHeight: (p) => p.height,
    themes: ['house', 'office'],
  },
});

// ---------------------------------------------------------------------------------------------- soft furnishings and wall

export const rug = defineProp({
  type: 'rug',
  summary: 'Flat rug: field with a border, rectangular with tasselled fringe at the ends, or oval.',
  slots: ['field', 'border', 'fringe'],
  defaultMaterials: { field: 'carpet_red', border: 'carpet_beige', fringe: 'linen_natural' },
  schema: strictObject({
    type: z.literal('rug'),
    width: dim(2.4, 0.3, 12).describe('along X including the fringe, metres'),
    depth: dim(1.6, 0.3, 12).describe('along Z, metres'),
    thickness: dim(0.012, 0.002, 0.05).describe('pile thickness, metres'),
    shape: style(['rect', 'round'], 'rect').describe('round: an oval rug'),
    border: z.boolean().default(true),
    fringe: z.boolean().default(true).describe('tassels along both ends (rectangular rugs only)'),
  }),
  estimate: (p) => ({ triangles: 2 * cyl(32) + 2 * (Math.floor(p.depth / 0.05) + 2) * BOX, parts: 3 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const t = p.thickness;
    const bw = p.border ? Math.min(0.12, Math.min(p.width, p.depth) * 0.08) : 0;
    const fieldT = p.border ? t + 0.002 : t;
    if (p.shape === 'round') {
      if (p.border) b.cylinder('border', 1, 1, 1, { at: [0, t / 2, 0], scale: [p.width / 2, t, p.depth / 2] }, 32);
      b.cylinder('field', 1, 1, 1, { at: [0, fieldT / 2, 0], scale: [p.width / 2 - bw, fieldT, p.depth / 2 - bw] }, 32);
      return b.parts();
    }
    const fringeL = p.fringe ? Math.min(0.07, p.width / 10) : 0;
    const bodyW = p.width - 2 * fringeL;
    if (p.border) b.box('border', [bodyW, t, p.depth], { at: [0, t / 2, 0] });
    b.box('field', [bodyW - 2 * bw, fieldT, p.depth - 2 * bw], { at: [0, fieldT / 2, 0] });
    if (p.fringe) {
      const n = Math.floor(p.depth / 0.05);
      const step = p.depth / Math.max(1, n);
      const ft = Math.min(0.004, t / 2);
      for (const sx of [-1, 1]) for (let i = 0; i < n; i++) {
        b.box('fringe', [fringeL, ft, step * 0.35], { at: [sx * (bodyW / 2 + fringeL / 2), ft / 2, -p.depth / 2 + step * (i + 0.5)] });
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['carpet', 'mat', 'area rug', 'runner', 'persian rug', 'floor covering'],
    placement: ['center', 'floor'],
    themes: ['castle', 'house', 'office', 'dungeon'],
  },
});

export const shelf = defineProp({
  type: 'shelf',
  summary: 'Wall shelf: boards on brackets, from `mountHeight` (bracket bottoms) upward; back against -Z.',
  slots: ['board', 'brackets'],
  defaultMaterials: { board: 'oak', brackets: 'iron_blackened' },
  schema: strictObject({
    type: z.literal('shelf'),
    width: dim(0.8, 0.2, 6).describe('along X, metres'),
    depth: dim(0.22, 0.08, 1).describe('along Z, metres'),
    thickness: dim(0.025, 0.01, 0.1).describe('board thickness, metres'),
    mountHeight: z.number().min(0).max(10).default(1.4).describe('floor to the bottom of the brackets, metres'),
    tiers: count(1, 1, 5).describe('boards stacked above each other'),
    spacing: dim(0.35, 0.1, 2).describe('between tiers, metres'),
    style: style(['rustic', 'modern'], 'rustic').describe('rustic: triangular iron brackets; modern: slim L brackets'),
  }),
  estimate: (p) => ({ triangles: p.tiers * (BOX + 2 * Math.max(ext(6), 2 * BOX)), parts: 2 }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    const rustic = p.style === 'rustic';
    const bh = rustic ? 0.15 : 0.12;
    const bx = p.width / 2 - Math.min(0.12, p.width * 0.2);
    const back = -p.depth / 2;
    const armL = p.depth * 0.85;
    for (let k = 0; k < p.tiers; k++) {
      const y0 = p.mountHeight + k * p.spacing;
      b.box('board', [p.width, p.thickness, p.depth], { at: [0, y0 + bh + p.thickness / 2, 0] });
      for (const sx of [-1, 1]) {
        if (rustic) {
          // A right triangle in the Z-Y plane, extruded along X; open in the middle when deep enough.
          const outline: [number, number][] = [[back, 0], [back + armL, bh], [back, bh]];
          const holes: [number, number][][] = armL > 0.12
            ? [[[back + 0.018, 0.05], [back + 0.018, bh - 0.018], [back + armL - 0.07, bh - 0.018]]]
            : [];
          b.extrude('brackets', outline, 0.012, { at: [sx * bx, y0, 0], rot: [0, -90, 0] }, holes);
        } else {
          b.box('brackets', [0.02, bh, 0.008], { at: [sx * bx, y0 + bh / 2, back + 0.004] });
          b.box('brackets', [0.02, 0.008, armL], { at: [sx * bx, y0 + bh - 0.004, back + armL / 2] });
        }
      }
    }
    return b.parts();
  },
  prop: {
    category: 'furniture',
    synonyms: ['wall shelf', 'floating shelf', 'ledge', 'bracket shelf', 'mantel shelf', 'shelves'],
    placement: ['wall'],
    surfaceHeight: (p) => p.mountHeight + (p.style === 'rustic' ? 0.15 : 0.12) + (p.tiers - 1) * p.spacing + p.thickness,
    themes: ['house', 'office', 'castle', 'dungeon'],
    facing: 'front',
  },
});

export const FURNITURE_PROPS: PropDef[] = [
  chair, bench, stool, bed, cabinet, bookshelf, sofa, desk, wardrobe, throne, coffee_table, office_chair, rug, shelf,
] as unknown as PropDef[];
