import type { MaterialPreset } from '../types.js';

/*
 * Wood: species, engineered boards, floors, bark and finishes.
 * Sources: albedo ranges from the Physically Based database (pbdb) and the DONTNOD chart, with species colours
 * picked inside them (most woods sit at 0.05–0.5 linear luminance; ebony and charred wood are measured darker);
 * finish conventions (raw 0.6–0.8 roughness, oiled 0.4–0.5, varnish/lacquer as a clearcoat 0.5–1) from the
 * Substance PBR guide. Finished wood keeps the default IOR 1.5.
 * Textures: 'wood' is long grain along V (rings across a tile ~0.3–0.6 m wide), 'planks' lays floorboards
 * along U (6 boards to a 1 m tile ≈ 0.17 m boards). Ramps run dark latewood → light earlywood, sRGB hex, and
 * pbr.baseColor is the ramp's average.
 */
export const WOOD_PRESETS: MaterialPreset[] = [
  // ── Temperate hardwoods ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'oak', family: 'wood', tags: ['wood', 'brown', 'furniture', 'floor', 'raw'], synonyms: ['oak wood', 'hardwood', 'european oak'],
    pbr: { baseColor: '#916f4c', metallic: 0, roughness: 0.65 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.35 }, colors: ['#64462b', '#876643', '#9e7a56'], roughness: [0.72, 0.6], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.5 },
    source: 'pbdb',
  },
  {
    id: 'white_oak', family: 'wood', tags: ['wood', 'tan', 'light', 'furniture', 'floor'], synonyms: ['american white oak', 'quercus alba'],
    pbr: { baseColor: '#a98a66', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 16, distortion: 0.3 }, colors: ['#7f6142', '#a2825e', '#b49570'], roughness: [0.68, 0.58], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'red_oak', family: 'wood', tags: ['wood', 'pinkish', 'brown', 'floor', 'cabinet'], synonyms: ['american red oak', 'northern red oak'],
    pbr: { baseColor: '#a57857', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 12, distortion: 0.4 }, colors: ['#774c31', '#9d6f4d', '#b18362'], roughness: [0.7, 0.58], normalStrength: 0.7, detail: 0.3, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'oak_varnished', family: 'wood', tags: ['wood', 'honey', 'glossy', 'varnished', 'furniture'], synonyms: ['varnished oak', 'polyurethane oak'],
    pbr: { baseColor: '#8b643a', metallic: 0, roughness: 0.45, clearcoat: 0.8, clearcoatRoughness: 0.12 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.35 }, colors: ['#5e3b1a', '#815a31', '#986f43'], roughness: [0.5, 0.42], normalStrength: 0.25, detail: 0.2, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    id: 'oak_oiled', family: 'wood', tags: ['wood', 'brown', 'oiled', 'satin', 'tabletop'], synonyms: ['oiled oak', 'danish oil oak', 'hardwax oil oak'],
    pbr: { baseColor: '#866243', metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.35 }, colors: ['#5a3c25', '#7d593b', '#926d4c'], roughness: [0.5, 0.42], normalStrength: 0.45, detail: 0.25, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    id: 'walnut', family: 'wood', tags: ['wood', 'dark', 'brown', 'furniture', 'luxury'], synonyms: ['black walnut', 'american walnut', 'walnut wood'],
    pbr: { baseColor: '#604534', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.45 }, colors: ['#38261a', '#563c2c', '#6c4f3c'], roughness: [0.66, 0.56], normalStrength: 0.5, detail: 0.25, tileSizeM: 0.45 },
    source: 'pbdb',
  },
  {
    id: 'walnut_oiled', family: 'wood', tags: ['wood', 'dark', 'oiled', 'furniture', 'midcentury'], synonyms: ['oiled walnut', 'teak oil walnut'],
    pbr: { baseColor: '#593c2a', metallic: 0, roughness: 0.42 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.45 }, colors: ['#331f16', '#4f3423', '#654531'], roughness: [0.48, 0.4], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.45 },
    source: 'substance',
  },
  {
    id: 'burl_walnut', family: 'wood', tags: ['wood', 'burl', 'lacquered', 'dashboard', 'luxury', 'veneer'], synonyms: ['walnut burl', 'burr walnut', 'burl veneer'],
    pbr: { baseColor: '#704e31', metallic: 0, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.05 },
    texture: { pattern: { kind: 'wood', rings: 24, distortion: 1 }, colors: ['#352013', '#604027', '#815c3b'], roughness: [0.38, 0.32], normalStrength: 0.15, detail: 0.5, tileSizeM: 0.25 },
    source: 'substance',
  },
  {
    id: 'cherry_wood', family: 'wood', tags: ['wood', 'reddish', 'brown', 'furniture', 'cabinet'], synonyms: ['cherrywood', 'american cherry', 'black cherry'],
    pbr: { baseColor: '#94593c', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 12, distortion: 0.25 }, colors: ['#693922', '#8c5135', '#9f6344'], roughness: [0.65, 0.56], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  {
    id: 'maple_wood', family: 'wood', tags: ['wood', 'pale', 'cream', 'butcher', 'flooring'], synonyms: ['maple', 'hard maple', 'sugar maple'],
    pbr: { baseColor: '#cfae85', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 18, distortion: 0.15 }, colors: ['#b48f6a', '#cba97f', '#d6b68d'], roughness: [0.66, 0.58], normalStrength: 0.3, detail: 0.2, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  {
    id: 'butcher_block_maple', family: 'wood', tags: ['wood', 'pale', 'kitchen', 'countertop', 'oiled'], synonyms: ['butcher block', 'maple worktop', 'chopping board'],
    pbr: { baseColor: '#caa77c', metallic: 0, roughness: 0.48 },
    texture: { pattern: { kind: 'planks', boards: 12, gap: 0.002, stagger: 0.35 }, colors: ['#a88159', '#c7a378', '#d6b48a'], roughness: [0.52, 0.45], normalStrength: 0.3, detail: 0.25, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    id: 'birch_wood', family: 'wood', tags: ['wood', 'pale', 'yellowish', 'scandinavian', 'furniture'], synonyms: ['birch', 'yellow birch', 'silver birch wood'],
    pbr: { baseColor: '#cdb28a', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 16, distortion: 0.2 }, colors: ['#b2966e', '#c9ae85', '#d3b991'], roughness: [0.64, 0.57], normalStrength: 0.3, detail: 0.25, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  {
    id: 'ash_wood', family: 'wood', tags: ['wood', 'light', 'tan', 'furniture', 'tool'], synonyms: ['ashwood', 'white ash', 'european ash'],
    pbr: { baseColor: '#bb9e79', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 11, distortion: 0.3 }, colors: ['#896c4b', '#b59771', '#c6a984'], roughness: [0.7, 0.58], normalStrength: 0.7, detail: 0.25, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'beech_wood', family: 'wood', tags: ['wood', 'pinkish', 'light', 'chair', 'toy'], synonyms: ['beech', 'european beech', 'steamed beech'],
    pbr: { baseColor: '#c49a73', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 20, distortion: 0.15 }, colors: ['#a97f5b', '#c0956e', '#cba17a'], roughness: [0.66, 0.58], normalStrength: 0.3, detail: 0.35, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  {
    id: 'elm_wood', family: 'wood', tags: ['wood', 'brown', 'wild', 'grain', 'rustic'], synonyms: ['elm', 'english elm'],
    pbr: { baseColor: '#9c7552', metallic: 0, roughness: 0.63 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.6 }, colors: ['#68472c', '#936c49', '#a9815d'], roughness: [0.7, 0.58], normalStrength: 0.7, detail: 0.3, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'hickory_wood', family: 'wood', tags: ['wood', 'contrasting', 'rustic', 'floor', 'cabinet'], synonyms: ['hickory', 'pecan wood'],
    pbr: { baseColor: '#a88763', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 9, distortion: 0.5 }, colors: ['#624229', '#997652', '#ba9a74'], roughness: [0.66, 0.56], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'olive_wood', family: 'wood', tags: ['wood', 'oiled', 'cream', 'figured', 'kitchen', 'mediterranean'], synonyms: ['olivewood', 'olive tree wood'],
    pbr: { baseColor: '#a78b66', metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'wood', rings: 20, distortion: 0.8 }, colors: ['#543a22', '#9a7c55', '#b99d77'], roughness: [0.5, 0.42], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.3 },
    source: 'dontnod',
  },
  // ── Softwoods ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'pine', family: 'wood', tags: ['wood', 'yellow', 'light', 'softwood', 'construction'], synonyms: ['pine wood', 'scots pine', 'deal', 'softwood'],
    pbr: { baseColor: '#c79f6c', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'wood', rings: 8, distortion: 0.25 }, colors: ['#9b7044', '#c29764', '#d0aa77'], roughness: [0.72, 0.68], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.4 },
    source: 'pbdb',
  },
  {
    id: 'knotty_pine', family: 'wood', tags: ['wood', 'amber', 'knots', 'cabin', 'rustic', 'panelling'], synonyms: ['knotty pine panelling', 'pine with knots'],
    pbr: { baseColor: '#b88b59', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 9, distortion: 0.75 }, colors: ['#704721', '#b38450', '#c39765'], roughness: [0.66, 0.6], normalStrength: 0.5, detail: 0.3, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'pine_varnished_amber', family: 'wood', tags: ['wood', 'amber', 'varnished', 'vintage', 'cabin'], synonyms: ['aged varnished pine', 'yellowed pine varnish', 'orange pine'],
    pbr: { baseColor: '#b0743a', metallic: 0, roughness: 0.4, clearcoat: 0.7, clearcoatRoughness: 0.18 },
    texture: { pattern: { kind: 'wood', rings: 8, distortion: 0.3 }, colors: ['#80491a', '#a96c33', '#bb7f42'], roughness: [0.45, 0.38], normalStrength: 0.25, detail: 0.2, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    id: 'spruce_wood', family: 'wood', tags: ['wood', 'pale', 'softwood', 'tonewood', 'construction'], synonyms: ['spruce', 'whitewood', 'norway spruce'],
    pbr: { baseColor: '#cbb088', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'wood', rings: 22, distortion: 0.1 }, colors: ['#ac8e66', '#c7ab83', '#d2b890'], roughness: [0.74, 0.68], normalStrength: 0.35, detail: 0.15, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'douglas_fir', family: 'wood', tags: ['wood', 'orange', 'softwood', 'beam', 'construction'], synonyms: ['fir', 'oregon pine', 'doug fir'],
    pbr: { baseColor: '#bb8a5e', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.2 }, colors: ['#85522d', '#b38154', '#c7976a'], roughness: [0.72, 0.68], normalStrength: 0.55, detail: 0.2, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'cedar_wood', family: 'wood', tags: ['wood', 'reddish', 'aromatic', 'cladding', 'sauna'], synonyms: ['western red cedar', 'cedar'],
    pbr: { baseColor: '#a46942', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.25 }, colors: ['#723f21', '#9b5e38', '#b1764d'], roughness: [0.74, 0.66], normalStrength: 0.5, detail: 0.3, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  {
    id: 'redwood_lumber', family: 'wood', tags: ['wood', 'red', 'softwood', 'deck', 'outdoor'], synonyms: ['redwood', 'california redwood', 'sequoia wood'],
    pbr: { baseColor: '#98543c', metallic: 0, roughness: 0.68 },
    texture: { pattern: { kind: 'wood', rings: 18, distortion: 0.15 }, colors: ['#68301d', '#904b33', '#a45f45'], roughness: [0.72, 0.65], normalStrength: 0.45, detail: 0.25, tileSizeM: 0.45 },
    source: 'dontnod',
  },
  // ── Tropical and exotic ────────────────────────────────────────────────────────────────────────────────
  {
    id: 'mahogany', family: 'wood', tags: ['wood', 'reddish', 'brown', 'antique', 'furniture'], synonyms: ['mahogany wood', 'honduras mahogany', 'swietenia'],
    pbr: { baseColor: '#7c452c', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.2 }, colors: ['#522716', '#743e27', '#874d32'], roughness: [0.65, 0.56], normalStrength: 0.35, detail: 0.2, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'mahogany_french_polished', family: 'wood', tags: ['wood', 'deep red', 'glossy', 'antique', 'piano', 'victorian'], synonyms: ['french polish', 'shellac mahogany', 'polished mahogany'],
    pbr: { baseColor: '#68331f', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.04 },
    texture: { pattern: { kind: 'wood', rings: 14, distortion: 0.2 }, colors: ['#431c10', '#602d1b', '#723a24'], roughness: [0.32, 0.28], normalStrength: 0.1, detail: 0.15, tileSizeM: 0.5 },
    source: 'substance',
  },
  {
    id: 'sapele', family: 'wood', tags: ['wood', 'reddish', 'ribbon', 'striped', 'door'], synonyms: ['sapele mahogany', 'sapelli'],
    pbr: { baseColor: '#8e4f35', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 30, distortion: 0.05 }, colors: ['#622f1b', '#83462c', '#9b593e'], roughness: [0.65, 0.56], normalStrength: 0.25, detail: 0.15, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'teak', family: 'wood', tags: ['wood', 'golden', 'brown', 'outdoor', 'boat', 'oily'], synonyms: ['teak wood', 'burmese teak', 'tectona'],
    pbr: { baseColor: '#996b41', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'wood', rings: 12, distortion: 0.3 }, colors: ['#684322', '#906238', '#a5764b'], roughness: [0.55, 0.47], normalStrength: 0.4, detail: 0.25, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'teak_deck_weathered', family: 'wood', tags: ['wood', 'silver', 'grey', 'weathered', 'deck', 'boat'], synonyms: ['silvered teak', 'weathered teak', 'boat deck'],
    pbr: { baseColor: '#8f877c', metallic: 0, roughness: 0.82 },
    texture: { pattern: { kind: 'planks', boards: 12, gap: 0.006, stagger: 0.5 }, colors: ['#2a2622', '#8f877b', '#a39c90'], roughness: [0.9, 0.8], normalStrength: 0.9, detail: 0.4, tileSizeM: 0.8 },
    source: 'dontnod',
  },
  {
    id: 'ipe', family: 'wood', tags: ['wood', 'brown', 'hardwood', 'decking', 'outdoor'], synonyms: ['ipe decking', 'brazilian walnut', 'lapacho'],
    pbr: { baseColor: '#705039', metallic: 0, roughness: 0.58 },
    texture: { pattern: { kind: 'planks', boards: 7, gap: 0.006, stagger: 0.5 }, colors: ['#3a281b', '#6c4c35', '#7f5c43'], roughness: [0.64, 0.55], normalStrength: 0.6, detail: 0.3, tileSizeM: 1 },
    source: 'dontnod',
  },
  {
    id: 'ebony_wood', family: 'wood', tags: ['wood', 'black', 'very dark', 'polished', 'instrument'], synonyms: ['ebony', 'gaboon ebony', 'diospyros'],
    pbr: { baseColor: '#302723', metallic: 0, roughness: 0.35 },
    texture: { pattern: { kind: 'wood', rings: 16, distortion: 0.2 }, colors: ['#1c1614', '#2a221f', '#362c28'], roughness: [0.38, 0.33], normalStrength: 0.15, detail: 0.15, tileSizeM: 0.3 },
    source: 'dontnod',
  },
  {
    id: 'rosewood', family: 'wood', tags: ['wood', 'oily', 'dark', 'purple brown', 'guitar', 'luxury'], synonyms: ['indian rosewood', 'palisander', 'dalbergia'],
    pbr: { baseColor: '#643a2c', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'wood', rings: 18, distortion: 0.35 }, colors: ['#331812', '#593125', '#714334'], roughness: [0.55, 0.46], normalStrength: 0.3, detail: 0.25, tileSizeM: 0.35 },
    source: 'dontnod',
  },
  {
    id: 'wenge', family: 'wood', tags: ['wood', 'chocolate', 'dark', 'modern', 'furniture'], synonyms: ['wenge wood', 'millettia'],
    pbr: { baseColor: '#513e33', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 26, distortion: 0.1 }, colors: ['#241914', '#453227', '#5e4a3e'], roughness: [0.68, 0.55], normalStrength: 0.7, detail: 0.2, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'zebrawood', family: 'wood', tags: ['wood', 'striped', 'exotic', 'veneer', 'contrast'], synonyms: ['zebrano', 'zebra wood'],
    pbr: { baseColor: '#a48a66', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 28, distortion: 0.15 }, colors: ['#442e19', '#92744e', '#b9a17c'], roughness: [0.65, 0.56], normalStrength: 0.3, detail: 0.15, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'padauk', family: 'wood', tags: ['wood', 'orange', 'red', 'exotic', 'vivid'], synonyms: ['african padauk', 'vermilion wood', 'barwood'],
    pbr: { baseColor: '#a7482d', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'wood', rings: 16, distortion: 0.2 }, colors: ['#732714', '#9e3f25', '#b45235'], roughness: [0.65, 0.56], normalStrength: 0.4, detail: 0.25, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'acacia_wood', family: 'wood', tags: ['wood', 'oiled', 'brown', 'variegated', 'tabletop', 'kitchen'], synonyms: ['acacia', 'koa'],
    pbr: { baseColor: '#8f6546', metallic: 0, roughness: 0.46 },
    texture: { pattern: { kind: 'wood', rings: 12, distortion: 0.55 }, colors: ['#4b2e1a', '#805638', '#a17553'], roughness: [0.5, 0.43], normalStrength: 0.4, detail: 0.3, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'balsa_wood', family: 'wood', tags: ['wood', 'pale', 'lightweight', 'model', 'craft'], synonyms: ['balsa', 'ochroma'],
    pbr: { baseColor: '#cdb994', metallic: 0, roughness: 0.78 },
    texture: { pattern: { kind: 'wood', rings: 6, distortion: 0.1 }, colors: ['#b8a37c', '#cab691', '#d2be9a'], roughness: [0.8, 0.76], normalStrength: 0.4, detail: 0.45, tileSizeM: 0.3 },
    source: 'dontnod',
  },
  {
    id: 'bamboo_wood', family: 'wood', tags: ['wood', 'bamboo', 'natural', 'floor', 'eco'], synonyms: ['bamboo board', 'laminated bamboo', 'bamboo flooring'],
    pbr: { baseColor: '#caab73', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'planks', boards: 18, gap: 0.003, stagger: 0.7 }, colors: ['#a88852', '#caaa71', '#d7b981'], roughness: [0.55, 0.47], normalStrength: 0.3, detail: 0.2, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'bamboo_carbonised', family: 'wood', tags: ['wood', 'bamboo', 'caramel', 'floor', 'lacquered'], synonyms: ['carbonized bamboo', 'caramel bamboo', 'strand woven bamboo'],
    pbr: { baseColor: '#986c43', metallic: 0, roughness: 0.4, clearcoat: 0.5, clearcoatRoughness: 0.25 },
    texture: { pattern: { kind: 'planks', boards: 18, gap: 0.003, stagger: 0.7 }, colors: ['#6a4422', '#96693f', '#ab7e53'], roughness: [0.45, 0.38], normalStrength: 0.25, detail: 0.35, tileSizeM: 0.4 },
    source: 'substance',
  },
  // ── Engineered boards ──────────────────────────────────────────────────────────────────────────────────
  {
    id: 'plywood', family: 'wood', tags: ['wood', 'sheet', 'construction', 'sheathing', 'raw'], synonyms: ['construction plywood', 'cdx plywood', 'ply', 'fir plywood'],
    pbr: { baseColor: '#c09a6c', metallic: 0, roughness: 0.72 },
    texture: { pattern: { kind: 'wood', rings: 5, distortion: 0.65 }, colors: ['#956b41', '#ba9364', '#caa476'], roughness: [0.76, 0.68], normalStrength: 0.45, detail: 0.3, tileSizeM: 0.6 },
    source: 'dontnod',
  },
  {
    id: 'plywood_birch', family: 'wood', tags: ['wood', 'sheet', 'pale', 'furniture', 'diy'], synonyms: ['baltic birch plywood', 'birch ply', 'russian birch plywood'],
    pbr: { baseColor: '#d0b792', metallic: 0, roughness: 0.62 },
    texture: { pattern: { kind: 'wood', rings: 4, distortion: 0.5 }, colors: ['#b99d77', '#cdb38e', '#d5bd99'], roughness: [0.65, 0.6], normalStrength: 0.2, detail: 0.25, tileSizeM: 0.6 },
    source: 'dontnod',
  },
  {
    id: 'mdf', family: 'wood', tags: ['wood', 'board', 'brown', 'smooth', 'engineered'], synonyms: ['medium density fibreboard', 'fiberboard', 'mdf board'],
    pbr: { baseColor: '#a07c57', metallic: 0, roughness: 0.72 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.5 }, colors: ['#937050', '#a07c57', '#ab885f'], roughness: [0.74, 0.7], normalStrength: 0.1, detail: 0.4, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'osb', family: 'wood', tags: ['wood', 'board', 'strands', 'construction', 'industrial'], synonyms: ['oriented strand board', 'sterling board', 'waferboard'],
    pbr: { baseColor: '#af895c', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'cells', scale: 14, jitter: 1, output: 'cells' }, colors: ['#7e5a35', '#b68e5e', '#d1ad7b'], roughness: [0.74, 0.64], normalStrength: 0.7, detail: 0.35, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    id: 'chipboard', family: 'wood', tags: ['wood', 'board', 'particles', 'flatpack', 'raw'], synonyms: ['particle board', 'particleboard', 'flakeboard'],
    pbr: { baseColor: '#af8e68', metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'cells', scale: 60, jitter: 1, output: 'cells' }, colors: ['#8a6a47', '#b59269', '#cdae86'], roughness: [0.84, 0.76], normalStrength: 0.5, detail: 0.4, tileSizeM: 0.2 },
    source: 'substance',
  },
  // ── Floors ─────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'wood_planks', family: 'wood', tags: ['wood', 'floor', 'planks', 'boards', 'interior'], synonyms: ['floorboards', 'wooden floor', 'hardwood floor', 'plank floor'],
    pbr: { baseColor: '#a27951', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'planks', boards: 6, gap: 0.003, stagger: 0.5 }, colors: ['#6d4a2a', '#9c724a', '#b38a5f'], roughness: [0.58, 0.46], normalStrength: 0.6, detail: 0.25, tileSizeM: 1 },
    source: 'dontnod',
  },
  {
    id: 'floorboards_dark_stained', family: 'wood', tags: ['wood', 'floor', 'dark', 'stained', 'satin'], synonyms: ['dark oak floor', 'espresso floor', 'stained floorboards'],
    pbr: { baseColor: '#60402c', metallic: 0, roughness: 0.4, clearcoat: 0.5, clearcoatRoughness: 0.3 },
    texture: { pattern: { kind: 'planks', boards: 6, gap: 0.002, stagger: 0.4 }, colors: ['#382318', '#5b3c29', '#6d4933'], roughness: [0.46, 0.38], normalStrength: 0.4, detail: 0.2, tileSizeM: 1.1 },
    source: 'substance',
  },
  {
    id: 'floorboards_painted_white', family: 'wood', tags: ['wood', 'floor', 'whitewashed', 'scandinavian', 'beach house'], synonyms: ['whitewashed floor', 'limed oak floor', 'white washed boards'],
    pbr: { baseColor: '#c2baaa', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'planks', boards: 6, gap: 0.004, stagger: 0.5 }, colors: ['#8a8070', '#c0b7a7', '#cdc5b6'], roughness: [0.66, 0.58], normalStrength: 0.5, detail: 0.3, tileSizeM: 1.1 },
    source: 'substance',
  },
  {
    id: 'parquet_herringbone', family: 'wood', tags: ['wood', 'floor', 'parquet', 'herringbone', 'classic', 'varnished'], synonyms: ['herringbone floor', 'chevron parquet', 'parquetry'],
    pbr: { baseColor: '#9c7148', metallic: 0, roughness: 0.42, clearcoat: 0.6, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'planks', boards: 10, gap: 0.002, stagger: 0.5 }, colors: ['#6c4625', '#966a41', '#ad8156'], roughness: [0.48, 0.4], normalStrength: 0.35, detail: 0.2, tileSizeM: 0.7 },
    source: 'substance',
  },
  {
    id: 'parquet_mosaic_oak', family: 'wood', tags: ['wood', 'floor', 'parquet', 'mosaic', 'retro'], synonyms: ['finger parquet', 'basket weave parquet', 'mosaic parquet'],
    pbr: { baseColor: '#ad855d', metallic: 0, roughness: 0.48 },
    texture: { pattern: { kind: 'tiles', rows: 4, columns: 4, grout: 0.01 }, colors: ['#6f4f30', '#a47d54', '#b78f66'], roughness: [0.55, 0.45], normalStrength: 0.35, detail: 0.4, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'deck_pressure_treated', family: 'wood', tags: ['wood', 'deck', 'greenish', 'outdoor', 'garden'], synonyms: ['pressure treated lumber', 'tanalised timber', 'cca wood', 'treated pine'],
    pbr: { baseColor: '#a08f66', metallic: 0, roughness: 0.75 },
    texture: { pattern: { kind: 'planks', boards: 7, gap: 0.007, stagger: 0.5 }, colors: ['#3d3524', '#9e8c61', '#b3a277'], roughness: [0.82, 0.72], normalStrength: 0.8, detail: 0.3, tileSizeM: 1 },
    source: 'dontnod',
  },
  // ── Rough, aged and burnt ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'bark', family: 'wood', tags: ['wood', 'bark', 'tree', 'rough', 'brown', 'forest'], synonyms: ['tree bark', 'oak bark', 'pine bark'],
    pbr: { baseColor: '#605240', metallic: 0, roughness: 0.92 },
    texture: { pattern: { kind: 'ridged', scale: 4, octaves: 5, gain: 0.55 }, colors: ['#1c1611', '#4a3c2f', '#63543f', '#7a6c5b'], roughness: [0.96, 0.88], normalStrength: 2.5, detail: 0.35, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'bark_birch', family: 'wood', tags: ['wood', 'bark', 'white', 'papery', 'tree'], synonyms: ['birch bark', 'silver birch bark', 'paper birch'],
    pbr: { baseColor: '#adaaa1', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'stripes', count: 14, softness: 0.4 }, colors: ['#2d2925', '#c4c0b6', '#d9d5cb'], roughness: [0.9, 0.65], normalStrength: 0.6, detail: 0.5, tileSizeM: 0.3 },
    source: 'dontnod',
  },
  {
    id: 'weathered_wood', family: 'wood', tags: ['wood', 'grey', 'weathered', 'rough', 'old', 'fence'], synonyms: ['silvered wood', 'aged wood', 'grey wood', 'weathered timber'],
    pbr: { baseColor: '#7c776f', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'wood', rings: 9, distortion: 0.45 }, colors: ['#37332f', '#716c63', '#8a867d'], roughness: [0.95, 0.84], normalStrength: 1.6, detail: 0.45, tileSizeM: 0.4 },
    source: 'dontnod',
  },
  {
    id: 'reclaimed_barn_wood', family: 'wood', tags: ['wood', 'rustic', 'brown grey', 'reclaimed', 'farmhouse', 'boards'], synonyms: ['barn wood', 'barnwood', 'reclaimed timber', 'pallet wood'],
    pbr: { baseColor: '#7d6e5e', metallic: 0, roughness: 0.84 },
    texture: { pattern: { kind: 'planks', boards: 5, gap: 0.008, stagger: 0.6 }, colors: ['#241c15', '#64503e', '#807060', '#948a7b'], roughness: [0.92, 0.8], normalStrength: 1.4, detail: 0.5, tileSizeM: 1 },
    source: 'dontnod',
  },
  {
    id: 'driftwood', family: 'wood', tags: ['wood', 'bleached', 'pale grey', 'beach', 'smooth'], synonyms: ['drift wood', 'sea-bleached wood', 'beach wood'],
    pbr: { baseColor: '#a59e94', metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'wood', rings: 7, distortion: 0.6 }, colors: ['#6f6762', '#9e978d', '#b0a99f'], roughness: [0.86, 0.76], normalStrength: 1, detail: 0.3, tileSizeM: 0.35 },
    source: 'dontnod',
  },
  {
    id: 'charred_wood', family: 'wood', tags: ['wood', 'black', 'charred', 'burnt', 'cladding', 'rough'], synonyms: ['shou sugi ban', 'yakisugi', 'burnt wood', 'charred timber'],
    pbr: { baseColor: '#332e2c', metallic: 0, roughness: 0.93 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.9, output: 'edges' }, colors: ['#161413', '#2c2725', '#393431'], roughness: [0.98, 0.9], normalStrength: 2.2, detail: 0.5, tileSizeM: 0.25 },
    source: 'unreal',
  },
  {
    id: 'charred_wood_brushed', family: 'wood', tags: ['wood', 'black', 'brushed', 'oiled', 'cladding', 'japanese'], synonyms: ['brushed shou sugi ban', 'brushed yakisugi', 'oiled charred wood'],
    pbr: { baseColor: '#332822', metallic: 0, roughness: 0.55 },
    texture: { pattern: { kind: 'wood', rings: 10, distortion: 0.35 }, colors: ['#100d0d', '#261f1b', '#3f3129'], roughness: [0.62, 0.5], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.4 },
    source: 'unreal',
  },
];
