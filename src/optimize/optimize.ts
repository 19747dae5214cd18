/**
 * The optimisation pipeline, composed from glTF-Transform steps: dedup (identical accessors, meshes,
 * materials, textures), weld, GPU instancing of repeated meshes (EXT_mesh_gpu_instancing), prune, optional
 * LOD chains (MSFT_lod), optional quantisation and meshopt compression (EXT_meshopt_compression).
 */
import type { Document } from '@gltf-transform/core';
import type { InstancedMesh } from '@gltf-transform/extensions';
import { dedup, instance, meshopt, prune, quantize, weld } from '@gltf-transform/functions';
import { MeshoptEncoder } from 'meshoptimizer';
import { addLods, type LodOptions, type LodReport } from './lod.js';

export interface OptimizeOptions {
  dedup: boolean;
  weld: boolean;
  /** Instance meshes used at least this many times; 0 disables instancing. */
  instance: number;
  prune: boolean;
  lod: boolean | Partial<LodOptions>;
  /** Quantise vertex attributes (KHR_mesh_quantization). Implied by meshopt. */
  quantize: boolean;
  /** Compress geometry with EXT_meshopt_compression. */
  meshopt: boolean;
}

export const OPTIMIZE_DEFAULTS: OptimizeOptions = { dedup: true, weld: false, instance: 2, prune: true, lod: false, quantize: false, meshopt: false };

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

/** Instances drawn through EXT_mesh_gpu_instancing: the sum of every batch's instance count. */
export function countInstances(doc: Document): number {
  let n = 0;
  for (const node of doc.getRoot().listNodes()) {
    const batch = node.getExtension<InstancedMesh>('EXT_mesh_gpu_instancing');
    if (batch) n += batch.listAttributes()[0]?.getCount() ?? 0;
  }
  return n;
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
  let lod: LodReport | undefined;
  if (o.lod) lod = await addLods(doc, o.lod === true ? {} : o.lod);
  if (o.meshopt) {
    await MeshoptEncoder.ready;
    await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'medium' }));
  } else if (o.quantize) {
    // 8-bit normals are finer than any shading difference they could make; UVs stay 16-bit.
    await doc.transform(quantize({ quantizeNormal: 8 }));
  }
  return { before, after: countDocument(doc), instances: countInstances(doc), ...(lod ? { lod } : {}), ms: performance.now() - t0 };
}
