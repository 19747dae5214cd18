/**
 * What the shot grammar takes and gives: a shot request in the trade's words and the camera placement solved
 * for it. The vocabularies are the scene contract's zod enums (scene/shot.ts); only their types are used here.
 *
 * Conventions: metres, Y up; a subject's forward is the level unit vector it faces (glTF faces +Z); screen
 * coordinates are normalised, x 0 = left … 1 = right, y 0 = top … 1 = bottom.
 */
import type { ShotAngle, ShotComposition, ShotSize } from '../scene/shot.js';

export type { ShotAngle, ShotSize };
export type Composition = ShotComposition;
export interface Box { min: [number, number, number]; max: [number, number, number] }
export interface Subject {
  id: string;
  box: Box;
  person: boolean;
  forward?: [number, number, number];
  /** A posed person's eyes (a seated or kneeling figure's are not where a standing one's would be), world space. */
  eyes?: [number, number, number];
  /** A person's standing height, metres: what a shot size frames, whatever the pose. */
  stature?: number;
  /** The least picture height a shot of this thing keeps, metres (an ECU of hands still shows a hand). */
  minFrameM?: number;
}
export interface ShotRequest {
  size: ShotSize;
  /** Default 'eye'. */
  angle?: ShotAngle;
  /** Default 'auto'. */
  composition?: Composition;
  /** [] = the whole scene is the subject. */
  subjects: Subject[];
  /** Bounds of everything; its min.y is the ground the camera must stay above. */
  scene: Box;
  /** Image width / height. */
  aspect: number;
  /** Default: defaultFocalLength(size). */
  focalLengthMm?: number;
  /** Multiplies the size's own lens when no focal length is given (a genre's longer or wider habit). */
  focalLengthScale?: number;
  /** [width, height]; default full frame [36, 24]. */
  sensorMm?: [number, number];
  /**
   * Where the camera stands around the (first) subject, degrees from its forward, + = towards the subject's own
   * left (camera ends up on the subject's left side); default 20 for a person with a forward, else 0.
   */
  azimuthDeg?: number;
}
export interface CameraPlacement {
  position: [number, number, number];
  /** The camera looks exactly at this point (before roll). */
  target: [number, number, number];
  /** Dutch: 15; else 0. */
  rollDeg: number;
  verticalFovDeg: number;
  focalLengthMm: number;
  near: number;
  far: number;
  /** Camera → anchor distance (for depth of field). */
  focusDistance: number;
  /** The point the composition places (eyes of a person, centre of an object). */
  anchor: [number, number, number];
  /** Where the anchor lands on screen (normalised), before roll. */
  anchorScreen: [number, number];
}

