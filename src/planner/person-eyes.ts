/**
 * A person subject's eyes and standing height for the shot grammar: a seated, kneeling or lying figure's face is
 * where its pose puts it, and a close-up frames it there at the size a standing person's would be.
 */
import { person, personEyes } from '../geometry/props/reference.js';

type V3 = [number, number, number];

export function personFraming(geometry: unknown, position: readonly number[], yawDeg: number): { eyes: V3; stature: number } | undefined {
  const parsed = person.schema.safeParse(geometry);
  if (!parsed.success) return undefined;
  const p = parsed.data;
  const [x, y, z] = personEyes(p);
  const r = (yawDeg * Math.PI) / 180;
  // Turned about Y by the figure's yaw, then moved to where it stands.
  const eyes: V3 = [position[0]! + x * Math.cos(r) + z * Math.sin(r), position[1]! + y, position[2]! - x * Math.sin(r) + z * Math.cos(r)];
  return { eyes, stature: p.height };
}
