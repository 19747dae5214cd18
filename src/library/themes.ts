/**
 * Level themes: the materials of floors, walls and ceilings, the proportions of rooms and doors, the light
 * fixtures and how rooms are furnished (data/themes.json). The ids are part of the schema because the CLI's
 * `--theme` choices and the dungeon generator name them.
 */
import { z } from 'zod';
import data from './data/themes.json' with { type: 'json' };
import { strictObject, Id } from '../core/zod.js';
import { builtinError, loadBuiltin } from './load.js';

export const THEME_IDS = ['dungeon', 'castle', 'cave', 'scifi', 'house', 'office'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

const metres = (max: number) => z.number().positive().max(max);

/** How one kind of prop furnishes a room: how often, and where it goes. */
export const Furnishing = strictObject({
  type: Id.describe('a prop generator type'),
  weight: z.number().positive().max(1000).describe("relative likelihood among this theme's furnishings"),
  rule: z.enum(['wall', 'corner', 'center', 'on', 'near']),
  target: Id.optional().describe('for `on` and `near`: the prop type it goes on or beside'),
  materials: z.record(z.string(), Id).optional().describe("material per slot for this theme (preset ids); otherwise the prop's defaults"),
  params: z.record(z.string(), z.unknown()).optional(),
});
export type Furnishing = z.input<typeof Furnishing>;

export const Theme = strictObject({
  id: z.enum(THEME_IDS),
  label: z.string().min(1).max(200),
  layout: z.enum(['rooms', 'bsp', 'caves']),
  materials: strictObject({ floor: Id, wall: Id, ceiling: Id }),
  palette: z.array(Id).max(256).describe('presets the theme draws on to reach `--materials K` distinct materials'),
  wallHeight: metres(100),
  wallThickness: metres(10),
  floorThickness: metres(10),
  ceiling: z.boolean(),
  door: strictObject({ width: metres(20), height: metres(20) }),
  corridorWidth: metres(100),
  roomSize: z.tuple([metres(1000), metres(1000)]),
  light: strictObject({ prop: Id, mount: z.enum(['wall', 'ceiling', 'floor']), kelvin: z.number().min(1000).max(40000), lumens: z.number().positive().max(1e7) })
    .describe('the fixture each light comes with, and its photometry'),
  furnishings: z.array(Furnishing).max(256),
  density: z.number().positive().max(10).describe('props per square metre of room floor, before the requested total scales it'),
  mood: Id.describe('a fitting lighting preset id for renders'),
});
export type Theme = z.input<typeof Theme>;

const ThemesFile = strictObject({ about: z.array(z.string()), themes: z.record(z.enum(THEME_IDS), Theme) });

function loadThemes(): Record<ThemeId, Theme> {
  const { themes } = loadBuiltin(ThemesFile, data, 'themes.json');
  const wrong = THEME_IDS.filter((id) => themes[id].id !== id);
  if (wrong.length) throw builtinError('themes.json', wrong.map((id) => ({ path: `themes.${id}.id`, message: `is "${themes[id].id}"; it must match its key` })));
  return themes;
}

export const THEMES: Readonly<Record<ThemeId, Theme>> = loadThemes();
