/**
 * Plain triangle meshes, the one shape of geometry every generator returns and the builder consumes.
 */
import type { BufferGeometry } from 'three';

export interface MeshData {
  /** xyz per vertex, metres. */
  positions: Float32Array;
  /** Unit normals, xyz per vertex. */
  normals: Float32Array;
  /** uv per vertex; generators lay them out in metres where the surface allows, so textures tile at a known scale. */
  uvs: Float32Array;
  /** Three indices per triangle, counter-clockwise seen from outside. */
  indices: Uint32Array;
  /** Tangents (xyz, handedness w), when the UV layout is known well enough to give them exactly. */
  tangents?: Float32Array;
}

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

export function triangleCount(mesh: MeshData): number {
  return mesh.indices.length / 3;
}

export function meshBounds(mesh: MeshData): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  const p = mesh.positions;
  for (let i = 0; i < p.length; i += 3) {
    for (let k = 0; k < 3; k++) {
      const v = p[i + k]!;
      if (v < min[k]!) min[k] = v;
      if (v > max[k]!) max[k] = v;
    }
  }
  return { min, max };
}

/**
 * Copies a three.js BufferGeometry (after any transforms were applied to it) into MeshData, indexing it when
 * three left it unindexed and renormalising normals that transforms may have scaled.
 */
export function fromBufferGeometry(geometry: BufferGeometry): MeshData {
  const pos = geometry.getAttribute('position');
  const nor = geometry.getAttribute('normal');
  const uv = geometry.getAttribute('uv');
  if (!pos || !nor || !uv) throw new Error('geometry lacks position, normal or uv');
  const count = pos.count;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const uvs = new Float32Array(count * 2);
  for (let i = 0; i < count; i++) {
    positions[i * 3] = snap(pos.getX(i));
    positions[i * 3 + 1] = snap(pos.getY(i));
    positions[i * 3 + 2] = snap(pos.getZ(i));
    const nx = nor.getX(i);
    const ny = nor.getY(i);
    const nz = nor.getZ(i);
    const len = Math.hypot(nx, ny, nz) || 1;
    normals[i * 3] = nx / len;
    normals[i * 3 + 1] = ny / len;
    normals[i * 3 + 2] = nz / len;
    uvs[i * 2] = uv.getX(i);
    uvs[i * 2 + 1] = uv.getY(i);
  }
  const index = geometry.getIndex();
  let indices: Uint32Array;
  if (index) {
    indices = new Uint32Array(index.count);
    for (let i = 0; i < index.count; i++) indices[i] = index.getX(i);
  } else {
    indices = new Uint32Array(count);
    for (let i = 0; i < count; i++) indices[i] = i;
  }
  return dropDegenerateTriangles({ positions, normals, uvs, indices });
}

/** Rotations by ±90° leave 6e-17 where 0 was meant; exact zeros keep flat geometry flat. */
function snap(v: number): number {
  return Math.abs(v) < 1e-9 ? 0 : v;
}

/**
 * Removes zero-area triangles (three.js emits some at sphere poles and cone tips); the glTF validator and
 * tangent generation both dislike them.
 */
export function dropDegenerateTriangles(mesh: MeshData): MeshData {
  const { positions: p, indices } = mesh;
  const kept: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    const a = indices[t]! * 3;
    const b = indices[t + 1]! * 3;
    const c = indices[t + 2]! * 3;
    if (a === b || b === c || a === c) continue;
    const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!;
    const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!;
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx;
    if (cx * cx + cy * cy + cz * cz < 1e-24) continue;
    kept.push(indices[t]!, indices[t + 1]!, indices[t + 2]!);
  }
  if (kept.length === indices.length) return mesh;
  return { ...mesh, indices: Uint32Array.from(kept) };
}

/** Concatenates meshes into one (indices renumbered); used to give a prop one mesh per material slot. */
export function mergeMeshes(meshes: readonly MeshData[]): MeshData {
  if (meshes.length === 1) return meshes[0]!;
  let vertices = 0;
  let indexCount = 0;
  for (const m of meshes) {
    vertices += m.positions.length / 3;
    indexCount += m.indices.length;
  }
  const out: MeshData = {
    positions: new Float32Array(vertices * 3),
    normals: new Float32Array(vertices * 3),
    uvs: new Float32Array(vertices * 2),
    indices: new Uint32Array(indexCount),
  };
  let v = 0;
  let i = 0;
  for (const m of meshes) {
    out.positions.set(m.positions, v * 3);
    out.normals.set(m.normals, v * 3);
    out.uvs.set(m.uvs, v * 2);
    for (let k = 0; k < m.indices.length; k++) out.indices[i + k] = m.indices[k]! + v;
    v += m.positions.length / 3;
    i += m.indices.length;
  }
  return out;
}
