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

export interface LitLight {
  entry: SceneLight;
  /** Illuminance at the metering point (lux) with the animation applied. */
  lux: number;
  cosToCamera: number;
  factor: number;
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.min(1, Math.max(0, (x - a) / (b - a)));
  return t * t * (3 - 2 * t);
};

function illuminanceAt(light: THREE.Light, point: THREE.Vector3): { lux: number; toLight: THREE.Vector3 } {
  const pos = light.getWorldPosition(new THREE.Vector3());
  if (light instanceof THREE.DirectionalLight) {
    const target = light.target.getWorldPosition(new THREE.Vector3());
    return { lux: light.intensity, toLight: pos.sub(target).normalize() };
  }
  const toLight = pos.clone().sub(point);
  const d = Math.max(toLight.length(), 1e-3);
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

/** Angular size of the source seen from the subject → PCF filter radius in shadow-map texels. */
function shadowRadius(entry: SceneLight, distance: number): number {
  const x = entry.extras;
  const area = x.area as { width: number; height: number } | undefined;
  const size = area ? Math.sqrt(area.width * area.height) : typeof x.radius === 'number' ? 2 * x.radius : 0;
  const deg = typeof x.angularDiameterDeg === 'number' ? x.angularDiameterDeg : (2 * Math.atan(size / 2 / Math.max(distance, 1e-3)) * 180) / Math.PI;
  return Math.min(4, 1 + deg / 10);
}

export function prepareLights(scene: LoadedScene, point: THREE.Vector3, toCamera: THREE.Vector3, timeS: number, q: QualityJob): LitLight[] {
  const lit: LitLight[] = [];
  for (const entry of scene.lights) {
    const a = scene.animations.find((an) => an.light === entry.id);
    // The scene extras name the light beside the curve's own settings.
    const curve = a ? LightAnimation.safeParse({ kind: a.kind, speed: a.speed, amount: a.amount, seed: a.seed, durationS: a.durationS }) : undefined;
    const factor = curve?.success ? sampleLightAnimation(curve.data, timeS) : 1;
    entry.light.intensity = entry.base * factor;
    const { lux, toLight } = illuminanceAt(entry.light, point);
    lit.push({ entry, lux, cosToCamera: toLight.dot(toCamera), factor });
  }
  // Directional lights (sun, moon) light everything; after them, the strongest at the subject.
  const ranked = [...lit].sort((a, b) => Number(b.entry.light instanceof THREE.DirectionalLight) - Number(a.entry.light instanceof THREE.DirectionalLight) || b.lux - a.lux);
  const shaded = new Set(ranked.slice(0, q.maxLights));
  let shadows = 0;
  const sceneSize = scene.bounds.getSize(new THREE.Vector3()).length();
  for (const l of ranked) {
    const light = l.entry.light;
    light.visible = shaded.has(l);
    const wantsShadow = l.entry.extras.castShadow !== false && light.visible && !(light instanceof THREE.AmbientLight) && l.lux > 0;
    light.castShadow = wantsShadow && shadows < q.maxShadowLights;
    if (!light.castShadow) continue;
    shadows++;
    if (!(light instanceof THREE.DirectionalLight || light instanceof THREE.SpotLight || light instanceof THREE.PointLight)) continue;
    const shadow = light.shadow;
    // A point light renders six faces and a spot one, each covering a smaller part of the scene than the
    // sun's: they get smaller maps at the same texel density, which is most of the frame's cost on a CPU.
    const size = light instanceof THREE.PointLight ? Math.max(256, q.shadowMapSize / 4) : light instanceof THREE.SpotLight ? Math.max(512, q.shadowMapSize / 2) : q.shadowMapSize;
    shadow.mapSize.set(size, size);
    shadow.bias = -0.0005;
    shadow.normalBias = 0.02;
    const distance = light.getWorldPosition(new THREE.Vector3()).distanceTo(point);
    shadow.radius = shadowRadius(l.entry, distance);
    if (light instanceof THREE.DirectionalLight) {
      // Fit the orthographic shadow frustum to the scene's corners as the light sees them (the renderer puts
      // the shadow camera at the light, looking at its target, just as here).
      const cam = shadow.camera as THREE.OrthographicCamera;
      cam.position.copy(light.getWorldPosition(new THREE.Vector3()));
      cam.lookAt(light.target.getWorldPosition(new THREE.Vector3()));
      cam.updateMatrixWorld();
      const box = new THREE.Box3();
      const { min, max } = scene.bounds;
      for (let i = 0; i < 8; i++) {
        box.expandByPoint(new THREE.Vector3(i & 1 ? max.x : min.x, i & 2 ? max.y : min.y, i & 4 ? max.z : min.z).applyMatrix4(cam.matrixWorldInverse));
      }
      cam.left = box.min.x;
      cam.right = box.max.x;
      cam.bottom = box.min.y;
      cam.top = box.max.y;
      cam.near = -box.max.z - 1;
      cam.far = -box.min.z + 1;
      cam.updateProjectionMatrix();
    } else if (light instanceof THREE.SpotLight) {
      // Area lights arrive as 90° half-angle spots: a 180° shadow frustum is degenerate, so narrow it.
      if (l.entry.extras.area) light.shadow.focus = 0.6;
      // From the light to beyond the scene, the same for every shot, so a map can serve consecutive shots.
      const toScene = light.getWorldPosition(new THREE.Vector3()).distanceTo(scene.bounds.getCenter(new THREE.Vector3()));
      shadow.camera.near = 0.05;
      shadow.camera.far = toScene + sceneSize;
    } else if (light instanceof THREE.PointLight) {
      shadow.camera.near = 0.02;
      shadow.camera.far = Math.max(light.distance || 0, sceneSize);
    }
  }
  return lit;
}

export function exposeLights(lit: LitLight[], scale: number): void {
  for (const l of lit) l.entry.light.intensity = l.entry.base * l.factor * scale;
}
