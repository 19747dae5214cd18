/**
 * The natural patterns read as their material: wood grain that is not column-constant stripes, marble with
 * thin veins, rust that is a separate rough dielectric layer — and all of them tile.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { renderPattern } from '../../src/materials/patterns.js';
import { bakeTextures } from '../../src/materials/bake.js';
import { Pattern, TextureRecipe } from '../../src/scene/texture-recipe.js';

const SIZE = 256;
const grid = { width: SIZE, height: SIZE };
const field = (p: unknown, seed = 11) => renderPattern(Pattern.parse(p), grid, seed).value;

/** Mean absolute step across the wrap and the largest mean step between neighbouring interior lines. */
function seamAndSharpest(f: Float32Array, vertical: boolean): { seam: number; sharpest: number } {
  const at = (line: number, t: number) => (vertical ? f[t * SIZE + line]! : f[line * SIZE + t]!);
  const step = (a: number, b: number) => {
    let s = 0;
    for (let t = 0; t < SIZE; t++) s += Math.abs(at(a, t) - at(b, t));
    return s / SIZE;
  };
  let sharpest = 0;
  for (let i = 0; i < SIZE - 1; i++) sharpest = Math.max(sharpest, step(i, i + 1));
  return { seam: step(SIZE - 1, 0), sharpest };
}

const NATURAL = {
  'flat-sawn wood': { kind: 'wood', rings: 14, distortion: 0.35 },
  'quarter-sawn wood': { kind: 'wood', rings: 14, distortion: 0.35, cut: 'quarter' },
  marble: { kind: 'marble', veins: 4, turbulence: 0.8 },
  rust: { kind: 'rust', coverage: 0.6, scale: 4 },
};

for (const [name, p] of Object.entries(NATURAL)) {
  test(`${name} tiles: left/right and top/bottom edges meet like neighbouring texels`, () => {
    const f = field(p);
    for (const vertical of [true, false]) {
      const { seam, sharpest } = seamAndSharpest(f, vertical);
      assert.ok(seam <= 1.1 * sharpest + 1e-3, `${name} ${vertical ? 'left/right' : 'top/bottom'}: seam ${seam.toFixed(4)} vs interior ${sharpest.toFixed(4)}`);
    }
  });
}

const variance = (xs: ArrayLike<number>) => {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += xs[i]!;
  m /= xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i]! - m) ** 2;
  return v / xs.length;
};

/** Share of the field's variance found along V inside each column: ~0 for column-constant stripes. */
function alongV(f: Float32Array): number {
  let inColumns = 0;
  for (let i = 0; i < SIZE; i++) inColumns += variance(Float32Array.from({ length: SIZE }, (_, j) => f[j * SIZE + i]!));
  return inColumns / SIZE / variance(f);
}

test('flat-sawn wood is not corduroy: rings arch, so columns vary along the grain', () => {
  for (const seed of [1, 2, 3]) {
    const share = alongV(field(NATURAL['flat-sawn wood'], seed));
    assert.ok(share > 0.3, `seed ${seed}: only ${(share * 100).toFixed(0)}% of the variance lies along V`);
  }
  // The quarter-sawn face is the straight-striped one, for contrast: most of its variance lies across U.
  assert.ok(alongV(field(NATURAL['quarter-sawn wood'])) < 0.3);
});

test('marble veins are thin: dark pixels are a small share of the slab, but present', () => {
  for (const seed of [1, 2, 3]) {
    const f = field(NATURAL.marble, seed);
    const dark = f.filter((x) => x < 0.5).length / f.length;
    const light = f.filter((x) => x > 0.75).length / f.length;
    assert.ok(dark > 0.005 && dark < 0.08, `seed ${seed}: ${(dark * 100).toFixed(1)}% dark`);
    assert.ok(light > 0.75, `seed ${seed}: only ${(light * 100).toFixed(0)}% of the slab is near-white ground`);
  }
});

test('rust is a rough dielectric layer: metalness is bare or not, and roughness moves with it', async () => {
  const recipe = TextureRecipe.parse({ pattern: NATURAL.rust, colors: ['#77746f', '#4e2614', '#7a3b1c', '#a55a2a'], roughness: [0.55, 0.92], metallic: [1, 0], detail: 0.5 });
  const baked = await bakeTextures({ layer: { recipe, flat: { color: [0.5, 0.5, 0.5], roughness: 0.5, metallic: 0 }, seed: 5 }, size: SIZE, maps: ['baseColor', 'roughnessMetallic'] });
  const { data, info } = await sharp(baked.orm!).raw().toBuffer({ resolveWithObject: true });
  let half = 0;
  let bare = 0;
  let rust = 0;
  for (let k = 0; k < SIZE * SIZE; k++) {
    const rough = data[k * info.channels + 1]! / 255;
    const metal = data[k * info.channels + 2]! / 255;
    if (metal > 0.15 && metal < 0.85) half++;
    if (metal >= 0.85) {
      bare++;
      assert.ok(rough >= 0.5, `bare metal at roughness ${rough.toFixed(2)}: a mirror patch`);
    }
    if (metal <= 0.15) {
      rust++;
      assert.ok(rough >= 0.85, `rust at roughness ${rough.toFixed(2)}`);
    }
  }
  const n = SIZE * SIZE;
  assert.ok(half / n < 0.06, `${((half / n) * 100).toFixed(1)}% half-metallic texels`);
  assert.ok(bare / n > 0.1 && rust / n > 0.4, `bare ${((bare / n) * 100).toFixed(0)}%, rust ${((rust / n) * 100).toFixed(0)}%`);
});
