/**
 * Effects and quality levels, rendered for real at 160×90: each effect changes the frame where it is asked for
 * and leaves it alone otherwise. Set EFFECTS_DUMP=<folder> to keep the frames for a look.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { chromiumAvailable } from '../../src/render/chromium.js';
import { RenderSession } from '../../src/render/session.js';
import { renderShots } from '../../src/render/render.js';
import type { RenderQuality } from '../../src/render/quality.js';
import { specRenderInput } from '../../src/pipeline/render.js';
import { parseIes, candelaAt, builtInIes, beamHalfAngleDeg, IesParseError } from '../../src/lighting/ies.js';
import { validateSpec, type SceneSpecInput } from '../../src/index.js';
import { mustValidate, tempDir } from '../helpers.js';

const skip = !chromiumAvailable() && process.env.CI !== 'true' ? 'Chromium is not installed (apt-get install -y chromium); CI runs these' : false;
let session: RenderSession | undefined;

before(async () => {
  if (!skip) session = await RenderSession.open({ gpu: false });
});
after(async () => {
  await session?.close();
});

interface Frame {
  luma: Float64Array;
  width: number;
  height: number;
}

const W = 160;
const H = 90;

/** Renders the spec's one shot and returns its luma (0–1), row-major from the top. */
async function frame(spec: SceneSpecInput, quality: RenderQuality = 'preview', name = 'frame'): Promise<Frame> {
  const dir = tempDir('canvas3d-fx-');
  const input = await specRenderInput(mustValidate(spec), dir);
  const manifest = await renderShots(session!, input, { outDir: dir, width: W, height: H, quality });
  const file = path.join(dir, manifest.shots[0]!.files.png);
  if (process.env.EFFECTS_DUMP) {
    mkdirSync(process.env.EFFECTS_DUMP, { recursive: true });
    copyFileSync(file, path.join(process.env.EFFECTS_DUMP, `${name}-${quality}.png`));
  }
  const { data, info } = await sharp(file).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const luma = new Float64Array(info.width * info.height);
  for (let i = 0; i < luma.length; i++) luma[i] = (0.2126 * data[i * 3]! + 0.7152 * data[i * 3 + 1]! + 0.0722 * data[i * 3 + 2]!) / 255;
  return { luma, width: info.width, height: info.height };
}

/** Mean luma over a box given in fractions of the frame [x0, y0, x1, y1] (y from the top). */
function mean(f: Frame, [x0, y0, x1, y1]: [number, number, number, number]): number {
  let s = 0;
  let n = 0;
  for (let y = Math.floor(y0 * f.height); y < Math.ceil(y1 * f.height); y++) {
    for (let x = Math.floor(x0 * f.width); x < Math.ceil(x1 * f.width); x++, n++) s += f.luma[y * f.width + x]!;
  }
  return s / Math.max(1, n);
}

/** Standard deviation of luma over a box: the contrast there. */
function spread(f: Frame, box: [number, number, number, number]): number {
  const m = mean(f, box);
  const sq: Frame = { ...f, luma: f.luma.map((v) => (v - m) ** 2) };
  return Math.sqrt(mean(sq, box));
}

/** Sum of squared horizontal luma differences: sharp vertical edges score high, blurred ones low. */
function gradientEnergy(f: Frame): number {
  let e = 0;
  for (let y = 0; y < f.height; y++) for (let x = 1; x < f.width; x++) e += (f.luma[y * f.width + x]! - f.luma[y * f.width + x - 1]!) ** 2;
  return e;
}

/** Pixels brighter than both horizontal neighbours by `by`: thin bright marks (streaks, flakes). */
function thinBright(f: Frame, by = 0.04): number {
  let n = 0;
  for (let y = 0; y < f.height; y++) {
    for (let x = 1; x < f.width - 1; x++) {
      const c = f.luma[y * f.width + x]!;
      if (c - f.luma[y * f.width + x - 1]! > by && c - f.luma[y * f.width + x + 1]! > by) n++;
    }
  }
  return n;
}

/** A street-like set: a floor, a back wall, pillars and a bright block, lit by a key from the side. */
function street(extra: { floor?: Record<string, unknown>; environment?: Record<string, unknown>; shot?: Record<string, unknown>; lights?: unknown[] } = {}): SceneSpecInput {
  return {
    version: 1,
    environment: { background: '#1a1d24', ambient: { color: '#ffffff', intensity: 30 }, ...extra.environment },
    materials: {
      floor: { baseColor: '#6a6a6a', roughness: 0.85, ...extra.floor },
      wall: { baseColor: '#8a8378', roughness: 0.9 },
      block: { baseColor: '#f0f0f0', emissive: '#ffffff', emissiveStrength: 3 },
      pillar: { baseColor: '#303030', roughness: 0.6 },
    },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [30, 30] }, material: 'floor' },
      { id: 'wall', geometry: { type: 'box', size: [30, 6, 0.3] }, position: [0, 3, -6], material: 'wall' },
      { id: 'block', geometry: { type: 'box', size: [1.2, 1.2, 1.2] }, position: [0, 0.6, -2], material: 'block' },
      { id: 'pillar-l', geometry: { type: 'box', size: [0.4, 4, 0.4] }, position: [-2.5, 2, -3], material: 'pillar' },
      { id: 'pillar-r', geometry: { type: 'box', size: [0.4, 4, 0.4] }, position: [2.5, 2, -3], material: 'pillar' },
    ],
    lights: (extra.lights as SceneSpecInput['lights']) ?? [{ id: 'key', type: 'directional', direction: [-0.5, -1, -0.4], intensity: { value: 2000, unit: 'lx' } }],
    cameras: [{ id: 'cam', position: [0, 1.4, 5], target: [0, 0.8, -2], focalLengthMm: 28 }],
    shots: [{ id: 'shot', camera: 'cam', ...extra.shot }],
  };
}

test('IES LM-63: parses, interpolates, follows horizontal symmetry and rejects what it cannot read', () => {
  const down = parseIes(builtInIes('downlight')!);
  assert.equal(down.verticalDeg[0], 0);
  assert.equal(down.horizontalDeg.length, 1);
  assert.ok(candelaAt(down, 0, 0) > 1000, 'peak straight down');
  assert.ok(candelaAt(down, 30, 123) < candelaAt(down, 10, 0), 'falls off with angle, the same all round');
  assert.equal(candelaAt(down, 80, 0), 0, 'nothing past the baffle');
  const half = beamHalfAngleDeg(down);
  assert.ok(half >= 20 && half <= 25, `downlight beam half-angle ${half}°`);
  const wash = parseIes(builtInIes('wall-wash')!);
  assert.ok(candelaAt(wash, 35, 0) > 3 * candelaAt(wash, 35, 180), 'the wall washer throws towards 0°');
  // A quadrant-symmetric file (0–90°) mirrors into the other quadrants; TILT=INCLUDE data is skipped.
  const quad = parseIes(['IESNA:LM-63-1995', '[TEST] x', 'TILT=INCLUDE', '1', '2', '0 90', '1 1', '1 1000 2 3 2 1 1 0 0 0', '1 1 0', '0 45 90', '0 90', '100 50 0', '200 100 0'].join('\n'));
  assert.equal(candelaAt(quad, 0, 0), 200, 'candela multiplier applied');
  assert.equal(candelaAt(quad, 45, 270), candelaAt(quad, 45, 90));
  assert.equal(candelaAt(quad, 22.5, 0), 150, 'vertical interpolation');
  assert.equal(candelaAt(quad, 0, 45), 300, 'horizontal interpolation');
  assert.throws(() => parseIes('IESNA:LM-63-2002\nTILT=NONE\n1 1000 1 3 1 2 1 0 0 0\n1 1 0\n0 45 90\n0\n1 2 3'), IesParseError, 'type B');
  assert.throws(() => parseIes('no tilt line'), IesParseError);
  assert.throws(() => parseIes('TILT=NONE\n1 1000 1 3 1 1 1 0 0 0\n1 1 0\n0 45 90\n0\n1 2'), /candela/);
});

test('the light contract takes built-in IES names and .ies files only', () => {
  const light = (ies: string) => validateSpec({ version: 1, lights: [{ id: 's', type: 'spot', position: [0, 3, 0], intensity: { value: 500, unit: 'cd' }, ies }] });
  assert.ok(light('downlight').ok);
  assert.ok(light('fixtures/cove.IES').ok);
  assert.ok(!light('spotlight-ish').ok);
});

test('motion blur: a panning shot softens vertical edges; a static one stays sharp', { skip }, async (t) => {
  const still = await frame(street(), 'preview', 'pan-static');
  const again = await frame(street({ shot: { move: 'static' } }), 'preview', 'pan-static2');
  const pan = await frame(street({ shot: { move: 'pan-right', look: { motionBlur: { shutterAngleDeg: 180 } } } }), 'preview', 'pan');
  const off = await frame(street({ shot: { move: 'pan-right', look: { motionBlur: { shutterAngleDeg: 0 } } } }), 'preview', 'pan-off');
  const unasked = await frame(street({ shot: { move: 'pan-right' } }), 'preview', 'pan-unasked');
  const [e0, e1, e2, e3, e4] = [still, again, pan, off, unasked].map(gradientEnergy) as [number, number, number, number, number];
  assert.equal(e4, e0, 'preview blurs a move only when the shot asks (a storyboard frame is a still)');
  assert.equal(e1, e0, 'a static move renders as no move');
  assert.equal(e3, e0, 'a 0° shutter turns it off');
  t.diagnostic(`edge energy: still ${e0.toFixed(2)}, panning ${e2.toFixed(2)}`);
  assert.ok(e2 < 0.85 * e0, `edge energy ${e2.toFixed(2)} with the pan vs ${e0.toFixed(2)} still`);
});

test('rain adds thin bright streaks and wets the floor; snow adds bright dots', { skip }, async (t) => {
  const dry = await frame(street(), 'preview', 'dry');
  const rain = await frame(street({ environment: { weather: { type: 'rain', intensity: 0.8 } } }), 'preview', 'rain');
  const snow = await frame(street({ environment: { weather: { type: 'snow', intensity: 0.8 } } }), 'preview', 'snow');
  const [d, r, s] = [dry, rain, snow].map((f) => thinBright(f)) as [number, number, number];
  t.diagnostic(`thin bright marks: dry ${d}, rain ${r}, snow ${s}`);
  assert.ok(r > d + 20, `thin bright marks: rain ${r}, dry ${d}`);
  assert.ok(s > d + 20, `thin bright marks: snow ${s}, dry ${d}`);
  // The wet floor in front of the camera is darker (water fills the pores) where no streak happens to be.
  const floorBox: [number, number, number, number] = [0.05, 0.85, 0.3, 1];
  const dryNoRain = await frame(street({ environment: { weather: { type: 'rain', intensity: 0.8, wet: false } } }), 'preview', 'rain-dry');
  const wetFloor = mean(rain, floorBox);
  t.diagnostic(`floor luma: wet ${wetFloor.toFixed(3)}, not wet ${mean(dryNoRain, floorBox).toFixed(3)}`);
  assert.ok(wetFloor < mean(dryNoRain, floorBox) - 0.02, `floor luma wet ${wetFloor.toFixed(3)} vs not wet ${mean(dryNoRain, floorBox).toFixed(3)}`);
});

test('mist sinks the ground and the distance, not the top of the frame', { skip }, async (t) => {
  const clear = await frame(street(), 'draft', 'clear');
  const mist = await frame(street({ environment: { weather: { type: 'mist', intensity: 0.8 } } }), 'draft', 'mist');
  // Mist washes out contrast: the pillars' feet and shadows against the floor, not their tops against the wall.
  const kept = (box: [number, number, number, number]) => spread(mist, box) / spread(clear, box);
  const low = kept([0, 0.5, 1, 0.75]);
  const high = kept([0, 0, 1, 0.3]);
  t.diagnostic(`contrast kept: ${low.toFixed(2)} at the feet, ${high.toFixed(2)} at the top`);
  assert.ok(low < 0.6 && high > 0.8, `contrast kept: ${low.toFixed(2)} at the feet, ${high.toFixed(2)} at the top`);
});

test('god rays brighten the air around a light in frame only when the environment is volumetric', { skip }, async (t) => {
  const lamp = [{ id: 'lamp', type: 'point', position: [0, 2.6, -3.5], intensity: { value: 3000, unit: 'lm' } }];
  const plain = await frame(street({ lights: lamp }), 'preview', 'rays-off');
  const rays = await frame(street({ lights: lamp, environment: { volumetric: { density: 0.05, anisotropy: 0.5 } } }), 'preview', 'rays-on');
  // The air around the lamp's screen position (centre, a little above the block).
  const around: [number, number, number, number] = [0.35, 0.1, 0.65, 0.45];
  const gain = mean(rays, around) - mean(plain, around);
  t.diagnostic(`luma around the lamp: +${gain.toFixed(3)}`);
  assert.ok(gain > 0.03, `luma around the lamp rises by ${gain.toFixed(3)}`);
});

test('an IES downlight narrows a wide spot into a pool', { skip }, async (t) => {
  const spot = (ies?: string) => [{ id: 'can', type: 'spot', position: [0, 4, 0], target: [0, 0, 0], coneAngleDeg: 140, penumbra: 0.1, intensity: { value: 3000, unit: 'cd' }, castShadow: false, ...(ies ? { ies } : {}) }];
  const spec = (ies?: string): SceneSpecInput => ({ ...street({ lights: spot(ies) }), cameras: [{ id: 'cam', position: [0, 9, 0.01] as [number, number, number], target: [0, 0, 0] as [number, number, number], focalLengthMm: 20 }] });
  const wide = await frame(spec(), 'draft', 'ies-off');
  const pool = await frame(spec('downlight'), 'draft', 'ies-on');
  // Falloff shape: the brightness 2.5 m off the axis relative to the centre.
  const centre: [number, number, number, number] = [0.47, 0.44, 0.53, 0.56];
  const side: [number, number, number, number] = [0.2, 0.44, 0.26, 0.56];
  const ratio = (f: Frame) => mean(f, side) / Math.max(1e-3, mean(f, centre));
  t.diagnostic(`side/centre: ${ratio(wide).toFixed(2)} plain spot, ${ratio(pool).toFixed(2)} downlight`);
  assert.ok(ratio(pool) < 0.7 * ratio(wide), `side/centre ${ratio(pool).toFixed(2)} with the downlight vs ${ratio(wide).toFixed(2)} without`);
});

test('floor reflections: a polished floor mirrors the bright block when reflections are on', { skip }, async (t) => {
  const floor = { roughness: 0.1, baseColor: '#303030' };
  const plain = await frame(street({ floor }), 'preview', 'ssr-off');
  const mirror = await frame(street({ floor, shot: { look: { reflections: { intensity: 0.8 } } } }), 'preview', 'ssr-on');
  // Under the block, in front of it on the floor.
  const under: [number, number, number, number] = [0.42, 0.72, 0.58, 0.85];
  const gain = mean(mirror, under) - mean(plain, under);
  t.diagnostic(`floor under the block: +${gain.toFixed(3)} with reflections`);
  assert.ok(gain > 0.04, `floor under the block brightens by ${gain.toFixed(3)}`);
  // `final` turns them on by itself for that polished floor, not for a rough one.
  const finalPolished = await frame(street({ floor }), 'final', 'ssr-final');
  const auto = mean(finalPolished, under) - mean(plain, under);
  t.diagnostic(`final, polished floor, no look option: +${auto.toFixed(3)}`);
  assert.ok(auto > 0.03, 'final reflects a polished floor');
});

test('final differs from preview where a user sees it: occlusion darkens the corners', { skip }, async (t) => {
  const room = street();
  const preview = await frame(room, 'preview', 'room');
  const final = await frame(room, 'final', 'room');
  // Where the floor meets the wall, and at the foot of the block.
  const corner: [number, number, number, number] = [0.05, 0.5, 0.3, 0.6];
  const foot: [number, number, number, number] = [0.4, 0.62, 0.6, 0.7];
  const open: [number, number, number, number] = [0.05, 0.8, 0.3, 0.95];
  const darker = (box: [number, number, number, number]) => mean(preview, box) - mean(final, box);
  t.diagnostic(`final darker than preview by ${darker(corner).toFixed(3)} in the corner, ${darker(foot).toFixed(3)} at the foot, ${darker(open).toFixed(3)} on open floor`);
  assert.ok(darker(corner) > darker(open) + 0.006, `wall-floor corner darker in final by ${darker(corner).toFixed(3)}, open floor by ${darker(open).toFixed(3)}`);
  assert.ok(darker(foot) > darker(open) + 0.01, `block's foot darker in final by ${darker(foot).toFixed(3)}`);
  // A rough floor gets no reflections in final: nothing mirrors the bright block.
  const under: [number, number, number, number] = [0.42, 0.72, 0.58, 0.85];
  assert.ok(mean(final, under) - mean(preview, under) < 0.01, 'no reflection on a rough floor');
});

test("a practical's own glass globe and flame do not shadow its light", { skip }, async (t) => {
  // An oil lamp 1 m before the back wall, its light at the wick, inside the globe and the flame.
  const spec = (castShadow: boolean): SceneSpecInput => ({
    ...street({ environment: { ambient: { color: '#ffffff', intensity: 0.2 } }, lights: [{ id: 'wick', type: 'point', position: [0, 0.12, -4.85], intensity: { value: 100, unit: 'lm' }, castShadow }] }),
    objects: [...(street().objects as { id: string }[]).filter((o) => o.id !== 'block'), { id: 'lamp', geometry: { type: 'oil_lamp', height: 0.3 }, position: [0, 0, -4.85] }],
    cameras: [{ id: 'cam', position: [0, 0.6, -2], target: [0, 0.3, -6], focalLengthMm: 24 }],
    shots: [{ id: 'shot', camera: 'cam', look: { exposureEv: 0 } }],
  });
  const open = await frame(spec(false), 'preview', 'globe-unshadowed');
  const shadowed = await frame(spec(true), 'preview', 'globe-shadowed');
  // The wall and floor round the lamp, left and right of it.
  const round: [number, number, number, number] = [0.1, 0.2, 0.9, 0.9];
  t.diagnostic(`luma round the lamp: ${mean(open, round).toFixed(3)} without shadows, ${mean(shadowed, round).toFixed(3)} with`);
  assert.ok(mean(open, round) > 0.05, 'the lamp lights its surroundings');
  assert.ok(mean(shadowed, round) > 0.8 * mean(open, round), 'its own globe and flame do not black it out');
});
