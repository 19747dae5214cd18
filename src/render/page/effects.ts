/**
 * The frame's effects beyond the look's lens and grade, decided from the shot, the environment and the quality:
 * weather particles and wet ground, mist, floor reflections, light shafts and the shutter's camera poses.
 * `final` turns on reflections where floors are wet or polished; every other cost is only paid when the shot
 * or the environment asks for it.
 */
import * as THREE from 'three';
import type { FrameJob } from '../protocol.js';
import type { LoadedScene } from './scene.js';
import type { LitLight } from './lights.js';
import type { ChainInput } from './post.js';
import { addWeather } from './weather.js';
import { prepareSurfaces } from './surfaces.js';
import { shutterCameras } from './motion.js';
import { buildGodRays } from './godrays.js';

type FrameCamera = THREE.PerspectiveCamera | THREE.OrthographicCamera;

export interface FrameEffects {
  chain(camera: FrameCamera): Omit<ChainInput, 'look' | 'quality' | 'cam' | 'lut' | 'height'>;
  /** Weather particles stay out of the data passes (depth, normals, mask). */
  removeParticles(): void;
  dispose(): void;
}

/** How wet the ground is: rain wets it unless told otherwise, snow and mist only when told. */
function wetness(w: FrameJob['environment']['weather']): number {
  if (!w) return 0;
  const wet = w.wet ?? w.type === 'rain';
  return wet ? 0.6 + 0.4 * w.intensity : 0;
}

const mapMeans = new WeakMap<THREE.Texture, number>();

/** Mean of a roughness map's green channel (glTF keeps roughness there), from a 16² thumbnail. */
function mapMean(t: THREE.Texture): number {
  const known = mapMeans.get(t);
  if (known !== undefined) return known;
  let mean = 1;
  try {
    const ctx = new OffscreenCanvas(16, 16).getContext('2d')!;
    ctx.drawImage(t.image as CanvasImageSource, 0, 0, 16, 16);
    const px = ctx.getImageData(0, 0, 16, 16).data;
    let sum = 0;
    for (let i = 1; i < px.length; i += 4) sum += px[i]!;
    mean = sum / (px.length / 4) / 255;
  } catch {
    // An image the canvas cannot draw: count the surface as rough.
  }
  mapMeans.set(t, mean);
  return mean;
}

/** How glossy a surface reads: its roughness (with the map's mean), or its clear coat's when it has one. */
function glossRoughness(m: THREE.MeshStandardMaterial): number {
  const base = m.roughness * (m.roughnessMap ? mapMean(m.roughnessMap) : 1);
  const coat = m instanceof THREE.MeshPhysicalMaterial && m.clearcoat >= 0.3 ? m.clearcoatRoughness : 1;
  return Math.min(base, coat);
}

/** A large, flat, glossy surface: polished stone or concrete, lacquered wood, a wet street. */
function hasPolishedFloor(stage: LoadedScene): boolean {
  let found = false;
  stage.root.traverse((o) => {
    if (found || !(o instanceof THREE.Mesh)) return;
    const m = o.material as THREE.Material;
    if (!(m instanceof THREE.MeshStandardMaterial) || glossRoughness(m) > 0.25) return;
    const size = new THREE.Box3().setFromObject(o).getSize(new THREE.Vector3());
    found = size.y < 0.1 && size.x * size.z >= 4;
  });
  return found;
}

/**
 * Mist colour in exposed scene-linear light: the fog's hue (or a cool grey) at about a quarter of white, as a
 * bright scattering medium reads once the frame is exposed for its subject, day or night.
 */
function mistColor(job: FrameJob): THREE.Color {
  const env = job.environment;
  const src = env.fog.type !== 'none' ? env.fog.color : '#c4cad2';
  const c = typeof src === 'string' ? new THREE.Color(src) : new THREE.Color().setRGB(src[0], src[1], src[2], THREE.LinearSRGBColorSpace);
  const luma = 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
  return luma > 1e-4 ? c.multiplyScalar(0.25 / luma) : new THREE.Color(0.25, 0.25, 0.25);
}

function reflectionsFor(job: FrameJob, stage: LoadedScene, wet: number): ChainInput['reflections'] {
  if (job.look.reflections) return job.look.reflections;
  if (!job.quality.autoReflections) return undefined;
  if (wet > 0) return { intensity: 0.5 + 0.3 * wet, maxDistance: 25 };
  return hasPolishedFloor(stage) ? { intensity: 0.4, maxDistance: 15 } : undefined;
}

export function frameEffects(scene: THREE.Scene, stage: LoadedScene, camera: FrameCamera, lit: LitLight[], job: FrameJob): FrameEffects {
  const { quality: q, environment: env } = job;
  const wet = wetness(env.weather);
  const restoreSurfaces = prepareSurfaces(stage.root, { wetness: wet, transmission: q.transmissionScale > 0 });
  let removeParticles = addWeather(scene, camera, env.weather, q.weatherParticles, job.width * q.resolutionScale, 7919 * (job.frame + 1));
  let godRays: ChainInput['godRays'];
  return {
    chain(cam) {
      godRays = buildGodRays(lit, cam, env.volumetric, q.godRaySamples, q.effectsScale);
      const w = env.weather;
      const mist = w?.type === 'mist' ? { color: mistColor(job), groundY: stage.bounds.min.y, density: 0.1 + 0.5 * w.intensity, heightFalloff: 0.15 + 0.35 * w.intensity } : undefined;
      const reflections = reflectionsFor(job, stage, wet);
      return {
        // A shot that asks for motion blur gets it at any quality; otherwise the quality decides (final only).
        shutter: shutterCameras(cam, job.motion, job.look.motionBlur?.shutterAngleDeg ?? 180, job.look.motionBlur ? Math.max(3, q.motionSamples) : q.motionSamples),
        ...(reflections ? { reflections } : {}),
        ...(mist ? { mist } : {}),
        ...(godRays ? { godRays } : {}),
      };
    },
    removeParticles() {
      removeParticles();
      removeParticles = () => undefined;
    },
    dispose() {
      removeParticles();
      restoreSurfaces();
    },
  };
}
