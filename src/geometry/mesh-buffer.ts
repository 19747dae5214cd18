/**
 * MeshBuffer: appends axis-aligned boxes and raw triangles straight into growable typed arrays. Levels add
 * thousands of wall and floor slabs; allocating a three.js geometry per slab was the slow part.
 * UVs are box-projected in metres (u, v = world coordinates on the face's plane), so tiling materials keep
 * their size whatever the slab.
 */
import type { MeshData } from './mesh.js';

/** Face bits for MeshBuffer.box, in its face order. */
export const BOX_FACES = { px: 1, nx: 2, top: 4, bottom: 8, pz: 16, nz: 32 } as const;
export const ALL_FACES = 63;

export class MeshBuffer {
  private pos = new Float32Array(1024 * 3);
  private nor = new Float32Array(1024 * 3);
  private uv = new Float32Array(1024 * 2);
  private idx = new Uint32Array(1024 * 3);
  private v = 0;
  private i = 0;

  get empty(): boolean {
    return this.i === 0;
  }

  private reserve(vertices: number, indices: number): void {
    if ((this.v + vertices) * 3 > this.pos.length) {
      const n = Math.max(this.pos.length * 2, (this.v + vertices) * 3);
      const grow = <T extends Float32Array>(a: T, len: number) => {
        const b = new Float32Array(len);
        b.set(a);
        return b;
      };
      this.pos = grow(this.pos, n);
      this.nor = grow(this.nor, n);
      this.uv = grow(this.uv, (n / 3) * 2);
    }
    if (this.i + indices > this.idx.length) {
      const b = new Uint32Array(Math.max(this.idx.length * 2, this.i + indices));
      b.set(this.idx);
      this.idx = b;
    }
  }

  private vertex(x: number, y: number, z: number, nx: number, ny: number, nz: number): void {
    const k = this.v++;
    this.pos[k * 3] = x;
    this.pos[k * 3 + 1] = y;
    this.pos[k * 3 + 2] = z;
    this.nor[k * 3] = nx;
    this.nor[k * 3 + 1] = ny;
    this.nor[k * 3 + 2] = nz;
    // Project on the face's plane: the axis the normal points along is dropped.
    const ax = Math.abs(nx), ay = Math.abs(ny), az = Math.abs(nz);
    let u: number;
    let v: number;
    if (ay >= ax && ay >= az) [u, v] = [x, ny > 0 ? -z : z];
    else if (ax >= az) [u, v] = [nx > 0 ? -z : z, y];
    else [u, v] = [nz > 0 ? x : -x, y];
    this.uv[k * 2] = u;
    this.uv[k * 2 + 1] = v;
  }

  /**
   * An axis-aligned box from min to max corner, faces outward. `faces` leaves out faces no one can see (the
   * underside of a wall standing on a floor, the ends of a wall buried in the next one): a mask of BOX_FACES.
   */
  box(x0: number, y0: number, z0: number, x1: number, y1: number, z1: number, faces: number | boolean = ALL_FACES): void {
    const mask = faces === true ? ALL_FACES : faces === false ? ALL_FACES & ~BOX_FACES.bottom : faces;
    this.reserve(24, 36);
    const faceList: [number, number, number, number[][]][] = [
      [1, 0, 0, [[x1, y0, z1], [x1, y0, z0], [x1, y1, z0], [x1, y1, z1]]],
      [-1, 0, 0, [[x0, y0, z0], [x0, y0, z1], [x0, y1, z1], [x0, y1, z0]]],
      [0, 1, 0, [[x0, y1, z1], [x1, y1, z1], [x1, y1, z0], [x0, y1, z0]]],
      [0, -1, 0, [[x0, y0, z0], [x1, y0, z0], [x1, y0, z1], [x0, y0, z1]]],
      [0, 0, 1, [[x0, y0, z1], [x1, y0, z1], [x1, y1, z1], [x0, y1, z1]]],
      [0, 0, -1, [[x1, y0, z0], [x0, y0, z0], [x0, y1, z0], [x1, y1, z0]]],
    ];
    faceList.forEach(([nx, ny, nz, quad], f) => {
      if (!(mask & (1 << f))) return;
      const base = this.v;
      for (const [x, y, z] of quad) this.vertex(x!, y!, z!, nx, ny, nz);
      this.idx.set([base, base + 1, base + 2, base, base + 2, base + 3], this.i);
      this.i += 6;
    });
  }

  /** Triangles given as flat xyz triples (counter-clockwise from outside), with flat normals. */
  triangles(positions: ArrayLike<number>, indices: ArrayLike<number>, offset: [number, number, number] = [0, 0, 0]): void {
    const tris = indices.length / 3;
    this.reserve(tris * 3, tris * 3);
    const weld = this.v;
    for (let t = 0; t < tris; t++) {
      const a = indices[t * 3]! * 3, b = indices[t * 3 + 1]! * 3, c = indices[t * 3 + 2]! * 3;
      const ax = positions[a]! + offset[0], ay = positions[a + 1]! + offset[1], az = positions[a + 2]! + offset[2];
      const bx = positions[b]! + offset[0], by = positions[b + 1]! + offset[1], bz = positions[b + 2]! + offset[2];
      const cx = positions[c]! + offset[0], cy = positions[c + 1]! + offset[1], cz = positions[c + 2]! + offset[2];
      let nx = (by - ay) * (cz - az) - (bz - az) * (cy - ay);
      let ny = (bz - az) * (cx - ax) - (bx - ax) * (cz - az);
      let nz = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
      const len = Math.hypot(nx, ny, nz);
      if (len < 1e-12) continue;
      nx /= len;
      ny /= len;
      nz /= len;
      this.idx[this.i++] = this.shared(Math.fround(ax), Math.fround(ay), Math.fround(az), nx, ny, nz, weld);
      this.idx[this.i++] = this.shared(Math.fround(bx), Math.fround(by), Math.fround(bz), nx, ny, nz, weld);
      this.idx[this.i++] = this.shared(Math.fround(cx), Math.fround(cy), Math.fround(cz), nx, ny, nz, weld);
    }
  }

  /**
   * A vertex reused within one `triangles` call when position and normal match (flat faces share corners).
   * Calls are small (one wall's cut-out), so a scan from `from` beats hashing.
   */
  private shared(x: number, y: number, z: number, nx: number, ny: number, nz: number, from: number): number {
    const p = this.pos;
    const n = this.nor;
    for (let k = from; k < this.v; k++) {
      if (p[k * 3] === x && p[k * 3 + 1] === y && p[k * 3 + 2] === z && Math.abs(n[k * 3]! - nx) + Math.abs(n[k * 3 + 1]! - ny) + Math.abs(n[k * 3 + 2]! - nz) < 1e-4) return k;
    }
    const i = this.v;
    this.vertex(x, y, z, nx, ny, nz);
    return i;
  }

  toMeshData(): MeshData {
    return {
      positions: this.pos.slice(0, this.v * 3),
      normals: this.nor.slice(0, this.v * 3),
      uvs: this.uv.slice(0, this.v * 2),
      indices: this.idx.slice(0, this.i),
    };
  }
}
