/**
 * Cameras described the way a camera department does: focal length on a sensor, f-stop, focus distance.
 */
import { z } from 'zod';
import { strictObject, Id, Name, Vec3, positive } from '../core/zod.js';
import { DEFAULT_SENSOR_MM } from './sensor.js';

export const Camera = strictObject({
  id: Id,
  name: Name.optional(),
  projection: z.enum(['perspective', 'orthographic']).default('perspective'),
  focalLengthMm: z.number().min(1).max(2000).optional().describe('lens focal length; default 35 mm unless verticalFovDeg is given'),
  sensorMm: z.tuple([positive(100), positive(100)]).default(DEFAULT_SENSOR_MM).describe('[width, height] of the sensor gate in mm'),
  verticalFovDeg: z.number().gt(0).lt(180).optional().describe('vertical field of view; an alternative to focalLengthMm'),
  orthoHeight: positive(1e5).default(10).describe('height of the view in metres, orthographic only'),
  fStop: z.number().min(0.5).max(128).default(5.6),
  focusDistance: positive(1e5).optional().describe('metres; the distance to the target when absent'),
  position: Vec3,
  target: Vec3.default([0, 0, 0]).describe('point the camera looks at'),
  rollDeg: z.number().min(-180).max(180).default(0).describe('rotation about the view axis (dutch angle)'),
  near: positive(1e4).default(0.05),
  far: positive(1e7).default(1000),
}).refine((c) => !(c.focalLengthMm !== undefined && c.verticalFovDeg !== undefined), {
  message: 'give focalLengthMm or verticalFovDeg, not both',
  path: ['verticalFovDeg'],
}).refine((c) => c.far > c.near, { message: 'must be greater than near', path: ['far'] });
export type Camera = z.infer<typeof Camera>;
