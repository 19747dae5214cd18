/** The sun of a procedural sky: its position (astronomical when the sky gives a date, time and place) and a matching light. */
import type { Sky } from '../scene/environment.js';
import type { Light } from '../scene/light.js';
import { Light as LightSchema } from '../scene/light.js';
import { sunDirection, sunIlluminance, sunKelvin, sunPosition, type SunPosition } from './sun.js';

type Procedural = Extract<Sky, { type: 'procedural' }>;

export function skySun(sky: Procedural): SunPosition {
  if (sky.date && sky.time && sky.latitude !== undefined) {
    const [y, m, d] = sky.date.split('-').map(Number) as [number, number, number];
    const [hh, mm] = sky.time.split(':').map(Number) as [number, number];
    const utc = Date.UTC(y, m - 1, d, hh, mm) - sky.utcOffsetHours * 3600000;
    return sunPosition(new Date(utc), sky.latitude, sky.longitude);
  }
  return { elevationDeg: sky.sunElevationDeg, azimuthDeg: ((sky.sunAzimuthDeg % 360) + 360) % 360 };
}

/** A directional light for the sky's sun: its direction, direct illuminance and colour; none below the horizon. */
export function sunLightFor(sky: Procedural): Light | undefined {
  const sun = skySun(sky);
  const lux = sunIlluminance(sun.elevationDeg, sky.turbidity) * sky.strength;
  if (lux <= 0) return undefined;
  return LightSchema.parse({
    id: 'sun',
    type: 'directional',
    direction: sunDirection(sun),
    color: { kelvin: Math.round(sunKelvin(sun.elevationDeg)) },
    intensity: { value: Math.round(lux), unit: 'lx' },
    tags: ['sun', 'sky'],
  });
}
