/**
 * Greedy meshing (after M. Lysenko, "Meshing in a Minecraft game", 2012): for each axis and direction, the
 * visible faces of each slice are merged into the largest rectangles of one colour, so a flat wall of a
 * thousand voxels becomes two triangles. One mesh per palette index, centred on X/Z with its base at y = 0.
 */
import { at, type VoxelModel } from './model.js';
import type { MeshData } from '../mesh.js';

interface Builder {
  pos: number[];
  nor: number[];
  uv: number[];
  idx: number[];
}

export function greedyMesh(model: VoxelModel, voxelSize: number): Map<number, MeshData> {
  const [sx, sy, sz] = model.size;
  const dims = [sx, sy, sz];
  const builders = new Map<number, Builder>();
  const offset = [-sx / 2, 0, -sz / 2];
  const get = (c: number) => {
    let b = builders.get(c);
    if (!b) builders.set(c, (b = { pos: [], nor: [], uv: [], idx: [] }));
    return b;
  };
  const cell = (p: number[]) => at(model, p[0]!, p[1]!, p[2]!);

  for (let d = 0; d < 3; d++) {
    const u = (d + 1) % 3;
    const v = (d + 2) % 3;
    const x = [0, 0, 0];
    const q = [0, 0, 0];
    q[d] = 1;
    const mask = new Int32Array(dims[u]! * dims[v]!);
    for (x[d] = -1; x[d]! < dims[d]!; ) {
      // Mask: +c where the face looks along +d, -c along -d, 0 where no face.
      let n = 0;
      for (x[v] = 0; x[v]! < dims[v]!; x[v]!++) {
        for (x[u] = 0; x[u]! < dims[u]!; x[u]!++) {
          const a = x[d]! >= 0 ? cell(x) : 0;
          const b = x[d]! < dims[d]! - 1 ? cell([x[0]! + q[0]!, x[1]! + q[1]!, x[2]! + q[2]!]) : 0;
          mask[n++] = (a !== 0) === (b !== 0) ? 0 : a ? a : -b;
        }
      }
      x[d]!++;
      n = 0;
      for (let j = 0; j < dims[v]!; j++) {
        for (let i = 0; i < dims[u]!; ) {
          const c = mask[n]!;
          if (!c) {
            i++;
            n++;
            continue;
          }
          let w = 1;
          while (i + w < dims[u]! && mask[n + w] === c) w++;
          let h = 1;
          grow: for (; j + h < dims[v]!; h++) {
            for (let k = 0; k < w; k++) if (mask[n + k + h * dims[u]!] !== c) break grow;
          }
          x[u] = i;
          x[v] = j;
          const du = [0, 0, 0];
          const dv = [0, 0, 0];
          du[u] = w;
          dv[v] = h;
          emitQuad(get(Math.abs(c)), x, du, dv, d, c > 0, voxelSize, offset);
          for (let l = 0; l < h; l++) for (let k = 0; k < w; k++) mask[n + k + l * dims[u]!] = 0;
          i += w;
          n += w;
        }
      }
    }
  }
  const out = new Map<number, MeshData>();
  for (const [c, b] of [...builders].sort((p, q) => p[0] - q[0])) {
    out.set(c, { positions: Float32Array.from(b.pos), normals: Float32Array.from(b.nor), uvs: Float32Array.from(b.uv), indices: Uint32Array.from(b.idx) });
  }
  return out;
}

function emitQuad(b: Builder, x: number[], du: number[], dv: number[], axis: number, positive: boolean, s: number, offset: number[]): void {
  const base = b.pos.length / 3;
  const corners = [x, [x[0]! + du[0]!, x[1]! + du[1]!, x[2]! + du[2]!], [x[0]! + du[0]! + dv[0]!, x[1]! + du[1]! + dv[1]!, x[2]! + du[2]! + dv[2]!], [x[0]! + dv[0]!, x[1]! + dv[1]!, x[2]! + dv[2]!]];
  const normal = [0, 0, 0];
  normal[axis] = positive ? 1 : -1;
  for (const p of corners) {
    b.pos.push((p[0]! + offset[0]!) * s, (p[1]! + offset[1]!) * s, (p[2]! + offset[2]!) * s);
    b.nor.push(normal[0]!, normal[1]!, normal[2]!);
    // UVs in metres on the face's plane.
    const u = (axis + 1) % 3;
    const v = (axis + 2) % 3;
    b.uv.push(p[u]! * s, p[v]! * s);
  }
  // Winding: counter-clockwise seen from the side the normal points to.
  if (positive) b.idx.push(base, base + 1, base + 2, base, base + 2, base + 3);
  else b.idx.push(base, base + 2, base + 1, base, base + 3, base + 2);
}
