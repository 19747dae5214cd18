import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as main from '../src/index.js';
import * as render from '../src/index-render.js';
import * as planner from '../src/index-planner.js';
import { ROOT } from './helpers.js';

test('canvas3d exports the contract, the builder and every use-case', () => {
  for (const name of ['validateSpec', 'buildDocument', 'toGlb', 'buildScene', 'renderScene', 'generateStoryboard', 'refineStoryboard', 'undoRefinement', 'buildDungeon', 'analyzeLighting', 'useLibraryFile', 'Canvas3dError']) {
    assert.equal(typeof (main as Record<string, unknown>)[name], 'function', name);
  }
});

test('canvas3d/render and canvas3d/planner export their parts', () => {
  for (const name of ['renderScene', 'RenderSession', 'renderShots', 'writeStoryboard', 'placeCamera', 'bakeGradeLut']) assert.equal(typeof (render as Record<string, unknown>)[name], 'function', name);
  for (const name of ['plan', 'parseDescription', 'refineSpec', 'checkContinuity', 'rulesPlanner']) assert.ok((planner as Record<string, unknown>)[name], name);
});

test('package.json maps each entry point to the file tsc emits for it, with types', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; import: string } | string> };
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (typeof target === 'string') continue;
    const source = target.import.replace('./dist/', 'src/').replace(/\.js$/, '.ts');
    assert.ok(existsSync(path.join(ROOT, source)), `${entry} → ${source}`);
    assert.equal(target.types, target.import.replace(/\.js$/, '.d.ts'), entry);
  }
});
