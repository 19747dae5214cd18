/**
 * Spec materials → glTF materials. A KHR_materials_* extension is attached only when its parameters differ
 * from the glTF defaults, so plain materials stay plain and viewers without the extension lose nothing.
 */
import type { Document, Material, Texture, TextureInfo } from '@gltf-transform/core';
import {
  KHRMaterialsAnisotropy,
  KHRMaterialsClearcoat,
  KHRMaterialsEmissiveStrength,
  KHRMaterialsIOR,
  KHRMaterialsSheen,
  KHRMaterialsSpecular,
  KHRMaterialsTransmission,
  KHRMaterialsVolume,
  KHRTextureTransform,
} from '@gltf-transform/extensions';
import type { MaterialSpec, PbrParams, TextureRef } from '../spec/material.js';
import type { SceneSpec } from '../spec/schema.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { colorToLinear } from '../lighting/color.js';

/** The default look of an unassigned surface: a neutral mid-grey dielectric (18 % grey card in sRGB). */
export const DEFAULT_MATERIAL: PbrParams = { baseColor: '#777777', metallic: 0, roughness: 0.6 };

/** Merges preset and overrides into one flat parameter set. */
export function resolveMaterialParams(ref: string, spec: SceneSpec): PbrParams {
  const named: MaterialSpec | undefined = spec.materials[ref];
  if (named) {
    const { preset, name: _name, ...overrides } = named;
    const base = preset ? getMaterialPreset(preset)?.pbr ?? {} : {};
    return { ...base, ...stripUndefined(overrides) };
  }
  const preset = getMaterialPreset(ref);
  if (!preset) throw new Error(`unknown material ${ref}`); // validateSpec reports this first
  return { ...preset.pbr };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export type TextureLoader = (relPath: string) => Texture;

export class MaterialFactory {
  private readonly cache = new Map<string, Material>();
  private readonly ext;

  constructor(
    private readonly doc: Document,
    private readonly spec: SceneSpec,
    private readonly loadTexture: TextureLoader,
  ) {
    this.ext = {
      ior: () => doc.createExtension(KHRMaterialsIOR),
      specular: () => doc.createExtension(KHRMaterialsSpecular),
      transmission: () => doc.createExtension(KHRMaterialsTransmission),
      volume: () => doc.createExtension(KHRMaterialsVolume),
      clearcoat: () => doc.createExtension(KHRMaterialsClearcoat),
      sheen: () => doc.createExtension(KHRMaterialsSheen),
      emissiveStrength: () => doc.createExtension(KHRMaterialsEmissiveStrength),
      anisotropy: () => doc.createExtension(KHRMaterialsAnisotropy),
      textureTransform: () => doc.createExtension(KHRTextureTransform),
    };
  }

  /** The material for a reference (spec material name or preset id); `undefined` gives the default grey. */
  get(ref: string | undefined): Material {
    const key = ref ?? '\u0000default';
    let m = this.cache.get(key);
    if (!m) {
      const params = ref ? resolveMaterialParams(ref, this.spec) : DEFAULT_MATERIAL;
      m = this.create(ref ?? 'default', params);
      this.cache.set(key, m);
    }
    return m;
  }

  /** A material made directly from parameters (area-light emitters and similar builder-owned surfaces). */
  createFromParams(name: string, params: PbrParams): Material {
    return this.create(name, params);
  }

  get count(): number {
    return this.cache.size;
  }

  private create(name: string, p: PbrParams): Material {
    const doc = this.doc;
    const m = doc.createMaterial(name);
    const base = p.baseColor ? colorToLinear(p.baseColor) : [1, 1, 1];
    const opacity = p.opacity ?? 1;
    m.setBaseColorFactor([base[0]!, base[1]!, base[2]!, opacity]);
    m.setMetallicFactor(p.metallic ?? 0);
    m.setRoughnessFactor(p.roughness ?? 0.5);
    m.setAlphaMode(p.alphaMode ? (p.alphaMode.toUpperCase() as 'OPAQUE' | 'BLEND' | 'MASK') : opacity < 1 ? 'BLEND' : 'OPAQUE');
    if (p.alphaMode === 'mask') m.setAlphaCutoff(p.alphaCutoff ?? 0.5);
    m.setDoubleSided(p.doubleSided ?? false);
    if (p.emissive) m.setEmissiveFactor(colorToLinear(p.emissive));

    if (p.baseColorTexture) this.applyTexture(m.setBaseColorTexture(this.loadTexture(p.baseColorTexture.path)).getBaseColorTextureInfo(), p.baseColorTexture);
    if (p.metallicRoughnessTexture) {
      this.applyTexture(m.setMetallicRoughnessTexture(this.loadTexture(p.metallicRoughnessTexture.path)).getMetallicRoughnessTextureInfo(), p.metallicRoughnessTexture);
    }
    if (p.normalTexture) {
      m.setNormalTexture(this.loadTexture(p.normalTexture.path)).setNormalScale(p.normalTexture.scale);
      this.applyTexture(m.getNormalTextureInfo(), p.normalTexture);
    }
    if (p.occlusionTexture) {
      m.setOcclusionTexture(this.loadTexture(p.occlusionTexture.path)).setOcclusionStrength(p.occlusionTexture.strength);
      this.applyTexture(m.getOcclusionTextureInfo(), p.occlusionTexture);
    }
    if (p.emissiveTexture) {
      if (!p.emissive) m.setEmissiveFactor([1, 1, 1]);
      this.applyTexture(m.setEmissiveTexture(this.loadTexture(p.emissiveTexture.path)).getEmissiveTextureInfo(), p.emissiveTexture);
    }

    if (p.emissiveStrength !== undefined && p.emissiveStrength !== 1) {
      m.setExtension('KHR_materials_emissive_strength', this.ext.emissiveStrength().createEmissiveStrength().setEmissiveStrength(p.emissiveStrength));
    }
    if (p.ior !== undefined && p.ior !== 1.5) m.setExtension('KHR_materials_ior', this.ext.ior().createIOR().setIOR(p.ior));
    if (p.specular !== undefined || p.specularColor !== undefined) {
      const s = this.ext.specular().createSpecular().setSpecularFactor(p.specular ?? 1);
      if (p.specularColor) s.setSpecularColorFactor(colorToLinear(p.specularColor));
      m.setExtension('KHR_materials_specular', s);
    }
    if (p.transmission) m.setExtension('KHR_materials_transmission', this.ext.transmission().createTransmission().setTransmissionFactor(p.transmission));
    if (p.thickness || p.attenuationDistance !== undefined || p.attenuationColor) {
      const v = this.ext.volume().createVolume().setThicknessFactor(p.thickness ?? 0);
      if (p.attenuationDistance !== undefined) v.setAttenuationDistance(p.attenuationDistance);
      if (p.attenuationColor) v.setAttenuationColor(colorToLinear(p.attenuationColor));
      m.setExtension('KHR_materials_volume', v);
    }
    if (p.clearcoat) {
      m.setExtension('KHR_materials_clearcoat', this.ext.clearcoat().createClearcoat().setClearcoatFactor(p.clearcoat).setClearcoatRoughnessFactor(p.clearcoatRoughness ?? 0));
    }
    if (p.sheenColor) {
      m.setExtension('KHR_materials_sheen', this.ext.sheen().createSheen().setSheenColorFactor(colorToLinear(p.sheenColor)).setSheenRoughnessFactor(p.sheenRoughness ?? 0));
    }
    if (p.anisotropy) {
      m.setExtension(
        'KHR_materials_anisotropy',
        this.ext.anisotropy().createAnisotropy().setAnisotropyStrength(p.anisotropy).setAnisotropyRotation(((p.anisotropyRotationDeg ?? 0) * Math.PI) / 180),
      );
    }
    return m;
  }

  private applyTexture(info: TextureInfo | null, ref: TextureRef): void {
    if (!info) return;
    info.setWrapS(10497).setWrapT(10497); // REPEAT
    if (ref.repeat) info.setExtension('KHR_texture_transform', this.ext.textureTransform().createTransform().setScale(ref.repeat));
  }
}
