import type { MaterialPreset } from '../types.js';

/*
 * Fabric: woven and knitted cloth, pile fabrics, sheers, carpets, and leathers.
 * Sources: albedo ranges for cloth and leather from the Physically Based database (pbdb) and the DONTNOD chart;
 * sheen and finish conventions from the Substance PBR guide. Dyed colours are chosen inside those ranges.
 * Conventions: cloth is rough (0.8–1) and gets its look from sheen (KHR_materials_sheen): sheenColor is usually
 * lighter than the base, sheenRoughness 0.3–0.8 (low = satin-like rim, high = fuzzy). Silk and satin add
 * anisotropy along the warp. Sheers (chiffon, muslin) are thin: partial transmission and doubleSided; nets
 * (lace, tulle) use blended opacity for their open area. Weaves use the 'weave' pattern with a tile of 2–10 cm;
 * leather grain is 'cells'. Ramps run dark (cavities) → light (thread crowns, sRGB hex) and pbr.baseColor is
 * their average.
 */
export const FABRIC_PRESETS: MaterialPreset[] = [
  // ── Pile: velvet, corduroy, fleece, carpet, towelling ──────────────────────────────────────────────────
  {
    id: 'velvet_red', family: 'fabric', tags: ['fabric', 'red', 'soft', 'luxury', 'velvet'], synonyms: ['velvet', 'plush', 'crimson velvet'],
    pbr: { baseColor: '#6e0f16', metallic: 0, roughness: 0.9, sheenColor: '#d8505a', sheenRoughness: 0.35 },
    source: 'pbdb',
  },
  {
    id: 'velvet_navy', family: 'fabric', tags: ['fabric', 'blue', 'navy', 'velvet', 'upholstery', 'luxury'], synonyms: ['blue velvet', 'midnight velvet'],
    pbr: { baseColor: '#151d3c', metallic: 0, roughness: 0.9, sheenColor: '#5b6ca6', sheenRoughness: 0.38 },
    source: 'pbdb',
  },
  {
    id: 'velvet_emerald', family: 'fabric', tags: ['fabric', 'green', 'velvet', 'sofa', 'art deco'], synonyms: ['green velvet', 'emerald velvet'],
    pbr: { baseColor: '#0d3a27', metallic: 0, roughness: 0.9, sheenColor: '#52a27c', sheenRoughness: 0.4 },
    source: 'pbdb',
  },
  {
    id: 'velvet_crushed_purple', family: 'fabric', tags: ['fabric', 'purple', 'velvet', 'crushed', 'theatrical'], synonyms: ['crushed velvet', 'panne velvet'],
    pbr: { baseColor: '#3f1747', metallic: 0, roughness: 0.85, sheenColor: '#a966b4', sheenRoughness: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 5, octaves: 4, gain: 0.55 }, colors: ['#2a0e30', '#3f1747', '#552360'], roughness: [0.9, 0.8], normalStrength: 0.6, detail: 0.2, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'corduroy_brown', family: 'fabric', tags: ['fabric', 'brown', 'ribbed', 'corduroy', 'retro', 'trousers'], synonyms: ['corduroy', 'cord', 'needlecord'],
    pbr: { baseColor: '#674b31', metallic: 0, roughness: 0.9, sheenColor: '#ab8c6c', sheenRoughness: 0.5 },
    texture: { pattern: { kind: 'stripes', count: 40, softness: 0.6 }, colors: ['#3a2819', '#6a4c33', '#80603f'], roughness: [0.95, 0.85], normalStrength: 1.2, detail: 0.15, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'fleece_grey', family: 'fabric', tags: ['fabric', 'grey', 'fuzzy', 'warm', 'outdoor'], synonyms: ['polar fleece', 'fleece', 'microfleece'],
    pbr: { baseColor: '#7e8085', metallic: 0, roughness: 1, sheenColor: '#b4b6bb', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'noise', scale: 60, octaves: 4, gain: 0.5 }, colors: ['#65676c', '#7e8085', '#8f9196'], roughness: [1, 0.95], normalStrength: 0.7, detail: 0.4, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'carpet_beige', family: 'fabric', tags: ['fabric', 'carpet', 'beige', 'floor', 'interior'], synonyms: ['wall-to-wall carpet', 'cut pile carpet', 'broadloom'],
    pbr: { baseColor: '#ae9e85', metallic: 0, roughness: 1, sheenColor: '#d8ccb8', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'noise', scale: 80, octaves: 3, gain: 0.5 }, colors: ['#7e705b', '#b0a086', '#c2b39a'], roughness: [1, 0.95], normalStrength: 1.4, detail: 0.5, tileSizeM: 0.15 },
    source: 'pbdb',
  },
  {
    id: 'carpet_red', family: 'fabric', tags: ['fabric', 'carpet', 'red', 'premiere', 'ceremony'], synonyms: ['red carpet', 'event carpet'],
    pbr: { baseColor: '#74161a', metallic: 0, roughness: 1, sheenColor: '#bb4a50', sheenRoughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 80, octaves: 3, gain: 0.5 }, colors: ['#4e0c0f', '#76161a', '#862024'], roughness: [1, 0.95], normalStrength: 1.2, detail: 0.4, tileSizeM: 0.15 },
    source: 'pbdb',
  },
  {
    id: 'carpet_loop_grey', family: 'fabric', tags: ['fabric', 'carpet', 'grey', 'office', 'commercial'], synonyms: ['loop pile carpet', 'berber carpet', 'carpet tile'],
    pbr: { baseColor: '#5d5e61', metallic: 0, roughness: 0.95, sheenColor: '#8c8d90', sheenRoughness: 0.75 },
    texture: { pattern: { kind: 'cells', scale: 70, jitter: 0.4, output: 'distance' }, colors: ['#3a3b3e', '#5e5f62', '#707174'], roughness: [1, 0.9], normalStrength: 1.2, detail: 0.4, tileSizeM: 0.12 },
    source: 'pbdb',
  },
  {
    id: 'terry_towel_white', family: 'fabric', tags: ['fabric', 'white', 'towel', 'bathroom', 'fluffy'], synonyms: ['terry cloth', 'towelling', 'bath towel'],
    pbr: { baseColor: '#d5d2cb', metallic: 0, roughness: 1, sheenColor: '#ffffff', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'cells', scale: 90, jitter: 0.8, output: 'distance' }, colors: ['#a9a69f', '#dad7d0', '#e8e5df'], roughness: [1, 0.95], normalStrength: 1.5, detail: 0.4, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'chenille_upholstery', family: 'fabric', tags: ['fabric', 'taupe', 'upholstery', 'sofa', 'soft'], synonyms: ['chenille', 'sofa fabric'],
    pbr: { baseColor: '#8c7766', metallic: 0, roughness: 0.95, sheenColor: '#c4b0a0', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'weave', threads: 40 }, colors: ['#5a4a3d', '#897463', '#9c8776'], roughness: [1, 0.9], normalStrength: 0.9, detail: 0.4, tileSizeM: 0.05 },
    source: 'substance',
  },
  // ── Denim, canvas and cotton weaves ────────────────────────────────────────────────────────────────────
  {
    id: 'denim', family: 'fabric', tags: ['fabric', 'blue', 'indigo', 'jeans', 'twill', 'casual'], synonyms: ['jeans', 'blue jeans', 'dungaree', 'raw denim'],
    pbr: { baseColor: '#3b5376', metallic: 0, roughness: 0.88, sheenColor: '#7087a8', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 64 }, colors: ['#172540', '#2e486d', '#5c7294'], roughness: [0.92, 0.84], normalStrength: 0.9, detail: 0.3, tileSizeM: 0.025 },
    source: 'pbdb',
  },
  {
    id: 'denim_light_wash', family: 'fabric', tags: ['fabric', 'light blue', 'faded', 'jeans', 'casual'], synonyms: ['stonewashed denim', 'acid wash', 'faded jeans'],
    pbr: { baseColor: '#7790b2', metallic: 0, roughness: 0.9, sheenColor: '#b2c2d8', sheenRoughness: 0.65 },
    texture: { pattern: { kind: 'weave', threads: 64 }, colors: ['#45597a', '#6b86ab', '#9eb1ca'], roughness: [0.94, 0.86], normalStrength: 0.8, detail: 0.45, tileSizeM: 0.025 },
    source: 'pbdb',
  },
  {
    id: 'denim_black', family: 'fabric', tags: ['fabric', 'black', 'jeans', 'twill', 'urban'], synonyms: ['black jeans', 'black denim'],
    pbr: { baseColor: '#303136', metallic: 0, roughness: 0.88, sheenColor: '#6a6c72', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 64 }, colors: ['#18191c', '#2a2b30', '#414349'], roughness: [0.92, 0.84], normalStrength: 0.9, detail: 0.3, tileSizeM: 0.025 },
    source: 'pbdb',
  },
  {
    id: 'canvas', family: 'fabric', tags: ['fabric', 'ecru', 'natural', 'heavy', 'tent', 'sail'], synonyms: ['cotton duck', 'duck canvas', 'artist canvas'],
    pbr: { baseColor: '#c8bb9a', metallic: 0, roughness: 0.92, sheenColor: '#e6dcc4', sheenRoughness: 0.7 },
    texture: { pattern: { kind: 'weave', threads: 48 }, colors: ['#9a8c6c', '#c6b897', '#d5c8a9'], roughness: [0.96, 0.88], normalStrength: 1, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'waxed_canvas_olive', family: 'fabric', tags: ['fabric', 'olive', 'waxed', 'bag', 'outdoor', 'heritage'], synonyms: ['waxed cotton', 'oilcloth', 'field jacket canvas'],
    pbr: { baseColor: '#504f34', metallic: 0, roughness: 0.6, sheenColor: '#7c7a5a', sheenRoughness: 0.45 },
    texture: { pattern: { kind: 'weave', threads: 48 }, colors: ['#30301e', '#4d4c31', '#5f5e40'], roughness: [0.7, 0.52], normalStrength: 0.8, detail: 0.35, tileSizeM: 0.04 },
    source: 'substance',
  },
  {
    id: 'cotton_white', family: 'fabric', tags: ['fabric', 'white', 'cotton', 'shirt', 'bedding'], synonyms: ['cotton', 'poplin', 'percale', 'bed sheet'],
    pbr: { baseColor: '#e1dfd9', metallic: 0, roughness: 0.9, sheenColor: '#ffffff', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 96 }, colors: ['#bdbbb5', '#e0ded8', '#e9e7e1'], roughness: [0.94, 0.86], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.02 },
    source: 'pbdb',
  },
  {
    id: 'khaki_twill', family: 'fabric', tags: ['fabric', 'khaki', 'twill', 'chinos', 'uniform'], synonyms: ['gabardine', 'chino', 'drill'],
    pbr: { baseColor: '#ac9a76', metallic: 0, roughness: 0.85, sheenColor: '#d2c4a6', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 80 }, colors: ['#7d6c4e', '#a99773', '#b9a884'], roughness: [0.9, 0.82], normalStrength: 0.6, detail: 0.2, tileSizeM: 0.025 },
    source: 'pbdb',
  },
  {
    id: 'cotton_jersey_grey', family: 'fabric', tags: ['fabric', 'grey', 'heather', 'knit', 't-shirt', 'casual'], synonyms: ['jersey', 'heather grey', 't-shirt fabric', 'marl'],
    pbr: { baseColor: '#8b8b8c', metallic: 0, roughness: 0.92, sheenColor: '#c2c2c4', sheenRoughness: 0.7 },
    texture: { pattern: { kind: 'stripes', count: 80, softness: 0.7 }, colors: ['#6a6a6b', '#8d8d8e', '#a1a1a2'], roughness: [0.95, 0.9], normalStrength: 0.5, detail: 0.6, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'seersucker_blue', family: 'fabric', tags: ['fabric', 'blue', 'white', 'striped', 'summer', 'puckered'], synonyms: ['seersucker', 'ticking stripe'],
    pbr: { baseColor: '#c0c9d8', metallic: 0, roughness: 0.88, sheenColor: '#e4eaf4', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'stripes', count: 16, softness: 0.15 }, colors: ['#7c98c4', '#c8d4e6', '#eeeeea'], roughness: [0.9, 0.85], normalStrength: 0.8, detail: 0.3, tileSizeM: 0.1 },
    source: 'substance',
  },
  // ── Linen, jute and sheers ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'linen_natural', family: 'fabric', tags: ['fabric', 'flax', 'natural', 'beige', 'summer', 'tablecloth'], synonyms: ['linen', 'flax linen', 'oatmeal linen'],
    pbr: { baseColor: '#b9ab90', metallic: 0, roughness: 0.88, sheenColor: '#ddd2bc', sheenRoughness: 0.65 },
    texture: { pattern: { kind: 'weave', threads: 40 }, colors: ['#8a7d64', '#b6a88d', '#c7ba9f'], roughness: [0.92, 0.84], normalStrength: 0.9, detail: 0.55, tileSizeM: 0.03 },
    source: 'pbdb',
  },
  {
    id: 'linen_white', family: 'fabric', tags: ['fabric', 'white', 'linen', 'crisp', 'napkin'], synonyms: ['white linen', 'bleached linen', 'table linen'],
    pbr: { baseColor: '#dedad0', metallic: 0, roughness: 0.86, sheenColor: '#ffffff', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'weave', threads: 40 }, colors: ['#b3aea3', '#ddd9ce', '#e8e4da'], roughness: [0.9, 0.82], normalStrength: 0.8, detail: 0.55, tileSizeM: 0.03 },
    source: 'pbdb',
  },
  {
    id: 'burlap', family: 'fabric', tags: ['fabric', 'jute', 'coarse', 'sack', 'rustic', 'brown'], synonyms: ['hessian', 'jute', 'gunny sack', 'sackcloth'],
    pbr: { baseColor: '#9c8058', metallic: 0, roughness: 0.95, sheenColor: '#c2a67c', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'weave', threads: 24 }, colors: ['#3b2d1b', '#997d55', '#ad9167'], roughness: [1, 0.9], normalStrength: 1.8, detail: 0.6, tileSizeM: 0.06 },
    source: 'pbdb',
  },
  {
    id: 'muslin_cheesecloth', family: 'fabric', tags: ['fabric', 'cream', 'sheer', 'gauze', 'thin'], synonyms: ['muslin', 'cheesecloth', 'gauze', 'scrim'],
    pbr: { baseColor: '#e8e1cf', metallic: 0, roughness: 0.9, transmission: 0.35, doubleSided: true, sheenColor: '#fff8ea', sheenRoughness: 0.7 },
    texture: { pattern: { kind: 'weave', threads: 40 }, colors: ['#c6bfad', '#e7e0ce', '#efe9d8'], roughness: [0.92, 0.88], normalStrength: 0.5, detail: 0.4, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'chiffon_pink', family: 'fabric', tags: ['fabric', 'pink', 'sheer', 'floaty', 'evening', 'thin'], synonyms: ['chiffon', 'georgette', 'voile'],
    pbr: { baseColor: '#e8b2bc', metallic: 0, roughness: 0.65, transmission: 0.45, doubleSided: true, sheenColor: '#ffe2e8', sheenRoughness: 0.4 },
    source: 'substance',
  },
  {
    id: 'lace_white', family: 'fabric', tags: ['fabric', 'white', 'lace', 'bridal', 'delicate', 'victorian'], synonyms: ['lace', 'bridal lace', 'doily'],
    pbr: { baseColor: '#e8e4dc', metallic: 0, roughness: 0.8, opacity: 0.65, alphaMode: 'blend', doubleSided: true, sheenColor: '#ffffff', sheenRoughness: 0.5 },
    texture: { pattern: { kind: 'cells', scale: 24, jitter: 0.5, output: 'edges' }, colors: ['#b7b3aa', '#e6e2d9', '#efebe3'], roughness: [0.85, 0.78], normalStrength: 0.8, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'tulle_white', family: 'fabric', tags: ['fabric', 'white', 'net', 'veil', 'tutu', 'sheer'], synonyms: ['tulle', 'netting', 'bobbinet', 'veil'],
    pbr: { baseColor: '#e9e7e2', metallic: 0, roughness: 0.6, opacity: 0.3, alphaMode: 'blend', doubleSided: true, sheenColor: '#ffffff', sheenRoughness: 0.4 },
    texture: { pattern: { kind: 'hexagons', scale: 40, gap: 0.3 }, colors: ['#d8d6d1', '#ebe9e4', '#f0eeea'], roughness: [0.62, 0.58], normalStrength: 0.4, detail: 0, tileSizeM: 0.02 },
    source: 'substance',
  },
  // ── Silk and satin ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'silk', family: 'fabric', tags: ['fabric', 'ivory', 'lustrous', 'luxury', 'smooth'], synonyms: ['silk fabric', 'charmeuse', 'habotai'],
    pbr: { baseColor: '#e2d7c4', metallic: 0, roughness: 0.3, sheenColor: '#fff8ec', sheenRoughness: 0.3, anisotropy: 0.35 },
    source: 'pbdb',
  },
  {
    id: 'silk_dupioni_gold', family: 'fabric', tags: ['fabric', 'gold', 'silk', 'slubbed', 'iridescent', 'formal'], synonyms: ['dupioni', 'shantung', 'raw silk'],
    pbr: { baseColor: '#bb8f48', metallic: 0, roughness: 0.32, sheenColor: '#f2daa4', sheenRoughness: 0.35, anisotropy: 0.3 },
    texture: { pattern: { kind: 'weave', threads: 72 }, colors: ['#8a6429', '#b78b43', '#cda35a'], roughness: [0.36, 0.28], normalStrength: 0.4, detail: 0.6, tileSizeM: 0.03 },
    source: 'substance',
  },
  {
    id: 'satin_white', family: 'fabric', tags: ['fabric', 'white', 'satin', 'bridal', 'glossy'], synonyms: ['satin', 'duchess satin', 'bridal satin'],
    pbr: { baseColor: '#e6e2da', metallic: 0, roughness: 0.25, sheenColor: '#ffffff', sheenRoughness: 0.3, anisotropy: 0.55 },
    source: 'pbdb',
  },
  {
    id: 'satin_black', family: 'fabric', tags: ['fabric', 'black', 'satin', 'evening', 'glossy', 'lingerie'], synonyms: ['black satin', 'sateen'],
    pbr: { baseColor: '#1d1d20', metallic: 0, roughness: 0.22, sheenColor: '#5e5e66', sheenRoughness: 0.3, anisotropy: 0.6 },
    source: 'pbdb',
  },
  // ── Wool and felts ─────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'wool', family: 'fabric', tags: ['fabric', 'wool', 'grey', 'warm', 'coat', 'woven'], synonyms: ['wool cloth', 'woollen', 'melton'],
    pbr: { baseColor: '#847d73', metallic: 0, roughness: 0.95, sheenColor: '#bfb8ad', sheenRoughness: 0.75 },
    texture: { pattern: { kind: 'weave', threads: 32 }, colors: ['#59534b', '#80796f', '#958e83'], roughness: [1, 0.92], normalStrength: 0.8, detail: 0.6, tileSizeM: 0.03 },
    source: 'pbdb',
  },
  {
    id: 'wool_knit_cream', family: 'fabric', tags: ['fabric', 'cream', 'knit', 'sweater', 'cosy', 'winter'], synonyms: ['knitwear', 'rib knit', 'jumper', 'aran knit'],
    pbr: { baseColor: '#c8beaa', metallic: 0, roughness: 1, sheenColor: '#f2ece0', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'stripes', count: 14, softness: 0.7 }, colors: ['#8c826f', '#d2c8b3', '#e0d7c4'], roughness: [1, 0.95], normalStrength: 1.6, detail: 0.5, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'cashmere_camel', family: 'fabric', tags: ['fabric', 'camel', 'soft', 'luxury', 'coat'], synonyms: ['cashmere', 'camel hair', 'vicuna'],
    pbr: { baseColor: '#a57f59', metallic: 0, roughness: 0.95, sheenColor: '#dcc2a2', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 50, octaves: 3, gain: 0.45 }, colors: ['#8d6a47', '#a68059', '#b38d66'], roughness: [0.98, 0.92], normalStrength: 0.4, detail: 0.5, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'flannel_grey', family: 'fabric', tags: ['fabric', 'grey', 'flannel', 'suit', 'brushed'], synonyms: ['wool flannel', 'grey flannel', 'suiting'],
    pbr: { baseColor: '#707174', metallic: 0, roughness: 0.95, sheenColor: '#a8a9ad', sheenRoughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 70, octaves: 4, gain: 0.5 }, colors: ['#58595c', '#707174', '#818285'], roughness: [0.98, 0.92], normalStrength: 0.4, detail: 0.6, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'tweed_brown', family: 'fabric', tags: ['fabric', 'brown', 'tweed', 'flecked', 'country', 'heritage'], synonyms: ['tweed', 'harris tweed', 'herringbone tweed'],
    pbr: { baseColor: '#806d55', metallic: 0, roughness: 0.95, sheenColor: '#a89478', sheenRoughness: 0.75 },
    texture: { pattern: { kind: 'weave', threads: 24 }, colors: ['#372c20', '#665540', '#86735a', '#a89579'], roughness: [1, 0.9], normalStrength: 1.2, detail: 0.7, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'felt_grey', family: 'fabric', tags: ['fabric', 'grey', 'felt', 'craft', 'acoustic', 'matte'], synonyms: ['felt', 'wool felt', 'industrial felt'],
    pbr: { baseColor: '#6b6b6d', metallic: 0, roughness: 1, sheenColor: '#9c9c9f', sheenRoughness: 0.8 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 6, gain: 0.6 }, colors: ['#5a5a5c', '#6b6b6d', '#78787a'], roughness: [1, 0.96], normalStrength: 0.5, detail: 0.7, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'baize_green', family: 'fabric', tags: ['fabric', 'green', 'billiard', 'card table', 'felt'], synonyms: ['billiard cloth', 'pool table felt', 'snooker baize'],
    pbr: { baseColor: '#1f5b34', metallic: 0, roughness: 0.95, sheenColor: '#56a06c', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 90, octaves: 3, gain: 0.4 }, colors: ['#184d2b', '#1f5b34', '#25663c'], roughness: [0.97, 0.93], normalStrength: 0.2, detail: 0.4, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  // ── Synthetics ─────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'nylon_ripstop_orange', family: 'fabric', tags: ['fabric', 'orange', 'nylon', 'tent', 'technical', 'coated'], synonyms: ['ripstop', 'ripstop nylon', 'parachute fabric', 'tent fabric'],
    pbr: { baseColor: '#d95b20', metallic: 0, roughness: 0.45, sheenColor: '#ffa070', sheenRoughness: 0.35 },
    texture: { pattern: { kind: 'weave', threads: 16 }, colors: ['#a43f12', '#d7581e', '#e36627'], roughness: [0.5, 0.42], normalStrength: 0.5, detail: 0.15, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'nylon_jacket_black', family: 'fabric', tags: ['fabric', 'black', 'nylon', 'jacket', 'shiny', 'windbreaker'], synonyms: ['nylon taffeta', 'nylon fabric', 'puffer jacket fabric'],
    pbr: { baseColor: '#1c1c1f', metallic: 0, roughness: 0.38, sheenColor: '#5a5a62', sheenRoughness: 0.35, anisotropy: 0.2 },
    source: 'substance',
  },
  {
    id: 'polyester_sportswear_blue', family: 'fabric', tags: ['fabric', 'blue', 'polyester', 'sportswear', 'mesh'], synonyms: ['polyester', 'dri-fit', 'athletic mesh', 'performance fabric'],
    pbr: { baseColor: '#2554a4', metallic: 0, roughness: 0.55, sheenColor: '#6d95d8', sheenRoughness: 0.45 },
    texture: { pattern: { kind: 'hexagons', scale: 60, gap: 0.12 }, colors: ['#113066', '#204e9f', '#2a5cb0'], roughness: [0.6, 0.52], normalStrength: 0.6, detail: 0.1, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'lycra_black', family: 'fabric', tags: ['fabric', 'black', 'stretch', 'leggings', 'swimwear', 'sleek'], synonyms: ['spandex', 'elastane', 'lycra'],
    pbr: { baseColor: '#1c1c20', metallic: 0, roughness: 0.35, sheenColor: '#4e4e56', sheenRoughness: 0.35 },
    source: 'substance',
  },
  {
    id: 'sailcloth_dacron', family: 'fabric', tags: ['fabric', 'white', 'sail', 'nautical', 'crisp'], synonyms: ['sailcloth', 'dacron', 'sail fabric'],
    pbr: { baseColor: '#eae9e2', metallic: 0, roughness: 0.45, sheenColor: '#ffffff', sheenRoughness: 0.4 },
    texture: { pattern: { kind: 'weave', threads: 64 }, colors: ['#d2d1ca', '#e9e8e1', '#efeee8'], roughness: [0.5, 0.42], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'alcantara_black', family: 'fabric', tags: ['fabric', 'black', 'microsuede', 'car interior', 'steering wheel'], synonyms: ['alcantara', 'microsuede', 'ultrasuede'],
    pbr: { baseColor: '#252527', metallic: 0, roughness: 0.95, sheenColor: '#606066', sheenRoughness: 0.55 },
    texture: { pattern: { kind: 'noise', scale: 90, octaves: 3, gain: 0.5 }, colors: ['#1d1d1f', '#252527', '#2c2c2e'], roughness: [0.97, 0.93], normalStrength: 0.3, detail: 0.5, tileSizeM: 0.06 },
    source: 'substance',
  },
  // ── Leather ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'leather', family: 'fabric', tags: ['leather', 'brown', 'full grain', 'sofa', 'bag', 'classic'], synonyms: ['brown leather', 'full-grain leather', 'cowhide', 'aniline leather'],
    pbr: { baseColor: '#593a25', metallic: 0, roughness: 0.55 },
    texture: { pattern: { kind: 'cells', scale: 48, jitter: 0.9, output: 'distance' }, colors: ['#3a2415', '#5c3c26', '#6a4730'], roughness: [0.65, 0.5], normalStrength: 0.7, detail: 0.3, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'leather_black', family: 'fabric', tags: ['leather', 'black', 'jacket', 'biker', 'semi-gloss'], synonyms: ['black leather', 'biker leather'],
    pbr: { baseColor: '#1e1c1b', metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'cells', scale: 48, jitter: 0.9, output: 'distance' }, colors: ['#121110', '#1e1c1b', '#262423'], roughness: [0.55, 0.4], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'leather_tan_saddle', family: 'fabric', tags: ['leather', 'tan', 'saddle', 'vegetable tanned', 'waxed', 'western'], synonyms: ['saddle leather', 'veg-tan', 'cognac leather', 'tooling leather'],
    pbr: { baseColor: '#9b6339', metallic: 0, roughness: 0.42 },
    texture: { pattern: { kind: 'cells', scale: 36, jitter: 0.9, output: 'distance' }, colors: ['#6f3f1d', '#a0663a', '#b0764a'], roughness: [0.5, 0.38], normalStrength: 0.4, detail: 0.35, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'leather_distressed', family: 'fabric', tags: ['leather', 'brown', 'worn', 'vintage', 'aviator'], synonyms: ['distressed leather', 'aged leather', 'bomber jacket leather', 'pull-up leather'],
    pbr: { baseColor: '#73543d', metallic: 0, roughness: 0.68 },
    texture: { pattern: { kind: 'rust', coverage: 0.4, scale: 5 }, colors: ['#654530', '#7a5a40', '#a08062'], roughness: [0.62, 0.8], normalStrength: 0.8, detail: 0.5, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'leather_oxblood_polished', family: 'fabric', tags: ['leather', 'burgundy', 'polished', 'shoes', 'formal'], synonyms: ['oxblood leather', 'cordovan', 'shoe leather', 'burgundy leather'],
    pbr: { baseColor: '#4b181b', metallic: 0, roughness: 0.35, clearcoat: 0.6, clearcoatRoughness: 0.15 },
    texture: { pattern: { kind: 'cells', scale: 60, jitter: 0.9, output: 'distance' }, colors: ['#360e11', '#4c181b', '#592024'], roughness: [0.4, 0.32], normalStrength: 0.25, detail: 0.2, tileSizeM: 0.06 },
    source: 'substance',
  },
  {
    id: 'leather_white', family: 'fabric', tags: ['leather', 'white', 'sneaker', 'car seat', 'clean'], synonyms: ['white leather', 'nappa', 'sneaker leather'],
    pbr: { baseColor: '#d5d0c6', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'cells', scale: 56, jitter: 0.9, output: 'distance' }, colors: ['#b6b1a7', '#d9d4ca', '#e3ded5'], roughness: [0.6, 0.45], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'leather_crocodile_embossed', family: 'fabric', tags: ['leather', 'dark brown', 'embossed', 'exotic', 'handbag', 'glossy'], synonyms: ['croc leather', 'crocodile print', 'alligator leather', 'croc-embossed'],
    pbr: { baseColor: '#493224', metallic: 0, roughness: 0.4, clearcoat: 0.4, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'cells', scale: 7, jitter: 0.6, output: 'edges' }, colors: ['#1c120c', '#432e21', '#4f3728'], roughness: [0.6, 0.35], normalStrength: 1.8, detail: 0.15, tileSizeM: 0.25 },
    source: 'substance',
  },
  {
    id: 'patent_leather_black', family: 'fabric', tags: ['leather', 'black', 'patent', 'mirror gloss', 'shoes', 'formal'], synonyms: ['patent leather', 'patent', 'japanned leather'],
    pbr: { baseColor: '#1b1b1b', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 },
    source: 'substance',
  },
  {
    id: 'patent_leather_red', family: 'fabric', tags: ['leather', 'red', 'patent', 'glossy', 'stilettos'], synonyms: ['red patent leather', 'red patent'],
    pbr: { baseColor: '#7a0e14', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 },
    source: 'substance',
  },
  {
    id: 'suede_tan', family: 'fabric', tags: ['leather', 'tan', 'suede', 'napped', 'boots', 'soft'], synonyms: ['suede', 'nubuck', 'chamois leather'],
    pbr: { baseColor: '#9a7352', metallic: 0, roughness: 1, sheenColor: '#c8a686', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 60, octaves: 4, gain: 0.5 }, colors: ['#7f5c3f', '#9b7352', '#ab8361'], roughness: [1, 0.94], normalStrength: 0.35, detail: 0.6, tileSizeM: 0.06 },
    source: 'pbdb',
  },
  {
    id: 'leatherette_black', family: 'fabric', tags: ['leather', 'black', 'faux', 'vinyl', 'office chair', 'vegan'], synonyms: ['faux leather', 'pu leather', 'vegan leather', 'pleather', 'bonded leather'],
    pbr: { baseColor: '#202022', metallic: 0, roughness: 0.38 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 0.45, output: 'distance' }, colors: ['#151517', '#202022', '#28282a'], roughness: [0.45, 0.34], normalStrength: 0.5, detail: 0.1, tileSizeM: 0.08 },
    source: 'substance',
  },
];
