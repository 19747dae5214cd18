/**
 * Storefronts: street-facing commercial buildings to line a street, in four period styles — an Old-West false
 * front with a boardwalk porch, a modern shop with plate glass and an awning, a jettied half-timbered house and a
 * Victorian brick terrace with a shop on the ground floor. Low poly blocking models at real size, standing on the
 * ground, centred on the origin, the street front at z = +depth/2 and porch, awning or jetty beyond it.
 */
import { z } from 'zod';
import { strictObject } from '../../core/zod.js';
import { DEG_TO_RAD } from '../../core/angles.js';
import { PropBuilder } from './builder.js';
import { defineProp, type PropDef } from './prop.js';
import { TRIS } from './outdoor.js';
import { GABLE_TRIS, gableRoof, windowAt } from './buildings.js';

export const STOREFRONT_STYLES = ['western', 'shop', 'timber', 'terrace'] as const;
export type StorefrontStyle = (typeof STOREFRONT_STYLES)[number];

const SLOTS = ['walls', 'trim', 'roof', 'door', 'glass', 'sign', 'timber'] as const;
type Slot = (typeof SLOTS)[number];

/**
 * Material presets that dress each style right; `defaultMaterials` is the shop's, a layout picks by style. Smoked
 * glass because a window seen from the street reads dark, with a room behind it; clear glass shows the frame.
 */
export const STOREFRONT_STYLE_MATERIALS: Readonly<Record<StorefrontStyle, Readonly<Record<Slot, string>>>> = {
  western: {
    walls: 'reclaimed_barn_wood', trim: 'weathered_wood', roof: 'corrugated_iron', door: 'weathered_wood',
    glass: 'glass_smoked', sign: 'house_paint_eggshell', timber: 'weathered_wood',
  },
  shop: {
    walls: 'render_stucco', trim: 'aluminium_brushed', roof: 'asphalt', door: 'aluminium_brushed',
    glass: 'glass_smoked', sign: 'enamel_paint_red', timber: 'powder_coat_black',
  },
  timber: {
    walls: 'house_paint_eggshell', trim: 'walnut', roof: 'slate_roof_tiles', door: 'oak',
    glass: 'glass_bullseye', sign: 'milk_paint_blue', timber: 'walnut',
  },
  terrace: {
    walls: 'brick_red', trim: 'house_paint_matte_white', roof: 'slate_roof_tiles', door: 'lacquer',
    glass: 'glass_smoked', sign: 'lacquer', timber: 'milk_paint_blue',
  },
};

/**
 * Floor-to-floor heights per style, metres, and the storeys when none are asked for. A frontier store is one tall
 * room; a shop's ground floor is taller than the rooms above it for the display window; medieval rooms are low.
 */
const STOREYS: Readonly<Record<StorefrontStyle, { storeys: number; ground: number; upper: number }>> = {
  western: { storeys: 1, ground: 3.6, upper: 3.4 },
  shop: { storeys: 1, ground: 3.6, upper: 3.2 },
  timber: { storeys: 2, ground: 2.8, upper: 2.6 },
  terrace: { storeys: 3, ground: 3.8, upper: 3.1 },
};

/** The resolved shape every style builds from. */
interface Frontage {
  W: number;
  D: number;
  /** The street face of the ground floor, z. */
  F: number;
  storeys: number;
  ground: number;
  upper: number;
  /** Top of the walls (the eaves), metres. */
  H: number;
  sign: boolean;
}

const schema = strictObject({
  type: z.literal('storefront'),
  style: z.enum(STOREFRONT_STYLES).default('shop').describe('western: Old-West false front and boardwalk porch; shop: modern plate glass, fascia and awning; timber: medieval half-timbered and jettied; terrace: Victorian brick, three storeys over a shop front'),
  width: z.number().min(3).max(20).default(8).describe('along X, the street front, metres'),
  depth: z.number().min(3).max(20).default(10).describe('along Z, street front to back wall, metres'),
  storeys: z.number().int().min(1).max(4).optional().describe('floors including the ground floor; default by style: western 1, shop 1, timber 2, terrace 3'),
  sign: z.boolean().default(true).describe('a sign: the board on a false front, a fascia over the shop window, or a hanging sign on a bracket'),
});
type Params = z.infer<typeof schema>;

function frontage(p: Params): Frontage {
  const s = STOREYS[p.style];
  const storeys = p.storeys ?? s.storeys;
  return { W: p.width, D: p.depth, F: p.depth / 2, storeys, ground: s.ground, upper: s.upper, H: s.ground + (storeys - 1) * s.upper, sign: p.sign };
}

const storeyBase = (f: Frontage, k: number) => (k === 0 ? 0 : f.ground + (k - 1) * f.upper);
const storeyHeight = (f: Frontage, k: number) => (k === 0 ? f.ground : f.upper);
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Centres of a row of upper-floor windows, `cols` across the front, `sillToCentre` above each floor. */
function upperSpots(f: Frontage, cols: number, sillToCentre: number): [number, number][] {
  const spots: [number, number][] = [];
  for (let k = 1; k < f.storeys; k++) {
    for (let i = 0; i < cols; i++) spots.push([-f.W / 2 + ((i + 0.5) * f.W) / cols, storeyBase(f, k) + sillToCentre]);
  }
  return spots;
}

/** A box laid along Z from (y0, z0) to (y1, z1), tilted about X: porch roofs, awnings, struts. */
function slab(b: PropBuilder, slot: Slot, width: number, thick: number, [y0, z0]: [number, number], [y1, z1]: [number, number], x = 0): void {
  const len = Math.hypot(z1 - z0, y1 - y0);
  b.box(slot, [width, thick, len], { at: [x, (y0 + y1) / 2, (z0 + z1) / 2], rot: [Math.atan2(y0 - y1, z1 - z0) / DEG_TO_RAD, 0, 0] });
}

/** A timber laid in a wall face from (x0, y0) to (x1, y1) at depth z: braces, struts. */
function brace(b: PropBuilder, slot: Slot, [x0, y0]: [number, number], [x1, y1]: [number, number], z: number, w = 0.14): void {
  const len = Math.hypot(x1 - x0, y1 - y0);
  b.box(slot, [w, len, 0.06], { at: [(x0 + x1) / 2, (y0 + y1) / 2, z], rot: [0, 0, Math.atan2(-(x1 - x0), y1 - y0) / DEG_TO_RAD] });
}

/** A plate-glass window from y0 to y1 in a frame, with a mullion every 2.5 m or so. */
function displayWindow(b: PropBuilder, frame: Slot, cx: number, w: number, y0: number, y1: number, face: number): void {
  const h = y1 - y0;
  b.box(frame, [w + 0.16, h + 0.16, 0.06], { at: [cx, (y0 + y1) / 2, face + 0.03] });
  b.box('glass', [w, h, 0.04], { at: [cx, (y0 + y1) / 2, face + 0.07] });
  const m = mullions(w);
  for (let i = 1; i <= m; i++) b.box(frame, [0.08, h, 0.05], { at: [cx - w / 2 + (i * w) / (m + 1), (y0 + y1) / 2, face + 0.1] });
}

const mullions = (w: number) => Math.floor(w / 2.5);

/** A sign board in a painted frame, flat on a face at z = face. */
function signBoard(b: PropBuilder, w: number, h: number, x: number, y: number, face: number): void {
  b.box('trim', [w + 0.16, h + 0.16, 0.04], { at: [x, y, face + 0.02] });
  b.box('sign', [w, h, 0.06], { at: [x, y, face + 0.05] });
}

// ------------------------------------------------------------------------------------------------ western

/** The false front stands this far over the eaves: enough to hide the gable and pass for a grander building. */
const FALSE_FRONT_RISE = 2.3;
/** Boardwalk deck height and depth, and the porch roof: its front beam's underside and its top at the wall. */
const DECK = 0.4;
const PORCH = 2.2;
const PORCH_BEAM = 3.0;
const PORCH_TOP = 3.65;

/** Porch posts, an even number so the middle of the porch, in front of the doors, stays open. */
const porchPosts = (fw: number) => 2 * Math.max(0, Math.round((fw / 2.8 - 1) / 2)) + 2;
/** Scroll brackets under the false front's cornice, about 1.4 m apart: the Italianate trim of a frontier store. */
const corniceBrackets = (fw: number) => Math.max(3, Math.round(fw / 1.4) + 1);
const westernCols = (w: number) => Math.max(2, Math.floor(w / 2.6));
const sideWindows = (d: number) => Math.max(1, Math.floor(d / 4));
/** The ground-floor windows beside the doors, or none where the front is too narrow for them. */
const westernWindowX = (w: number) => (w >= 5.4 ? clamp(w / 4 + 0.6, 1.8, w / 2 - 0.9) : undefined);

function western(b: PropBuilder, f: Frontage): void {
  const { W, D, F, H } = f;
  b.box('walls', [W, H, D], { at: [0, H / 2, 0] });
  // A shallow pitch keeps the ridge well below the false front's top, however wide the building.
  const pitchDeg = Math.min(25, Math.atan(1.5 / (W / 2)) / DEG_TO_RAD);
  gableRoof(b, 'roof', 'walls', { span: W, length: D, wallTop: H, pitchDeg, overhang: 0.15, ridgeAlongZ: true });
  const top = H + FALSE_FRONT_RISE;
  const fw = W + 0.4;
  const face = F + 0.25;
  b.box('walls', [fw, top, 0.3], { at: [0, top / 2, F + 0.1] });
  b.box('trim', [fw + 0.1, 0.3, 0.45], { at: [0, top - 0.15, face - 0.05] });
  for (const sx of [-1, 1]) b.box('trim', [0.2, top - 0.3, 0.05], { at: [sx * (fw / 2 - 0.1), (top - 0.3) / 2, face + 0.025] });
  const nb = corniceBrackets(fw);
  for (let i = 0; i < nb; i++) b.box('trim', [0.12, 0.35, 0.22], { at: [-fw / 2 + 0.1 + (i * (fw - 0.2)) / (nb - 1), top - 0.47, face + 0.11] });
  porch(b, fw, face);
  doubleDoors(b, face);
  const xw = westernWindowX(W);
  if (xw !== undefined) for (const sx of [-1, 1]) windowAt(b, [sx * xw, DECK + 1.55, face], 'z', 1.3, 1.9);
  for (const [x, y] of upperSpots(f, westernCols(W), 1.7)) windowAt(b, [x, y, face], 'z', 1, 1.5);
  const low = (f.storeys > 1 ? H : PORCH_TOP) + 0.1;
  const high = top - 0.7;
  if (f.sign) signBoard(b, fw * 0.8, Math.min(1.3, high - low - 0.1), 0, (low + high) / 2, face);
  for (let k = 0; k < f.storeys; k++) {
    const n = sideWindows(D);
    for (let j = 0; j < n; j++) for (const sx of [-1, 1]) windowAt(b, [(sx * W) / 2, storeyBase(f, k) + 1.9, -D / 2 + ((j + 0.5) * D) / n], 'x', 1, 1.4);
  }
}

/** The covered boardwalk: plank deck and a step, a row of posts and a beam, a shed roof sloping to the street. */
function porch(b: PropBuilder, fw: number, face: number): void {
  const front = face + PORCH;
  b.box('timber', [fw, DECK, PORCH], { at: [0, DECK / 2, face + PORCH / 2] });
  b.box('timber', [2.2, DECK / 2, 0.4], { at: [0, DECK / 4, front + 0.2] });
  const n = porchPosts(fw);
  for (let i = 0; i < n; i++) {
    const x = -fw / 2 + 0.1 + (i * (fw - 0.2)) / (n - 1);
    b.box('timber', [0.14, PORCH_BEAM - DECK, 0.14], { at: [x, (PORCH_BEAM + DECK) / 2, front - 0.12] });
  }
  b.box('timber', [fw, 0.2, 0.16], { at: [0, PORCH_BEAM + 0.1, front - 0.12] });
  slab(b, 'roof', fw + 0.1, 0.08, [PORCH_TOP, face], [PORCH_BEAM + 0.24, front + 0.25]);
}

function doubleDoors(b: PropBuilder, face: number): void {
  b.box('trim', [1.9, 2.6, 0.04], { at: [0, DECK + 1.3, face + 0.02] });
  for (const sx of [-1, 1]) {
    b.box('door', [0.8, 2.4, 0.05], { at: [sx * 0.41, DECK + 1.2, face + 0.065] });
    b.box('glass', [0.5, 0.9, 0.02], { at: [sx * 0.41, DECK + 1.65, face + 0.1] });
  }
}

function westernTris(f: Frontage): number {
  const boxes = 16 + porchPosts(f.W + 0.4) + corniceBrackets(f.W + 0.4);
  const windows = 2 + (f.storeys - 1) * westernCols(f.W) + 2 * f.storeys * sideWindows(f.D);
  return GABLE_TRIS + boxes * TRIS.box + windows * 2 * TRIS.box;
}

// ------------------------------------------------------------------------------------------------ shop

/** Height of the awning where it meets the wall, just under the fascia; it runs out and down over the pavement. */
const AWNING = { top: 2.98, out: 1.4, drop: 0.45 };
const shopCols = (w: number) => Math.max(2, Math.floor(w / 2.4));
/** The shop window runs from near the left corner to the door, which stands near the right corner. */
const shopWindow = (w: number) => {
  const left = -w / 2 + 0.4;
  const right = w / 2 - 0.95 - 0.85;
  return { cx: (left + right) / 2, w: right - left, doorX: w / 2 - 0.95 };
};

function shop(b: PropBuilder, f: Frontage): void {
  const { W, D, F, H } = f;
  b.box('walls', [W, H, D], { at: [0, H / 2, 0] });
  flatRoof(b, W, D, H);
  const win = shopWindow(W);
  displayWindow(b, 'trim', win.cx, win.w, 0.5, 2.9, F);
  b.box('door', [1.2, 2.55, 0.06], { at: [win.doorX, 1.275, F + 0.03] });
  b.box('glass', [1.0, 2.3, 0.04], { at: [win.doorX, 1.2, F + 0.07] });
  b.box('door', [0.06, 0.9, 0.06], { at: [win.doorX - 0.35, 1.1, F + 0.12] });
  b.box(f.sign ? 'sign' : 'trim', [W - 0.2, 0.55, 0.15], { at: [0, 3.3, F + 0.075] });
  awning(b, win.cx, win.w + 0.3, F);
  for (const [x, y] of upperSpots(f, shopCols(W), 1.6)) {
    windowAt(b, [x, y, F], 'z', 1.3, 1.5);
    b.box('trim', [1.5, 0.08, 0.15], { at: [x, y - 0.8, F + 0.075] });
  }
}

/** A flat roof inside a low parapet with a coping, and a plant unit on it: commercial, seen from above. */
function flatRoof(b: PropBuilder, W: number, D: number, H: number): void {
  const P = 0.8;
  const t = 0.2;
  b.box('roof', [W - 2 * t, 0.1, D - 2 * t], { at: [0, H + 0.05, 0] });
  for (const s of [-1, 1]) {
    b.box('walls', [W, P, t], { at: [0, H + P / 2, s * (D / 2 - t / 2)] });
    b.box('walls', [t, P, D - 2 * t], { at: [s * (W / 2 - t / 2), H + P / 2, 0] });
    b.box('trim', [W + 0.06, 0.08, t + 0.08], { at: [0, H + P + 0.04, s * (D / 2 - t / 2)] });
    b.box('trim', [t + 0.08, 0.08, D - 2 * t], { at: [s * (W / 2 - t / 2), H + P + 0.04, 0] });
  }
  if (W >= 4 && D >= 4) b.box('trim', [1.2, 0.8, 1.6], { at: [W / 4, H + 0.5, -D / 4] });
}

/** A Dutch awning over the shop window: a sloped cloth, a valance, triangular cheeks and two arms under it. */
function awning(b: PropBuilder, x: number, w: number, F: number): void {
  const { top, out, drop } = AWNING;
  slab(b, 'sign', w, 0.04, [top, F], [top - drop, F + out], x);
  b.box('sign', [w, 0.25, 0.03], { at: [x, top - drop - 0.125, F + out] });
  for (const sx of [-1, 1]) {
    b.extrude('sign', [[0, 0], [out, -drop], [0, -drop]], 0.03, { at: [x + (sx * w) / 2, top, F], rot: [0, -90, 0] });
    slab(b, 'timber', 0.04, 0.04, [top - 0.8, F], [top - drop - 0.03, F + out - 0.05], x + sx * (w / 2 - 0.06));
  }
}

function shopTris(f: Frontage): number {
  const boxes = 1 + 10 + 2 + mullions(shopWindow(f.W).w) + 3 + 1 + 4;
  return boxes * TRIS.box + 2 * TRIS.extrude(3) + (f.storeys - 1) * shopCols(f.W) * 3 * TRIS.box;
}

// ------------------------------------------------------------------------------------------------ timber

/** How far each upper storey oversails the one below, front and back (the jetty). */
const JETTY = 0.4;
/** Bays between the posts of the timber frame, about 1.5 m wide. */
const timberBays = (w: number) => Math.max(2, Math.round(w / 1.5));
/** The gable faces the street on a narrow house; a wide one turns its ridge along the street instead. */
const gableToStreet = (w: number) => w <= 10;
const sidePosts = (d: number) => Math.max(1, Math.round(d / 2)) + 1;

function timber(b: PropBuilder, f: Frontage): void {
  for (let k = 0; k < f.storeys; k++) {
    const base = storeyBase(f, k);
    const h = storeyHeight(f, k);
    const d = f.D + 2 * JETTY * k;
    const face = f.F + JETTY * k;
    b.box('walls', [f.W, h, d], { at: [0, base + h / 2, 0] });
    if (k > 0) {
      b.box('timber', [f.W + 0.1, 0.22, 0.2], { at: [0, base + 0.11, face - 0.06] });
      for (const sx of [-1, 1]) slab(b, 'timber', 0.14, 0.14, [base - 0.5, face - JETTY], [base, face - 0.05], sx * (f.W / 2 - 0.12));
    }
    timberFront(b, f.W, base, h, face, k === 0);
    timberSides(b, f.W, base, h, d);
  }
  timberRoof(b, f);
  if (f.sign) hangingSign(b, f);
}

/** Posts and rails over one storey's front, braces in the end bays, small windows between, the door below. */
function timberFront(b: PropBuilder, W: number, base: number, h: number, face: number, ground: boolean): void {
  const n = timberBays(W);
  const bw = W / n;
  const z = face + 0.03;
  const doorBay = ground ? Math.floor(n / 2) : -1;
  for (let i = 0; i <= n; i++) b.box('timber', [0.16, h, 0.06], { at: [clamp(-W / 2 + i * bw, -W / 2 + 0.08, W / 2 - 0.08), base + h / 2, z] });
  for (const y of [base + 0.08, base + h - 0.08]) b.box('timber', [W, 0.16, 0.06], { at: [0, y, z] });
  for (let i = 0; i < n; i++) {
    const x = -W / 2 + (i + 0.5) * bw;
    if (i === doorBay) {
      plankDoor(b, x, Math.min(1, bw - 0.3), face);
      continue;
    }
    b.box('timber', [bw - 0.16, 0.14, 0.06], { at: [x, base + 0.85, z] });
    const s = i === 0 ? -1 : 1;
    if (n >= 3 && (i === 0 || i === n - 1)) brace(b, 'timber', [s * (W / 2 - 0.16), base + 0.92], [s * (W / 2 - bw + 0.08), base + h - 0.16], z);
    else windowAt(b, [x, base + 1.45, face], 'z', Math.min(0.8, bw - 0.4), 0.9);
  }
}

function plankDoor(b: PropBuilder, x: number, w: number, face: number): void {
  b.box('door', [w, 2.1, 0.08], { at: [x, 1.05, face + 0.04] });
  for (const y of [0.4, 1.7]) b.box('timber', [w - 0.1, 0.1, 0.03], { at: [x, y, face + 0.095] });
}

/** Sill and head rails and posts about 2 m apart along each side wall. */
function timberSides(b: PropBuilder, W: number, base: number, h: number, d: number): void {
  const m = sidePosts(d) - 1;
  for (const sx of [-1, 1]) {
    const x = sx * (W / 2 + 0.03);
    for (const y of [base + 0.08, base + h - 0.08]) b.box('timber', [0.06, 0.16, d], { at: [x, y, 0] });
    for (let i = 0; i <= m; i++) b.box('timber', [0.06, h, 0.16], { at: [x, base + h / 2, clamp(-d / 2 + (i * d) / m, -d / 2 + 0.08, d / 2 - 0.08)] });
  }
}

/** A steep roof, its rise held to 5 m; a street gable gets a king post, collar, struts and a small window. */
function timberRoof(b: PropBuilder, f: Frontage): void {
  const top = f.storeys - 1;
  const d = f.D + 2 * JETTY * top;
  const face = f.F + JETTY * top;
  const toStreet = gableToStreet(f.W);
  const span = toStreet ? f.W : d;
  const pitchDeg = Math.min(52, Math.atan(5 / (span / 2)) / DEG_TO_RAD);
  const rise = gableRoof(b, 'roof', 'walls', { span, length: toStreet ? d : f.W, wallTop: f.H, pitchDeg, overhang: 0.2, ridgeAlongZ: toStreet });
  if (!toStreet) return;
  const z = face + 0.03;
  b.box('timber', [0.16, rise / 2, 0.06], { at: [0, f.H + rise * 0.75, z] });
  b.box('timber', [f.W / 2 - 0.1, 0.14, 0.06], { at: [0, f.H + rise / 2, z] });
  for (const sx of [-1, 1]) brace(b, 'timber', [(sx * f.W) / 4, f.H + 0.08], [sx * 0.3, f.H + rise / 2 - 0.07], z);
  windowAt(b, [0, f.H + rise * 0.25, face], 'z', 0.7, 0.8);
}

/** A painted board hanging from an iron-stayed bracket beside the door, edge-on to the street so passers see it. */
function hangingSign(b: PropBuilder, f: Frontage): void {
  const n = timberBays(f.W);
  const x = -f.W / 2 + Math.floor(n / 2) * (f.W / n);
  // On the jettied storey above when there is one, so the board clears the heads of people below.
  const y = f.storeys > 1 ? f.ground + 0.45 : f.ground - 0.2;
  const z0 = f.storeys > 1 ? f.F + JETTY : f.F;
  b.box('timber', [0.08, 0.08, 1.1], { at: [x, y, z0 + 0.55] });
  slab(b, 'timber', 0.06, 0.06, [y + 0.5, z0], [y + 0.04, z0 + 0.6], x);
  b.box('sign', [0.05, 0.5, 0.75], { at: [x, y - 0.45, z0 + 0.65] });
  for (const dz of [0.35, 0.95]) b.box('timber', [0.02, 0.16, 0.02], { at: [x, y - 0.12, z0 + dz] });
}

function timberTris(f: Frontage): number {
  const n = timberBays(f.W);
  const s = f.storeys;
  const sides = 2 * (2 + sidePosts(f.D + 2 * JETTY * (s - 1)));
  const boxes = s + 3 * (s - 1) + s * (2 * n + 4 + sides) + 3 + 4 + 5;
  const windows = s * n + 1;
  return GABLE_TRIS + boxes * TRIS.box + windows * 2 * TRIS.box;
}

// ------------------------------------------------------------------------------------------------ terrace

const terraceCols = (w: number) => Math.max(2, Math.round(w / 2.6));
/** Width of each of the two shop windows beside the central door; none below 0.6 m. */
const terraceShopWindow = (w: number) => w / 2 - 1.25;

function terrace(b: PropBuilder, f: Frontage): void {
  const { W, D, F, H } = f;
  b.box('walls', [W, H, D], { at: [0, H / 2, 0] });
  const pitchDeg = Math.min(35, Math.atan(3 / (D / 2)) / DEG_TO_RAD);
  const rise = gableRoof(b, 'roof', 'walls', { span: D, length: W, wallTop: H, pitchDeg, overhang: 0.05, ridgeAlongZ: false });
  // A parapet hides the foot of the roof from the street; the cornice caps the front.
  b.box('walls', [W, 0.7, 0.3], { at: [0, H + 0.35, F - 0.15] });
  b.box('trim', [W + 0.1, 0.3, 0.4], { at: [0, H - 0.05, F + 0.1] });
  b.box('trim', [W + 0.04, 0.08, 0.38], { at: [0, H + 0.74, F - 0.15] });
  const stack = rise + 1.3;
  for (const sx of [-1, 1]) {
    b.box('walls', [0.8, stack, 1.6], { at: [sx * (W / 2 - 0.4), H + stack / 2, 0] });
    b.box('trim', [0.95, 0.12, 1.75], { at: [sx * (W / 2 - 0.4), H + stack + 0.06, 0] });
  }
  for (const [x, y] of upperSpots(f, terraceCols(W), 1.55)) sashWindow(b, x, y, F);
  victorianShopFront(b, f);
}

/** A tall sash window with a stone sill and lintel and the meeting rail across the middle. */
function sashWindow(b: PropBuilder, x: number, y: number, F: number): void {
  windowAt(b, [x, y, F], 'z', 1.0, 1.8);
  b.box('trim', [1.3, 0.1, 0.18], { at: [x, y - 0.97, F + 0.09] });
  b.box('trim', [1.3, 0.22, 0.06], { at: [x, y + 1.03, F + 0.03] });
  b.box('trim', [1.0, 0.06, 0.03], { at: [x, y, F + 0.075] });
}

/** Pilasters with consoles carrying the fascia and its cornice; a central door with a fanlight between two windows. */
function victorianShopFront(b: PropBuilder, f: Frontage): void {
  const { W, F } = f;
  for (const sx of [-1, 1]) {
    b.box('timber', [0.4, 3.4, 0.25], { at: [sx * (W / 2 - 0.2), 1.7, F + 0.125] });
    b.box('timber', [0.45, 0.7, 0.35], { at: [sx * (W / 2 - 0.2), 3.1, F + 0.175] });
  }
  b.box(f.sign ? 'sign' : 'timber', [W - 0.8, 0.6, 0.12], { at: [0, 3.1, F + 0.06] });
  b.box('timber', [W, 0.15, 0.35], { at: [0, 3.48, F + 0.175] });
  b.box('timber', [1.2, 2.85, 0.05], { at: [0, 1.425, F + 0.025] });
  b.box('door', [0.95, 2.3, 0.06], { at: [0, 1.15, F + 0.07] });
  b.box('glass', [0.95, 0.4, 0.04], { at: [0, 2.55, F + 0.07] });
  const ww = terraceShopWindow(W);
  if (ww < 0.6) return;
  for (const sx of [-1, 1]) {
    const cx = sx * (0.75 + ww / 2);
    displayWindow(b, 'timber', cx, ww, 0.75, 2.75, F);
    b.box('timber', [ww + 0.16, 0.75, 0.1], { at: [cx, 0.375, F + 0.05] });
  }
}

function terraceTris(f: Frontage): number {
  const ww = terraceShopWindow(f.W);
  const shopFront = 9 + (ww < 0.6 ? 0 : 2 * (3 + mullions(ww)));
  const boxes = 1 + 3 + 4 + shopFront;
  return GABLE_TRIS + boxes * TRIS.box + (f.storeys - 1) * terraceCols(f.W) * 5 * TRIS.box;
}

// ------------------------------------------------------------------------------------------------ the prop

const STYLE_BUILD: Readonly<Record<StorefrontStyle, { build: (b: PropBuilder, f: Frontage) => void; tris: (f: Frontage) => number }>> = {
  western: { build: western, tris: westernTris },
  shop: { build: shop, tris: shopTris },
  timber: { build: timber, tris: timberTris },
  terrace: { build: terrace, tris: terraceTris },
};

export const storefront = defineProp({
  type: 'storefront',
  summary: 'Storefront: a street-facing commercial building, front at +Z — an Old-West false front with a boardwalk porch, a modern shop with plate glass and an awning, a jettied half-timbered house, or a Victorian brick terrace over a shop front.',
  slots: SLOTS,
  defaultMaterials: STOREFRONT_STYLE_MATERIALS.shop,
  schema,
  estimate: (p) => ({ triangles: STYLE_BUILD[p.style].tris(frontage(p)), parts: SLOTS.length }),
  generate: (p, ctx) => {
    const b = new PropBuilder(ctx.seed);
    STYLE_BUILD[p.style].build(b, frontage(p));
    return b.parts();
  },
  prop: {
    category: 'architecture',
    synonyms: ['shopfront', 'shop front', 'store front', 'saloon building', 'half-timbered house', 'shop house'],
    placement: ['floor', 'center'],
    themes: [],
    facing: 'front',
  },
});

export const STOREFRONT_PROPS: readonly PropDef[] = [storefront] as unknown as PropDef[];
