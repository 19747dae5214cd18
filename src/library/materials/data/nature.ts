import type { MaterialPreset } from '../types.js';

/*
 * Nature: snow and ice, grasses and leaves, moss and lichen, soils, mud, sand, peat, forest floor, seaweed.
 * Sources: the measured albedos in the Unreal Engine "Physically Based Materials" table (bare soil 0.13, green
 * grass 0.21, desert sand 0.36, ocean ice 0.56, fresh snow 0.81), read as linear luminance targets; snow, ice,
 * sand and grass values of physicallybased.info (pbdb); ice IOR 1.31 and resin IOR from refractiveindex.info.
 * Colours of materials that vary in nature (leaves, soils, mosses) stay inside the Substance guide's dielectric
 * albedo range. Stone, gravel and bark live in the stone and wood families.
 * Conventions: hex is sRGB, arrays are linear; when a texture recipe is present, baseColor is its average colour;
 * thin foliage is doubleSided with a little transmission (0.1–0.3); wet ground is glossy (roughness 0.2–0.4).
 */
export const NATURE_PRESETS: MaterialPreset[] = [
  // ── Snow and ice ───────────────────────────────────────────────────────────
  {
    id: 'snow', family: 'nature', tags: ['white', 'winter', 'cold', 'fresh', 'ground'], synonyms: ['fresh snow', 'powder snow', 'snowfield'],
    pbr: { baseColor: [0.85, 0.87, 0.9], metallic: 0, roughness: 0.7, ior: 1.31 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.45 }, colors: ['#e4e9f0', '#eff2f6'], roughness: [0.75, 0.65], normalStrength: 0.4, detail: 0.3, tileSizeM: 2 },
    source: 'pbdb',
  },
  {
    id: 'snow_packed', family: 'nature', tags: ['white', 'winter', 'compacted', 'trail', 'cold'], synonyms: ['packed snow', 'hard snow', 'trodden snow', 'firn'],
    pbr: { baseColor: '#d0d6dc', metallic: 0, roughness: 0.5, ior: 1.31 },
    texture: { pattern: { kind: 'noise', scale: 8, octaves: 5, gain: 0.5 }, colors: ['#bcc3cb', '#d2d8de', '#e0e5ea'], roughness: [0.55, 0.42], normalStrength: 0.6, detail: 0.3, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'snow_dirty', family: 'nature', tags: ['grey', 'winter', 'slushy', 'urban', 'roadside'], synonyms: ['dirty snow', 'grimy snow', 'roadside snow'],
    pbr: { baseColor: '#acadaf', metallic: 0, roughness: 0.6, ior: 1.31 },
    texture: { pattern: { kind: 'rust', coverage: 0.45, scale: 5 }, colors: ['#c4c8cc', '#6a6258'], roughness: [0.65, 0.5], normalStrength: 0.6, detail: 0.35, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'slush', family: 'nature', tags: ['grey', 'wet', 'winter', 'melting', 'street'], synonyms: ['wet snow', 'melting snow', 'sleet'],
    pbr: { baseColor: '#8e969c', metallic: 0, roughness: 0.2, ior: 1.33, transmission: 0.2, thickness: 0.05 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 4, gain: 0.5 }, colors: ['#6e767c', '#9aa2a8', '#b4bcc2'], roughness: [0.12, 0.35], normalStrength: 0.5, detail: 0.25, tileSizeM: 1 },
    source: 'pbdb',
  },
  {
    id: 'frost', family: 'nature', tags: ['white', 'frozen', 'crystalline', 'winter', 'coating'], synonyms: ['hoarfrost', 'rime', 'frosted surface'],
    pbr: { baseColor: '#d4dae2', metallic: 0, roughness: 0.8, ior: 1.31 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 4, gain: 0.6 }, colors: ['#b8c0ca', '#d8dee6', '#e6ebf0'], roughness: [0.85, 0.7], normalStrength: 0.8, detail: 0.5, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'ice', family: 'nature', tags: ['clear', 'frozen', 'cold', 'translucent', 'winter'], synonyms: ['clear ice', 'frozen water', 'ice cube', 'pond ice'],
    pbr: { baseColor: [0.973, 0.995, 1], metallic: 0, roughness: 0.08, ior: 1.31, transmission: 0.9, thickness: 0.1, attenuationColor: [0.75, 0.9, 0.97], attenuationDistance: 3 },
    source: 'pbdb',
  },
  {
    id: 'ice_glacier', family: 'nature', tags: ['blue', 'frozen', 'glacier', 'translucent', 'arctic'], synonyms: ['glacier ice', 'blue ice', 'iceberg'],
    pbr: { baseColor: [0.6, 0.82, 0.95], metallic: 0, roughness: 0.25, ior: 1.31, transmission: 0.7, thickness: 1, attenuationColor: [0.3, 0.65, 0.9], attenuationDistance: 0.5 },
    texture: { pattern: { kind: 'ridged', scale: 3, octaves: 4, gain: 0.5 }, colors: ['#a8d4ec', '#cae6f6'], roughness: [0.3, 0.2], normalStrength: 0.8, detail: 0.2, tileSizeM: 2 },
    source: 'refractiveindex',
  },
  {
    id: 'ice_sea', family: 'nature', tags: ['white', 'frozen', 'ocean', 'arctic', 'floe'], synonyms: ['sea ice', 'ocean ice', 'pack ice', 'ice floe'],
    pbr: { baseColor: '#bec8cf', metallic: 0, roughness: 0.4, ior: 1.31 },
    texture: { pattern: { kind: 'noise', scale: 5, octaves: 5, gain: 0.5 }, colors: ['#a4b0ba', '#c2ccd2', '#d4dce0'], roughness: [0.3, 0.5], normalStrength: 0.6, detail: 0.3, tileSizeM: 4 },
    source: 'unreal',
  },

  // ── Grasses, hay, straw ────────────────────────────────────────────────────
  {
    id: 'grass', family: 'nature', tags: ['green', 'lawn', 'ground', 'field', 'summer'], synonyms: ['lawn', 'turf', 'meadow'],
    pbr: { baseColor: '#3e6b26', metallic: 0, roughness: 0.8, sheenColor: '#6a8f48', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.6 }, colors: ['#24421a', '#3e6b26', '#5e8a3a'], roughness: [0.85, 0.72], normalStrength: 1, detail: 0.5, tileSizeM: 0.5 },
    source: 'pbdb',
  },
  {
    id: 'grass_fresh', family: 'nature', tags: ['green', 'bright', 'spring', 'lawn', 'lush'], synonyms: ['spring grass', 'lush grass', 'fresh lawn'],
    pbr: { baseColor: '#5c8c2e', metallic: 0, roughness: 0.75, sheenColor: '#9ac060', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.6 }, colors: ['#3a6a1c', '#5c8e2e', '#80aa44'], roughness: [0.8, 0.7], normalStrength: 1, detail: 0.5, tileSizeM: 0.5 },
    source: 'unreal',
  },
  {
    id: 'grass_dry', family: 'nature', tags: ['yellow', 'dry', 'summer', 'savanna', 'field'], synonyms: ['dry grass', 'dead grass', 'parched grass'],
    pbr: { baseColor: '#9c8858', metallic: 0, roughness: 0.85, sheenColor: '#d0c090', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.6 }, colors: ['#6e5c38', '#a08c5a', '#c0ae7a'], roughness: [0.9, 0.8], normalStrength: 1, detail: 0.5, tileSizeM: 0.5 },
    source: 'unreal',
  },
  {
    id: 'grass_autumn', family: 'nature', tags: ['olive', 'autumn', 'field', 'faded', 'meadow'], synonyms: ['autumn grass', 'fall grass', 'late meadow'],
    pbr: { baseColor: '#7a6a36', metallic: 0, roughness: 0.82, sheenColor: '#b09a5a', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.6 }, colors: ['#4a4220', '#7a6a36', '#a0783a'], roughness: [0.88, 0.76], normalStrength: 1, detail: 0.5, tileSizeM: 0.5 },
    source: 'unreal',
  },
  {
    id: 'hay', family: 'nature', tags: ['tan', 'dry', 'farm', 'barn', 'rustic'], synonyms: ['hay bale', 'dried grass', 'fodder'],
    pbr: { baseColor: '#a8945c', metallic: 0, roughness: 0.85, sheenColor: '#d8c890', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 24, octaves: 5, gain: 0.65 }, colors: ['#6a5c34', '#a8945c', '#ccba80'], roughness: [0.9, 0.8], normalStrength: 1.2, detail: 0.6, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    id: 'straw', family: 'nature', tags: ['golden', 'dry', 'farm', 'thatch', 'rustic'], synonyms: ['thatch', 'wheat straw', 'straw bale'],
    pbr: { baseColor: '#c8b070', metallic: 0, roughness: 0.7, sheenColor: '#f0e0a8', sheenRoughness: 0.45, anisotropy: 0.4 },
    texture: { pattern: { kind: 'stripes', count: 64, softness: 0.5 }, colors: ['#8a7440', '#c8b070', '#e0cc8c'], roughness: [0.8, 0.6], normalStrength: 1, detail: 0.4, tileSizeM: 0.3 },
    source: 'substance',
  },

  // ── Leaves and needles ─────────────────────────────────────────────────────
  {
    id: 'leaves_green', family: 'nature', tags: ['green', 'foliage', 'summer', 'tree', 'thin'], synonyms: ['leaf', 'green leaves', 'foliage', 'canopy'],
    pbr: { baseColor: '#3a6422', metallic: 0, roughness: 0.5, transmission: 0.2, thickness: 0.0003, doubleSided: true },
    source: 'pbdb',
  },
  {
    id: 'leaves_autumn_red', family: 'nature', tags: ['red', 'autumn', 'foliage', 'maple', 'thin'], synonyms: ['red leaves', 'maple leaves', 'fall foliage'],
    pbr: { baseColor: '#a0261a', metallic: 0, roughness: 0.5, transmission: 0.2, thickness: 0.0003, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'leaves_autumn_orange', family: 'nature', tags: ['orange', 'autumn', 'foliage', 'warm', 'thin'], synonyms: ['orange leaves', 'fall leaves'],
    pbr: { baseColor: '#c8621a', metallic: 0, roughness: 0.5, transmission: 0.2, thickness: 0.0003, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'leaves_autumn_yellow', family: 'nature', tags: ['yellow', 'autumn', 'foliage', 'birch', 'thin'], synonyms: ['yellow leaves', 'golden leaves', 'ginkgo leaves'],
    pbr: { baseColor: '#c8a020', metallic: 0, roughness: 0.5, transmission: 0.25, thickness: 0.0003, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'leaves_dead_brown', family: 'nature', tags: ['brown', 'dead', 'dry', 'autumn', 'thin'], synonyms: ['dead leaves', 'dry leaves', 'withered leaves'],
    pbr: { baseColor: '#6a4a2a', metallic: 0, roughness: 0.7, transmission: 0.1, thickness: 0.0003, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'leaves_evergreen', family: 'nature', tags: ['green', 'dark', 'waxy', 'glossy', 'hedge'], synonyms: ['holly leaves', 'laurel', 'ivy', 'rhododendron'],
    pbr: { baseColor: '#1e3e16', metallic: 0, roughness: 0.3, transmission: 0.1, thickness: 0.0005, clearcoat: 0.3, clearcoatRoughness: 0.25, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'leaf_litter', family: 'nature', tags: ['brown', 'orange', 'autumn', 'ground', 'scattered'], synonyms: ['fallen leaves', 'leaf carpet', 'autumn ground'],
    pbr: { baseColor: '#8a5e29', metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 1, output: 'cells' }, colors: ['#4a2e18', '#7a4a22', '#a0622a', '#b08a3a'], roughness: [0.85, 0.7], normalStrength: 1.2, detail: 0.4, tileSizeM: 0.8 },
    source: 'substance',
  },
  {
    id: 'pine_needles', family: 'nature', tags: ['brown', 'forest', 'ground', 'conifer', 'dry'], synonyms: ['pine litter', 'needle bed', 'spruce needles'],
    pbr: { baseColor: '#6e4c2c', metallic: 0, roughness: 0.75 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 4, gain: 0.65 }, colors: ['#3a2818', '#6e4c2c', '#9a6e3e'], roughness: [0.85, 0.65], normalStrength: 1.2, detail: 0.6, tileSizeM: 0.5 },
    source: 'substance',
  },

  // ── Moss and lichen ────────────────────────────────────────────────────────
  {
    id: 'moss', family: 'nature', tags: ['green', 'soft', 'damp', 'forest', 'velvety'], synonyms: ['green moss', 'forest moss', 'moss carpet'],
    pbr: { baseColor: '#44621e', metallic: 0, roughness: 0.9, sheenColor: '#8fb04a', sheenRoughness: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 24, octaves: 6, gain: 0.6 }, colors: ['#23340e', '#4a6a20', '#6e8a2e'], roughness: [0.95, 0.85], normalStrength: 1.5, detail: 0.6, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'moss_dry', family: 'nature', tags: ['olive', 'brown', 'dry', 'soft', 'rock'], synonyms: ['dry moss', 'dead moss', 'brown moss'],
    pbr: { baseColor: '#6a6436', metallic: 0, roughness: 0.92, sheenColor: '#a8a070', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 24, octaves: 6, gain: 0.6 }, colors: ['#3e3a1e', '#6a6438', '#8e8450'], roughness: [0.95, 0.88], normalStrength: 1.5, detail: 0.6, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'lichen', family: 'nature', tags: ['grey', 'green', 'patchy', 'rock', 'crust'], synonyms: ['crustose lichen', 'rock lichen', 'grey lichen'],
    pbr: { baseColor: '#868a78', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'rust', coverage: 0.5, scale: 6 }, colors: ['#686660', '#a2ae88'], roughness: [0.85, 0.92], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'lichen_orange', family: 'nature', tags: ['orange', 'yellow', 'patchy', 'rock', 'coastal'], synonyms: ['orange lichen', 'xanthoria', 'sunburst lichen'],
    pbr: { baseColor: '#a47a44', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'rust', coverage: 0.4, scale: 7 }, colors: ['#6e6a64', '#d88a2a'], roughness: [0.85, 0.9], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.3 },
    source: 'substance',
  },

  // ── Soils, mud, clay, peat ─────────────────────────────────────────────────
  {
    id: 'dirt', family: 'nature', tags: ['brown', 'ground', 'bare', 'path', 'dry'], synonyms: ['bare soil', 'earth', 'dirt path', 'ground'],
    pbr: { baseColor: '#7a6048', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'noise', scale: 8, octaves: 6, gain: 0.55 }, colors: ['#564232', '#7a6048', '#9a7e62'], roughness: [0.95, 0.85], normalStrength: 1, detail: 0.5, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'soil', family: 'nature', tags: ['brown', 'dark', 'rich', 'garden', 'moist'], synonyms: ['topsoil', 'humus', 'potting soil', 'black earth'],
    pbr: { baseColor: '#3e2e22', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'noise', scale: 16, octaves: 6, gain: 0.6 }, colors: ['#281c14', '#3e2e22', '#574030'], roughness: [0.9, 0.8], normalStrength: 1.2, detail: 0.6, tileSizeM: 0.5 },
    source: 'unreal',
  },
  {
    id: 'loam', family: 'nature', tags: ['brown', 'garden', 'farm', 'crumbly', 'ground'], synonyms: ['loamy soil', 'garden soil'],
    pbr: { baseColor: '#5a4634', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'noise', scale: 12, octaves: 6, gain: 0.6 }, colors: ['#3c2e22', '#5a4634', '#78604a'], roughness: [0.92, 0.82], normalStrength: 1.2, detail: 0.6, tileSizeM: 0.6 },
    source: 'unreal',
  },
  {
    id: 'soil_clay_red', family: 'nature', tags: ['red', 'orange', 'clay', 'ground', 'tropical'], synonyms: ['red clay', 'laterite', 'red earth'],
    pbr: { baseColor: '#9a4e30', metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#743822', '#9a4e30', '#b46846'], roughness: [0.85, 0.75], normalStrength: 0.8, detail: 0.4, tileSizeM: 1 },
    source: 'substance',
  },
  {
    id: 'soil_clay_grey', family: 'nature', tags: ['grey', 'clay', 'smooth', 'riverbank', 'ground'], synonyms: ['grey clay', 'gray clay', 'river clay'],
    pbr: { baseColor: '#8a857a', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#6a665c', '#8a857a', '#a29e94'], roughness: [0.75, 0.65], normalStrength: 0.6, detail: 0.3, tileSizeM: 1 },
    source: 'substance',
  },
  {
    id: 'mud', family: 'nature', tags: ['brown', 'wet', 'glossy', 'puddle', 'swamp'], synonyms: ['wet mud', 'mire', 'sludge', 'muck'],
    pbr: { baseColor: '#4a3a2a', metallic: 0, roughness: 0.3 },
    texture: { pattern: { kind: 'noise', scale: 5, octaves: 5, gain: 0.5 }, colors: ['#30241a', '#4a3a2a', '#5e4a36'], roughness: [0.18, 0.42], normalStrength: 0.8, detail: 0.3, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'mud_dry_cracked', family: 'nature', tags: ['tan', 'cracked', 'dry', 'desert', 'drought'], synonyms: ['cracked mud', 'dried mud', 'cracked earth', 'mudcrack'],
    pbr: { baseColor: '#98836a', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'cells', scale: 6, jitter: 0.9, output: 'edges' }, colors: ['#4a3c30', '#9a846a', '#a8927a'], roughness: [0.95, 0.88], normalStrength: 2, detail: 0.3, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'peat', family: 'nature', tags: ['dark', 'brown', 'bog', 'fibrous', 'moist'], synonyms: ['peat bog', 'turf peat', 'bog soil'],
    pbr: { baseColor: '#2e2218', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'noise', scale: 20, octaves: 6, gain: 0.65 }, colors: ['#1c140e', '#2e2218', '#44341e'], roughness: [0.9, 0.75], normalStrength: 1, detail: 0.6, tileSizeM: 0.5 },
    source: 'unreal',
  },
  {
    id: 'forest_floor', family: 'nature', tags: ['brown', 'forest', 'ground', 'mixed', 'woodland'], synonyms: ['woodland floor', 'duff', 'forest ground'],
    pbr: { baseColor: '#56462a', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'cells', scale: 14, jitter: 1, output: 'cells' }, colors: ['#2a2016', '#4a3622', '#6e5233', '#6a6436'], roughness: [0.9, 0.75], normalStrength: 1.4, detail: 0.6, tileSizeM: 1 },
    source: 'substance',
  },
  {
    id: 'soil_farmland', family: 'nature', tags: ['brown', 'farm', 'ploughed', 'rows', 'field'], synonyms: ['ploughed field', 'tilled soil', 'furrows', 'farmland'],
    pbr: { baseColor: '#5e4532', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'stripes', count: 12, softness: 0.7 }, colors: ['#3a2a1e', '#5e4532', '#7a5e44'], roughness: [0.85, 0.95], normalStrength: 2.5, detail: 0.6, tileSizeM: 4 },
    source: 'unreal',
  },
  {
    id: 'ash_volcanic', family: 'nature', tags: ['grey', 'dark', 'volcanic', 'powdery', 'barren'], synonyms: ['volcanic ash', 'tephra', 'ash field'],
    pbr: { baseColor: '#5a5856', metallic: 0, roughness: 0.95 },
    texture: { pattern: { kind: 'noise', scale: 10, octaves: 6, gain: 0.5 }, colors: ['#3e3c3a', '#5a5856', '#74726e'], roughness: [0.97, 0.92], normalStrength: 0.6, detail: 0.5, tileSizeM: 1 },
    source: 'substance',
  },
  {
    id: 'mulch_bark', family: 'nature', tags: ['brown', 'garden', 'chips', 'woody', 'landscaping'], synonyms: ['bark mulch', 'wood chips', 'mulch'],
    pbr: { baseColor: '#5a3c26', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'cells', scale: 12, jitter: 1, output: 'cells' }, colors: ['#2e1e14', '#54381f', '#7a5634'], roughness: [0.9, 0.8], normalStrength: 1.8, detail: 0.5, tileSizeM: 0.4 },
    source: 'substance',
  },

  // ── Sand ───────────────────────────────────────────────────────────────────
  {
    id: 'sand', family: 'nature', tags: ['tan', 'desert', 'dry', 'granular', 'dune'], synonyms: ['desert sand', 'dune sand'],
    pbr: { baseColor: '#b89f70', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'noise', scale: 64, octaves: 4, gain: 0.5 }, colors: ['#a48a5c', '#b89f70', '#c8b282'], roughness: [0.92, 0.86], normalStrength: 0.4, detail: 0.5, tileSizeM: 0.2 },
    source: 'unreal',
  },
  {
    id: 'sand_beach', family: 'nature', tags: ['beige', 'beach', 'coastal', 'summer', 'granular'], synonyms: ['beach sand', 'shore sand', 'seaside sand'],
    pbr: { baseColor: '#ccb88c', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'noise', scale: 64, octaves: 4, gain: 0.5 }, colors: ['#b8a278', '#ccb88c', '#dccaa0'], roughness: [0.9, 0.84], normalStrength: 0.4, detail: 0.5, tileSizeM: 0.2 },
    source: 'pbdb',
  },
  {
    id: 'sand_white', family: 'nature', tags: ['white', 'beach', 'tropical', 'bright', 'granular'], synonyms: ['white sand', 'coral sand', 'gypsum sand'],
    pbr: { baseColor: '#e0d8c8', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'noise', scale: 64, octaves: 4, gain: 0.5 }, colors: ['#cec6b4', '#e0d8c8', '#ece6d8'], roughness: [0.9, 0.84], normalStrength: 0.4, detail: 0.5, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'sand_black_volcanic', family: 'nature', tags: ['black', 'volcanic', 'beach', 'granular', 'glinting'], synonyms: ['black sand', 'volcanic sand', 'basalt sand'],
    pbr: { baseColor: '#2e2c2a', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 64, octaves: 4, gain: 0.5 }, colors: ['#1e1c1a', '#2e2c2a', '#444240'], roughness: [0.7, 0.45], normalStrength: 0.5, detail: 0.6, tileSizeM: 0.2 },
    source: 'unreal',
  },
  {
    id: 'sand_wet', family: 'nature', tags: ['brown', 'wet', 'beach', 'tidal', 'shore'], synonyms: ['wet sand', 'damp sand', 'tidal flat'],
    pbr: { baseColor: '#8a7a5a', metallic: 0, roughness: 0.35 },
    texture: { pattern: { kind: 'noise', scale: 32, octaves: 4, gain: 0.5 }, colors: ['#76684a', '#8a7a5a', '#9c8c6a'], roughness: [0.25, 0.45], normalStrength: 0.4, detail: 0.4, tileSizeM: 0.3 },
    source: 'unreal',
  },
  {
    id: 'sand_red_dune', family: 'nature', tags: ['red', 'orange', 'desert', 'dune', 'rippled'], synonyms: ['red sand', 'outback sand', 'namib dune'],
    pbr: { baseColor: '#b4643a', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'stripes', count: 24, softness: 0.85 }, colors: ['#9a5230', '#b4643a', '#c87a4c'], roughness: [0.92, 0.86], normalStrength: 1.2, detail: 0.4, tileSizeM: 1 },
    source: 'unreal',
  },
  {
    id: 'salt_crust', family: 'nature', tags: ['white', 'salt', 'flat', 'crust', 'desert'], synonyms: ['salt flat', 'salt pan', 'salar'],
    pbr: { baseColor: '#dcd8d0', metallic: 0, roughness: 0.85, ior: 1.54 },
    texture: { pattern: { kind: 'cells', scale: 5, jitter: 0.7, output: 'edges' }, colors: ['#eae6e0', '#d6d2ca', '#dcd8d0'], roughness: [0.9, 0.8], normalStrength: 1.5, detail: 0.3, tileSizeM: 4 },
    source: 'pbdb',
  },

  // ── Water plants, resin, fungus, flowers ───────────────────────────────────
  {
    id: 'seaweed', family: 'nature', tags: ['brown', 'olive', 'wet', 'ocean', 'slimy'], synonyms: ['kelp', 'wrack', 'sea kelp'],
    pbr: { baseColor: '#4a4220', metallic: 0, roughness: 0.3, clearcoat: 0.5, clearcoatRoughness: 0.15, transmission: 0.15, thickness: 0.002, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'algae', family: 'nature', tags: ['green', 'slimy', 'wet', 'pond', 'slippery'], synonyms: ['pond scum', 'green slime', 'algal mat'],
    pbr: { baseColor: '#3c5a1e', metallic: 0, roughness: 0.2, clearcoat: 0.6, clearcoatRoughness: 0.1 },
    texture: { pattern: { kind: 'noise', scale: 10, octaves: 5, gain: 0.55 }, colors: ['#24380f', '#3c5a1e', '#5a7a2a'], roughness: [0.15, 0.3], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    id: 'tree_resin', family: 'nature', tags: ['amber', 'sticky', 'translucent', 'glossy', 'tree'], synonyms: ['tree sap', 'pine resin', 'pitch', 'rosin'],
    pbr: { baseColor: [0.9, 0.6, 0.2], metallic: 0, roughness: 0.1, ior: 1.54, transmission: 0.6, thickness: 0.01, attenuationColor: [0.8, 0.4, 0.05], attenuationDistance: 0.01 },
    source: 'refractiveindex',
  },
  {
    id: 'fungus_bracket', family: 'nature', tags: ['brown', 'fungus', 'zoned', 'forest', 'woody'], synonyms: ['bracket fungus', 'shelf fungus', 'turkey tail', 'mushroom'],
    pbr: { baseColor: '#7b5f44', metallic: 0, roughness: 0.75, sheenColor: '#c8b090', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.4 }, colors: ['#3e2a1a', '#6e5238', '#8a6e50'], roughness: [0.8, 0.7], normalStrength: 0.8, detail: 0.3, tileSizeM: 0.15 },
    source: 'substance',
  },
  {
    id: 'flower_petal_red', family: 'nature', tags: ['red', 'flower', 'velvety', 'thin', 'romantic'], synonyms: ['rose petal', 'poppy petal', 'red petals'],
    pbr: { baseColor: '#a01020', metallic: 0, roughness: 0.5, sheenColor: '#e06070', sheenRoughness: 0.4, transmission: 0.25, thickness: 0.0002, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'flower_petal_white', family: 'nature', tags: ['white', 'flower', 'delicate', 'thin', 'spring'], synonyms: ['white petals', 'lily petal', 'blossom'],
    pbr: { baseColor: [0.8, 0.8, 0.75], metallic: 0, roughness: 0.45, sheenColor: '#ffffff', sheenRoughness: 0.4, transmission: 0.3, thickness: 0.0002, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'cactus_skin', family: 'nature', tags: ['green', 'waxy', 'desert', 'ribbed', 'succulent'], synonyms: ['cactus', 'succulent', 'saguaro'],
    pbr: { baseColor: '#48683a', metallic: 0, roughness: 0.35, clearcoat: 0.4, clearcoatRoughness: 0.3 },
    texture: { pattern: { kind: 'stripes', count: 12, softness: 0.7 }, colors: ['#2e4826', '#4a6a3a', '#5e7c4a'], roughness: [0.4, 0.3], normalStrength: 2, detail: 0.2, tileSizeM: 0.3 },
    source: 'substance',
  },
];
