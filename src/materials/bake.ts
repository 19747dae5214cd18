/**
 * Bakes a texture set from a recipe: base colour, tangent-space normal (from the height field), and an ORM
 * image (occlusion in R, roughness in G, metalness in B — glTF's own packing, so one image serves both the
 * metallicRoughness and occlusion slots). Pixel work runs in typed arrays; sharp encodes the PNGs.
 */
import { createHash } from 'node:crypto';
import type { TextureRecipe, BlendMask } from '../scene/texture-recipe.js';
import type { MapKind } from './quality.js';
import { renderPattern } from './patterns.js';
import { TileableNoise, normalize } from '../core/noise.js';
import { FLAT_CONTEXT, isIdentity, varySurface, type Rgb, type Surface } from './variation.js';
import type { Variation } from '../scene/variation.js';
import { colorToLinear, linearToSrgb } from '../core/color.js';
import { ENGINE_VERSION } from '../core/version.js';

/** A material to bake: an optional recipe, and the flat surface it falls back to. */
export interface Layer {
  recipe?: TextureRecipe | undefined;
  flat: Surface;
  seed: number;
}


export interface BakeRequest {
  layer: Layer;
  size: number;
  maps: readonly MapKind[];
  variation?: Variation | undefined;
  /** Seasons only touch vegetation. */
  vegetation?: boolean;
  blend?: { layer: Layer; mask: BlendMask } | undefined;
  normalStrength?: number;
}

export interface BakedMaps {
  size: number;
  /** JPEG. */
  baseColor?: Uint8Array;
  /** PNG. */
  normal?: Uint8Array;
  /** Occlusion (R), roughness (G), metalness (B). */
  orm?: Uint8Array;
  /** Emission mask (grey JPEG), multiplied by the material's emissive colour; only for recipes with `emission`. */
  emissive?: Uint8Array;
  /** Averages over the texture, for factors when a map is not written. */
  average: Surface;
}

/** Content address of a bake: recipe, seed, size, maps, variation, blend and engine version. */
export function bakeKey(req: BakeRequest): string {
  return createHash('sha256').update(JSON.stringify({ engine: ENGINE_VERSION, format: BAKE_FORMAT, req })).digest('hex');
}

/** Bumped whenever baked output changes for the same request (encoding, pattern maths), retiring old cache entries. */
const BAKE_FORMAT = 3;

/** Linear → 8-bit sRGB through a table: the transfer function's pow() per channel dominated baking. */
const SRGB_LUT = Uint8Array.from({ length: 16384 }, (_, i) => Math.round(linearToSrgb(i / 16383) * 255));

interface Raster {
  color: Float32Array; // linear rgb
  roughness: Float32Array;
  metallic: Float32Array;
  height: Float32Array;
  emission?: Float32Array;
}

function rampAt(stops: Rgb[], t: number, out: Float32Array, k: number): void {
  if (stops.length === 1) {
    out.set(stops[0]!, k * 3);
    return;
  }
  const x = Math.min(0.999999, Math.max(0, t)) * (stops.length - 1);
  const i = Math.floor(x);
  const f = x - i;
  const a = stops[i]!;
  const b = stops[i + 1]!;
  out[k * 3] = a[0] + (b[0] - a[0]) * f;
  out[k * 3 + 1] = a[1] + (b[1] - a[1]) * f;
  out[k * 3 + 2] = a[2] + (b[2] - a[2]) * f;
}

function rasterize(layer: Layer, size: number): Raster {
  const n = size * size;
  const color = new Float32Array(n * 3);
  const roughness = new Float32Array(n);
  const metallic = new Float32Array(n);
  if (!layer.recipe) {
    for (let k = 0; k < n; k++) color.set(layer.flat.color, k * 3);
    roughness.fill(layer.flat.roughness);
    metallic.fill(layer.flat.metallic);
    return { color, roughness, metallic, height: new Float32Array(n).fill(0.5) };
  }
  const r = layer.recipe;
  const grid = { width: size, height: size };
  const fields = renderPattern(r.pattern, grid, layer.seed);
  const { height, value } = fields;
  // Where the recipe ramps metalness (rust over steel), metalness and roughness follow the pattern's layer mask
  // (or its value before the detail grain), together: a bare patch stays bare, rust stays a rough dielectric,
  // and fine noise never mixes them into half-metallic mirror flecks.
  const mask = r.metallic && r.metallic[0] !== r.metallic[1] ? (fields.mask ?? value.slice()) : value;
  if (r.detail > 0) {
    const fine = new TileableNoise(layer.seed + 101).fbm(grid, 32, 2, 0.5);
    for (let k = 0; k < n; k++) {
      value[k] = value[k]! + r.detail * 0.5 * (fine[k]! - 0.5);
      height[k] = height[k]! + r.detail * 0.3 * (fine[k]! - 0.5);
    }
  }
  const stops = r.colors.map(colorToLinear);
  const [r0, r1] = r.roughness;
  const [m0, m1] = r.metallic ?? [layer.flat.metallic, layer.flat.metallic];
  const emission = r.emission ? new Float32Array(n) : undefined;
  const [e0, e1] = r.emission ?? [0, 0];
  for (let k = 0; k < n; k++) {
    const t = Math.min(1, Math.max(0, value[k]!));
    const s = Math.min(1, Math.max(0, mask[k]!));
    rampAt(stops, t, color, k);
    roughness[k] = r0 + (r1 - r0) * s;
    metallic[k] = m0 + (m1 - m0) * s;
    if (emission) emission[k] = e0 + (e1 - e0) * t;
  }
  return { color, roughness, metallic, height, ...(emission ? { emission } : {}) };
}

/** Box blur with wrap-around, separable; radius in pixels. */
function blurWrap(src: Float32Array, size: number, radius: number): Float32Array {
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  const w = 2 * radius + 1;
  for (let j = 0; j < size; j++) {
    let acc = 0;
    for (let d = -radius; d <= radius; d++) acc += src[j * size + ((d + size) % size)]!;
    for (let i = 0; i < size; i++) {
      tmp[j * size + i] = acc / w;
      acc += src[j * size + ((i + radius + 1) % size)]! - src[j * size + ((i - radius + size) % size)]!;
    }
  }
  for (let i = 0; i < size; i++) {
    let acc = 0;
    for (let d = -radius; d <= radius; d++) acc += tmp[((d + size) % size) * size + i]!;
    for (let j = 0; j < size; j++) {
      out[j * size + i] = acc / w;
      acc += tmp[((j + radius + 1) % size) * size + i]! - tmp[((j - radius + size) % size) * size + i]!;
    }
  }
  return out;
}

export async function bakeTextures(req: BakeRequest): Promise<BakedMaps> {
  const size = req.size;
  const base = rasterize(req.layer, size);
  if (req.blend) blendLayers(base, rasterize(req.blend.layer, size), req.blend.mask, size, req.layer.seed);
  const occlusion = weatherSurface(base, req);
  return encodeMaps(base, occlusion, req, averages(base, size * size));
}

/** Mixes the second material into `base` where the mask says, in place. */
function blendLayers(base: Raster, other: Raster, m: BlendMask, size: number, seed: number): void {
  const n = size * size;
  const field =
    m.type === 'height'
      ? base.height.map((h) => 1 - h) // the second material settles in the low places
      : normalize(new TileableNoise(seed + 7).fbm({ width: size, height: size }, m.scale, 5, 0.55));
  const lo = 1 - m.threshold - m.softness / 2;
  const hi = 1 - m.threshold + m.softness / 2;
  for (let k = 0; k < n; k++) {
    let t = Math.min(1, Math.max(0, (field[k]! - lo) / Math.max(1e-6, hi - lo)));
    if (m.invert) t = 1 - t;
    for (let c = 0; c < 3; c++) base.color[k * 3 + c] = base.color[k * 3 + c]! * (1 - t) + other.color[k * 3 + c]! * t;
    base.roughness[k] = base.roughness[k]! * (1 - t) + other.roughness[k]! * t;
    base.metallic[k] = base.metallic[k]! * (1 - t) + other.metallic[k]! * t;
    base.height[k] = base.height[k]! * (1 - t) + (other.height[k]! * 0.8 + 0.2) * t;
  }
}

/**
 * Cavities and convex edges from the height field: the texture's own "curvature", used for occlusion,
 * dirt and wear (applied to `base` in place). Skipped when nothing reads it; returns the occlusion if computed.
 */
function weatherSurface(base: Raster, req: BakeRequest): Float32Array | undefined {
  const size = req.size;
  const n = size * size;
  const v = req.variation && !isIdentity(req.variation) ? req.variation : undefined;
  if (!v && !req.maps.includes('occlusion')) return undefined;
  const radius = Math.max(1, Math.round(size / 64));
  const blurred = blurWrap(base.height, size, radius);
  const occlusion = new Float32Array(n);
  const cavity = new Float32Array(n);
  const edge = new Float32Array(n);
  for (let k = 0; k < n; k++) {
    const d = base.height[k]! - blurred[k]!;
    cavity[k] = Math.min(1, Math.max(0, -d * 6));
    edge[k] = Math.min(1, Math.max(0, d * 6));
    occlusion[k] = Math.min(1, Math.max(0.25, 1 - 0.9 * cavity[k]! - 0.25 * (1 - base.height[k]!)));
  }
  if (!v) return occlusion;
  const patch = normalize(new TileableNoise(req.layer.seed + 13).fbm({ width: size, height: size }, 3, 4, 0.55));
  for (let k = 0; k < n; k++) {
    const s = varySurface(
      { color: [base.color[k * 3]!, base.color[k * 3 + 1]!, base.color[k * 3 + 2]!], roughness: base.roughness[k]!, metallic: base.metallic[k]! },
      v,
      { cavity: cavity[k]!, edge: edge[k]!, patch: patch[k]! },
      req.vegetation ?? false,
    );
    base.color.set(s.color, k * 3);
    base.roughness[k] = s.roughness;
    base.metallic[k] = s.metallic;
  }
  return occlusion;
}

/**
 * Colour and emission are JPEG (what every engine ships albedo as: a tenth of the PNG's size); normals and
 * ORM stay lossless PNG, where block artefacts would show as bumps and roughness noise.
 */
async function encodeMaps(base: Raster, occlusion: Float32Array | undefined, req: BakeRequest, average: Surface): Promise<BakedMaps> {
  const size = req.size;
  const out: BakedMaps = { size, average };
  // sharp is loaded on first use: builds served from the texture cache never pay for it.
  const sharp = (await import('sharp')).default;
  const raw = (data: Uint8Array) => sharp(data, { raw: { width: size, height: size, channels: 3 } });
  const encode = (data: Uint8Array) => raw(data).png({ compressionLevel: 6, adaptiveFiltering: false }).toBuffer().then((b) => new Uint8Array(b));
  const encodeJpeg = (data: Uint8Array) => raw(data).jpeg({ quality: 90, chromaSubsampling: '4:4:4', mozjpeg: false }).toBuffer().then((b) => new Uint8Array(b));
  const jobs: Promise<void>[] = [];
  if (req.maps.includes('baseColor')) jobs.push(encodeJpeg(srgbPixels(base.color, 3)).then((b) => void (out.baseColor = b)));
  if (base.emission && req.maps.includes('baseColor')) jobs.push(encodeJpeg(srgbPixels(base.emission, 1)).then((b) => void (out.emissive = b)));
  if (req.maps.includes('normal')) {
    const strength = (req.normalStrength ?? req.layer.recipe?.normalStrength ?? 1) * 0.02 * size;
    jobs.push(encode(normalPixels(base.height, size, strength)).then((b) => void (out.normal = b)));
  }
  if (req.maps.includes('roughnessMetallic') || req.maps.includes('occlusion')) jobs.push(encode(ormPixels(base, occlusion, size * size)).then((b) => void (out.orm = b)));
  await Promise.all(jobs);
  return out;
}

/** Linear values → 8-bit sRGB RGB pixels; a one-channel source is written as grey. */
function srgbPixels(linear: Float32Array, channels: 1 | 3): Uint8Array {
  const n = linear.length / channels;
  const px = new Uint8Array(n * 3);
  const encode = (x: number) => SRGB_LUT[Math.round(Math.min(1, Math.max(0, x)) * (SRGB_LUT.length - 1))]!;
  if (channels === 3) for (let k = 0; k < n * 3; k++) px[k] = encode(linear[k]!);
  else for (let k = 0; k < n; k++) px[k * 3] = px[k * 3 + 1] = px[k * 3 + 2] = encode(linear[k]!);
  return px;
}

/** Tangent-space normals from the height field by central differences, wrapping at the edges. */
function normalPixels(h: Float32Array, size: number, strength: number): Uint8Array {
  const px = new Uint8Array(size * size * 3);
  for (let j = 0; j < size; j++) {
    const up = ((j - 1 + size) % size) * size;
    const down = ((j + 1) % size) * size;
    const row = j * size;
    for (let i = 0; i < size; i++) {
      const right = i + 1 === size ? 0 : i + 1;
      const left = i === 0 ? size - 1 : i - 1;
      const dx = (h[row + right]! - h[row + left]!) / 2;
      // Image rows grow downwards while glTF's tangent-space +Y points up the image.
      const dy = (h[up + i]! - h[down + i]!) / 2;
      let nx = -dx * strength;
      let ny = -dy * strength;
      let nz = 1;
      const len = Math.hypot(nx, ny, nz);
      nx /= len;
      ny /= len;
      nz /= len;
      const k = (j * size + i) * 3;
      px[k] = Math.round((nx * 0.5 + 0.5) * 255);
      px[k + 1] = Math.round((ny * 0.5 + 0.5) * 255);
      px[k + 2] = Math.round((nz * 0.5 + 0.5) * 255);
    }
  }
  return px;
}

/** glTF's packing: occlusion in R (white when not computed), roughness in G, metalness in B. */
function ormPixels(base: Raster, occlusion: Float32Array | undefined, n: number): Uint8Array {
  const px = new Uint8Array(n * 3);
  for (let k = 0; k < n; k++) {
    px[k * 3] = occlusion ? Math.round(occlusion[k]! * 255) : 255;
    px[k * 3 + 1] = Math.round(base.roughness[k]! * 255);
    px[k * 3 + 2] = Math.round(base.metallic[k]! * 255);
  }
  return px;
}

function averages(r: Raster, n: number): Surface {
  const c: Rgb = [0, 0, 0];
  let rough = 0;
  let metal = 0;
  for (let k = 0; k < n; k++) {
    c[0] += r.color[k * 3]!;
    c[1] += r.color[k * 3 + 1]!;
    c[2] += r.color[k * 3 + 2]!;
    rough += r.roughness[k]!;
    metal += r.metallic[k]!;
  }
  return { color: [c[0] / n, c[1] / n, c[2] / n], roughness: rough / n, metallic: metal / n };
}

export { FLAT_CONTEXT };
