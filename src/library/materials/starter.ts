/**
 * The starter preset set. Colours are linear RGB (arrays) or sRGB hex where the source gives sRGB.
 *
 * Sources:
 *  - lagarde: S. Lagarde, "Feeding a physically based shading model" (2011) — metal F0 in linear RGB.
 *  - pbdb: physicallybased.info (Physically Based database, CC0) — measured albedo, IOR and F0 values.
 *  - refractiveindex: M. Polyanskiy, refractiveindex.info — IOR at 589 nm.
 *  - rtr4: Akenine-Möller et al., Real-Time Rendering 4th ed., tables 9.2 and 9.3 — F0 of metals and dielectrics.
 */
import type { MaterialPreset } from './types.js';

export const SOURCES: Record<string, string> = {
  lagarde: 'S. Lagarde, "Feeding a physically based shading model", 2011',
  pbdb: 'physicallybased.info, the Physically Based material database (CC0)',
  refractiveindex: 'M. N. Polyanskiy, refractiveindex.info database',
  rtr4: 'T. Akenine-Möller et al., Real-Time Rendering, 4th ed., 2018, tables 9.2–9.3',
};

export const STARTER_MATERIALS: MaterialPreset[] = [
  { id: 'gold', family: 'precious', tags: ['metal', 'yellow', 'shiny', 'treasure'], synonyms: ['gilded', 'golden'], pbr: { baseColor: [1.0, 0.766, 0.336], metallic: 1, roughness: 0.2 }, source: 'lagarde' },
  { id: 'silver', family: 'precious', tags: ['metal', 'white', 'shiny'], synonyms: ['sterling'], pbr: { baseColor: [0.972, 0.96, 0.915], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  { id: 'copper', family: 'metal', tags: ['metal', 'orange', 'warm'], synonyms: ['cu'], pbr: { baseColor: [0.955, 0.637, 0.538], metallic: 1, roughness: 0.25 }, source: 'lagarde' },
  { id: 'iron', family: 'metal', tags: ['metal', 'grey', 'dark'], synonyms: ['wrought iron', 'cast iron'], pbr: { baseColor: [0.56, 0.57, 0.58], metallic: 1, roughness: 0.45 }, source: 'lagarde' },
  { id: 'aluminium', family: 'metal', tags: ['metal', 'light', 'industrial'], synonyms: ['aluminum', 'alu'], pbr: { baseColor: [0.913, 0.922, 0.924], metallic: 1, roughness: 0.3 }, source: 'lagarde' },
  { id: 'chrome', family: 'metal', tags: ['metal', 'mirror', 'shiny'], synonyms: ['chromium', 'chrome plated'], pbr: { baseColor: [0.55, 0.556, 0.554], metallic: 1, roughness: 0.05 }, source: 'lagarde' },
  { id: 'brass', family: 'metal', tags: ['metal', 'yellow', 'warm'], synonyms: ['brassy'], pbr: { baseColor: [0.887, 0.789, 0.434], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'titanium', family: 'metal', tags: ['metal', 'grey', 'aerospace'], synonyms: ['ti'], pbr: { baseColor: [0.542, 0.497, 0.449], metallic: 1, roughness: 0.35 }, source: 'lagarde' },
  { id: 'glass_clear', family: 'glass', tags: ['transparent', 'window', 'bottle'], synonyms: ['glass', 'clear glass'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.005 }, source: 'refractiveindex' },
  { id: 'glass_frosted', family: 'glass', tags: ['translucent', 'diffuse', 'window'], synonyms: ['frosted glass', 'satin glass'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.45, ior: 1.52, transmission: 1, thickness: 0.005 }, source: 'refractiveindex' },
  { id: 'water', family: 'liquid', tags: ['transparent', 'liquid', 'blue'], synonyms: ['pool', 'lake'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.333, transmission: 1, thickness: 1, attenuationDistance: 8, attenuationColor: [0.6, 0.85, 0.9] }, source: 'refractiveindex' },
  { id: 'diamond', family: 'precious', tags: ['gem', 'transparent', 'sparkle'], synonyms: ['gemstone', 'brilliant'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 2.418, transmission: 1, thickness: 0.01 }, source: 'refractiveindex' },
  { id: 'plastic_glossy_white', family: 'plastic', tags: ['plastic', 'white', 'product'], synonyms: ['abs', 'white plastic'], pbr: { baseColor: '#e8e8e6', metallic: 0, roughness: 0.2, ior: 1.46 }, source: 'pbdb' },
  { id: 'rubber_black', family: 'plastic', tags: ['rubber', 'black', 'matte', 'tyre'], synonyms: ['rubber', 'tire', 'tyre'], pbr: { baseColor: [0.025, 0.025, 0.025], metallic: 0, roughness: 0.85, ior: 1.52 }, source: 'pbdb' },
  { id: 'concrete', family: 'concrete', tags: ['grey', 'rough', 'urban', 'floor'], synonyms: ['cement'], pbr: { baseColor: [0.25, 0.245, 0.235], metallic: 0, roughness: 0.9 }, source: 'pbdb' },
  { id: 'oak', family: 'wood', tags: ['wood', 'brown', 'furniture', 'floor'], synonyms: ['oak wood', 'hardwood'], pbr: { baseColor: '#8f6b47', metallic: 0, roughness: 0.6 }, source: 'pbdb' },
  { id: 'marble_white', family: 'stone', tags: ['stone', 'white', 'polished', 'luxury'], synonyms: ['marble', 'carrara'], pbr: { baseColor: [0.83, 0.8, 0.76], metallic: 0, roughness: 0.12, ior: 1.486 }, source: 'refractiveindex' },
  { id: 'brick_red', family: 'stone', tags: ['masonry', 'red', 'wall'], synonyms: ['brick', 'bricks'], pbr: { baseColor: '#8a4a35', metallic: 0, roughness: 0.85 }, source: 'pbdb' },
  { id: 'ceramic_glazed_white', family: 'ceramic', tags: ['ceramic', 'white', 'glossy', 'tableware'], synonyms: ['porcelain', 'china', 'glazed tile'], pbr: { baseColor: [0.8, 0.8, 0.78], metallic: 0, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.05, ior: 1.5 }, source: 'pbdb' },
  { id: 'velvet_red', family: 'fabric', tags: ['fabric', 'red', 'soft', 'luxury'], synonyms: ['velvet', 'plush'], pbr: { baseColor: '#6e0f16', metallic: 0, roughness: 0.9, sheenColor: '#d8505a', sheenRoughness: 0.35 }, source: 'pbdb' },
  { id: 'car_paint_red', family: 'paint', tags: ['paint', 'red', 'glossy', 'vehicle'], synonyms: ['car paint', 'automotive paint'], pbr: { baseColor: '#8f0a0a', metallic: 0.3, roughness: 0.4, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  { id: 'snow', family: 'nature', tags: ['white', 'winter', 'cold'], synonyms: ['fresh snow'], pbr: { baseColor: [0.85, 0.87, 0.9], metallic: 0, roughness: 0.6, ior: 1.31 }, source: 'pbdb' },
  { id: 'grass', family: 'nature', tags: ['green', 'lawn', 'ground'], synonyms: ['lawn', 'turf'], pbr: { baseColor: '#3e6b26', metallic: 0, roughness: 0.8 }, source: 'pbdb' },
  { id: 'neon_pink', family: 'emissive', tags: ['emissive', 'pink', 'sign', 'cyberpunk'], synonyms: ['neon', 'neon sign'], pbr: { baseColor: [0.05, 0.01, 0.03], emissive: '#ff2a9d', emissiveStrength: 40, metallic: 0, roughness: 0.3 }, source: 'pbdb' },
];
