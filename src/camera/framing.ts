/**
 * The framing conventions of the trade (shot-size charts, "eyes on the upper third", looking room) as tables:
 * every number is a convention, not a measurement, so it can be tuned here without touching the maths.
 */
import type { ShotAngle, ShotSize } from './types.js';

/**
 * The lens each size is usually shot on (full-frame equivalents): longer lenses for tighter shots flatter faces
 * and compress the background, wide lenses for the geography.
 */
export const DEFAULT_FOCAL_MM: Record<ShotSize, number> = {
  ECU: 100, CU: 85, MCU: 65, MS: 50, MLS: 40, FS: 35, WS: 28, EWS: 24, OTS: 50, TWO: 40, INSERT: 100,
};

/** Eyes sit at 93 % of standing height (anthropometric average: the eye line is ~12 cm below the crown). */
export const EYE_HEIGHT = 0.93;
/** Where the feet land in a full shot: 10 % of the frame below them, and the same room above the head. */
export const FULL_SHOT_FEET_Y = 0.9;
/** The upper thirds line: the conventional eye line for singles from CU to MLS. */
export const UPPER_THIRD = 1 / 3;

export interface SizeRule {
  /** Vertical extent of the picture at the anchor's distance, as a multiple of the subject's size. */
  frame: number;
  /** Where the anchor lands vertically (normalised screen y). */
  anchorY: number;
  /** Whether the whole subject box must be in frame (distance grows when it would not be). */
  wholeBox: boolean;
  /** Where the feet land, for sizes framed from the ground up; anchorY is then only the starting guess. */
  feetY?: number;
  /**
   * The least picture height at the anchor, metres. A small thing is shown with what is round it: an MS of a
   * 7 cm nightlight framed at 1.1× its size would be a macro shot of a glowing disc, so it gets a bedside's worth.
   */
  minFrameM?: number;
}
export type SingleSize = 'ECU' | 'CU' | 'MCU' | 'MS' | 'MLS' | 'FS' | 'WS';

/**
 * People, as multiples of standing height: ECU eyes only, CU head and top of the shoulders, MCU chest up,
 * MS waist up, MLS knees up, FS the whole body with room, WS the person small in the setting.
 */
export const PERSON_RULES: Record<SingleSize, SizeRule> = {
  ECU: { frame: 0.12, anchorY: 0.5, wholeBox: false },
  CU: { frame: 0.3, anchorY: UPPER_THIRD, wholeBox: false },
  MCU: { frame: 0.45, anchorY: UPPER_THIRD, wholeBox: false },
  MS: { frame: 0.6, anchorY: UPPER_THIRD, wholeBox: false },
  MLS: { frame: 0.8, anchorY: UPPER_THIRD, wholeBox: false },
  // Feet on FULL_SHOT_FEET_Y; level, the eyes are then EYE_HEIGHT·H (H = frame / 1.25) above them.
  FS: { frame: 1.25, anchorY: FULL_SHOT_FEET_Y - EYE_HEIGHT / 1.25, wholeBox: true, feetY: FULL_SHOT_FEET_Y },
  WS: { frame: 3, anchorY: 0.5, wholeBox: true },
};

/**
 * Objects, as multiples of their largest dimension, but never tighter than a size's least picture height (an
 * insert of a ring still shows the fingers); from MS out the whole object must also fit across.
 */
export const OBJECT_RULES: Record<SingleSize | 'INSERT', SizeRule> = {
  ECU: { frame: 0.35, anchorY: 0.5, wholeBox: false, minFrameM: 0.06 },
  CU: { frame: 0.7, anchorY: 0.5, wholeBox: false, minFrameM: 0.15 },
  MCU: { frame: 0.9, anchorY: 0.5, wholeBox: false, minFrameM: 0.25 },
  MS: { frame: 1.1, anchorY: 0.5, wholeBox: true, minFrameM: 0.4 },
  MLS: { frame: 1.3, anchorY: 0.5, wholeBox: true, minFrameM: 0.6 },
  FS: { frame: 1.5, anchorY: 0.5, wholeBox: true, minFrameM: 0.9 },
  WS: { frame: 3, anchorY: 0.5, wholeBox: true, minFrameM: 3 },
  INSERT: { frame: 1.2, anchorY: 0.5, wholeBox: true, minFrameM: 0.12 },
};

/** A thing's picture height at its anchor for a size: the rule's multiple of its largest dimension, or the least. */
export function objectFrameM(rule: SizeRule, largestM: number): number {
  return Math.max(rule.frame * largestM, rule.minFrameM ?? 0);
}

/**
 * Flat things (a table, a rug, an open book: at most this high for their width) are seen from a seated eye line
 * when the shot is at eye level: level with a table's middle, its top is a line.
 */
export const FLAT_THING_RATIO = 0.6;
export const FLAT_THING_ELEVATION_DEG = 25;
/** A flat thing this high or higher (a bar counter, a billiard table is not) is already seen from above. */
export const FLAT_THING_MAX_TOP_M = 1.2;

/** Camera elevation seen from the anchor, degrees; dutch is level and rolled instead. */
export const ANGLE_ELEVATION_DEG: Record<ShotAngle, number> = {
  eye: 0, high: 30, low: -20, 'birds-eye': 75, 'worms-eye': -45, dutch: 0,
};
export const DUTCH_ROLL_DEG = 15;
/** A lying figure is seen from this far above at least: its face turns up, and a level lens sees a profile over the bedclothes. */
export const LYING_ELEVATION_DEG = 35;
/** Above this the camera looks down on the body rather than at it. */
export const STEEP_DEG = 45;
/** Establishing shots look down on the set from 25–30°: the layout reads, and the horizon stays in frame. */
export const ESTABLISHING_ELEVATION_DEG = 28;
/** The least an extreme wide shot holds: a sphere this wide round the action, metres (a street's width, a clearing). */
export const EWS_MIN_RADIUS_M = 4.5;
/** People are seen slightly from their left by default: a frontal "passport" angle looks flat. */
export const PERSON_AZIMUTH_DEG = 20;

/** The camera stays this far above the ground (a lens on the floor would clip it). */
export const GROUND_CLEARANCE = 0.05;
/** What must fit stays inside the middle 90 % of the frame (5 % margin each side). */
export const FIT_NDC = 0.9;
/** Margin on the establishing shot's bounding sphere. */
export const SPHERE_MARGIN = 1.05;
/** Looking room kicks in once the subject faces at least this much (cosine) across the frame. */
export const LOOKING_ROOM_THRESHOLD = 0.15;

/** Over the shoulder: frame the one we look at as an MCU, from behind the other's shoulder. */
export const OTS_SHOULDER_HEIGHT = 0.82;
export const OTS_SIDE_OFFSET = 0.3;
/** The camera is at least this far behind the shoulder subject's centre, so it is really over the shoulder. */
export const OTS_MIN_BEHIND_M = 0.3;
/** The near shoulder must come at least this far (normalised) into the frame... */
export const OTS_SHOULDER_IN_FRAME = 0.1;
/** ...measured at this fraction of the way from the body's centre line to its box's outer edge. */
export const OTS_SHOULDER_POINT = 0.4;
/** The shoulder's outer edge stays at least this far (normalised) short of the face looked at. */
export const OTS_FACE_CLEARANCE = 0.05;
/** The longest lens an OTS lengthens to when the two stand far apart (a stand-off across a street). */
export const OTS_LONGEST_MM = 150;
/** A two-shot is a medium shot of the group: its height is that of an MS of the tallest person. */
export const TWO_SHOT_FRAME = PERSON_RULES.MS.frame;
