/**
 * Sensor (film gate) formats, [width, height] in millimetres. Plain data, no schema, so the camera maths and
 * the browser page can read it as cheaply as the Camera schema does. Focal lengths in the trade are quoted
 * against full frame, so it is the default.
 */
export type SensorMm = [number, number];

export const SENSOR_FORMATS_MM = {
  /** 35 mm still photography: the format focal lengths are quoted against. */
  'full-frame': [36, 24],
  /** Super 35 (4-perf, Academy-less), the usual cinema gate. */
  'super-35': [24.89, 18.66],
  /** APS-C, the Nikon/Sony size (Canon's is 22.3 × 14.9). */
  'aps-c': [23.6, 15.6],
  'micro-four-thirds': [17.3, 13],
} as const satisfies Record<string, readonly [number, number]>;
export type SensorFormat = keyof typeof SENSOR_FORMATS_MM;

/** The sensor a camera has when the spec names none. */
export const DEFAULT_SENSOR_MM: SensorMm = [...SENSOR_FORMATS_MM['full-frame']];
