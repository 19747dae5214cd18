import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';

export function summarizeSpec(spec: SceneSpec) {
  let objects = 0;
  const count = (objs: SceneObject[]): void => objs.forEach((o) => ((objects += 1), count(o.children)));
  count(spec.objects);
  return {
    name: spec.name ?? null,
    seed: spec.seed,
    objects,
    materials: Object.keys(spec.materials).length,
    lights: spec.lights.length,
    cameras: spec.cameras.length,
    shots: spec.shots.length,
  };
}
