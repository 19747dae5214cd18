/**
 * Applying a lighting preset to a scene: each preset light is placed in the subject–camera frame, metered so it
 * puts the preset's illuminance on the subject (E·d² candela, lux for directional lights) and written as a
 * plain SceneSpec light. The result is an ordinary spec the user can edit further.
 *
 * Applying is order-independent: the preset replaces the lights of any preset applied before, and sky, fog and
 * volumetrics the preset does not set are cleared, so applying A then B equals applying B alone.
 */
import { Vector3 } from 'three';
import type { SceneSpec, SceneSpecInput } from '../scene/schema.js';
import type { Light } from '../scene/light.js';
import type { LightingPreset, PresetLight } from '../library/lighting/types.js';
import { subjectFrame, directionAt, type FrameOptions, type SubjectFrame } from './frame.js';
import { skyIlluminance } from './sky.js';
import { incidentReading, REFERENCE_LUX } from './exposure.js';
import { DEG_TO_RAD } from '../core/angles.js';
import { gltfIntensity } from './photometry.js';
import { kelvinToLinearRgb } from './kelvin.js';

export interface ApplyOptions extends FrameOptions {
  /** Keep the scene's own lights (practicals, a window) and add the preset's; by default they are replaced. */
  keepLights?: boolean;
  /**
   * The kept practicals are the only light the scene has ("lit only by an oil lamp"): the preset keeps its soft
   * sources (fill, bounce, sky) and its ambient for the mood, and the nearest practical is the key.
   */
  practicalsOnly?: boolean;
}

export interface PlacedLight {
  role: PresetLight['role'];
  light: Light;
  /** Distance from the light to what it is metered on, metres. */
  distanceM: number;
}

export interface ApplyResult {
  spec: SceneSpecInput;
  frame: SubjectFrame;
  lights: PlacedLight[];
}

export const PRESET_TAG = 'lighting-preset';
/** How far behind the subject a background-aimed light meters, in subject sizes. */
const BACKGROUND_DEPTH = 1.5;

const round = (v: number, d = 5) => Math.round(v * 10 ** d) / 10 ** d;
const vec = (v: Vector3): [number, number, number] => [round(v.x), round(v.y), round(v.z)];

/** Where a preset light goes and what it is aimed at. */
function place(frame: SubjectFrame, l: PresetLight): { position: Vector3; target: Vector3 } {
  const target = l.aim === 'background' ? frame.centre.clone().addScaledVector(frame.toCamera, -BACKGROUND_DEPTH * frame.size) : frame.centre.clone();
  const position = frame.centre.clone().addScaledVector(directionAt(frame, l.azimuthDeg, l.elevationDeg), l.distance * frame.size);
  // A light "from below" stops just above the ground rather than inside it.
  const floor = frame.groundY + 0.02 * frame.size;
  if (l.type !== 'directional' && position.y < floor) position.y = floor;
  return { position, target };
}

export function placePresetLights(frame: SubjectFrame, preset: LightingPreset, taken: Set<string>): PlacedLight[] {
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  return preset.lights.map((l) => {
    const { position, target } = place(frame, l);
    const distanceM = position.distanceTo(target);
    const animation = preset.animation?.find((a) => a.role === l.role);
    const common = {
      id: fresh(l.role),
      name: `${preset.label} ${l.role}`,
      color: l.color ?? { kelvin: l.kelvin ?? 6500 },
      castShadow: l.castShadow ?? (l.role === 'key' || l.role === 'sun'),
      tags: [PRESET_TAG, `preset:${preset.id}`, l.role],
      ...(animation ? { animation: { kind: animation.kind, speed: 1, amount: 1, seed: taken.size, durationS: 8 } } : {}),
    };
    // glTF point and spot intensity is candela: E = I / d² on the beam axis, so I = E · d².
    const candela = { value: round(l.illuminanceLux * distanceM * distanceM, 3), unit: 'cd' as const, efficacyLmPerW: 683 };
    let light: Light;
    switch (l.type) {
      case 'directional': {
        const dir = target.clone().sub(position).normalize();
        light = { type: 'directional', ...common, position: vec(position), direction: vec(dir), intensity: { value: l.illuminanceLux, unit: 'lx', efficacyLmPerW: 683 }, angularDiameterDeg: l.role === 'sun' || l.role === 'moon' ? 0.53 : 2 };
        break;
      }
      case 'point':
        light = { type: 'point', ...common, position: vec(position), intensity: candela, radius: round(0.03 * frame.size) };
        break;
      case 'spot':
        light = { type: 'spot', ...common, position: vec(position), target: vec(target), intensity: candela, radius: round(0.03 * frame.size), coneAngleDeg: l.coneAngleDeg ?? 40, penumbra: l.penumbra ?? 0.3 };
        break;
      case 'area': {
        const [w, h] = l.size ?? [0.5, 0.5];
        // The spec caps an emitter at 100 m a side; a preset's bounce "6 subject sizes" wide over a whole
        // landscape is just a very large soft source.
        light = { type: 'area', ...common, position: vec(position), target: vec(target), intensity: candela, size: [round(Math.min(100, w * frame.size)), round(Math.min(100, h * frame.size))], visible: false };
        break;
      }
    }
    return { role: l.role, light, distanceM };
  });
}

/** Animation kinds of a naked flame: a preset light that flickers like one stands in for a torch, candle or fire. */
const FLAME_KINDS = new Set(['candle', 'torch', 'fire']);
type SpecLight = NonNullable<SceneSpecInput['lights']>[number];
const isFlame = (l: SpecLight) => FLAME_KINDS.has((l as { animation?: { kind?: string } }).animation?.kind ?? '');

/**
 * A torch-lit preset over a set that has its own torches: the preset's stand-in flames go, and the set's own
 * light it (pools round each torch over the preset's low ambient, not one bright lamp hung outside the walls).
 */
function withoutFlames(preset: LightingPreset): LightingPreset {
  const flameRoles = new Set((preset.animation ?? []).filter((a) => FLAME_KINDS.has(a.kind)).map((a) => a.role));
  return { ...preset, lights: preset.lights.filter((l) => !flameRoles.has(l.role)) };
}

/** Preset roles that are no source of their own: what a scene lit only by its practicals keeps of a preset. */
const SOFT_ROLES = new Set<PresetLight['role']>(['fill', 'bounce', 'sky']);

/** The most a preset's soft light may give under a practical key, as a share of the key: "lit only by" a lamp means the lamp dominates. */
const MAX_SOFT_SHARE = 1 / 8;

/**
 * A preset under a practical key: its soft lights and ambient only, scaled so they keep the preset's ratio to
 * its key with the practical's illuminance on the subject in the key's place (chiaroscuro's 20:1 stays 20:1), and
 * never more than an eighth of the practical (a moonlight preset's broad fill would otherwise drown a nightlight).
 */
function underPractical(preset: LightingPreset, keyLux: number): LightingPreset {
  const presetKey = Math.max(0, ...preset.lights.filter((l) => !SOFT_ROLES.has(l.role)).map((l) => l.illuminanceLux));
  const k = presetKey > 0 ? keyLux / presetKey : 1;
  const env = preset.environment;
  return {
    ...preset,
    lights: preset.lights.filter((l) => SOFT_ROLES.has(l.role)).map((l) => ({ ...l, illuminanceLux: Math.min(l.illuminanceLux * k, keyLux * MAX_SOFT_SHARE) })),
    ...(env ? { environment: { ...env, ...(env.ambientLux !== undefined ? { ambientLux: env.ambientLux * k } : {}) } } : {}),
  };
}

/**
 * The colour of what a practical bounces off the room: its own, as an sRGB triple. With no bounce light rendered, the
 * ambient stands in for it, and a moonlight preset's blue ambient would tint a room lit by a warm nightlight.
 */
function bounceColour(light: SpecLight): [number, number, number] | undefined {
  const kelvin = (light.color as { kelvin?: number } | undefined)?.kelvin;
  if (kelvin === undefined) return undefined;
  return kelvinToLinearRgb(kelvin).map((c) => round(c ** (1 / 2.2), 3)) as [number, number, number];
}

/** Illuminance a point or spot light of the scene puts on the subject's centre, lux (inverse square, on axis). */
function luxAt(light: Light | undefined, frame: SubjectFrame): number {
  if (!light || (light.type !== 'point' && light.type !== 'spot')) return 0;
  const d = Math.max(0.1, frame.centre.distanceTo(new Vector3(...light.position)));
  return gltfIntensity(light) / (d * d);
}

/** The scene's light (a flame, a practical) nearest the subject: its key. */
function nearest(sources: SpecLight[], frame: SubjectFrame): SpecLight {
  const distance = (l: SpecLight) => ('position' in l && l.position ? frame.centre.distanceTo(new Vector3(...l.position)) : Infinity);
  return sources.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

/** The key tagged so, and casting the shadows the preset's stand-in would have. */
const withShadowedKey = (kept: SpecLight[], key: SpecLight): SpecLight[] => kept.map((l) => (l === key ? { ...l, castShadow: true, tags: [...new Set([...(l.tags ?? []), 'key'])] } : l));

/** Compass bearing (clockwise from north, −Z) and elevation of the direction towards a light. */
function compass(toLight: Vector3): { azimuthDeg: number; elevationDeg: number } {
  const d = toLight.clone().normalize();
  return { azimuthDeg: round(((Math.atan2(d.x, -d.z) / DEG_TO_RAD) + 360) % 360, 2), elevationDeg: round(Math.asin(d.y) / DEG_TO_RAD, 2) };
}

/**
 * Lights the scene with a preset. `input` is the spec as written and `spec` the same spec validated; the result
 * keeps the author's form (defaults stay implicit) and changes only lights, environment and shot exposure.
 */
export function applyLightingPreset(input: SceneSpecInput, spec: SceneSpec, preset: LightingPreset, opts: ApplyOptions = {}): ApplyResult {
  const frame = subjectFrame(spec, opts);
  const out = structuredClone(input) as SceneSpecInput & Record<string, unknown>;
  const kept = opts.keepLights ? (input.lights ?? []).filter((l) => !(l.tags ?? []).includes(PRESET_TAG)) : [];
  const taken = new Set<string>();
  const walk = (objs: SceneSpec['objects']) => objs.forEach((o) => (taken.add(o.id!), walk(o.children)));
  walk(spec.objects);
  kept.forEach((l) => l.id && taken.add(l.id));
  const practicals = opts.practicalsOnly ? kept.filter((l) => (l.tags ?? []).includes('practical')) : [];
  const ownKeys = practicals.length ? practicals : kept.filter(isFlame);
  const key = ownKeys.length ? nearest(ownKeys, frame) : undefined;
  const keyLux = () => luxAt(spec.lights.find((l) => l.id === key?.id), frame);
  const used = practicals.length ? underPractical(preset, keyLux()) : ownKeys.length ? withoutFlames(preset) : preset;
  const placed = placePresetLights(frame, used, taken);
  out.lights = [...(key ? withShadowedKey(kept, key) : kept), ...placed.map((p) => p.light)];

  const env = used.environment ?? {};
  const environment: Record<string, unknown> = { ...(input.environment ?? {}) };
  if (env.background) environment.background = env.background;
  // The preset's ambientLux is all the ambient light; a daylight sky supplies part of it as image-based light
  // and the ambient light tops up the rest.
  let skyLux = 0;
  // A scene lit only by its practicals has no sky light either (the preset's night sky would light a bedroom blue).
  if (env.sky?.type === 'procedural' && !practicals.length) {
    // The sky's sun sits where the preset's sun light comes from, so sky and shadows agree.
    const sun = placed.find((p) => p.light.type === 'directional' && p.role === 'sun');
    const at = sun?.light.type === 'directional' ? compass(new Vector3(...sun.light.direction!).negate()) : undefined;
    const sky = {
      type: 'procedural' as const,
      sunElevationDeg: at?.elevationDeg ?? env.sky.sunElevationDeg,
      sunAzimuthDeg: at?.azimuthDeg ?? env.sky.sunAzimuthDeg ?? 135,
      turbidity: env.sky.turbidity ?? 3,
      strength: env.sky.strength ?? 1,
    };
    environment.sky = sky;
    skyLux = skyIlluminance({ elevationDeg: sky.sunElevationDeg, azimuthDeg: sky.sunAzimuthDeg }, sky.turbidity, sky.strength);
  } else environment.sky = { type: 'none' };
  const ambientLux = env.ambientLux ?? 0;
  environment.ambient = { color: (key && practicals.length ? bounceColour(key) : undefined) ?? env.ambientColor ?? '#ffffff', intensity: round(Math.max(0, ambientLux - skyLux), 3) };
  environment.fog = env.fog ?? { type: 'none' };
  if (env.volumetric) environment.volumetric = env.volumetric;
  else delete environment.volumetric;
  out.environment = environment as SceneSpecInput['environment'];

  // Presets give exposure against a fixed 1000 lx reference; the renderer meters the subject (an incident
  // reading), so the compensation written is relative to that reading.
  const reading = incidentReading(
    preset.lights.filter((l) => l.aim !== 'background').map((l) => ({ illuminance: l.illuminanceLux, cosToCamera: Math.cos(l.azimuthDeg * DEG_TO_RAD) * Math.cos(l.elevationDeg * DEG_TO_RAD) })),
    Math.max(ambientLux, skyLux),
  );
  const exposureEv = round(Math.min(16, Math.max(-16, (preset.exposureEv ?? 0) + Math.log2(reading / REFERENCE_LUX))), 2);
  if (out.shots) out.shots = out.shots.map((s) => ({ ...s, look: { ...(s.look ?? {}), exposureEv } }));
  return { spec: out, frame, lights: placed };
}
