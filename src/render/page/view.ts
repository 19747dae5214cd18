/** The frame's camera: a camera of the scene, a shot placed by the shot grammar, or an establishing shot. */
import * as THREE from 'three';
import { placeCamera, establishingShot, defaultFocalLength, type Box, type Subject, type CameraPlacement } from '../../camera/index.js';
import type { CameraInfo, View } from '../protocol.js';
import type { LoadedScene } from './scene.js';

export interface FrameView {
  camera: THREE.PerspectiveCamera | THREE.OrthographicCamera;
  info: CameraInfo;
  anchorScreen?: [number, number];
  /** Where the exposure is metered: the subject's centre, or what the camera looks at. */
  meterPoint: THREE.Vector3;
}

const PERSON_TAGS = new Set(['person', 'character', 'actor', 'human', 'people']);
const toBox = (b: THREE.Box3): Box => ({ min: b.min.toArray(), max: b.max.toArray() });

function subjectOf(scene: LoadedScene, id: string): Subject {
  const node = scene.byId.get(id);
  if (!node) throw new Error(`unknown subject "${id}"`);
  const box = new THREE.Box3().setFromObject(node);
  const x = node.userData as { generator?: string; tags?: string[] };
  const person = x.generator === 'person' || (x.tags ?? []).some((t) => PERSON_TAGS.has(t.toLowerCase()));
  const f = new THREE.Vector3(0, 0, 1).applyQuaternion(node.getWorldQuaternion(new THREE.Quaternion())).setY(0);
  return { id, box: toBox(box.isEmpty() ? scene.bounds : box), person, ...(f.lengthSq() > 1e-6 ? { forward: f.normalize().toArray() } : {}) };
}

function fromPlacement(p: CameraPlacement, aspect: number, fStop: number): FrameView {
  const camera = new THREE.PerspectiveCamera(p.verticalFovDeg, aspect, p.near, p.far);
  camera.position.set(...p.position);
  camera.up.set(0, 1, 0);
  camera.lookAt(new THREE.Vector3(...p.target));
  if (p.rollDeg) camera.rotateZ((-p.rollDeg * Math.PI) / 180);
  camera.updateMatrixWorld();
  return {
    camera,
    info: { position: p.position, target: p.target, verticalFovDeg: p.verticalFovDeg, focalLengthMm: p.focalLengthMm, rollDeg: p.rollDeg, near: p.near, far: p.far, focusDistance: p.focusDistance, fStop },
    anchorScreen: p.anchorScreen,
    meterPoint: new THREE.Vector3(...p.anchor),
  };
}

export function resolveView(scene: LoadedScene, view: View, aspect: number): FrameView {
  if (view.kind === 'establishing') {
    const v = fromPlacement(establishingShot(toBox(scene.bounds), aspect), aspect, 8);
    v.meterPoint = scene.bounds.getCenter(new THREE.Vector3());
    return v;
  }
  if (view.kind === 'grammar') {
    const subjects = view.subjects.map((id) => subjectOf(scene, id));
    const p = placeCamera({
      size: view.size,
      angle: view.angle,
      composition: view.composition,
      subjects,
      scene: toBox(scene.bounds),
      aspect,
      focalLengthMm: view.focalLengthMm ?? defaultFocalLength(view.size),
      ...(view.azimuthDeg !== undefined ? { azimuthDeg: view.azimuthDeg } : {}),
    });
    const v = fromPlacement(p, aspect, view.size === 'ECU' || view.size === 'CU' || view.size === 'INSERT' ? 2.8 : 5.6);
    if (subjects.length) {
      const union = new THREE.Box3();
      for (const s of subjects) union.union(new THREE.Box3(new THREE.Vector3(...s.box.min), new THREE.Vector3(...s.box.max)));
      v.meterPoint = union.getCenter(new THREE.Vector3());
    }
    return v;
  }
  const found = scene.cameras.find((c) => (c.userData as { id?: string }).id === view.id || c.name === view.id);
  if (!found) throw new Error(`unknown camera "${view.id}"`);
  const x = found.userData as { target?: [number, number, number]; focusDistance?: number; fStop?: number; focalLengthMm?: number; rollDeg?: number };
  const camera = found.clone();
  if (camera instanceof THREE.PerspectiveCamera) camera.aspect = aspect;
  else {
    // Keep the view's height, widen or narrow it to the frame.
    const half = (camera.top - camera.bottom) / 2;
    camera.left = -half * aspect;
    camera.right = half * aspect;
  }
  found.updateWorldMatrix(true, false);
  camera.position.setFromMatrixPosition(found.matrixWorld);
  camera.quaternion.setFromRotationMatrix(found.matrixWorld);
  camera.updateProjectionMatrix();
  camera.updateMatrixWorld();
  const forward = new THREE.Vector3(0, 0, -1).applyQuaternion(camera.quaternion);
  const focus = x.focusDistance ?? 5;
  const target = x.target ? new THREE.Vector3(...x.target) : camera.position.clone().addScaledVector(forward, focus);
  return {
    camera,
    info: {
      position: camera.position.toArray(),
      target: target.toArray(),
      verticalFovDeg: camera instanceof THREE.PerspectiveCamera ? camera.fov : 0,
      focalLengthMm: x.focalLengthMm ?? 35,
      rollDeg: x.rollDeg ?? 0,
      near: camera.near,
      far: camera.far,
      focusDistance: focus,
      fStop: x.fStop ?? 5.6,
    },
    meterPoint: target,
  };
}
