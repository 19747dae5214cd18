import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { buildGlb, exampleFiles, khronosValidate, mustValidate, readJson, EXAMPLES } from './helpers.js';
import type { SceneObject } from '../src/scene/object.js';

test('examples/ holds at least 8 specs, all listed here', () => {
  const onDisk = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort();
  assert.ok(onDisk.length >= 8);
  assert.deepEqual(onDisk, exampleFiles().map((f) => path.basename(f)).sort());
});

for (const file of exampleFiles()) {
  test(`${path.basename(file)} builds and passes the Khronos glTF validator with no errors or warnings`, async () => {
    const bytes = await buildGlb(readJson(file), EXAMPLES);
    const report = await khronosValidate(bytes);
    const serious = report.issues.messages.filter((m) => m.severity < 2).map((m) => `${m.code} ${m.pointer ?? ''} ${m.message}`);
    assert.equal(report.issues.numErrors, 0, serious.join('\n'));
    assert.equal(report.issues.numWarnings, 0, serious.join('\n'));
  });
}

test('together the examples use every section of SceneSpec', () => {
  const specs = exampleFiles().map((f) => mustValidate(readJson(f), EXAMPLES));
  const seen = new Set<string>();
  const mark = (k: string) => seen.add(k);
  const walk = (objs: SceneObject[]) =>
    objs.forEach((o) => {
      if (o.geometry) mark(`geometry:${o.geometry.type}`);
      if (o.geometry?.type === 'array') mark(`geometry:${(o.geometry.of as { type: string }).type}`);
      if (o.children.length) mark('children');
      if (o.lookAt) mark('lookAt');
      if (o.rotation) mark('rotation');
      if (o.scale !== 1) mark('scale');
      if (!o.castShadow) mark('castShadow:false');
      if (o.tags.length) mark('tags');
      walk(o.children);
    });
  for (const s of specs) {
    mark(`sky:${s.environment.sky.type}`);
    mark(`fog:${s.environment.fog.type}`);
    if (s.environment.ambient.intensity > 0) mark('ambient');
    for (const m of Object.values(s.materials)) {
      for (const [k, v] of Object.entries(m)) if (v !== undefined) mark(`material:${k}`);
    }
    walk(s.objects);
    for (const l of s.lights) {
      mark(`light:${l.type}`);
      mark(`unit:${l.intensity.unit}`);
      mark(typeof l.color === 'object' && !Array.isArray(l.color) ? 'color:kelvin' : 'color:rgb');
    }
    for (const c of s.cameras) {
      mark(`projection:${c.projection}`);
      if (c.focalLengthMm) mark('camera:focalLengthMm');
      if (c.verticalFovDeg) mark('camera:verticalFovDeg');
      if (c.focusDistance) mark('camera:focusDistance');
      if (c.rollDeg) mark('camera:rollDeg');
    }
    for (const sh of s.shots) for (const [k, v] of Object.entries(sh.look)) if (v !== undefined) mark(`look:${k}`);
    if (JSON.stringify(readJson(exampleFiles()[specs.indexOf(s)]!)).includes('"budgets"')) mark('budgets');
  }
  const required = [
    'sky:none', 'sky:procedural', 'sky:hdri', 'fog:none', 'fog:linear', 'fog:exponential', 'ambient',
    'material:preset', 'material:baseColor', 'material:metallic', 'material:roughness', 'material:baseColorTexture', 'material:normalTexture',
    'material:occlusionTexture', 'material:emissive', 'material:emissiveStrength', 'material:specular', 'material:ior', 'material:transmission',
    'material:thickness', 'material:attenuationDistance', 'material:attenuationColor', 'material:clearcoat', 'material:sheenColor', 'material:anisotropy',
    'geometry:box', 'geometry:sphere', 'geometry:cylinder', 'geometry:cone', 'geometry:torus', 'geometry:plane', 'geometry:capsule', 'geometry:extrude', 'geometry:array',
    'children', 'lookAt', 'rotation', 'scale', 'castShadow:false', 'tags',
    'light:point', 'light:spot', 'light:directional', 'light:area', 'unit:cd', 'unit:lm', 'unit:lx', 'unit:W', 'unit:nit', 'color:kelvin', 'color:rgb',
    'projection:perspective', 'projection:orthographic', 'camera:focalLengthMm', 'camera:verticalFovDeg', 'camera:focusDistance', 'camera:rollDeg',
    'look:grade', 'look:lut', 'look:bloom', 'look:depthOfField', 'look:vignette', 'look:grain', 'look:chromaticAberration', 'look:lensDistortion', 'look:ssao',
    'look:lift', 'look:gamma', 'look:gain', 'budgets',
  ];
  const missing = required.filter((k) => !seen.has(k));
  assert.deepEqual(missing, []);
});
