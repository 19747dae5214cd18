/**
 * The shapes of the offline planner's vocabulary. Every lexicon is plain data tied to the project's libraries
 * by id (generator types, material, lighting and grade presets, level themes), so the words can grow without
 * touching the parser, and a test can prove that every id still exists.
 */
import type { Era, Genre, TimeOfDay, Weather, Pose, SizeWord } from '../description.js';
import type { ShotAngle } from '../../camera/shot-grammar.js';

export interface PropWord {
  /** A geometry generator type. */
  kind: string;
  /** Singular nouns, lowercase; multi-word allowed ('coffee table', 'oil lamp'). */
  words: string[];
  /** Generator params for this word ('bar stool' → a stool 0.75 m high). */
  params?: Record<string, unknown>;
  /** Placement habit when the text gives none: where this thing usually stands. */
  habit?: 'wall' | 'corner' | 'center' | 'floor' | 'on-table' | 'ceiling' | 'wall-mount';
  /** Kinds it is usually found on ('cup' → table, desk); each is a prop with a surface. */
  restsOn?: string[];
}

export interface PersonWord {
  words: string[];
  pronoun: 'she' | 'he' | 'they';
  /** Standing height, metres, when it differs from an adult's (children, the old). */
  heightM?: number;
  /** The `person` prop's build, when the word implies one (a knight is broad). */
  build?: 'slim' | 'average' | 'broad';
}

/** Verbs and phrases that put a person in a pose ('sits' → sitting). */
export interface PoseWords {
  pose: Pose;
  words: string[];
}

export interface PlaceWord {
  /** 'tavern', 'kitchen', 'forest', 'street' … */
  id: string;
  words: string[];
  interior: boolean;
  /** Interior room size [width x, depth z, height y] metres; exterior: the ground's extent [x, z, 0]. */
  size: [number, number, number];
  /** Material preset ids. Interiors: floor, walls, ceiling; exteriors: ground, and floor repeats it. */
  floor: string;
  walls?: string;
  ceiling?: string;
  ground?: string;
  /** What furnishes the place when the text names nothing (kinds with counts), in order of importance. */
  furnishing: { kind: string; count: number; habit?: PropWord['habit'] }[];
  era?: Era;
  /** Lighting preset ids. */
  lighting: { day: string; night: string };
  /** Grade preset id. */
  grade?: string;
  /** Level theme, when one suits. */
  theme?: string;
}

export interface TimeWords {
  time: TimeOfDay;
  words: string[];
  /** Lighting preset id for an exterior. */
  lighting: string;
}

export interface WeatherWords {
  weather: Weather;
  words: string[];
  /** Lighting preset id for an exterior by day (and at night, unless nightLighting says otherwise). */
  lighting?: string;
  /** Rain at night is a different picture from rain by day (sodium light on wet streets). */
  nightLighting?: string;
  /** Exponential fog: density per metre and its sRGB colour. */
  fog?: { density: number; color: string };
}

export interface EraWords {
  era: Era;
  words: string[];
  /** Material preset ids that stand in for 'wood', 'metal' and 'stone' in this era. */
  materials?: { wood?: string; metal?: string; stone?: string };
}

export interface GenreProfile {
  genre: Genre;
  words: string[];
  /** Lighting preset ids. */
  lighting: { day: string; night: string };
  /** Grade preset id. */
  grade: string;
  /** contrast/saturation -1..1 like the spec's Look; bloom/grain/vignette 0..1 intensities; exposure in stops. */
  look: { contrast?: number; saturation?: number; bloom?: number; grain?: number; vignette?: number; exposureEv?: number };
  /** The angle this genre reaches for in a tense/powerful/vulnerable beat. */
  angles: { power?: ShotAngle; vulnerable?: ShotAngle; unease?: ShotAngle };
  /** 1 = the shot grammar's default lens; noir 1.2 (longer lenses), horror 0.8 (wider) … */
  focalLengthScale?: number;
}

export interface MoodWord {
  /** 'tense', 'romantic', 'powerful', 'vulnerable', 'eerie', … */
  mood: string;
  words: string[];
  angle?: ShotAngle;
  /** Lighting preset id. */
  lighting?: string;
  /** Grade preset id. */
  grade?: string;
}

export interface MaterialWord {
  words: string[];
  /** Material preset id. */
  material: string;
}

export interface SizeWords {
  size: SizeWord;
  words: string[];
  /** Uniform scale against the prop's default dimensions. */
  scale: number;
}
