/**
 * Where the people of a scene have their faces: the world point between the eyes of every `person` object. A
 * portrait is lit at the face, not at the middle of the body, and the lighting frame uses these to aim there.
 */
import { Matrix4, Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { localMatrix } from './bounds.js';
import { person, personEyes } from './props/reference.js';

/** Eye points (world, metres) of the person objects, by id, at any depth of the hierarchy. */
export function personFaces(spec: SceneSpec): Map<string, Vector3> {
  const out = new Map<string, Vector3>();
  const visit = (o: SceneObject, parent: Matrix4) => {
    const world = parent.clone().multiply(localMatrix(o));
    const params = o.geometry?.type === 'person' ? person.schema.safeParse(o.geometry) : undefined;
    if (params?.success) out.set(o.id!, new Vector3(...personEyes(params.data)).applyMatrix4(world));
    for (const c of o.children) visit(c, world);
  };
  for (const o of spec.objects) visit(o, new Matrix4());
  return out;
}
