import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sceneSpecJsonSchema } from '../../src/validate/validate.js';
import { generatorTypes } from '../../src/geometry/registry.js';
import { ROOT } from '../helpers.js';

test('the JSON Schema describes every section, closed to unknown keys', () => {
  const schema = sceneSpecJsonSchema() as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
  for (const key of ['version', 'seed', 'environment', 'materials', 'objects', 'lights', 'cameras', 'shots', 'budgets']) {
    assert.ok(key in schema.properties, key);
  }
  assert.equal(schema.additionalProperties, false);
  assert.deepEqual(schema.required, ['version']);
  const text = JSON.stringify(schema);
  for (const type of generatorTypes()) assert.ok(text.includes(`"const":"${type}"`), `generator ${type} in the schema`);
});

test('schema/scenespec.schema.json is up to date (regenerate with `canvas3d schema > schema/scenespec.schema.json`)', () => {
  const committed = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'scenespec.schema.json'), 'utf8'));
  assert.deepEqual(committed, sceneSpecJsonSchema());
});
