/**
 * Resolved materials → glTF materials. Procedural textures are baked (through the content-addressed cache)
 * at the spec's quality level; a KHR_materials_* extension is attached only when its parameters differ from
 * the glTF defaults and the quality level keeps it, so plain materials stay plain.
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
import type { PbrParams, TextureRef } from '../scene/material.js';
import type { SceneSpec } from '../scene/schema.js';
import { colorToLinear } from '../core/color.js';
import { resolveMaterial, type Projection, type ResolvedMaterial } from '../materials/resolve.js';
import { bakeKey, bakeTextures, type BakedMaps, type BakeRequest, type Layer } from '../materials/bake.js';
import { QUALITY, type MaterialExtension, type Quality } from '../materials/quality.js';
import { FLAT_CONTEXT, varyClearcoat, varySurface, type Surface } from '../materials/variation.js';
import { sharedTextureCache, type TextureCache } from '../materials/cache.js';
import type { MaterialLibrary } from '../materials/library.js';

/** The default look of an unassigned surface: a neutral mid-grey dielectric. */
export const DEFAULT_MATERIAL: PbrParams = { baseColor: '#777777', metallic: 0, roughness: 0.6 };

export type TextureLoader = (relPath: string) => Texture;

/** How a mesh drawn with a material gets its UVs and, for slope blends, which faces go to the partner. */
export interface MaterialPlan {
  material: Material;
  projection: Projection;
  tileSizeM: number;
  slope?: { other: Material; threshold: number; invert: boolean };
}

export interface MaterialFactoryOptions {
  library: MaterialLibrary;
  quality: Quality;
  cache?: TextureCache;
  maxTextureSize: number;
  /** false: parameters only, no baked textures (fast previews, benchmarks of the conversion itself). */
  textures?: boolean;
}

function flatSurface(p: PbrParams): Surface {
  return { color: p.baseColor ? colorToLinear(p.baseColor) : [1, 1, 1], roughness: p.roughness ?? 0.5, metallic: p.metallic ?? 0 };
}

export class MaterialFactory {
  private readonly plans = new Map<string, MaterialPlan>();
  private readonly resolved = new Map<string, ResolvedMaterial>();
  private readonly byKey = new Map<string, Material>();
  private readonly baked = new Map<string, BakedMaps>();
  private readonly images = new Map<string, Texture>();
  private readonly cache: TextureCache;
  private readonly enabled: ReadonlySet<MaterialExtension>;
  private readonly ext;

  constructor(
    private readonly doc: Document,
    private readonly spec: SceneSpec,
    private readonly loadTexture: TextureLoader,
    private readonly options: MaterialFactoryOptions,
  ) {
    this.cache = options.cache ?? sharedTextureCache();
    this.enabled = new Set(QUALITY[options.quality].extensions);
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

  get cacheStats() {
    return this.cache.stats;
  }

  /** Resolves every reference and bakes the textures they need, so `plan()` can stay synchronous. */
  async prepare(refs: Iterable<string | undefined>): Promise<void> {
    const resolved: ResolvedMaterial[] = [];
    for (const ref of new Set(refs)) {
      if (ref === undefined) continue;
      const r = this.resolve(ref);
      resolved.push(r);
      if (r.blend?.mask.type === 'slope') resolved.push(r.blend.other);
    }
    // Bakes run one after another: the pixel work is synchronous JS, and sequential order keeps output stable.
    for (const r of resolved) {
      const req = this.bakeRequest(r);
      if (!req) continue;
      const key = bakeKey(req);
      if (!this.baked.has(key)) this.baked.set(key, await this.cache.getOrBake(key, () => bakeTextures(req)));
    }
  }

  /** The material (and UV plan) for a reference; `undefined` gives the default grey. */
  plan(ref: string | undefined): MaterialPlan {
    const id = ref ?? '\u0000default';
    let plan = this.plans.get(id);
    if (plan) return plan;
    if (ref === undefined) {
      plan = { material: this.createFromParams('default', DEFAULT_MATERIAL), projection: 'uv', tileSizeM: 1 };
    } else {
      const r = this.resolve(ref);
      const slope = r.blend?.mask.type === 'slope' ? r.blend : undefined;
      const own = slope ? { ...r, blend: undefined, key: `${r.key}:slope-a` } : r;
      plan = { material: this.material(own), projection: r.projection, tileSizeM: r.tileSizeM };
      if (slope) plan.slope = { other: this.material(slope.other), threshold: slope.mask.threshold, invert: slope.mask.invert };
    }
    this.plans.set(id, plan);
    return plan;
  }

  private resolve(ref: string): ResolvedMaterial {
    let r = this.resolved.get(ref);
    if (!r) this.resolved.set(ref, (r = resolveMaterial(ref, this.spec, this.options.library)));
    return r;
  }

  /** A plan for a material a generator supplies (a voxel palette colour), shared by identical parameters. */
  inlinePlan(params: PbrParams): MaterialPlan {
    const id = `\u0000inline:${JSON.stringify(params)}`;
    let plan = this.plans.get(id);
    if (!plan) this.plans.set(id, (plan = { material: this.createFromParams(`palette ${this.plans.size}`, params), projection: 'uv', tileSizeM: 1 }));
    return plan;
  }

  /** A material made directly from parameters (area-light emitters and similar builder-owned surfaces). */
  createFromParams(name: string, params: PbrParams): Material {
    return this.create(name, params, undefined, undefined);
  }

  private bakeRequest(r: ResolvedMaterial): BakeRequest | undefined {
    const blend = r.blend && r.blend.mask.type !== 'slope' ? r.blend : undefined;
    if ((!r.recipe && !blend) || this.options.textures === false) return undefined;
    const level = QUALITY[this.options.quality];
    const layer = (m: ResolvedMaterial): Layer => ({ recipe: m.recipe, flat: flatSurface(m.pbr), seed: m.seed });
    return {
      layer: layer(r),
      size: Math.min(level.textureSize, this.options.maxTextureSize),
      maps: level.maps,
      variation: r.variation,
      vegetation: r.vegetation,
      blend: blend ? { layer: layer(blend.other), mask: blend.mask } : undefined,
    };
  }

  private material(r: ResolvedMaterial): Material {
    let m = this.byKey.get(r.key);
    if (!m) {
      const req = this.bakeRequest(r);
      const key = req ? bakeKey(req) : undefined;
      m = this.create(r.name, r.pbr, key ? this.baked.get(key) : undefined, key, r);
      this.byKey.set(r.key, m);
    }
    return m;
  }

  private bakedImage(key: string, map: 'baseColor' | 'normal' | 'orm' | 'emissive', data: Uint8Array, name: string): Texture {
    const id = `${key}:${map}`;
    let t = this.images.get(id);
    if (!t) {
      const slug = name.replace(/[^A-Za-z0-9_-]+/g, '_');
      const jpeg = map === 'baseColor' || map === 'emissive';
      t = this.doc
        .createTexture(`${name} ${map}`)
        .setImage(data)
        .setMimeType(jpeg ? 'image/jpeg' : 'image/png')
        .setURI(`textures/${slug}-${map}-${key.slice(0, 8)}.${jpeg ? 'jpg' : 'png'}`);
      this.images.set(id, t);
    }
    return t;
  }

  private create(name: string, p: PbrParams, baked: BakedMaps | undefined, bakedKey: string | undefined, resolved?: ResolvedMaterial): Material {
    const m = this.doc.createMaterial(name);
    // Flat parameters get the variation here; baked textures already carry it texel by texel.
    let surface = flatSurface(p);
    if (resolved?.variation && !baked) surface = varySurface(surface, resolved.variation, FLAT_CONTEXT, resolved.vegetation);
    if (baked) surface = baked.average;
    const withBaseMap = baked?.baseColor !== undefined && !p.baseColorTexture;
    const withOrm = baked?.orm !== undefined && QUALITY[this.options.quality].maps.includes('roughnessMetallic') && !p.metallicRoughnessTexture;
    this.setCoreFactors(m, p, surface, withBaseMap, withOrm);
    if (baked && bakedKey) this.attachBakedMaps(m, name, p, baked, bakedKey, withBaseMap, withOrm, resolved);
    this.attachTextureFiles(m, p);
    this.attachExtensions(m, p, resolved);
    return m;
  }

  /**
   * The core metallic-roughness factors, alpha and emission. Setters only where a value differs from glTF's
   * default: each one fires graph events, and a 700-material batch spent most of its time there.
   */
  private setCoreFactors(m: Material, p: PbrParams, surface: Surface, withBaseMap: boolean, withOrm: boolean): void {
    const opacity = p.opacity ?? 1;
    const base = withBaseMap ? [1, 1, 1] : surface.color;
    if (base.some((c) => c !== 1) || opacity !== 1) m.setBaseColorFactor([base[0]!, base[1]!, base[2]!, opacity]);
    if (!withOrm) {
      if (surface.metallic !== 1) m.setMetallicFactor(surface.metallic);
      if (surface.roughness !== 1) m.setRoughnessFactor(surface.roughness);
    }
    const alphaMode = p.alphaMode ? (p.alphaMode.toUpperCase() as 'OPAQUE' | 'BLEND' | 'MASK') : opacity < 1 ? 'BLEND' : 'OPAQUE';
    if (alphaMode !== 'OPAQUE') m.setAlphaMode(alphaMode);
    if (p.alphaMode === 'mask') m.setAlphaCutoff(p.alphaCutoff ?? 0.5);
    if (p.doubleSided) m.setDoubleSided(true);
    if (p.emissive) m.setEmissiveFactor(colorToLinear(p.emissive));
  }

  /** The procedural maps baked for this material, wherever the spec does not give a texture file instead. */
  private attachBakedMaps(m: Material, name: string, p: PbrParams, baked: BakedMaps, bakedKey: string, withBaseMap: boolean, withOrm: boolean, resolved: ResolvedMaterial | undefined): void {
    // Box and planar UVs are in metres: the texture transform makes one texture tile span tileSizeM.
    const metric = resolved && (resolved.projection === 'box' || resolved.projection === 'planar');
    const tile = (info: TextureInfo | null) => {
      if (!info) return;
      info.setWrapS(10497).setWrapT(10497);
      if (metric && resolved.tileSizeM !== 1) info.setExtension('KHR_texture_transform', this.ext.textureTransform().createTransform().setScale([1 / resolved.tileSizeM, 1 / resolved.tileSizeM]));
    };
    if (withBaseMap) tile(m.setBaseColorTexture(this.bakedImage(bakedKey, 'baseColor', baked.baseColor!, name)).getBaseColorTextureInfo());
    if (baked.normal && !p.normalTexture) tile(m.setNormalTexture(this.bakedImage(bakedKey, 'normal', baked.normal, name)).getNormalTextureInfo());
    if (withOrm) tile(m.setMetallicRoughnessTexture(this.bakedImage(bakedKey, 'orm', baked.orm!, name)).getMetallicRoughnessTextureInfo());
    if (baked.orm && QUALITY[this.options.quality].maps.includes('occlusion') && !p.occlusionTexture) {
      tile(m.setOcclusionTexture(this.bakedImage(bakedKey, 'orm', baked.orm, name)).getOcclusionTextureInfo());
    }
    if (baked.emissive && p.emissive && !p.emissiveTexture) tile(m.setEmissiveTexture(this.bakedImage(bakedKey, 'emissive', baked.emissive, name)).getEmissiveTextureInfo());
  }

  /** Texture files the spec names (paths relative to its folder). */
  private attachTextureFiles(m: Material, p: PbrParams): void {
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
  }

  /** KHR_materials_* extensions the quality level keeps, each only where its parameters leave glTF's defaults. */
  private attachExtensions(m: Material, p: PbrParams, resolved: ResolvedMaterial | undefined): void {
    const has = (e: MaterialExtension) => this.enabled.has(e);
    if (has('emissive_strength') && p.emissiveStrength !== undefined && p.emissiveStrength !== 1) {
      m.setExtension('KHR_materials_emissive_strength', this.ext.emissiveStrength().createEmissiveStrength().setEmissiveStrength(p.emissiveStrength));
    }
    if (has('ior') && p.ior !== undefined && p.ior !== 1.5) m.setExtension('KHR_materials_ior', this.ext.ior().createIOR().setIOR(p.ior));
    if (has('specular') && (p.specular !== undefined || p.specularColor !== undefined)) {
      const s = this.ext.specular().createSpecular().setSpecularFactor(p.specular ?? 1);
      if (p.specularColor) s.setSpecularColorFactor(colorToLinear(p.specularColor));
      m.setExtension('KHR_materials_specular', s);
    }
    if (has('transmission') && p.transmission) {
      m.setExtension('KHR_materials_transmission', this.ext.transmission().createTransmission().setTransmissionFactor(p.transmission));
    }
    if (has('volume') && (p.thickness || p.attenuationDistance !== undefined || p.attenuationColor)) {
      const v = this.ext.volume().createVolume().setThicknessFactor(p.thickness ?? 0);
      if (p.attenuationDistance !== undefined) v.setAttenuationDistance(p.attenuationDistance);
      if (p.attenuationColor) v.setAttenuationColor(colorToLinear(p.attenuationColor));
      m.setExtension('KHR_materials_volume', v);
    }
    const coat = resolved?.variation ? varyClearcoat(resolved.variation) : undefined;
    const clearcoat = Math.max(p.clearcoat ?? 0, coat?.clearcoat ?? 0);
    if (has('clearcoat') && clearcoat) {
      const roughness = coat && coat.clearcoat >= (p.clearcoat ?? 0) ? coat.clearcoatRoughness : (p.clearcoatRoughness ?? 0);
      m.setExtension('KHR_materials_clearcoat', this.ext.clearcoat().createClearcoat().setClearcoatFactor(clearcoat).setClearcoatRoughnessFactor(roughness));
    }
    if (has('sheen') && p.sheenColor) {
      m.setExtension('KHR_materials_sheen', this.ext.sheen().createSheen().setSheenColorFactor(colorToLinear(p.sheenColor)).setSheenRoughnessFactor(p.sheenRoughness ?? 0));
    }
    if (has('anisotropy') && p.anisotropy) {
      m.setExtension(
        'KHR_materials_anisotropy',
        this.ext.anisotropy().createAnisotropy().setAnisotropyStrength(p.anisotropy).setAnisotropyRotation(((p.anisotropyRotationDeg ?? 0) * Math.PI) / 180),
      );
    }
  }

  private applyTexture(info: TextureInfo | null, ref: TextureRef): void {
    if (!info) return;
    info.setWrapS(10497).setWrapT(10497); // REPEAT
    if (ref.repeat) info.setExtension('KHR_texture_transform', this.ext.textureTransform().createTransform().setScale(ref.repeat));
  }
}
