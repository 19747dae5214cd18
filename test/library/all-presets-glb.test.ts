import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MATERIAL_PRESETS } from '../../src/library/materials/index.js';
import { buildGlb, khronosValidate } from '../helpers.js';

test('every preset builds into a GLB that passes the Khronos validator', async () => {
  // One small sphere per preset, in rows; `lite` bakes every textured preset's colour and normal maps.
  const objects = MATERIAL_PRESETS.map((p, i) => ({
    id: `swatch-${p.id}`,
    geometry: { type: 'sphere' as const, radius: 0.4, widthSegments: 12, heightSegments: 8 },
    position: [(i % 25) * 1.0, 0.5, Math.floor(i / 25) * 1.0] as [number, number, number],
    material: p.id,
  }));
  const bytes = await buildGlb({ version: 1, quality: 'lite', objects });
  const report = await khronosValidate(bytes);
  const serious = report.issues.messages.filter((m) => m.severity < 2).slice(0, 10).map((m) => `${m.code} ${m.pointer ?? ''} ${m.message}`);
  assert.equal(report.issues.numErrors, 0, serious.join('\n'));
  assert.equal(report.issues.numWarnings, 0, serious.join('\n'));
});
