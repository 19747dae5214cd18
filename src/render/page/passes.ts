/**
 * Control passes — what image models take as conditioning: linear HDR beauty, metric depth, view-space normals
 * and an object-id mask. Each renders the same camera into its own render target without anti-aliasing (a
 * blended edge would be a colour no object has, or a depth between two surfaces), is read back and posted.
 */
import * as THREE from 'three';
import type { LoadedScene } from './scene.js';

/**
 * Planar depth along the view axis in metres (what Blender's Z pass stores) in R, and which object in G (its index
 * + 1): depth and mask come from one draw of the scene instead of two.
 */
function depthIdMaterial(objectIndex: number): THREE.ShaderMaterial {
  return new THREE.ShaderMaterial({
    uniforms: { objectIndex: { value: objectIndex } },
    vertexShader: /* glsl */ `
      #include <common>
      #include <batching_pars_vertex>
      varying float vViewZ;
      void main() {
        #include <batching_vertex>
        #include <begin_vertex>
        #include <project_vertex>
        vViewZ = -mvPosition.z;
      }`,
    fragmentShader: /* glsl */ `
      uniform float objectIndex;
      varying float vViewZ;
      void main() { gl_FragColor = vec4(vViewZ, objectIndex, 0.0, 1.0); }`,
    side: THREE.DoubleSide,
  });
}

const normalMaterial = new THREE.MeshNormalMaterial({ side: THREE.DoubleSide });

export function floatTarget(width: number, height: number): THREE.WebGLRenderTarget {
  return new THREE.WebGLRenderTarget(width, height, { type: THREE.FloatType, format: THREE.RGBAFormat, colorSpace: THREE.LinearSRGBColorSpace, depthBuffer: true, samples: 0 });
}

function byteTarget(width: number, height: number): THREE.WebGLRenderTarget {
  return new THREE.WebGLRenderTarget(width, height, { type: THREE.UnsignedByteType, format: THREE.RGBAFormat, colorSpace: THREE.LinearSRGBColorSpace, depthBuffer: true, samples: 0 });
}

/** Renders with the output transform off: the target gets the raw shader values. */
function renderRaw(renderer: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, target: THREE.WebGLRenderTarget, setup: () => () => void): void {
  const restore = setup();
  const tone = renderer.toneMapping;
  renderer.toneMapping = THREE.NoToneMapping;
  renderer.setRenderTarget(target);
  renderer.clear();
  renderer.render(scene, camera);
  renderer.setRenderTarget(null);
  renderer.toneMapping = tone;
  restore();
}

/** Every surface drawn with one material, on a transparent background without fog; returns the undo. */
function overrideAll(renderer: THREE.WebGLRenderer, scene: THREE.Scene, material: THREE.Material): () => void {
  const bg = scene.background;
  const fog = scene.fog;
  scene.background = null;
  scene.fog = null;
  scene.overrideMaterial = material;
  renderer.setClearColor(0x000000, 0);
  return () => {
    scene.overrideMaterial = null;
    scene.background = bg;
    scene.fog = fog;
  };
}

/** Scene-linear colour (after exposure, before tone mapping), RGBA Float32. */
export function renderHdr(renderer: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, width: number, height: number): Float32Array {
  const target = floatTarget(width, height);
  renderRaw(renderer, scene, camera, target, () => () => undefined);
  const out = new Float32Array(width * height * 4);
  renderer.readRenderTargetPixels(target, 0, 0, width, height, out);
  target.dispose();
  return out;
}

/** View-space normals packed as n·0.5 + 0.5 (x right, y up, z towards the camera), RGBA8. */
export function renderNormals(renderer: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.Camera, width: number, height: number): Uint8Array {
  const target = byteTarget(width, height);
  renderRaw(renderer, scene, camera, target, () => overrideAll(renderer, scene, normalMaterial));
  const out = new Uint8Array(width * height * 4);
  renderer.readRenderTargetPixels(target, 0, 0, width, height, out);
  target.dispose();
  return out;
}

/** Well-separated colours: golden-angle hues at two saturation/value levels, never black. */
export function maskColor(index: number): [number, number, number] {
  const h = (index * 137.508) % 360;
  const s = index % 2 ? 0.65 : 0.95;
  const v = index % 3 === 2 ? 0.7 : 0.95;
  const c = v * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = v - c;
  const [r, g, b] = h < 60 ? [c, x, 0] : h < 120 ? [x, c, 0] : h < 180 ? [0, c, x] : h < 240 ? [0, x, c] : h < 300 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

const hex = ([r, g, b]: [number, number, number]) => `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;

export interface DepthAndMask {
  /** Depth in metres, one Float32 per pixel (bottom-up); Infinity where no surface is hit. */
  depth: Float32Array;
  range: [number, number];
  /** Object-id mask, RGBA8, black where nothing is hit, and its legend (colour → id) of the colours in frame. */
  pixels: Uint8Array;
  legend: Record<string, string>;
}

/**
 * Depth and the object-id mask from one draw: every mesh gets its object's index, and one float read-back gives
 * both. Lights' emitter quads are left out of both (a light, not a surface).
 */
export function renderDepthAndMask(renderer: THREE.WebGLRenderer, scene: THREE.Scene, loaded: LoadedScene, camera: THREE.Camera, width: number, height: number): DepthAndMask {
  const ids = [...new Set(loaded.maskId.values())].sort();
  const materials = new Map(ids.map((id, i) => [id, depthIdMaterial(i + 1)]));
  const target = floatTarget(width, height);
  const saved = new Map<THREE.Mesh, THREE.Material | THREE.Material[]>();
  renderRaw(renderer, scene, camera, target, () => {
    const { background, fog } = scene;
    scene.background = null;
    scene.fog = null;
    renderer.setClearColor(0x000000, 0);
    for (const [mesh, id] of loaded.maskId) {
      saved.set(mesh, mesh.material);
      mesh.material = materials.get(id)!;
      if ((mesh.userData as { kind?: string }).kind === 'emitter') mesh.visible = false;
    }
    return () => {
      for (const [mesh, m] of saved) {
        mesh.material = m;
        if ((mesh.userData as { kind?: string }).kind === 'emitter') mesh.visible = true;
      }
      scene.background = background;
      scene.fog = fog;
    };
  });
  const rgba = new Float32Array(width * height * 4);
  renderer.readRenderTargetPixels(target, 0, 0, width, height, rgba);
  target.dispose();
  for (const m of materials.values()) m.dispose();
  return { ...depthOf(rgba), ...maskOf(rgba, ids) };
}

function depthOf(rgba: Float32Array): Pick<DepthAndMask, 'depth' | 'range'> {
  const depth = new Float32Array(rgba.length / 4);
  let lo = Infinity;
  let hi = 0;
  for (let i = 0; i < depth.length; i++) {
    const hit = rgba[i * 4 + 3]! > 0.5;
    const z = hit ? rgba[i * 4]! : Infinity;
    depth[i] = z;
    if (hit) {
      lo = Math.min(lo, z);
      hi = Math.max(hi, z);
    }
  }
  return { depth, range: [Number.isFinite(lo) ? lo : 0, hi] };
}

/** Each pixel's object as its mask colour; only colours that made it into the frame belong in the legend. */
function maskOf(rgba: Float32Array, ids: string[]): Pick<DepthAndMask, 'pixels' | 'legend'> {
  const colours = ids.map((_, i) => maskColor(i));
  const pixels = new Uint8Array(rgba.length);
  const seen = new Uint8Array(ids.length);
  for (let i = 0; i < pixels.length; i += 4) {
    const index = rgba[i + 3]! > 0.5 ? Math.round(rgba[i + 1]!) - 1 : -1;
    const rgb = colours[index];
    pixels[i + 3] = 255;
    if (!rgb) continue;
    pixels[i] = rgb[0];
    pixels[i + 1] = rgb[1];
    pixels[i + 2] = rgb[2];
    seen[index] = 1;
  }
  return { pixels, legend: Object.fromEntries(ids.flatMap((id, i) => (seen[i] ? [[hex(colours[i]!), id]] : []))) };
}
