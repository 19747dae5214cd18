/**
 * Background, image-based light, ambient light and fog for a frame. Physical sources (sky, HDRI, ambient) are
 * scaled by the frame's exposure like the lights; a plain background colour is display-referred and is not.
 */
import * as THREE from 'three';
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js';
import { equirectSky, equirectIlluminance } from '../../lighting/sky.js';
import type { EnvironmentJob } from '../protocol.js';

export interface FrameEnvironment {
  /** Illuminance the environment gives (π × mean luminance, lux), for the exposure meter. */
  lux: number;
  ambient: THREE.AmbientLight;
  /** Multiplies image-based light and sky by the exposure once it is known. */
  expose(scale: number): void;
  dispose(): void;
}

/** A spec colour: '#rrggbb' sRGB, or [r, g, b] linear. */
function color(c: string | [number, number, number]): THREE.Color {
  return typeof c === 'string' ? new THREE.Color(c) : new THREE.Color().setRGB(c[0], c[1], c[2], THREE.LinearSRGBColorSpace);
}

/** Linear colour from '#rrggbb', normalised so its brightest channel is 1: a tint, the intensity carries the lux. */
function tint(hex: string | [number, number, number]): THREE.Color {
  const c = color(hex);
  const m = Math.max(c.r, c.g, c.b);
  return m > 0 ? c.multiplyScalar(1 / m) : new THREE.Color(1, 1, 1);
}

function equirectTexture(rgb: Float32Array, width: number, height: number): { texture: THREE.DataTexture; rgba: Float32Array } {
  // Rows come top-first; three samples equirect maps with v = 0 at the bottom, so the rows are flipped here.
  const rgba = new Float32Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 3;
      const to = ((height - 1 - y) * width + x) * 4;
      rgba[to] = rgb[from]!;
      rgba[to + 1] = rgb[from + 1]!;
      rgba[to + 2] = rgb[from + 2]!;
      rgba[to + 3] = 1;
    }
  }
  const texture = new THREE.DataTexture(rgba, width, height, THREE.RGBAFormat, THREE.FloatType);
  texture.mapping = THREE.EquirectangularReflectionMapping;
  texture.colorSpace = THREE.LinearSRGBColorSpace;
  texture.magFilter = THREE.LinearFilter;
  texture.minFilter = THREE.LinearFilter;
  texture.needsUpdate = true;
  return { texture, rgba };
}

/** A soft box in the studio map: where it hangs (unit vector towards it), how wide (cosine of its half-angle), how bright. */
const SOFT_BOXES = [
  { dir: [-0.53, 0.57, 0.63], cos: Math.cos(0.3), luminance: 12 }, // key: high, front-left
  { dir: [0.68, 0.26, 0.68], cos: Math.cos(0.35), luminance: 5 }, // fill: low, front-right
  { dir: [0.3, 0.6, -0.74], cos: Math.cos(0.2), luminance: 8 }, // rim: behind, high right
  { dir: [0, 0.15, 0.99], cos: Math.cos(0.7), luminance: 3 }, // a broad white scrim facing the set, as for product shots
] as const;

/**
 * A neutral grey photo studio as an equirect (linear RGB, rows top-first, normalised to a mean luminance of 1):
 * a darker floor, grey walls brightening towards a softly lit ceiling, three soft boxes and a broad scrim. Metals and glass
 * then reflect grey surroundings like the grey sweep a swatch shows, not a blue sky.
 */
function studioEquirect(width: number, height: number): Float32Array {
  const rgb = new Float32Array(width * height * 3);
  let sum = 0;
  let weight = 0;
  for (let y = 0; y < height; y++) {
    const el = (0.5 - (y + 0.5) / height) * Math.PI;
    const w = Math.cos(el);
    for (let x = 0; x < width; x++) {
      // three's equirect lookup: u = atan2(z, x) / 2π + 0.5.
      const az = ((x + 0.5) / width - 0.5) * 2 * Math.PI;
      const d = [Math.cos(az) * Math.cos(el), Math.sin(el), Math.sin(az) * Math.cos(el)];
      let l = el < 0 ? 0.55 : 0.7 + 0.5 * Math.sin(el);
      for (const b of SOFT_BOXES) {
        const c = d[0]! * b.dir[0] + d[1]! * b.dir[1] + d[2]! * b.dir[2];
        l += b.luminance * Math.min(1, Math.max(0, (c - b.cos) / 0.01)); // hard-edged panels with a thin falloff
      }
      rgb.fill(l, (y * width + x) * 3, (y * width + x) * 3 + 3);
      sum += w * l;
      weight += w;
    }
  }
  const mean = sum / weight;
  for (let k = 0; k < rgb.length; k++) rgb[k] = rgb[k]! / mean;
  return rgb;
}

interface SkySource {
  texture: THREE.DataTexture;
  rgba: Float32Array;
  width: number;
  height: number;
  /** Sky values are in kcd/m², studio and HDRI in cd/m² times their strength: this turns them into cd/m². */
  unit: number;
}

/** The sky, studio or HDRI as an equirectangular texture, or undefined for none. */
async function skySource(job: EnvironmentJob, envUrl: string): Promise<SkySource | undefined> {
  if (job.sky.type === 'procedural') {
    const img = equirectSky({ sun: job.sky.sun, turbidity: job.sky.turbidity, width: 256, height: 128 });
    return { ...equirectTexture(img.data, img.width, img.height), width: img.width, height: img.height, unit: 1000 * job.sky.strength };
  }
  if (job.sky.type === 'studio') {
    const [width, height] = [256, 128];
    return { ...equirectTexture(studioEquirect(width, height), width, height), width, height, unit: job.sky.strength };
  }
  if (job.sky.type === 'hdri') {
    const bytes = await (await fetch(envUrl)).arrayBuffer();
    return { ...equirectTexture(new Float32Array(bytes), job.sky.width, job.sky.height), width: job.sky.width, height: job.sky.height, unit: job.sky.strength };
  }
  return undefined;
}

/** Linear or exponential fog; volumetric scattering is approximated as extra exponential haze. */
function setupFog(scene: THREE.Scene, job: EnvironmentJob): void {
  if (job.fog.type === 'linear') scene.fog = new THREE.Fog(color(job.fog.color), job.fog.near, job.fog.far);
  else if (job.fog.type === 'exponential') scene.fog = new THREE.FogExp2(color(job.fog.color), job.fog.density);
  else scene.fog = null;
  if (job.volumetric && job.volumetric.density > 0) {
    const fog = scene.fog instanceof THREE.FogExp2 ? scene.fog : new THREE.FogExp2(color(job.fog.type === 'none' ? job.background : job.fog.color), 0);
    fog.density += job.volumetric.density * 0.5;
    scene.fog = fog;
  }
}

/** The image-based light a frame uses: what lights and reflects the scene, and what the camera sees behind it. */
interface ImageLight {
  key: string;
  /** Illuminance the image gives, lux. */
  lux: number;
  /**
   * Turns a sky, studio or HDRI into cd/m² (skySource); absent for the viewer's room and for no image, which the
   * exposure does not scale.
   */
  unit?: number;
  environment?: THREE.Texture;
  background?: THREE.Texture;
  dispose(): void;
}

/**
 * The last image light, kept across frames: prefiltering a sky (PMREM) took two seconds a frame under SwiftShader,
 * and a board's shots nearly always share one sky. A new sky, studio or HDRI replaces it.
 */
let kept: ImageLight | undefined;
let pmrem: THREE.PMREMGenerator | undefined;

async function imageLight(renderer: THREE.WebGLRenderer, job: EnvironmentJob, bareScene: boolean, envUrl: string): Promise<ImageLight> {
  const key = JSON.stringify([job.sky, bareScene]);
  if (kept?.key === key) return kept;
  kept?.dispose();
  kept = undefined;
  pmrem ??= new THREE.PMREMGenerator(renderer);
  const source = await skySource(job, envUrl);
  if (source) {
    const target = pmrem.fromEquirectangular(source.texture);
    // The studio lights and reflects; what the camera sees behind the set stays the spec's background colour.
    const background = job.sky.type === 'studio' ? undefined : source.texture;
    const lux = equirectIlluminance(source.rgba, source.width, source.height, 4, source.unit);
    kept = { key, lux, unit: source.unit, environment: target.texture, ...(background ? { background } : {}), dispose: () => (source.texture.dispose(), target.dispose()) };
  } else if (bareScene) {
    // A scene with no light at all (a bare GLB) gets a neutral studio room, like any glTF viewer.
    const target = pmrem.fromScene(new RoomEnvironment(), 0.04);
    kept = { key, lux: 0, environment: target.texture, dispose: () => target.dispose() };
  } else {
    kept = { key, lux: 0, dispose: () => undefined };
  }
  return kept;
}

export async function setupEnvironment(renderer: THREE.WebGLRenderer, scene: THREE.Scene, job: EnvironmentJob, hasLights: boolean, envUrl: string): Promise<FrameEnvironment> {
  const light = await imageLight(renderer, job, !hasLights && job.ambient.intensity <= 0, envUrl);
  scene.environment = light.environment ?? null;
  scene.background = light.background ?? color(job.background);
  scene.backgroundIntensity = 1;

  const ambient = new THREE.AmbientLight(tint(job.ambient.color), job.ambient.intensity);
  scene.add(ambient);
  setupFog(scene, job);

  return {
    lux: light.lux + job.ambient.intensity,
    ambient,
    expose(scale: number) {
      ambient.intensity = job.ambient.intensity * scale;
      // A physical image is exposed like the lights; the viewer's room stays as three draws it.
      const intensity = light.unit === undefined ? 1 : light.unit * scale;
      scene.environmentIntensity = intensity;
      scene.backgroundIntensity = intensity;
    },
    dispose() {
      scene.remove(ambient);
      ambient.dispose();
      scene.environment = null;
      scene.background = null;
      scene.fog = null;
    },
  };
}
