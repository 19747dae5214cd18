/**
 * Degrees ↔ radians. Specs, presets and the film vocabulary speak degrees (a 15° dutch, a 45° key); trigonometry
 * and three.js speak radians. One named factor each way, so a reader never has to guess which way a `DEG` goes.
 * The factors are three.js's own (MathUtils.DEG2RAD, RAD2DEG), so results match `MathUtils.degToRad` exactly.
 */

/** Multiply degrees by this to get radians. */
export const DEG_TO_RAD = Math.PI / 180;
/** Multiply radians by this to get degrees. */
export const RAD_TO_DEG = 180 / Math.PI;

export function degToRad(degrees: number): number {
  return degrees * DEG_TO_RAD;
}

export function radToDeg(radians: number): number {
  return radians * RAD_TO_DEG;
}
