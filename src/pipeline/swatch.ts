/**
 * Preview renders for the libraries: a material preset on a sphere against a neutral backdrop, and a lighting
 * preset on a bust-sized reference figure. Each is an ordinary SceneSpec, rendered like any other.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { applyLightingPreset } from '../lighting/apply.js';
import type { LightingPreset } from '../library/lighting/types.js';
import { getLightingPreset } from '../library/lighting/index.js';
import { renderShots } from '../render/render.js';
import { specRenderInput } from './render.js';
import type { RenderQuality } from '../render/quality.js';
import type { RenderSession } from '../render/session.js';
import { writeFileAtomic } from '../core/atomic.js';

const BACKDROP = { baseColor: '#7a7a7a', roughness: 0.85 };

/** A 1 m sphere of the material on a grey sweep, lit three-point under a dim sky, seen by a 65 mm lens. */
export function materialSwatchSpec(materialId: string): SceneSpecInput {
  const stage: SceneSpecInput = {
    version: 1,
    name: `material ${materialId}`,
    quality: 'balanced',
    materials: { backdrop: BACKDROP, sample: { preset: materialId } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [12, 12] }, material: 'backdrop', tags: ['set'] },
      { id: 'wall', geometry: { type: 'plane', size: [12, 6] }, position: [0, 3, -2.5], rotation: [90, 0, 0], material: 'backdrop', tags: ['set'] },
      { id: 'sample', geometry: { type: 'sphere', radius: 0.5, widthSegments: 96, heightSegments: 64 }, position: [0, 0.5, 0], material: 'sample' },
    ],
    cameras: [{ id: 'swatch', position: [0, 1.1, 4.4], target: [0, 0.55, 0], focalLengthMm: 65 }],
    shots: [{ id: 'swatch', camera: 'swatch', subjects: ['sample'], look: { toneMapping: 'neutral' } }],
  };
  const lit = applyLightingPreset(stage, parseSpec(stage), getLightingPreset('three_point')!).spec;
  // Metals and glass show what they reflect: a dim daylight sky behind the camera gives them something to
  // reflect without out-lighting the three-point set-up.
  lit.environment = { ...lit.environment, sky: { type: 'procedural', sunElevationDeg: 35, sunAzimuthDeg: 200, turbidity: 3, strength: 0.05 } };
  return lit;
}

/** A standing figure in a grey studio, framed medium close-up (a bust), lit by the preset. */
export function lightingSwatchSpec(preset: LightingPreset): SceneSpecInput {
  const stage: SceneSpecInput = {
    version: 1,
    name: `lighting ${preset.id}`,
    materials: { backdrop: BACKDROP, skin: { baseColor: '#b8a48f', roughness: 0.6 } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [30, 30] }, material: 'backdrop', tags: ['set'] },
      { id: 'wall', geometry: { type: 'plane', size: [30, 10] }, position: [0, 5, -3], rotation: [90, 0, 0], material: 'backdrop', tags: ['set'] },
      { id: 'figure', geometry: { type: 'person', height: 1.75 }, material: 'skin', tags: ['person'] },
    ],
    shots: [{ id: 'swatch', shotSize: 'MCU', subjects: ['figure'], composition: 'centered' }],
  };
  return applyLightingPreset(stage, parseSpec(stage), preset, { subjects: ['figure'] }).spec;
}

/** Renders a one-shot swatch spec to a PNG file. */
export async function renderSwatch(session: RenderSession, spec: SceneSpecInput, output: string, size = 512, quality: RenderQuality = 'preview'): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'canvas3d-swatch-'));
  try {
    const input = await specRenderInput(parseSpec(spec), dir);
    await renderShots(session, input, { outDir: dir, width: size, height: size, quality, baseDir: dir });
    writeFileAtomic(output, readFileSync(path.join(dir, 'swatch.png')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
