import type { MaterialPreset } from '../types.js';

/*
 * Glass: window and container glass, optical glasses, tinted and art glass, mirrors.
 * Sources: refractive indices at 589 nm from refractiveindex.info (soda-lime 1.52, borosilicate 1.474, BK7 crown
 * 1.5168, F2 flint 1.62, lead crystal ~1.6, fused silica 1.458, sapphire 1.768); silver F0 for mirrors from
 * Lagarde 2011; body tints chosen inside the Substance guide's range.
 * Conventions: clear glass is transmission 1, roughness 0–0.05 (frosted 0.3–0.6), baseColor white; the body
 * colour is Beer–Lambert absorption (attenuationColor is what remains after attenuationDistance metres), so thin
 * panes stay pale and thick edges deepen. thickness is the typical wall/pane thickness in metres. Textured glass
 * keeps its gloss in the recipe roughness; recipe colours are sRGB hex and tint the transmitted light. A glass
 * mirror is silver seen through its float-glass front: metallic 1, Lagarde's silver F0 dimmed by two passes
 * through ~4 mm of slightly green glass. Acrylic belongs to plastic; obsidian to precious.
 */
export const GLASS_PRESETS: MaterialPreset[] = [
  // ── Clear and architectural glass ──
  {
    id: 'glass_clear',
    family: 'glass',
    tags: ['transparent', 'clear', 'window', 'bottle', 'smooth'],
    synonyms: ['glass', 'clear glass', 'soda-lime glass', 'window glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.005 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_frosted',
    family: 'glass',
    tags: ['translucent', 'frosted', 'diffuse', 'window', 'privacy', 'bathroom'],
    synonyms: ['frosted glass', 'satin glass', 'sandblasted glass', 'acid-etched glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.45, ior: 1.52, transmission: 1, thickness: 0.005 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_float_window',
    family: 'glass',
    tags: ['transparent', 'green-edge', 'window', 'pane', 'architectural'],
    synonyms: ['float glass', 'window pane', 'plate glass', 'annealed glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.006, attenuationColor: [0.78, 0.9, 0.84], attenuationDistance: 0.3 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_low_iron',
    family: 'glass',
    tags: ['transparent', 'ultra-clear', 'display', 'showcase', 'architectural'],
    synonyms: ['low-iron glass', 'starphire', 'optiwhite', 'extra clear glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.01, attenuationColor: [0.96, 0.985, 0.98], attenuationDistance: 1 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_laminated',
    family: 'glass',
    tags: ['transparent', 'safety', 'windscreen', 'balustrade', 'thick'],
    synonyms: ['laminated glass', 'safety glass', 'pvb glass', 'windshield glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.5, transmission: 1, thickness: 0.0088, attenuationColor: [0.82, 0.92, 0.86], attenuationDistance: 0.25 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_frosted_sea',
    family: 'glass',
    tags: ['aqua', 'frosted', 'worn', 'beach', 'pebble'],
    synonyms: ['sea glass', 'beach glass', 'mermaid tears'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.56, ior: 1.52, transmission: 1, thickness: 0.008, attenuationColor: [0.6, 0.85, 0.75], attenuationDistance: 0.01 },
    texture: { pattern: { kind: 'noise', scale: 20, octaves: 3, gain: 0.5 }, colors: ['#ffffff'], roughness: [0.62, 0.5], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.05 },
    source: 'substance',
  },

  // ── Textured and patterned glass ──
  {
    id: 'glass_wired',
    family: 'glass',
    tags: ['transparent', 'wire-mesh', 'fire-rated', 'industrial', 'school'],
    synonyms: ['wired glass', 'georgian wired glass', 'wire glass'],
    pbr: { baseColor: [0.884, 0.884, 0.884], metallic: 0, roughness: 0.03, ior: 1.52, transmission: 1, thickness: 0.006 },
    texture: { pattern: { kind: 'tiles', rows: 12, columns: 12, grout: 0.04 }, colors: ['#3a3a3a', '#ffffff', '#ffffff', '#ffffff'], roughness: [0.08, 0.01], normalStrength: 0.3, detail: 0, tileSizeM: 0.3 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_reeded',
    family: 'glass',
    tags: ['transparent', 'fluted', 'ribbed', 'partition', 'art-deco'],
    synonyms: ['reeded glass', 'fluted glass', 'ribbed glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.03, ior: 1.52, transmission: 1, thickness: 0.006 },
    texture: { pattern: { kind: 'stripes', count: 40, softness: 0.9 }, colors: ['#ffffff'], roughness: [0.03, 0.02], normalStrength: 3, detail: 0, tileSizeM: 0.5 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_obscure_pattern',
    family: 'glass',
    tags: ['translucent', 'textured', 'privacy', 'bathroom', 'door'],
    synonyms: ['obscure glass', 'textured glass', 'patterned glass', 'privacy glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.04, ior: 1.52, transmission: 1, thickness: 0.004 },
    texture: { pattern: { kind: 'cells', scale: 20, jitter: 0.9, output: 'distance' }, colors: ['#ffffff'], roughness: [0.05, 0.02], normalStrength: 2, detail: 0, tileSizeM: 0.3 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_bullseye',
    family: 'glass',
    tags: ['transparent', 'rippled', 'crown', 'tudor', 'antique'],
    synonyms: ['bullseye glass', 'bullion glass', 'crown glass pane'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.52, transmission: 1, thickness: 0.004, attenuationColor: [0.8, 0.92, 0.8], attenuationDistance: 0.05 },
    texture: { pattern: { kind: 'wood', rings: 8, distortion: 0.15 }, colors: ['#ffffff'], roughness: [0.02, 0.02], normalStrength: 2, detail: 0.05, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'glass_cathedral_amber',
    family: 'glass',
    tags: ['amber', 'hammered', 'church', 'leaded', 'warm'],
    synonyms: ['cathedral glass', 'hammered glass', 'amber cathedral glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.03, ior: 1.52, transmission: 1, thickness: 0.003, attenuationColor: [0.85, 0.55, 0.15], attenuationDistance: 0.003 },
    texture: { pattern: { kind: 'noise', scale: 12, octaves: 3, gain: 0.5 }, colors: ['#ffffff'], roughness: [0.04, 0.02], normalStrength: 1.5, detail: 0.1, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'stained_glass',
    family: 'glass',
    tags: ['colourful', 'leaded', 'church', 'window', 'gothic', 'translucent'],
    synonyms: ['stained-glass window', 'leaded glass', 'church window', 'leadlight'],
    pbr: { baseColor: [0.362, 0.205, 0.065], metallic: 0, roughness: 0.15, ior: 1.52, transmission: 0.9, thickness: 0.003 },
    texture: { pattern: { kind: 'cells', scale: 6, jitter: 0.9, output: 'cells' }, colors: ['#1a1a1a', '#a8222a', '#c8872a', '#e8c84a', '#2f8a4c', '#2552a6'], roughness: [0.25, 0.03], normalStrength: 1, detail: 0.2, tileSizeM: 0.6 },
    source: 'substance',
  },
  {
    id: 'glass_opalescent',
    family: 'glass',
    tags: ['milky', 'streaky', 'tiffany', 'lamp', 'art-nouveau'],
    synonyms: ['opalescent glass', 'tiffany glass', 'streaky glass'],
    pbr: { baseColor: [0.855, 0.708, 0.442], metallic: 0, roughness: 0.1, ior: 1.52, transmission: 0.5, thickness: 0.003 },
    texture: { pattern: { kind: 'marble', veins: 3, turbulence: 0.9 }, colors: ['#c98a3a', '#e8c77a', '#f2e6c8'], roughness: [0.1, 0.1], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    id: 'glass_block',
    family: 'glass',
    tags: ['wavy', 'blocks', 'wall', 'retro', 'bathroom'],
    synonyms: ['glass block', 'glass bricks', 'glass blocks'],
    pbr: { baseColor: [0.796, 0.836, 0.817], metallic: 0, roughness: 0.12, ior: 1.52, transmission: 1, thickness: 0.08, attenuationColor: [0.8, 0.92, 0.88], attenuationDistance: 0.3 },
    texture: { pattern: { kind: 'tiles', rows: 5, columns: 5, grout: 0.05 }, colors: ['#9d9a94', '#eef4f2', '#eef4f2', '#f2f7f5'], roughness: [0.3, 0.02], normalStrength: 1.5, detail: 0.1, tileSizeM: 1 },
    source: 'substance',
  },

  // ── Tinted glass ──
  {
    id: 'glass_smoked',
    family: 'glass',
    tags: ['grey', 'tinted', 'dark', 'furniture', 'modern'],
    synonyms: ['smoked glass', 'grey glass', 'smoke glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.006, attenuationColor: [0.45, 0.45, 0.45], attenuationDistance: 0.006 },
    source: 'substance',
  },
  {
    id: 'glass_tinted_bronze',
    family: 'glass',
    tags: ['bronze', 'tinted', 'office', 'facade', '1970s'],
    synonyms: ['bronze glass', 'bronze tinted glass', 'solar glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.006, attenuationColor: [0.62, 0.5, 0.38], attenuationDistance: 0.006 },
    source: 'substance',
  },
  {
    id: 'glass_tinted_blue',
    family: 'glass',
    tags: ['blue', 'tinted', 'office', 'facade', 'corporate'],
    synonyms: ['blue tinted glass', 'blue-green glass', 'solar control glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.52, transmission: 1, thickness: 0.006, attenuationColor: [0.55, 0.75, 0.8], attenuationDistance: 0.006 },
    source: 'substance',
  },
  {
    id: 'glass_bottle_green',
    family: 'glass',
    tags: ['green', 'bottle', 'beer', 'wine', 'container'],
    synonyms: ['green bottle glass', 'beer bottle green', 'wine bottle glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.52, transmission: 1, thickness: 0.003, attenuationColor: [0.15, 0.45, 0.12], attenuationDistance: 0.003 },
    source: 'substance',
  },
  {
    id: 'glass_bottle_amber',
    family: 'glass',
    tags: ['amber', 'brown', 'bottle', 'beer', 'pharmacy'],
    synonyms: ['amber glass', 'brown bottle glass', 'beer bottle brown'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.52, transmission: 1, thickness: 0.003, attenuationColor: [0.55, 0.22, 0.03], attenuationDistance: 0.003 },
    source: 'substance',
  },
  {
    id: 'glass_cobalt_blue',
    family: 'glass',
    tags: ['blue', 'cobalt', 'bottle', 'decorative', 'vintage'],
    synonyms: ['cobalt glass', 'bristol blue glass', 'blue glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.52, transmission: 1, thickness: 0.003, attenuationColor: [0.08, 0.15, 0.7], attenuationDistance: 0.003 },
    source: 'substance',
  },
  {
    id: 'glass_ruby_red',
    family: 'glass',
    tags: ['red', 'ruby', 'cranberry', 'decorative', 'victorian'],
    synonyms: ['ruby glass', 'cranberry glass', 'gold ruby glass', 'red glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.52, transmission: 1, thickness: 0.003, attenuationColor: [0.7, 0.04, 0.12], attenuationDistance: 0.003 },
    source: 'substance',
  },
  {
    id: 'glass_uranium',
    family: 'glass',
    tags: ['yellow-green', 'vintage', 'collectible', 'depression-era'],
    synonyms: ['uranium glass', 'vaseline glass', 'canary glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.52, transmission: 1, thickness: 0.004, attenuationColor: [0.75, 0.95, 0.25], attenuationDistance: 0.004 },
    source: 'substance',
  },
  {
    id: 'glass_milk',
    family: 'glass',
    tags: ['white', 'opaque', 'glossy', 'lamp', 'vintage'],
    synonyms: ['milk glass', 'opal glass', 'opaline'],
    pbr: { baseColor: [0.82, 0.82, 0.8], metallic: 0, roughness: 0.08, ior: 1.52, transmission: 0.2, thickness: 0.004 },
    source: 'substance',
  },

  // ── Technical and optical glass ──
  {
    id: 'glass_borosilicate',
    family: 'glass',
    tags: ['transparent', 'laboratory', 'cookware', 'heat-resistant', 'thin'],
    synonyms: ['borosilicate glass', 'pyrex', 'lab glass', 'boro glass', 'duran'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.474, transmission: 1, thickness: 0.002 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_lead_crystal',
    family: 'glass',
    tags: ['transparent', 'sparkling', 'cut', 'tableware', 'luxury'],
    synonyms: ['lead crystal', 'crystal glass', 'cut crystal', 'crystal'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.6, transmission: 1, thickness: 0.004 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_crown_optical',
    family: 'glass',
    tags: ['transparent', 'optical', 'lens', 'prism', 'scientific'],
    synonyms: ['crown glass', 'bk7', 'n-bk7', 'lens glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.5168, transmission: 1, thickness: 0.01 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_flint_optical',
    family: 'glass',
    tags: ['transparent', 'optical', 'dispersive', 'prism', 'lens'],
    synonyms: ['flint glass', 'f2 glass', 'dense flint'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.62, transmission: 1, thickness: 0.01 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_fused_silica',
    family: 'glass',
    tags: ['transparent', 'quartz', 'optical', 'laboratory', 'pure'],
    synonyms: ['fused silica', 'fused quartz', 'quartz glass'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.458, transmission: 1, thickness: 0.005 },
    source: 'refractiveindex',
  },
  {
    id: 'glass_sapphire_crystal',
    family: 'glass',
    tags: ['transparent', 'scratch-resistant', 'watch', 'lens', 'hard'],
    synonyms: ['sapphire glass', 'sapphire crystal', 'watch crystal'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.768, transmission: 1, thickness: 0.001 },
    source: 'refractiveindex',
  },

  // ── Mirrors ──
  {
    id: 'glass_mirror',
    family: 'glass',
    tags: ['mirror', 'reflective', 'silver', 'bathroom', 'interior'],
    synonyms: ['mirror', 'looking glass', 'silvered glass'],
    pbr: { baseColor: [0.894, 0.912, 0.851], metallic: 1, roughness: 0.02 },
    source: 'lagarde',
  },
  {
    id: 'glass_mirror_antique',
    family: 'glass',
    tags: ['mirror', 'foxed', 'aged', 'vintage', 'spotted'],
    synonyms: ['antique mirror', 'foxed mirror', 'distressed mirror'],
    pbr: { baseColor: [0.799, 0.803, 0.747], metallic: 1, roughness: 0.09 },
    texture: { pattern: { kind: 'rust', coverage: 0.3, scale: 5 }, colors: ['#f2f3ec', '#8c877a'], roughness: [0.02, 0.5], metallic: [1, 0], normalStrength: 0.2, detail: 0.2, tileSizeM: 0.6 },
    source: 'lagarde',
  },
];
