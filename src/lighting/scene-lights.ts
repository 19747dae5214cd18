/**
 * A SceneSpec's lights as the analysis sees them: the illuminance each puts on the subject (what an incident
 * meter at the subject's centre, turned to face that light, reads), where it comes from in the subject–camera
 * frame, its colour temperature and how soft its shadows are.
 *
 * E = I(θ) / d², with I(θ) the candela glTF stores: constant for point lights, cut by a spot's cone with the
 * same smooth penumbra three.js uses, and I₀·cos θ for an area light's Lambertian emitter. Directional lights
 * give their lux directly. Occlusion is not considered: that is what measured mode is for.
 */
import { Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { Light } from '../scene/light.js';
import { gltfIntensity, spotConeAngles } from './photometry.js';
import { lightColorToLinear } from './color.js';
import { estimateCct, TINT_LIMIT } from './cct.js';
import { skyIlluminance } from './sky.js';
import { skySun } from './daylight.js';
import { anglesOf, subjectFrame, type FrameOptions, type SubjectFrame } from './frame.js';
import { ROLES, type LightAtSubject, type Role } from './analysis.js';
import { DEG_TO_RAD } from '../core/angles.js';

const DOWN = new Vector3(0, -1, 0);
/** Apparent source size (degrees) that counts as fully soft: a large softbox close in. */
const FULLY_SOFT_DEG = 45;

/** Which way the light points (for spots, areas and directionals). */
function axisOf(light: Light & { target?: [number, number, number]; direction?: [number, number, number] }, position: Vector3): Vector3 {
  if (light.target) {
    const v = new Vector3(...light.target).sub(position);
    if (v.lengthSq() > 1e-12) return v.normalize();
  }
  return light.direction ? new Vector3(...light.direction).normalize() : DOWN.clone();
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

function roleOf(light: Light): Role | 'other' {
  return (light.tags.find((t) => (ROLES as readonly string[]).includes(t)) as Role | undefined) ?? 'other';
}

function kelvinOf(light: Light): number | undefined {
  if (typeof light.color === 'object' && !Array.isArray(light.color)) return light.color.kelvin;
  const cct = estimateCct(lightColorToLinear(light.color));
  return cct && cct.offLocus <= TINT_LIMIT ? cct.kelvin : undefined;
}

export function lightAtSubject(light: Light, frame: SubjectFrame): LightAtSubject & { id?: string } {
  const base = { ...(light.id ? { id: light.id } : {}), role: roleOf(light), ...(kelvinOf(light) !== undefined ? { kelvin: kelvinOf(light)! } : {}) };
  if (light.type === 'directional') {
    const toLight = axisOf(light, new Vector3(...(light.position ?? [0, 0, 0]))).negate();
    return { ...base, ...round2(anglesOf(frame, toLight)), illuminance: light.intensity.value, softness: Math.min(1, light.angularDiameterDeg / FULLY_SOFT_DEG) };
  }
  const position = new Vector3(...light.position);
  const toLight = position.clone().sub(frame.centre);
  const d = Math.max(toLight.length(), 1e-3);
  let falloff = 1;
  if (light.type === 'spot' || light.type === 'area') {
    const cos = axisOf(light, position).dot(toLight.clone().negate().normalize());
    if (light.type === 'spot') {
      const { inner, outer } = spotConeAngles(light.coneAngleDeg, light.penumbra);
      falloff = smoothstep(Math.cos(outer), Math.cos(inner), cos);
    } else falloff = Math.max(0, cos);
  }
  const sourceM = light.type === 'area' ? Math.sqrt(light.size[0] * light.size[1]) : 2 * light.radius;
  const apparentDeg = (2 * Math.atan(sourceM / 2 / d)) / DEG_TO_RAD;
  return {
    ...base,
    ...round2(anglesOf(frame, toLight)),
    illuminance: (gltfIntensity(light) * falloff) / (d * d),
    softness: Math.min(1, apparentDeg / FULLY_SOFT_DEG),
    distance: d,
  };
}

const round2 = (a: { azimuthDeg: number; elevationDeg: number }) => ({ azimuthDeg: Math.round(a.azimuthDeg * 100) / 100, elevationDeg: Math.round(a.elevationDeg * 100) / 100 });

/**
 * Every light of the scene at its subject. Ambient light and a daylight sky fill key and shadow side alike:
 * they join as shadowless frontal sources, so with no fill light of its own the skylight is the fill, as in
 * a sunlit exterior. (An HDRI's light is not metered: its luminance is unknown until it is loaded.)
 */
export function sceneLightsAtSubject(spec: SceneSpec, opts: FrameOptions = {}): { frame: SubjectFrame; lights: (LightAtSubject & { id?: string })[] } {
  const frame = subjectFrame(spec, opts);
  const lights = spec.lights.map((l) => lightAtSubject(l, frame));
  const ambient = spec.environment.ambient;
  if (ambient.intensity > 0) {
    // White ambient means "uncoloured", not 6500 K; a tinted one (a blue skylight) carries its temperature.
    const white = typeof ambient.color === 'string' && /^#(fff|ffffff)$/i.test(ambient.color);
    const cct = white ? undefined : estimateCct(lightColorToLinear(ambient.color));
    lights.push({
      id: 'ambient',
      role: 'other',
      azimuthDeg: 0,
      elevationDeg: 90,
      illuminance: ambient.intensity,
      softness: 1,
      ...(cct && cct.offLocus <= TINT_LIMIT ? { kelvin: cct.kelvin } : {}),
    });
  }
  const sky = spec.environment.sky;
  if (sky.type === 'procedural') {
    lights.push({ id: 'sky', role: 'other', azimuthDeg: 0, elevationDeg: 90, illuminance: skyIlluminance(skySun(sky), sky.turbidity, sky.strength), softness: 1 });
  }
  return { frame, lights };
}
