/**
 * The subject–camera frame lighting is described in: where the subject is and how big, and which way is
 * "from the camera", "camera-right" and "up". Presets place lights in this frame and the analysis reads
 * scene lights back into it, so both speak as a gaffer does ("45° camera-left, 30° up").
 */
import { Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { objectBounds, unionBounds, type WorldBounds } from '../geometry/bounds.js';
import { personFaces } from '../geometry/faces.js';
import { didYouMean, quote, type Issue } from '../core/issues.js';
import { Canvas3dError } from '../core/errors.js';
import { DEG_TO_RAD } from '../core/angles.js';

/** The subject or camera named for the frame does not exist; `issues` say which, at `subjects` or `camera`. */
export class FrameError extends Canvas3dError {
  override name = 'FrameError';
  constructor(issues: Issue[]) {
    super('C3D_NOT_FOUND', issues.map((i) => `${i.path}: ${i.message}`).join('\n'), issues);
  }
}

export interface SubjectFrame {
  /** Ids of the objects lit as the subject. */
  subjects: string[];
  cameraId?: string;
  /** What the lights aim at: the middle of the subject's bounds, or the face when the subjects are people. */
  centre: Vector3;
  /** The subject's size: its height, or half its longest horizontal side when it is wider than tall. */
  size: number;
  /** Lowest point of the scene: lights are kept above it. */
  groundY: number;
  /** Unit vectors: from the subject towards the camera (level), camera-right (level), world up. */
  toCamera: Vector3;
  right: Vector3;
  up: Vector3;
}

export interface FrameOptions {
  subjects?: string[];
  camera?: string;
  baseDir?: string;
}

/** Objects that are the set rather than the subject: ground planes, levels, anything tagged so. */
const SET_TAGS = new Set(['set', 'ground', 'floor', 'background', 'backdrop', 'environment']);
const isSet = (o: SceneObject) => o.tags.some((t) => SET_TAGS.has(t)) || o.geometry?.type === 'plane' || o.geometry?.type === 'level';


/** People are lit at the face: the mean of the subjects' eye points when every subject is a person. */
function faceCentre(spec: SceneSpec, subjects: string[]): Vector3 | undefined {
  const faces = personFaces(spec);
  if (!subjects.length || !subjects.every((id) => faces.has(id))) return undefined;
  return subjects.reduce((sum, id) => sum.add(faces.get(id)!), new Vector3()).multiplyScalar(1 / subjects.length);
}

/**
 * The subject is, in order: the ids asked for, the first shot's subjects, or every top-level object that is
 * not the set. The camera is the one asked for, the first shot's, or the first in the scene; without any, the
 * view is from +Z looking at the subject.
 */
export function subjectFrame(spec: SceneSpec, opts: FrameOptions = {}): SubjectFrame {
  const bounds = objectBounds(spec, opts.baseDir);
  const issues: Issue[] = [];
  const shot = spec.shots[0];
  let subjects = opts.subjects?.length ? opts.subjects : shot?.subjects.length ? shot.subjects : spec.objects.filter((o) => !isSet(o)).map((o) => o.id!);
  for (const id of opts.subjects ?? []) {
    if (!bounds.has(id)) issues.push({ path: 'subjects', message: `unknown object ${quote(id)} (or it has no geometry)${didYouMean(id, bounds.keys())}` });
  }
  const cameraId = opts.camera ?? shot?.camera ?? spec.cameras[0]?.id;
  const camera = cameraId === undefined ? undefined : spec.cameras.find((c) => c.id === cameraId);
  if (opts.camera && !camera) issues.push({ path: 'camera', message: `unknown camera ${quote(opts.camera)}${didYouMean(opts.camera, spec.cameras.map((c) => c.id))}` });
  if (issues.length) throw new FrameError(issues);

  if (!subjects.some((id) => bounds.has(id))) subjects = [...bounds.keys()];
  const box: WorldBounds = unionBounds(bounds, subjects) ?? { min: [-0.5, 0, -0.5], max: [0.5, 1.7, 0.5] };
  const scene = unionBounds(bounds) ?? box;
  const min = new Vector3(...box.min);
  const max = new Vector3(...box.max);
  const centre = faceCentre(spec, subjects) ?? min.clone().add(max).multiplyScalar(0.5);
  const height = max.y - min.y;
  const size = Math.max(height, 0.5 * Math.max(max.x - min.x, max.z - min.z), 0.01);

  const up = new Vector3(0, 1, 0);
  let toCamera = new Vector3(0, 0, 1);
  if (camera) {
    const level = new Vector3(...camera.position).sub(centre).setY(0);
    if (level.lengthSq() > 1e-10) toCamera = level.normalize();
    else {
      // Looking straight down: "front" is where the top of the frame is not, i.e. the camera's forward on the ground.
      const forward = new Vector3(...camera.target).sub(new Vector3(...camera.position)).setY(0);
      if (forward.lengthSq() > 1e-10) toCamera = forward.normalize().negate();
    }
  }
  // Camera-right, seen from the camera looking at the subject: forward × up.
  const right = toCamera.clone().negate().cross(up).normalize();
  return { subjects: subjects.filter((id) => bounds.has(id)), ...(cameraId && camera ? { cameraId } : {}), centre, size, groundY: scene.min[1], toCamera, right, up };
}

/** Unit direction from the subject towards a light at this azimuth and elevation. */
export function directionAt(frame: SubjectFrame, azimuthDeg: number, elevationDeg: number): Vector3 {
  const az = azimuthDeg * DEG_TO_RAD;
  const el = elevationDeg * DEG_TO_RAD;
  const level = frame.toCamera.clone().multiplyScalar(Math.cos(az)).addScaledVector(frame.right, Math.sin(az));
  return level.multiplyScalar(Math.cos(el)).addScaledVector(frame.up, Math.sin(el)).normalize();
}

/** Azimuth and elevation (degrees) of a direction from the subject, the inverse of directionAt. */
export function anglesOf(frame: SubjectFrame, dir: Vector3): { azimuthDeg: number; elevationDeg: number } {
  const d = dir.clone().normalize();
  const elevationDeg = Math.asin(Math.max(-1, Math.min(1, d.dot(frame.up)))) / DEG_TO_RAD;
  const azimuthDeg = Math.atan2(d.dot(frame.right), d.dot(frame.toCamera)) / DEG_TO_RAD;
  return { azimuthDeg: Math.abs(elevationDeg) > 89.9 ? 0 : azimuthDeg, elevationDeg };
}
