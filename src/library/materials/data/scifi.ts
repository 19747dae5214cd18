import type { MaterialPreset } from '../types.js';

/*
 * Sci-fi and advanced-technology surfaces: real composites and spacecraft materials plus the panelled, armoured
 * finishes games use for them. Sources and conventions:
 * - Metals use measured F0 in LINEAR RGB (Lagarde 2011: titanium, aluminium, gold; Lagarde copper for PCB
 *   traces). Graphite / multilayer graphene: F0 ≈ 0.31 from n ≈ 2.7, k ≈ 1.4 at 589 nm (refractiveindex.info).
 *   Silica aerogel: n ≈ 1.0–1.05 (refractiveindex.info class value, 1.03 used).
 * - Dielectric colours (composites, paints, solder mask, ceramics) are sRGB hex chosen inside the PBR Guide's
 *   30–240 sRGB albedo range ('substance'); structure comes from the texture recipe.
 * - Glowing items belong to the emissive family; none here emit light.
 * - Recipe colours are sRGB hex; with a recipe, pbr.baseColor is the average colour (used when textures are off).
 */
export const SCIFI_PRESETS: MaterialPreset[] = [
  // ── Composites ─────────────────────────────────────────────────────────────────────────────────────────
  {
    // 2×2-style woven carbon tow (~3 mm threads over a 0.3 m tile) under a glossy epoxy clear coat.
    id: 'carbon_fibre', family: 'scifi', tags: ['black', 'woven', 'glossy', 'racing', 'composite', 'lightweight'], synonyms: ['carbon fiber', 'cfrp', 'carbon composite'],
    pbr: { baseColor: '#1e1f22', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 },
    texture: { pattern: { kind: 'weave', threads: 96 }, colors: ['#0b0b0c', '#1a1b1e', '#2c2e32'], roughness: [0.45, 0.25], normalStrength: 0.8, detail: 0.05, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'carbon_fibre_matte', family: 'scifi', tags: ['black', 'woven', 'matte', 'composite', 'drone'], synonyms: ['matte carbon', 'dry carbon', 'satin carbon fiber'],
    pbr: { baseColor: '#1e1f22', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'weave', threads: 96 }, colors: ['#0b0b0c', '#1a1b1e', '#2c2e32'], roughness: [0.6, 0.45], normalStrength: 0.8, detail: 0.1, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    // Chopped-tow compression moulding: black resin-rich body with grey, silky flake streaks, under clear coat.
    id: 'carbon_fibre_forged', family: 'scifi', tags: ['black', 'marbled', 'glossy', 'composite', 'supercar'], synonyms: ['forged carbon', 'chopped carbon', 'forged composite'],
    pbr: { baseColor: '#151618', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 },
    texture: { pattern: { kind: 'marble', veins: 10, turbulence: 0.9 }, colors: ['#3a3c40', '#1c1d20', '#101012'], roughness: [0.35, 0.2], normalStrength: 0.2, detail: 0.1, tileSizeM: 0.15 },
    source: 'substance',
  },
  {
    id: 'aramid_fibre', family: 'scifi', tags: ['yellow', 'woven', 'composite', 'armour', 'tactical'], synonyms: ['kevlar', 'aramid', 'twaron'],
    pbr: { baseColor: '#d0ad44', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 64 }, colors: ['#a8861e', '#d8b23a', '#e8c860'], roughness: [0.7, 0.55], normalStrength: 0.8, detail: 0.1, tileSizeM: 0.2 },
    source: 'substance',
  },

  // ── Electronics ────────────────────────────────────────────────────────────────────────────────────────
  {
    // Green solder mask over FR-4 with exposed copper traces (metallic ramp 0 → 1 across each trace). The stripe
    // pattern gives traces about half the area; baseColor leans to the mask green so the board still reads as a
    // PCB with textures off.
    id: 'circuit_board', family: 'scifi', tags: ['green', 'electronics', 'pcb', 'copper', 'tech'], synonyms: ['pcb', 'printed circuit board', 'motherboard'],
    pbr: { baseColor: '#3d6a3e', metallic: 0, roughness: 0.35 },
    texture: { pattern: { kind: 'stripes', count: 24, softness: 0.1 }, colors: ['#0c3a1a', '#1d6a30', '#1d6a30', '#f0bca8'], roughness: [0.35, 0.3], metallic: [0, 1], normalStrength: 0.6, detail: 0.2, tileSizeM: 0.05 },
    source: 'lagarde',
  },
  {
    // Matte black solder mask with ENIG (immersion gold) traces; baseColor leans to the mask, as above.
    id: 'pcb_black_gold', family: 'scifi', tags: ['black', 'gold', 'electronics', 'pcb', 'premium'], synonyms: ['black pcb', 'enig board', 'black circuit board'],
    pbr: { baseColor: '#40382a', metallic: 0, roughness: 0.4 },
    texture: { pattern: { kind: 'stripes', count: 32, softness: 0.1 }, colors: ['#0a0a0b', '#1a1a1c', '#1a1a1c', '#f8d890'], roughness: [0.45, 0.2], metallic: [0, 1], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.05 },
    source: 'lagarde',
  },
  {
    // Monocrystalline cells (156 mm) under glass; white backsheet shows in the gaps.
    id: 'solar_panel_cell', family: 'scifi', tags: ['blue', 'dark', 'photovoltaic', 'energy', 'satellite'], synonyms: ['solar panel', 'photovoltaic cell', 'pv module'],
    pbr: { baseColor: '#34384d', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.02 },
    texture: { pattern: { kind: 'tiles', rows: 2, columns: 2, grout: 0.02 }, colors: ['#dcdcdc', '#0e1630', '#142048'], roughness: [0.5, 0.15], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.32 },
    source: 'substance',
  },

  // ── Hull, panels and armour ────────────────────────────────────────────────────────────────────────────
  {
    id: 'hull_plating_grey', family: 'scifi', tags: ['grey', 'painted', 'spaceship', 'panels', 'industrial'], synonyms: ['spaceship hull', 'hull panels', 'starship plating'],
    pbr: { baseColor: '#81868c', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'panels', rows: 3, columns: 3, seam: 0.01 }, colors: ['#3a3d40', '#7d8288', '#8a8f95'], roughness: [0.6, 0.45], normalStrength: 1.5, detail: 0.3, tileSizeM: 2 },
    source: 'substance',
  },
  {
    // Bare aluminium hull skin (Lagarde F0), scuffed and scratched in service.
    id: 'hull_plating_scratched', family: 'scifi', tags: ['silver', 'worn', 'scratched', 'spaceship', 'battle'], synonyms: ['battle damaged hull', 'worn hull', 'bare metal hull'],
    pbr: { baseColor: [0.8, 0.81, 0.815], metallic: 1, roughness: 0.4 },
    texture: { pattern: { kind: 'scratches', density: 400, length: 0.1 }, colors: ['#d4d6d8', '#f5f6f6'], roughness: [0.45, 0.25], metallic: [1, 1], normalStrength: 0.4, detail: 0.3, tileSizeM: 1 },
    source: 'lagarde',
  },
  {
    id: 'scifi_wall_panel', family: 'scifi', tags: ['white', 'grey', 'panels', 'corridor', 'clean', 'futuristic'], synonyms: ['sci-fi wall', 'corridor panel', 'space station wall'],
    pbr: { baseColor: '#ccd0d4', metallic: 0, roughness: 0.35 },
    texture: { pattern: { kind: 'panels', rows: 2, columns: 1, seam: 0.02 }, colors: ['#2a2d30', '#c8ccd0', '#d8dce0'], roughness: [0.6, 0.3], normalStrength: 1.2, detail: 0.15, tileSizeM: 1.5 },
    source: 'substance',
  },
  {
    // Ti-6Al-4V panels: Lagarde titanium F0 with fastened seams.
    id: 'titanium_alloy_panel', family: 'scifi', tags: ['grey', 'aerospace', 'panels', 'futuristic', 'spacecraft'], synonyms: ['ti-6al-4v', 'titanium panel', 'grade 5 titanium'],
    pbr: { baseColor: [0.492, 0.452, 0.409], metallic: 1, roughness: 0.4 },
    texture: { pattern: { kind: 'panels', rows: 2, columns: 4, seam: 0.008 }, colors: ['#6e6a64', '#b8b1a9', '#c2bbb3'], roughness: [0.5, 0.35], metallic: [1, 1], normalStrength: 1, detail: 0.2, tileSizeM: 1.5 },
    source: 'lagarde',
  },
  {
    // Hexagonal armour cells: gunmetal-grey metal plates (steel-like F0, darker in the seams).
    id: 'hex_armour', family: 'scifi', tags: ['grey', 'hexagonal', 'armour', 'futuristic', 'military'], synonyms: ['hex armor', 'hexagonal plating', 'honeycomb armour'],
    pbr: { baseColor: [0.33, 0.35, 0.38], metallic: 1, roughness: 0.45 },
    texture: { pattern: { kind: 'hexagons', scale: 8, gap: 0.05 }, colors: ['#5a5e64', '#8a8e94', '#a4a8ae'], roughness: [0.7, 0.35], metallic: [1, 1], normalStrength: 2, detail: 0.2, tileSizeM: 0.6 },
    source: 'lagarde',
  },
  {
    // Boron-carbide strike-face tiles: a dark grey ceramic.
    id: 'ceramic_armour_plate', family: 'scifi', tags: ['grey', 'dark', 'ceramic', 'armour', 'tactical'], synonyms: ['boron carbide', 'ceramic plate', 'strike face'],
    pbr: { baseColor: '#2f3033', metallic: 0, roughness: 0.65 },
    texture: { pattern: { kind: 'tiles', rows: 4, columns: 4, grout: 0.03 }, colors: ['#101010', '#2c2d2f', '#34363a'], roughness: [0.8, 0.6], normalStrength: 1, detail: 0.3, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    // Olive military paint chipped through to bare steel at the edges.
    id: 'mech_armour_olive', family: 'scifi', tags: ['green', 'olive', 'chipped', 'military', 'mech', 'worn'], synonyms: ['chipped paint armour', 'military mech paint', 'olive drab armour'],
    pbr: { baseColor: '#6b7160', metallic: 0, roughness: 0.55 },
    texture: { pattern: { kind: 'rust', coverage: 0.15, scale: 8 }, colors: ['#4a5232', '#505a36', '#c5c7c8'], roughness: [0.6, 0.35], metallic: [0, 1], normalStrength: 0.8, detail: 0.3, tileSizeM: 1 },
    source: 'lagarde',
  },
  { id: 'trooper_armour_white', family: 'scifi', tags: ['white', 'glossy', 'armour', 'plastic', 'futuristic'], synonyms: ['stormtrooper armour', 'white armor', 'white hard shell'], pbr: { baseColor: '#ecece8', metallic: 0, roughness: 0.2, clearcoat: 0.5, clearcoatRoughness: 0.1 }, source: 'substance' },
  {
    id: 'hazard_stripes', family: 'scifi', tags: ['yellow', 'black', 'warning', 'industrial', 'striped'], synonyms: ['caution stripes', 'safety stripes', 'warning chevrons'],
    pbr: { baseColor: '#b2870c', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'stripes', count: 8, softness: 0.05 }, colors: ['#151515', '#f2b800'], roughness: [0.5, 0.5], normalStrength: 0.1, detail: 0.2, tileSizeM: 0.8 },
    source: 'substance',
  },
  { id: 'stealth_coating', family: 'scifi', tags: ['black', 'matte', 'stealth', 'military', 'aircraft'], synonyms: ['radar absorbent material', 'ram coating', 'stealth paint'], pbr: { baseColor: '#1e1e20', metallic: 0, roughness: 0.85 }, source: 'substance' },

  // ── Spacecraft thermal protection ──────────────────────────────────────────────────────────────────────
  {
    // Shuttle-style black HRSI tiles (15 cm) with pale gap filler.
    id: 'heat_shield_tiles', family: 'scifi', tags: ['black', 'tiles', 'spacecraft', 'thermal', 'shuttle'], synonyms: ['hrsi tiles', 'thermal protection tiles', 'space shuttle tiles'],
    pbr: { baseColor: '#212121', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'tiles', rows: 6, columns: 6, grout: 0.02 }, colors: ['#6a6a66', '#141414', '#1e1e1e'], roughness: [0.9, 0.85], normalStrength: 1, detail: 0.4, tileSizeM: 0.9 },
    source: 'substance',
  },
  {
    // Re-entry capsule ablator after use: charred, crazed black-brown crust.
    id: 'ablative_heat_shield_charred', family: 'scifi', tags: ['black', 'brown', 'charred', 'capsule', 'reentry'], synonyms: ['ablator', 'avcoat', 'charred heat shield'],
    pbr: { baseColor: '#2f2722', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.9, output: 'edges' }, colors: ['#0e0c0b', '#2a2420', '#3a3028'], roughness: [0.95, 0.85], normalStrength: 2, detail: 0.5, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    // Multi-layer insulation: aluminised polyimide (Kapton) foil — aluminium F0 seen through amber film, so a gold
    // reflection (tint chosen); crinkled by hand-fitting.
    id: 'thermal_blanket_gold', family: 'scifi', tags: ['gold', 'crinkled', 'foil', 'satellite', 'spacecraft'], synonyms: ['mli', 'multi-layer insulation', 'kapton foil'],
    pbr: { baseColor: [0.724, 0.519, 0.18], metallic: 1, roughness: 0.18 },
    texture: { pattern: { kind: 'ridged', scale: 5, octaves: 4, gain: 0.5 }, colors: ['#c8a050', '#f0d890'], roughness: [0.25, 0.1], metallic: [1, 1], normalStrength: 3, detail: 0.2, tileSizeM: 0.5 },
    source: 'lagarde',
  },
  // Gold-film sun visor: Lagarde gold F0 on a polished polycarbonate shell.
  { id: 'astronaut_visor_gold', family: 'scifi', tags: ['gold', 'mirror', 'visor', 'astronaut', 'space'], synonyms: ['gold visor', 'sun visor', 'helmet visor'], pbr: { baseColor: [1.0, 0.766, 0.336], metallic: 1, roughness: 0.03, clearcoat: 1, clearcoatRoughness: 0.01 }, source: 'lagarde' },

  // ── Advanced materials ─────────────────────────────────────────────────────────────────────────────────
  { id: 'graphene_sheet', family: 'scifi', tags: ['grey', 'dark', 'nanomaterial', 'futuristic', 'thin'], synonyms: ['graphene', 'graphite film', 'multilayer graphene'], pbr: { baseColor: [0.31, 0.31, 0.31], metallic: 1, roughness: 0.2 }, source: 'refractiveindex' },
  // Silica aerogel scatters blue (Rayleigh), so it looks bluish in reflection and warm in transmission.
  { id: 'aerogel', family: 'scifi', tags: ['blue', 'translucent', 'ultralight', 'insulation', 'futuristic'], synonyms: ['silica aerogel', 'frozen smoke', 'solid smoke'], pbr: { baseColor: '#dfe8f5', metallic: 0, roughness: 0.6, ior: 1.03, transmission: 0.6, thickness: 0.02, attenuationColor: '#f5e6c8', attenuationDistance: 0.05 }, source: 'refractiveindex' },
  {
    // Diffraction-grating film on metallised polyester: aluminium reflection split into a rainbow (colours chosen).
    id: 'holographic_foil', family: 'scifi', tags: ['rainbow', 'iridescent', 'foil', 'packaging', 'futuristic'], synonyms: ['hologram foil', 'iridescent film', 'holo foil'],
    pbr: { baseColor: [0.66, 0.63, 0.62], metallic: 1, roughness: 0.1 },
    texture: { pattern: { kind: 'stripes', count: 12, softness: 1 }, colors: ['#e8a0e0', '#a0d0f0', '#b0f0c0', '#f0e8a0', '#f0b0a0'], roughness: [0.1, 0.1], metallic: [1, 1], normalStrength: 0.1, detail: 0.1, tileSizeM: 0.1 },
    source: 'lagarde',
  },
];
