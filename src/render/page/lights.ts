/**
 * Per-frame light set-up: animation at the shot's time, which lights are worth shading and shadowing, soft
 * shadows sized by the source, and the exposure scale. A 100-torch dungeon cannot shade every torch in one
 * forward pass on a software GPU, so only the lights that matter most at the subject are kept.
 */
import * as THREE from 'three';
import { sampleLightAnimation } from '../../lighting/animation.js';
import { LightAnimation } from '../../scene/light-animation.js';
import type { LoadedScene, SceneLight } from './scene.js';
import type { QualityJob } from '../protocol.js';
import { fitShadow } from './shadows.js';

export interface LitLight {
  entry: SceneLight;
  /** Illuminance at the metering point (lux) with the animation applied. */
  lux: number;
  cosToCamera: number;
  factor: number;
  /** How its shadow map was fitted (shadows.ts), when it casts one: equal fits can share a map. */
  shadowFit?: string;
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

function illuminanceAt(light: THREE.Light, point: THREE.Vector3, nearest: number): { lux: number; toLight: THREE.Vector3 } {
  const pos = light.getWorldPosition(new THREE.Vector3());
  if (light instanceof THREE.DirectionalLight) {
    const target = light.target.getWorldPosition(new THREE.Vector3());
    return { lux: light.intensity, toLight: pos.sub(target).normalize() };
  }
  const toLight = pos.clone().sub(point);
  const d = Math.max(toLight.length(), nearest);
  toLight.normalize();
  let e = light.intensity / (d * d);
  if (light instanceof THREE.PointLight && light.distance > 0 && d > light.distance) e = 0;
  if (light instanceof THREE.SpotLight) {
    const axis = light.target.getWorldPosition(new THREE.Vector3()).sub(pos).normalize();
    const cos = axis.dot(toLight.clone().negate());
    e *= smoothstep(Math.cos(light.angle), Math.cos(light.angle * (1 - light.penumbra)), cos);
  }
  return { lux: e, toLight };
}

/**
 * Animates, ranks and shadows the scene's lights for one frame. `reach` is how far round the metering point the
 * frame shows (shadows.ts `frameReach`): shadow maps cover that much.
 */
export function prepareLights(scene: LoadedScene, point: THREE.Vector3, toCamera: THREE.Vector3, timeS: number, q: QualityJob, reach = Infinity): LitLight[] {
  const lit: LitLight[] = [];
  // A light is read from no nearer than this: framed on a practical (a bare bulb, a nightlight), the meter reads
  // what the bulb gives the things round it in the frame, not the bulb's own filament, which would stop the frame
  // down to black. Half a metre at most, so a key beside a face still reads as near as it is.
  const nearest = Math.min(reach / 2, 0.5);
  for (const entry of scene.lights) {
    const a = scene.animations.find((an) => an.light === entry.id);
    // The scene extras name the light beside the curve's own settings.
    const curve = a ? LightAnimation.safeParse({ kind: a.kind, speed: a.speed, amount: a.amount, seed: a.seed, durationS: a.durationS }) : undefined;
    const factor = curve?.success ? sampleLightAnimation(curve.data, timeS) : 1;
    entry.light.intensity = entry.base * factor;
    const { lux, toLight } = illuminanceAt(entry.light, point, nearest);
    lit.push({ entry, lux, cosToCamera: toLight.dot(toCamera), factor });
  }
  // Directional lights (sun, moon) light everything; after them, the strongest at the subject.
  const ranked = [...lit].sort((a, b) => Number(b.entry.light instanceof THREE.DirectionalLight) - Number(a.entry.light instanceof THREE.DirectionalLight) || b.lux - a.lux);
  const shaded = new Set(ranked.slice(0, q.maxLights));
  let shadows = 0;
  for (const l of ranked) {
    const light = l.entry.light;
    light.visible = shaded.has(l);
    const wantsShadow = l.entry.extras.castShadow !== false && light.visible && !(light instanceof THREE.AmbientLight) && l.lux > 0;
    light.castShadow = wantsShadow && shadows < q.maxShadowLights;
    if (!light.castShadow) continue;
    shadows++;
    if (!(light instanceof THREE.DirectionalLight || light instanceof THREE.SpotLight || light instanceof THREE.PointLight)) continue;
    l.shadowFit = fitShadow(light, l.entry, scene.bounds, point, reach, q);
  }
  return lit;
}

export function exposeLights(lit: LitLight[], scale: number): void {
  for (const l of lit) l.entry.light.intensity = l.entry.base * l.factor * scale;
}
