/**
 * Rendering for real, in Chromium with SwiftShader. CI installs Chromium and runs these; on a machine without
 * it (outside CI) they are skipped with the reason, since no other test needs a browser.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { FloatType } from 'three';
import { EXRLoader } from 'three/examples/jsm/loaders/EXRLoader.js';
import { chromiumAvailable, findChromium, ChromiumNotFoundError } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { inputFromGlb, renderShots, type RenderManifest } from '../../src/render/render.js';
import { specRenderInput } from '../../src/pipeline/render.js';
import { writeStoryboard } from '../../src/render/storyboard.js';
import { materialSwatchSpec, lightingSwatchSpec, renderSwatch } from '../../src/pipeline/swatch.js';
import { getLightingPreset } from '../../src/library/lighting/index.js';
import type { SceneSpecInput } from '../../src/scene/schema.js';
import { EXAMPLES, buildGlb, exampleFiles, mustValidate, readJson, tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
let session: RenderSession;

before(async () => {
  if (!skip) session = await RenderSession.open({ gpu: false });
});
after(async () => {
  await session?.close();
});

interface Pixels {
  data: Buffer;
  width: number;
  height: number;
  channels: number;
}

async function pixels(file: string): Promise<Pixels> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height, channels: info.channels };
}

function lumaStats(p: Pixels): { mean: number; sd: number } {
  let s = 0;
  let s2 = 0;
  const n = p.width * p.height;
  for (let i = 0; i < n; i++) {
    const k = i * p.channels;
    const y = (0.2126 * p.data[k]! + 0.7152 * p.data[k + 1]! + 0.0722 * p.data[k + 2]!) / 255;
    s += y;
    s2 += y * y;
  }
  const mean = s / n;
  return { mean, sd: Math.sqrt(Math.max(0, s2 / n - mean * mean)) };
}

async function render(spec: SceneSpecInput, opts: Partial<Parameters<typeof renderShots>[2]> = {}, baseDir = EXAMPLES): Promise<{ dir: string; manifest: RenderManifest }> {
  const dir = tempDir('canvas3d-render-');
  const input = await specRenderInput(mustValidate(spec, baseDir), baseDir);
  const manifest = await renderShots(session, input, { outDir: dir, width: 192, height: 108, quality: 'draft', baseDir, ...opts });
  return { dir, manifest };
}

test('every example renders to frames that are not blank', { skip }, async () => {
  for (const file of exampleFiles()) {
    const { dir, manifest } = await render(readJson(file) as SceneSpecInput);
    assert.ok(manifest.shots.length >= 1, file);
    for (const shot of manifest.shots) {
      const p = await pixels(path.join(dir, shot.files.png));
      assert.deepEqual([p.width, p.height], [192, 108]);
      const { mean, sd } = lumaStats(p);
      assert.ok(mean > 0.02 && mean < 0.97, `${path.basename(file)} ${shot.id}: mean luma ${mean.toFixed(3)}`);
      assert.ok(sd > 0.02, `${path.basename(file)} ${shot.id}: flat image (sd ${sd.toFixed(3)})`);
    }
  }
});

/** A person on a floor, seen by a shot placed by the grammar. */
function personShot(composition: 'auto' | 'centered' | 'thirds-left' | 'thirds-right', facing: [number, number, number]): SceneSpecInput {
  return {
    version: 1,
    environment: { background: '#404040', ambient: { color: '#ffffff', intensity: 200 } },
    materials: { grey: { baseColor: '#909090', roughness: 0.8 } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [20, 20] }, material: 'grey', tags: ['set'] },
      { id: 'hero', geometry: { type: 'person', height: 1.8 }, lookAt: facing, material: 'grey', tags: ['person'] },
    ],
    lights: [{ id: 'key', type: 'directional', direction: [0.3, -1, -0.5], intensity: { value: 800, unit: 'lx' } }],
    shots: [{ id: 'ms', shotSize: 'MS', subjects: ['hero'], composition }],
  };
}

async function maskBox(dir: string, shot: RenderManifest['shots'][number], id: string) {
  const legend = (JSON.parse(readFileSync(path.join(dir, shot.files.maskJson!), 'utf8')) as { legend: Record<string, string> }).legend;
  const colour = Object.entries(legend).find(([, v]) => v === id)?.[0];
  assert.ok(colour, `${id} is in the legend`);
  const want = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const p = await pixels(path.join(dir, shot.files.maskPng!));
  let minY = Infinity;
  let count = 0;
  const xs: number[] = [];
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const k = (y * p.width + x) * p.channels;
      if (p.data[k] === want[0] && p.data[k + 1] === want[1] && p.data[k + 2] === want[2]) {
        minY = Math.min(minY, y);
        count++;
        xs.push(x);
      }
    }
  }
  return { minY, count, meanX: xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length), p };
}

test('the subject lands where the composition rule puts it', { skip }, async () => {
  const cases: ['auto' | 'centered' | 'thirds-left' | 'thirds-right', [number, number, number], number | 'looking-room'][] = [
    ['centered', [0, 0, 10], 0.5],
    ['thirds-left', [0, 0, 10], 1 / 3],
    ['thirds-right', [0, 0, 10], 2 / 3],
    ['auto', [10, 0, 2], 'looking-room'],
    ['auto', [-10, 0, 2], 'looking-room'],
  ];
  for (const [composition, facing, rule] of cases) {
    const { dir, manifest } = await render(personShot(composition, facing), { passes: ['mask'], width: 320, height: 180 });
    const shot = manifest.shots[0]!;
    let expectX: number;
    if (rule === 'looking-room') {
      // Looking room: the person sits on the third away from where they look, as the camera sees it.
      const { position, target } = shot.camera;
      const f = [target[0] - position[0], target[2] - position[2]];
      const right = [-f[1]!, f[0]!]; // forward × up, level
      const looks = facing[0] * right[0]! + facing[2] * right[1]!;
      expectX = looks > 0 ? 1 / 3 : 2 / 3;
    } else expectX = rule;
    assert.ok(Math.abs(shot.anchorScreen![0] - expectX) < 0.01, `${composition}: anchor ${shot.anchorScreen}, expected x ${expectX}`);
    const { meanX, minY, count, p } = await maskBox(dir, shot, 'hero');
    assert.ok(count > 500, `${composition}: the person is in frame`);
    // The body's centre line, in the frame, sits on the composition's line (±4 % of the width).
    assert.ok(Math.abs(meanX / p.width - expectX) < 0.04, `${composition} facing ${facing}: subject at x = ${(meanX / p.width).toFixed(3)}, expected ${expectX.toFixed(3)}`);
    // Headroom: the top of the head is inside the frame, below the top edge.
    assert.ok(minY > 2 && minY < p.height * 0.3, `${composition}: top of head at row ${minY}`);
  }
});

test('depth grows away from the camera; masks match their legend; normals face the camera', { skip }, async () => {
  const spec = readJson(path.join(EXAMPLES, 'studio-product-shot.json')) as SceneSpecInput;
  const { dir, manifest } = await render(spec, { passes: ['depth', 'normal', 'mask'], width: 320, height: 180 });
  const shot = manifest.shots[0]!;
  for (const f of ['depthExr', 'depthPng', 'normalPng', 'maskPng', 'maskJson'] as const) assert.ok(existsSync(path.join(dir, shot.files[f]!)), f);
  const exr = new EXRLoader().setDataType(FloatType).parse(readFileSync(path.join(dir, shot.files.depthExr!)).buffer as ArrayBuffer);
  const depth = exr.data as Float32Array;
  const w = exr.width!;
  const h = exr.height!;
  // EXRLoader rows are bottom-up: row 0 is the bottom of the picture.
  const at = (x: number, yFromTop: number) => depth[((h - 1 - yFromTop) * w + x) * 4]!;
  // The floor comes towards the camera: lower in the picture is nearer.
  const near = at(w >> 1, h - 3);
  const far = at(w >> 1, Math.round(h * 0.45));
  assert.ok(near > 0 && far > near, `floor depth ${near.toFixed(3)} m at the bottom < ${far.toFixed(3)} m higher up`);
  // The camera is 0.76 m from the bottle (ground truth from the spec): the bottle's pixels are at that depth.
  const legend = (JSON.parse(readFileSync(path.join(dir, shot.files.maskJson!), 'utf8')) as { legend: Record<string, string> }).legend;
  assert.deepEqual(new Set(Object.values(legend)), new Set(['bottle', 'sweep-floor', 'sweep-wall']));
  const mask = await pixels(path.join(dir, shot.files.maskPng!));
  const bottle = Object.entries(legend).find(([, v]) => v === 'bottle')![0];
  const rgb = (k: number) => `#${[0, 1, 2].map((c) => mask.data[k + c]!.toString(16).padStart(2, '0')).join('')}`;
  const bottleDepths: number[] = [];
  for (let y = 0; y < mask.height; y++) {
    for (let x = 0; x < mask.width; x++) {
      const c = rgb((y * mask.width + x) * mask.channels);
      assert.ok(c === '#000000' || c in legend, `mask colour ${c} at ${x},${y} is in the legend`);
      if (c === bottle) bottleDepths.push(at(x, y));
    }
  }
  assert.ok(bottleDepths.length > 100);
  const median = bottleDepths.sort((a, b) => a - b)[bottleDepths.length >> 1]!;
  assert.ok(Math.abs(median - 0.74) < 0.08, `bottle at ${median.toFixed(3)} m`);
  // Normals: the back wall faces the camera (blue), the floor faces up (green).
  const normals = await pixels(path.join(dir, shot.files.normalPng!));
  const n = (x: number, y: number) => [0, 1, 2].map((c) => normals.data[(y * normals.width + x) * normals.channels + c]!);
  const wall = n(5, 5);
  assert.ok(wall[2]! > 200, `wall normal ${wall}`);
  const floor = n(normals.width - 5, normals.height - 5);
  assert.ok(floor[1]! > 170 && floor[1]! > floor[2]!, `floor normal ${floor}`);
});

test('the HDR EXR reads back with values above 1 where lights are bright', { skip }, async () => {
  const spec: SceneSpecInput = {
    version: 1,
    environment: { background: '#000000' },
    materials: { grey: { baseColor: '#808080' }, lamp: { baseColor: '#000000', emissive: '#ffffff', emissiveStrength: 40 } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [6, 6] }, material: 'grey' },
      { id: 'lamp', geometry: { type: 'sphere', radius: 0.2 }, position: [0, 1, 0], material: 'lamp' },
    ],
    lights: [{ id: 'bulb', type: 'point', position: [0, 1, 0], intensity: { value: 1600, unit: 'lm' }, castShadow: false }],
    cameras: [{ id: 'cam', position: [0, 1.5, 4], target: [0, 0.8, 0] }],
  };
  const { dir, manifest } = await render(spec, { hdr: true });
  const exr = new EXRLoader().setDataType(FloatType).parse(readFileSync(path.join(dir, manifest.shots[0]!.files.exr!)).buffer as ArrayBuffer);
  const data = exr.data as Float32Array;
  let max = 0;
  let finite = true;
  for (let i = 0; i < data.length; i += 4) {
    max = Math.max(max, data[i]!, data[i + 1]!, data[i + 2]!);
    if (!Number.isFinite(data[i]!)) finite = false;
  }
  assert.ok(finite);
  assert.ok(max > 1, `brightest linear value ${max}`);
  assert.deepEqual([exr.width, exr.height], [192, 108]);
});

test('GPU resources are released after every frame: the counts stay flat', { skip }, async () => {
  const spec = readJson(path.join(EXAMPLES, 'dungeon-corridor.json')) as SceneSpecInput;
  const dir = tempDir();
  const input = await specRenderInput(mustValidate(spec, EXAMPLES), EXAMPLES);
  const memory = [];
  for (let i = 0; i < 4; i++) {
    const m = await renderShots(session, input, { outDir: dir, width: 160, height: 90, quality: 'draft', hdr: true, passes: ['depth', 'normal', 'mask'], baseDir: EXAMPLES });
    memory.push(m.shots[0]!.memory);
  }
  // The first frame compiles shaders and uploads the scene; after that nothing may accumulate.
  for (const m of memory.slice(2)) {
    assert.equal(m.textures, memory[1]!.textures, `textures ${memory.map((x) => x.textures)}`);
    assert.equal(m.geometries, memory[1]!.geometries, `geometries ${memory.map((x) => x.geometries)}`);
  }
});

test('a dead browser mid-run is recovered from', { skip }, async () => {
  const spec = readJson(path.join(EXAMPLES, 'studio-product-shot.json')) as SceneSpecInput;
  const first = await render(spec);
  assert.equal(first.manifest.shots.length, 1);
  const launches = session.launches;
  const pid = session.browserPid!;
  process.kill(pid, 'SIGKILL');
  await new Promise((r) => setTimeout(r, 200));
  const again = await render(spec);
  const p = await pixels(path.join(again.dir, again.manifest.shots[0]!.files.png));
  assert.ok(lumaStats(p).sd > 0.02, 'the frame after the crash is a real frame');
  assert.equal(session.launches, launches + 1, 'the browser was relaunched once');
  assert.notEqual(session.browserPid, pid);
});

test('a GLB renders by itself: its shots from the scene extras, or an establishing shot', { skip }, async () => {
  const spec = readJson(path.join(EXAMPLES, 'studio-product-shot.json')) as SceneSpecInput;
  const glb = await buildGlb(spec, EXAMPLES);
  const dir = tempDir();
  const withShots = await renderShots(session, await inputFromGlb(glb), { outDir: dir, width: 160, height: 90, quality: 'draft' });
  assert.deepEqual(withShots.shots.map((s) => s.id), ['packshot']);
  const bare = await buildGlb({ version: 1, objects: [{ id: 'box', geometry: { type: 'box', size: [2, 1, 1] } }] });
  const est = await renderShots(session, await inputFromGlb(bare), { outDir: tempDir(), width: 160, height: 90, quality: 'draft' });
  assert.equal(est.shots[0]!.id, 'establishing');
  const p = await pixels(path.join(dir, withShots.shots[0]!.files.png));
  assert.ok(lumaStats(p).sd > 0.02);
});

test('storyboard: HTML, a contact-sheet PNG and a PDF from a render folder', { skip }, async () => {
  const spec = readJson(path.join(EXAMPLES, 'blocking-two-people.json')) as SceneSpecInput;
  const { dir, manifest } = await render(spec);
  const files = await writeStoryboard(dir, session, { title: 'Café scene' });
  const html = readFileSync(files.html, 'utf8');
  for (const s of manifest.shots) assert.ok(html.includes(`src="${s.files.png}"`), s.id);
  assert.match(html, /Café scene/);
  assert.match(html, /OTS · over the shoulder/);
  const png = await sharp(files.png!).metadata();
  assert.ok(png.width! >= 1200 && png.height! >= 400);
  const pdf = readFileSync(files.pdf!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  // The sheet prints JPEG copies of the frames (at most 960 px wide), not the full PNGs.
  const frames = pdf.toString('latin1').match(/\/DCTDecode/g) ?? [];
  assert.equal(frames.length, manifest.shots.length, 'one JPEG image per frame in the PDF');
  for (const w of pdf.toString('latin1').match(/\/Width (\d+)/g) ?? []) assert.ok(Number(w.split(' ')[1]) <= 960, w);
});

test('swatches: a gold sphere reads gold; a split-lit bust is bright on one side only', { skip }, async () => {
  const dir = tempDir();
  await renderSwatch(session, materialSwatchSpec('gold'), path.join(dir, 'gold.png'), 128, 'draft');
  const gold = await pixels(path.join(dir, 'gold.png'));
  const c = (gold.height / 2 + 8) * gold.width + gold.width / 2;
  const [r, g, b] = [0, 1, 2].map((k) => gold.data[c * gold.channels + k]!);
  assert.ok(r! > b! + 30 && g! > b!, `gold centre ${r},${g},${b}`);

  await renderSwatch(session, lightingSwatchSpec(getLightingPreset('split')!), path.join(dir, 'split.png'), 128, 'draft');
  const split = await pixels(path.join(dir, 'split.png'));
  // The key is 90° camera-left: the left half of the face is lit, the right half in shadow.
  const band = (x0: number, x1: number) => {
    let s = 0;
    for (let y = 20; y < 60; y++) for (let x = x0; x < x1; x++) s += split.data[(y * split.width + x) * split.channels + 1]!;
    return s / ((x1 - x0) * 40);
  };
  assert.ok(band(44, 62) > band(66, 84) * 1.5, `left ${band(44, 62).toFixed(1)} vs right ${band(66, 84).toFixed(1)}`);
});

test('a missing Chromium is one clear message', () => {
  assert.throws(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' }), (err: unknown) => err instanceof ChromiumNotFoundError && /apt-get install -y chromium/.test(err.message));
});
