/**
 * Where the preset numbers come from. Every preset names one of these keys in its `source`.
 * Measured values (metal F0, IOR, albedo) are quoted from the source; colours for materials that vary in nature
 * (woods, fabrics, foods) are chosen inside the measured albedo range the source gives for that class.
 */
export const SOURCES = {
  lagarde: 'S. Lagarde, "Feeding a physically based shading model", 2011 — F0 of metals in linear RGB',
  rtr4: 'T. Akenine-Möller et al., Real-Time Rendering, 4th ed., 2018, tables 9.2–9.3 — F0 of metals and dielectrics',
  pbdb: 'physicallybased.info, the Physically Based material database (CC0) — measured albedo, IOR, F0',
  refractiveindex: 'M. N. Polyanskiy, refractiveindex.info — refractive indices at 589 nm',
  gia: 'GIA Gem Encyclopedia (Gemological Institute of America) — gemstone refractive indices',
  substance: 'Allegorithmic (Adobe), The PBR Guide, vol. 2, 2018 — dielectric albedo 30–240 sRGB, metal reflectance table',
  unreal: 'Epic Games, Unreal Engine documentation, "Physically Based Materials" — measured base colours (charcoal, asphalt, soil, grass, sand, concrete, snow)',
  dontnod: 'DONTNOD Entertainment, "Physically-based charts", 2014 — albedo and F0 of common materials',
  jensen2001: 'H. W. Jensen et al., "A practical model for subsurface light transport", SIGGRAPH 2001 — skin, marble, milk, ketchup scattering albedo',
  toolbox: 'The Engineering ToolBox — refractive indices of liquids (oils, syrups, alcohols)',
  ies: 'IES Lighting Handbook, 10th ed. — luminance of light sources (neon, LED panels, flames) for emissive strength',
} as const;

export type SourceKey = keyof typeof SOURCES;
