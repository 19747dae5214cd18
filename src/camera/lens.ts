/**
 * Lens maths for a camera on a sensor: focal length ↔ field of view (a pinhole projection), and the depth of
 * field of a thin lens. Focal lengths are in millimetres, distances in metres, angles as each name says.
 * Pure functions, shared by the shot grammar, the glTF writer, the planner's prompts and the render page.
 */
import { radToDeg } from '../core/angles.js';
import { DEFAULT_SENSOR_MM, SENSOR_FORMATS_MM, type SensorFormat, type SensorMm } from '../scene/sensor.js';

export { DEFAULT_SENSOR_MM, SENSOR_FORMATS_MM, type SensorFormat, type SensorMm };

/** The lens a spec camera has when it names neither a focal length nor a field of view: the reportage 35 mm. */
export const DEFAULT_FOCAL_LENGTH_MM = 35;

/**
 * Acceptable circle of confusion on full frame: the usual d/1500 rule (0.029 mm on 36 × 24), the blur a print
 * viewed at its diagonal still reads as sharp.
 */
export const CIRCLE_OF_CONFUSION_MM = 0.029;

/** Field of view (radians) across a gate dimension of `gateMm`: 2·atan(gate / 2f). */
export function fieldOfView(focalLengthMm: number, gateMm: number): number {
  return 2 * Math.atan(gateMm / (2 * focalLengthMm));
}

/** The focal length (mm) that gives a field of view (radians) across a gate dimension of `gateMm`. */
export function focalLengthForFov(fovRad: number, gateMm: number): number {
  return gateMm / (2 * Math.tan(fovRad / 2));
}

/** Vertical field of view of a lens on a sensor, degrees: 2·atan(h / 2f), h the sensor height. */
export function verticalFovDeg(focalLengthMm: number, sensorMm: Readonly<SensorMm> = DEFAULT_SENSOR_MM): number {
  return radToDeg(fieldOfView(focalLengthMm, sensorMm[1]));
}

/** Horizontal field of view of a lens on a sensor, degrees: 2·atan(w / 2f), w the sensor width. */
export function horizontalFovDeg(focalLengthMm: number, sensorMm: Readonly<SensorMm> = DEFAULT_SENSOR_MM): number {
  return radToDeg(fieldOfView(focalLengthMm, sensorMm[0]));
}

/** The vertical field of view (radians) of a frame `aspect` (width / height) wide whose horizontal one is given. */
export function verticalFromHorizontalFov(horizontalFovRad: number, aspect: number): number {
  return 2 * Math.atan(Math.tan(horizontalFovRad / 2) / aspect);
}

/** Hyperfocal distance (metres): focused there, everything from half of it to infinity is acceptably sharp. */
export function hyperfocalDistance(focalLengthMm: number, fStop: number, cocMm = CIRCLE_OF_CONFUSION_MM): number {
  const f = focalLengthMm / 1000;
  const c = cocMm / 1000;
  return (f * f) / (fStop * c) + f;
}

/**
 * Depth of field of a thin lens: the in-focus range (metres, capped at 10 km) around the focus distance, from
 * the hyperfocal distance H, and how blurred infinity is (circle of confusion in pixels) for the bokeh scale.
 */
export function depthOfField(
  focalLengthMm: number,
  fStop: number,
  focusM: number,
  imageHeightPx: number,
  sensorHeightMm = DEFAULT_SENSOR_MM[1],
): { range: number; infinityBlurPx: number } {
  const f = focalLengthMm / 1000;
  const H = hyperfocalDistance(focalLengthMm, fStop);
  const near = (focusM * (H - f)) / (H + focusM - 2 * f);
  const far = focusM < H ? (focusM * (H - f)) / (H - focusM) : Infinity;
  const range = Math.min(far - near, 1e4);
  const cocInfMm = (focalLengthMm * focalLengthMm) / (fStop * Math.max(focusM * 1000 - focalLengthMm, 1));
  return { range, infinityBlurPx: (cocInfMm / sensorHeightMm) * imageHeightPx };
}
