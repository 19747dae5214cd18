/** Cameras the way a camera department thinks of them: lenses on sensors, and shots placed by the grammar. */
export {
  CIRCLE_OF_CONFUSION_MM,
  DEFAULT_FOCAL_LENGTH_MM,
  DEFAULT_SENSOR_MM,
  SENSOR_FORMATS_MM,
  depthOfField,
  fieldOfView,
  focalLengthForFov,
  horizontalFovDeg,
  hyperfocalDistance,
  verticalFovDeg,
  verticalFromHorizontalFov,
  type SensorFormat,
  type SensorMm,
} from './lens.js';
export { defaultFocalLength, establishingShot, placeCamera } from './shot-grammar.js';
export { allInFrame, projectToFrame, widenToHold } from './in-frame.js';
export type { Box, CameraPlacement, Composition, ShotAngle, ShotRequest, ShotSize, Subject } from './types.js';
