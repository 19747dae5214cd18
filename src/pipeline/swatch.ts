/**
 * Preview renders for the libraries: a material preset on a sphere against a neutral backdrop, and a lighting
 * preset on a bust-sized reference figure. Each is an ordinary SceneSpec, rendered like any other.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { z } from 'zod';
import type { SceneSpecInput } from '../scene/schema.js';
import type { MaterialSpec } from '../scene/material.js';
import type { Look } from '../scene/look.js';

type MaterialSpecInput = z.input<typeof MaterialSpec>;
type LookInput = z.input<typeof Look>;
import { parseSpec } from '../validate/validate.js';
import { applyLightingPreset } from '../lighting/apply.js';
import type { LightingPreset } from '../library/lighting/types.js';
import { getLightingPreset } from '../library/lighting/index.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { person, personEyes } from '../geometry/props/reference.js';
import { renderShots } from '../render/render.js';
import { specRenderInput } from './render.js';
import type { RenderQuality } from '../render/quality.js';
import type { RenderSession } from '../render/session.js';
import { writeFileAtomic } from '../core/atomic.js';

const BACKDROP = { baseColor: '#7a7a7a', roughness: 0.85 };

/**
 * How the swatch shows a preset beyond its own parameters: see-through presets as a solid ball (so the sphere
 * refracts the set behind it like a glass marble), emitters exposed for their glow (stopped down as one
 * photographs a neon sign) with bloom.
 */
function presentation(materialId: string): { sample: MaterialSpecInput; look: LookInput; stopsDown: number } {
  const pbr = getMaterialPreset(materialId)?.pbr;
  // A tinted pane is tinted over its own thickness: through the ball's half metre its colour would go black, so
  // the attenuation distance grows with the thickness and the ball shows the colour the pane has.
  const thickness = 0.5;
  const tint = pbr?.attenuationDistance && pbr.thickness ? { attenuationDistance: (pbr.attenuationDistance * thickness) / pbr.thickness } : {};
  const sample = { preset: materialId, ...(pbr?.transmission ? { thickness, ...tint } : {}) };
  const strength = pbr?.emissive !== undefined ? (pbr.emissiveStrength ?? 1) : 0;
  const glows = strength > 1;
  const look = { toneMapping: 'neutral' as const, ...(glows ? { bloom: { intensity: 1.5, threshold: 0.2, radius: 0.6 } } : {}) };
  // Stronger emitters get more stops, so each shows its colour near the top of the range: a neon tube (40)
  // three stops down, a candle (4) one.
  return { sample, look, stopsDown: glows ? Math.min(4, Math.max(1, Math.round(Math.log2(strength / 5)))) : 0 };
}

/** A 1 m sphere of the material on a grey sweep, lit three-point in a grey studio, seen by a 65 mm lens. */
export function materialSwatchSpec(materialId: string): SceneSpecInput {
  const { sample, look, stopsDown } = presentation(materialId);
  const stage: SceneSpecInput = {
    version: 1,
    name: `material ${materialId}`,
    quality: 'balanced',
    materials: { backdrop: BACKDROP, sample },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [12, 12] }, material: 'backdrop', tags: ['set'] },
      { id: 'wall', geometry: { type: 'plane', size: [12, 6] }, position: [0, 3, -2.5], rotation: [90, 0, 0], material: 'backdrop', tags: ['set'] },
      { id: 'sample', geometry: { type: 'sphere', radius: 0.5, widthSegments: 96, heightSegments: 64 }, position: [0, 0.5, 0], material: 'sample' },
    ],
    cameras: [{ id: 'swatch', position: [0, 1.1, 4.4], target: [0, 0.55, 0], focalLengthMm: 65 }],
    shots: [{ id: 'swatch', camera: 'swatch', subjects: ['sample'], look }],
  };
  const lit = applyLightingPreset(stage, parseSpec(stage), getLightingPreset('three_point')!).spec;
  // Metals and glass show what they reflect: a grey studio (about 700 lx, two thirds of the key, so its walls read
  // as light as the sweep) matches the grey backdrop the swatch shows, where a sky would tint them with a blue
  // nobody sees in the frame.
  lit.environment = { ...lit.environment, sky: { type: 'studio', strength: 220 } };
  // The camera is white-balanced to the lights: in an sRGB pipeline that is D65 light, so a white preset
  // renders white and colours read as the preset's own, not tinted by the daylight lamps' 5600 K.
  lit.lights = lit.lights?.map((l) => ({ ...l, color: { kelvin: 6504 } }));
  // The preset metered the key; an emitter's swatch is exposed below that, for the glow.
  if (stopsDown) lit.shots = lit.shots?.map((s) => ({ ...s, look: { ...s.look, exposureEv: (s.look?.exposureEv ?? 0) - stopsDown } }));
  return lit;
}

/**
 * The portrait camera of a lighting swatch: an 85 mm lens at eye height, square to the face, framing head and
 * neck. Presets place lights by azimuth from the camera, so facing the figure squarely makes that azimuth the
 * angle to the nose as well, the one portrait patterns are named by.
 */
function portraitCamera(eyes: [number, number, number]) {
  const position: [number, number, number] = [eyes[0], eyes[1] + 0.03, eyes[2] + 1.05];
  return { id: 'portrait', position, target: [eyes[0], eyes[1] - 0.06, eyes[2]] as [number, number, number], focalLengthMm: 85, fStop: 8 };
}

/** A standing figure in a grey studio, framed close-up (head and neck), lit by the preset. */
export function lightingSwatchSpec(preset: LightingPreset): SceneSpecInput {
  const figure = { type: 'person' as const, height: 1.75 };
  const stage: SceneSpecInput = {
    version: 1,
    name: `lighting ${preset.id}`,
    materials: { backdrop: BACKDROP, skin: { baseColor: '#b8a48f', roughness: 0.6 } },
    objects: [
      { id: 'floor', geometry: { type: 'plane', size: [30, 30] }, material: 'backdrop', tags: ['set'] },
      // The backdrop takes shadows but casts none: a back-light or a low sun behind it still reaches the figure.
      { id: 'wall', geometry: { type: 'plane', size: [30, 10] }, position: [0, 5, -3], rotation: [90, 0, 0], material: 'backdrop', tags: ['set'], castShadow: false },
      { id: 'figure', geometry: figure, material: 'skin', tags: ['person'] },
    ],
    cameras: [portraitCamera(personEyes(person.schema.parse(figure)))],
    shots: [{ id: 'swatch', camera: 'portrait', shotSize: 'CU', subjects: ['figure'] }],
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
