/**
 * SceneDescription: what the planner understood from the text, before any geometry — the setting, the things
 * and people in it with their counts, colours and materials, how they relate in space, the mood and genre, and
 * the story beats. Every planner (the offline rules, an LLM) produces one; layout turns it into a SceneSpec.
 * It is a zod schema because LLM output is validated against it (and its JSON Schema is what they are asked for).
 */
import { z } from 'zod';
import { ShotSize, ShotAngle, ShotMove } from '../scene/shot.js';
import { TIMES_OF_DAY, WEATHERS, ERAS, GENRES, SIZES, POSES } from '../library/vocabulary.js';
import { COSTUME_CUES } from '../library/poses.js';

const Id = z.string().min(1).max(64).regex(/^[a-z][a-z0-9_-]*$/, 'lowercase letters, digits, "_" and "-", starting with a letter');

// The vocabularies' enums live with the lexicon schemas, so the word lists and the description agree.
export { TIMES_OF_DAY, WEATHERS, ERAS, GENRES, SIZES, POSES };
/**
 * How a thing stands relative to another or to the set. 'stacked' (no object): a counted thing's instances each
 * rest on the one below; 'far-end' (no object): at the end of the set away from the establishing camera; 'held':
 * in the hand of the object, a person.
 */
export const RELATIONS = ['on', 'under', 'in', 'next-to', 'between', 'in-front-of', 'behind', 'left-of', 'right-of', 'against-wall', 'in-corner', 'in-centre', 'around', 'facing', 'away-from', 'stacked', 'far-end', 'above', 'held'] as const;

/** Relations that say which way a thing faces, not where it stands. */
export const isOrientation = (r: string): boolean => r === 'facing' || r === 'away-from';

export type TimeOfDay = (typeof TIMES_OF_DAY)[number];
export type Weather = (typeof WEATHERS)[number];
export type Era = (typeof ERAS)[number];
export type Genre = (typeof GENRES)[number];
export type SizeWord = (typeof SIZES)[number];
export type Pose = (typeof POSES)[number];
export type RelationKind = (typeof RELATIONS)[number];

/** The widest a corridor is, metres: layout narrows a wider place to it when the setting's shape is 'corridor'. */
export const CORRIDOR_WIDTH_M = 3;

export const Setting = z.object({
  interior: z.boolean(),
  /** A place id from the lexicon ('tavern', 'forest', 'street', …), or 'room' / 'outdoors' when unnamed. */
  place: z.string().min(1).max(64),
  era: z.enum(ERAS).default('any'),
  timeOfDay: z.enum(TIMES_OF_DAY).optional(),
  weather: z.enum(WEATHERS).optional(),
  /** A plan the text gives the place ("a dungeon corridor": a corridor's proportions in the dungeon's stone). */
  shape: z.enum(['corridor']).optional(),
  /** Material presets the text gives the set's own surfaces ("a marble floor", "the glass roof"), over the place's. */
  surfaces: z.object({ floor: z.string().max(64), walls: z.string().max(64), ceiling: z.string().max(64) }).partial().optional(),
  /** What hangs in the air or lies on the ground that the renderer draws: rain, snow or mist, light shafts, reflections. */
  atmosphere: z.object({
    weather: z.object({ type: z.enum(['rain', 'snow', 'mist']), intensity: z.number().min(0).max(1) }).optional(),
    volumetric: z.boolean().optional(),
    reflections: z.boolean().optional(),
  }).optional(),
});
export type Setting = z.infer<typeof Setting>;

export const Entity = z.object({
  id: Id,
  /** A geometry generator type: a prop ('barrel', 'table', 'person', …) or a primitive ('box', 'sphere'). */
  kind: z.string().min(1).max(64),
  /** The words used for it in the text ('rusty iron barrels'), for reports and prompts. */
  name: z.string().min(1).max(200),
  count: z.number().int().min(1).max(50).default(1),
  /** sRGB '#rrggbb'. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
  /** A material preset id. */
  material: z.string().max(64).optional(),
  size: z.enum(SIZES).optional(),
  /** People: pose and which pronoun refers to them ('her face' → she). */
  pose: z.enum(POSES).optional(),
  pronoun: z.enum(['she', 'he', 'they']).optional(),
  /** People: what they wear that the figure shows ("in a trench coat" → coat). */
  costume: z.array(z.enum(COSTUME_CUES)).max(4).optional(),
  /** When the noun was not a known prop: what was written, and why this kind was chosen instead. */
  fallback: z.object({ noun: z.string().max(100), reason: z.string().max(300) }).optional(),
});
export type Entity = z.infer<typeof Entity>;

export const Relation = z.object({
  subject: Id,
  relation: z.enum(RELATIONS),
  object: Id.optional(),
  /** The second object of 'between'. */
  object2: Id.optional(),
});
export type Relation = z.infer<typeof Relation>;

/** A shot direction written in a beat ("Low-angle close-up of the knife, on a 85 mm, slow push in"). */
export const BeatDirection = z.object({
  size: ShotSize.optional(),
  angle: ShotAngle.optional(),
  focalLengthMm: z.number().min(8).max(1200).optional(),
  move: ShotMove.optional(),
  /** Entities the direction names ("close-up on the knife"); for OTS: who we look at, then whose shoulder. */
  subjects: z.array(Id).max(4).default([]),
  /** Whose point of view the shot is (the camera at their eyes). */
  pov: Id.optional(),
  /** A shot of a person's hands or feet ("close-up of her hands"): the shot frames those, not the face. */
  part: z.enum(['hands', 'feet']).optional(),
  /** The phrases read, as written. */
  phrases: z.array(z.string().max(80)).max(16).default([]),
});
export type BeatDirection = z.infer<typeof BeatDirection>;

export const Beat = z.object({
  text: z.string().max(2000),
  /** The main action verb, lemmatised ('walk', 'look', 'argue'), when there is one. */
  action: z.string().max(64).optional(),
  /** Entities the beat is about, in order of mention. */
  subjects: z.array(Id).max(16).default([]),
  /** Mood words of this beat ('tense', 'tender'), which pick the camera angle. */
  mood: z.array(z.string().max(32)).max(8).default([]),
  /** The shot the text asks for in this beat; it wins over the breakdown's own choice. */
  direction: BeatDirection.optional(),
});
export type Beat = z.infer<typeof Beat>;

export const SceneDescription = z.object({
  title: z.string().max(200).optional(),
  setting: Setting,
  entities: z.array(Entity).max(100),
  relations: z.array(Relation).max(200).default([]),
  mood: z.array(z.string().max(32)).max(16).default([]),
  genre: z.enum(GENRES).optional(),
  beats: z.array(Beat).max(64).default([]),
  /** Kinds the text says are not there ("no windows", "nobody"): the place's furnishing leaves them out. */
  absent: z.array(z.string().max(64)).max(64).default([]),
  /** A lighting preset the text names ("Rembrandt lighting", "film noir lighting"). */
  lighting: z.string().max(64).optional(),
  /** A numbered shot list's shots ("SHOT 1 - …", "2) WS - …"): one frame each, when the caller asks for no count. */
  shotCount: z.number().int().min(2).max(64).optional(),
  /** Things the planner noticed and could not honour, in plain words. */
  warnings: z.array(z.string().max(500)).max(100).default([]),
});
export type SceneDescription = z.infer<typeof SceneDescription>;

/** The seeds' `base_params`: creative controls across the whole storyboard. */
export const BaseParams = z
  .object({
    fov: z.number().min(10).max(120).optional().describe('vertical field of view, degrees (sets the lens)'),
    lighting: z.number().min(0).max(100).optional().describe('0 dark and moody … 100 bright and even'),
    hdr_bloom: z.number().min(0).max(100).optional().describe('bloom strength'),
    color_temp: z.number().min(1000).max(40000).optional().describe('key light colour temperature, kelvin'),
    contrast: z.number().min(0).max(100).optional().describe('0 flat … 50 neutral … 100 punchy'),
    camera_angle: z.enum(['eye', 'high', 'low', 'birds-eye', 'worms-eye', 'dutch']).optional(),
    composition: z.enum(['auto', 'centered', 'thirds-left', 'thirds-right']).optional(),
  })
  .strict();
export type BaseParams = z.infer<typeof BaseParams>;

export function sceneDescriptionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SceneDescription, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
