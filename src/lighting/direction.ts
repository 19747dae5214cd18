/**
 * Direction phrases as lighting crews say them — "45 degrees camera-right", "behind camera-left", "high
 * camera-left", "from below", "overhead" — into azimuth (0 = from the camera, + = camera-right, 180 = behind)
 * and elevation (degrees above the subject).
 */
import { Canvas3dError } from '../core/errors.js';

export interface Direction {
  azimuthDeg: number;
  elevationDeg: number;
}

/** A direction phrase that cannot be read; the caller knows the path it came from. */
export class DirectionError extends Canvas3dError {
  override name = 'DirectionError';
  constructor(message: string) {
    super('C3D_INPUT_INVALID', message);
  }
}

const SIDE = /\b(camera[-\s]?right|right|camera[-\s]?left|left)\b/;
const NUMBER = /(-?\d+(?:\.\d+)?)\s*(?:°|º|deg(?:rees?)?\b)?/;

export function parseDirection(input: string | number): Direction {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new DirectionError('direction must be a finite number of degrees');
    return { azimuthDeg: normalise(input), elevationDeg: 0 };
  }
  const text = input.toLowerCase().trim();
  if (!text) throw new DirectionError('direction is empty');
  let azimuth: number | undefined;
  let elevation = 0;
  let understood = false;

  // Elevation words, optionally with their own angle ("30 degrees above").
  const elev = /(-?\d+(?:\.\d+)?)\s*(?:°|º|deg(?:rees?)?)?\s*(above|up|high|below|down|under)\b/.exec(text);
  if (elev) {
    const v = Number(elev[1]);
    elevation = /below|down|under/.test(elev[2]!) ? -Math.abs(v) : Math.abs(v);
    understood = true;
  } else if (/\boverhead\b|\bfrom above\b|\btop[-\s]?down\b/.test(text)) {
    elevation = 75;
    understood = true;
  } else if (/\babove\b|\bhigh\b/.test(text)) {
    elevation = 40;
    understood = true;
  } else if (/\bbelow\b|\blow\b|\bunder\b|\bfrom beneath\b/.test(text)) {
    elevation = -30;
    understood = true;
  } else if (/\beye[-\s]?level\b|\blevel\b/.test(text)) {
    understood = true;
  }

  const side = SIDE.exec(text);
  const sign = side ? (/left/.test(side[1]!) ? -1 : 1) : 0;
  const withoutElev = elev ? text.replace(elev[0], ' ') : text;
  const num = NUMBER.exec(withoutElev);
  const behind = /\bbehind\b|\bback(?:light|lit)?\b|\brear\b/.test(text);
  const front = /\bfront(?:al)?\b|\bon[-\s]?axis\b|\bfrom (?:the )?camera\b|\bhead[-\s]?on\b/.test(text);
  const sideOn = /\bside\b|\bprofile\b/.test(text);

  if (num && (sign || !/above|below|up|down/.test(withoutElev))) {
    const v = Math.abs(Number(num[1]));
    if (sign) azimuth = behind ? sign * (180 - v) : sign * v;
    else azimuth = Number(num[1]);
    understood = true;
  } else if (sign) {
    azimuth = sign * (behind ? 135 : sideOn ? 90 : 45);
    understood = true;
  } else if (behind) {
    azimuth = 180;
    understood = true;
  } else if (front) {
    azimuth = 0;
    understood = true;
  }
  if (!understood) throw new DirectionError(`cannot read the direction "${input.slice(0, 60)}" (try "45 degrees camera-right", "behind camera-left", "above")`);
  return { azimuthDeg: normalise(azimuth ?? 0), elevationDeg: Math.max(-90, Math.min(90, elevation)) };
}

function normalise(deg: number): number {
  const d = ((deg % 360) + 540) % 360 - 180;
  return d === -180 ? 180 : d;
}
