/**
 * Volumetric light shafts (god rays): the key light's source is drawn into an occlusion mask against the
 * scene's depth and blurred radially from its screen position, so light streams past whatever blocks it (a
 * window frame, a pillar, a figure). The source is the brightest light in front of the camera: a small glowing
 * sphere at a lamp or torch, or a disc far along the sun's direction. Driven by environment.volumetric.
 */
import * as THREE from 'three';
import { GodRaysEffect, BlendFunction, KernelSize } from 'postprocessing';
import type { LitLight } from './lights.js';

/** Where the shafts come from, or undefined when no lit source sits in front of the camera. */
function sourceOf(lit: LitLight[], camera: THREE.Camera): { position: THREE.Vector3; radius: number; color: THREE.Color } | undefined {
  const forward = camera.getWorldDirection(new THREE.Vector3());
  const eye = camera.getWorldPosition(new THREE.Vector3());
  const far = (camera as THREE.PerspectiveCamera).far ?? 100;
  let best: { position: THREE.Vector3; radius: number; color: THREE.Color; score: number } | undefined;
  for (const l of lit) {
    const light = l.entry.light;
    if (!light.visible || l.lux <= 0 || light instanceof THREE.AmbientLight) continue;
    const pos = light.getWorldPosition(new THREE.Vector3());
    let position = pos;
    let radius = Math.max(0.08, 2 * (typeof l.entry.extras.radius === 'number' ? l.entry.extras.radius : 0.05));
    if (light instanceof THREE.DirectionalLight) {
      const toLight = pos.sub(light.target.getWorldPosition(new THREE.Vector3())).normalize();
      position = eye.clone().addScaledVector(toLight, far * 0.8);
      radius = far * 0.8 * Math.tan(THREE.MathUtils.degToRad(1.5));
    }
    // The glow must cover a few pixels of the (reduced-resolution) mask, or no shafts come out of it.
    radius = Math.max(radius, 0.035 * position.distanceTo(eye));
    const dir = position.clone().sub(eye).normalize();
    const facing = dir.dot(forward);
    if (facing < 0.2) continue;
    const score = l.lux * facing;
    if (!best || score > best.score) best = { position, radius, color: light.color.clone(), score };
  }
  return best;
}

export interface GodRays {
  effect: GodRaysEffect;
  dispose(): void;
}

export function buildGodRays(lit: LitLight[], camera: THREE.Camera, volumetric: { density: number; anisotropy: number } | undefined, samples: number, resolutionScale: number): GodRays | undefined {
  if (!volumetric || volumetric.density <= 0) return undefined;
  const source = sourceOf(lit, camera);
  if (!source) return undefined;
  const material = new THREE.MeshBasicMaterial({ color: source.color, transparent: true, depthWrite: false, fog: false });
  const mesh = new THREE.Mesh(new THREE.SphereGeometry(source.radius, 16, 8), material);
  mesh.position.copy(source.position);
  mesh.updateMatrixWorld();
  // Thicker air scatters more; forward scattering (anisotropy > 0) throws more of it towards the camera.
  const strength = Math.min(1, 0.25 + volumetric.density * 6) * (1 + 0.5 * volumetric.anisotropy);
  const effect = new GodRaysEffect(camera, mesh, {
    blendFunction: BlendFunction.ADD,
    samples,
    density: 0.96,
    decay: 0.94,
    weight: 0.5 * strength,
    exposure: 0.6,
    clampMax: 1,
    resolutionScale: Math.max(0.3, resolutionScale * 0.5),
    kernelSize: KernelSize.SMALL,
    blur: true,
  });
  return {
    effect,
    dispose: () => {
      effect.dispose();
      mesh.geometry.dispose();
      material.dispose();
    },
  };
}
