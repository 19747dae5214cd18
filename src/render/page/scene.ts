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
  return { key, root, lights, cameras, byId, maskId, animations: canvas3d.animations ?? [], bounds };
}

export function disposeScene(s: LoadedScene): void {
  s.root.traverse((o) => {
    if (o instanceof THREE.Mesh) {
      o.geometry.dispose();
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
