/**
 * The shot sizes solved as orbit shots: a single (person or object), the establishing shot of the whole scene,
 * and the two-shot of a group. Each gives the anchor, where it lands on screen, the heading and elevation, the
 * distance its size asks for and what must stay in frame; aim.ts places the camera.
 */
import { Box3, Vector3 } from 'three';
import type { Composition, ShotAngle, ShotRequest, Subject } from './types.js';
import {
  ANGLE_ELEVATION_DEG, ESTABLISHING_ELEVATION_DEG, EWS_MIN_RADIUS_M, FLAT_THING_ELEVATION_DEG, FLAT_THING_MAX_TOP_M, FLAT_THING_RATIO,
  LOOKING_ROOM_THRESHOLD, LYING_ELEVATION_DEG, OBJECT_RULES, PERSON_AZIMUTH_DEG, PERSON_RULES, SPHERE_MARGIN, STEEP_DEG, TWO_SHOT_FRAME,
  UPPER_THIRD, objectFrameM, type SingleSize,
} from './framing.js';
import { UP, headingAround, type Lens, type OrbitShot } from './aim.js';
import { corners, eyes, isLying, largestDimension, level, levelForward, personHeight, toBox3 } from './subject.js';

export function single(req: ShotRequest, size: SingleSize | 'INSERT', subject: Subject, angle: ShotAngle, lens: Lens): OrbitShot {
  const box = toBox3(subject.box);
  const personRule = subject.person && size !== 'INSERT' ? PERSON_RULES[size] : undefined;
  const rule = personRule ?? OBJECT_RULES[size];
  const frame = personRule ? personRule.frame * personHeight(box, subject) : Math.max(objectFrameM(rule, largestDimension(box)), subject.minFrameM ?? 0);
  const anchor = personRule ? eyes(box, subject) : box.getCenter(new Vector3());
  const forward = levelForward(subject);
  const lying = subject.person && isLying(box, subject);
  const heading = lying && forward ? besideTheBody(forward, anchor, req) : headingAround(forward ?? new Vector3(0, 0, 1), req.azimuthDeg ?? (subject.person && forward ? PERSON_AZIMUTH_DEG : 0));
  // Looking room is for people: the frame leaves space on the side they look to.
  const lookingRoom = subject.person && size !== 'ECU' && size !== 'INSERT' ? forward : undefined;
  const x = screenX(req.composition, () => (lookingRoom ? lookingRoomX(lookingRoom, heading) : 0.5));
  const elevationDeg = lying ? Math.max(ANGLE_ELEVATION_DEG[angle], LYING_ELEVATION_DEG) : angle === 'eye' && !subject.person && isFlatThing(box) ? FLAT_THING_ELEVATION_DEG : ANGLE_ELEVATION_DEG[angle];
  return {
    anchor,
    screen: [x, rule.anchorY],
    heading,
    elevationDeg,
    depth: frame / (2 * lens.tanV),
    fit: rule.wholeBox ? [{ points: corners(box), axes: 'xy' }] : [],
    // A lying body has no feet at the bottom of the frame to pin.
    ...(rule.feetY === undefined || lying ? {} : { pin: feetPin(box, rule.feetY, ANGLE_ELEVATION_DEG[angle]) }),
  };
}

/**
 * A lying figure is shot from beside the body, not along it from the feet or over the head, and from above, where
 * its face turns up to the lens: the side towards the middle of the set (a bed's far side is usually a wall),
 * turned by the shot's own azimuth when it has one.
 */
function besideTheBody(forward: Vector3, anchor: Vector3, req: ShotRequest): Vector3 {
  const toSet = level(toBox3(req.scene).getCenter(new Vector3()).sub(anchor));
  const side = headingAround(forward, 90);
  const heading = side.dot(toSet) >= 0 ? side : side.negate();
  return headingAround(heading, req.azimuthDeg ?? 0);
}

/** A low, flat thing (a table, a rug) whose top a level camera would see edge-on. */
function isFlatThing(box: Box3): boolean {
  const size = box.getSize(new Vector3());
  return size.y <= FLAT_THING_RATIO * Math.max(size.x, size.z) && box.max.y < FLAT_THING_MAX_TOP_M;
}

/**
 * A tilted camera sees the feet farther (looking down) or nearer (up) than the eyes, so placing the eyes by the
 * level-camera sum would float or sink the feet: pin the feet instead. From steeply above the body is
 * foreshortened towards the ground and "feet at the bottom" means nothing, so the middle of the body is centred.
 */
export function feetPin(box: Box3, feetY: number, elevationDeg: number): { point: Vector3; y: number } {
  const centre = box.getCenter(new Vector3());
  return elevationDeg > STEEP_DEG ? { point: centre, y: 0.5 } : { point: centre.setY(box.min.y), y: feetY };
}

export function establishing(req: ShotRequest, first: Subject, angle: ShotAngle, lens: Lens): OrbitShot {
  const scene = toBox3(req.scene);
  const forward = req.subjects.length > 0 ? levelForward(first) : undefined;
  const heading = headingAround(forward ?? new Vector3(0, 0, 1), req.azimuthDeg ?? 0);
  // The bounding sphere inside the narrower half-angle is in frame from any direction; the sine (not the
  // tangent) keeps the whole sphere, not just its silhouette at the centre's depth, inside the cone.
  // An extreme wide shot shows where the action is, not only the action: never tighter than a set's width.
  const radius = Math.max(scene.getSize(new Vector3()).length() / 2, EWS_MIN_RADIUS_M);
  const halfAngle = Math.atan(Math.min(lens.tanV, lens.tanH));
  // A level establishing shot shows only the front row, so 'eye' (the default) means the establishing height.
  const elevationDeg = angle === 'eye' || angle === 'dutch' ? ESTABLISHING_ELEVATION_DEG : ANGLE_ELEVATION_DEG[angle];
  return {
    anchor: scene.getCenter(new Vector3()),
    screen: [screenX(req.composition, () => 0.5), 0.5],
    heading,
    elevationDeg,
    // The sphere fit is exact for a centred anchor; the corner fit covers a thirds composition.
    depth: (SPHERE_MARGIN * radius) / Math.sin(halfAngle),
    fit: [{ points: corners(scene), axes: 'xy' }],
  };
}

export function twoShot(req: ShotRequest, subjects: Subject[], angle: ShotAngle, lens: Lens): OrbitShot {
  const boxes = subjects.map((s) => toBox3(s.box));
  const anchors = subjects.map((s, i) => (s.person ? eyes(boxes[i]!, s) : boxes[i]!.getCenter(new Vector3())));
  const anchor = anchors.reduce((sum, a) => sum.add(a), new Vector3()).divideScalar(anchors.length);
  const people = subjects.filter((s) => s.person);
  const frame = people.length > 0
    ? TWO_SHOT_FRAME * Math.max(...people.map((s) => personHeight(toBox3(s.box), s)))
    : OBJECT_RULES.MS.frame * Math.max(...boxes.map(largestDimension));
  return {
    anchor,
    screen: [screenX(req.composition, () => 0.5), people.length > 0 ? UPPER_THIRD : 0.5],
    heading: headingAround(twoShotFront(subjects, anchors), req.azimuthDeg ?? 0),
    elevationDeg: ANGLE_ELEVATION_DEG[angle],
    depth: frame / (2 * lens.tanV),
    fit: [
      { points: boxes.flatMap(corners), axes: 'x' },
      // Medium framing cuts the legs, never the heads.
      { points: people.map((p) => toBox3(p.box)).flatMap((b) => corners(b).filter((p) => p.y === b.max.y)), axes: 'xy' },
    ],
  };
}

/** Square to the line joining the pair, on the side they face (+Z when nobody faces anywhere). */
export function twoShotFront(subjects: Subject[], anchors: Vector3[]): Vector3 {
  const first = anchors[0]!;
  const farthest = anchors.reduce((a, b) => (level(b.clone().sub(first)).length() > level(a.clone().sub(first)).length() ? b : a));
  const line = level(farthest.clone().sub(first));
  const facing = subjects.reduce((sum, s) => sum.add(levelForward(s) ?? new Vector3()), new Vector3());
  if (line.lengthSq() < 1e-12) return facing.lengthSq() > 1e-12 ? facing.normalize() : new Vector3(0, 0, 1);
  const front = new Vector3().crossVectors(UP, line.normalize());
  const side = front.dot(facing);
  if (Math.abs(side) > 1e-9) return side > 0 ? front : front.negate();
  return front.z > 1e-9 || (Math.abs(front.z) <= 1e-9 && front.x > 0) ? front : front.negate();
}

/** Camera on the screen side opposite the subject's gaze, so they look into the open part of the frame. */
export function lookingRoomX(forward: Vector3, heading: Vector3): number {
  // Screen-right of a camera looking back along −heading, level: (−heading) × up.
  const screenRight = new Vector3().crossVectors(heading.clone().negate(), UP).normalize();
  const across = forward.dot(screenRight);
  if (across > LOOKING_ROOM_THRESHOLD) return 1 / 3;
  if (across < -LOOKING_ROOM_THRESHOLD) return 2 / 3;
  return 0.5;
}

export function screenX(composition: Composition | undefined, auto: () => number): number {
  switch (composition ?? 'auto') {
    case 'centered': return 0.5;
    case 'thirds-left': return 1 / 3;
    case 'thirds-right': return 2 / 3;
    default: return auto();
  }
}
