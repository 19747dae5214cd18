/**
 * The loaded scene on the page: the glTF, its lights with their unscaled intensities, which node is which
 * object id, and how to throw it all away again.
 */
import * as THREE from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'meshoptimizer/decoder';

export interface SceneLight {
  light: THREE.Light;
  /** Intensity as loaded (cd or lx); exposure and animation scale from this each frame. */
  base: number;
  id: string;
  extras: Record<string, unknown>;
}

export interface LoadedScene {
  key: string;
  root: THREE.Group;
  lights: SceneLight[];
  cameras: (THREE.PerspectiveCamera | THREE.OrthographicCamera)[];
  /** Nodes by spec id (extras.id), any depth. */
  byId: Map<string, THREE.Object3D>;
  /** The id each mesh reports in the mask: its outermost spec object, or its top-level node. */
  maskId: Map<THREE.Mesh, string>;
  /** Light animations from the scene extras (sampled by the page at the shot's time). */
  animations: { light: string; kind: string; speed: number; amount: number; seed: number; durationS: number }[];
  bounds: THREE.Box3;
  /** Materials that glow, with their emissive strength as loaded (scaled by the exposure each frame). */
  emissives: { material: THREE.MeshStandardMaterial; base: number }[];
}

/**
 * Luminance of emissive strength 1, cd/m². Emitters are sources like the lights, so the exposure scales them
 * too: a neon sign blazes at night and reads as a coloured tube in daylight. At a 314-lux interior reading
 * (π × 100) strength 1 shows as display white, which is how the emissive presets were tuned.
 */
const EMISSIVE_NIT = 100;

/** Emissive strength for the frame's exposure (the same `scale` that turns lux and cd into display values). */
export function exposeEmissives(s: LoadedScene, scale: number): void {
  for (const e of s.emissives) e.material.emissiveIntensity = e.base * EMISSIVE_NIT * scale;
}

/** The least share of light a see-through surface must stop to cast a (dithered) shadow at all. */
const MIN_SHADOW_SHARE = 0.05;

/**
 * Glass and water let light through: their shadow is a sparse hashed one (alpha-hash dithering, softened by
 * the shadow filter) at the share of light they stop, instead of an opaque silhouette.
 */
function transmissiveShadow(o: THREE.Mesh, m: THREE.MeshPhysicalMaterial): void {
  const share = (1 - m.transmission) * 0.35;
  // Clear glass stops too little to see in a shadow, and a dithered one that sparse reads as grain.
  if (share < MIN_SHADOW_SHARE) {
    o.castShadow = false;
    return;
  }
  o.customDepthMaterial = withShare(new THREE.MeshDepthMaterial({ depthPacking: THREE.RGBADepthPacking, alphaHash: true }), share);
  o.customDistanceMaterial = withShare(new THREE.MeshDistanceMaterial({ alphaHash: true }), share);
}

/**
 * three's shadow shaders ignore `opacity` (the distance shader of point lights always, the depth shader with RGBA
 * packing) and the shadow map resets a custom material's alpha map: the share is written into the shader itself.
 */
function withShare<M extends THREE.Material>(mat: M, share: number): M {
  const a = share.toFixed(3);
  mat.onBeforeCompile = (shader) => {
    shader.fragmentShader = shader.fragmentShader.replace('vec4 diffuseColor = vec4( 1.0 );', `vec4 diffuseColor = vec4( 1.0, 1.0, 1.0, ${a} );`);
  };
  mat.customProgramCacheKey = () => `share-${a}`;
  return mat;
}

/**
 * Per-material adjustments glTF cannot carry: emissives to expose, transmissive shadows. What glows (a flame, a
 * filament, a neon tube) is the source of its practical's light, which sits inside it: it casts no shadow, or the
 * lamp would be dark to everything round it.
 */
function adaptMaterials(o: THREE.Mesh, emissives: LoadedScene['emissives'] | undefined): void {
  const mats = Array.isArray(o.material) ? o.material : [o.material];
  for (const m of mats) {
    const glows = m instanceof THREE.MeshStandardMaterial && m.emissive.getHex() !== 0;
    if (glows) o.castShadow = false;
    if (emissives && glows && !m.userData.exposed) {
      m.userData.exposed = true; // a material shared by many meshes is scaled once
      emissives.push({ material: m, base: m.emissiveIntensity });
    }
    if (m instanceof THREE.MeshPhysicalMaterial && m.transmission > 0 && o.castShadow) transmissiveShadow(o, m);
  }
}

const extrasOf = (o: THREE.Object3D) => o.userData as Record<string, unknown>;

function inheritedFlag(o: THREE.Object3D, key: 'castShadow' | 'receiveShadow'): boolean {
  for (let p: THREE.Object3D | null = o; p; p = p.parent) {
    const v = extrasOf(p)[key];
    if (typeof v === 'boolean') return v;
  }
  return true;
}

export async function loadScene(key: string, url: string): Promise<LoadedScene> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url);
  const root = gltf.scene;
  const lights: SceneLight[] = [];
  const cameras: LoadedScene['cameras'] = [];
  const byId = new Map<string, THREE.Object3D>();
  const maskId = new Map<THREE.Mesh, string>();
  const emissives: LoadedScene['emissives'] = [];
  root.updateMatrixWorld(true);
  root.traverse((o) => {
    const x = extrasOf(o);
    if (typeof x.id === 'string' && !byId.has(x.id)) byId.set(x.id, o);
    if (o instanceof THREE.Light) lights.push({ light: o, base: o.intensity, id: typeof x.id === 'string' ? x.id : o.name, extras: x });
    if (o instanceof THREE.PerspectiveCamera || o instanceof THREE.OrthographicCamera) cameras.push(o);
    if (o instanceof THREE.Mesh) {
      o.castShadow = inheritedFlag(o, 'castShadow');
      o.receiveShadow = inheritedFlag(o, 'receiveShadow');
      // Emitter quads of area lights glow; they must not block their own light.
      if (x.kind === 'emitter') o.castShadow = false;
      // An area light's quad stays display white (a clipped source), whatever the exposure.
      adaptMaterials(o, x.kind === 'emitter' ? undefined : emissives);
      let id: string | undefined;
      let top: THREE.Object3D = o;
      for (let p: THREE.Object3D | null = o; p && p !== root; p = p.parent) {
        const px = extrasOf(p);
        if (px.kind === 'object' && typeof px.id === 'string') id = px.id;
        top = p;
      }
      maskId.set(o, id ?? (top.name || top.uuid));
    }
  });
  const canvas3d = (extrasOf(root).canvas3d ?? {}) as { animations?: LoadedScene['animations'] };
  const bounds = new THREE.Box3();
  root.traverse((o) => {
    if (o instanceof THREE.Mesh && extrasOf(o).kind !== 'emitter') bounds.expandByObject(o);
  });
  if (bounds.isEmpty()) bounds.set(new THREE.Vector3(-1, 0, -1), new THREE.Vector3(1, 2, 1));
  return { key, root, lights, cameras, byId, maskId, animations: canvas3d.animations ?? [], bounds, emissives };
}

export function disposeScene(s: LoadedScene): void {
  s.root.traverse((o) => {
    if (o instanceof THREE.Mesh) {
      o.geometry.dispose();
      o.customDepthMaterial?.dispose();
      o.customDistanceMaterial?.dispose();
      const mats = Array.isArray(o.material) ? o.material : [o.material];
      for (const m of mats) {
        for (const v of Object.values(m)) if (v instanceof THREE.Texture) v.dispose();
        m.dispose();
      }
    }
    if (o instanceof THREE.Light) (o as THREE.Light & { shadow?: THREE.LightShadow }).shadow?.map?.dispose();
  });
  s.root.removeFromParent();
}
