/**
 * Shot grammar: a film-maker's shot description ("MCU, low angle, thirds-left") → a camera placement.
 *
 * Pure maths on three's math classes (no DOM, no Node), so the same placement runs in the CLI and in the
 * browser page. Every number below is a framing convention of the trade (shot-size charts, "eyes on the upper
 * third", looking room), not a measurement; they live in tables so they can be tuned without touching the maths.
 *
 * Conventions: metres, Y up; a subject's forward is the level unit vector it faces (glTF faces +Z); screen
 * coordinates are normalised, x 0 = left … 1 = right, y 0 = top … 1 = bottom.
 */
import { Box3, Euler, MathUtils, Quaternion, Vector3 } from 'three';

export type ShotSize = 'ECU' | 'CU' | 'MCU' | 'MS' | 'MLS' | 'FS' | 'WS' | 'EWS' | 'OTS' | 'TWO' | 'INSERT';
export type ShotAngle = 'eye' | 'high' | 'low' | 'birds-eye' | 'worms-eye' | 'dutch';
export type Composition = 'auto' | 'centered' | 'thirds-left' | 'thirds-right';
export interface Box { min: [number, number, number]; max: [number, number, number] }
export interface Subject { id: string; box: Box; person: boolean; forward?: [number, number, number] }
export interface ShotRequest {
  size: ShotSize;
  /** Default 'eye'. */
  angle?: ShotAngle;
  /** Default 'auto'. */
  composition?: Composition;
  /** [] = the whole scene is the subject. */
  subjects: Subject[];
  /** Bounds of everything; its min.y is the ground the camera must stay above. */
  scene: Box;
  /** Image width / height. */
  aspect: number;
  /** Default: defaultFocalLength(size). */
  focalLengthMm?: number;
  /** [width, height]; default full frame [36, 24]. */
  sensorMm?: [number, number];
  /**
   * Where the camera stands around the (first) subject, degrees from its forward, + = towards the subject's own
   * left (camera ends up on the subject's left side); default 20 for a person with a forward, else 0.
   */
  azimuthDeg?: number;
}
export interface CameraPlacement {
  position: [number, number, number];
  /** The camera looks exactly at this point (before roll). */
  target: [number, number, number];
  /** Dutch: 15; else 0. */
  rollDeg: number;
  verticalFovDeg: number;
  focalLengthMm: number;
  near: number;
  far: number;
  /** Camera → anchor distance (for depth of field). */
  focusDistance: number;
  /** The point the composition places (eyes of a person, centre of an object). */
  anchor: [number, number, number];
  /** Where the anchor lands on screen (normalised), before roll. */
  anchorScreen: [number, number];
}

/** Full-frame 35 mm still format, the sensor focal lengths are quoted against. */
const FULL_FRAME_SENSOR_MM: [number, number] = [36, 24];

/**
 * The lens each size is usually shot on (full-frame equivalents): longer lenses for tighter shots flatter faces
 * and compress the background, wide lenses for the geography.
 */
const DEFAULT_FOCAL_MM: Record<ShotSize, number> = {
  ECU: 100, CU: 85, MCU: 65, MS: 50, MLS: 40, FS: 35, WS: 28, EWS: 24, OTS: 50, TWO: 40, INSERT: 100,
};

/** Eyes sit at 93 % of standing height (anthropometric average: the eye line is ~12 cm below the crown). */
const EYE_HEIGHT = 0.93;
/** Where the feet land in a full shot: 10 % of the frame below them, and the same room above the head. */
const FULL_SHOT_FEET_Y = 0.9;
/** The upper thirds line: the conventional eye line for singles from CU to MLS. */
const UPPER_THIRD = 1 / 3;

interface SizeRule {
  /** Vertical extent of the picture at the anchor's distance, as a multiple of the subject's size. */
  frame: number;
  /** Where the anchor lands vertically (normalised screen y). */
  anchorY: number;
  /** Whether the whole subject box must be in frame (distance grows when it would not be). */
  wholeBox: boolean;
  /** Where the feet land, for sizes framed from the ground up; anchorY is then only the starting guess. */
  feetY?: number;
}
type SingleSize = 'ECU' | 'CU' | 'MCU' | 'MS' | 'MLS' | 'FS' | 'WS';

/**
 * People, as multiples of standing height: ECU eyes only, CU head and top of the shoulders, MCU chest up,
 * MS waist up, MLS knees up, FS the whole body with room, WS the person small in the setting.
 */
const PERSON_RULES: Record<SingleSize, SizeRule> = {
  ECU: { frame: 0.12, anchorY: 0.5, wholeBox: false },
  CU: { frame: 0.3, anchorY: UPPER_THIRD, wholeBox: false },
  MCU: { frame: 0.45, anchorY: UPPER_THIRD, wholeBox: false },
  MS: { frame: 0.6, anchorY: UPPER_THIRD, wholeBox: false },
  MLS: { frame: 0.8, anchorY: UPPER_THIRD, wholeBox: false },
  // Feet on FULL_SHOT_FEET_Y; level, the eyes are then EYE_HEIGHT·H (H = frame / 1.25) above them.
  FS: { frame: 1.25, anchorY: FULL_SHOT_FEET_Y - EYE_HEIGHT / 1.25, wholeBox: true, feetY: FULL_SHOT_FEET_Y },
  WS: { frame: 3, anchorY: 0.5, wholeBox: true },
};

/** Objects, as multiples of their largest dimension; from MS out the whole object must also fit across. */
const OBJECT_RULES: Record<SingleSize | 'INSERT', SizeRule> = {
  ECU: { frame: 0.35, anchorY: 0.5, wholeBox: false },
  CU: { frame: 0.7, anchorY: 0.5, wholeBox: false },
  MCU: { frame: 0.9, anchorY: 0.5, wholeBox: false },
  MS: { frame: 1.1, anchorY: 0.5, wholeBox: true },
  MLS: { frame: 1.3, anchorY: 0.5, wholeBox: true },
  FS: { frame: 1.5, anchorY: 0.5, wholeBox: true },
  WS: { frame: 3, anchorY: 0.5, wholeBox: true },
  INSERT: { frame: 1.2, anchorY: 0.5, wholeBox: true },
};

/** Camera elevation seen from the anchor, degrees; dutch is level and rolled instead. */
const ANGLE_ELEVATION_DEG: Record<ShotAngle, number> = {
  eye: 0, high: 30, low: -20, 'birds-eye': 75, 'worms-eye': -45, dutch: 0,
};
const DUTCH_ROLL_DEG = 15;
/** Above this the camera looks down on the body rather than at it. */
const STEEP_DEG = 45;
/** Establishing shots look down on the set from 25–30°: the layout reads, and the horizon stays in frame. */
const ESTABLISHING_ELEVATION_DEG = 28;
/** People are seen slightly from their left by default: a frontal "passport" angle looks flat. */
const PERSON_AZIMUTH_DEG = 20;

/** The camera stays this far above the ground (a lens on the floor would clip it). */
const GROUND_CLEARANCE = 0.05;
/** What must fit stays inside the middle 90 % of the frame (5 % margin each side). */
const FIT_NDC = 0.9;
/** Margin on the establishing shot's bounding sphere. */
const SPHERE_MARGIN = 1.05;
/** Looking room kicks in once the subject faces at least this much (cosine) across the frame. */
const LOOKING_ROOM_THRESHOLD = 0.15;

/** Over the shoulder: frame the one we look at as an MCU, from behind the other's shoulder. */
const OTS_SHOULDER_HEIGHT = 0.82;
const OTS_SIDE_OFFSET = 0.3;
/** The camera is at least this far behind the shoulder subject's centre, so it is really over the shoulder. */
const OTS_MIN_BEHIND_M = 0.3;
/** The near shoulder's outer edge must come at least this far (normalised) into the frame. */
const OTS_SHOULDER_IN_FRAME = 0.1;
/** A two-shot is a medium shot of the group: its height is that of an MS of the tallest person. */
const TWO_SHOT_FRAME = PERSON_RULES.MS.frame;

/** lookAt with Y up cannot pitch past vertical; stop just short so yaw stays defined. */
const MAX_PITCH = MathUtils.degToRad(89);

const UP = new Vector3(0, 1, 0);

/** Vertical field of view of a lens on a sensor, degrees: 2·atan(h / 2f), h the sensor height. */
export function verticalFovDeg(focalLengthMm: number, sensorMm: [number, number] = FULL_FRAME_SENSOR_MM): number {
  return MathUtils.radToDeg(2 * Math.atan(sensorMm[1] / (2 * focalLengthMm)));
}

export function defaultFocalLength(size: ShotSize): number {
  return DEFAULT_FOCAL_MM[size];
}

/** The automatic shot for a scene with no camera: an EWS of the whole scene from its front (+Z) side. */
export function establishingShot(scene: Box, aspect: number): CameraPlacement {
  return placeCamera({ size: 'EWS', subjects: [], scene, aspect });
}

export function placeCamera(req: ShotRequest): CameraPlacement {
  checkRequest(req);
  const subjects = req.subjects.length > 0 ? req.subjects : [{ id: 'scene', box: req.scene, person: false }];
  // OTS and TWO need two subjects; with one they fall back to the single they are closest to.
  const size: ShotSize =
    req.size === 'OTS' && subjects.length < 2 ? 'MCU' : req.size === 'TWO' && subjects.length < 2 ? 'MS' : req.size;
  const focalLengthMm = req.focalLengthMm ?? DEFAULT_FOCAL_MM[size];
  const fovDeg = verticalFovDeg(focalLengthMm, req.sensorMm ?? FULL_FRAME_SENSOR_MM);
  const tanV = Math.tan(MathUtils.degToRad(fovDeg) / 2);
  const lens: Lens = { tanV, tanH: tanV * req.aspect };
  const angle = req.angle ?? 'eye';
  const ground = req.scene.min[1] + GROUND_CLEARANCE;

  let shot: Aimed;
  if (size === 'EWS') shot = orbit(establishing(req, subjects[0]!, angle, lens), lens, ground);
  else if (size === 'OTS') shot = overTheShoulder(req, subjects[0]!, subjects[1]!, lens, ground);
  else if (size === 'TWO') shot = orbit(twoShot(req, subjects, angle, lens), lens, ground);
  else shot = orbit(single(req, size, subjects[0]!, angle, lens), lens, ground);

  const boxes = (size === 'EWS' ? [req.scene] : subjects.map((s) => s.box)).map(toBox3);
  const { near, far } = clipPlanes(shot, boxes, toBox3(req.scene));
  return {
    position: tuple(shot.camera),
    target: tuple(shot.target),
    rollDeg: angle === 'dutch' ? DUTCH_ROLL_DEG : 0,
    verticalFovDeg: fovDeg,
    focalLengthMm,
    near,
    far,
    focusDistance: shot.camera.distanceTo(shot.anchor),
    anchor: tuple(shot.anchor),
    anchorScreen: shot.screen,
  };
}

interface Lens { tanV: number; tanH: number }

/** Points that must land inside the frame, on one or both axes. */
interface FitRule { points: Vector3[]; axes: 'x' | 'xy' }

/** A shot solved around its anchor: the camera orbits it at an azimuth and elevation. */
interface OrbitShot {
  anchor: Vector3;
  screen: [number, number];
  /** Level unit vector from the anchor towards the camera. */
  heading: Vector3;
  elevationDeg: number;
  /** Distance along the view axis to the anchor's plane that the size asks for; fit rules may add to it. */
  depth: number;
  fit: FitRule[];
  /** A point that must land at screen height y; the anchor's y is solved for it. */
  pin?: { point: Vector3; y: number };
}

interface Aimed {
  camera: Vector3;
  target: Vector3;
  anchor: Vector3;
  screen: [number, number];
  /** Camera basis: right, up, and the viewing direction. */
  right: Vector3;
  up: Vector3;
  forward: Vector3;
}

function single(req: ShotRequest, size: SingleSize | 'INSERT', subject: Subject, angle: ShotAngle, lens: Lens): OrbitShot {
  const box = toBox3(subject.box);
  const personRule = subject.person && size !== 'INSERT' ? PERSON_RULES[size] : undefined;
  const rule = personRule ?? OBJECT_RULES[size];
  const scale = personRule ? personHeight(box) : largestDimension(box);
  const anchor = personRule ? eyes(box) : box.getCenter(new Vector3());
  const forward = levelForward(subject);
  const heading = headingAround(forward ?? new Vector3(0, 0, 1), req.azimuthDeg ?? (subject.person && forward ? PERSON_AZIMUTH_DEG : 0));
  // Looking room is for people: the frame leaves space on the side they look to.
  const lookingRoom = subject.person && size !== 'ECU' && size !== 'INSERT' ? forward : undefined;
  const x = screenX(req.composition, () => (lookingRoom ? lookingRoomX(lookingRoom, heading) : 0.5));
  return {
    anchor,
    screen: [x, rule.anchorY],
    heading,
    elevationDeg: ANGLE_ELEVATION_DEG[angle],
    depth: (rule.frame * scale) / (2 * lens.tanV),
    fit: rule.wholeBox ? [{ points: corners(box), axes: 'xy' }] : [],
    ...(rule.feetY === undefined ? {} : { pin: feetPin(box, rule.feetY, ANGLE_ELEVATION_DEG[angle]) }),
  };
}

/**
 * A tilted camera sees the feet farther (looking down) or nearer (up) than the eyes, so placing the eyes by the
 * level-camera sum would float or sink the feet: pin the feet instead. From steeply above the body is
 * foreshortened towards the ground and "feet at the bottom" means nothing, so the middle of the body is centred.
 */
function feetPin(box: Box3, feetY: number, elevationDeg: number): { point: Vector3; y: number } {
  const centre = box.getCenter(new Vector3());
  return elevationDeg > STEEP_DEG ? { point: centre, y: 0.5 } : { point: centre.setY(box.min.y), y: feetY };
}

function establishing(req: ShotRequest, first: Subject, angle: ShotAngle, lens: Lens): OrbitShot {
  const scene = toBox3(req.scene);
  const forward = req.subjects.length > 0 ? levelForward(first) : undefined;
  const heading = headingAround(forward ?? new Vector3(0, 0, 1), req.azimuthDeg ?? 0);
  // The bounding sphere inside the narrower half-angle is in frame from any direction; the sine (not the
  // tangent) keeps the whole sphere, not just its silhouette at the centre's depth, inside the cone.
  const radius = Math.max(scene.getSize(new Vector3()).length() / 2, 1e-3);
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

function twoShot(req: ShotRequest, subjects: Subject[], angle: ShotAngle, lens: Lens): OrbitShot {
  const boxes = subjects.map((s) => toBox3(s.box));
  const anchors = subjects.map((s, i) => (s.person ? eyes(boxes[i]!) : boxes[i]!.getCenter(new Vector3())));
  const anchor = anchors.reduce((sum, a) => sum.add(a), new Vector3()).divideScalar(anchors.length);
  const people = boxes.filter((_, i) => subjects[i]!.person);
  const frame = people.length > 0
    ? TWO_SHOT_FRAME * Math.max(...people.map(personHeight))
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
      { points: people.flatMap((b) => corners(b).filter((p) => p.y === b.max.y)), axes: 'xy' },
    ],
  };
}

/** Square to the line joining the pair, on the side they face (+Z when nobody faces anywhere). */
function twoShotFront(subjects: Subject[], anchors: Vector3[]): Vector3 {
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

/**
 * The camera sits behind `shoulder`, beside it and at its shoulder height, looking at `looked`'s eyes, which go
 * on the thirds line away from the shoulder. The distance behind is what makes `looked` an MCU with this lens.
 * The angle's elevation does not apply (the shoulder fixes the height); dutch still rolls.
 */
function overTheShoulder(req: ShotRequest, looked: Subject, shoulder: Subject, lens: Lens, ground: number): Aimed {
  const lookedBox = toBox3(looked.box);
  const shoulderBox = toBox3(shoulder.box);
  const anchor = looked.person ? eyes(lookedBox) : lookedBox.getCenter(new Vector3());
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
  const scale = looked.person ? personHeight(lookedBox) : largestDimension(lookedBox);
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

/** Normalised screen position of a point for an aimed camera (before roll). */
function screenOf(p: Vector3, shot: Aimed, lens: Lens): [number, number] {
  const v = p.clone().sub(shot.camera);
  const depth = v.dot(shot.forward);
  return [0.5 + v.dot(shot.right) / depth / lens.tanH / 2, 0.5 - v.dot(shot.up) / depth / lens.tanV / 2];
}

/**
 * Places the camera around the anchor and aims it. The distance is the size's, or more where a fit rule needs it;
 * a camera that would go below the ground is raised to it at the same distance and re-aimed.
 */
function orbit(shot: OrbitShot, lens: Lens, ground: number): Aimed {
  const pin = shot.pin;
  let aimed = orbitOnce(shot, lens, ground);
  if (!pin) return aimed;
  // The pinned point moves almost one-for-one with the anchor's screen y, so a fixed-point walk settles fast.
  let current = shot;
  for (let i = 0; i < 20; i++) {
    const miss = pin.y - screenOf(pin.point, aimed, lens)[1];
    if (Math.abs(miss) < 1e-4) break;
    current = { ...current, screen: [current.screen[0], MathUtils.clamp(current.screen[1] + miss, 0.05, 0.95)] };
    aimed = orbitOnce(current, lens, ground);
  }
  return aimed;
}

function orbitOnce(shot: OrbitShot, lens: Lens, ground: number): Aimed {
  const c = offAxis(shot.screen, lens);
  let elevation = reachable(MathUtils.degToRad(shot.elevationDeg), c);
  let aimed = orbitAt(shot, lens, elevation, c);
  // Raising the camera changes the view, which can change the fit distance; a few rounds settle it.
  for (let i = 0; i < 8 && aimed.camera.y < ground - 1e-9; i++) {
    const distance = aimed.camera.distanceTo(shot.anchor);
    elevation = reachable(Math.asin(MathUtils.clamp((ground - shot.anchor.y) / distance, -1, 1)), c);
    aimed = orbitAt(shot, lens, elevation, c);
  }
  if (aimed.camera.y < ground - 1e-9) {
    // Still low after the rounds: pin it to the ground at the last distance, accepting a hair less margin.
    const distance = aimed.camera.distanceTo(shot.anchor);
    elevation = Math.asin(MathUtils.clamp((ground - shot.anchor.y) / distance, -1, 1));
    return aimFrom(direction(shot.heading, elevation).multiplyScalar(distance).add(shot.anchor), shot.anchor, shot.screen, lens);
  }
  return aimed;
}

function orbitAt(shot: OrbitShot, lens: Lens, elevation: number, c: Vector3): Aimed {
  const toCamera = direction(shot.heading, elevation);
  const q = orientation(toCamera.clone().negate(), c);
  const basis = basisOf(q);
  const depth = Math.max(shot.depth, fitDepth(shot, basis, c, lens));
  const camera = toCamera.multiplyScalar(depth * c.length()).add(shot.anchor);
  return { camera, target: camera.clone().addScaledVector(basis.forward, depth), anchor: shot.anchor, screen: shot.screen, ...basis };
}

/** Aims a camera at a fixed position so the anchor lands on `screen`. */
function aimFrom(camera: Vector3, anchor: Vector3, screen: [number, number], lens: Lens): Aimed {
  const c = offAxis(screen, lens);
  const toAnchor = anchor.clone().sub(camera);
  const basis = basisOf(orientation(toAnchor.clone().normalize(), c));
  const depth = toAnchor.length() / c.length();
  return { camera, target: camera.clone().addScaledVector(basis.forward, depth), anchor, screen, ...basis };
}

/**
 * The anchor's direction in camera space (x right, y up, looking down −z), scaled to unit depth. Aiming at the
 * anchor offset by frameWidth·(0.5 − x) sideways and frameHeight·(y − 0.5) vertically is the same thing.
 */
function offAxis([x, y]: [number, number], lens: Lens): Vector3 {
  return new Vector3(lens.tanH * (2 * x - 1), lens.tanV * (1 - 2 * y), -1);
}

/**
 * The elevation nearest `elevation` that a level-horizon camera can shoot with the anchor off-axis by `c`. A steep
 * birds-eye with the anchor high in frame would need the camera to pitch past straight down, which flips the
 * picture, so the pitch stops at ±MAX_PITCH and the elevation gives way instead.
 */
function reachable(elevation: number, c: Vector3): number {
  // From orientation(): sin(pitch + atan ty) = −sin(elevation)·|c| / √(1+ty²).
  const k = Math.hypot(1, c.y) / c.length();
  const phi = Math.atan(c.y);
  const lo = Math.sin(Math.max(-MAX_PITCH + phi, -Math.PI / 2));
  const hi = Math.sin(Math.min(MAX_PITCH + phi, Math.PI / 2));
  const s = MathUtils.clamp(-Math.sin(elevation) / k, lo, hi);
  return Math.asin(MathUtils.clamp(-s * k, -1, 1));
}

/**
 * The roll-free orientation (yaw, then pitch, as lookAt with Y up gives) under which the camera-space direction
 * `c` points along the world direction `toAnchor`. Pitch is solved from the vertical component alone (yaw does
 * not change it), then yaw turns the result onto the anchor's bearing.
 */
function orientation(toAnchor: Vector3, c: Vector3): Quaternion {
  const d = toAnchor.clone().normalize();
  const ty = c.y;
  // After pitch θ the vertical component of c is ty·cosθ + sinθ = √(1+ty²)·sin(θ + atan ty).
  const s = MathUtils.clamp((d.y * c.length()) / Math.hypot(1, ty), -1, 1);
  const pitch = Math.asin(s) - Math.atan(ty);
  const pitched = c.clone().applyAxisAngle(new Vector3(1, 0, 0), pitch);
  const yaw = Math.atan2(d.x, d.z) - Math.atan2(pitched.x, pitched.z);
  return new Quaternion().setFromEuler(new Euler(pitch, yaw, 0, 'YXZ'));
}

function basisOf(q: Quaternion): { right: Vector3; up: Vector3; forward: Vector3 } {
  return {
    right: new Vector3(1, 0, 0).applyQuaternion(q),
    up: new Vector3(0, 1, 0).applyQuaternion(q),
    forward: new Vector3(0, 0, -1).applyQuaternion(q),
  };
}

/**
 * The smallest depth (along the view axis, to the anchor's plane) at which every fit point is inside the
 * frame's middle FIT_NDC. With the orientation fixed, a point's camera-space coordinates are linear in that
 * depth — x = r + depth·tx, z = f + depth — so each frame edge gives one linear bound.
 */
function fitDepth(shot: OrbitShot, basis: { right: Vector3; up: Vector3; forward: Vector3 }, c: Vector3, lens: Lens): number {
  let depth = 0;
  const limitX = FIT_NDC * lens.tanH;
  const limitY = FIT_NDC * lens.tanV;
  const offset = new Vector3();
  for (const rule of shot.fit) {
    for (const p of rule.points) {
      offset.subVectors(p, shot.anchor);
      const f = offset.dot(basis.forward);
      const r = offset.dot(basis.right);
      depth = Math.max(depth, (r - limitX * f) / (limitX - c.x), (-r - limitX * f) / (limitX + c.x), 1e-3 - f);
      if (rule.axes === 'xy') {
        const u = offset.dot(basis.up);
        depth = Math.max(depth, (u - limitY * f) / (limitY - c.y), (-u - limitY * f) / (limitY + c.y));
      }
    }
  }
  return depth;
}

/**
 * near: 2 % of the focus distance (depth precision follows the near/far ratio), at least 1 cm, but in front of
 * the closest subject point. far: 1.5 × the farthest corner of the scene or a subject.
 */
function clipPlanes(shot: Aimed, subjects: Box3[], scene: Box3): { near: number; far: number } {
  const focus = shot.camera.distanceTo(shot.anchor);
  let near = Math.max(0.01, 0.02 * focus);
  let farthest = focus;
  for (const box of subjects) {
    for (const p of corners(box)) {
      const depth = p.clone().sub(shot.camera).dot(shot.forward);
      if (depth > 0) near = Math.min(near, 0.9 * depth);
    }
  }
  for (const box of [scene, ...subjects]) {
    for (const p of corners(box)) farthest = Math.max(farthest, p.distanceTo(shot.camera));
  }
  near = Math.max(near, 1e-3);
  return { near, far: Math.max(1.5 * farthest, 2 * near) };
}

/** Camera on the screen side opposite the subject's gaze, so they look into the open part of the frame. */
function lookingRoomX(forward: Vector3, heading: Vector3): number {
  // Screen-right of a camera looking back along −heading, level: (−heading) × up.
  const screenRight = new Vector3().crossVectors(heading.clone().negate(), UP).normalize();
  const across = forward.dot(screenRight);
  if (across > LOOKING_ROOM_THRESHOLD) return 1 / 3;
  if (across < -LOOKING_ROOM_THRESHOLD) return 2 / 3;
  return 0.5;
}

function screenX(composition: Composition | undefined, auto: () => number): number {
  switch (composition ?? 'auto') {
    case 'centered': return 0.5;
    case 'thirds-left': return 1 / 3;
    case 'thirds-right': return 2 / 3;
    default: return auto();
  }
}

/** `forward` turned about Y by the azimuth: + goes towards the subject's own left (up × forward). */
function headingAround(forward: Vector3, azimuthDeg: number): Vector3 {
  return forward.clone().applyAxisAngle(UP, MathUtils.degToRad(azimuthDeg)).normalize();
}

function direction(heading: Vector3, elevation: number): Vector3 {
  return heading.clone().multiplyScalar(Math.cos(elevation)).setY(Math.sin(elevation));
}

function levelForward(subject: Subject): Vector3 | undefined {
  if (!subject.forward) return undefined;
  const f = level(new Vector3(...subject.forward));
  return f.lengthSq() > 1e-12 ? f.normalize() : undefined;
}

function level(v: Vector3): Vector3 {
  return v.setY(0);
}

function eyes(box: Box3): Vector3 {
  const centre = box.getCenter(new Vector3());
  return centre.setY(box.min.y + EYE_HEIGHT * personHeight(box));
}

/** Standing height, with a floor so a flat box still gives a usable distance. */
function personHeight(box: Box3): number {
  return Math.max(box.max.y - box.min.y, 0.01);
}

function largestDimension(box: Box3): number {
  const s = box.getSize(new Vector3());
  return Math.max(s.x, s.y, s.z, 0.01);
}

function corners(box: Box3): Vector3[] {
  const out: Vector3[] = [];
  for (const x of [box.min.x, box.max.x]) for (const y of [box.min.y, box.max.y]) for (const z of [box.min.z, box.max.z]) out.push(new Vector3(x, y, z));
  return out;
}

function toBox3(box: Box): Box3 {
  return new Box3(new Vector3(...box.min), new Vector3(...box.max));
}

function tuple(v: Vector3): [number, number, number] {
  return [v.x, v.y, v.z];
}

function checkRequest(req: ShotRequest): void {
  const finite = (n: number) => Number.isFinite(n);
  if (!(req.aspect > 0) || !finite(req.aspect)) throw new RangeError(`aspect must be a positive number, got ${req.aspect}`);
  if (req.focalLengthMm !== undefined && !(req.focalLengthMm > 0)) throw new RangeError(`focalLengthMm must be positive, got ${req.focalLengthMm}`);
  if (req.sensorMm && !(req.sensorMm[0] > 0 && req.sensorMm[1] > 0)) throw new RangeError(`sensorMm must be positive, got ${req.sensorMm.join('×')}`);
  const boxes: [string, Box][] = [['scene', req.scene], ...req.subjects.map((s): [string, Box] => [`subject ${s.id}`, s.box])];
  for (const [name, box] of boxes) {
    const ok = [0, 1, 2].every((i) => finite(box.min[i]!) && finite(box.max[i]!) && box.min[i]! <= box.max[i]!);
    if (!ok) throw new RangeError(`${name}: box min must be finite and ≤ max on every axis`);
  }
}
