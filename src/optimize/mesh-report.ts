/**
 * Mesh validation: per mesh, the things that break renderers and simplifiers — non-manifold edges (shared by
 * more than two faces, after welding by position), open boundary edges, degenerate triangles, normals that
 * point against their face, and NaN or infinite values.
 */
import type { Document } from '@gltf-transform/core';

export interface MeshIssueCounts {
  mesh: string;
  triangles: number;
  nonManifoldEdges: number;
  boundaryEdges: number;
  degenerateTriangles: number;
  flippedNormals: number;
  nonFinite: number;
}

export interface MeshReport {
  meshes: MeshIssueCounts[];
  totals: Omit<MeshIssueCounts, 'mesh'>;
}

export function meshReport(doc: Document): MeshReport {
  const meshes: MeshIssueCounts[] = [];
  for (const mesh of doc.getRoot().listMeshes()) {
    const c: MeshIssueCounts = { mesh: mesh.getName(), triangles: 0, nonManifoldEdges: 0, boundaryEdges: 0, degenerateTriangles: 0, flippedNormals: 0, nonFinite: 0 };
    for (const prim of mesh.listPrimitives()) {
      if (prim.getMode() !== 4) continue; // triangles only
      const pos = prim.getAttribute('POSITION');
      if (!pos) continue;
      const p = pos.getArray() as Float32Array;
      const nor = prim.getAttribute('NORMAL')?.getArray() as Float32Array | undefined;
      const count = pos.getCount();
      const idx = prim.getIndices()?.getArray() ?? Uint32Array.from({ length: count }, (_, i) => i);
      for (const v of p) if (!Number.isFinite(v)) c.nonFinite++;
      if (nor) for (const v of nor) if (!Number.isFinite(v)) c.nonFinite++;
      // Weld by position so split vertices (hard edges, UV seams) do not read as open edges.
      const weld = new Uint32Array(count);
      const ids = new Map<string, number>();
      for (let v = 0; v < count; v++) {
        const key = `${p[v * 3]},${p[v * 3 + 1]},${p[v * 3 + 2]}`;
        let id = ids.get(key);
        if (id === undefined) ids.set(key, (id = ids.size));
        weld[v] = id;
      }
      const edges = new Map<string, number>();
      for (let t = 0; t < idx.length; t += 3) {
        c.triangles++;
        const a = idx[t]!, b = idx[t + 1]!, d = idx[t + 2]!;
        const ux = p[b * 3]! - p[a * 3]!, uy = p[b * 3 + 1]! - p[a * 3 + 1]!, uz = p[b * 3 + 2]! - p[a * 3 + 2]!;
        const vx = p[d * 3]! - p[a * 3]!, vy = p[d * 3 + 1]! - p[a * 3 + 1]!, vz = p[d * 3 + 2]! - p[a * 3 + 2]!;
        const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
        const area = Math.hypot(nx, ny, nz);
        if (!(area > 1e-12) || weld[a] === weld[b] || weld[b] === weld[d] || weld[a] === weld[d]) {
          c.degenerateTriangles++;
          continue;
        }
        if (nor) {
          // A vertex normal pointing away from its face (by more than 90°) means flipped winding or normals.
          const avg = [a, b, d].reduce((s, v) => s + nor[v * 3]! * nx + nor[v * 3 + 1]! * ny + nor[v * 3 + 2]! * nz, 0);
          if (avg < 0) c.flippedNormals++;
        }
        for (const [x, y] of [[weld[a]!, weld[b]!], [weld[b]!, weld[d]!], [weld[d]!, weld[a]!]] as [number, number][]) {
          const key = x < y ? `${x},${y}` : `${y},${x}`;
          edges.set(key, (edges.get(key) ?? 0) + 1);
        }
      }
      for (const n of edges.values()) {
        if (n > 2) c.nonManifoldEdges++;
        else if (n === 1) c.boundaryEdges++;
      }
    }
    meshes.push(c);
  }
  const totals = { triangles: 0, nonManifoldEdges: 0, boundaryEdges: 0, degenerateTriangles: 0, flippedNormals: 0, nonFinite: 0 };
  for (const m of meshes) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += m[k];
  return { meshes, totals };
}
