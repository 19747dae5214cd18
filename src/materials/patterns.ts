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

function wood(p: PatternOf<'wood'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const warp = noise.fbm(grid, 2, 3, 0.5, [0.5, 2]);
  const grain = noise.fbm(grid, 24, 2, 0.5, [0.15, 4]);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    for (let i = 0; i < grid.width; i++) {
      const k = j * grid.width + i;
      const u = (i + 0.5) / grid.width;
      // Rings run along V: an integer ring count keeps the pattern periodic.
      const ring = frac(p.rings * u + p.distortion * 2 * (warp[k]! - 0.5));
      const late = smoothstep(0.55, 0.95, ring); // dark latewood band
      value[k] = 0.85 - 0.55 * late + 0.15 * (grain[k]! - 0.5);
    }
  }
  clamp01(value);
  return { height: value, value };
}

function marble(p: PatternOf<'marble'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const turb = noise.fbm(grid, 3, 5, 0.55);
  const value = new Float32Array(grid.width * grid.height);
  for (let j = 0; j < grid.height; j++) {
    for (let i = 0; i < grid.width; i++) {
      const k = j * grid.width + i;
      const u = (i + 0.5) / grid.width;
      const v = (j + 0.5) / grid.height;
      const s = Math.abs(Math.sin(Math.PI * (p.veins * (u + v) + p.turbulence * 6 * (turb[k]! - 0.5))));
      value[k] = Math.pow(s, 0.35); // thin dark veins where the sine crosses zero
    }
  }
  return { height: value.map((x) => 0.9 + 0.1 * x), value };
}

function rust(p: PatternOf<'rust'>, grid: Grid, _seed: number, noise: TileableNoise): Fields {
  const f = normalize(noise.fbm(grid, p.scale, 5, 0.55));
  const t = 1 - p.coverage;
  const value = f.map((x) => smoothstep(t - 0.08, t + 0.08, x));
  const grain = noise.fbm(grid, p.scale * 8, 2, 0.5);
  const height = value.map((x, k) => 0.3 + 0.4 * x + 0.3 * x * grain[k]!);
  return { height, value };
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
