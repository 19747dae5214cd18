/** Spec cameras → glTF cameras, with the physical camera (focal length, sensor, f-stop, focus) in extras. */
import type { Document, Node } from '@gltf-transform/core';
import type { Camera } from '../scene/camera.js';
import { aimNegZ } from '../geometry/transform.js';
import { DEFAULT_FOCAL_LENGTH_MM, fieldOfView, focalLengthForFov } from '../camera/index.js';
import { degToRad } from '../core/angles.js';

export interface PhysicalCamera {
  focalLengthMm: number;
  yfov: number;
  aspectRatio: number;
  focusDistance: number;
}

export function physicalCamera(c: Camera): PhysicalCamera {
  const [sw, sh] = c.sensorMm;
  const yfov = c.verticalFovDeg !== undefined ? degToRad(c.verticalFovDeg) : fieldOfView(c.focalLengthMm ?? DEFAULT_FOCAL_LENGTH_MM, sh);
  const focalLengthMm = c.focalLengthMm ?? focalLengthForFov(yfov, sh);
  const focusDistance = c.focusDistance ?? Math.hypot(c.target[0] - c.position[0], c.target[1] - c.position[1], c.target[2] - c.position[2]);
  return { focalLengthMm, yfov, aspectRatio: sw / sh, focusDistance };
}

export function createCameraNode(doc: Document, c: Camera): Node {
  const phys = physicalCamera(c);
  const cam = doc.createCamera(c.id).setZNear(c.near).setZFar(c.far);
  if (c.projection === 'orthographic') {
    cam.setType('orthographic').setYMag(c.orthoHeight / 2).setXMag((c.orthoHeight / 2) * phys.aspectRatio);
  } else {
    cam.setType('perspective').setYFov(phys.yfov).setAspectRatio(phys.aspectRatio);
  }
  return doc
    .createNode(c.name ?? c.id)
    .setTranslation([c.position[0], c.position[1], c.position[2]])
    .setRotation(aimNegZ(c.position, c.target, c.rollDeg))
    .setCamera(cam)
    .setExtras({
      id: c.id,
      kind: 'camera',
      focalLengthMm: phys.focalLengthMm,
      sensorMm: c.sensorMm,
      fStop: c.fStop,
      focusDistance: phys.focusDistance,
      target: c.target,
      rollDeg: c.rollDeg,
    });
}
