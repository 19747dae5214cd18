/**
 * buildScene: a validated SceneSpec → a glTF-Transform Document. Pure and deterministic: the same spec gives
 * the same document, and so the same GLB bytes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Document, Logger, type Accessor, type Buffer as GltfBuffer, type Material, type Mesh, type Node, type Texture } from '@gltf-transform/core';
import { weldPrimitive } from '@gltf-transform/functions';
import { generateTangents } from 'mikktspace';
import type { SceneSpec } from '../spec/schema.js';
import type { SceneObject } from '../spec/object.js';
import { getGenerator, generateGeometry } from '../geometry/registry.js';
import type { GeneratedPart } from '../geometry/generator.js';
import { fromBufferGeometry, triangleCount, type MeshData } from '../geometry/mesh.js';
import { MaterialFactory } from './materials.js';
import { createLightNode } from './lights.js';
import { createCameraNode } from './cameras.js';
import { eulerDegToQuat, aimPosZ } from './transform.js';
import { fnv1a } from '../util/hash.js';
import { PlaneGeometry } from 'three';
import { lightColorToLinear } from '../lighting/color.js';
import { ENGINE_VERSION } from '../version.js';

export interface BuildOptions {
  /** Folder that texture paths resolve against (the spec's folder). Defaults to the working directory. */
  baseDir?: string;
}

export interface BuildStats {
  nodes: number;
  meshes: number;
  triangles: number;
  materials: number;
  lights: number;
  cameras: number;
  textures: number;
}

export interface BuildResult {
  document: Document;
  stats: BuildStats;
}

export class BudgetError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'BudgetError';
  }
}

export async function buildScene(spec: SceneSpec, options: BuildOptions = {}): Promise<BuildResult> {
  const baseDir = options.baseDir ?? process.cwd();
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.ERROR));
  doc.getRoot().getAsset().generator = `canvas3d ${ENGINE_VERSION}`;
  const buffer = doc.createBuffer();
  const scene = doc.createScene(spec.name ?? 'scene');
  doc.getRoot().setDefaultScene(scene);

  const textures = new Map<string, Texture>();
  const loadTexture = (rel: string): Texture => {
    let t = textures.get(rel);
    if (!t) {
      const file = realpathSync(path.resolve(baseDir, rel));
      const ext = path.extname(file).toLowerCase();
      const bytes = new Uint8Array(readFileSync(file));
      t = doc
        .createTexture(rel)
        .setImage(bytes)
        .setMimeType(ext === '.png' ? 'image/png' : 'image/jpeg')
        .setURI(`textures/${textures.size}-${path.basename(rel)}`);
      textures.set(rel, t);
    }
    return t;
  };
  const materials = new MaterialFactory(doc, spec, loadTexture);
  const geometry = new GeometryWriter(doc, buffer);
  const partCache = new Map<string, GeneratedPart[]>();

  const stats: BuildStats = { nodes: 0, meshes: 0, triangles: 0, materials: 0, lights: 0, cameras: 0, textures: 0 };
  const addNode = (n: Node) => {
    stats.nodes++;
    if (stats.nodes > spec.budgets.maxNodes) throw new BudgetError('budgets.maxNodes', `the scene exceeds budgets.maxNodes (${spec.budgets.maxNodes})`);
    return n;
  };

  const buildObject = (o: SceneObject): Node => {
    const node = addNode(doc.createNode(o.name ?? o.id));
    node.setTranslation([o.position[0], o.position[1], o.position[2]]);
    if (o.rotation) node.setRotation(eulerDegToQuat(o.rotation));
    else if (o.lookAt) node.setRotation(aimPosZ(o.position, o.lookAt));
    node.setScale(typeof o.scale === 'number' ? [o.scale, o.scale, o.scale] : [o.scale[0], o.scale[1], o.scale[2]]);
    node.setExtras({ id: o.id, kind: 'object', tags: o.tags, castShadow: o.castShadow, receiveShadow: o.receiveShadow, ...(o.geometry ? { generator: o.geometry.type } : {}) });

    if (o.geometry) {
      const parts = generated(o, spec.seed, partCache);
      const materialFor = (slot: string): Material => materials.get(o.materials[slot] ?? o.material);
      const trivial = parts.length === 1 && !parts[0]!.translation && !parts[0]!.rotation && !parts[0]!.scale;
      for (const part of parts) {
        stats.triangles += triangleCount(part.mesh);
        const mesh = geometry.mesh(part.mesh, materialFor(part.slot), part.name ?? o.geometry.type);
        if (trivial) {
          node.setMesh(mesh);
          continue;
        }
        const child = addNode(doc.createNode(part.name ?? `${o.id}:${part.slot}`)).setMesh(mesh);
        if (part.translation) child.setTranslation(part.translation);
        if (part.rotation) child.setRotation(part.rotation);
        if (part.scale) child.setScale(part.scale);
        child.setExtras({ id: o.id, kind: 'part', slot: part.slot });
        node.addChild(child);
      }
      if (stats.triangles > spec.budgets.maxTriangles) {
        throw new BudgetError('budgets.maxTriangles', `the scene exceeds budgets.maxTriangles (${spec.budgets.maxTriangles})`);
      }
    }
    for (const child of o.children) node.addChild(buildObject(child));
    return node;
  };

  for (const o of spec.objects) scene.addChild(buildObject(o));

  for (const light of spec.lights) {
    const node = addNode(createLightNode(doc, light));
    if (light.type === 'area' && light.visible) {
      // The emitter itself, so the source reads in renders; it faces the same way the light shines (-Z).
      const quad = new PlaneGeometry(light.size[0], light.size[1]);
      quad.rotateY(Math.PI);
      const emitter = materials.createFromParams(`${light.id}:emitter`, {
        baseColor: [0, 0, 0],
        emissive: lightColorToLinear(light.color),
        roughness: 1,
      });
      const mesh = geometry.mesh(fromBufferGeometry(quad), emitter, `${light.id}:emitter`);
      node.addChild(addNode(doc.createNode(`${light.id}:emitter`).setMesh(mesh).setExtras({ id: light.id, kind: 'emitter', castShadow: false, receiveShadow: false })));
      stats.triangles += 2;
    }
    scene.addChild(node);
    stats.lights++;
  }
  for (const camera of spec.cameras) {
    scene.addChild(addNode(createCameraNode(doc, camera)));
    stats.cameras++;
  }

  scene.setExtras({
    canvas3d: {
      engine: ENGINE_VERSION,
      specVersion: spec.version,
      seed: spec.seed,
      environment: spec.environment,
      shots: spec.shots,
    },
  });

  stats.meshes = doc.getRoot().listMeshes().length;
  stats.materials = doc.getRoot().listMaterials().length;
  stats.textures = textures.size;
  return { document: doc, stats };
}

/**
 * Generated geometry is cached per build by generator parameters (and the object's seed, for generators that
 * use one), so a hundred identical columns share one mesh and one set of accessors.
 */
function generated(o: SceneObject, specSeed: number, cache: Map<string, GeneratedPart[]>): GeneratedPart[] {
  const g = o.geometry!;
  const seed = getGenerator(g.type)!.seeded ? fnv1a(`${specSeed}:${o.id}`) : specSeed;
  const key = `${seed}:${JSON.stringify(g)}`;
  let parts = cache.get(key);
  if (!parts) cache.set(key, (parts = generateGeometry(g, { seed })));
  return parts;
}

/**
 * Writes MeshData into accessors once per mesh, and one glTF Mesh per (mesh, material) pair. Meshes drawn
 * with a normal map get MikkTSpace tangents, the tangent basis glTF prescribes for normal maps.
 */
class GeometryWriter {
  private readonly plain = new Map<MeshData, Accessors>();
  private readonly tangent = new Map<MeshData, Accessors>();
  private readonly meshes = new Map<MeshData, Map<Material, Mesh>>();

  constructor(
    private readonly doc: Document,
    private readonly buffer: GltfBuffer,
  ) {}

  mesh(data: MeshData, material: Material, name: string): Mesh {
    let byMaterial = this.meshes.get(data);
    if (!byMaterial) this.meshes.set(data, (byMaterial = new Map()));
    let mesh = byMaterial.get(material);
    if (mesh) return mesh;
    const withTangents = material.getNormalTexture() !== null;
    const a = withTangents ? this.tangentAccessors(data) : this.plainAccessors(data);
    const prim = this.doc
      .createPrimitive()
      .setAttribute('POSITION', a.position)
      .setAttribute('NORMAL', a.normal)
      .setAttribute('TEXCOORD_0', a.uv)
      .setMaterial(material);
    if (a.tangent) prim.setAttribute('TANGENT', a.tangent);
    if (a.indices) prim.setIndices(a.indices);
    mesh = this.doc.createMesh(name).addPrimitive(prim);
    byMaterial.set(material, mesh);
    return mesh;
  }

  private accessor(type: 'VEC2' | 'VEC3' | 'VEC4' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array): Accessor {
    return this.doc.createAccessor().setType(type).setArray(array).setBuffer(this.buffer);
  }

  private plainAccessors(data: MeshData): Accessors {
    let a = this.plain.get(data);
    if (a) return a;
    const vertexCount = data.positions.length / 3;
    a = {
      position: this.accessor('VEC3', data.positions),
      normal: this.accessor('VEC3', data.normals),
      uv: this.accessor('VEC2', data.uvs),
      indices: this.accessor('SCALAR', vertexCount <= 65535 ? Uint16Array.from(data.indices) : data.indices),
    };
    this.plain.set(data, a);
    return a;
  }

  /** MikkTSpace works on unindexed triangles; the result is welded again so shared vertices stay shared. */
  private tangentAccessors(data: MeshData): Accessors {
    let a = this.tangent.get(data);
    if (a) return a;
    const n = data.indices.length;
    const pos = new Float32Array(n * 3);
    const nor = new Float32Array(n * 3);
    const uv = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      const v = data.indices[i]!;
      pos.set(data.positions.subarray(v * 3, v * 3 + 3), i * 3);
      nor.set(data.normals.subarray(v * 3, v * 3 + 3), i * 3);
      // MikkTSpace expects glTF's UV orientation (v down); three.js UVs point v up, so flip for the basis.
      uv[i * 2] = data.uvs[v * 2]!;
      uv[i * 2 + 1] = 1 - data.uvs[v * 2 + 1]!;
    }
    const tangents = generateTangents(pos, nor, uv);
    for (let i = 0; i < n; i++) uv[i * 2 + 1] = 1 - uv[i * 2 + 1]!;
    const prim = this.doc
      .createPrimitive()
      .setAttribute('POSITION', this.accessor('VEC3', pos))
      .setAttribute('NORMAL', this.accessor('VEC3', nor))
      .setAttribute('TEXCOORD_0', this.accessor('VEC2', uv))
      .setAttribute('TANGENT', this.accessor('VEC4', tangents));
    weldPrimitive(prim);
    a = {
      position: prim.getAttribute('POSITION')!,
      normal: prim.getAttribute('NORMAL')!,
      uv: prim.getAttribute('TEXCOORD_0')!,
      tangent: prim.getAttribute('TANGENT')!,
      indices: prim.getIndices() ?? undefined,
    };
    prim.dispose();
    this.tangent.set(data, a);
    return a;
  }
}

interface Accessors {
  position: Accessor;
  normal: Accessor;
  uv: Accessor;
  tangent?: Accessor;
  indices?: Accessor | undefined;
}
