/**
 * Where the sun is, and how bright: solar position from date, time and place (NOAA's algorithm, after Meeus,
 * good to about 0.01° for 1950–2050), direct illuminance through an atmosphere of given turbidity
 * (Kasten–Young air mass with a turbidity-scaled extinction), and the sun's colour temperature by elevation.
 */

const RAD = Math.PI / 180;

export interface SunPosition {
  /** Degrees above the horizon (negative below). */
  elevationDeg: number;
  /** Degrees clockwise from north, seen from above. */
  azimuthDeg: number;
}

/** Solar position for an instant (UTC) at latitude/longitude (degrees, east positive). */
export function sunPosition(date: Date, latitude: number, longitude: number): SunPosition {
  const jd = date.getTime() / 86400000 + 2440587.5;
  const t = (jd - 2451545) / 36525;
  const l0 = (((280.46646 + t * (36000.76983 + t * 0.0003032)) % 360) + 360) % 360;
  const m = 357.52911 + t * (35999.05029 - 0.0001537 * t);
  const e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
  const c = Math.sin(m * RAD) * (1.914602 - t * (0.004817 + 0.000014 * t)) + Math.sin(2 * m * RAD) * (0.019993 - 0.000101 * t) + Math.sin(3 * m * RAD) * 0.000289;
  const trueLong = l0 + c;
  const omega = 125.04 - 1934.136 * t;
  const lambda = trueLong - 0.00569 - 0.00478 * Math.sin(omega * RAD);
  const eps0 = 23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
  const eps = eps0 + 0.00256 * Math.cos(omega * RAD);
  const decl = Math.asin(Math.sin(eps * RAD) * Math.sin(lambda * RAD)) / RAD;
  const y = Math.tan((eps / 2) * RAD) ** 2;
  const eqTime =
    (4 / RAD) *
    (y * Math.sin(2 * l0 * RAD) - 2 * e * Math.sin(m * RAD) + 4 * e * y * Math.sin(m * RAD) * Math.cos(2 * l0 * RAD) - 0.5 * y * y * Math.sin(4 * l0 * RAD) - 1.25 * e * e * Math.sin(2 * m * RAD)) /
    1; // minutes
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes() + date.getUTCSeconds() / 60;
  const trueSolarTime = (((minutes + eqTime + 4 * longitude) % 1440) + 1440) % 1440;
  const hourAngle = trueSolarTime / 4 < 0 ? trueSolarTime / 4 + 180 : trueSolarTime / 4 - 180;
  const zenith = Math.acos(Math.sin(latitude * RAD) * Math.sin(decl * RAD) + Math.cos(latitude * RAD) * Math.cos(decl * RAD) * Math.cos(hourAngle * RAD)) / RAD;
  const azimuthFromSouth = Math.atan2(Math.sin(hourAngle * RAD), Math.cos(hourAngle * RAD) * Math.sin(latitude * RAD) - Math.tan(decl * RAD) * Math.cos(latitude * RAD)) / RAD;
  return { elevationDeg: 90 - zenith, azimuthDeg: (((azimuthFromSouth + 180) % 360) + 360) % 360 };
}

/** Relative optical air mass (Kasten & Young 1989); large but finite at the horizon. */
export function airMass(elevationDeg: number): number {
  const h = Math.max(elevationDeg, -0.5);
  return 1 / (Math.sin(h * RAD) + 0.50572 * (h + 6.07995) ** -1.6364);
}

/**
 * Direct illuminance from the sun on a surface facing it, lux. Extraterrestrial 128 klx (the solar
 * illuminance constant) attenuated along the air mass; turbidity 3 (clear) gives ~104 klx at the zenith.
 */
export function sunIlluminance(elevationDeg: number, turbidity = 3): number {
  if (elevationDeg <= -0.8) return 0;
  const k = 0.07 * turbidity;
  return 128000 * Math.exp(-k * airMass(elevationDeg));
}

/** Correlated colour temperature of direct sunlight by elevation: ~2000 K at the horizon to ~5800 K high up. */
export function sunKelvin(elevationDeg: number): number {
  if (elevationDeg <= 0) return 2000;
  return 2000 + 3800 * (1 - Math.exp(-elevationDeg / 12));
}

/** Direction light travels from the sun, in Canvas3D's world (Y up, north = -Z, east = +X). */
export function sunDirection(p: SunPosition): [number, number, number] {
  const el = p.elevationDeg * RAD;
  const az = p.azimuthDeg * RAD;
  // Towards the sun: north component cos(az), east component sin(az).
  const toSun: [number, number, number] = [Math.cos(el) * Math.sin(az), Math.sin(el), -Math.cos(el) * Math.cos(az)];
  return [-toSun[0], -toSun[1], -toSun[2]];
}
