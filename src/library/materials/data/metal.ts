import type { MaterialPreset } from '../types.js';

/*
 * Metals. Sources and conventions:
 * - baseColor of a bare metal is its measured F0 (reflectance at normal incidence) in LINEAR RGB, metallic 1.
 *   Pure metals: S. Lagarde 2011 (aluminium, copper, chromium, nickel, titanium, cobalt, iron).
 *   Other metals: physicallybased.info ('pbdb': stainless steel, zinc, lead, tungsten, magnesium, brass).
 * - Alloys without a published value use a weighted mix of their constituents' F0, by mass, stated at the
 *   preset. Tin has no Lagarde/pbdb value: its F0 (≈0.72, grey) is computed from n = 2.38, k = 4.73 at
 *   633 nm (refractiveindex.info / Filmetrics). A linear F0 mix is a first-order estimate only.
 * - Finish is carried by roughness: mirror 0.02–0.08, polished 0.1–0.2, satin 0.25–0.4, brushed 0.3–0.45
 *   (with anisotropy), sandblasted / cast 0.5–0.8.
 * - Corrosion products (rust, verdigris, patina, mill scale, tarnish) are dielectrics: either the whole preset
 *   is metallic 0, or a texture ramps metallic between bare metal and the corrosion layer.
 * - Recipe colours are sRGB hex; with a recipe, pbr.baseColor is the average colour (used when textures are off).
 */
export const METAL_PRESETS: MaterialPreset[] = [
  // ── Chromium ───────────────────────────────────────────────────────────────────────────────────────────
  { id: 'chrome', family: 'metal', tags: ['silver', 'mirror', 'shiny', 'plated', 'automotive'], synonyms: ['chromium', 'chrome plated', 'chrome plating'], pbr: { baseColor: [0.55, 0.556, 0.554], metallic: 1, roughness: 0.05 }, source: 'lagarde' },
  { id: 'chrome_satin', family: 'metal', tags: ['silver', 'satin', 'plated', 'fixtures', 'modern'], synonyms: ['satin chrome', 'matte chrome'], pbr: { baseColor: [0.55, 0.556, 0.554], metallic: 1, roughness: 0.3 }, source: 'lagarde' },

  // ── Aluminium ──────────────────────────────────────────────────────────────────────────────────────────
  { id: 'aluminium', family: 'metal', tags: ['grey', 'light', 'satin', 'industrial'], synonyms: ['aluminum', 'alu'], pbr: { baseColor: [0.913, 0.922, 0.924], metallic: 1, roughness: 0.3 }, source: 'lagarde' },
  { id: 'aluminium_polished', family: 'metal', tags: ['silver', 'polished', 'shiny', 'reflector'], synonyms: ['polished aluminum', 'bright aluminium'], pbr: { baseColor: [0.913, 0.922, 0.924], metallic: 1, roughness: 0.1 }, source: 'lagarde' },
  {
    id: 'aluminium_brushed', family: 'metal', tags: ['silver', 'brushed', 'modern', 'gadget', 'appliance'], synonyms: ['brushed aluminum', 'brushed alu'],
    pbr: { baseColor: [0.9, 0.909, 0.912], metallic: 1, roughness: 0.35, anisotropy: 0.8, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1600, length: 0.9 }, colors: ['#eeeff0', '#f7f8f8'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'lagarde',
  },
  {
    id: 'aluminium_sandblasted', family: 'metal', tags: ['grey', 'matte', 'sandblasted', 'machined', 'modern'], synonyms: ['bead blasted aluminium', 'matte aluminium'],
    pbr: { baseColor: [0.88, 0.888, 0.891], metallic: 1, roughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 64, octaves: 2, gain: 0.5 }, colors: ['#ebeced', '#f6f7f7'], roughness: [0.66, 0.55], metallic: [1, 1], normalStrength: 0.4, detail: 0.5, tileSizeM: 0.05 },
    source: 'lagarde',
  },
  {
    id: 'aluminium_cast', family: 'metal', tags: ['grey', 'rough', 'cast', 'engine', 'industrial'], synonyms: ['cast aluminum', 'die cast aluminium'],
    pbr: { baseColor: [0.67, 0.68, 0.69], metallic: 1, roughness: 0.65 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#b3b5b8', '#dcdddf', '#eeefef'], roughness: [0.8, 0.55], metallic: [1, 1], normalStrength: 1.2, detail: 0.5, tileSizeM: 0.3 },
    source: 'lagarde',
  },
  {
    id: 'aluminium_foil', family: 'metal', tags: ['silver', 'crinkled', 'kitchen', 'shiny', 'wrap'], synonyms: ['tin foil', 'aluminum foil', 'kitchen foil'],
    pbr: { baseColor: [0.84, 0.848, 0.851], metallic: 1, roughness: 0.15 },
    texture: { pattern: { kind: 'ridged', scale: 6, octaves: 4, gain: 0.5 }, colors: ['#dfe0e1', '#f7f8f8'], roughness: [0.25, 0.08], metallic: [1, 1], normalStrength: 3, detail: 0.2, tileSizeM: 0.2 },
    source: 'lagarde',
  },

  // ── Copper ─────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'copper', family: 'metal', tags: ['orange', 'warm', 'satin', 'pipes', 'electrical'], synonyms: ['cu'], pbr: { baseColor: [0.955, 0.637, 0.538], metallic: 1, roughness: 0.25 }, source: 'lagarde' },
  { id: 'copper_polished', family: 'metal', tags: ['orange', 'polished', 'shiny', 'cookware', 'decorative'], synonyms: ['polished copper', 'bright copper'], pbr: { baseColor: [0.955, 0.637, 0.538], metallic: 1, roughness: 0.08 }, source: 'lagarde' },
  {
    id: 'copper_brushed', family: 'metal', tags: ['orange', 'brushed', 'warm', 'interior', 'modern'], synonyms: ['brushed copper', 'satin copper'],
    pbr: { baseColor: [0.92, 0.61, 0.512], metallic: 1, roughness: 0.35, anisotropy: 0.75, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1200, length: 0.85 }, colors: ['#f2c8b8', '#fad1c2'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'lagarde',
  },
  {
    id: 'copper_hammered', family: 'metal', tags: ['orange', 'hammered', 'handmade', 'rustic', 'cookware'], synonyms: ['beaten copper', 'planished copper'],
    pbr: { baseColor: [0.88, 0.574, 0.475], metallic: 1, roughness: 0.22 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.8, output: 'distance' }, colors: ['#eab9a6', '#fad1c2'], roughness: [0.3, 0.15], metallic: [1, 1], normalStrength: 2.5, detail: 0.1, tileSizeM: 0.15 },
    source: 'lagarde',
  },
  {
    // Cuprite (Cu2O) tarnish is a dark red-brown dielectric film: metallic falls to 0 where it is thick.
    id: 'copper_tarnished', family: 'metal', tags: ['brown', 'orange', 'tarnished', 'aged', 'antique'], synonyms: ['tarnished copper', 'aged copper', 'darkened copper'],
    pbr: { baseColor: [0.49, 0.242, 0.171], metallic: 1, roughness: 0.45 },
    texture: { pattern: { kind: 'rust', coverage: 0.55, scale: 5 }, colors: ['#f2c2ae', '#b8704f', '#5a2c1c'], roughness: [0.3, 0.6], metallic: [1, 0], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.5 },
    source: 'lagarde',
  },
  {
    id: 'copper_patina_patchy', family: 'metal', tags: ['green', 'orange', 'patina', 'weathered', 'roof', 'aged'], synonyms: ['weathered copper', 'copper with verdigris'],
    pbr: { baseColor: [0.42, 0.35, 0.255], metallic: 1, roughness: 0.55 },
    texture: { pattern: { kind: 'rust', coverage: 0.45, scale: 4 }, colors: ['#f0c4b2', '#8a5a3c', '#6aa88f'], roughness: [0.35, 0.75], metallic: [1, 0], normalStrength: 0.6, detail: 0.35, tileSizeM: 0.6 },
    source: 'lagarde',
  },
  {
    // Fully developed patina (basic copper carbonate / sulphate) is a green dielectric; albedo chosen inside
    // the PBR Guide's 30–240 sRGB range.
    id: 'oxidised_copper', family: 'metal', tags: ['green', 'patina', 'verdigris', 'weathered', 'statue', 'roof'], synonyms: ['verdigris', 'oxidized copper', 'patinated copper', 'copper patina'],
    pbr: { baseColor: '#669f8a', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#3f6e5c', '#5f9e8a', '#86c2aa'], roughness: [0.8, 0.65], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.5 },
    source: 'substance',
  },

  // ── Iron ───────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'iron', family: 'metal', tags: ['grey', 'dark', 'raw', 'industrial', 'medieval'], synonyms: ['fe', 'bare iron', 'pure iron'], pbr: { baseColor: [0.56, 0.57, 0.58], metallic: 1, roughness: 0.45 }, source: 'lagarde' },
  {
    // Wrought iron: fibrous metal with slag stringers that show as a long grain when weathered.
    id: 'iron_wrought', family: 'metal', tags: ['grey', 'dark', 'forged', 'medieval', 'gate', 'railing'], synonyms: ['wrought iron', 'blacksmith iron'],
    pbr: { baseColor: [0.4, 0.41, 0.42], metallic: 1, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 40, distortion: 0.4 }, colors: ['#6e7072', '#a9abad', '#c5c7c8'], roughness: [0.75, 0.5], metallic: [1, 1], normalStrength: 1, detail: 0.3, tileSizeM: 0.4 },
    source: 'lagarde',
  },
  {
    id: 'iron_cast_raw', family: 'metal', tags: ['grey', 'rough', 'cast', 'industrial', 'machinery'], synonyms: ['cast iron', 'grey iron'],
    pbr: { baseColor: [0.46, 0.475, 0.485], metallic: 1, roughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 12, octaves: 5, gain: 0.55 }, colors: ['#9a9c9e', '#b9bbbd', '#c9cbcc'], roughness: [0.8, 0.6], metallic: [1, 1], normalStrength: 1, detail: 0.6, tileSizeM: 0.3 },
    source: 'lagarde',
  },
  {
    // A seasoned pan is coated in polymerised oil: a black dielectric over iron (pbdb measured albedo of cast iron cookware).
    id: 'cast_iron_seasoned', family: 'metal', tags: ['black', 'cookware', 'kitchen', 'seasoned', 'skillet'], synonyms: ['seasoned cast iron', 'cast iron pan', 'skillet'],
    pbr: { baseColor: [0.027, 0.026, 0.026], metallic: 0, roughness: 0.4 }, source: 'pbdb',
  },
  {
    id: 'iron_rusted', family: 'metal', tags: ['orange', 'brown', 'rusty', 'corroded', 'abandoned', 'industrial'], synonyms: ['rusty iron', 'rusty metal', 'corroded steel'],
    pbr: { baseColor: [0.32, 0.225, 0.2], metallic: 1, roughness: 0.7 },
    texture: { pattern: { kind: 'rust', coverage: 0.55, scale: 4 }, colors: ['#c5c7c8', '#8a4a28', '#6a3418'], roughness: [0.45, 0.9], metallic: [1, 0], normalStrength: 1.2, detail: 0.5, tileSizeM: 1 },
    source: 'pbdb',
  },
  {
    // Thick flaking iron oxide, no bare metal left: pbdb's spectrophotometer measurement of rust.
    id: 'rust_heavy', family: 'metal', tags: ['orange', 'brown', 'rust', 'flaking', 'derelict', 'shipwreck'], synonyms: ['rust', 'iron oxide', 'scale rust'],
    pbr: { baseColor: [0.181, 0.057, 0.017], metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'ridged', scale: 5, octaves: 5, gain: 0.5 }, colors: ['#4a2412', '#764423', '#9a5a2e'], roughness: [0.95, 0.85], normalStrength: 1.5, detail: 0.6, tileSizeM: 0.5 },
    source: 'pbdb',
  },
  {
    // Blacksmith's black: a dark magnetite / oil finish in the hollows, bare iron rubbed through on the highs.
    id: 'iron_blackened', family: 'metal', tags: ['black', 'forged', 'medieval', 'hardware', 'hinges'], synonyms: ['black iron', 'blacksmith finish', 'forge black'],
    pbr: { baseColor: [0.2, 0.21, 0.213], metallic: 1, roughness: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 5, octaves: 5, gain: 0.5 }, colors: ['#1e1f21', '#3a3b3d', '#c5c7c8'], roughness: [0.6, 0.35], metallic: [0, 1], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.4 },
    source: 'lagarde',
  },

  // ── Steel ──────────────────────────────────────────────────────────────────────────────────────────────
  { id: 'steel_stainless_polished', family: 'metal', tags: ['silver', 'polished', 'kitchen', 'appliance', 'modern'], synonyms: ['stainless steel', 'inox', 'mirror stainless'], pbr: { baseColor: [0.669, 0.639, 0.598], metallic: 1, roughness: 0.1 }, source: 'pbdb' },
  {
    id: 'steel_stainless_brushed', family: 'metal', tags: ['silver', 'brushed', 'kitchen', 'appliance', 'modern'], synonyms: ['brushed stainless', 'satin stainless', 'no 4 finish'],
    pbr: { baseColor: [0.655, 0.625, 0.585], metallic: 1, roughness: 0.35, anisotropy: 0.8, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1600, length: 0.9 }, colors: ['#cfcac4', '#dbd6d0'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'pbdb',
  },
  { id: 'steel_stainless_satin', family: 'metal', tags: ['silver', 'satin', 'sheet', 'industrial', 'modern'], synonyms: ['2b stainless', 'mill finish stainless'], pbr: { baseColor: [0.669, 0.639, 0.598], metallic: 1, roughness: 0.28 }, source: 'pbdb' },
  {
    // Carbon steel is ≥ 98 % iron: Lagarde's iron F0, with the faint mottling of a machined, oiled surface.
    id: 'steel_mild', family: 'metal', tags: ['grey', 'bare', 'industrial', 'machined', 'structural'], synonyms: ['carbon steel', 'bare steel', 'mild steel', 'steel'],
    pbr: { baseColor: [0.54, 0.55, 0.56], metallic: 1, roughness: 0.35 },
    texture: { pattern: { kind: 'noise', scale: 3, octaves: 4, gain: 0.5 }, colors: ['#bdbfc0', '#c7c9ca'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.2, detail: 0.3, tileSizeM: 1 },
    source: 'lagarde',
  },
  {
    // Hot-dip galvanising: a zinc coat crystallised into spangles (zinc F0 from pbdb).
    id: 'steel_galvanised', family: 'metal', tags: ['grey', 'spangled', 'coated', 'fence', 'outdoor', 'industrial'], synonyms: ['galvanized steel', 'hot dip galvanised', 'zinc coated steel'],
    pbr: { baseColor: [0.74, 0.778, 0.797], metallic: 1, roughness: 0.4 },
    texture: { pattern: { kind: 'cells', scale: 6, jitter: 1, output: 'cells' }, colors: ['#d6dbde', '#e8edef'], roughness: [0.5, 0.3], metallic: [1, 1], normalStrength: 0.2, detail: 0.2, tileSizeM: 0.15 },
    source: 'pbdb',
  },
  {
    // Galvanised corrugated sheet: 16 corrugations per 1.2 m tile (76 mm pitch); zinc F0 from pbdb.
    id: 'corrugated_iron', family: 'metal', tags: ['grey', 'corrugated', 'roof', 'shed', 'rural', 'industrial'], synonyms: ['corrugated steel', 'tin roof', 'corrugated sheet'],
    pbr: { baseColor: [0.62, 0.653, 0.67], metallic: 1, roughness: 0.48 },
    texture: { pattern: { kind: 'stripes', count: 16, softness: 1 }, colors: ['#bec3c6', '#dde2e4'], roughness: [0.55, 0.4], metallic: [1, 1], normalStrength: 4, detail: 0.3, tileSizeM: 1.2 },
    source: 'pbdb',
  },
  {
    // Pattern-welded steel after an acid etch: high-carbon layers go dark (oxide, dielectric), nickel-rich layers stay bright.
    id: 'steel_damascus', family: 'metal', tags: ['grey', 'patterned', 'blade', 'knife', 'forged', 'layered'], synonyms: ['damascus steel', 'pattern welded steel', 'wootz'],
    pbr: { baseColor: [0.44, 0.45, 0.46], metallic: 1, roughness: 0.3 },
    texture: { pattern: { kind: 'marble', veins: 12, turbulence: 0.7 }, colors: ['#2e2f31', '#9a9c9e', '#c8cacc'], roughness: [0.5, 0.2], metallic: [0, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.1 },
    source: 'lagarde',
  },
  {
    // Hot-rolled plate and beams: blue-grey mill scale (iron oxides, dielectric) with bare steel where it has flaked.
    id: 'steel_mill_scale', family: 'metal', tags: ['blue', 'grey', 'raw', 'structural', 'beam', 'industrial'], synonyms: ['hot rolled steel', 'black steel', 'mill scale'],
    pbr: { baseColor: [0.163, 0.173, 0.185], metallic: 1, roughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 4, octaves: 5, gain: 0.5 }, colors: ['#2c3138', '#4a5058', '#a9abad'], roughness: [0.6, 0.45], metallic: [0, 1], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.8 },
    source: 'lagarde',
  },
  {
    // Weathering steel's stable patina: darker and browner than loose rust (albedo chosen in the PBR Guide range).
    id: 'steel_weathering', family: 'metal', tags: ['brown', 'rust', 'architectural', 'sculpture', 'outdoor', 'modern'], synonyms: ['corten', 'cor-ten steel', 'weathering steel'],
    pbr: { baseColor: '#5f3822', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'noise', scale: 8, octaves: 5, gain: 0.5 }, colors: ['#3e2416', '#5a3422', '#7a4a2a'], roughness: [0.9, 0.8], normalStrength: 0.8, detail: 0.5, tileSizeM: 0.8 },
    source: 'substance',
  },
  {
    id: 'steel_riveted_plate', family: 'metal', tags: ['grey', 'riveted', 'industrial', 'steampunk', 'ship', 'bridge'], synonyms: ['riveted steel', 'boiler plate'],
    pbr: { baseColor: [0.497, 0.509, 0.518], metallic: 1, roughness: 0.5 },
    texture: { pattern: { kind: 'panels', rows: 2, columns: 2, seam: 0.01 }, colors: ['#8a8c8e', '#b5b7b9', '#c5c7c8'], roughness: [0.6, 0.45], metallic: [1, 1], normalStrength: 1.5, detail: 0.3, tileSizeM: 1.2 },
    source: 'lagarde',
  },
  {
    id: 'steel_worn_scratched', family: 'metal', tags: ['silver', 'scratched', 'worn', 'used', 'tools'], synonyms: ['scratched steel', 'worn metal', 'scuffed steel'],
    pbr: { baseColor: [0.64, 0.61, 0.57], metallic: 1, roughness: 0.25 },
    texture: { pattern: { kind: 'scratches', density: 300, length: 0.08 }, colors: ['#d6d1cb', '#cbc6c0'], roughness: [0.2, 0.45], metallic: [1, 1], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.3 },
    source: 'pbdb',
  },

  // ── Nickel, titanium, cobalt ───────────────────────────────────────────────────────────────────────────
  { id: 'nickel', family: 'metal', tags: ['silver', 'warm', 'plated', 'polished', 'vintage'], synonyms: ['nickel plated', 'ni'], pbr: { baseColor: [0.66, 0.609, 0.526], metallic: 1, roughness: 0.15 }, source: 'lagarde' },
  {
    id: 'nickel_brushed', family: 'metal', tags: ['silver', 'warm', 'brushed', 'bathroom', 'fixtures', 'faucet'], synonyms: ['brushed nickel', 'satin nickel'],
    pbr: { baseColor: [0.64, 0.59, 0.51], metallic: 1, roughness: 0.35, anisotropy: 0.75, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1400, length: 0.85 }, colors: ['#cbc4b7', '#d6cfc2'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'lagarde',
  },
  { id: 'titanium', family: 'metal', tags: ['grey', 'aerospace', 'satin', 'strong'], synonyms: ['ti'], pbr: { baseColor: [0.542, 0.497, 0.449], metallic: 1, roughness: 0.35 }, source: 'lagarde' },
  { id: 'titanium_polished', family: 'metal', tags: ['grey', 'polished', 'jewellery', 'watch', 'aerospace'], synonyms: ['polished titanium'], pbr: { baseColor: [0.542, 0.497, 0.449], metallic: 1, roughness: 0.1 }, source: 'lagarde' },
  {
    id: 'titanium_brushed', family: 'metal', tags: ['grey', 'brushed', 'watch', 'gadget', 'aerospace'], synonyms: ['brushed titanium', 'satin titanium'],
    pbr: { baseColor: [0.53, 0.486, 0.44], metallic: 1, roughness: 0.36, anisotropy: 0.7, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1400, length: 0.85 }, colors: ['#bcb5ad', '#c6bfb7'], roughness: [0.42, 0.32], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'lagarde',
  },
  {
    // Heat tint: an oxide film whose thickness (set by temperature) colours the reflection by thin-film
    // interference — straw, purple, blue along an exhaust pipe. Ramp colours chosen; the film is too thin to
    // make the surface dielectric, so it stays metallic.
    id: 'titanium_heat_tinted', family: 'metal', tags: ['blue', 'purple', 'gold', 'rainbow', 'exhaust', 'motorcycle'], synonyms: ['burnt titanium', 'heat coloured titanium', 'blued titanium'],
    pbr: { baseColor: [0.384, 0.298, 0.362], metallic: 1, roughness: 0.22 },
    texture: { pattern: { kind: 'stripes', count: 3, softness: 1 }, colors: ['#c2bbb3', '#d9b45a', '#8a4f9e', '#3f6fc4'], roughness: [0.25, 0.2], metallic: [1, 1], normalStrength: 0.1, detail: 0.2, tileSizeM: 0.4 },
    source: 'lagarde',
  },
  { id: 'cobalt', family: 'metal', tags: ['grey', 'bright', 'polished', 'medical', 'jewellery'], synonyms: ['co'], pbr: { baseColor: [0.662, 0.655, 0.634], metallic: 1, roughness: 0.2 }, source: 'lagarde' },

  // ── Zinc, tin, pewter, lead, tungsten, magnesium ───────────────────────────────────────────────────────
  { id: 'zinc', family: 'metal', tags: ['grey', 'bluish', 'satin', 'roofing', 'industrial'], synonyms: ['zn', 'zinc sheet', 'spelter'], pbr: { baseColor: [0.808, 0.844, 0.865], metallic: 1, roughness: 0.4 }, source: 'pbdb' },
  // Tin F0 from n = 2.38, k = 4.73 (633 nm): ((n-1)² + k²) / ((n+1)² + k²) ≈ 0.72, nearly neutral.
  { id: 'tin', family: 'metal', tags: ['grey', 'soft', 'tinplate', 'can', 'vintage'], synonyms: ['sn', 'tinplate', 'tinned steel'], pbr: { baseColor: [0.72, 0.72, 0.73], metallic: 1, roughness: 0.25 }, source: 'refractiveindex' },
  // Pewter ≈ 92 % tin, 6 % antimony, 2 % copper: mix of tin and copper F0 (antimony taken as tin-like grey).
  { id: 'pewter', family: 'metal', tags: ['grey', 'dull', 'tableware', 'medieval', 'tankard'], synonyms: ['britannia metal', 'tin alloy'], pbr: { baseColor: [0.7, 0.7, 0.71], metallic: 1, roughness: 0.38 }, source: 'refractiveindex' },
  { id: 'lead', family: 'metal', tags: ['grey', 'bluish', 'dull', 'heavy', 'roofing'], synonyms: ['pb', 'lead sheet'], pbr: { baseColor: [0.632, 0.626, 0.641], metallic: 1, roughness: 0.5 }, source: 'pbdb' },
  {
    // Old roof lead: a pale grey lead carbonate patina (dielectric) over dull metal.
    id: 'lead_weathered', family: 'metal', tags: ['grey', 'weathered', 'roof', 'church', 'flashing', 'historic'], synonyms: ['lead flashing', 'old lead'],
    pbr: { baseColor: [0.5, 0.5, 0.505], metallic: 1, roughness: 0.68 },
    texture: { pattern: { kind: 'rust', coverage: 0.5, scale: 6 }, colors: ['#c8c7ca', '#a9aaab', '#bdbebb'], roughness: [0.5, 0.85], metallic: [1, 0], normalStrength: 0.5, detail: 0.4, tileSizeM: 0.6 },
    source: 'pbdb',
  },
  { id: 'tungsten', family: 'metal', tags: ['grey', 'dark', 'heavy', 'industrial', 'filament'], synonyms: ['w', 'wolfram'], pbr: { baseColor: [0.537, 0.536, 0.519], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'magnesium', family: 'metal', tags: ['silver', 'light', 'bright', 'automotive', 'wheels'], synonyms: ['mg', 'magnesium alloy', 'mag'], pbr: { baseColor: [0.956, 0.953, 0.95], metallic: 1, roughness: 0.4 }, source: 'pbdb' },

  // ── Brass (Cu–Zn) ──────────────────────────────────────────────────────────────────────────────────────
  { id: 'brass', family: 'metal', tags: ['yellow', 'warm', 'satin', 'fittings', 'nautical'], synonyms: ['yellow brass', 'brassy'], pbr: { baseColor: [0.887, 0.789, 0.434], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'brass_polished', family: 'metal', tags: ['yellow', 'gold', 'polished', 'shiny', 'instrument', 'nautical'], synonyms: ['polished brass', 'bright brass'], pbr: { baseColor: [0.887, 0.789, 0.434], metallic: 1, roughness: 0.1 }, source: 'pbdb' },
  {
    id: 'brass_brushed', family: 'metal', tags: ['yellow', 'brushed', 'hardware', 'interior', 'modern'], synonyms: ['brushed brass', 'satin brass'],
    pbr: { baseColor: [0.85, 0.755, 0.41], metallic: 1, roughness: 0.35, anisotropy: 0.75, anisotropyRotationDeg: 0 },
    texture: { pattern: { kind: 'scratches', density: 1400, length: 0.85 }, colors: ['#eadeaa', '#f2e6b0'], roughness: [0.42, 0.3], metallic: [1, 1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.25 },
    source: 'pbdb',
  },
  {
    // Antique brass: dark brown copper/zinc oxide tarnish (dielectric) settled in patches and hollows.
    id: 'brass_antique', family: 'metal', tags: ['yellow', 'brown', 'antique', 'tarnished', 'victorian', 'steampunk'], synonyms: ['antique brass', 'tarnished brass', 'aged brass'],
    pbr: { baseColor: [0.377, 0.303, 0.143], metallic: 1, roughness: 0.45 },
    texture: { pattern: { kind: 'rust', coverage: 0.5, scale: 5 }, colors: ['#e8d9a2', '#8a7342', '#4a3a1e'], roughness: [0.3, 0.65], metallic: [1, 0], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.4 },
    source: 'pbdb',
  },

  // ── Bronze (Cu–Sn) ─────────────────────────────────────────────────────────────────────────────────────
  // Tin bronze, 88 % Cu / 12 % Sn: 0.88 × Lagarde copper + 0.12 × tin (≈0.72) = [0.927, 0.647, 0.561].
  { id: 'bronze', family: 'metal', tags: ['orange', 'brown', 'warm', 'cast', 'ancient', 'sculpture'], synonyms: ['tin bronze', 'bell metal'], pbr: { baseColor: [0.927, 0.647, 0.561], metallic: 1, roughness: 0.35 }, source: 'lagarde' },
  { id: 'bronze_polished', family: 'metal', tags: ['orange', 'polished', 'shiny', 'medal', 'trophy'], synonyms: ['polished bronze'], pbr: { baseColor: [0.927, 0.647, 0.561], metallic: 1, roughness: 0.12 }, source: 'lagarde' },
  {
    // Outdoor statue bronze: dark brown cuprite layer streaked with green brochantite (both dielectric);
    // colours chosen within the PBR Guide's albedo range.
    id: 'bronze_patina', family: 'metal', tags: ['brown', 'green', 'patina', 'statue', 'antique', 'outdoor'], synonyms: ['statue bronze', 'patinated bronze', 'aged bronze'],
    pbr: { baseColor: '#44523f', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 4, octaves: 5, gain: 0.55 }, colors: ['#2e2418', '#4a3a26', '#4e7a62'], roughness: [0.7, 0.5], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.6 },
    source: 'substance',
  },
];
