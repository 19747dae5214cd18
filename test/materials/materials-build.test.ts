import { test } from 'node:test';
import assert from 'node:assert/strict';
import sharp from 'sharp';
import { buildGlb, readGlb, makeSpec, khronosValidate } from '../helpers.js';
import { QUALITY, QUALITY_LEVELS } from '../../src/materials/quality.js';
import type { Transform } from '@gltf-transform/extensions';

const glassAndBrick = (quality: string) =>
  makeSpec({
    quality: quality as never,
    objects: [
      { id: 'wall', geometry: { type: 'box', size: [4, 2, 0.3] }, material: 'brick_red' },
      { id: 'pane', geometry: { type: 'box', size: [1, 1, 0.01] }, position: [0, 1, 1], material: 'glass_clear' },
      { id: 'coat', geometry: { type: 'sphere' }, position: [2, 1, 1], material: 'car_paint_red' },
    ],
  });

test('each quality level writes its texture size, maps and extensions', async () => {
  for (const q of QUALITY_LEVELS.slice(0, 4)) {
    const bytes = await buildGlb(glassAndBrick(q));
    const doc = await readGlb(bytes);
    const brick = doc.getRoot().listMaterials().find((m) => m.getName() === 'brick_red')!;
    const level = QUALITY[q];
    const base = brick.getBaseColorTexture();
    assert.ok(base, `${q}: brick has a baked colour map`);
    const meta = await sharp(base.getImage()!).metadata();
    assert.equal(meta.width, level.textureSize, `${q}: ${meta.width}px`);
    assert.equal(brick.getNormalTexture() !== null, level.maps.includes('normal'), `${q}: normal map`);
    assert.equal(brick.getMetallicRoughnessTexture() !== null, level.maps.includes('roughnessMetallic'), `${q}: ORM map`);
    assert.equal(brick.getOcclusionTexture() !== null, level.maps.includes('occlusion'), `${q}: occlusion`);
    const glass = doc.getRoot().listMaterials().find((m) => m.getName() === 'glass_clear')!;
    assert.equal(glass.getExtension('KHR_materials_transmission') !== null, level.extensions.includes('transmission'), `${q}: transmission`);
    const paint = doc.getRoot().listMaterials().find((m) => m.getName() === 'car_paint_red')!;
    assert.equal(paint.getExtension('KHR_materials_clearcoat') !== null, level.extensions.includes('clearcoat'), `${q}: clear coat`);
    const report = await khronosValidate(bytes);
    assert.equal(report.issues.numErrors + report.issues.numWarnings, 0, `${q}: validator clean`);
  }
});

test('procedural materials get world-scaled UVs: bricks stay brick-sized on a long wall', async () => {
  const doc = await readGlb(await buildGlb(glassAndBrick('lite')));
  const wall = doc.getRoot().listNodes().find((n) => (n.getExtras() as { id?: string }).id === 'wall')!;
  const prim = wall.getMesh()!.listPrimitives()[0]!;
  const uv = prim.getAttribute('TEXCOORD_0')!;
  // UVs are in metres; the material's texture transform makes one tile 0.675 m (9 courses of 75 mm).
  const span = uv.getMax([])[0]! - uv.getMin([])[0]!;
  assert.ok(Math.abs(span - 4) < 1e-4, `UVs span the wall's 4 m (${span.toFixed(3)})`);
  const transform = prim.getMaterial()!.getBaseColorTextureInfo()!.getExtension<Transform>('KHR_texture_transform');
  assert.ok(transform, 'a texture transform sets the tile size');
  assert.ok(Math.abs(transform.getScale()[0] - 1 / 0.675) < 1e-6);
});

test('a texture budget caps baked sizes', async () => {
  const doc = await readGlb(await buildGlb({ ...glassAndBrick('ultra'), budgets: { maxTextureSize: 256 } }));
  const brick = doc.getRoot().listMaterials().find((m) => m.getName() === 'brick_red')!;
  assert.equal((await sharp(brick.getBaseColorTexture()!.getImage()!).metadata()).width, 256);
});

test('noise blends bake one texture mixing both materials; slope blends split faces between them', async () => {
  const spec = makeSpec({
    quality: 'lite',
    materials: {
      mossy: { preset: 'cobblestone', blend: { with: 'moss', mask: { type: 'noise', threshold: 0.4 } } },
      hillside: { preset: 'grass', blend: { with: 'granite', mask: { type: 'slope', threshold: 0.3 } } },
    },
    objects: [
      { id: 'path', geometry: { type: 'plane', size: [4, 4] }, material: 'mossy' },
      { id: 'hill', geometry: { type: 'sphere', radius: 2 }, position: [0, 0, -5], material: 'hillside' },
    ],
  });
  const bytes = await buildGlb(spec);
  const doc = await readGlb(bytes);
  const mossy = doc.getRoot().listMaterials().find((m) => m.getName() === 'mossy')!;
  const { data, info } = await sharp(mossy.getBaseColorTexture()!.getImage()!).raw().toBuffer({ resolveWithObject: true });
  let greenish = 0;
  let greyish = 0;
  for (let k = 0; k < info.width * info.height; k++) {
    const [r, g, b] = [data[k * 3]!, data[k * 3 + 1]!, data[k * 3 + 2]!];
    if (g > r + 10 && g > b + 10) greenish++;
    else if (Math.abs(r - g) < 12 && Math.abs(g - b) < 12) greyish++;
  }
  const n = info.width * info.height;
  assert.ok(greenish > 0.15 * n && greyish > 0.15 * n, `moss ${(greenish / n).toFixed(2)}, stone ${(greyish / n).toFixed(2)}`);
  const hill = doc.getRoot().listNodes().find((x) => (x.getExtras() as { id?: string }).id === 'hill')!;
  const prims = hill.getMesh()!.listPrimitives();
  assert.equal(prims.length, 2);
  assert.deepEqual(prims.map((p) => p.getMaterial()!.getName()).sort(), ['granite', 'hillside']);
  const grassY = prims.find((p) => p.getMaterial()!.getName() === 'hillside')!.getAttribute('POSITION')!;
  assert.ok(grassY.getMin([])[1]! > 0, 'grass only on the upper, flatter part of the hill');
  const report = await khronosValidate(bytes);
  assert.equal(report.issues.numErrors + report.issues.numWarnings, 0);
});

test('overrides on a textured preset tint its texture; texture:false drops it; lava glows through an emissive map', async () => {
  const doc = await readGlb(
    await buildGlb(
      makeSpec({
        quality: 'lite',
        materials: { blue_bricks: { preset: 'brick_red', baseColor: '#2040a0' }, flat_oak: { preset: 'oak', texture: false } },
        objects: [
          { id: 'a', geometry: { type: 'box' }, material: 'blue_bricks' },
          { id: 'b', geometry: { type: 'box' }, material: 'flat_oak' },
          { id: 'c', geometry: { type: 'box' }, material: 'lava' },
        ],
      }),
    ),
  );
  const byName = (n: string) => doc.getRoot().listMaterials().find((m) => m.getName() === n)!;
  const stats = await sharp(byName('blue_bricks').getBaseColorTexture()!.getImage()!).stats();
  assert.ok(stats.channels[2]!.mean > stats.channels[0]!.mean, 'tinted blue');
  assert.equal(byName('flat_oak').getBaseColorTexture(), null);
  assert.ok(byName('lava').getEmissiveTexture(), 'lava has an emission mask');
});
