/**
 * The quality levels side by side: one scene rendered at draft, preview and final, composed into
 * docs/quality-levels.png with a caption per level. The set shows where the levels differ: a polished floor
 * (reflections in final), a glass sphere (no refraction in draft, half-resolution in preview), a figure and
 * boxes on the floor (hard aliased shadows in draft, contact occlusion in final).
 *
 *   node --import tsx scripts/quality-levels.ts [out.png] [width] [height]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { RenderSession } from '../src/render/session.js';
import { renderShots } from '../src/render/render.js';
import { RENDER_QUALITIES, RENDER_QUALITY } from '../src/render/quality.js';
import { specRenderInput } from '../src/pipeline/render.js';
import { validateSpec, type SceneSpecInput } from '../src/index.js';

const SPEC: SceneSpecInput = {
  version: 1,
  name: 'quality levels',
  environment: { background: '#20232a', ambient: { color: '#dde4ff', intensity: 40 } },
  materials: { wall: { baseColor: '#b9b2a6', roughness: 0.9 }, crate: { baseColor: '#9a7a55', roughness: 0.7 } },
  objects: [
    { id: 'floor', geometry: { type: 'plane', size: [14, 14] }, material: 'concrete_polished' },
    { id: 'back', geometry: { type: 'box', size: [14, 4, 0.2] }, position: [0, 2, -3], material: 'wall' },
    { id: 'side', geometry: { type: 'box', size: [0.2, 4, 8] }, position: [-3, 2, 0], material: 'wall' },
    { id: 'hero', geometry: { type: 'person', height: 1.75 }, position: [0.4, 0, -0.6], lookAt: [0, 1.6, 5] },
    { id: 'crate', geometry: { type: 'box', size: [0.8, 0.8, 0.8] }, position: [-2.2, 0.4, -2.2], material: 'crate' },
    { id: 'globe', geometry: { type: 'sphere', radius: 0.35 }, position: [1.6, 0.35, 0.2], material: 'glass_clear' },
  ],
  lights: [
    { id: 'key', type: 'spot', position: [3, 4, 3], target: [0, 0.8, -0.5], coneAngleDeg: 60, radius: 0.3, intensity: { value: 9000, unit: 'cd' } },
    { id: 'lamp', type: 'point', position: [-1.5, 2.6, -1.5], radius: 0.05, intensity: { value: 800, unit: 'lm' } },
  ],
  cameras: [{ id: 'cam', position: [1.2, 1.5, 5], target: [-0.3, 0.9, -1], focalLengthMm: 32 }],
  shots: [{ id: 'shot', camera: 'cam' }],
};

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The level's name and what it spends, wrapped to the panel's width. */
function caption(quality: string, description: string, width: number): string {
  const words = description.split(' ');
  const lines: string[] = [''];
  const perLine = Math.floor(width / 6.2);
  for (const w of words) {
    if ((lines[lines.length - 1]! + ' ' + w).length > perLine) lines.push(w);
    else lines[lines.length - 1] = `${lines[lines.length - 1]} ${w}`.trim();
  }
  const text = lines.slice(0, 3).map((l, i) => `<text x="8" y="${34 + i * 13}" font-family="sans-serif" font-size="11" fill="#ccc">${escape(l)}</text>`);
  return `<svg width="${width}" height="${CAPTION}" xmlns="http://www.w3.org/2000/svg"><rect width="100%" height="100%" fill="#111"/><text x="8" y="18" font-family="sans-serif" font-size="15" font-weight="bold" fill="#fff">${quality}</text>${text.join('')}</svg>`;
}

const out = process.argv[2] ?? 'docs/quality-levels.png';
const width = Number(process.argv[3] ?? 640);
const height = Number(process.argv[4] ?? 360);
const CAPTION = 66;

const checked = validateSpec(SPEC);
if (!checked.ok) throw new Error(checked.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
const input = await specRenderInput(checked.spec, process.cwd());
const session = await RenderSession.open();
const dir = mkdtempSync(path.join(tmpdir(), 'canvas3d-quality-'));
const panels: sharp.OverlayOptions[] = [];
try {
  for (const [i, quality] of RENDER_QUALITIES.entries()) {
    const m = await renderShots(session, input, { outDir: path.join(dir, quality), width, height, quality });
    const shot = m.shots[0]!;
    panels.push({ input: path.join(dir, quality, shot.files.png), left: i * width, top: CAPTION });
    const svg = caption(quality, RENDER_QUALITY[quality].description, width);
    panels.push({ input: Buffer.from(svg), left: i * width, top: 0 });
    console.log(`${quality}: ${shot.timings.beautyMs} ms beauty (first frame: includes compiling shaders)`);
  }
  await sharp({ create: { width: width * RENDER_QUALITIES.length, height: height + CAPTION, channels: 3, background: '#111' } }).composite(panels).png().toFile(out);
  console.log(`wrote ${out}`);
} finally {
  await session.close();
  rmSync(dir, { recursive: true, force: true });
}
