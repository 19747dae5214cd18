/**
 * buildDocument: a validated SceneSpec → a glTF-Transform Document. Pure and deterministic: the same spec gives
 * the same document, and so the same GLB bytes.
 */
import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { Document, Logger, type Node, type Texture } from '@gltf-transform/core';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { getGenerator, generateCached, prepareGeometry, type GeometryParams } from '../geometry/registry.js';
import type { GeneratedPart } from '../geometry/generator.js';
import { fromBufferGeometry, triangleCount } from '../geometry/mesh.js';
import { MaterialFactory, type MaterialPlan, type TextureLoader } from './materials.js';
import { GeometryWriter } from './geometry-writer.js';
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
import { Canvas3dError } from '../core/errors.js';

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

export class BudgetError extends Canvas3dError {
  override name = 'BudgetError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super('C3D_BUDGET', message, [{ path, message }]);
  }
}

type Light = SceneSpec['lights'][number];

/** What every step of one build shares: the document being written, its writers and the running counts. */
interface Build {
  doc: Document;
  spec: SceneSpec;
  baseDir: string;
  materials: MaterialFactory;
  geometry: GeometryWriter;
  /** Generated parts by generator parameters and seed, so a hundred identical columns share one mesh. */
  partCache: Map<string, GeneratedPart[]>;
  stats: BuildStats;
}

export async function buildDocument(spec: SceneSpec, options: BuildOptions = {}): Promise<BuildResult> {
  const baseDir = options.baseDir ?? process.cwd();
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.ERROR));
  doc.getRoot().getAsset().generator = `canvas3d ${ENGINE_VERSION}`;
  const buffer = doc.createBuffer();
  const scene = doc.createScene(spec.name ?? 'scene');
  doc.getRoot().setDefaultScene(scene);

  const library = options.library ?? (spec.libraries.length ? loadSpecLibraries(spec, baseDir).library : BUILTIN_LIBRARY);
  const materials = new MaterialFactory(doc, spec, textureLoader(doc, baseDir), {
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
  const stats: BuildStats = { nodes: 0, meshes: 0, triangles: 0, materials: 0, lights: 0, cameras: 0, textures: 0 };
  const build: Build = { doc, spec, baseDir, materials, geometry: new GeometryWriter(doc, buffer), partCache: new Map(), stats };

  for (const o of spec.objects) scene.addChild(objectNode(build, o, new Matrix4()));
  const lights = withSkySun(spec);
  for (const light of lights) {
    scene.addChild(lightNode(build, light));
    stats.lights++;
  }
  for (const camera of spec.cameras) {
    scene.addChild(addNode(build, createCameraNode(doc, camera)));
    stats.cameras++;
  }
  scene.setExtras({ canvas3d: sceneExtras(spec, lights) });

  stats.meshes = doc.getRoot().listMeshes().length;
  stats.materials = doc.getRoot().listMaterials().length;
  stats.textures = doc.getRoot().listTextures().length;
  return { document: doc, stats, textureCache: cacheSince(before, materials.cacheStats) };
}

/** Texture files the spec names, each embedded once however many materials use it. */
function textureLoader(doc: Document, baseDir: string): TextureLoader {
  const textures = new Map<string, Texture>();
  return (rel: string): Texture => {
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
}

/** Counts a node against the spec's node budget. */
function addNode(build: Build, n: Node): Node {
  const { stats, spec } = build;
  stats.nodes++;
  if (stats.nodes > spec.budgets.maxNodes) throw new BudgetError('budgets.maxNodes', `the scene exceeds budgets.maxNodes (${spec.budgets.maxNodes})`);
  return n;
}

/** An object's node, its meshes and, recursively, its children's. */
function objectNode(build: Build, o: SceneObject, parentWorld: Matrix4): Node {
  const node = addNode(build, build.doc.createNode(o.name ?? o.id));
  node.setTranslation([o.position[0], o.position[1], o.position[2]]);
  if (o.rotation) node.setRotation(eulerDegToQuat(o.rotation));
  else if (o.lookAt) node.setRotation(aimPosZ(o.position, o.lookAt));
  node.setScale(typeof o.scale === 'number' ? [o.scale, o.scale, o.scale] : [o.scale[0], o.scale[1], o.scale[2]]);
  node.setExtras({ id: o.id, kind: 'object', tags: o.tags, castShadow: o.castShadow, receiveShadow: o.receiveShadow, ...(o.geometry ? { generator: o.geometry.type } : {}) });
  const world = parentWorld.clone().multiply(trsMatrix(node.getTranslation(), node.getRotation(), node.getScale()));
  if (o.geometry) attachGeometry(build, o, o.geometry, node, world);
  for (const child of o.children) node.addChild(objectNode(build, child, world));
  return node;
}

/**
 * The generator's parts on an object's node. Parts without their own transform (a prop's slots) become one
 * mesh on the object's node; parts that are placed (array items) get a child node each.
 */
function attachGeometry(build: Build, o: SceneObject, geometry: GeometryParams, node: Node, world: Matrix4): void {
  const { spec, stats, materials } = build;
  const parts = generated(o, spec.seed, build.partCache, build.baseDir);
  // A slot the object does not map takes the generator's own material for it (a voxel palette colour).
  const planFor = (slot: string, part?: GeneratedPart): MaterialPlan => {
    const ref = slotMaterial(o, slot);
    return ref === undefined && part?.material ? materials.inlinePlan(part.material) : materials.plan(ref);
  };
  const trivial = parts.every((p) => !p.translation && !p.rotation && !p.scale);
  if (trivial) {
    for (const part of parts) stats.triangles += triangleCount(part.mesh);
    node.setMesh(build.geometry.combined(parts.map((p) => ({ data: p.mesh, plan: planFor(p.slot, p) })), geometry.type, world));
  }
  for (const part of trivial ? [] : parts) {
    stats.triangles += triangleCount(part.mesh);
    const partWorld = world.clone().multiply(trsMatrix(part.translation ?? [0, 0, 0], part.rotation ?? [0, 0, 0, 1], part.scale ?? [1, 1, 1]));
    const mesh = build.geometry.mesh(part.mesh, planFor(part.slot, part), part.name ?? geometry.type, partWorld);
    const child = addNode(build, build.doc.createNode(part.name ?? `${o.id}:${part.slot}`)).setMesh(mesh);
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

/** The spec's lights, plus the sun a procedural sky brings, placed and coloured to match. */
function withSkySun(spec: SceneSpec): Light[] {
  const lights = [...spec.lights];
  const sky = spec.environment.sky;
  if (sky.type === 'procedural' && sky.sunLight) {
    const sun = sunLightFor(sky);
    const taken = new Set(lights.map((l) => l.id));
    if (sun) lights.push({ ...sun, id: taken.has('sun') ? 'sky-sun' : 'sun' });
  }
  return lights;
}

/** A light's node, its flicker animation, and for a visible area light the emitter quad itself. */
function lightNode(build: Build, light: Light): Node {
  const node = addNode(build, createLightNode(build.doc, light));
  if (light.animation) addLightAnimation(build.doc, light, node, gltfIntensity(light));
  if (light.type === 'area' && light.visible) {
    // The emitter itself, so the source reads in renders; it faces the same way the light shines (-Z).
    const quad = new PlaneGeometry(light.size[0], light.size[1]);
    quad.rotateY(Math.PI);
    const emitter = build.materials.createFromParams(`${light.id}:emitter`, {
      baseColor: [0, 0, 0],
      emissive: lightColorToLinear(light.color),
      roughness: 1,
    });
    const mesh = build.geometry.mesh(fromBufferGeometry(quad), { material: emitter, projection: 'uv', tileSizeM: 1 }, `${light.id}:emitter`, new Matrix4());
    node.addChild(addNode(build, build.doc.createNode(`${light.id}:emitter`).setMesh(mesh).setExtras({ id: light.id, kind: 'emitter', castShadow: false, receiveShadow: false })));
    build.stats.triangles += 2;
  }
  return node;
}

/** What the renderer and the report read from the scene's extras: the environment, shots and light animations. */
function sceneExtras(spec: SceneSpec, lights: Light[]): Record<string, unknown> {
  const sky = spec.environment.sky;
  return {
    engine: ENGINE_VERSION,
    specVersion: spec.version,
    seed: spec.seed,
    environment: sky.type === 'procedural' ? { ...spec.environment, sun: skySun(sky) } : spec.environment,
    shots: spec.shots,
    animations: lights.filter((l) => l.animation).map((l) => ({ light: l.id, ...l.animation })),
  };
}

/** Texture cache hits and misses between two readings. */
function cacheSince(before: CacheStats, after: CacheStats): CacheStats {
  return {
    memoryHits: after.memoryHits - before.memoryHits,
    diskHits: after.diskHits - before.diskHits,
    misses: after.misses - before.misses,
    bakeMs: Math.round((after.bakeMs - before.bakeMs) * 10) / 10,
  };
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
