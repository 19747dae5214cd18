import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadBuiltin } from '../../src/library/load.js';
import { MaterialPresetSchema, MATERIAL_PRESETS, MATERIAL_FAMILIES, SOURCES } from '../../src/library/materials/index.js';
import { LightingPresetSchema, LIGHTING_PRESETS } from '../../src/library/lighting/index.js';
import { GradePreset, GRADE_PRESETS } from '../../src/library/grades.js';
import { Theme, THEMES, THEME_IDS } from '../../src/library/themes.js';
import { Vocabulary, PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from '../../src/library/vocabulary.js';
import { Canvas3dError } from '../../src/core/errors.js';

const DATA = path.resolve('src/library/data');
const read = (rel: string): Record<string, unknown> => JSON.parse(readFileSync(path.join(DATA, rel), 'utf8')) as Record<string, unknown>;

test('every material family file validates and the families add up to the registry', () => {
  let count = 0;
  for (const family of MATERIAL_FAMILIES) {
    const { presets } = read(`materials/${family}.json`) as { presets: unknown[] };
    const r = z.array(MaterialPresetSchema).safeParse(presets);
    assert.ok(r.success, `${family}.json: ${r.error?.message}`);
    count += presets.length;
  }
  assert.equal(count, MATERIAL_PRESETS.length);
  assert.equal(count, 725);
  assert.deepEqual(read('materials/sources.json'), SOURCES);
  // Every file in the folder is one the loader reads: no orphaned data.
  assert.deepEqual(readdirSync(path.join(DATA, 'materials')).sort(), [...MATERIAL_FAMILIES.map((f) => `${f}.json`), 'sources.json'].sort());
});

test('lighting, grade and theme files validate, and the loaded data is the file as written', () => {
  const lighting = read('lighting.json').presets as unknown[];
  assert.ok(z.array(LightingPresetSchema).safeParse(lighting).success);
  assert.deepEqual(LIGHTING_PRESETS, lighting, 'defaults stay implicit: nothing is filled in at load');
  const grades = read('grades.json').presets as unknown[];
  assert.ok(z.array(GradePreset).safeParse(grades).success);
  assert.deepEqual(GRADE_PRESETS, grades);
  const themes = read('themes.json').themes as Record<string, unknown>;
  assert.deepEqual(Object.keys(themes), [...THEME_IDS]);
  for (const id of THEME_IDS) assert.ok(Theme.safeParse(themes[id]).success, id);
  assert.deepEqual(THEMES, themes);
});

test('every lexicon file validates as vocabulary a user library could give', () => {
  const props = read('lexicon/props.json');
  const batches = readdirSync(path.join(DATA, 'lexicon')).filter((f) => /^props-.+\.json$/.test(f));
  const propWords = [...(props.props as unknown[]), ...batches.flatMap((f) => read(`lexicon/${f}`).props as unknown[])];
  const people = read('lexicon/people.json');
  const places = read('lexicon/places.json');
  const tw = read('lexicon/time-weather.json');
  const genres = read('lexicon/genres.json');
  const colours = read('lexicon/colours.json');
  const materials = read('lexicon/materials.json');
  const all = {
    props: propWords, irregularPlurals: props.irregularPlurals, sizes: props.sizes, people: [...(people.people as unknown[]), ...(read('lexicon/people-roles.json').people as unknown[])], poses: people.poses,
    places: [...(places.places as unknown[]), places.defaultInterior, places.defaultExterior], times: tw.times, weathers: tw.weathers, eras: tw.eras,
    genres: genres.genres, moods: genres.moods, colours: colours.colours, colourModifiers: colours.modifiers, materials: materials.materials,
  };
  const r = Vocabulary.safeParse(all);
  assert.ok(r.success, r.error?.message);
  assert.deepEqual(PLACE_WORDS, places.places);
  assert.deepEqual([DEFAULT_INTERIOR, DEFAULT_EXTERIOR], [places.defaultInterior, places.defaultExterior]);
  assert.equal(readdirSync(path.join(DATA, 'lexicon')).length, 8 + batches.length);
  assert.equal(batches.length, 7, 'one prop-word file per batch of props');
});

test('a bad built-in file fails loudly, naming the file and the path of each problem', () => {
  const file = read('lighting.json') as { about: string[]; presets: Record<string, unknown>[] };
  const broken = structuredClone(file);
  (broken.presets[2]!.lights as Record<string, unknown>[])[0]!.kelvin = 90_000;
  broken.presets[5]!.categry = 'studio';
  const schema = z.strictObject({ about: z.array(z.string()), presets: z.array(LightingPresetSchema) });
  assert.throws(
    () => loadBuiltin(schema, broken, 'lighting.json'),
    (err: unknown) => {
      assert.ok(err instanceof Canvas3dError);
      assert.equal(err.code, 'C3D_INTERNAL');
      const paths = err.issues.map((i) => i.path);
      assert.ok(paths.includes('src/library/data/lighting.json: presets[2].lights[0].kelvin'), paths.join('\n'));
      assert.ok(err.issues.some((i) => i.path === 'src/library/data/lighting.json: presets[5]' && /unknown key "categry" — did you mean "category"/.test(i.message)), JSON.stringify(err.issues));
      return true;
    },
  );
  assert.doesNotThrow(() => loadBuiltin(schema, file, 'lighting.json'));
});

test('kind families name prop kinds the planner knows, each kind in one family', async () => {
  const { KIND_FAMILIES } = await import('../../src/library/kind-families.js');
  const { PROP_WORDS } = await import('../../src/planner/lexicon/index.js');
  const known = new Set(PROP_WORDS.map((p) => p.kind));
  const seen = new Set<string>();
  for (const f of KIND_FAMILIES) {
    for (const k of f.kinds) {
      assert.ok(known.has(k), `${f.noun}: "${k}" is not a prop kind`);
      assert.ok(!seen.has(k), `"${k}" is in two families`);
      seen.add(k);
    }
  }
});
