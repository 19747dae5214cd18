/**
 * Falling weather drawn in the camera's view volume: rain as thin streaks (the fall during a film exposure),
 * snow as soft round flakes. Particles are placed by a seeded generator, so a frame renders the same every
 * time, and only where the camera looks, so a few thousand read as a downpour. Mist is a post effect
 * (mist.ts) and wet ground a material change (surfaces.ts).
 */
import * as THREE from 'three';
import type { EnvironmentJob } from '../protocol.js';
import { mulberry32 } from '../../core/random.js';

type Weather = NonNullable<EnvironmentJob['weather']>;

/** Points spread through the camera's frustum between `near` and `far` metres, evenly in depth. */
function frustumPoints(camera: THREE.PerspectiveCamera, count: number, near: number, far: number, rand: () => number): THREE.Vector3[] {
  const tanV = Math.tan(THREE.MathUtils.degToRad(camera.fov / 2)) / camera.zoom;
  const tanH = tanV * camera.aspect;
  const right = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 0);
  const up = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 1);
  const forward = new THREE.Vector3().setFromMatrixColumn(camera.matrixWorld, 2).negate();
  return Array.from({ length: count }, () => {
    const d = near + (far - near) * rand();
    // A little beyond the frame's edges, so a camera move or the streak's length never shows an empty border.
    const x = (rand() * 2.2 - 1.1) * tanH * d;
    const y = (rand() * 2.2 - 1.1) * tanV * d;
    return camera.position.clone().addScaledVector(forward, d).addScaledVector(right, x).addScaledVector(up, y);
  });
}

function rain(camera: THREE.PerspectiveCamera, w: Weather, count: number, rand: () => number): THREE.LineSegments {
  // A drop falls ~9 m/s: over a 1/48 s exposure that is a streak ~0.2 m long; heavier rain, longer drops.
  const length = 0.15 + 0.15 * w.intensity;
  const wind = new THREE.Vector3(0.12, -1, 0.05).normalize().multiplyScalar(length);
  const positions = new Float32Array(count * 6);
  frustumPoints(camera, count, 0.6, 18, rand).forEach((p, i) => {
    p.toArray(positions, i * 6);
    p.add(wind).toArray(positions, i * 6 + 3);
  });
  const geometry = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(positions, 3));
  const material = new THREE.LineBasicMaterial({ color: new THREE.Color(0.3, 0.33, 0.36), transparent: true, opacity: 0.3 + 0.4 * w.intensity, blending: THREE.AdditiveBlending, depthWrite: false });
  const lines = new THREE.LineSegments(geometry, material);
  lines.frustumCulled = false;
  return lines;
}

function flakeTexture(): THREE.Texture {
  const size = 32;
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x + 0.5 - size / 2, y + 0.5 - size / 2) / (size / 2);
      const a = Math.max(0, 1 - r * r);
      data.set([255, 255, 255, Math.round(255 * a * a)], (y * size + x) * 4);
    }
  }
  const t = new THREE.DataTexture(data, size, size, THREE.RGBAFormat);
  t.needsUpdate = true;
  return t;
}

function snow(camera: THREE.PerspectiveCamera, w: Weather, count: number, rand: () => number): THREE.Points {
  const positions = new Float32Array(count * 3);
  frustumPoints(camera, count, 0.6, 14, rand).forEach((p, i) => p.toArray(positions, i * 3));
  const geometry = new THREE.BufferGeometry().setAttribute('position', new THREE.BufferAttribute(positions, 3));
  const material = new THREE.PointsMaterial({ color: new THREE.Color(0.85, 0.87, 0.9), size: 0.03 + 0.03 * w.intensity, map: flakeTexture(), transparent: true, depthWrite: false, alphaTest: 0.02 });
  const points = new THREE.Points(geometry, material);
  points.frustumCulled = false;
  return points;
}

/**
 * Adds the weather's particles to the scene for one frame; returns the undo. Lines and points keep their pixel
 * size at any resolution, so a smaller frame gets proportionally fewer to look as dense.
 */
export function addWeather(scene: THREE.Scene, camera: THREE.Camera, w: Weather | undefined, maxParticles: number, frameWidth: number, seed: number): () => void {
  // Rain at intensity 0 is the street after the rain: wet, nothing falling.
  if (!w || w.type === 'mist' || w.intensity <= 0 || !(camera instanceof THREE.PerspectiveCamera)) return () => undefined;
  const count = Math.max(20, Math.round(maxParticles * Math.sqrt(w.intensity) * Math.min(1, frameWidth / 1280)));
  const rand = mulberry32(seed);
  const obj = w.type === 'rain' ? rain(camera, w, count, rand) : snow(camera, w, count, rand);
  obj.userData = { kind: 'weather' };
  scene.add(obj);
  return () => {
    scene.remove(obj);
    obj.geometry.dispose();
    const m = obj.material as THREE.PointsMaterial | THREE.LineBasicMaterial;
    if (m instanceof THREE.PointsMaterial) m.map?.dispose();
    m.dispose();
  };
}
