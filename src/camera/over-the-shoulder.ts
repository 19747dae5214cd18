/** The over-the-shoulder shot: one subject framed as an MCU past the other's shoulder. */
import { Vector3 } from 'three';
import type { ShotRequest, Subject } from './types.js';
import { OBJECT_RULES, OTS_MIN_BEHIND_M, OTS_SHOULDER_HEIGHT, OTS_SHOULDER_IN_FRAME, OTS_SIDE_OFFSET, PERSON_RULES } from './framing.js';
import { UP, aimFrom, offAxis, screenOf, type Aimed, type Lens } from './aim.js';
import { screenX } from './shots.js';
import { eyes, largestDimension, level, levelForward, personHeight, toBox3 } from './subject.js';

/**
 * The camera sits behind `shoulder`, beside it and at its shoulder height, looking at `looked`'s eyes, which go
 * on the thirds line away from the shoulder. The distance behind is what makes `looked` an MCU with this lens.
 * The angle's elevation does not apply (the shoulder fixes the height); dutch still rolls.
 */
export function overTheShoulder(req: ShotRequest, looked: Subject, shoulder: Subject, lens: Lens, ground: number): Aimed {
  const lookedBox = toBox3(looked.box);
  const shoulderBox = toBox3(shoulder.box);
  const anchor = looked.person ? eyes(lookedBox, looked) : lookedBox.getCenter(new Vector3());
  const shoulderCentre = shoulderBox.getCenter(new Vector3());
  let axis = level(shoulderCentre.clone().sub(anchor));
  const span = axis.length();
  axis = span > 1e-9 ? axis.normalize() : (levelForward(looked) ?? new Vector3(0, 0, 1));
  // + (the default) is over the shoulder subject's right shoulder when the two face each other, i.e. the looked-at
  // subject's left: that side is screen-right, so the looked-at subject goes on the right third.
  const side = (req.azimuthDeg ?? 1) < 0 ? -1 : 1;
  const sideways = new Vector3().crossVectors(UP, axis).multiplyScalar(side);
  const x = screenX(req.composition, () => (side > 0 ? 2 / 3 : 1 / 3));
  const rule = looked.person ? PERSON_RULES.MCU : OBJECT_RULES.MCU;
  const screen: [number, number] = [x, rule.anchorY];
  const scale = looked.person ? personHeight(lookedBox, looked) : largestDimension(lookedBox);
  const wantedDepth = (rule.frame * scale) / 2 / lens.tanV;
  const wanted = wantedDepth * offAxis(screen, lens).length();

  const height = Math.max(shoulderBox.min.y + OTS_SHOULDER_HEIGHT * personHeight(shoulderBox), ground);
  const rise = height - anchor.y;
  const from = (lateral: number): Aimed => {
    const alongSq = wanted * wanted - lateral * lateral - rise * rise;
    const behind = Math.max(Math.sqrt(Math.max(alongSq, 0)) - span, OTS_MIN_BEHIND_M);
    const camera = new Vector3(shoulderCentre.x, height, shoulderCentre.z)
      .addScaledVector(axis, behind)
      .addScaledVector(sideways, lateral);
    return aimFrom(camera, anchor, screen, lens);
  };
  // The shoulder is what makes the shot: where the full offset would leave it out of frame (subjects far apart,
  // so the camera is close behind), slide the camera in towards it, but no nearer than the shoulder's own edge.
  const halfWidth = (Math.abs(sideways.x) * (shoulderBox.max.x - shoulderBox.min.x) + Math.abs(sideways.z) * (shoulderBox.max.z - shoulderBox.min.z)) / 2;
  const shoulderPoint = new Vector3(shoulderCentre.x, height, shoulderCentre.z).addScaledVector(sideways, halfWidth);
  const shows = (shot: Aimed): boolean => {
    const x = screenOf(shoulderPoint, shot, lens)[0];
    return side > 0 ? x >= OTS_SHOULDER_IN_FRAME : x <= 1 - OTS_SHOULDER_IN_FRAME;
  };
  let lateral = OTS_SIDE_OFFSET * personHeight(shoulderBox);
  if (!shows(from(lateral)) && lateral > halfWidth) {
    let [lo, hi] = [halfWidth, lateral];
    for (let i = 0; i < 30; i++) {
      const mid = (lo + hi) / 2;
      if (shows(from(mid))) lo = mid;
      else hi = mid;
    }
    lateral = lo;
  }
  return from(lateral);
}
