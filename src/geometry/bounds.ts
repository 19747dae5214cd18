/**
 * World-space bounds of a spec's objects, from the geometry their generators make: what lighting presets and
 * shot framing measure the subject by.
 */
import { Box3, Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { generateCached, getGenerator } from './registry.js';
import { meshBounds } from './mesh.js';
import { aimPosZ } from './transform.js';
import { fnv1a } from '../core/hash.js';

export interface WorldBounds {
  min: [number, number, number];
  max: [number, number, number];
}

/** The object's own transform (position, rotation or lookAt, scale) relative to its parent. */
export function localMatrix(o: SceneObject): Matrix4 {
  const q = o.rotation
    ? new Quaternion().setFromEuler(new Euler(...(o.rotation.map((d) => (d * Math.PI) / 180) as [number, number, number])))
    : o.lookAt
      ? new Quaternion(...aimPosZ(o.position, o.lookAt))
      : new Quaternion();
  const s = typeof o.scale === 'number' ? new Vector3(o.scale, o.scale, o.scale) : new Vector3(...o.scale);
  return new Matrix4().compose(new Vector3(...o.position), q, s);
}

/** Bounds of every object (with its children) by id; objects without geometry anywhere below are absent. */
export function objectBounds(spec: SceneSpec, baseDir?: string): Map<string, WorldBounds> {
  const out = new Map<string, WorldBounds>();
  const visit = (o: SceneObject, parent: Matrix4): Box3 => {
    const world = parent.clone().multiply(localMatrix(o));
    const box = new Box3();
    if (o.geometry) {
      const gen = getGenerator(o.geometry.type);
      const seed = gen?.seeded ? (o.seed ?? fnv1a(`${spec.seed}:${o.id}`)) : spec.seed;
      for (const part of generateCached(o.geometry, { seed, ...(baseDir ? { baseDir } : {}) })) {
        const b = meshBounds(part.mesh);
        if (!Number.isFinite(b.min[0])) continue;
        const partM = new Matrix4().compose(new Vector3(...(part.translation ?? [0, 0, 0])), new Quaternion(...(part.rotation ?? [0, 0, 0, 1])), new Vector3(...(part.scale ?? [1, 1, 1])));
        box.union(new Box3(new Vector3(...b.min), new Vector3(...b.max)).applyMatrix4(world.clone().multiply(partM)));
      }
    }
    for (const c of o.children) box.union(visit(c, world));
    if (!box.isEmpty()) out.set(o.id!, { min: box.min.toArray(), max: box.max.toArray() });
    return box;
  };
  for (const o of spec.objects) visit(o, new Matrix4());
  return out;
}

/** Bounds of several objects together, or of the whole scene when no ids are given. */
export function unionBounds(all: Map<string, WorldBounds>, ids?: string[]): WorldBounds | undefined {
  const box = new Box3();
  const pick = ids?.length ? ids.map((id) => all.get(id)).filter((b): b is WorldBounds => !!b) : [...all.values()];
  for (const b of pick) box.union(new Box3(new Vector3(...b.min), new Vector3(...b.max)));
  return box.isEmpty() ? undefined : { min: box.min.toArray(), max: box.max.toArray() };
}
