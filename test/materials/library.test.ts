import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { libraryToJson, parseLibraryText, BUILTIN_LIBRARY } from '../../src/materials/library.js';
import { validateSpec } from '../../src/validate/validate.js';
import { buildGlb, readGlb, makeSpec, tempDir } from '../helpers.js';
import type { MaterialPreset } from '../../src/library/materials/index.js';

const studioTeal: MaterialPreset = {
  id: 'studio_teal_paint',
  family: 'paint',
  tags: ['teal', 'matte', 'studio'],
  synonyms: ['set paint'],
  pbr: { baseColor: '#1f7a7a', roughness: 0.7, metallic: 0 },
  source: 'our paint shop swatch, measured with a spectrophotometer',
};

test('a library exported as JSON imports back unchanged', () => {
  const presets = ['oak', 'gold', 'brick_red'].map((id) => BUILTIN_LIBRARY.get(id)!);
  const parsed = parseLibraryText(libraryToJson(presets, 'mine'));
  assert.ok(parsed.ok);
  if (parsed.ok) assert.deepEqual(JSON.parse(JSON.stringify(parsed.library.presets)), JSON.parse(JSON.stringify(presets)));
});

test('bad libraries are rejected with paths', () => {
  const bad = parseLibraryText(JSON.stringify({ format: 'canvas3d-material-library', version: 1, presets: [{ ...studioTeal, id: 'Bad Id' }, studioTeal, studioTeal] }));
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.ok(bad.issues.some((i) => i.path === 'presets[0].id'));
  const dup = parseLibraryText(JSON.stringify({ format: 'canvas3d-material-library', version: 1, presets: [studioTeal, studioTeal] }));
  assert.equal(dup.ok, false);
  if (!dup.ok) assert.match(dup.issues[0]!.message, /duplicate id/);
});

test('a spec can use presets from its own libraries; clashes and missing files are errors', async () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'studio.json'), libraryToJson([studioTeal]));
  writeFileSync(path.join(dir, 'clash.json'), libraryToJson([{ ...studioTeal, id: 'oak' }]));
  const spec = makeSpec({ libraries: ['studio.json'], objects: [{ id: 'flat', geometry: { type: 'box' }, material: 'studio_teal_paint' }] });
  const doc = await readGlb(await buildGlb(spec, dir));
  assert.ok(doc.getRoot().listMaterials().some((m) => m.getName() === 'studio_teal_paint'));
  const clash = validateSpec({ ...spec, libraries: ['clash.json'] }, { baseDir: dir });
  assert.equal(clash.ok, false);
  if (!clash.ok) assert.match(clash.issues.map((i) => `${i.path}: ${i.message}`).join('\n'), /libraries\[0\]: clash.json: preset "oak" already exists/);
  const missing = validateSpec({ ...spec, libraries: ['nope.json'] }, { baseDir: dir });
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.ok(missing.issues.some((i) => i.path === 'libraries[0]' && /not found/.test(i.message)));
  const withoutLibrary = validateSpec({ ...spec, libraries: [] }, { baseDir: dir });
  assert.equal(withoutLibrary.ok, false, 'the preset exists only through the library');
});
