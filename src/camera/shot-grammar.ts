/**
 * Shot grammar: a film-maker's shot description ("MCU, low angle, thirds-left") → a camera placement.
 *
 * Pure maths on three's math classes (no DOM, no Node), so the same placement runs in the CLI and in the
 * browser page. The numbers are framing conventions of the trade, in the tables of framing.ts; the sizes are
 * solved in shots.ts and over-the-shoulder.ts, and aim.ts turns a solved shot into a camera.
 */
import { degToRad } from '../core/angles.js';
import { DEFAULT_SENSOR_MM, verticalFovDeg } from './lens.js';
import type { Box, CameraPlacement, ShotRequest, ShotSize } from './types.js';
import { DEFAULT_FOCAL_MM, DUTCH_ROLL_DEG, GROUND_CLEARANCE } from './framing.js';
import { clipPlanes, orbit, tuple, type Aimed, type Lens } from './aim.js';
import { establishing, single, twoShot } from './shots.js';
import { overTheShoulder, otsFocalLength } from './over-the-shoulder.js';
import { toBox3 } from './subject.js';

export function defaultFocalLength(size: ShotSize): number {
  return DEFAULT_FOCAL_MM[size];
}

/** The automatic shot for a scene with no camera: an EWS of the whole scene from its front (+Z) side. */
export function establishingShot(scene: Box, aspect: number): CameraPlacement {
  return placeCamera({ size: 'EWS', subjects: [], scene, aspect });
}

export function placeCamera(req: ShotRequest): CameraPlacement {
  checkRequest(req);
  const subjects = req.subjects.length > 0 ? req.subjects : [{ id: 'scene', box: req.scene, person: false }];
  // OTS and TWO need two subjects; with one they fall back to the single they are closest to.
  const size: ShotSize =
    req.size === 'OTS' && subjects.length < 2 ? 'MCU' : req.size === 'TWO' && subjects.length < 2 ? 'MS' : req.size;
  const sensorMm = req.sensorMm ?? DEFAULT_SENSOR_MM;
  const ownLens = size === 'OTS' ? otsFocalLength(subjects[0]!, subjects[1]!, sensorMm[1]) : DEFAULT_FOCAL_MM[size];
  const focalLengthMm = req.focalLengthMm ?? ownLens * (req.focalLengthScale ?? 1);
  const fovDeg = verticalFovDeg(focalLengthMm, sensorMm);
  const tanV = Math.tan(degToRad(fovDeg) / 2);
  const lens: Lens = { tanV, tanH: tanV * req.aspect };
  const angle = req.angle ?? 'eye';
  const ground = req.scene.min[1] + GROUND_CLEARANCE;

  let shot: Aimed;
  if (size === 'EWS') shot = orbit(establishing(req, subjects[0]!, angle, lens), lens, ground);
  else if (size === 'OTS') shot = overTheShoulder(req, subjects[0]!, subjects[1]!, lens, ground);
  else if (size === 'TWO') shot = orbit(twoShot(req, subjects, angle, lens), lens, ground);
  else shot = orbit(single(req, size, subjects[0]!, angle, lens), lens, ground);

  const boxes = (size === 'EWS' ? [req.scene] : subjects.map((s) => s.box)).map(toBox3);
  const { near, far } = clipPlanes(shot, boxes, toBox3(req.scene));
  return {
    position: tuple(shot.camera),
    target: tuple(shot.target),
    rollDeg: angle === 'dutch' ? DUTCH_ROLL_DEG : 0,
    verticalFovDeg: fovDeg,
    focalLengthMm,
    near,
    far,
    focusDistance: shot.camera.distanceTo(shot.anchor),
    anchor: tuple(shot.anchor),
    anchorScreen: shot.screen,
  };
}

function checkRequest(req: ShotRequest): void {
  const finite = (n: number) => Number.isFinite(n);
  if (!(req.aspect > 0) || !finite(req.aspect)) throw new RangeError(`aspect must be a positive number, got ${req.aspect}`);
  if (req.focalLengthMm !== undefined && !(req.focalLengthMm > 0)) throw new RangeError(`focalLengthMm must be positive, got ${req.focalLengthMm}`);
  if (req.focalLengthScale !== undefined && !(req.focalLengthScale > 0)) throw new RangeError(`focalLengthScale must be positive, got ${req.focalLengthScale}`);
  if (req.sensorMm && !(req.sensorMm[0] > 0 && req.sensorMm[1] > 0)) throw new RangeError(`sensorMm must be positive, got ${req.sensorMm.join('×')}`);
  const boxes: [string, Box][] = [['scene', req.scene], ...req.subjects.map((s): [string, Box] => [`subject ${s.id}`, s.box])];
  for (const [name, box] of boxes) {
    const ok = [0, 1, 2].every((i) => finite(box.min[i]!) && finite(box.max[i]!) && box.min[i]! <= box.max[i]!);
    if (!ok) throw new RangeError(`${name}: box min must be finite and ≤ max on every axis`);
  }
}
