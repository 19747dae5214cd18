/**
 * MaterialX export (1.38): a preset as a `standard_surface` (Autodesk Standard Surface) or `gltf_pbr` shader
 * node wired into a `surfacematerial`, with baked textures as `image` nodes. Colours are written linear
 * (lin_rec709); image files are tagged srgb_texture or raw as the glTF slots are.
 */
import type { PbrParams } from '../scene/material.js';
import { colorToLinear } from '../core/color.js';

export type MtlxNode = 'standard_surface' | 'gltf_pbr';

export interface MtlxTextures {
  baseColor?: string;
  normal?: string;
  /** Occlusion (R), roughness (G), metalness (B). */
  orm?: string;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (x: number) => String(Math.round(x * 1e6) / 1e6);
const c3 = (rgb: readonly number[]) => rgb.map(num).join(', ');
const safe = (s: string) => s.replace(/[^A-Za-z0-9_]/g, '_');

interface Input {
  name: string;
  type: 'float' | 'color3' | 'vector3' | 'boolean';
  value?: string;
  nodename?: string;
}

/** The texture graph's nodes, and the names the shader's inputs connect to. */
interface TextureNodes {
  images: string[];
  baseColor?: string | undefined;
  roughness?: string | undefined;
  metalness?: string | undefined;
  normal?: string | undefined;
}

/** Collects shader inputs: connected to a node when one is given, else a value when one is given. */
function inputList(): { inputs: Input[]; set: (name: string, type: Input['type'], value: string | undefined, nodename?: string) => void } {
  const inputs: Input[] = [];
  const set = (name: string, type: Input['type'], value: string | undefined, nodename?: string) => {
    if (nodename) inputs.push({ name, type, nodename });
    else if (value !== undefined) inputs.push({ name, type, value });
  };
  return { inputs, set };
}

function textureNodes(n: string, textures: MtlxTextures): TextureNodes {
  const images: string[] = [];
  const image = (name: string, file: string, type: 'color3' | 'vector3', colorspace?: string) => {
    images.push(
      `  <tiledimage name="${name}" type="${type}">`,
      `    <input name="file" type="filename" value="${esc(file)}"${colorspace ? ` colorspace="${colorspace}"` : ''} />`,
      '  </tiledimage>',
    );
    return name;
  };
  const extract = (name: string, from: string, index: number) => {
    images.push(`  <extract name="${name}" type="float">`, `    <input name="in" type="vector3" nodename="${from}" />`, `    <input name="index" type="integer" value="${index}" />`, '  </extract>');
    return name;
  };
  const baseColor = textures.baseColor ? image(`${n}_basecolor`, textures.baseColor, 'color3', 'srgb_texture') : undefined;
  const orm = textures.orm ? image(`${n}_orm`, textures.orm, 'vector3') : undefined;
  const roughness = orm ? extract(`${n}_roughness`, orm, 1) : undefined;
  const metalness = orm ? extract(`${n}_metalness`, orm, 2) : undefined;
  let normal: string | undefined;
  if (textures.normal) {
    const img = image(`${n}_normal_image`, textures.normal, 'vector3');
    images.push(`  <normalmap name="${n}_normalmap" type="vector3">`, `    <input name="in" type="vector3" nodename="${img}" />`, '  </normalmap>');
    normal = `${n}_normalmap`;
  }
  return { images, baseColor, roughness, metalness, normal };
}

/** Autodesk Standard Surface's inputs for the preset. */
function standardSurfaceInputs(p: PbrParams, tex: TextureNodes): Input[] {
  const { inputs, set } = inputList();
  const base = p.baseColor ? colorToLinear(p.baseColor) : [1, 1, 1];
  set('base', 'float', '1');
  set('base_color', 'color3', c3(base), tex.baseColor);
  set('metalness', 'float', num(p.metallic ?? 0), tex.metalness);
  set('specular', 'float', num(p.specular ?? 1));
  if (p.specularColor) set('specular_color', 'color3', c3(colorToLinear(p.specularColor)));
  set('specular_roughness', 'float', num(p.roughness ?? 0.5), tex.roughness);
  set('specular_IOR', 'float', num(p.ior ?? 1.5));
  if (p.anisotropy) {
    set('specular_anisotropy', 'float', num(p.anisotropy));
    set('specular_rotation', 'float', num((((p.anisotropyRotationDeg ?? 0) % 360) + 360) % 360 / 360));
  }
  if (p.transmission) {
    set('transmission', 'float', num(p.transmission));
    if (p.attenuationColor) set('transmission_color', 'color3', c3(colorToLinear(p.attenuationColor)));
    if (p.attenuationDistance) set('transmission_depth', 'float', num(p.attenuationDistance));
  }
  if (p.clearcoat) {
    set('coat', 'float', num(p.clearcoat));
    set('coat_roughness', 'float', num(p.clearcoatRoughness ?? 0));
  }
  if (p.sheenColor) {
    set('sheen', 'float', '1');
    set('sheen_color', 'color3', c3(colorToLinear(p.sheenColor)));
    set('sheen_roughness', 'float', num(p.sheenRoughness ?? 0.3));
  }
  if (p.emissive) {
    set('emission', 'float', num(p.emissiveStrength ?? 1));
    set('emission_color', 'color3', c3(colorToLinear(p.emissive)));
  }
  if (p.opacity !== undefined && p.opacity < 1) set('opacity', 'color3', c3([p.opacity, p.opacity, p.opacity]));
  if (p.doubleSided === false) set('thin_walled', 'boolean', 'false');
  if (tex.normal) set('normal', 'vector3', undefined, tex.normal);
  return inputs;
}

/** MaterialX's glTF PBR node's inputs for the preset. */
function gltfPbrInputs(p: PbrParams, tex: TextureNodes): Input[] {
  const { inputs, set } = inputList();
  const base = p.baseColor ? colorToLinear(p.baseColor) : [1, 1, 1];
  set('base_color', 'color3', c3(base), tex.baseColor);
  set('metallic', 'float', num(p.metallic ?? 0), tex.metalness);
  set('roughness', 'float', num(p.roughness ?? 0.5), tex.roughness);
  set('ior', 'float', num(p.ior ?? 1.5));
  if (p.specular !== undefined) set('specular', 'float', num(p.specular));
  if (p.specularColor) set('specular_color', 'color3', c3(colorToLinear(p.specularColor)));
  if (p.transmission) set('transmission', 'float', num(p.transmission));
  if (p.thickness) set('thickness', 'float', num(p.thickness));
  if (p.attenuationColor) set('attenuation_color', 'color3', c3(colorToLinear(p.attenuationColor)));
  if (p.attenuationDistance) set('attenuation_distance', 'float', num(p.attenuationDistance));
  if (p.clearcoat) {
    set('clearcoat', 'float', num(p.clearcoat));
    set('clearcoat_roughness', 'float', num(p.clearcoatRoughness ?? 0));
  }
  if (p.sheenColor) {
    set('sheen_color', 'color3', c3(colorToLinear(p.sheenColor)));
    set('sheen_roughness', 'float', num(p.sheenRoughness ?? 0));
  }
  if (p.emissive) {
    set('emissive', 'color3', c3(colorToLinear(p.emissive)));
    set('emissive_strength', 'float', num(p.emissiveStrength ?? 1));
  }
  if (p.opacity !== undefined && p.opacity < 1) set('alpha', 'float', num(p.opacity));
  if (tex.normal) set('normal', 'vector3', undefined, tex.normal);
  return inputs;
}

export function toMaterialX(id: string, p: PbrParams, node: MtlxNode = 'standard_surface', textures: MtlxTextures = {}): string {
  const n = safe(id);
  const tex = textureNodes(n, textures);
  const inputs = node === 'standard_surface' ? standardSurfaceInputs(p, tex) : gltfPbrInputs(p, tex);
  const lines: string[] = [];
  lines.push('<?xml version="1.0"?>', '<materialx version="1.38" colorspace="lin_rec709">', `  <!-- ${esc(id)}, exported by Canvas3D -->`, ...tex.images);
  lines.push(`  <${node} name="SR_${n}" type="surfaceshader">`);
  for (const i of inputs) {
    lines.push(i.nodename ? `    <input name="${i.name}" type="${i.type}" nodename="${i.nodename}" />` : `    <input name="${i.name}" type="${i.type}" value="${i.value}" />`);
  }
  lines.push(`  </${node}>`);
  lines.push(`  <surfacematerial name="M_${n}" type="material">`, `    <input name="surfaceshader" type="surfaceshader" nodename="SR_${n}" />`, '  </surfacematerial>', '</materialx>', '');
  return lines.join('\n');
}
