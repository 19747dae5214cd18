import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser } from 'fast-xml-parser';
import { toMaterialX } from '../../src/materials/materialx.js';
import { exportPreset } from '../../src/materials/export.js';
import { getMaterialPreset } from '../../src/library/materials/index.js';
import { colorToLinear } from '../../src/core/color.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['input', 'tiledimage', 'extract', 'normalmap'].includes(name) });
type Input = { name: string; type: string; value?: string; nodename?: string };

function shaderInputs(xml: string, node: string): Record<string, Input> {
  const doc = parser.parse(xml);
  const root = doc.materialx;
  assert.equal(root.version, '1.38');
  const shader = root[node];
  assert.ok(shader, `${node} present`);
  assert.equal(shader.type, 'surfaceshader');
  const material = root.surfacematerial;
  assert.equal(material.type, 'material');
  assert.equal(material.input[0].nodename, shader.name, 'the material points at the shader');
  return Object.fromEntries((shader.input as Input[]).map((i) => [i.name, i]));
}

test('standard_surface export carries the preset parameters', () => {
  const gold = getMaterialPreset('gold')!;
  const inputs = shaderInputs(toMaterialX('gold', gold.pbr), 'standard_surface');
  assert.equal(inputs.metalness!.value, '1');
  const rgb = inputs.base_color!.value!.split(',').map(Number);
  assert.deepEqual(rgb, colorToLinear(gold.pbr.baseColor!).map((c) => Math.round(c * 1e6) / 1e6));
  assert.equal(Number(inputs.specular_roughness!.value), gold.pbr.roughness);
  const glass = shaderInputs(toMaterialX('glass_clear', getMaterialPreset('glass_clear')!.pbr), 'standard_surface');
  assert.equal(glass.transmission!.value, '1');
  assert.equal(Number(glass.specular_IOR!.value), getMaterialPreset('glass_clear')!.pbr.ior);
});

test('gltf_pbr export names glTF parameters', () => {
  const p = getMaterialPreset('car_paint_red')!;
  const inputs = shaderInputs(toMaterialX('car_paint_red', p.pbr, 'gltf_pbr'), 'gltf_pbr');
  assert.equal(Number(inputs.clearcoat!.value), p.pbr.clearcoat);
  assert.ok(inputs.metallic && inputs.roughness && inputs.base_color);
});

test('a textured preset exports its baked maps wired into the shader', async () => {
  const files = await exportPreset('brick_red', { format: 'mtlx', quality: 'ultra_lite' });
  const names = files.map((f) => f.name);
  assert.deepEqual(names, ['brick_red.mtlx', 'brick_red_basecolor.jpg', 'brick_red_normal.png', 'brick_red_orm.png']);
  const xml = String(files[0]!.data);
  const inputs = shaderInputs(xml, 'standard_surface');
  assert.equal(inputs.base_color!.nodename, 'brick_red_basecolor');
  assert.equal(inputs.specular_roughness!.nodename, 'brick_red_roughness');
  assert.equal(inputs.normal!.nodename, 'brick_red_normalmap');
  const doc = parser.parse(xml).materialx;
  const images = (doc.tiledimage as { name: string; input: Input[] }[]).map((i) => i.input[0]!.value);
  assert.deepEqual(images.sort(), ['brick_red_basecolor.jpg', 'brick_red_normal.png', 'brick_red_orm.png']);
  for (const f of files.slice(1)) assert.ok(f.name.endsWith('.jpg') ? (f.data as Uint8Array)[0] === 0xff : (f.data as Uint8Array)[1] === 0x50, `${f.name} is an image of its kind`);
});

test('JSON export is a one-preset library', async () => {
  const [file] = await exportPreset('oak', { format: 'json' });
  const lib = JSON.parse(String(file!.data));
  assert.equal(lib.format, 'canvas3d-material-library');
  assert.equal(lib.presets[0].id, 'oak');
});
