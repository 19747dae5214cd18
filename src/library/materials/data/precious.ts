import type { MaterialPreset } from '../types.js';

/*
 * Precious metals, gemstones and ornamental stones. Sources and conventions:
 * - Precious metals: metallic 1, baseColor = F0 in LINEAR RGB. Gold, silver, platinum from S. Lagarde 2011;
 *   palladium from Real-Time Rendering 4th ed. table 9.2. Carat golds, sterling and electrum are mass-weighted
 *   mixes of their constituents' F0 (stated at each preset) — a first-order estimate: a linear mix
 *   understates how strongly copper reddens rose gold.
 * - Transparent gems: metallic 0, transmission 1, roughness 0–0.05, IOR from the GIA Gem Encyclopedia (mean of
 *   the stated range). Body colour comes from KHR_materials_volume (attenuationColor / attenuationDistance in
 *   metres / thickness ≈ a 6 mm stone); baseColor stays white or lightly tinted. Attenuation colours are sRGB
 *   hex chosen to match the gem's typical colour.
 * - Translucent and opaque stones (opal, moonstone, jade, amber, lapis, turquoise, pearl …) are dielectrics
 *   with transmission 0–0.6 and albedo inside the measured 0.005–0.92 range.
 * - Recipe colours are sRGB hex; with a recipe, pbr.baseColor is the average colour (used when textures are off).
 */
export const PRECIOUS_PRESETS: MaterialPreset[] = [
  // ── Gold ───────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'gold', family: 'precious', tags: ['yellow', 'shiny', 'treasure', 'jewellery', 'metal'], synonyms: ['gilded', 'golden', '24k gold', 'fine gold'], pbr: { baseColor: [1.0, 0.766, 0.336], metallic: 1, roughness: 0.2 }, source: 'lagarde' },
  { id: 'gold_polished', family: 'precious', tags: ['yellow', 'mirror', 'polished', 'luxury', 'jewellery'], synonyms: ['polished gold', 'mirror gold'], pbr: { baseColor: [1.0, 0.766, 0.336], metallic: 1, roughness: 0.08 }, source: 'lagarde' },
  {
    id: 'gold_brushed', family: 'precious', tags: ['yellow', 'brushed', 'satin', 'watch', 'luxury'], synonyms: ['brushed gold', 'satin gold'],
    pbr: { baseColor: [0.97, 0.74, 0.325], metallic: 1, roughness: 0.35, anisotropy: 0.7, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1400, length: 0.85 }, colors: ['#fadd97', '#ffe39d'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.1 },
    source: 'lagarde',
  },
  {
    id: 'gold_hammered', family: 'precious', tags: ['yellow', 'hammered', 'handmade', 'jewellery', 'rustic'], synonyms: ['hammered gold', 'beaten gold'],
    pbr: { baseColor: [0.94, 0.715, 0.31], metallic: 1, roughness: 0.2 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.8, output: 'distance' }, colors: ['#f4d68e', '#ffe39d'], roughness: [0.28, 0.12], metallic: [1, 1], normalStrength: 2.5, detail: 0.1, tileSizeM: 0.08 },
    source: 'lagarde',
  },
  {
    // Gilding: 8 cm squares of leaf laid with small overlaps; slightly crumpled, so rougher than solid gold.
    id: 'gold_leaf', family: 'precious', tags: ['yellow', 'gilded', 'ornate', 'baroque', 'frame', 'icon'], synonyms: ['gilding', 'gilt', 'leaf gold'],
    pbr: { baseColor: [0.98, 0.75, 0.33], metallic: 1, roughness: 0.28 },
    texture: { pattern: { kind: 'tiles', rows: 4, columns: 4, grout: 0.005 }, colors: ['#ecca82', '#ffe39d'], roughness: [0.35, 0.22], metallic: [1, 1], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.32 },
    source: 'lagarde',
  },
  // 18k yellow: 75 % Au, 12.5 % Ag, 12.5 % Cu.
  { id: 'gold_18k', family: 'precious', tags: ['yellow', 'polished', 'jewellery', 'ring', 'luxury'], synonyms: ['18 carat gold', '750 gold', '18ct gold'], pbr: { baseColor: [0.991, 0.774, 0.434], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  // 14k yellow: 58.5 % Au, 15 % Ag, 26.5 % Cu.
  { id: 'gold_14k', family: 'precious', tags: ['yellow', 'pale', 'jewellery', 'chain', 'everyday'], synonyms: ['14 carat gold', '585 gold', '14ct gold'], pbr: { baseColor: [0.984, 0.761, 0.476], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  // 18k rose: 75 % Au, 22.25 % Cu, 2.75 % Ag.
  { id: 'rose_gold', family: 'precious', tags: ['pink', 'warm', 'jewellery', 'watch', 'romantic'], synonyms: ['pink gold', 'red gold'], pbr: { baseColor: [0.989, 0.743, 0.397], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  // Retail white gold is rhodium-plated: rhodium reflects ≈ 78 % across the visible, nearly neutral.
  { id: 'white_gold', family: 'precious', tags: ['white', 'silver', 'jewellery', 'ring', 'bridal'], synonyms: ['rhodium plated gold', 'white gold ring'], pbr: { baseColor: [0.79, 0.78, 0.76], metallic: 1, roughness: 0.12 }, source: 'refractiveindex' },
  // Green gold: 75 % Au, 25 % Ag.
  { id: 'green_gold', family: 'precious', tags: ['yellow', 'green', 'pale', 'jewellery', 'vintage'], synonyms: ['18k green gold'], pbr: { baseColor: [0.993, 0.815, 0.481], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  // Electrum: natural gold–silver alloy, ~60 % Au / 40 % Ag.
  { id: 'electrum', family: 'precious', tags: ['yellow', 'pale', 'ancient', 'coin', 'treasure'], synonyms: ['natural gold alloy', 'lydian gold'], pbr: { baseColor: [0.989, 0.844, 0.568], metallic: 1, roughness: 0.25 }, source: 'lagarde' },

  // ── Silver, platinum, palladium ────────────────────────────────────────────────────────────────────────
  { id: 'silver', family: 'precious', tags: ['white', 'shiny', 'metal', 'tableware'], synonyms: ['fine silver', 'ag'], pbr: { baseColor: [0.972, 0.96, 0.915], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  { id: 'silver_polished', family: 'precious', tags: ['white', 'mirror', 'polished', 'shiny', 'luxury'], synonyms: ['polished silver', 'mirror silver'], pbr: { baseColor: [0.972, 0.96, 0.915], metallic: 1, roughness: 0.05 }, source: 'lagarde' },
  // Sterling: 92.5 % Ag, 7.5 % Cu.
  { id: 'sterling_silver', family: 'precious', tags: ['white', 'jewellery', 'cutlery', 'classic', 'polished'], synonyms: ['sterling', '925 silver'], pbr: { baseColor: [0.971, 0.936, 0.887], metallic: 1, roughness: 0.2 }, source: 'lagarde' },
  {
    // Silver sulphide tarnish (Ag2S) runs yellow → brown → black; it is a dielectric film.
    id: 'silver_tarnished', family: 'precious', tags: ['grey', 'brown', 'tarnished', 'antique', 'cutlery', 'heirloom'], synonyms: ['tarnished silver', 'old silverware'],
    pbr: { baseColor: [0.418, 0.391, 0.348], metallic: 1, roughness: 0.3 },
    texture: { pattern: { kind: 'rust', coverage: 0.5, scale: 5 }, colors: ['#fcfaf5', '#8a7a5e', '#2e2824'], roughness: [0.15, 0.5], metallic: [1, 0], normalStrength: 0.2, detail: 0.3, tileSizeM: 0.2 },
    source: 'lagarde',
  },
  {
    // Deliberately blackened ("liver of sulphur") silver, relief highs polished back to bright metal.
    id: 'silver_oxidised', family: 'precious', tags: ['black', 'grey', 'oxidised', 'jewellery', 'antique', 'engraved'], synonyms: ['oxidized silver', 'blackened silver', 'antiqued silver'],
    pbr: { baseColor: [0.34, 0.335, 0.32], metallic: 1, roughness: 0.3 },
    texture: { pattern: { kind: 'noise', scale: 8, octaves: 5, gain: 0.5 }, colors: ['#1c1a1a', '#4a4846', '#fcfaf5'], roughness: [0.5, 0.15], metallic: [0, 1], normalStrength: 1, detail: 0.2, tileSizeM: 0.05 },
    source: 'lagarde',
  },
  { id: 'platinum', family: 'precious', tags: ['white', 'grey', 'jewellery', 'luxury', 'polished'], synonyms: ['pt', 'platinum ring'], pbr: { baseColor: [0.672, 0.637, 0.585], metallic: 1, roughness: 0.12 }, source: 'lagarde' },
  {
    id: 'platinum_brushed', family: 'precious', tags: ['white', 'grey', 'brushed', 'watch', 'luxury'], synonyms: ['brushed platinum', 'satin platinum'],
    pbr: { baseColor: [0.66, 0.625, 0.575], metallic: 1, roughness: 0.35, anisotropy: 0.7, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1400, length: 0.85 }, colors: ['#cfcac2', '#d6d1c9'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.1 },
    source: 'lagarde',
  },
  { id: 'palladium', family: 'precious', tags: ['white', 'grey', 'jewellery', 'light', 'polished'], synonyms: ['pd'], pbr: { baseColor: [0.733, 0.697, 0.652], metallic: 1, roughness: 0.15 }, source: 'rtr4' },

  // ── Transparent gemstones ──────────────────────────────────────────────────────────────────────────────
  { id: 'diamond', family: 'precious', tags: ['white', 'gem', 'transparent', 'sparkle', 'jewellery'], synonyms: ['gemstone', 'brilliant', 'diamond gem'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 2.418, transmission: 1, thickness: 0.01 }, source: 'refractiveindex' },
  { id: 'ruby', family: 'precious', tags: ['red', 'gem', 'transparent', 'jewellery', 'precious'], synonyms: ['red corundum', 'pigeon blood ruby'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.766, transmission: 1, thickness: 0.006, attenuationColor: '#d1103a', attenuationDistance: 0.004 }, source: 'gia' },
  { id: 'sapphire_blue', family: 'precious', tags: ['blue', 'gem', 'transparent', 'jewellery', 'royal'], synonyms: ['sapphire', 'blue sapphire', 'corundum'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.766, transmission: 1, thickness: 0.006, attenuationColor: '#1a3fb8', attenuationDistance: 0.004 }, source: 'gia' },
  { id: 'sapphire_yellow', family: 'precious', tags: ['yellow', 'gem', 'transparent', 'jewellery', 'bright'], synonyms: ['yellow sapphire', 'golden sapphire'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.766, transmission: 1, thickness: 0.006, attenuationColor: '#f2c230', attenuationDistance: 0.008 }, source: 'gia' },
  { id: 'emerald', family: 'precious', tags: ['green', 'gem', 'transparent', 'jewellery', 'precious'], synonyms: ['green beryl', 'colombian emerald'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.575, transmission: 1, thickness: 0.006, attenuationColor: '#10925a', attenuationDistance: 0.005 }, source: 'gia' },
  { id: 'amethyst', family: 'precious', tags: ['purple', 'gem', 'transparent', 'quartz', 'crystal'], synonyms: ['purple quartz'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.548, transmission: 1, thickness: 0.006, attenuationColor: '#8e4fc4', attenuationDistance: 0.006 }, source: 'gia' },
  { id: 'citrine', family: 'precious', tags: ['yellow', 'orange', 'gem', 'transparent', 'quartz'], synonyms: ['yellow quartz', 'golden quartz'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.548, transmission: 1, thickness: 0.006, attenuationColor: '#eaa02c', attenuationDistance: 0.008 }, source: 'gia' },
  { id: 'rock_crystal', family: 'precious', tags: ['clear', 'colourless', 'crystal', 'quartz', 'mystic'], synonyms: ['clear quartz', 'quartz crystal'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.547, transmission: 1, thickness: 0.02 }, source: 'gia' },
  { id: 'rose_quartz', family: 'precious', tags: ['pink', 'hazy', 'quartz', 'crystal', 'soft'], synonyms: ['pink quartz'], pbr: { baseColor: [1, 0.96, 0.97], metallic: 0, roughness: 0.05, ior: 1.547, transmission: 1, thickness: 0.02, attenuationColor: '#f2b8c6', attenuationDistance: 0.01 }, source: 'gia' },
  { id: 'smoky_quartz', family: 'precious', tags: ['brown', 'grey', 'gem', 'transparent', 'quartz'], synonyms: ['cairngorm', 'brown quartz'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.547, transmission: 1, thickness: 0.01, attenuationColor: '#6e5a48', attenuationDistance: 0.006 }, source: 'gia' },
  { id: 'topaz_blue', family: 'precious', tags: ['blue', 'light', 'gem', 'transparent', 'jewellery'], synonyms: ['blue topaz', 'swiss blue topaz'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.62, transmission: 1, thickness: 0.006, attenuationColor: '#79c2e6', attenuationDistance: 0.008 }, source: 'gia' },
  { id: 'topaz_imperial', family: 'precious', tags: ['orange', 'golden', 'gem', 'transparent', 'jewellery'], synonyms: ['imperial topaz', 'precious topaz'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.62, transmission: 1, thickness: 0.006, attenuationColor: '#f08a3c', attenuationDistance: 0.006 }, source: 'gia' },
  { id: 'garnet', family: 'precious', tags: ['red', 'dark', 'gem', 'transparent', 'victorian'], synonyms: ['almandine', 'pyrope', 'red garnet'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.79, transmission: 1, thickness: 0.006, attenuationColor: '#7a0c1e', attenuationDistance: 0.003 }, source: 'gia' },
  { id: 'peridot', family: 'precious', tags: ['green', 'lime', 'gem', 'transparent', 'jewellery'], synonyms: ['olivine', 'chrysolite'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.67, transmission: 1, thickness: 0.006, attenuationColor: '#9bc53d', attenuationDistance: 0.006 }, source: 'gia' },
  { id: 'aquamarine', family: 'precious', tags: ['blue', 'pale', 'gem', 'transparent', 'sea'], synonyms: ['blue beryl'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.577, transmission: 1, thickness: 0.006, attenuationColor: '#8fd1e6', attenuationDistance: 0.01 }, source: 'gia' },
  { id: 'tanzanite', family: 'precious', tags: ['blue', 'violet', 'gem', 'transparent', 'rare'], synonyms: ['blue zoisite'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.69, transmission: 1, thickness: 0.006, attenuationColor: '#4b3fc2', attenuationDistance: 0.005 }, source: 'gia' },
  { id: 'spinel_red', family: 'precious', tags: ['red', 'pink', 'gem', 'transparent', 'crown'], synonyms: ['red spinel', 'balas ruby'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.718, transmission: 1, thickness: 0.006, attenuationColor: '#d8284a', attenuationDistance: 0.005 }, source: 'gia' },
  { id: 'zircon_blue', family: 'precious', tags: ['blue', 'cyan', 'gem', 'transparent', 'brilliant'], synonyms: ['blue zircon', 'starlite'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.93, transmission: 1, thickness: 0.006, attenuationColor: '#4fc8dc', attenuationDistance: 0.008 }, source: 'gia' },
  { id: 'tourmaline_pink', family: 'precious', tags: ['pink', 'gem', 'transparent', 'jewellery', 'romantic'], synonyms: ['rubellite', 'pink tourmaline'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.63, transmission: 1, thickness: 0.006, attenuationColor: '#ec5f98', attenuationDistance: 0.006 }, source: 'gia' },
  { id: 'tourmaline_green', family: 'precious', tags: ['green', 'dark', 'gem', 'transparent', 'jewellery'], synonyms: ['verdelite', 'green tourmaline'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.63, transmission: 1, thickness: 0.006, attenuationColor: '#2e8a4c', attenuationDistance: 0.005 }, source: 'gia' },
  { id: 'cubic_zirconia', family: 'precious', tags: ['white', 'gem', 'transparent', 'sparkle', 'costume'], synonyms: ['cz', 'diamond simulant'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 2.16, transmission: 1, thickness: 0.006 }, source: 'gia' },
  { id: 'moissanite', family: 'precious', tags: ['white', 'gem', 'transparent', 'fiery', 'jewellery'], synonyms: ['silicon carbide gem', 'moissanite gem'], pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 2.67, transmission: 1, thickness: 0.006, attenuationColor: '#f2f5ec', attenuationDistance: 0.05 }, source: 'gia' },

  // ── Translucent gems (opal, moonstone) and glassy black stones ─────────────────────────────────────────
  {
    // Play-of-colour patches approximated by a cellular colour ramp (opal ior 1.45, GIA).
    id: 'opal_white', family: 'precious', tags: ['white', 'iridescent', 'milky', 'gem', 'translucent'], synonyms: ['white opal', 'precious opal', 'australian opal'],
    pbr: { baseColor: '#d7e0d7', metallic: 0, roughness: 0.05, ior: 1.45, transmission: 0.4, thickness: 0.004 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 1, output: 'cells' }, colors: ['#e6eef2', '#9fd8e8', '#b0e8b8', '#f2c8e8', '#f6e6b0'], roughness: [0.05, 0.05], normalStrength: 0, detail: 0.1, tileSizeM: 0.02 },
    source: 'gia',
  },
  {
    id: 'opal_black', family: 'precious', tags: ['black', 'iridescent', 'vivid', 'gem', 'rare'], synonyms: ['black opal', 'lightning ridge opal'],
    pbr: { baseColor: '#7a6a68', metallic: 0, roughness: 0.05, ior: 1.45, transmission: 0.3, thickness: 0.004 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 1, output: 'cells' }, colors: ['#1a1e2a', '#1a1e2a', '#1f6fb0', '#2fa86a', '#d04a7a', '#e0a030'], roughness: [0.05, 0.05], normalStrength: 0, detail: 0.1, tileSizeM: 0.02 },
    source: 'gia',
  },
  { id: 'fire_opal', family: 'precious', tags: ['orange', 'fiery', 'gem', 'translucent', 'mexican'], synonyms: ['mexican fire opal', 'orange opal'], pbr: { baseColor: '#fff0e6', metallic: 0, roughness: 0.03, ior: 1.45, transmission: 0.6, thickness: 0.006, attenuationColor: '#ff6a1a', attenuationDistance: 0.005 }, source: 'gia' },
  // Adularescence (the floating blue glow) is approximated with a blue sheen; colour chosen.
  { id: 'moonstone', family: 'precious', tags: ['white', 'blue', 'glowing', 'translucent', 'mystic'], synonyms: ['adularia', 'rainbow moonstone'], pbr: { baseColor: '#eef1f5', metallic: 0, roughness: 0.05, ior: 1.52, transmission: 0.6, thickness: 0.008, attenuationColor: '#e8ecf4', attenuationDistance: 0.01, sheenColor: '#9fc0ff', sheenRoughness: 0.3 }, source: 'gia' },
  { id: 'obsidian_polished', family: 'precious', tags: ['black', 'glassy', 'volcanic', 'polished', 'ritual'], synonyms: ['volcanic glass', 'black obsidian'], pbr: { baseColor: [0.012, 0.012, 0.014], metallic: 0, roughness: 0.03, ior: 1.49 }, source: 'gia' },

  // ── Ornamental and organic gems ────────────────────────────────────────────────────────────────────────
  { id: 'jade', family: 'precious', tags: ['green', 'translucent', 'carving', 'chinese', 'jewellery'], synonyms: ['jadeite', 'imperial jade', 'green jade'], pbr: { baseColor: '#4a9a68', metallic: 0, roughness: 0.12, ior: 1.66, transmission: 0.2, thickness: 0.01, attenuationColor: '#2e8a4e', attenuationDistance: 0.01 }, source: 'gia' },
  { id: 'nephrite_white', family: 'precious', tags: ['white', 'cream', 'translucent', 'carving', 'chinese'], synonyms: ['mutton fat jade', 'white jade', 'nephrite'], pbr: { baseColor: '#e8e4d4', metallic: 0, roughness: 0.15, ior: 1.61, transmission: 0.15, thickness: 0.01 }, source: 'gia' },
  {
    // Lazurite blue with metallic pyrite flecks (pyrite taken as a pale brassy metal).
    id: 'lapis_lazuli', family: 'precious', tags: ['blue', 'gold', 'flecked', 'ancient', 'egyptian', 'ornamental'], synonyms: ['lapis', 'ultramarine stone'],
    pbr: { baseColor: '#4a5894', metallic: 0, roughness: 0.2, ior: 1.5 },
    texture: { pattern: { kind: 'rust', coverage: 0.12, scale: 24 }, colors: ['#1f3a8a', '#2a4fa8', '#d8b860'], roughness: [0.2, 0.25], metallic: [0, 1], normalStrength: 0.2, detail: 0.3, tileSizeM: 0.1 },
    source: 'gia',
  },
  {
    // Spiderweb turquoise: a dark limonite matrix running between the blue-green nuggets.
    id: 'turquoise', family: 'precious', tags: ['blue', 'green', 'matrix', 'southwestern', 'jewellery', 'opaque'], synonyms: ['spiderweb turquoise', 'persian turquoise'],
    pbr: { baseColor: '#50aeac', metallic: 0, roughness: 0.4, ior: 1.62 },
    texture: { pattern: { kind: 'cells', scale: 8, jitter: 0.9, output: 'edges' }, colors: ['#3a2e22', '#48b0b0', '#5cc4c0'], roughness: [0.6, 0.35], normalStrength: 0.5, detail: 0.3, tileSizeM: 0.05 },
    source: 'gia',
  },
  { id: 'black_onyx', family: 'precious', tags: ['black', 'polished', 'glossy', 'jewellery', 'elegant'], synonyms: ['onyx', 'black chalcedony'], pbr: { baseColor: '#141414', metallic: 0, roughness: 0.04, ior: 1.54 }, source: 'gia' },
  {
    // Concentric bands of malachite (ior: mean of 1.655–1.909).
    id: 'malachite', family: 'precious', tags: ['green', 'banded', 'ornamental', 'polished', 'russian'], synonyms: ['copper carbonate', 'malachite stone'],
    pbr: { baseColor: '#308d5e', metallic: 0, roughness: 0.12, ior: 1.78 },
    texture: { pattern: { kind: 'wood', rings: 18, distortion: 0.5 }, colors: ['#0a3d22', '#16824a', '#4ec08a'], roughness: [0.15, 0.1], normalStrength: 0.1, detail: 0.2, tileSizeM: 0.08 },
    source: 'gia',
  },
  { id: 'precious_coral', family: 'precious', tags: ['red', 'organic', 'polished', 'jewellery', 'mediterranean'], synonyms: ['red coral', 'corallium', 'oxblood coral'], pbr: { baseColor: '#c8322a', metallic: 0, roughness: 0.2, ior: 1.49 }, source: 'gia' },
  // Akoya pearl (pbdb): nacre albedo and ior; the orient is a glossy clearcoat plus a faint pink sheen (chosen).
  { id: 'pearl', family: 'precious', tags: ['white', 'cream', 'lustrous', 'jewellery', 'elegant'], synonyms: ['akoya pearl', 'cultured pearl'], pbr: { baseColor: [0.8, 0.75, 0.7], metallic: 0, roughness: 0.35, ior: 1.68, clearcoat: 1, clearcoatRoughness: 0.15, sheenColor: '#f4d8e0', sheenRoughness: 0.35 }, source: 'pbdb' },
  { id: 'pearl_black', family: 'precious', tags: ['black', 'green', 'lustrous', 'tahitian', 'jewellery'], synonyms: ['tahitian pearl', 'black pearl'], pbr: { baseColor: '#3c4240', metallic: 0, roughness: 0.3, ior: 1.68, clearcoat: 1, clearcoatRoughness: 0.12, sheenColor: '#7fa890', sheenRoughness: 0.35 }, source: 'pbdb' },
  {
    id: 'mother_of_pearl', family: 'precious', tags: ['white', 'iridescent', 'inlay', 'shell', 'vintage'], synonyms: ['nacre', 'mop shell'],
    pbr: { baseColor: '#e6e2e6', metallic: 0, roughness: 0.12, ior: 1.68, clearcoat: 1, clearcoatRoughness: 0.05, sheenColor: '#c0d8ff', sheenRoughness: 0.3 },
    texture: { pattern: { kind: 'marble', veins: 6, turbulence: 0.5 }, colors: ['#c8e0e8', '#f0e0c8', '#d8d4dc', '#f0e8ec'], roughness: [0.15, 0.1], normalStrength: 0.3, detail: 0.2, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  // Baltic amber: pbdb body colour, GIA ior 1.54; translucent.
  { id: 'amber', family: 'precious', tags: ['orange', 'golden', 'translucent', 'fossil', 'baltic'], synonyms: ['baltic amber', 'fossil resin', 'succinite'], pbr: { baseColor: [0.83, 0.288, 0.036], metallic: 0, roughness: 0.05, ior: 1.54, transmission: 0.4, thickness: 0.01, attenuationColor: '#d07a12', attenuationDistance: 0.01 }, source: 'gia' },
  { id: 'jet', family: 'precious', tags: ['black', 'victorian', 'mourning', 'fossil', 'polished'], synonyms: ['whitby jet', 'black amber'], pbr: { baseColor: '#1a1816', metallic: 0, roughness: 0.08, ior: 1.66 }, source: 'gia' },
  {
    // Chatoyancy (the moving band of light across the fibres) via anisotropic highlights.
    id: 'tigers_eye', family: 'precious', tags: ['brown', 'gold', 'chatoyant', 'banded', 'polished'], synonyms: ["tiger's eye", 'tiger eye', 'tigereye'],
    pbr: { baseColor: '#9e7436', metallic: 0, roughness: 0.1, ior: 1.544, anisotropy: 0.8, anisotropyRotationDeg: 90 },
    texture: { pattern: { kind: 'stripes', count: 24, softness: 0.6 }, colors: ['#4a2c12', '#9a6a2a', '#d0a050'], roughness: [0.1, 0.08], normalStrength: 0.05, detail: 0.3, tileSizeM: 0.05 },
    source: 'gia',
  },
  { id: 'carnelian', family: 'precious', tags: ['orange', 'red', 'translucent', 'ancient', 'seal'], synonyms: ['cornelian', 'red chalcedony'], pbr: { baseColor: '#c0461e', metallic: 0, roughness: 0.06, ior: 1.535, transmission: 0.3, thickness: 0.008, attenuationColor: '#c84a18', attenuationDistance: 0.01 }, source: 'gia' },

  // ── Fantasy ────────────────────────────────────────────────────────────────────────────────────────────
  // magic_crystal is FANTASY: a quartz/topaz-like ior (1.6), vivid violet body colour and a faint inner glow;
  // colour, distance and emissiveStrength (2) are chosen, not measured.
  { id: 'magic_crystal', family: 'precious', tags: ['purple', 'glowing', 'fantasy', 'magical', 'crystal'], synonyms: ['mana crystal', 'arcane crystal', 'power crystal'], pbr: { baseColor: '#f0e8ff', metallic: 0, roughness: 0.02, ior: 1.6, transmission: 1, thickness: 0.1, attenuationColor: '#8a3cff', attenuationDistance: 0.05, emissive: '#7a40ff', emissiveStrength: 2 }, source: 'gia' },
];
