/**
 * LOD chains with meshoptimizer: each mesh gets simplified versions at the requested triangle ratios (with an
 * error bound, as a fraction of the mesh's size) plus, optionally, a box proxy; nodes list them with MSFT_lod
 * and the screen coverage each level is for. Levels reuse the full mesh's vertex data and add only indices.
 */
import type { Document, Mesh, Node, Primitive } from '@gltf-transform/core';
import { MeshoptSimplifier } from 'meshoptimizer';
import { MSFTLod } from './msft-lod.js';
import { MeshBuffer } from '../geometry/mesh-buffer.js';

export interface LodOptions {
  /** Triangle ratios of the levels after the full mesh, best first. */
  ratios: number[];
  /** Largest allowed deviation, as a fraction of the mesh's extent. */
  error: number;
  /** Add a bounding-box proxy as the last level. */
  proxy: boolean;
  /** Meshes with fewer triangles are left alone. */
  minTriangles: number;
}

export const LOD_DEFAULTS: LodOptions = { ratios: [0.5, 0.25, 0.12], error: 0.02, proxy: true, minTriangles: 64 };

export interface LodLevelReport {
  mesh: string;
  triangles: number[];
  /** Achieved error per simplified level, as a fraction of the mesh's extent. */
  errors: number[];
}

export interface LodReport {
  meshes: number;
  levels: LodLevelReport[];
}

function triangles(mesh: Mesh): number {
  return mesh.listPrimitives().reduce((s, p) => s + (p.getIndices()?.getCount() ?? p.getAttribute('POSITION')!.getCount()) / 3, 0);
}

/**
 * Indices of a simplified primitive. Vertices are welded by position first, so seams (split normals or UVs)
 * do not pin the simplifier; each welded vertex then maps back to one original vertex.
 */
function simplifyIndices(prim: Primitive, ratio: number, error: number): { indices: Uint32Array; error: number } {
  const pos = prim.getAttribute('POSITION')!.getArray() as Float32Array;
  const count = pos.length / 3;
  const original = prim.getIndices()?.getArray() ?? Uint32Array.from({ length: count }, (_, i) => i);
  const remap = new Uint32Array(count);
  const first: number[] = [];
  const seen = new Map<string, number>();
  for (let v = 0; v < count; v++) {
    const key = `${pos[v * 3]},${pos[v * 3 + 1]},${pos[v * 3 + 2]}`;
    let w = seen.get(key);
    if (w === undefined) {
      w = first.length;
      seen.set(key, w);
      first.push(v);
    }
    remap[v] = w;
  }
  const welded = new Float32Array(first.length * 3);
  first.forEach((v, w) => welded.set(pos.subarray(v * 3, v * 3 + 3), w * 3));
  const weldedIndices = Uint32Array.from(original as ArrayLike<number>, (i: number) => remap[i]!);
  const target = Math.max(3, Math.floor((weldedIndices.length * ratio) / 3) * 3);
  const [out, err] = MeshoptSimplifier.simplify(weldedIndices, welded, 3, target, error, []);
  return { indices: Uint32Array.from(out, (w) => first[w]!), error: err };
}

function boxProxy(doc: Document, mesh: Mesh): Mesh {
  const min = [Infinity, Infinity, Infinity];
  const max = [-Infinity, -Infinity, -Infinity];
  for (const p of mesh.listPrimitives()) {
    const a = p.getAttribute('POSITION')!;
    const lo = a.getMin([]);
    const hi = a.getMax([]);
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, lo[k]!);
      max[k] = Math.max(max[k]!, hi[k]!);
    }
  }
  // The proxy has normals and UVs like any mesh, so textured materials stay valid on it.
  const box = new MeshBuffer();
  box.box(min[0]!, min[1]!, min[2]!, max[0]!, max[1]!, max[2]!);
  const data = box.toMeshData();
  const buffer = doc.getRoot().listBuffers()[0]!;
  const prim = doc
    .createPrimitive()
    .setAttribute('POSITION', doc.createAccessor().setType('VEC3').setArray(data.positions).setBuffer(buffer))
    .setAttribute('NORMAL', doc.createAccessor().setType('VEC3').setArray(data.normals).setBuffer(buffer))
    .setAttribute('TEXCOORD_0', doc.createAccessor().setType('VEC2').setArray(data.uvs).setBuffer(buffer))
    .setIndices(doc.createAccessor().setType('SCALAR').setArray(Uint16Array.from(data.indices)).setBuffer(buffer))
    .setMaterial(mesh.listPrimitives()[0]!.getMaterial());
  return doc.createMesh(`${mesh.getName()} proxy`).addPrimitive(prim);
}

/** Adds LOD chains to every mesh big enough to need one; returns what it made. */
export async function addLods(doc: Document, options: Partial<LodOptions> = {}): Promise<LodReport> {
  const o = { ...LOD_DEFAULTS, ...options };
  await MeshoptSimplifier.ready;
  const ext = doc.createExtension(MSFTLod);
  const chains = new Map<Mesh, { meshes: Mesh[]; report: LodLevelReport }>();
  for (const mesh of doc.getRoot().listMeshes()) {
    const full = triangles(mesh);
    if (full < o.minTriangles) continue;
    const report: LodLevelReport = { mesh: mesh.getName(), triangles: [full], errors: [] };
    const meshes: Mesh[] = [];
    for (const ratio of o.ratios) {
      const lod = doc.createMesh(`${mesh.getName()} lod${meshes.length + 1}`);
      let worst = 0;
      for (const prim of mesh.listPrimitives()) {
        const { indices, error } = simplifyIndices(prim, ratio, o.error);
        worst = Math.max(worst, error);
        const copy = doc.createPrimitive().setMaterial(prim.getMaterial());
        for (const semantic of prim.listSemantics()) copy.setAttribute(semantic, prim.getAttribute(semantic));
        const small = indices.every((i) => i < 65536);
        copy.setIndices(doc.createAccessor().setType('SCALAR').setArray(small ? Uint16Array.from(indices) : indices).setBuffer(prim.getIndices()?.getBuffer() ?? doc.getRoot().listBuffers()[0]!));
        lod.addPrimitive(copy);
      }
      const tris = triangles(lod);
      // A level must be strictly smaller than the one before; when the error bound stops the simplifier
      // short, the chain ends there.
      if (tris >= report.triangles[report.triangles.length - 1]!) {
        lod.listPrimitives().forEach((p) => p.dispose());
        lod.dispose();
        break;
      }
      meshes.push(lod);
      report.triangles.push(tris);
      report.errors.push(worst);
    }
    if (o.proxy && report.triangles[report.triangles.length - 1]! > 12) {
      meshes.push(boxProxy(doc, mesh));
      report.triangles.push(12);
    }
    if (meshes.length) chains.set(mesh, { meshes, report });
  }
  // Screen coverage at which each level hands over: halving per level suits the halving triangle counts.
  for (const node of doc.getRoot().listNodes()) {
    const mesh = node.getMesh();
    const chain = mesh && chains.get(mesh);
    if (!chain || node.getExtension('MSFT_lod')) continue;
    const lod = ext.createLod();
    chain.meshes.forEach((m, i) => {
      const level: Node = doc.createNode(`${node.getName()} lod${i + 1}`).setMesh(m).setTranslation(node.getTranslation()).setRotation(node.getRotation()).setScale(node.getScale());
      const instancing = node.getExtension('EXT_mesh_gpu_instancing');
      if (instancing) level.setExtension('EXT_mesh_gpu_instancing', instancing);
      lod.addLevel(level);
    });
    node.setExtension('MSFT_lod', lod);
    // One value per level, the full mesh first: the share of the screen below which the next level takes over.
    const coverage = Array.from({ length: chain.meshes.length + 1 }, (_, i) => Math.round((0.5 / 2.5 ** i) * 1e4) / 1e4);
    node.setExtras({ ...(node.getExtras() as object), MSFT_screencoverage: coverage });
  }
  return { meshes: chains.size, levels: [...chains.values()].map((c) => c.report) };
}
