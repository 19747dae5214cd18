import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generatorTypes, getGenerator } from '../../src/geometry/registry.js';
import { PROPS, getProp } from '../../src/geometry/props/index.js';
import { BUILTIN_LIBRARY } from '../../src/materials/library.js';
import { getLightingPreset } from '../../src/library/lighting/index.js';
import { getGradePreset } from '../../src/grading/index.js';
import { THEME_IDS } from '../../src/geometry/level/themes.js';
import { ERAS, GENRES, POSES, SIZES, TIMES_OF_DAY, WEATHERS } from '../../src/planner/description.js';
import {
  COLOUR_MODIFIERS, COLOUR_WORDS, DEFAULT_EXTERIOR, DEFAULT_INTERIOR, ERA_WORDS, GENRE_PROFILES, IRREGULAR_PLURALS, MATERIAL_WORDS, MOOD_WORDS,
  PERSON_WORDS, PLACE_WORDS, POSE_WORDS, PROP_WORDS, SIZE_WORDS, TIME_WORDS, WEATHER_WORDS,
  applyColourModifier, hexToHsl, lookupColour, lookupKind, lookupMaterial, lookupPerson, lookupPlace, lookupProp, lookupSize, normalise, singular,
} from '../../src/planner/lexicon/index.js';

const HEX = /^#[0-9a-f]{6}$/i;
const ALL_PLACES = [...PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR];

/** Words that appear in more than one entry of a lexicon, normalised, with the entries' labels. */
function clashes(entries: { label: string; words: readonly string[] }[]): string[] {
  const owner = new Map<string, string>();
  const out: string[] = [];
  entries.forEach((e, i) => {
    for (const w of e.words) {
      const key = normalise(w);
      const tag = `${i}:${e.label}`;
      const prior = owner.get(key);
      if (prior !== undefined && prior !== tag) out.push(`'${w}': ${prior} and ${tag}`);
      owner.set(key, tag);
    }
  });
  return out;
}

function assertMaterial(id: string | undefined, where: string) {
  assert.ok(id !== undefined && BUILTIN_LIBRARY.get(id), `${where}: material preset '${id}' exists`);
}
function assertLighting(id: string | undefined, where: string) {
  assert.ok(id !== undefined && getLightingPreset(id), `${where}: lighting preset '${id}' exists`);
}
function assertGrade(id: string | undefined, where: string) {
  assert.ok(id !== undefined && getGradePreset(id), `${where}: grade preset '${id}' exists`);
}

/* ------------------------------------------------------------------------------------ references */

test('every prop word names a generator, and its params are valid for it', () => {
  const types = new Set(generatorTypes());
  for (const p of PROP_WORDS) {
    assert.ok(types.has(p.kind), `${p.words[0]}: generator '${p.kind}'`);
    const parsed = getGenerator(p.kind)!.schema.safeParse({ type: p.kind, ...p.params });
    assert.ok(parsed.success, `${p.words[0]} → ${p.kind} ${JSON.stringify(p.params)}: ${parsed.success ? '' : parsed.error.message}`);
    for (const w of p.words) assert.equal(w, w.toLowerCase(), `'${w}' is lowercase`);
  }
});

test('things rest only on props with a surface', () => {
  for (const p of PROP_WORDS) {
    for (const surface of p.restsOn ?? []) {
      assert.ok(getProp(surface)?.prop.surfaceHeight, `${p.words[0]} rests on '${surface}', a prop with a surface`);
    }
    if (p.restsOn) assert.equal(p.habit, 'on-table', `${p.words[0]}: things that rest on others are on-table`);
  }
});

test('places reference existing materials, lighting, grades, themes and generators', () => {
  const types = new Set(generatorTypes());
  for (const place of ALL_PLACES) {
    const at = `place ${place.id}`;
    assertMaterial(place.floor, at);
    if (place.interior) {
      assertMaterial(place.walls, at);
      assertMaterial(place.ceiling, at);
    } else {
      assertMaterial(place.ground, at);
      assert.equal(place.floor, place.ground, `${at}: an exterior's floor is its ground`);
    }
    if (place.view !== undefined) assertMaterial(place.view, at);
    assertLighting(place.lighting.day, at);
    assertLighting(place.lighting.night, at);
    if (place.grade !== undefined) assertGrade(place.grade, at);
    if (place.theme !== undefined) assert.ok((THEME_IDS as readonly string[]).includes(place.theme), `${at}: theme '${place.theme}'`);
    if (place.era !== undefined) assert.ok((ERAS as readonly string[]).includes(place.era), `${at}: era`);
    assert.ok(place.furnishing.length > 0, `${at} is furnished`);
    for (const f of place.furnishing) {
      assert.ok(types.has(f.kind), `${at}: furnishing '${f.kind}' is a generator`);
      assert.ok(Number.isInteger(f.count) && f.count >= 1 && f.count <= 50, `${at}: ${f.kind} count ${f.count}`);
    }
  }
});

test('furnishing habits can be honoured', () => {
  for (const place of ALL_PLACES) {
    const hasSurface = place.furnishing.some((f) => getProp(f.kind)?.prop.surfaceHeight);
    for (const f of place.furnishing) {
      if (f.habit === 'on-table') {
        assert.ok(getProp(f.kind)?.prop.placement.includes('surface'), `${place.id}: ${f.kind} can stand on a surface`);
        assert.ok(hasSurface, `${place.id}: something for the ${f.kind} to stand on`);
      }
      if (!place.interior) assert.ok(f.habit !== 'ceiling' && f.habit !== 'wall-mount', `${place.id}: no ceiling or walls outdoors (${f.kind})`);
    }
  }
});

test('place sizes are real-world sizes', () => {
  for (const place of ALL_PLACES) {
    const [x, z, y] = place.size;
    if (place.interior) {
      assert.ok(x >= 2 && x <= 40 && z >= 2 && z <= 60, `${place.id}: floor ${x} × ${z} m`);
      assert.ok(y >= 2.2 && y <= 15, `${place.id}: ceiling ${y} m`);
    } else {
      assert.ok(x >= 4 && x <= 200 && z >= 4 && z <= 200, `${place.id}: ground ${x} × ${z} m`);
      assert.equal(y, 0, `${place.id}: an exterior has no ceiling`);
    }
  }
  const kitchen = PLACE_WORDS.find((p) => p.id === 'kitchen')!;
  assert.deepEqual(kitchen.size, [4, 4, 2.7]);
});

test('time, weather and era words reference existing presets', () => {
  for (const t of TIME_WORDS) assertLighting(t.lighting, `time ${t.time}`);
  for (const w of WEATHER_WORDS) {
    if (w.lighting !== undefined) assertLighting(w.lighting, `weather ${w.weather}`);
    if (w.nightLighting !== undefined) assertLighting(w.nightLighting, `weather ${w.weather} at night`);
    if (w.fog) {
      assert.match(w.fog.color, HEX);
      assert.ok(w.fog.density > 0 && w.fog.density < 1);
    }
  }
  for (const e of ERA_WORDS) {
    for (const id of Object.values(e.materials ?? {})) assertMaterial(id, `era ${e.era}`);
  }
  const eraMetal = ERA_WORDS.flatMap((e) => (e.materials?.metal ? [e.materials.metal] : []));
  for (const id of eraMetal) assert.ok(['metal', 'precious'].includes(BUILTIN_LIBRARY.get(id)!.family), `${id} is a metal`);
  const eraWood = ERA_WORDS.flatMap((e) => (e.materials?.wood ? [e.materials.wood] : []));
  for (const id of eraWood) assert.equal(BUILTIN_LIBRARY.get(id)!.family, 'wood', `${id} is a wood`);
});

test('genres and moods reference existing presets', () => {
  for (const g of GENRE_PROFILES) {
    assertLighting(g.lighting.day, `genre ${g.genre}`);
    assertLighting(g.lighting.night, `genre ${g.genre}`);
    assertGrade(g.grade, `genre ${g.genre}`);
    for (const k of ['contrast', 'saturation'] as const) {
      const v = g.look[k];
      if (v !== undefined) assert.ok(v >= -1 && v <= 1, `${g.genre} ${k}`);
    }
    for (const k of ['bloom', 'grain', 'vignette'] as const) {
      const v = g.look[k];
      if (v !== undefined) assert.ok(v >= 0 && v <= 1, `${g.genre} ${k}`);
    }
    if (g.focalLengthScale !== undefined) assert.ok(g.focalLengthScale >= 0.5 && g.focalLengthScale <= 2);
  }
  const noir = GENRE_PROFILES.find((g) => g.genre === 'noir')!;
  const horror = GENRE_PROFILES.find((g) => g.genre === 'horror')!;
  assert.ok(noir.focalLengthScale! > 1, 'noir reaches for longer lenses');
  assert.ok(horror.focalLengthScale! < 1, 'horror reaches for wider lenses');
  for (const m of MOOD_WORDS) {
    if (m.lighting !== undefined) assertLighting(m.lighting, `mood ${m.mood}`);
    if (m.grade !== undefined) assertGrade(m.grade, `mood ${m.mood}`);
  }
});

test('material words reference existing presets', () => {
  for (const m of MATERIAL_WORDS) assertMaterial(m.material, `material '${m.words[0]}'`);
});

test('person words fit the person prop', () => {
  const schema = getGenerator('person')!.schema;
  for (const p of PERSON_WORDS) {
    const params = { type: 'person', ...(p.heightM !== undefined ? { height: p.heightM } : {}), ...(p.build ? { build: p.build } : {}) };
    assert.ok(schema.safeParse(params).success, `${p.words[0]}: ${JSON.stringify(params)}`);
  }
});

/* ------------------------------------------------------------------------------------ one meaning per word */

test('no word means two things within a lexicon', () => {
  const cases: [string, { label: string; words: readonly string[] }[]][] = [
    ['props', PROP_WORDS.map((p) => ({ label: p.kind, words: p.words }))],
    ['people', PERSON_WORDS.map((p) => ({ label: p.pronoun, words: p.words }))],
    ['places', ALL_PLACES.map((p) => ({ label: p.id, words: p.words }))],
    ['colours', Object.keys(COLOUR_WORDS).map((w) => ({ label: w, words: [w] }))],
    ['materials', MATERIAL_WORDS.map((m) => ({ label: m.material, words: m.words }))],
    ['times', TIME_WORDS.map((t) => ({ label: t.time, words: t.words }))],
    ['weather', WEATHER_WORDS.map((w) => ({ label: w.weather, words: w.words }))],
    ['eras', ERA_WORDS.map((e) => ({ label: e.era, words: e.words }))],
    ['genres', GENRE_PROFILES.map((g) => ({ label: g.genre, words: g.words }))],
    ['moods', MOOD_WORDS.map((m) => ({ label: m.mood, words: m.words }))],
    ['sizes', SIZE_WORDS.map((s) => ({ label: s.size, words: s.words }))],
    ['poses', POSE_WORDS.map((p) => ({ label: p.pose, words: p.words }))],
    ['colour modifiers vs colours', [{ label: 'modifier', words: Object.keys(COLOUR_MODIFIERS) }, { label: 'colour', words: Object.keys(COLOUR_WORDS) }]],
  ];
  for (const [name, entries] of cases) assert.deepEqual(clashes(entries), [], `${name}: one meaning per word`);
});

test('a noun is a person or a prop, never both', () => {
  const people = new Set(PERSON_WORDS.flatMap((p) => p.words.map(normalise)));
  const both = PROP_WORDS.flatMap((p) => p.words.map(normalise)).filter((w) => people.has(w));
  assert.deepEqual(both, []);
});

test('prop words are singular', () => {
  // A word that singularises to something else would be unreachable as written.
  const plural = PROP_WORDS.flatMap((p) => p.words).filter((w) => singular(w) !== w && !['bones', 'remains'].includes(w));
  assert.deepEqual(plural, []);
});

/* ------------------------------------------------------------------------------------ coverage */

test('counts: props, places, genres, moods, colours, materials', () => {
  const propWords = PROP_WORDS.reduce((n, p) => n + p.words.length, 0);
  assert.ok(propWords >= 250, `${propWords} prop words`);
  const covered = new Set(PROP_WORDS.map((p) => p.kind));
  for (const prop of PROPS) assert.ok(covered.has(prop.type), `prop '${prop.type}' has words`);

  assert.ok(PLACE_WORDS.length >= 35, `${PLACE_WORDS.length} places`);
  assert.ok(PLACE_WORDS.some((p) => p.interior) && PLACE_WORDS.some((p) => !p.interior), 'interiors and exteriors');
  assert.equal(DEFAULT_INTERIOR.interior, true);
  assert.equal(DEFAULT_EXTERIOR.interior, false);
  assert.equal(new Set(PLACE_WORDS.map((p) => p.id)).size, PLACE_WORDS.length, 'place ids are unique');

  assert.deepEqual(GENRE_PROFILES.map((g) => g.genre).sort(), [...GENRES].sort(), 'one profile per genre');
  const moods = new Set(MOOD_WORDS.map((m) => m.mood));
  assert.ok(moods.size >= 14, `${moods.size} moods`);
  assert.ok(MOOD_WORDS.reduce((n, m) => n + m.words.length, 0) >= 80, 'mood words');
  assert.ok(Object.keys(COLOUR_WORDS).length >= 80, `${Object.keys(COLOUR_WORDS).length} colours`);
  assert.ok(MATERIAL_WORDS.length >= 60, `${MATERIAL_WORDS.length} material entries`);

  for (const t of TIMES_OF_DAY) assert.ok(TIME_WORDS.some((w) => w.time === t), `time ${t}`);
  for (const w of WEATHERS) assert.ok(WEATHER_WORDS.some((x) => x.weather === w), `weather ${w}`);
  for (const e of ERAS.filter((x) => x !== 'any')) assert.ok(ERA_WORDS.some((x) => x.era === e), `era ${e}`);
  for (const s of SIZES) assert.ok(SIZE_WORDS.some((x) => x.size === s), `size ${s}`);
  for (const p of POSES) assert.ok(POSE_WORDS.some((x) => x.pose === p), `pose ${p}`);
});

test('the mood angles follow the trade: power low, vulnerability high, unease dutch', () => {
  const angle = (mood: string) => MOOD_WORDS.find((m) => m.mood === mood)?.angle;
  assert.equal(angle('powerful'), 'low');
  assert.equal(angle('vulnerable'), 'high');
  assert.equal(angle('unease'), 'dutch');
  for (const w of ['towering', 'dominant', 'triumphant']) assert.equal(MOOD_WORDS.find((m) => m.words.includes(w))?.angle, 'low', w);
  for (const w of ['afraid', 'scared', 'helpless', 'weak']) assert.equal(MOOD_WORDS.find((m) => m.words.includes(w))?.angle, 'high', w);
  for (const w of ['disoriented', 'drunk', 'dizzy', 'unsettling']) assert.equal(MOOD_WORDS.find((m) => m.words.includes(w))?.angle, 'dutch', w);
});

test('colours are valid hex, and sizes scale in order', () => {
  for (const [name, hex] of Object.entries(COLOUR_WORDS)) assert.match(hex, HEX, name);
  const scales = SIZES.map((s) => SIZE_WORDS.find((x) => x.size === s)!.scale);
  assert.deepEqual(scales, [0.5, 0.75, 1, 1.35, 2]);
});

/* ------------------------------------------------------------------------------------ lookups */

test('singular: irregulars and the regular rules', () => {
  const cases: Record<string, string> = {
    shelves: 'shelf', barrels: 'barrel', boxes: 'box', benches: 'bench', candles: 'candle', knives: 'knife', people: 'person',
    men: 'man', women: 'woman', children: 'child', torches: 'torch', bushes: 'bush', glasses: 'glass', vases: 'vase', bookshelves: 'bookshelf',
    'coffee tables': 'coffee table', 'chests of drawers': 'chest of drawers', 'bar-stools': 'bar-stool', cities: 'city', horses: 'horse',
    foxes: 'fox', valves: 'valve', leaves: 'leaf', cacti: 'cactus', fungi: 'fungus', moss: 'moss', cactus: 'cactus', barrel: 'barrel',
    bricks: 'brick', bones: 'bone', remains: 'remains', stairs: 'staircase', Barrels: 'barrel',
    taxis: 'taxi', caves: 'cave', wolves: 'wolf', oasis: 'oasis', bus: 'bus', canvas: 'canvas', lamps: 'lamp',
  };
  for (const [plural, one] of Object.entries(cases)) assert.equal(singular(plural), one, plural);
  for (const [plural, one] of Object.entries(IRREGULAR_PLURALS)) assert.equal(singular(plural), one, plural);
});

test('lookupProp: synonyms, multi-word nouns and plurals', () => {
  assert.equal(lookupProp('keg')?.kind, 'barrel');
  assert.equal(lookupProp('cask')?.kind, 'barrel');
  assert.equal(lookupProp('coffee table')?.kind, 'coffee_table');
  assert.equal(lookupProp('coffee tables')?.kind, 'coffee_table');
  assert.equal(lookupProp('Four-Poster')?.kind, 'bed');
  assert.equal(lookupProp('box')?.kind, 'crate');
  assert.equal(lookupProp('boxes')?.kind, 'crate');
  assert.equal(lookupProp('sword rack')?.kind, 'weapon_rack');
  assert.equal(lookupProp('automobile')?.kind, 'car');
  assert.equal(lookupProp('sedan')?.kind, 'car');
  assert.equal(lookupProp('sconce')?.kind, 'torch');
  assert.equal(lookupProp('trunk')?.kind, 'chest');
  assert.equal(lookupProp('couch')?.kind, 'sofa');
  assert.equal(lookupProp('lamp post')?.kind, 'street_lamp');
  assert.equal(lookupProp('goblet')?.kind, 'cup');
  assert.equal(lookupProp('mugs')?.kind, 'mug');
  assert.equal(lookupProp('bowl')?.kind, 'bowl');
  assert.equal(lookupProp('boulder')?.kind, 'rock');
  assert.equal(lookupProp('columns')?.kind, 'pillar');
  assert.equal(lookupProp('an oil lamp')?.kind, 'oil_lamp');
  assert.equal(lookupProp('shelves')?.kind, 'shelf');
  assert.deepEqual(lookupProp('bar stool')?.params, { height: 0.75 });
  assert.equal(lookupProp('sword')?.kind, 'sword');
  assert.equal(lookupProp('halberd'), undefined, 'unknown nouns are left to the fallback');
  assert.equal(lookupProp('spear'), undefined);
  assert.equal(lookupProp('robot'), undefined);
  assert.deepEqual(lookupProp('cup')?.restsOn?.includes('table'), true);
});

test('lookupPerson: pronouns and heights', () => {
  assert.equal(lookupPerson('woman')?.pronoun, 'she');
  assert.equal(lookupPerson('women')?.pronoun, 'she');
  assert.equal(lookupPerson('a king')?.pronoun, 'he');
  assert.equal(lookupPerson('detective')?.pronoun, 'they');
  assert.equal(lookupPerson('people')?.pronoun, 'they');
  assert.ok(lookupPerson('child')!.heightM! < 1.5);
  assert.equal(lookupPerson('robot'), undefined);
});

test('lookupPlace: finds the setting in running text', () => {
  assert.equal(lookupPlace('an old inn')?.id, 'tavern');
  assert.equal(lookupPlace('three rusty iron barrels against the wall of a candle-lit medieval tavern at night')?.id, 'tavern');
  assert.equal(lookupPlace('a bar stool in the kitchen')?.id, 'kitchen', 'a prop phrase hides the place word inside it');
  assert.equal(lookupPlace('the kitchen table in the dining room')?.id, 'dining_room');
  assert.equal(lookupPlace('on the bridge of a spaceship')?.id, 'spaceship_bridge');
  assert.equal(lookupPlace('a stone bridge over a river')?.id, 'bridge');
  assert.equal(lookupPlace('deep in the woods')?.id, 'forest');
  assert.equal(lookupPlace('a foggy graveyard at midnight')?.id, 'graveyard');
  assert.equal(lookupPlace('in the catacombs')?.id, 'crypt');
  assert.equal(lookupPlace('a café in Paris')?.id, 'cafe');
  assert.equal(lookupPlace('a pirate ship at sea')?.id, 'ship_deck');
  assert.equal(lookupPlace("in the wizard's tower")?.id, 'tower_room');
  assert.equal(lookupPlace('a man waits outside')?.id, 'outdoors');
  assert.equal(lookupPlace('inside, a woman reads')?.id, 'room');
  assert.equal(lookupPlace('a red cube'), undefined);
  assert.equal(lookupPlace('a green bottle on a square table')?.id, undefined, 'colour and shape words are not places');
});

test('lookupColour: names, multi-word names and modifiers', () => {
  assert.equal(lookupColour('crimson'), COLOUR_WORDS.crimson);
  assert.equal(lookupColour('Navy Blue'), COLOUR_WORDS['navy blue']);
  assert.equal(lookupColour('grey'), lookupColour('gray'));
  const sky = hexToHsl(COLOUR_WORDS['sky blue']!);
  const pale = hexToHsl(lookupColour('pale sky blue')!);
  assert.ok(pale[2] > sky[2], 'pale is lighter');
  const red = hexToHsl(COLOUR_WORDS.red!);
  const dark = hexToHsl(lookupColour('dark-red')!);
  assert.ok(dark[2] < red[2], 'dark is darker');
  assert.ok(Math.abs(dark[0] - red[0]) < 0.01, 'and keeps its hue');
  assert.equal(applyColourModifier('#808080', 'unknown'), '#808080');
  assert.equal(lookupColour('red', 'dark'), lookupColour('dark red'), 'the word before, when it is a modifier');
  assert.equal(lookupColour('red', 'three'), COLOUR_WORDS.red, 'and ignored when it is not');
  assert.equal(lookupColour('sparkly red'), undefined);
  assert.equal(lookupColour('wooden'), undefined);
});

test('lookupMaterial: the longest run of words wins', () => {
  const rusty = lookupMaterial(['rusty', 'iron']);
  assert.equal(rusty, 'iron_rusted');
  assert.equal(BUILTIN_LIBRARY.get(rusty!)!.family, 'metal');
  assert.ok(BUILTIN_LIBRARY.get(rusty!)!.tags.includes('rusty'));
  assert.equal(lookupMaterial(['three', 'old', 'rusty', 'iron']), 'iron_rusted');
  assert.equal(lookupMaterial(['iron']), 'iron');
  assert.equal(lookupMaterial(['tarnished', 'brass']), 'brass_antique');
  assert.equal(lookupMaterial(['polished', 'brass']), 'brass_polished');
  assert.equal(lookupMaterial(['wrought-iron']), 'iron_wrought');
  assert.equal(lookupMaterial(['a big old rusty iron']), 'iron_rusted', 'phrases are split into words');
  assert.equal(BUILTIN_LIBRARY.get(lookupMaterial(['wooden'])!)!.family, 'wood');
  assert.equal(BUILTIN_LIBRARY.get(lookupMaterial(['marble'])!)!.family, 'stone');
  assert.equal(BUILTIN_LIBRARY.get(lookupMaterial(['velvet'])!)!.family, 'fabric');
  assert.equal(lookupMaterial(['big', 'red']), undefined);
});

test('lookupKind: the plain entry of a generator type', () => {
  for (const prop of PROPS) {
    const word = lookupKind(prop.type);
    assert.equal(word?.kind, prop.type, prop.type);
  }
  assert.equal(lookupKind('stool')?.params, undefined, 'a plain stool, not the bar stool');
  assert.equal(lookupKind('floor_lamp')?.habit, 'corner');
  assert.equal(lookupKind('nothing'), undefined);
});

test('lookupSize', () => {
  assert.equal(lookupSize('enormous')?.size, 'huge');
  assert.equal(lookupSize('tiny')?.scale, 0.5);
  assert.equal(lookupSize('purple'), undefined);
});
