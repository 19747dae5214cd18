/** The over-the-shoulder shot: one subject framed as an MCU past the other's shoulder. */
import { Vector3 } from 'three';
import type { ShotRequest, Subject } from './types.js';
import { DEFAULT_FOCAL_MM, OBJECT_RULES, OTS_LONGEST_MM, OTS_MIN_BEHIND_M, OTS_SHOULDER_HEIGHT, OTS_SHOULDER_IN_FRAME, OTS_SHOULDER_POINT, OTS_SIDE_OFFSET, OTS_FACE_CLEARANCE, PERSON_RULES } from './framing.js';
import { UP, aimFrom, offAxis, screenOf, type Aimed, type Lens } from './aim.js';
import { screenX } from './shots.js';
import { eyes, largestDimension, level, levelForward, personHeight, toBox3 } from './subject.js';

/** What both the lens and the placement read: the looked-at anchor, the pair's level span, the MCU picture height. */
function pair(looked: Subject, shoulder: Subject) {
  const lookedBox = toBox3(looked.box);
  const shoulderBox = toBox3(shoulder.box);
  const anchor = looked.person ? eyes(lookedBox, looked) : lookedBox.getCenter(new Vector3());
  const shoulderCentre = shoulderBox.getCenter(new Vector3());
  // A seated figure's box reaches forward over its knees: its shoulders are under its eyes, not over the box's middle.
  if (shoulder.person && shoulder.eyes) shoulderCentre.set(shoulder.eyes[0], shoulderCentre.y, shoulder.eyes[2]);
  const rule = looked.person ? PERSON_RULES.MCU : OBJECT_RULES.MCU;
  const frame = rule.frame * (looked.person ? personHeight(lookedBox, looked) : largestDimension(lookedBox));
  return { shoulderBox, anchor, shoulderCentre, span: level(shoulderCentre.clone().sub(anchor)).length(), rule, frame };
}

/**
 * The OTS lens: the size's usual one, or a longer one when the two stand so far apart that even from just behind
 * the shoulder the one looked at would be smaller than an MCU (a stand-off across a street): the telephoto
 * over-the-shoulder of a duel, up to OTS_LONGEST_MM. `sensorHeightMm` is the gate the lens covers.
 */
export function otsFocalLength(looked: Subject, shoulder: Subject, sensorHeightMm: number): number {
  const { span, frame } = pair(looked, shoulder);
  // The distance at which a lens of f mm frames `frame` metres: frame · f / gate height.
  const wanted = (frame * DEFAULT_FOCAL_MM.OTS) / sensorHeightMm;
  const needed = span + OTS_MIN_BEHIND_M;
  return needed <= wanted ? DEFAULT_FOCAL_MM.OTS : Math.min(OTS_LONGEST_MM, (DEFAULT_FOCAL_MM.OTS * needed) / wanted);
}

/**
 * The camera sits behind `shoulder`, beside it and at its shoulder height, looking at `looked`'s eyes, which go
 * on the thirds line away from the shoulder. The distance behind is what makes `looked` an MCU with this lens.
 * The angle's elevation does not apply (the shoulder fixes the height); dutch still rolls.
 */
export function overTheShoulder(req: ShotRequest, looked: Subject, shoulder: Subject, lens: Lens, ground: number): Aimed {
  const { shoulderBox, anchor, shoulderCentre, span, rule, frame } = pair(looked, shoulder);
  const axis = span > 1e-9 ? level(shoulderCentre.clone().sub(anchor)).normalize() : (levelForward(looked) ?? new Vector3(0, 0, 1));
  // + (the default) is over the shoulder subject's right shoulder when the two face each other, i.e. the looked-at
  // subject's left: that side is screen-right, so the looked-at subject goes on the right third.
  const side = (req.azimuthDeg ?? 1) < 0 ? -1 : 1;
  const sideways = new Vector3().crossVectors(UP, axis).multiplyScalar(side);
  const x = screenX(req.composition, () => (side > 0 ? 2 / 3 : 1 / 3));
  const screen: [number, number] = [x, rule.anchorY];
  const wantedDepth = frame / 2 / lens.tanV;
  const wanted = wantedDepth * offAxis(screen, lens).length();

  const height = Math.max(shoulderBox.min.y + OTS_SHOULDER_HEIGHT * personHeight(shoulderBox), ground);
  const rise = height - anchor.y;
  const from = (lateral: number, leastBehind = OTS_MIN_BEHIND_M): Aimed => {
    const alongSq = wanted * wanted - lateral * lateral - rise * rise;
    const behind = Math.max(Math.sqrt(Math.max(alongSq, 0)) - span, leastBehind);
    const camera = new Vector3(shoulderCentre.x, height, shoulderCentre.z)
      .addScaledVector(axis, behind)
      .addScaledVector(sideways, lateral);
    return aimFrom(camera, anchor, screen, lens);
  };
  // The shoulder is what makes the shot. Where the full offset would leave it out of frame (subjects far apart,
  // the camera close behind on a long lens), step back until it comes in; failing that, slide the camera in
  // towards it, but no nearer than the shoulder's own edge.
  const halfWidth = (Math.abs(sideways.x) * (shoulderBox.max.x - shoulderBox.min.x) + Math.abs(sideways.z) * (shoulderBox.max.z - shoulderBox.min.z)) / 2;
  // The top of the shoulder, a little in from the box's edge (which an arm or a coat sets), must come into the
  // frame, and the shoulder's outer edge stay on its own half, clear of the one looked at.
  const at = (k: number) => new Vector3(shoulderCentre.x, height, shoulderCentre.z).addScaledVector(sideways, k * halfWidth);
  const [inner, outer] = [at(OTS_SHOULDER_POINT), at(1)];
  const across = (p: Vector3, shot: Aimed) => (side > 0 ? screenOf(p, shot, lens)[0] : 1 - screenOf(p, shot, lens)[0]);
  const inFrame = (shot: Aimed) => across(inner, shot) >= OTS_SHOULDER_IN_FRAME;
  const shows = (shot: Aimed) => inFrame(shot) && across(outer, shot) < 0.5;
  const lateral = OTS_SIDE_OFFSET * personHeight(shoulderBox);
  if (shows(from(lateral))) return from(lateral);
  // Stepped back on a long lens, the shoulder takes more of the frame: it may reach past the middle, not the face.
  const back = search(OTS_MIN_BEHIND_M, Math.max(2, span), (behind) => inFrame(from(lateral, behind)));
  const clearOfFace = (shot: Aimed) => across(outer, shot) < (side > 0 ? screen[0] : 1 - screen[0]) - OTS_FACE_CLEARANCE;
  if (back !== undefined && clearOfFace(from(lateral, back))) return from(lateral, back);
  const slid = lateral > halfWidth ? search(lateral, halfWidth, (l) => shows(from(l))) : undefined;
  if (slid !== undefined) return from(slid);
  // Close across a table on a long lens, no spot shows the shoulder clear of the face: an OTS without its
  // shoulder is no OTS, so the shoulder comes in even where it crowds the face.
  return back !== undefined ? from(lateral, back) : from(lateral);
}

/** Bisects from `from` towards `to` for the first value where `ok` holds (ok(to) must), or undefined if it does not. */
function search(from: number, to: number, ok: (v: number) => boolean): number | undefined {
  if (!ok(to)) return undefined;
  let [bad, good] = [from, to];
  for (let i = 0; i < 30; i++) {
    const mid = (bad + good) / 2;
    if (ok(mid)) good = mid;
    else bad = mid;
  }
  return good;
}
