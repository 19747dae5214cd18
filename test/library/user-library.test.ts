import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseLibraryFile, loadLibraryFile, registerLibrary, useLibraryFile } from '../../src/library/library-file.js';
import { getMaterialPreset, MATERIAL_PRESETS } from '../../src/library/materials/index.js';
import { getLightingPreset, lightingPresetIds } from '../../src/library/lighting/index.js';
import { getGradePreset, GRADE_PRESETS } from '../../src/grading/index.js';
import { BUILTIN_LIBRARY, libraryToJson } from '../../src/materials/library.js';
import { suggestMaterials } from '../../src/materials/suggest.js';
import { lookupProp, lookupColour, lookupMaterial, lookupPlace } from '../../src/planner/lexicon/index.js';
import { Canvas3dError } from '../../src/core/errors.js';
import { tempDir } from '../helpers.js';

const lighting = {
  id: 'studio_window_key',
  category: 'studio',
  label: 'Studio Window Key',
  description: 'One big soft window key from camera-left with a white bounce; our product shots.',
  moods: ['soft'],
  tags: ['window', 'product'],
  lights: [{ role: 'key', type: 'area', azimuthDeg: -60, elevationDeg: 20, distance: 2, kelvin: 5600, illuminanceLux: 900, size: [1, 1.5] }],
  environment: { background: '#f0f0f0', ambientLux: 40, fog: { type: 'exponential', color: '#ffffff', density: 0.01 } },
};

const library = `{
  // A studio's own presets, with comments and a trailing comma (JSONC).
  "format": "canvas3d-library",
  "version": 1,
  "name": "studio",
  "materials": [
    { "id": "studio_teal_paint", "family": "paint", "tags": ["teal", "matte"], "synonyms": ["set paint"],
      "pbr": { "baseColor": "#1f7a7a", "roughness": 0.7, "metallic": 0 }, "source": "our paint shop swatch" }
  ],
  "lighting": [${JSON.stringify(lighting)}],
  "grades": [
    { "id": "studio_warm_matte", "label": "Studio Warm Matte", "category": "stylised", "description": "Warm and lifted.",
      "tags": ["warm"], "ops": { "temperature": 0.3, "fade": 0.2 } }
  ],
  "vocabulary": {
    "props": [{ "kind": "barrel", "words": ["puncheon"], "habit": "wall" }],
    "materials": [{ "words": ["set paint", "studio teal"], "material": "studio_teal_paint" }],
    "colours": { "xanadu": "#2a3439" },
    "places": [{ "id": "photo_studio", "words": ["photo studio", "cyclorama"], "interior": true, "size": [8, 10, 4],
      "floor": "studio_teal_paint", "walls": "studio_teal_paint", "furnishing": [], "lighting": { "day": "studio_window_key", "night": "three_point" },
      "grade": "studio_warm_matte" }],
  },
}`;

test('a user library adds a material, a lighting preset, a grade and vocabulary that the getters then find', () => {
  assert.equal(getMaterialPreset('studio_teal_paint'), undefined);
  const parsed = parseLibraryFile(library, 'studio.jsonc');
  assert.ok(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues));
  const registered = registerLibrary(parsed.library);
  assert.ok(registered.ok, JSON.stringify(!registered.ok && registered.issues));
  assert.deepEqual(registered.added.materials, ['studio_teal_paint']);
  assert.equal(registered.added.vocabulary, 6);

  assert.equal(getMaterialPreset('studio_teal_paint')?.family, 'paint');
  assert.ok(MATERIAL_PRESETS.some((p) => p.id === 'studio_teal_paint'));
  assert.equal(BUILTIN_LIBRARY.get('studio_teal_paint')?.source, 'our paint shop swatch', 'the material library a spec resolves against sees it');
  assert.equal(suggestMaterials('studio teal set paint', { limit: 1 })[0]?.id, 'studio_teal_paint');
  assert.deepEqual(getLightingPreset('studio_window_key')?.lights[0]?.size, [1, 1.5]);
  assert.ok(lightingPresetIds().includes('studio_window_key'));
  assert.equal(getGradePreset('studio_warm_matte')?.ops.fade, 0.2);
  assert.ok(GRADE_PRESETS.some((g) => g.id === 'studio_warm_matte'));

  assert.equal(lookupProp('puncheons')?.kind, 'barrel');
  assert.equal(lookupColour('xanadu'), '#2a3439');
  assert.equal(lookupColour('xanadu', 'dark') === '#2a3439', false, 'modifiers apply to user colours too');
  assert.equal(lookupMaterial(['old', 'studio', 'teal']), 'studio_teal_paint');
  assert.equal(lookupPlace('a portrait in the photo studio')?.id, 'photo_studio');
  assert.equal(lookupProp('barrel')?.kind, 'barrel', 'built-in words still answer');
});

test('a bad library file gets path-named issues with did-you-mean', () => {
  const bad = parseLibraryFile(
    JSON.stringify({
      materials: [{ id: 'ok_one', family: 'paint', tags: [], pbr: {}, source: 'x' }, { id: 'Bad Id', family: 'paint', tags: [], pbr: { roughness: 2 }, source: 'x' }],
      lightning: [],
      grades: [{ id: 'g', label: 'G', category: 'stylised', description: 'd', tags: [], ops: { contrst: 0.2, curves: { master: [[0.5, 0.4], [0.2, 0.3]] } } }],
    }),
    'bad.json',
  );
  assert.equal(bad.ok, false);
  if (bad.ok) return;
  const lines = bad.issues.map((i) => `${i.path}: ${i.message}`);
  const has = (re: RegExp) => assert.ok(lines.some((l) => re.test(l)), `${re} not in:\n${lines.join('\n')}`);
  has(/^materials\[1\]\.id: must be snake_case/);
  has(/^materials\[1\]\.pbr\.roughness: must be <= 1/);
  has(/^: unknown key "lightning" — did you mean "lighting"\?/);
  has(/^grades\[0\]\.ops: unknown key "contrst" — did you mean "contrast"\?/);
  has(/^grades\[0\]\.ops\.curves\.master\[1\]\[0\]: x must be greater/);

  const syntax = parseLibraryFile('{ "materials": [ }', 'broken.json');
  assert.ok(!syntax.ok && /broken\.json is not valid JSON: .* at line 1, column \d+/.test(syntax.issues[0]!.message));
  const dup = parseLibraryFile(JSON.stringify({ grades: [GRADE_PRESETS[0], GRADE_PRESETS[0]] }));
  assert.ok(!dup.ok && dup.issues[0]!.path === 'grades[1].id');
});

test('clashing ids and words are refused, and then nothing is registered', () => {
  const parsed = parseLibraryFile(
    JSON.stringify({
      materials: [{ id: 'oak', family: 'wood', tags: [], synonyms: [], pbr: { roughness: 0.1 }, source: 'mine' }, { id: 'fresh_pine', family: 'wood', tags: [], synonyms: [], pbr: {}, source: 'mine' }],
      lighting: [{ ...lighting, id: 'three_point' }],
      grades: [{ id: 'teal_orange', label: 'N', category: 'stylised', description: 'd', tags: [], ops: {} }],
      vocabulary: { props: [{ kind: 'chair', words: ['Table'] }], colours: { Crimson: '#ff0000' }, moods: [{ mood: 'cosy', words: ['toasty warm'], lighting: 'candle_lt' }] },
    }),
  );
  assert.ok(parsed.ok);
  const r = registerLibrary(parsed.library);
  assert.equal(r.ok, false);
  if (r.ok) return;
  const lines = r.issues.map((i) => `${i.path}: ${i.message}`);
  assert.ok(lines.includes('materials[0].id: material preset "oak" already exists; choose another id'), lines.join('\n'));
  assert.ok(lines.includes('lighting[0].id: lighting preset "three_point" already exists; choose another id'));
  assert.ok(lines.includes('grades[0].id: grade preset "teal_orange" already exists; choose another id'));
  assert.ok(lines.includes('vocabulary.props[0].words[0]: "Table" is already a word in the props lexicon'));
  assert.ok(lines.includes('vocabulary.colours["Crimson"]: "Crimson" is already defined'));
  assert.ok(lines.some((l) => /^vocabulary\.moods\[0\]\.lighting: unknown lighting preset "candle_lt" — did you mean "candle_lit"\?/.test(l)), lines.join('\n'));
  assert.equal(getMaterialPreset('oak')?.pbr.roughness === 0.1, false, 'the built-in is unchanged');
  assert.equal(getMaterialPreset('fresh_pine'), undefined, 'all or nothing');
});

test('library files load from disk in both formats; a missing one is C3D_NOT_FOUND', () => {
  const dir = tempDir();
  const legacy = path.join(dir, 'exported.json');
  writeFileSync(legacy, libraryToJson([{ id: 'gallery_white', family: 'paint', tags: ['white'], synonyms: [], pbr: { baseColor: '#f4f4f0', roughness: 0.8 }, source: 'ours' }]));
  const loaded = loadLibraryFile(legacy);
  assert.ok(loaded.ok && loaded.library.materials[0]?.id === 'gallery_white');
  assert.deepEqual(useLibraryFile(legacy).materials, ['gallery_white']);
  assert.equal(BUILTIN_LIBRARY.get('gallery_white')?.family, 'paint');
  assert.throws(() => useLibraryFile(legacy), (err: unknown) => err instanceof Canvas3dError && err.code === 'C3D_INPUT_INVALID' && err.source === legacy && /already exists/.test(err.message));
  const missing = path.join(dir, 'nope.json');
  assert.throws(() => useLibraryFile(missing), (err: unknown) => err instanceof Canvas3dError && err.code === 'C3D_NOT_FOUND');
});
