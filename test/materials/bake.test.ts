import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { bakeTextures, bakeKey, type BakeRequest } from '../../src/materials/bake.js';
import { TextureRecipe, Pattern } from '../../src/scene/texture-recipe.js';

const flat = { color: [0.5, 0.5, 0.5] as [number, number, number], roughness: 0.5, metallic: 0 };

async function raw(png: Uint8Array): Promise<{ data: Uint8Array; width: number; height: number; channels: number }> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data), width: info.width, height: info.height, channels: info.channels };
}

/** Mean absolute difference between two columns (or rows) of an image. */
function lineDiff(img: { data: Uint8Array; width: number; height: number; channels: number }, a: number, b: number, vertical: boolean): number {
  let sum = 0;
  const n = vertical ? img.height : img.width;
  for (let t = 0; t < n; t++) {
    for (let c = 0; c < img.channels; c++) {
      const pa = vertical ? (t * img.width + a) * img.channels + c : (a * img.width + t) * img.channels + c;
      const pb = vertical ? (t * img.width + b) * img.channels + c : (b * img.width + t) * img.channels + c;
      sum += Math.abs(img.data[pa]! - img.data[pb]!);
    }
  }
  return sum / (n * img.channels);
}

const SAMPLES: Record<string, unknown> = {
  noise: { kind: 'noise', scale: 5 },
  ridged: { kind: 'ridged', scale: 3 },
  cells: { kind: 'cells', scale: 6 },
  bricks: { kind: 'bricks', rows: 8, columns: 3 },
  tiles: { kind: 'tiles', rows: 5, columns: 5 },
  planks: { kind: 'planks', boards: 5 },
  wood: { kind: 'wood', rings: 9 },
  marble: { kind: 'marble', veins: 2 },
  scratches: { kind: 'scratches', density: 200 },
  rust: { kind: 'rust', coverage: 0.5 },
  weave: { kind: 'weave', threads: 24 },
  hexagons: { kind: 'hexagons', scale: 5 },
  panels: { kind: 'panels', rows: 3, columns: 2 },
  stripes: { kind: 'stripes', count: 10 },
};

test('every pattern kind has a sample here', () => {
  const kinds = Pattern.options.map((o) => o.shape.kind.value);
  assert.deepEqual(Object.keys(SAMPLES).sort(), [...kinds].sort());
});

for (const [kind, pattern] of Object.entries(SAMPLES)) {
  test(`${kind} textures tile: opposite edges differ no more than neighbouring texels do`, async () => {
    const recipe = TextureRecipe.parse({ pattern, colors: ['#202020', '#d0d0d0'], roughness: [0.9, 0.2], metallic: [0, 1] });
    const baked = await bakeTextures({ layer: { recipe, flat, seed: 42 }, size: 128, maps: ['baseColor', 'normal', 'roughnessMetallic'] });
    for (const map of ['baseColor', 'normal', 'orm'] as const) {
      const img = await raw(baked[map]!);
      assert.equal(img.width, 128);
      for (const vertical of [true, false]) {
        const seam = lineDiff(img, 127, 0, vertical);
        let sharpest = 0;
        for (let i = 0; i < 127; i++) sharpest = Math.max(sharpest, lineDiff(img, i, i + 1, vertical));
        // Across the wrap the texture must change no more abruptly than it does anywhere inside: grout or a
        // grain edge may sit on the seam (as it does between any two bricks), but a discontinuity may not.
        assert.ok(seam <= 1.1 * sharpest + 1, `${kind} ${map} ${vertical ? 'left/right' : 'top/bottom'} seam ${seam.toFixed(2)} vs sharpest interior ${sharpest.toFixed(2)}`);
      }
    }
  });
}

test('baking is deterministic and content-addressed; the seed changes the result', async () => {
  const recipe = TextureRecipe.parse({ pattern: { kind: 'cells', scale: 5 }, colors: ['#333333', '#bbbbbb'], roughness: [0.8, 0.4] });
  const req: BakeRequest = { layer: { recipe, flat, seed: 7 }, size: 64, maps: ['baseColor'] };
  const a = await bakeTextures(req);
  const b = await bakeTextures(structuredClone(req));
  assert.deepEqual(a.baseColor, b.baseColor);
  assert.equal(bakeKey(req), bakeKey(structuredClone(req)));
  const other: BakeRequest = { ...req, layer: { ...req.layer, seed: 8 } };
  assert.notEqual(bakeKey(other), bakeKey(req));
  assert.notDeepEqual((await bakeTextures(other)).baseColor, a.baseColor);
});

test('maps follow the request; a flat surface bakes a flat normal map and its own colour', async () => {
  const baked = await bakeTextures({ layer: { flat: { color: [0.2, 0.4, 0.6], roughness: 0.3, metallic: 1 }, seed: 1 }, size: 32, maps: ['normal', 'roughnessMetallic'] });
  assert.equal(baked.baseColor, undefined);
  const n = await raw(baked.normal!);
  for (let k = 0; k < n.data.length; k += 3) assert.deepEqual([n.data[k], n.data[k + 1], n.data[k + 2]], [128, 128, 255]);
  const orm = await raw(baked.orm!);
  assert.deepEqual([orm.data[0], orm.data[1], orm.data[2]], [255, Math.round(0.3 * 255), 255]);
  assert.deepEqual(baked.average.color.map((c) => Math.round(c * 100) / 100), [0.2, 0.4, 0.6]);
});

test('the colour ramp and roughness range are read along the pattern', async () => {
  const recipe = TextureRecipe.parse({ pattern: { kind: 'tiles', rows: 2, columns: 2, grout: 0.2 }, colors: ['#000000', '#ffffff'], roughness: [1, 0], detail: 0 });
  const baked = await bakeTextures({ layer: { recipe, flat, seed: 1 }, size: 64, maps: ['baseColor', 'roughnessMetallic'] });
  const color = await raw(baked.baseColor!);
  const orm = await raw(baked.orm!);
  // Texel (0,0) sits in the grout (dark, rough); the centre of a tile is light and smooth.
  const centre = (16 * 64 + 16) * 3;
  assert.ok(color.data[0]! < color.data[centre]!, 'grout darker than tile');
  assert.ok(orm.data[1]! > orm.data[centre + 1]!, 'grout rougher than tile');
});
