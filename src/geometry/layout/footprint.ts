/**
 * A prop's size for layout: the bounding box of its generated meshes at given parameters, measured once per
 * (type, parameters) and cached. Measuring the real geometry keeps layout honest: what is placed is what is
 * built.
 */
import { Geometry, getGenerator, generateCached, type GeometryParams } from '../registry.js';
import { meshBounds } from '../mesh.js';
import { Box3 as ThreeBox, Matrix4, Quaternion, Vector3 } from 'three';

export interface Box3 {
  min: [number, number, number];
  max: [number, number, number];
}

const cache = new Map<string, Box3>();

export function propParams(type: string, params: Record<string, unknown> = {}): GeometryParams {
  return Geometry.parse({ ...params, type });
}

export function footprint(params: GeometryParams): Box3 {
  const key = JSON.stringify(params);
  let box = cache.get(key);
  if (box) return box;
  const gen = getGenerator(params.type);
  if (!gen) throw new Error(`unknown generator ${params.type}`);
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (const part of generateCached(params, { seed: 1 })) {
    let b = meshBounds(part.mesh);
    // A part with its own transform (a figure lying down) is measured where it is drawn.
    if (part.rotation || part.translation || part.scale) {
      const m = new Matrix4().compose(new Vector3(...(part.translation ?? [0, 0, 0])), new Quaternion(...(part.rotation ?? [0, 0, 0, 1])), new Vector3(...(part.scale ?? [1, 1, 1])));
      const t = new ThreeBox(new Vector3(...b.min), new Vector3(...b.max)).applyMatrix4(m);
      b = { min: t.min.toArray(), max: t.max.toArray() };
    }
    for (let k = 0; k < 3; k++) {
      min[k] = Math.min(min[k]!, b.min[k]!);
      max[k] = Math.max(max[k]!, b.max[k]!);
    }
  }
  box = { min, max };
  cache.set(key, box);
  return box;
}

/** The axis-aligned box of `box` turned by `yawDeg` about Y and moved to `at`. */
export function placeBox(box: Box3, at: [number, number, number], yawDeg: number): Box3 {
  const r = (yawDeg * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  const xs: number[] = [];
  const zs: number[] = [];
  for (const x of [box.min[0], box.max[0]]) for (const z of [box.min[2], box.max[2]]) {
    // Rotation about Y: x' = x cos + z sin, z' = -x sin + z cos.
    xs.push(x * c + z * s);
    zs.push(-x * s + z * c);
  }
  return {
    min: [at[0] + Math.min(...xs), at[1] + box.min[1], at[2] + Math.min(...zs)],
    max: [at[0] + Math.max(...xs), at[1] + box.max[1], at[2] + Math.max(...zs)],
  };
}

const EPS = 1e-4;

export function overlaps(a: Box3, b: Box3): boolean {
  for (let k = 0; k < 3; k++) if (a.min[k]! >= b.max[k]! - EPS || a.max[k]! <= b.min[k]! + EPS) return false;
  return true;
}

export function inflate(b: Box3, dx: number, dz: number): Box3 {
  return { min: [b.min[0] - dx, b.min[1], b.min[2] - dz], max: [b.max[0] + dx, b.max[1], b.max[2] + dz] };
}
