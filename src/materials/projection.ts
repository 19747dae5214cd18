/**
 * UV projection at build time, so procedural textures keep their real-world size whatever the mesh:
 * box (triplanar: each face takes the axis its normal is closest to), planar (top-down), cylindrical and
 * spherical (around Y, with a whole number of tiles around so the seam is invisible). Positions are taken in
 * the mesh's own space times the object's world scale; vertices are split only where a face needs different UVs.
 */
import type { MeshData } from '../geometry/mesh.js';
import type { Projection } from './resolve.js';

/** Directions u and v grow in on each box face (axis × sign), for the tangent frame. */
const BOX_DU: readonly (readonly [number, number, number])[] = [[0, 0, 1], [0, 0, -1], [1, 0, 0], [1, 0, 0], [-1, 0, 0], [1, 0, 0]];
const BOX_DV: readonly (readonly [number, number, number])[] = [[0, 1, 0], [0, 1, 0], [0, 0, 1], [0, 0, -1], [0, 1, 0], [0, 1, 0]];

type Vec3 = readonly [number, number, number];

/** What every triangle's projection needs: scaled positions, tile counts around the axis, and the vertex writer. */
interface Projector {
  mode: Exclude<Projection, 'uv'>;
  tileSizeM: number;
  /** Position component `k` of vertex `v`, in metres. */
  world: (v: number, k: number) => number;
  radius: number;
  /** Whole tiles around the axis and from pole to pole. */
  around: number;
  down: number;
  emit: VertexWriter['emit'];
  indices: Uint32Array;
}

interface VertexWriter {
  /** The output index of vertex `v` with these UVs; `variant` < 8 shares it with the same vertex and variant. */
  emit: (v: number, variant: number, u: number, w: number, t: Vec3, dv: Vec3) => number;
  finish: (indices: Uint32Array) => MeshData;
}

export function projectUvs(mesh: MeshData, mode: Projection, tileSizeM: number, scale: readonly [number, number, number] = [1, 1, 1]): MeshData {
  if (mode === 'uv') return mesh;
  const p = mesh.positions;
  const tris = mesh.indices.length / 3;
  const world = (v: number, k: number) => p[v * 3 + k]! * scale[k]!;
  const radius = outerRadius(mode, p.length / 3, world);
  const around = Math.max(1, Math.round((2 * Math.PI * radius) / tileSizeM));
  const down = Math.max(1, Math.round((Math.PI * radius) / tileSizeM));
  const writer = vertexWriter(mesh);
  const ctx: Projector = { mode, tileSizeM, world, radius, around, down, emit: writer.emit, indices: new Uint32Array(mesh.indices.length) };
  for (let t = 0; t < tris; t++) {
    const vs: Vec3 = [mesh.indices[t * 3]!, mesh.indices[t * 3 + 1]!, mesh.indices[t * 3 + 2]!];
    if (mode === 'box' || mode === 'planar') projectFlat(ctx, t, vs);
    else if (!(mode === 'cylindrical' && projectCap(ctx, t, vs))) projectAround(ctx, t, vs);
  }
  return writer.finish(ctx.indices);
}

/** The outer radius sets how many tiles go around, so the visible surface keeps the tile size. */
function outerRadius(mode: Projection, vertices: number, world: Projector['world']): number {
  let radius = 0;
  if (mode === 'cylindrical' || mode === 'spherical') {
    for (let v = 0; v < vertices; v++) {
      radius = Math.max(radius, mode === 'cylindrical' ? Math.hypot(world(v, 0), world(v, 2)) : Math.hypot(world(v, 0), world(v, 1), world(v, 2)));
    }
  }
  return radius;
}

function vertexWriter(mesh: MeshData): VertexWriter {
  const p = mesh.positions;
  // At most one output vertex per index: typed arrays sized for that, trimmed at the end.
  const maxV = mesh.indices.length;
  const positions = new Float32Array(maxV * 3);
  const normals = new Float32Array(maxV * 3);
  const uvs = new Float32Array(maxV * 2);
  const tangents = new Float32Array(maxV * 4);
  let count = 0;
  // Vertex variants: box faces use 0–5 and seams 0–1; axis vertices (a per-face variant) are never shared.
  const remap = new Map<number, number>();
  const emit: VertexWriter['emit'] = (v, variant, u, w, t, dv) => {
    const key = v * 8 + variant;
    let idx = variant < 8 ? remap.get(key) : undefined;
    if (idx === undefined) {
      idx = count++;
      if (variant < 8) remap.set(key, idx);
      positions[idx * 3] = p[v * 3]!;
      positions[idx * 3 + 1] = p[v * 3 + 1]!;
      positions[idx * 3 + 2] = p[v * 3 + 2]!;
      const nx = mesh.normals[v * 3]!, ny = mesh.normals[v * 3 + 1]!, nz = mesh.normals[v * 3 + 2]!;
      normals[idx * 3] = nx;
      normals[idx * 3 + 1] = ny;
      normals[idx * 3 + 2] = nz;
      uvs[idx * 2] = u;
      uvs[idx * 2 + 1] = w;
      tangents.set(tangentFor(nx, ny, nz, t, dv), idx * 4);
    }
    return idx;
  };
  const finish = (indices: Uint32Array): MeshData => ({ positions: positions.slice(0, count * 3), normals: normals.slice(0, count * 3), uvs: uvs.slice(0, count * 2), indices, tangents: tangents.slice(0, count * 4) });
  return { emit, finish };
}

/**
 * Tangent: the direction u grows in, made orthogonal to the normal. Handedness follows glTF's
 * bitangent = cross(N, T) · w against the direction v grows in (flipped, as glTF's v runs down the image).
 */
function tangentFor(nx: number, ny: number, nz: number, t: Vec3, dv: Vec3): [number, number, number, number] {
  const d = t[0] * nx + t[1] * ny + t[2] * nz;
  let tx = t[0] - d * nx, ty = t[1] - d * ny, tz = t[2] - d * nz;
  const len = Math.hypot(tx, ty, tz);
  if (len < 1e-8) [tx, ty, tz] = Math.abs(ny) < 0.9 ? [0, 1, 0] : [1, 0, 0];
  else [tx, ty, tz] = [tx / len, ty / len, tz / len];
  const bx = ny * tz - nz * ty, by = nz * tx - nx * tz, bz = nx * ty - ny * tx;
  return [tx, ty, tz, bx * -dv[0] + by * -dv[1] + bz * -dv[2] >= 0 ? 1 : -1];
}

/** Box and planar: each triangle projected along one axis (planar: always from above). */
function projectFlat(ctx: Projector, t: number, vs: Vec3): void {
  const { world, tileSizeM } = ctx;
  let axis = 1;
  let sign = 1;
  if (ctx.mode === 'box') {
    // Face normal from the scaled positions: the axis the face looks along picks the projection.
    const [a, b, c] = vs;
    const ux = world(b, 0) - world(a, 0), uy = world(b, 1) - world(a, 1), uz = world(b, 2) - world(a, 2);
    const vx = world(c, 0) - world(a, 0), vy = world(c, 1) - world(a, 1), vz = world(c, 2) - world(a, 2);
    const n0 = uy * vz - uz * vy, n1 = uz * vx - ux * vz, n2 = ux * vy - uy * vx;
    const a0 = Math.abs(n0), a1 = Math.abs(n1), a2 = Math.abs(n2);
    axis = a0 >= a1 && a0 >= a2 ? 0 : a1 >= a2 ? 1 : 2;
    sign = (axis === 0 ? n0 : axis === 1 ? n1 : n2) >= 0 ? 1 : -1;
  }
  for (let k = 0; k < 3; k++) {
    const v = vs[k]!;
    const x = world(v, 0) / tileSizeM;
    const y = world(v, 1) / tileSizeM;
    const z = world(v, 2) / tileSizeM;
    // Mirrored on back faces so text-like patterns read the right way round from outside.
    const [u, w] = axis === 0 ? [-sign * z, y] : axis === 1 ? [x, -sign * z] : [sign * x, y];
    ctx.indices[t * 3 + k] = ctx.emit(v, axis * 2 + (sign > 0 ? 1 : 0), u, w, BOX_DU[axis * 2 + (sign > 0 ? 1 : 0)]!, BOX_DV[axis * 2 + (sign > 0 ? 1 : 0)]!);
  }
}

/** A cylinder's end caps are flat: projected from above, like a planar map. False for a side face. */
function projectCap(ctx: Projector, t: number, vs: Vec3): boolean {
  const { world, tileSizeM } = ctx;
  const [a, b, c] = vs;
  const nx = (world(b, 1) - world(a, 1)) * (world(c, 2) - world(a, 2)) - (world(b, 2) - world(a, 2)) * (world(c, 1) - world(a, 1));
  const ny = (world(b, 2) - world(a, 2)) * (world(c, 0) - world(a, 0)) - (world(b, 0) - world(a, 0)) * (world(c, 2) - world(a, 2));
  const nz = (world(b, 0) - world(a, 0)) * (world(c, 1) - world(a, 1)) - (world(b, 1) - world(a, 1)) * (world(c, 0) - world(a, 0));
  if (Math.abs(ny) <= 0.7 * Math.hypot(nx, ny, nz)) return false;
  for (let k = 0; k < 3; k++) ctx.indices[t * 3 + k] = ctx.emit(vs[k]!, 7, world(vs[k]!, 0) / tileSizeM, -world(vs[k]!, 2) / tileSizeM, [1, 0, 0], [0, 0, -1]);
  return true;
}

/**
 * Cylindrical and spherical: an angle around Y, unwrapped. A face straddling the seam gets its low side
 * moved up by one turn, and a vertex on the axis (a cap centre, a pole) takes the angle of its face,
 * each as its own vertex variant.
 */
function projectAround(ctx: Projector, t: number, vs: Vec3): void {
  const { world, tileSizeM, radius, around, down, mode } = ctx;
  const onAxis = (v: number) => Math.hypot(world(v, 0), world(v, 2)) < 1e-6 * Math.max(radius, 1e-9);
  const angle = (v: number) => (Math.atan2(world(v, 0), world(v, 2)) / (2 * Math.PI) + 0.5) * around;
  const us = vs.map((v) => (onAxis(v) ? NaN : angle(v)));
  const known = us.filter((u) => !Number.isNaN(u));
  const maxU = known.length ? Math.max(...known) : 0;
  const unwrapped = us.map((u) => (Number.isNaN(u) ? u : u + (maxU - u > around / 2 ? around : 0)));
  const fill = unwrapped.filter((u) => !Number.isNaN(u));
  const mean = fill.length ? fill.reduce((x, y) => x + y, 0) / fill.length : 0;
  for (let k = 0; k < 3; k++) {
    const v = vs[k]!;
    const axis = Number.isNaN(unwrapped[k]!);
    const u = axis ? mean : unwrapped[k]!;
    let w: number;
    if (mode === 'cylindrical') w = world(v, 1) / tileSizeM;
    else {
      const r = Math.hypot(world(v, 0), world(v, 1), world(v, 2)) || 1;
      w = (Math.acos(Math.max(-1, Math.min(1, world(v, 1) / r))) / Math.PI) * down;
    }
    const variant = axis ? 8 : unwrapped[k]! !== us[k]! ? 1 : 0;
    const rx = world(v, 0);
    const rz = world(v, 2);
    ctx.indices[t * 3 + k] = ctx.emit(v, variant, u, w, [rz, 0, -rx], mode === 'cylindrical' ? [0, 1, 0] : [0, -1, 0]);
  }
}

/**
 * Splits a mesh's triangles by steepness for slope blends: faces whose world-space normal leans further from
 * up than the threshold allows go to the second material. `rotate` maps a mesh-space normal to world space.
 */
export function splitBySlope(mesh: MeshData, threshold: number, invert: boolean, rotate: (n: [number, number, number]) => [number, number, number]): [MeshData, MeshData] {
  const a: number[] = [];
  const b: number[] = [];
  const p = mesh.positions;
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const i0 = mesh.indices[t]! * 3, i1 = mesh.indices[t + 1]! * 3, i2 = mesh.indices[t + 2]! * 3;
    const ux = p[i1]! - p[i0]!, uy = p[i1 + 1]! - p[i0 + 1]!, uz = p[i1 + 2]! - p[i0 + 2]!;
    const vx = p[i2]! - p[i0]!, vy = p[i2 + 1]! - p[i0 + 1]!, vz = p[i2 + 2]! - p[i0 + 2]!;
    const n = rotate([uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx]);
    const len = Math.hypot(...n) || 1;
    const steepness = 1 - n[1] / len; // 0 flat and facing up, 1 vertical, 2 facing down
    const toB = (steepness > 1 - threshold) !== invert;
    (toB ? b : a).push(mesh.indices[t]!, mesh.indices[t + 1]!, mesh.indices[t + 2]!);
  }
  return [compact(mesh, a), compact(mesh, b)];
}

/** The part of `mesh` that `indices` uses, renumbered. */
function compact(mesh: MeshData, indices: number[]): MeshData {
  const map = new Map<number, number>();
  const order: number[] = [];
  const out = new Uint32Array(indices.length);
  indices.forEach((v, i) => {
    let n = map.get(v);
    if (n === undefined) {
      n = order.length;
      map.set(v, n);
      order.push(v);
    }
    out[i] = n;
  });
  const pick = (src: Float32Array, width: number) => {
    const dst = new Float32Array(order.length * width);
    order.forEach((v, i) => dst.set(src.subarray(v * width, v * width + width), i * width));
    return dst;
  };
  return { positions: pick(mesh.positions, 3), normals: pick(mesh.normals, 3), uvs: pick(mesh.uvs, 2), indices: out, ...(mesh.tangents ? { tangents: pick(mesh.tangents, 4) } : {}) };
}
