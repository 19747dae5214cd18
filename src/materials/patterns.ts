/**
 * Pattern generators: each turns a recipe pattern into two tileable fields over the texture square —
 * `height` (for normals and occlusion) and `value` (read along the colour ramp and roughness range).
 * Pixel loops run over typed arrays; every generator wraps at the tile edges.
 */
import type { Pattern } from '../scene/texture-recipe.js';
import { TileableNoise, cellular, normalize, clamp01, type Grid } from '../core/noise.js';
import { hash2, mulberry32 } from '../core/random.js';

export interface Fields {
  height: Float32Array;
  value: Float32Array;
  /** Where a pattern lays one material over another (rust over steel): 0 the first, 1 the second. Metalness and
   * roughness follow it rather than `value`, so colour can vary inside a layer without making it half metal. */
  mask?: Float32Array;
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};
const frac = (x: number) => x - Math.floor(x);

type PatternOf<K extends Pattern['kind']> = Extract<Pattern, { kind: K }>;
type PatternFn<K extends Pattern['kind']> = (p: PatternOf<K>, grid: Grid, seed: number, noise: TileableNoise) => Fields;

function fbmPattern(p: PatternOf<'noise'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const f = normalize(noise.fbm(grid, p.scale, p.octaves, p.gain));
  return { height: f, value: f };
}

function ridgedPattern(p: PatternOf<'ridged'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const f = normalize(noise.ridged(grid, p.scale, p.octaves, p.gain));
  return { height: f, value: f };
}

function cells(p: PatternOf<'cells'>, grid: Grid, seed: number): Fields {
  const c = cellular(grid, p.scale, p.scale, p.jitter, seed);
  if (p.output === 'edges') {
    // Cracks and grout lines: low on the borders, high inside.
    const h = c.edge.map((e) => smoothstep(0, 0.12, e));
    return { height: h, value: h.map((v, k) => v * (0.75 + 0.25 * c.cell[k]!)) };
  }
  if (p.output === 'cells') {
    const h = c.edge.map((e) => smoothstep(0, 0.08, e));
    return { height: h, value: h.map((v, k) => v * c.cell[k]!) };
  }
  // Rounded stones: highest at each cell's centre.
  const h = c.f1.map((d) => 1 - smoothstep(0.1, 0.75, d));
  return { height: h, value: h.map((v, k) => 0.5 * v + 0.5 * c.cell[k]! * smoothstep(0, 0.05, c.edge[k]!)) };
}

/** Ring phase on a flat-sawn face: distance from the pith in the log's cross-section, in tile widths. */
function flatSawnRing(rings: number, u: number, v: number, phase: number, bend: number): number {
  const across = Math.sin(Math.PI * u) / Math.PI;
  const depth = Math.max(0.04, 0.3 + 0.05 * Math.sin(2 * Math.PI * v + phase) + 0.25 * bend);
  return frac(rings * 4 * Math.hypot(depth, across));
}

/**
 * A flat-sawn board: growth rings are the log's concentric cylinders cut by the board's face, so they show as
 * nested arches ("cathedrals") where the cut dips towards the pith and as near-straight lines at the sides.
 * The pith runs along V, beyond the face at a depth that wanders along the board. Every input is periodic
 * (|sin| across U, sin along V, tileable fBm), so the board tiles without a seam. A quarter-sawn face cuts the
 * rings square: straight ribbon stripes (an integer count per tile keeps them periodic). Ring-porous pores streak
 * along the grain, mostly in the earlywood; medullary rays are short flecks across it.
 */
function wood(p: PatternOf<'wood'>, grid: Grid, seed: number, noise: TileableNoise): Fields {
  const wobble = noise.fbm(grid, 2, 3, 0.5, [1, 0.5]);
  const pores = noise.fbm(grid, 40, 2, 0.5, [1, 0.06]);
  const rays = noise.fbm(grid, 24, 2, 0.5, [0.5, 5]);
  const pith = hash2(3, 5, seed);
  const phase = 2 * Math.PI * hash2(7, 11, seed);
  const height = new Float32Array(grid.width * grid.height);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    const v = (j + 0.5) / grid.height;
    for (let i = 0; i < grid.width; i++) {
      const k = j * grid.width + i;
      const u = (i + 0.5) / grid.width;
      const bend = p.distortion * (wobble[k]! - 0.5);
      const ring = p.cut === 'quarter' ? frac(p.rings * (u + 0.1 * bend)) : flatSawnRing(p.rings, u - pith + 0.15 * bend, v, phase, bend);
      const late = smoothstep(0.6, 0.9, ring) * (1 - smoothstep(0.95, 1, ring));
      const pore = smoothstep(0.6, 0.7, pores[k]!) * (1 - 0.7 * late);
      const fleck = smoothstep(p.cut === 'quarter' ? 0.66 : 0.74, 0.82, rays[k]!); // rays show broad on a quarter-sawn face
      value[k] = 0.8 - 0.45 * late - 0.3 * pore + 0.15 * fleck;
      height[k] = 0.75 + 0.15 * late - 0.35 * pore;
    }
  }
  return { height, value: clamp01(value) };
}

/**
 * Veins over a cloudy base: the main veins are level lines of a diagonal gradient, domain-warped by fBm so they
 * wander without closing into contour loops, with a thin dark core, a softer halo and a width that swells and
 * thins along the vein; a ridged-noise network adds fainter branching veinlets. Low values are the veins.
 */
function marble(p: PatternOf<'marble'>, grid: Grid, seed: number, noise: TileableNoise): Fields {
  const warp = noise.fbm(grid, 2, 5, 0.55);
  const swell = noise.fbm(grid, 4, 3, 0.5);
  const cloud = noise.fbm(grid, 3, 5, 0.5);
  const veinlets = new TileableNoise(seed + 17).ridged(grid, 4, 5, 0.5);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    const v = (j + 0.5) / grid.height;
    for (let i = 0; i < grid.width; i++) {
      const k = j * grid.width + i;
      const u = (i + 0.5) / grid.width;
      const line = Math.abs(Math.sin(Math.PI * (p.veins * (u + v) + p.turbulence * 1.6 * (warp[k]! - 0.5))));
      const width = 0.012 + 0.16 * smoothstep(0.4, 0.8, swell[k]!);
      const core = 1 - smoothstep(0, width, line);
      const halo = 1 - smoothstep(0, width * 5 + 0.05, line);
      const branch = smoothstep(0.8, 0.95, veinlets[k]!) * (0.5 + 0.5 * halo);
      const base = 0.88 + 0.12 * cloud[k]!;
      value[k] = base - 0.3 * halo - 0.55 * core - 0.35 * branch;
    }
  }
  clamp01(value);
  return { height: value.map((x) => 0.9 + 0.1 * x), value };
}

/**
 * Corrosion in patches where the field is high: `mask` says rust or bare metal; `value` also carries the rust's
 * own mottling (flaky dark scale and lighter powdery oxide) and pitting in the bare metal next to it.
 */
function rust(p: PatternOf<'rust'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const f = normalize(noise.fbm(grid, p.scale, 6, 0.6));
  const t = 1 - p.coverage;
  const mask = f.map((x) => smoothstep(t - 0.015, t + 0.015, x)); // a crisp front: flaking scale, not a gradient
  const grain = noise.fbm(grid, p.scale * 8, 3, 0.55);
  const pits = noise.fbm(grid, p.scale * 24, 2, 0.5);
  const value = mask.map((m, k) => {
    const pit = (1 - m) * smoothstep(0.62, 0.75, pits[k]!) * smoothstep(t - 0.3, t, f[k]!); // pitting near the rust's edge
    return m * (0.45 + 0.55 * grain[k]!) + 0.35 * pit;
  });
  const height = mask.map((m, k) => 0.3 + 0.35 * m + 0.35 * m * grain[k]! - 0.2 * (1 - m) * smoothstep(0.62, 0.75, pits[k]!));
  return { height, value, mask };
}

function hexagons(p: PatternOf<'hexagons'>, grid: Grid, seed: number): Fields {
  const n = Math.max(1, Math.round(p.scale));
  const m = 2 * Math.max(1, Math.round(p.scale / 1.7)); // an even row count keeps the offset rows periodic
  const c = cellular(grid, n, m, 0, seed, 0.5);
  const h = c.edge.map((e) => smoothstep(p.gap * 0.5, p.gap * 0.5 + 0.04, e));
  return { height: h, value: h.map((v, k) => v * (0.7 + 0.3 * c.cell[k]!)) };
}

function stripes(p: PatternOf<'stripes'>, grid: Grid): Fields {
  const value = new Float32Array(grid.width * grid.height);
  const soft = Math.max(0.01, p.softness * 0.5);
  for (let j = 0; j < grid.height; j++) {
    for (let i = 0; i < grid.width; i++) {
      const t = frac((p.count * (i + 0.5)) / grid.width);
      value[j * grid.width + i] = smoothstep(0.25 - soft, 0.25 + soft, t) * (1 - smoothstep(0.75 - soft, 0.75 + soft, t));
    }
  }
  return { height: value, value };
}

/** Every pattern kind and the generator that draws it. */
const PATTERNS: { [K in Pattern['kind']]: PatternFn<K> } = {
  noise: fbmPattern,
  ridged: ridgedPattern,
  cells,
  bricks: masonry,
  tiles: masonry,
  panels: masonry,
  planks,
  wood,
  marble,
  scratches,
  rust,
  weave: (p, grid, _seed, noise) => weave(p.threads, grid, noise),
  hexagons,
  stripes,
};

export function renderPattern(p: Pattern, grid: Grid, seed: number): Fields {
  const draw = PATTERNS[p.kind] as PatternFn<Pattern['kind']>;
  return draw(p as never, grid, seed, new TileableNoise(seed));
}

/** Bricks, tiles and panels: a grid of units separated by mortar/grout/seams, each unit with its own tone. */
function masonry(p: Extract<Pattern, { kind: 'bricks' | 'tiles' | 'panels' }>, grid: Grid, seed: number, noise: TileableNoise): Fields {
  const rows = p.rows;
  const cols = p.columns;
  const gap = p.kind === 'bricks' ? p.mortar : p.kind === 'tiles' ? p.grout : p.seam;
  const running = p.kind === 'bricks' && p.bond === 'running';
  const surface = noise.fbm(grid, 12, 3, 0.5);
  const height = new Float32Array(grid.width * grid.height);
  const value = new Float32Array(grid.width * grid.height);
  // Gap and bevel in tile units (gap is given as a share of one row's height).
  const gapT = gap / rows;
  const bevelT = Math.max(gapT * 0.6, 0.002);
  for (let j = 0; j < grid.height; j++) {
    const y = ((j + 0.5) / grid.height) * rows;
    const row = Math.floor(y);
    const fy = y - row;
    for (let i = 0; i < grid.width; i++) {
      const x = ((i + 0.5) / grid.width) * cols + (running && row % 2 ? 0.5 : 0);
      const col = Math.floor(x);
      const fx = x - col;
      // Distance to the unit's border in tile units, so mortar is equally thick on all four sides.
      const d = Math.min(Math.min(fx, 1 - fx) / cols, Math.min(fy, 1 - fy) / rows);
      const inside = smoothstep(gapT * 0.5, gapT * 0.5 + bevelT, d);
      const k = j * grid.width + i;
      const tone = hash2(((col % cols) + cols) % cols, row % rows, seed);
      let h = inside * (0.85 + 0.15 * surface[k]!);
      if (p.kind === 'panels') {
        // Rivets inset from each panel's corners.
        const inset = 3 * gapT + 0.01;
        const rx = Math.min(fx, 1 - fx) / cols - inset;
        const ry = Math.min(fy, 1 - fy) / rows - inset;
        const rd = Math.hypot(rx, ry);
        const rivet = 0.004 + gapT * 0.3;
        if (rd < rivet) h = Math.max(h, 1 - rd / rivet);
      }
      height[k] = h;
      value[k] = inside * (0.45 + 0.4 * tone + 0.15 * surface[k]!);
    }
  }
  return { height, value };
}

/** Floorboards along U: `boards` rows per tile, random board lengths with end joints, long grain. */
function planks(p: Extract<Pattern, { kind: 'planks' }>, grid: Grid, seed: number, noise: TileableNoise): Fields {
  const grain = noise.fbm(grid, 6, 4, 0.55, [0.25, 6]);
  const height = new Float32Array(grid.width * grid.height);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    const y = ((j + 0.5) / grid.height) * p.boards;
    const board = Math.floor(y);
    const fy = y - board;
    // Each board row has one joint per tile, staggered by row; whole boards keep the tile periodic.
    const joint = frac(hash2(board, 7, seed) * p.stagger + board * 0.37);
    for (let i = 0; i < grid.width; i++) {
      const u = (i + 0.5) / grid.width;
      const k = j * grid.width + i;
      const du = Math.min(Math.abs(u - joint), 1 - Math.abs(u - joint));
      const seg = u >= joint ? 1 : 0;
      const tone = hash2(board, seg, seed + 3);
      const edge = Math.min(fy, 1 - fy) / p.boards;
      const inside = smoothstep(p.gap * 0.5, p.gap * 0.5 + 0.004, Math.min(edge, du));
      height[k] = inside * (0.9 + 0.1 * grain[k]!);
      value[k] = inside * (0.35 + 0.3 * tone + 0.35 * grain[k]!);
    }
  }
  return { height, value };
}

function scratches(p: Extract<Pattern, { kind: 'scratches' }>, grid: Grid, seed: number, noise: TileableNoise): Fields {
  const { width, height: h } = grid;
  const value = noise.fbm(grid, 3, 3, 0.5).map((x) => 0.35 + 0.2 * x);
  const groove = new Float32Array(width * h).fill(1);
  const rng = mulberry32(seed ^ 0x5bd1e995);
  for (let s = 0; s < p.density; s++) {
    let x = rng() * width;
    let y = rng() * h;
    const angle = (rng() - 0.5) * 0.5; // mostly along U, like brushing or wear from sliding
    const len = p.length * width * (0.3 + rng());
    const dx = Math.cos(angle);
    const dy = Math.sin(angle);
    const strength = 0.3 + 0.7 * rng();
    for (let t = 0; t < len; t++, x += dx, y += dy) {
      const k = (((Math.floor(y) % h) + h) % h) * width + (((Math.floor(x) % width) + width) % width);
      value[k] = Math.min(1, value[k]! + 0.5 * strength);
      groove[k] = Math.min(groove[k]!, 1 - 0.5 * strength);
    }
  }
  return { height: groove, value };
}

function weave(threads: number, grid: Grid, noise: TileableNoise): Fields {
  const fibre = noise.fbm(grid, threads * 2, 2, 0.5, [1, 0.2]);
  const height = new Float32Array(grid.width * grid.height);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    const y = ((j + 0.5) / grid.height) * threads;
    const wj = Math.floor(y);
    const fy = y - wj;
    for (let i = 0; i < grid.width; i++) {
      const x = ((i + 0.5) / grid.width) * threads;
      const wi = Math.floor(x);
      const fx = x - wi;
      const warpOver = (wi + wj) % 2 === 0;
      // The thread on top shows its rounded profile across its width.
      const profile = warpOver ? Math.sin(Math.PI * fx) : Math.sin(Math.PI * fy);
      const k = j * grid.width + i;
      height[k] = 0.2 + 0.8 * profile;
      value[k] = (warpOver ? 0.55 : 0.4) + 0.35 * profile * fibre[k]!;
    }
  }
  return { height, value: clamp01(value) };
}
