/**
 * The optimisation pipeline, composed from glTF-Transform steps: dedup (identical accessors, meshes,
 * materials, textures), weld, GPU instancing of repeated meshes (EXT_mesh_gpu_instancing), prune, optional
 * LOD chains (MSFT_lod), optional quantisation and meshopt compression (EXT_meshopt_compression).
 *
 * Without GPU instancing a repeated mesh is written once and drawn by every node that names it — glTF's own,
 * portable instancing, which every conforming loader reads. EXT_mesh_gpu_instancing has no fallback (the
 * instanced nodes lose their meshes), so when it is written it is listed in `extensionsRequired`: a loader
 * that lacks it then refuses the file instead of silently dropping most of the scene.
 */
import type { Document, vec3, vec4 } from '@gltf-transform/core';
import { EXTMeshGPUInstancing, type InstancedMesh } from '@gltf-transform/extensions';
import { dedup, instance, meshopt, prune, quantize, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { addLods, type LodOptions, type LodReport } from './lod.js';

export interface OptimizeOptions {
  dedup: boolean;
  weld: boolean;
  /** Batch meshes used at least this many times into EXT_mesh_gpu_instancing; 0 keeps node instancing. */
  instance: number;
  prune: boolean;
  lod: boolean | Partial<LodOptions>;
  /** Quantise vertex attributes (KHR_mesh_quantization). Implied by meshopt. */
  quantize: boolean;
  /** Compress geometry with EXT_meshopt_compression. */
  meshopt: boolean;
}

export const OPTIMIZE_DEFAULTS: OptimizeOptions = { dedup: true, weld: false, instance: 0, prune: true, lod: false, quantize: false, meshopt: false };

export interface OptimizeReport {
  before: DocumentCounts;
  after: DocumentCounts;
  instances: number;
  lod?: LodReport;
  ms: number;
}

export interface DocumentCounts {
  nodes: number;
  meshes: number;
  primitives: number;
  accessors: number;
  triangles: number;
  materials: number;
  textures: number;
}

export function countDocument(doc: Document): DocumentCounts {
  const root = doc.getRoot();
  let triangles = 0;
  let primitives = 0;
  for (const mesh of root.listMeshes()) {
    for (const p of mesh.listPrimitives()) {
      primitives++;
      triangles += (p.getIndices()?.getCount() ?? p.getAttribute('POSITION')?.getCount() ?? 0) / 3;
    }
  }
  return { nodes: root.listNodes().length, meshes: root.listMeshes().length, primitives, accessors: root.listAccessors().length, triangles, materials: root.listMaterials().length, textures: root.listTextures().length };
}

/**
 * Instances of repeated meshes, however they are written: every instance in an EXT_mesh_gpu_instancing batch,
 * plus every plain node that draws a mesh another plain node draws too.
 */
export function countInstances(doc: Document): number {
  let n = 0;
  const plainUses = new Map<unknown, number>();
  for (const node of doc.getRoot().listNodes()) {
    const batch = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
    const mesh = node.getMesh();
    if (batch) n += batch.listAttributes()[0]?.getCount() ?? 0;
    else if (mesh) plainUses.set(mesh, (plainUses.get(mesh) ?? 0) + 1);
  }
  for (const uses of plainUses.values()) if (uses > 1) n += uses;
  return n;
}

/** A file with GPU-instanced nodes cannot be read without the extension, so it must say so. */
function requireGpuInstancing(doc: Document): void {
  const ext = doc.getRoot().listExtensionsUsed().find((e) => e.extensionName === EXTMeshGPUInstancing.EXTENSION_NAME);
  ext?.setRequired(true);
}

export async function optimizeDocument(doc: Document, options: Partial<OptimizeOptions> = {}): Promise<OptimizeReport> {
  const o = { ...OPTIMIZE_DEFAULTS, ...options };
  const t0 = performance.now();
  const before = countDocument(doc);
  const steps = [];
  if (o.dedup) steps.push(dedup());
  if (o.weld) steps.push(weld());
  if (o.instance > 0) steps.push(instance({ min: o.instance }));
  if (o.prune) steps.push(prune({ keepExtras: true, keepLeaves: false }));
  if (steps.length) await doc.transform(...steps);
  requireGpuInstancing(doc);
  let lod: LodReport | undefined;
  if (o.lod) lod = await addLods(doc, o.lod === true ? {} : o.lod);
  if (o.meshopt) {
    await MeshoptEncoder.ready;
    await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  } else if (o.quantize) {
    // 8-bit normals are finer than any shading difference they could make; UVs stay 16-bit.
    await doc.transform(quantize({ quantizeNormal: 8 }));
  }
  if (o.meshopt || o.quantize) roundNodeTransforms(doc);
  return { before, after: countDocument(doc), instances: countInstances(doc), ...(lod ? { lod } : {}), ms: performance.now() - t0 };
}

/** Significant digits kept in node transforms: float32 holds about 7.2, so an eighth digit is noise. */
const TRANSFORM_DIGITS = 7;

/**
 * Quantisation folds each mesh's dequantisation into its node's translation and scale, written as 17-digit
 * doubles; with one node per prop that is a fifth of a level's JSON. Rounding to what float32 can hold (an
 * error below a micrometre on a 100 m level) changes nothing a loader can see.
 */
function roundNodeTransforms(doc: Document): void {
  const round = (v: number[]) => v.map((x) => Number(x.toPrecision(TRANSFORM_DIGITS)));
  for (const node of doc.getRoot().listNodes()) {
    node.setTranslation(round(node.getTranslation()) as vec3);
    node.setRotation(round(node.getRotation()) as vec4);
    node.setScale(round(node.getScale()) as vec3);
  }
}
