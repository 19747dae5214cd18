/**
 * buildScene: a validated SceneSpec → a glTF-Transform Document. Pure and deterministic: the same spec gives
 * the same document, and so the same GLB bytes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Document, Logger, type Accessor, type Buffer as GltfBuffer, type Material, type Mesh, type Node, type Texture } from '@gltf-transform/core';
import { weldPrimitive } from '@gltf-transform/functions';
import { generateTangents } from 'mikktspace';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { getGenerator, generateCached, prepareGeometry, type GeometryParams } from '../geometry/registry.js';
import type { GeneratedPart } from '../geometry/generator.js';
import { fromBufferGeometry, triangleCount, type MeshData } from '../geometry/mesh.js';
import { MaterialFactory, type MaterialPlan } from './materials.js';
import { projectUvs, splitBySlope } from '../materials/projection.js';
import { BUILTIN_LIBRARY, type MaterialLibrary } from '../materials/library.js';
import { loadSpecLibraries } from '../validate/validate.js';
import type { TextureCache, CacheStats } from '../materials/cache.js';
import type { Quality } from '../materials/quality.js';
import { Matrix4, Quaternion, Vector3 } from 'three';
import { createLightNode } from './lights.js';
import { createCameraNode } from './cameras.js';
import { eulerDegToQuat, aimPosZ } from '../geometry/transform.js';
import { fnv1a } from '../core/hash.js';
import { PlaneGeometry } from 'three';
import { lightColorToLinear } from '../lighting/color.js';
import { gltfIntensity } from '../lighting/photometry.js';
import { skySun, sunLightFor } from '../lighting/daylight.js';
import { addLightAnimation } from './light-animation.js';
import { ENGINE_VERSION } from '../core/version.js';

export interface BuildOptions {
  /** Folder that texture paths resolve against (the spec's folder). Defaults to the working directory. */
  baseDir?: string;
  /** Presets to resolve against; by default the built-ins plus the spec's `libraries`. */
  library?: MaterialLibrary;
  /** Overrides the spec's quality level. */
  quality?: Quality;
  /** Texture cache; by default the process-wide one (memory plus disk). */
  textureCache?: TextureCache;
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
  /** Texture cache hits and misses during this build. */
  textureCache: CacheStats;
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
  const library = options.library ?? (spec.libraries.length ? loadSpecLibraries(spec, baseDir).library : BUILTIN_LIBRARY);
  const materials = new MaterialFactory(doc, spec, loadTexture, {
    library,
    quality: options.quality ?? spec.quality,
    maxTextureSize: spec.budgets.maxTextureSize,
    ...(options.textureCache ? { cache: options.textureCache } : {}),
  });
  // Generators with asynchronous set-up (WebAssembly libraries) or a disk cache are readied first, so the
  // geometry itself can be made synchronously.
  await Promise.all(geometryObjects(spec.objects).map((o) => prepareGeometry(o.geometry!, { seed: objectSeed(o, spec.seed) })));
  const before = { ...materials.cacheStats };
  await materials.prepare(materialRefs(spec.objects));
  const geometry = new GeometryWriter(doc, buffer);
  const partCache = new Map<string, GeneratedPart[]>();

  const stats: BuildStats = { nodes: 0, meshes: 0, triangles: 0, materials: 0, lights: 0, cameras: 0, textures: 0 };
  const addNode = (n: Node) => {
    stats.nodes++;
    if (stats.nodes > spec.budgets.maxNodes) throw new BudgetError('budgets.maxNodes', `the scene exceeds budgets.maxNodes (${spec.budgets.maxNodes})`);
    return n;
  };

  const buildObject = (o: SceneObject, parentWorld: Matrix4): Node => {
    const node = addNode(doc.createNode(o.name ?? o.id));
    node.setTranslation([o.position[0], o.position[1], o.position[2]]);
    if (o.rotation) node.setRotation(eulerDegToQuat(o.rotation));
    else if (o.lookAt) node.setRotation(aimPosZ(o.position, o.lookAt));
    node.setScale(typeof o.scale === 'number' ? [o.scale, o.scale, o.scale] : [o.scale[0], o.scale[1], o.scale[2]]);
    node.setExtras({ id: o.id, kind: 'object', tags: o.tags, castShadow: o.castShadow, receiveShadow: o.receiveShadow, ...(o.geometry ? { generator: o.geometry.type } : {}) });
    const world = parentWorld.clone().multiply(trsMatrix(node.getTranslation(), node.getRotation(), node.getScale()));

    if (o.geometry) {
      const parts = generated(o, spec.seed, partCache, baseDir);
      // A slot the object does not map takes the generator's own material for it (a voxel palette colour).
      const planFor = (slot: string, part?: GeneratedPart): MaterialPlan => {
        const ref = slotMaterial(o, slot);
        return ref === undefined && part?.material ? materials.inlinePlan(part.material) : materials.plan(ref);
      };
      // Parts without their own transform (a prop's slots) become one mesh on the object's node; parts that
      // are placed (array items) get a child node each.
      const trivial = parts.every((p) => !p.translation && !p.rotation && !p.scale);
      if (trivial) {
        for (const part of parts) stats.triangles += triangleCount(part.mesh);
        node.setMesh(geometry.combined(parts.map((p) => ({ data: p.mesh, plan: planFor(p.slot, p) })), o.geometry.type, world));
      }
      for (const part of trivial ? [] : parts) {
        stats.triangles += triangleCount(part.mesh);
        const partWorld = world.clone().multiply(trsMatrix(part.translation ?? [0, 0, 0], part.rotation ?? [0, 0, 0, 1], part.scale ?? [1, 1, 1]));
        const mesh = geometry.mesh(part.mesh, planFor(part.slot, part), part.name ?? o.geometry.type, partWorld);
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
    for (const child of o.children) node.addChild(buildObject(child, world));
    return node;
  };

  for (const o of spec.objects) scene.addChild(buildObject(o, new Matrix4()));

  // A procedural sky can bring its own sun, placed and coloured to match.
  const lights = [...spec.lights];
  const sky = spec.environment.sky;
  if (sky.type === 'procedural' && sky.sunLight) {
    const sun = sunLightFor(sky);
    const taken = new Set(lights.map((l) => l.id));
    if (sun) lights.push({ ...sun, id: taken.has('sun') ? 'sky-sun' : 'sun' });
  }
  for (const light of lights) {
    const node = addNode(createLightNode(doc, light));
    if (light.animation) addLightAnimation(doc, light, node, gltfIntensity(light));
    if (light.type === 'area' && light.visible) {
      // The emitter itself, so the source reads in renders; it faces the same way the light shines (-Z).
      const quad = new PlaneGeometry(light.size[0], light.size[1]);
      quad.rotateY(Math.PI);
      const emitter = materials.createFromParams(`${light.id}:emitter`, {
        baseColor: [0, 0, 0],
        emissive: lightColorToLinear(light.color),
        roughness: 1,
      });
      const mesh = geometry.mesh(fromBufferGeometry(quad), { material: emitter, projection: 'uv', tileSizeM: 1 }, `${light.id}:emitter`, new Matrix4());
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
      environment: sky.type === 'procedural' ? { ...spec.environment, sun: skySun(sky) } : spec.environment,
      shots: spec.shots,
      animations: lights.filter((l) => l.animation).map((l) => ({ light: l.id, ...l.animation })),
    },
  });

  stats.meshes = doc.getRoot().listMeshes().length;
  stats.materials = doc.getRoot().listMaterials().length;
  stats.textures = doc.getRoot().listTextures().length;
  const after = materials.cacheStats;
  const textureCache: CacheStats = {
    memoryHits: after.memoryHits - before.memoryHits,
    diskHits: after.diskHits - before.diskHits,
    misses: after.misses - before.misses,
    bakeMs: Math.round((after.bakeMs - before.bakeMs) * 10) / 10,
  };
  return { document: doc, stats, textureCache };
}

/** Every material reference the objects use (undefined where a slot falls back to the default grey). */
function materialRefs(objects: SceneObject[]): (string | undefined)[] {
  const refs: (string | undefined)[] = [];
  const walk = (objs: SceneObject[]) =>
    objs.forEach((o) => {
      if (o.geometry) {
        const generator = leafGenerator(o.geometry);
        const slots = generator?.slots.length ? generator.slots : ['default'];
        for (const slot of slots) refs.push(slotMaterial(o, slot));
      }
      walk(o.children);
    });
  walk(objects);
  return refs;
}

function geometryObjects(objects: SceneObject[]): SceneObject[] {
  const out: SceneObject[] = [];
  const walk = (objs: SceneObject[]) =>
    objs.forEach((o) => {
      if (o.geometry) out.push(o);
      walk(o.children);
    });
  walk(objects);
  return out;
}

/** An object's material for a slot: its per-slot choice, else its material, else the generator's default. */
function slotMaterial(o: SceneObject, slot: string): string | undefined {
  if (o.materials[slot] ?? o.material) return o.materials[slot] ?? o.material;
  if (!o.geometry) return undefined;
  const leaf = leafParams(o.geometry);
  const defaults = getGenerator(leaf.type)?.defaultMaterials;
  return (typeof defaults === 'function' ? defaults(leaf) : defaults)?.[slot];
}

/** The parameters of the generator that actually makes the meshes: arrays repeat another one. */
function leafParams(g: GeometryParams): GeometryParams {
  let params = g;
  while (params.type === 'array') params = params.of as GeometryParams;
  return params;
}

function leafGenerator(g: GeometryParams) {
  return getGenerator(leafParams(g).type);
}

function trsMatrix(t: readonly number[], r: readonly number[], s: readonly number[]): Matrix4 {
  return new Matrix4().compose(new Vector3(t[0], t[1], t[2]), new Quaternion(r[0], r[1], r[2], r[3]), new Vector3(s[0], s[1], s[2]));
}

/**
 * Generated geometry is cached per build by generator parameters (and the object's seed, for generators that
 * use one), so a hundred identical columns share one mesh and one set of accessors.
 */
/** The seed an object's generator gets: its own, else one mixed from the spec seed and its id. */
function objectSeed(o: SceneObject, specSeed: number): number {
  return getGenerator(o.geometry!.type)!.seeded ? (o.seed ?? fnv1a(`${specSeed}:${o.id}`)) : specSeed;
}

function generated(o: SceneObject, specSeed: number, cache: Map<string, GeneratedPart[]>, baseDir: string): GeneratedPart[] {
  const g = o.geometry!;
  const seed = objectSeed(o, specSeed);
  const key = `${seed}:${JSON.stringify(g)}`;
  let parts = cache.get(key);
  if (!parts) cache.set(key, (parts = generateCached(g, { seed, baseDir })));
  return parts;
}

/**
 * Writes MeshData into accessors once per mesh, and one glTF Mesh per (mesh, material) pair. Meshes drawn
 * with a normal map get MikkTSpace tangents, the tangent basis glTF prescribes for normal maps.
 */
class GeometryWriter {
  private readonly plain = new Map<MeshData, Accessors>();
  private readonly tangent = new Map<MeshData, Accessors>();
  private readonly meshes = new Map<string, Mesh>();
  private readonly dataIds = new Map<MeshData, number>();
  private readonly projected = new Map<MeshData, Map<string, MeshData>>();
  private readonly materialIds = new Map<Material, number>();

  constructor(
    private readonly doc: Document,
    private readonly buffer: GltfBuffer,
  ) {}

  /**
   * The glTF mesh for generated geometry drawn with a material plan at a world placement. Meshes are shared
   * whenever the result would be identical: same geometry, material, projection and (for world-scaled UVs)
   * scale, and (for slope blends) orientation.
   */
  mesh(data: MeshData, plan: MaterialPlan, name: string, world: Matrix4): Mesh {
    return this.combined([{ data, plan }], name, world);
  }

  /**
   * One glTF mesh with a primitive per part (a prop's slots: wood, metal, flame…), so a prop is one node and
   * identical props share one mesh — what GPU instancing then batches.
   */
  combined(parts: { data: MeshData; plan: MaterialPlan }[], name: string, world: Matrix4): Mesh {
    const t = new Vector3();
    const q = new Quaternion();
    const s = new Vector3();
    world.decompose(t, q, s);
    const scale: [number, number, number] = [Math.abs(s.x), Math.abs(s.y), Math.abs(s.z)];
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    const keyOf = ({ data, plan }: { data: MeshData; plan: MaterialPlan }) =>
      [
        this.dataId(data),
        this.id(plan.material),
        plan.projection,
        plan.projection === 'uv' ? '' : `${plan.projection === 'box' || plan.projection === 'planar' ? 1 : plan.tileSizeM}:${scale.map(r4).join(',')}`,
        plan.slope ? `${this.id(plan.slope.other)}:${[q.x, q.y, q.z, q.w].map(r4).join(',')}` : '',
      ].join('|');
    const key = parts.map(keyOf).join('/');
    let mesh = this.meshes.get(key);
    if (mesh) return mesh;
    mesh = this.doc.createMesh(name);
    for (const { data, plan } of parts) {
      const surface = this.project(data, plan, scale);
      if (plan.slope) {
        const rotate = (n: [number, number, number]): [number, number, number] => {
          const v = new Vector3(...n).applyQuaternion(q);
          return [v.x, v.y, v.z];
        };
        const [a, b] = splitBySlope(surface, plan.slope.threshold, plan.slope.invert, rotate);
        if (a.indices.length) mesh.addPrimitive(this.primitive(a, plan.material));
        if (b.indices.length) mesh.addPrimitive(this.primitive(b, plan.slope.other));
      } else {
        mesh.addPrimitive(this.primitive(surface, plan.material));
      }
    }
    this.meshes.set(key, mesh);
    return mesh;
  }

  private dataId(d: MeshData): number {
    let n = this.dataIds.get(d);
    if (n === undefined) this.dataIds.set(d, (n = this.dataIds.size + 1));
    return n;
  }

  private id(m: Material): number {
    let n = this.materialIds.get(m);
    if (n === undefined) this.materialIds.set(m, (n = this.materialIds.size));
    return n;
  }

  /**
   * Box and planar UVs are made in metres (the material scales them to its tile size with
   * KHR_texture_transform), so one projected mesh serves every material; cylindrical and spherical UVs need
   * the tile size to close their seams with whole tiles.
   */
  private project(data: MeshData, plan: MaterialPlan, scale: [number, number, number]): MeshData {
    if (plan.projection === 'uv') return data;
    const tile = plan.projection === 'box' || plan.projection === 'planar' ? 1 : plan.tileSizeM;
    const key = `${plan.projection}:${tile}:${scale.join(',')}`;
    let byKey = this.projected.get(data);
    if (!byKey) this.projected.set(data, (byKey = new Map()));
    let out = byKey.get(key);
    if (!out) byKey.set(key, (out = projectUvs(data, plan.projection, tile, scale)));
    return out;
  }

  private primitive(data: MeshData, material: Material) {
    const withTangents = material.getNormalTexture() !== null;
    // Projected UVs come with exact tangents; other normal-mapped meshes go through MikkTSpace.
    const a = !withTangents ? this.plainAccessors(data) : data.tangents ? this.plainAccessors(data, true) : this.tangentAccessors(data);
    const prim = this.doc
      .createPrimitive()
      .setAttribute('POSITION', a.position)
      .setAttribute('NORMAL', a.normal)
      .setAttribute('TEXCOORD_0', a.uv)
      .setMaterial(material);
    if (a.tangent) prim.setAttribute('TANGENT', a.tangent);
    if (a.indices) prim.setIndices(a.indices);
    return prim;
  }

  private accessor(type: 'VEC2' | 'VEC3' | 'VEC4' | 'SCALAR', array: Float32Array | Uint16Array | Uint32Array): Accessor {
    return this.doc.createAccessor().setType(type).setArray(array).setBuffer(this.buffer);
  }

  private plainAccessors(data: MeshData, withTangents = false): Accessors {
    let a = this.plain.get(data);
    if (!a) {
      const vertexCount = data.positions.length / 3;
      a = {
        position: this.accessor('VEC3', data.positions),
        normal: this.accessor('VEC3', data.normals),
        uv: this.accessor('VEC2', data.uvs),
        indices: this.accessor('SCALAR', vertexCount <= 65535 ? Uint16Array.from(data.indices) : data.indices),
      };
      this.plain.set(data, a);
    }
    if (withTangents && data.tangents && !a.tangent) a.tangent = this.accessor('VEC4', data.tangents);
    return withTangents ? a : { ...a, tangent: undefined };
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
