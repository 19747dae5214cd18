/**
 * The offline planner's vocabulary: one schema per lexicon, the built-in word lists (data/lexicon/*.json) and the
 * registry that user libraries extend. Every lexicon is plain data tied to the project's libraries by id
 * (generator types, material, lighting and grade presets, level themes), so the words can grow without touching
 * the parser. The lists are live: registration appends to them, and `vocabularyGeneration()` changes so the
 * planner's phrase indexes know to rebuild.
 */
import { z } from 'zod';
import propsData from './data/lexicon/props.json' with { type: 'json' };
import propsAnimalsData from './data/lexicon/props-animals.json' with { type: 'json' };
import propsVehiclesData from './data/lexicon/props-vehicles.json' with { type: 'json' };
import propsBuildingsData from './data/lexicon/props-buildings.json' with { type: 'json' };
import propsOutdoorData from './data/lexicon/props-outdoor.json' with { type: 'json' };
import propsTabletopData from './data/lexicon/props-tabletop.json' with { type: 'json' };
import propsInteriorData from './data/lexicon/props-interior.json' with { type: 'json' };
import propsPracticalsData from './data/lexicon/props-practicals.json' with { type: 'json' };
import peopleData from './data/lexicon/people.json' with { type: 'json' };
import peopleRolesData from './data/lexicon/people-roles.json' with { type: 'json' };
import placesData from './data/lexicon/places.json' with { type: 'json' };
import timeWeatherData from './data/lexicon/time-weather.json' with { type: 'json' };
import genresData from './data/lexicon/genres.json' with { type: 'json' };
import coloursData from './data/lexicon/colours.json' with { type: 'json' };
import materialsData from './data/lexicon/materials.json' with { type: 'json' };
import { strictObject, Id } from '../core/zod.js';
import { ShotAngle } from '../scene/schema.js';
import { loadBuiltin } from './load.js';
import { POSES, COSTUME_CUES } from './poses.js';

export { POSES };

export const TIMES_OF_DAY = ['dawn', 'morning', 'noon', 'afternoon', 'golden-hour', 'dusk', 'blue-hour', 'night', 'midnight'] as const;
export const WEATHERS = ['clear', 'overcast', 'rain', 'storm', 'fog', 'snow'] as const;
export const ERAS = ['any', 'ancient', 'medieval', 'victorian', 'modern', 'futuristic'] as const;
export const GENRES = ['drama', 'noir', 'horror', 'western', 'sci-fi', 'romance', 'documentary', 'fantasy', 'thriller', 'comedy', 'action', 'mystery'] as const;
export const SIZES = ['tiny', 'small', 'medium', 'large', 'huge'] as const;

const Words = z.array(z.string().min(1).max(80)).min(1).max(500).describe('lowercase; multi-word phrases allowed');
const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be "#rrggbb"');
/** `background`: the far end of the set, for things larger than the action (a lighthouse, a castle behind the knights). */
const Habit = z.enum(['wall', 'corner', 'center', 'floor', 'on-table', 'ceiling', 'wall-mount', 'background']);
const delta = z.number().min(-1).max(1);

export const PropWord = strictObject({
  kind: Id.describe('a geometry generator type'),
  words: Words.describe("singular nouns, lowercase ('coffee table', 'oil lamp')"),
  params: z.record(z.string(), z.unknown()).optional().describe("generator params for this word ('bar stool' → a stool 0.75 m high)"),
  habit: Habit.optional().describe('where this thing usually stands when the text gives no place'),
  restsOn: z.array(Id).max(16).optional().describe("kinds it is usually found on ('cup' → table, desk)"),
});

export const PersonWord = strictObject({
  words: Words,
  pronoun: z.enum(['she', 'he', 'they']),
  heightM: z.number().min(0.3).max(3).optional().describe("standing height when it differs from an adult's"),
  build: z.enum(['slim', 'average', 'broad']).optional(),
  count: z.number().int().min(2).max(50).optional().describe('how many people a group noun means ("twins" 2, "trio" 3)'),
  age: z.enum(['adult', 'teen', 'child']).optional().describe("the figure's proportions when not an adult's"),
});

export const PoseWords = strictObject({ pose: z.enum(POSES), words: Words });

export const PlaceWord = strictObject({
  id: Id,
  words: Words,
  interior: z.boolean(),
  size: z.tuple([z.number().min(0).max(1e4), z.number().min(0).max(1e4), z.number().min(0).max(1e4)])
    .describe('interior [width x, depth z, height y] metres; exterior the ground extent [x, z, 0]'),
  floor: Id.describe('material preset id; exteriors repeat their ground'),
  walls: Id.optional(),
  ceiling: Id.optional(),
  ground: Id.optional(),
  furnishing: z.array(strictObject({
    kind: Id,
    count: z.number().int().min(1).max(100),
    habit: Habit.optional(),
    eras: z.array(z.enum(ERAS)).max(8).optional().describe('only in a scene of one of these eras'),
    genres: z.array(z.enum(GENRES)).max(16).optional().describe('only in a scene of one of these genres'),
    defining: z.boolean().optional().describe("what makes the place itself (a greenhouse's potting benches): kept however much else the text names"),
  })).max(64)
    .describe('what furnishes the place when the text names nothing, in order of importance'),
  frontage: z.array(strictObject({
    kind: Id.describe('a building prop type'),
    params: z.record(z.string(), z.unknown()).optional(),
    eras: z.array(z.enum(ERAS)).max(8).optional(),
    genres: z.array(z.enum(GENRES)).max(16).optional(),
  })).max(16).optional()
    .describe("the buildings lining an exterior's two long sides, fronts to the street: the first entry that fits the scene's era and genre"),
  grounds: z.array(strictObject({ ground: Id, eras: z.array(z.enum(ERAS)).max(8).optional(), genres: z.array(z.enum(GENRES)).max(16).optional() })).max(8).optional()
    .describe("an exterior's ground in another period or genre (a Western's main street is dirt): the first that fits, else `ground`"),
  era: z.enum(ERAS).optional(),
  generic: z.boolean().optional()
    .describe('a kind of space any building has (a corridor, a workshop): after another place word it is that place\'s ("a dungeon corridor" is a dungeon), where a specific one names the set itself ("a monastery scriptorium")'),
  lighting: strictObject({ day: Id, night: Id }).describe('lighting preset ids'),
  grade: Id.optional().describe('grade preset id'),
  theme: Id.optional().describe('level theme, when one suits'),
  view: Id.optional().describe("material preset its windows look out on at every hour (a starship's on space); else the sky of the scene's time of day"),
});

export const TimeWords = strictObject({ time: z.enum(TIMES_OF_DAY), words: Words, lighting: Id.describe('lighting preset id for an exterior') });

export const WeatherWords = strictObject({
  weather: z.enum(WEATHERS),
  words: Words,
  lighting: Id.optional().describe('lighting preset id for an exterior by day (and at night, unless nightLighting says otherwise)'),
  nightLighting: Id.optional(),
  fog: strictObject({ density: z.number().min(0).max(10), color: HexColour }).optional().describe('exponential fog per metre, sRGB colour'),
});

/** Words for what the renderer draws in the air and on the ground: a weather with its intensity, light shafts, reflections. */
export const AtmosphereWords = strictObject({
  words: Words,
  weather: strictObject({ type: z.enum(['rain', 'snow', 'mist']), intensity: z.number().min(0).max(1) }).optional(),
  volumetric: z.literal(true).optional().describe('light shafts through smoke or dust'),
  reflections: z.literal(true).optional().describe('polished or wet floors that mirror the set'),
});
export type AtmosphereWords = z.infer<typeof AtmosphereWords>;

export const EraWords = strictObject({
  era: z.enum(ERAS),
  words: Words,
  materials: strictObject({ wood: Id.optional(), metal: Id.optional(), stone: Id.optional() }).optional()
    .describe("material preset ids that stand in for 'wood', 'metal' and 'stone' in this era"),
});

export const GenreProfile = strictObject({
  genre: z.enum(GENRES),
  words: Words,
  lighting: strictObject({ day: Id, night: Id }),
  grade: Id,
  look: strictObject({
    contrast: delta.optional(), saturation: delta.optional(),
    bloom: z.number().min(0).max(1).optional(), grain: z.number().min(0).max(1).optional(), vignette: z.number().min(0).max(1).optional(),
    exposureEv: z.number().min(-16).max(16).optional(),
  }).describe("contrast/saturation like the spec's Look; bloom/grain/vignette intensities; exposure in stops"),
  angles: strictObject({ power: ShotAngle.optional(), vulnerable: ShotAngle.optional(), unease: ShotAngle.optional() }),
  focalLengthScale: z.number().min(0.25).max(4).optional().describe("1 = the shot grammar's default lens"),
  era: z.enum(ERAS).optional().describe('the period the genre sets a scene in when the text names none (a Western is the 19th century)'),
});

export const MoodWord = strictObject({
  mood: z.string().min(1).max(64),
  words: Words,
  angle: ShotAngle.optional(),
  lighting: Id.optional(),
  grade: Id.optional(),
});

export const MaterialWord = strictObject({ words: Words, material: Id.describe('material preset id') });

export const SizeWords = strictObject({ size: z.enum(SIZES), words: Words, scale: z.number().positive().max(100).describe("uniform scale against the prop's default dimensions") });

export const ColourModifier = strictObject({ lightness: delta.optional(), saturation: delta.optional() });

const WordKey = z.string().min(1).max(80);

/** Every lexicon a library file may add to; each key optional. */
export const Vocabulary = strictObject({
  props: z.array(PropWord).max(10_000).optional(),
  people: z.array(PersonWord).max(10_000).optional(),
  poses: z.array(PoseWords).max(1000).optional(),
  places: z.array(PlaceWord).max(10_000).optional(),
  times: z.array(TimeWords).max(1000).optional(),
  weathers: z.array(WeatherWords).max(1000).optional(),
  eras: z.array(EraWords).max(1000).optional(),
  genres: z.array(GenreProfile).max(1000).optional(),
  moods: z.array(MoodWord).max(1000).optional(),
  materials: z.array(MaterialWord).max(10_000).optional(),
  sizes: z.array(SizeWords).max(1000).optional(),
  colours: z.record(WordKey, HexColour).optional().describe('colour name → sRGB hex'),
  colourModifiers: z.record(WordKey, ColourModifier).optional().describe("'pale', 'deep' … → HSL lightness and saturation deltas"),
  irregularPlurals: z.record(WordKey, WordKey).optional().describe("plural → singular ('geese' → 'goose')"),
});

export type PropWord = z.input<typeof PropWord>;
export type PersonWord = z.input<typeof PersonWord>;
export type PoseWords = z.input<typeof PoseWords>;
export type PlaceWord = z.input<typeof PlaceWord>;
export type TimeWords = z.input<typeof TimeWords>;
export type WeatherWords = z.input<typeof WeatherWords>;
export type EraWords = z.input<typeof EraWords>;
export type GenreProfile = z.input<typeof GenreProfile>;
export type MoodWord = z.input<typeof MoodWord>;
export type MaterialWord = z.input<typeof MaterialWord>;
export type SizeWords = z.input<typeof SizeWords>;
export type ColourModifier = z.input<typeof ColourModifier>;
export type Vocabulary = z.input<typeof Vocabulary>;

const about = z.array(z.string());
const props = loadBuiltin(strictObject({ about, props: z.array(PropWord), irregularPlurals: z.record(WordKey, WordKey), sizes: z.array(SizeWords) }), propsData, 'lexicon/props.json');
const people = loadBuiltin(strictObject({ about, people: z.array(PersonWord), titles: z.array(PersonWord), actions: z.array(z.string().min(1).max(40)), costumes: z.array(strictObject({ cue: z.enum(COSTUME_CUES), words: Words, roles: Words.optional().describe('people who wear it as a rule (an astronaut, a knight), singular') })), poses: z.array(PoseWords) }), peopleData, 'lexicon/people.json');
const places = loadBuiltin(strictObject({ about, places: z.array(PlaceWord), defaultInterior: PlaceWord, defaultExterior: PlaceWord }), placesData, 'lexicon/places.json');
const timeWeather = loadBuiltin(strictObject({ about, times: z.array(TimeWords), weathers: z.array(WeatherWords), eras: z.array(EraWords), atmosphere: z.array(AtmosphereWords) }), timeWeatherData, 'lexicon/time-weather.json');
const genres = loadBuiltin(strictObject({ about, genres: z.array(GenreProfile), moods: z.array(MoodWord) }), genresData, 'lexicon/genres.json');
const colours = loadBuiltin(strictObject({ about, colours: z.record(WordKey, HexColour), modifiers: z.record(WordKey, ColourModifier) }), coloursData, 'lexicon/colours.json');
const materials = loadBuiltin(strictObject({ about, materials: z.array(MaterialWord) }), materialsData, 'lexicon/materials.json');

/** The prop nouns: props.json, then one file per batch of props (animals, vehicles, …), same entry shape. */
const PropBatch = strictObject({ about, props: z.array(PropWord) });
const propBatches = ([
  ['animals', propsAnimalsData], ['vehicles', propsVehiclesData], ['buildings', propsBuildingsData],
  ['outdoor', propsOutdoorData], ['tabletop', propsTabletopData], ['interior', propsInteriorData], ['practicals', propsPracticalsData],
] as const).flatMap(([name, data]) => loadBuiltin(PropBatch, data, `lexicon/props-${name}.json`).props);

export const PROP_WORDS: readonly PropWord[] = [...props.props, ...propBatches];
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = props.irregularPlurals;
export const SIZE_WORDS: readonly SizeWords[] = props.sizes;
const roles = loadBuiltin(strictObject({ about, people: z.array(PersonWord) }), peopleRolesData, 'lexicon/people-roles.json');
/** People nouns: people.json's, then people-roles.json's trades, ranks and character types. */
export const PERSON_WORDS: readonly PersonWord[] = [...people.people, ...roles.people];
export const POSE_WORDS: readonly PoseWords[] = people.poses;
/** Words before a name that say who someone is ("Captain Reyes", "Mrs. Hale"): the name is the person, the title its pronoun. */
export const TITLE_WORDS: readonly PersonWord[] = people.titles;
/** Verbs only people do ("says", "sits", "nods"): an unknown capitalised word before one is somebody's name ("Kenji nods"). */
export const PERSON_ACTIONS: ReadonlySet<string> = new Set(people.actions);
/** What people wear that the figure shows as a costume cue ("in a trench coat" → coat). */
export const COSTUME_WORDS: readonly { cue: (typeof COSTUME_CUES)[number]; words: readonly string[]; roles?: readonly string[] }[] = people.costumes;
export const PLACE_WORDS: readonly PlaceWord[] = places.places;
export const DEFAULT_INTERIOR: PlaceWord = places.defaultInterior;
export const DEFAULT_EXTERIOR: PlaceWord = places.defaultExterior;
export const TIME_WORDS: readonly TimeWords[] = timeWeather.times;
export const WEATHER_WORDS: readonly WeatherWords[] = timeWeather.weathers;
export const ERA_WORDS: readonly EraWords[] = timeWeather.eras;
export const ATMOSPHERE_WORDS: readonly AtmosphereWords[] = timeWeather.atmosphere;
export const GENRE_PROFILES: readonly GenreProfile[] = genres.genres;
export const MOOD_WORDS: readonly MoodWord[] = genres.moods;
export const COLOUR_WORDS: Readonly<Record<string, string>> = colours.colours;
export const COLOUR_MODIFIERS: Readonly<Record<string, ColourModifier>> = colours.modifiers;
export const MATERIAL_WORDS: readonly MaterialWord[] = materials.materials;

/** Lowercase, no accents, curly quotes straightened, hyphens as spaces, single spaces: how every word is compared. */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[-\u2010-\u2014]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type ListKey = 'props' | 'people' | 'poses' | 'places' | 'times' | 'weathers' | 'eras' | 'genres' | 'moods' | 'materials' | 'sizes';
type RecordKey = 'colours' | 'colourModifiers' | 'irregularPlurals';

const LISTS: Record<ListKey, { words: string[] }[]> = {
  props: PROP_WORDS as PropWord[],
  people: PERSON_WORDS as PersonWord[],
  poses: POSE_WORDS as PoseWords[],
  places: PLACE_WORDS as PlaceWord[],
  times: TIME_WORDS as TimeWords[],
  weathers: WEATHER_WORDS as WeatherWords[],
  eras: ERA_WORDS as EraWords[],
  genres: GENRE_PROFILES as GenreProfile[],
  moods: MOOD_WORDS as MoodWord[],
  materials: MATERIAL_WORDS as MaterialWord[],
  sizes: SIZE_WORDS as SizeWords[],
};
const RECORDS: Record<RecordKey, Record<string, unknown>> = {
  colours: COLOUR_WORDS as Record<string, string>,
  colourModifiers: COLOUR_MODIFIERS as Record<string, ColourModifier>,
  irregularPlurals: IRREGULAR_PLURALS as Record<string, string>,
};

let generation = 0;

/** Changes whenever registration adds words, so indexes built over the lexicons know to rebuild. */
export function vocabularyGeneration(): number {
  return generation;
}

/**
 * The clashes `vocabulary` would cause, as issues under `at` (e.g. `vocabulary.props[2].words[0]`): a word that
 * already means something in the same lexicon, a record key already defined, a place id already taken. Words
 * are compared normalised, as the planner looks them up.
 */
export function vocabularyClashes(vocabulary: Vocabulary, at = 'vocabulary'): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  for (const key of Object.keys(LISTS) as ListKey[]) {
    const known = new Set(LISTS[key].flatMap((e) => e.words.map(normalise)));
    (vocabulary[key] ?? []).forEach((entry, i) => {
      entry.words.forEach((w, j) => {
        const n = normalise(w);
        if (known.has(n)) issues.push({ path: `${at}.${key}[${i}].words[${j}]`, message: `"${w}" is already a word in the ${key} lexicon` });
        known.add(n);
      });
    });
  }
  const placeIds = new Set(PLACE_WORDS.map((p) => p.id));
  (vocabulary.places ?? []).forEach((p, i) => {
    if (placeIds.has(p.id)) issues.push({ path: `${at}.places[${i}].id`, message: `place "${p.id}" already exists` });
    placeIds.add(p.id);
  });
  for (const key of Object.keys(RECORDS) as RecordKey[]) {
    const known = new Set(Object.keys(RECORDS[key]).map(normalise));
    for (const word of Object.keys(vocabulary[key] ?? {})) {
      if (known.has(normalise(word))) issues.push({ path: `${at}.${key}[${JSON.stringify(word)}]`, message: `"${word}" is already defined` });
    }
  }
  return issues;
}

/** Adds the words to the live lexicons; call after `vocabularyClashes` found none. */
export function registerVocabulary(vocabulary: Vocabulary): void {
  for (const key of Object.keys(LISTS) as ListKey[]) LISTS[key].push(...((vocabulary[key] ?? []) as { words: string[] }[]));
  for (const key of Object.keys(RECORDS) as RecordKey[]) Object.assign(RECORDS[key], vocabulary[key] ?? {});
  generation++;
}
