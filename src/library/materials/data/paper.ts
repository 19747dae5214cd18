import type { MaterialPreset } from '../types.js';

/*
 * Paper and cardboard: writing and printing papers, craft and speciality papers, boards and moulded pulp.
 * Sources: albedo from the Physically Based database (pbdb) and the DONTNOD chart (white office paper ≈ 0.7–0.85
 * linear; unbleached kraft and board much darker); coated and glossy stock modelled as a clearcoat over paper,
 * following the Substance PBR guide. Cellulose keeps the default IOR 1.5.
 * Conventions: single sheets are doubleSided; translucent papers (tracing, tissue, rice paper) are thin, with
 * partial transmission. Fibre and tooth come from fine 'noise'; corrugation from 'stripes' (a C-flute is
 * ~8 mm, so 12 flutes to a 0.1 m tile). Ramps run dark → light (sRGB hex) and pbr.baseColor is their average.
 */
export const PAPER_PRESETS: MaterialPreset[] = [
  // ── Writing and printing ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'paper', family: 'paper', tags: ['paper', 'white', 'office', 'printer', 'matte'], synonyms: ['printer paper', 'copy paper', 'a4 paper', 'office paper', 'bond paper'],
    pbr: { baseColor: '#e7e7e3', metallic: 0, roughness: 0.75, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 60, octaves: 4, gain: 0.5 }, colors: ['#dededa', '#e7e7e3', '#eeeeea'], roughness: [0.78, 0.72], normalStrength: 0.1, detail: 0.4, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'paper_recycled_grey', family: 'paper', tags: ['paper', 'grey', 'recycled', 'flecked', 'eco'], synonyms: ['recycled paper', 'eco paper'],
    pbr: { baseColor: '#c1beb5', metallic: 0, roughness: 0.82, doubleSided: true },
    texture: { pattern: { kind: 'cells', scale: 90, jitter: 1, output: 'cells' }, colors: ['#a19d93', '#cac7be', '#d4d1c9'], roughness: [0.85, 0.8], normalStrength: 0.15, detail: 0.5, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'newsprint', family: 'paper', tags: ['paper', 'grey', 'newspaper', 'cheap', 'thin'], synonyms: ['newspaper', 'newsprint paper', 'broadsheet'],
    pbr: { baseColor: '#cdc9bd', metallic: 0, roughness: 0.85, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 70, octaves: 4, gain: 0.55 }, colors: ['#bfbbaf', '#cec9bd', '#d7d3c8'], roughness: [0.88, 0.82], normalStrength: 0.1, detail: 0.5, tileSizeM: 0.05 },
    source: 'dontnod',
  },
  {
    id: 'book_page_yellowed', family: 'paper', tags: ['paper', 'yellowed', 'old', 'book', 'antique', 'foxed'], synonyms: ['old paper', 'aged paper', 'old book page', 'foxed paper'],
    pbr: { baseColor: '#dbcca6', metallic: 0, roughness: 0.82, doubleSided: true },
    texture: { pattern: { kind: 'rust', coverage: 0.25, scale: 6 }, colors: ['#ddcea8', '#d2c198', '#a98a5c'], roughness: [0.8, 0.86], normalStrength: 0.15, detail: 0.4, tileSizeM: 0.2 },
    source: 'dontnod',
  },
  {
    id: 'glossy_magazine_paper', family: 'paper', tags: ['paper', 'white', 'glossy', 'coated', 'magazine'], synonyms: ['coated paper', 'gloss art paper', 'magazine page'],
    pbr: { baseColor: '#e3e3e1', metallic: 0, roughness: 0.35, clearcoat: 0.7, clearcoatRoughness: 0.12, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'photo_paper_glossy', family: 'paper', tags: ['paper', 'white', 'high gloss', 'photograph', 'print'], synonyms: ['photo paper', 'glossy photo', 'rc paper'],
    pbr: { baseColor: '#ebebea', metallic: 0, roughness: 0.2, clearcoat: 1, clearcoatRoughness: 0.03, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'manila_folder', family: 'paper', tags: ['paper', 'buff', 'office', 'folder', 'file'], synonyms: ['manila', 'file folder', 'manila envelope'],
    pbr: { baseColor: '#dcc78e', metallic: 0, roughness: 0.78, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 60, octaves: 4, gain: 0.5 }, colors: ['#d0ba7f', '#ddc88f', '#e4d098'], roughness: [0.8, 0.76], normalStrength: 0.1, detail: 0.4, tileSizeM: 0.06 },
    source: 'dontnod',
  },
  {
    id: 'sticky_note_yellow', family: 'paper', tags: ['paper', 'yellow', 'office', 'note', 'bright'], synonyms: ['post-it', 'sticky note', 'memo note'],
    pbr: { baseColor: '#f3e26c', metallic: 0, roughness: 0.75, doubleSided: true },
    source: 'dontnod',
  },
  {
    id: 'blueprint_paper', family: 'paper', tags: ['paper', 'blue', 'technical', 'drawing', 'vintage'], synonyms: ['blueprint', 'cyanotype', 'architectural print'],
    pbr: { baseColor: '#24508b', metallic: 0, roughness: 0.8, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 30, octaves: 5, gain: 0.5 }, colors: ['#1c4478', '#24508c', '#2d5c9a'], roughness: [0.82, 0.78], normalStrength: 0.1, detail: 0.4, tileSizeM: 0.1 },
    source: 'dontnod',
  },
  // ── Speciality and art papers ──────────────────────────────────────────────────────────────────────────
  {
    id: 'kraft_paper', family: 'paper', tags: ['paper', 'brown', 'kraft', 'packaging', 'bag'], synonyms: ['kraft', 'brown paper', 'butcher paper', 'paper bag'],
    pbr: { baseColor: '#a78361', metallic: 0, roughness: 0.8, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 50, octaves: 5, gain: 0.55 }, colors: ['#93704f', '#a78361', '#b6916d'], roughness: [0.84, 0.76], normalStrength: 0.2, detail: 0.5, tileSizeM: 0.06 },
    source: 'pbdb',
  },
  {
    id: 'parchment', family: 'paper', tags: ['paper', 'cream', 'antique', 'scroll', 'medieval', 'mottled'], synonyms: ['parchment paper', 'scroll', 'old document'],
    pbr: { baseColor: '#d4c39c', metallic: 0, roughness: 0.65, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 3, octaves: 6, gain: 0.6 }, colors: ['#b79f72', '#d6c59e', '#e4d6b3'], roughness: [0.7, 0.6], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.3 },
    source: 'dontnod',
  },
  {
    id: 'vellum', family: 'paper', tags: ['paper', 'cream', 'calfskin', 'manuscript', 'translucent', 'medieval'], synonyms: ['calfskin vellum', 'manuscript vellum', 'skin parchment'],
    pbr: { baseColor: '#e1d6bc', metallic: 0, roughness: 0.5, transmission: 0.2, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 4, octaves: 5, gain: 0.5 }, colors: ['#d1c3a2', '#e3d8be', '#ebe2cb'], roughness: [0.55, 0.46], normalStrength: 0.2, detail: 0.2, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'tracing_paper', family: 'paper', tags: ['paper', 'translucent', 'frosted', 'drafting', 'thin'], synonyms: ['tracing paper', 'drafting vellum', 'glassine'],
    pbr: { baseColor: '#ebebe5', metallic: 0, roughness: 0.5, transmission: 0.45, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'rice_paper', family: 'paper', tags: ['paper', 'translucent', 'fibrous', 'calligraphy', 'lantern', 'asian'], synonyms: ['xuan paper', 'washi', 'mulberry paper', 'shoji paper'],
    pbr: { baseColor: '#ede7d8', metallic: 0, roughness: 0.85, transmission: 0.3, doubleSided: true },
    texture: { pattern: { kind: 'ridged', scale: 20, octaves: 4, gain: 0.5 }, colors: ['#ddd5c2', '#ede7d7', '#f3eee1'], roughness: [0.88, 0.82], normalStrength: 0.3, detail: 0.5, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'tissue_paper', family: 'paper', tags: ['paper', 'white', 'tissue', 'wrapping', 'delicate', 'translucent'], synonyms: ['tissue', 'wrapping tissue', 'gift tissue'],
    pbr: { baseColor: '#efede7', metallic: 0, roughness: 0.8, transmission: 0.35, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 4, gain: 0.5 }, colors: ['#e6e3dc', '#efede7', '#f4f2ed'], roughness: [0.82, 0.78], normalStrength: 0.1, detail: 0.5, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'watercolour_paper', family: 'paper', tags: ['paper', 'white', 'textured', 'art', 'cold press'], synonyms: ['watercolor paper', 'cold press paper', 'cotton rag paper'],
    pbr: { baseColor: '#e7e3d8', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'noise', scale: 30, octaves: 4, gain: 0.45 }, colors: ['#d3cfc4', '#e8e4d9', '#f0ece2'], roughness: [0.94, 0.86], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.05 },
    source: 'dontnod',
  },
  {
    id: 'cardstock_white', family: 'paper', tags: ['paper', 'white', 'heavy', 'card', 'invitation'], synonyms: ['card stock', 'cover stock', 'bristol board'],
    pbr: { baseColor: '#e2e0da', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 50, octaves: 3, gain: 0.4 }, colors: ['#dad8d2', '#e2e0da', '#e8e6e0'], roughness: [0.72, 0.68], normalStrength: 0.1, detail: 0.3, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'construction_paper_yellow', family: 'paper', tags: ['paper', 'yellow', 'craft', 'school', 'matte'], synonyms: ['construction paper', 'sugar paper', 'craft paper'],
    pbr: { baseColor: '#deb539', metallic: 0, roughness: 0.92, doubleSided: true },
    texture: { pattern: { kind: 'noise', scale: 50, octaves: 5, gain: 0.55 }, colors: ['#cfa42c', '#dfb538', '#e7bf45'], roughness: [0.94, 0.9], normalStrength: 0.25, detail: 0.5, tileSizeM: 0.05 },
    source: 'dontnod',
  },
  {
    id: 'origami_paper_red', family: 'paper', tags: ['paper', 'red', 'origami', 'folded', 'craft'], synonyms: ['kami', 'origami paper', 'red craft paper'],
    pbr: { baseColor: '#b8232b', metallic: 0, roughness: 0.6, doubleSided: true },
    source: 'dontnod',
  },
  {
    id: 'origami_paper_blue', family: 'paper', tags: ['paper', 'blue', 'origami', 'folded', 'craft'], synonyms: ['blue origami paper', 'blue kami'],
    pbr: { baseColor: '#21509b', metallic: 0, roughness: 0.6, doubleSided: true },
    source: 'dontnod',
  },
  {
    id: 'wallpaper_striped', family: 'paper', tags: ['paper', 'wallpaper', 'striped', 'sage', 'regency', 'interior'], synonyms: ['striped wallpaper', 'regency stripe', 'wall covering'],
    pbr: { baseColor: '#bfc1ab', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'stripes', count: 8, softness: 0.05 }, colors: ['#8f9a7a', '#c0c5ad', '#e3e0cf'], roughness: [0.72, 0.68], normalStrength: 0.05, detail: 0.2, tileSizeM: 0.5 },
    source: 'dontnod',
  },
  {
    id: 'sandpaper_garnet', family: 'paper', tags: ['paper', 'abrasive', 'orange', 'gritty', 'workshop'], synonyms: ['sandpaper', 'garnet paper', 'glasspaper', 'abrasive paper'],
    pbr: { baseColor: '#a15e3a', metallic: 0, roughness: 0.95 },
    texture: { pattern: { kind: 'cells', scale: 120, jitter: 1, output: 'distance' }, colors: ['#5a2e18', '#a8603a', '#c27a50'], roughness: [1, 0.9], normalStrength: 1.5, detail: 0.2, tileSizeM: 0.025 },
    source: 'dontnod',
  },
  // ── Towels, pulp and papier-mâché ──────────────────────────────────────────────────────────────────────
  {
    id: 'paper_towel', family: 'paper', tags: ['paper', 'white', 'embossed', 'kitchen', 'absorbent'], synonyms: ['kitchen roll', 'paper napkin', 'kitchen towel'],
    pbr: { baseColor: '#e4e1da', metallic: 0, roughness: 0.95, doubleSided: true },
    texture: { pattern: { kind: 'cells', scale: 30, jitter: 0.2, output: 'distance' }, colors: ['#cdcac2', '#e6e3dc', '#eeebe5'], roughness: [0.97, 0.93], normalStrength: 1, detail: 0.5, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'egg_carton_pulp', family: 'paper', tags: ['paper', 'grey', 'moulded pulp', 'packaging', 'recycled'], synonyms: ['moulded pulp', 'egg box', 'molded fiber'],
    pbr: { baseColor: '#a0998d', metallic: 0, roughness: 0.95 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 6, gain: 0.6 }, colors: ['#857e72', '#a0998d', '#b0a99d'], roughness: [0.97, 0.93], normalStrength: 0.9, detail: 0.6, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'papier_mache', family: 'paper', tags: ['paper', 'beige', 'lumpy', 'craft', 'mask', 'handmade'], synonyms: ['papier-mâché', 'paper mache', 'paper pulp sculpture'],
    pbr: { baseColor: '#b3a993', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 1, output: 'cells' }, colors: ['#958a74', '#b7ac96', '#cbc2ae'], roughness: [0.88, 0.8], normalStrength: 0.8, detail: 0.5, tileSizeM: 0.15 },
    source: 'dontnod',
  },
  // ── Cardboard and boards ───────────────────────────────────────────────────────────────────────────────
  {
    id: 'cardboard', family: 'paper', tags: ['cardboard', 'brown', 'corrugated', 'box', 'packaging'], synonyms: ['corrugated cardboard', 'cardboard box', 'carton', 'corrugated fibreboard'],
    pbr: { baseColor: '#a27c56', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'stripes', count: 12, softness: 0.8 }, colors: ['#8e6946', '#a37d57', '#b08a63'], roughness: [0.88, 0.82], normalStrength: 0.35, detail: 0.4, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'cardboard_corrugated_edge', family: 'paper', tags: ['cardboard', 'brown', 'flutes', 'cut edge', 'packaging'], synonyms: ['corrugated edge', 'cardboard flutes', 'fluting'],
    pbr: { baseColor: '#916f4c', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'stripes', count: 4, softness: 1 }, colors: ['#3a2a1b', '#9a7550', '#aa8560'], roughness: [0.95, 0.85], normalStrength: 2, detail: 0.3, tileSizeM: 0.03 },
    source: 'pbdb',
  },
  {
    id: 'greyboard', family: 'paper', tags: ['cardboard', 'grey', 'rigid', 'bookbinding', 'model'], synonyms: ['grey board', 'chipboard card', 'binder board', 'millboard'],
    pbr: { baseColor: '#8b8780', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'noise', scale: 60, octaves: 5, gain: 0.55 }, colors: ['#77736c', '#8c8881', '#9a968f'], roughness: [0.88, 0.82], normalStrength: 0.3, detail: 0.6, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'paperboard_white_coated', family: 'paper', tags: ['cardboard', 'white', 'coated', 'carton', 'retail'], synonyms: ['folding boxboard', 'cereal box', 'coated paperboard', 'sbs board'],
    pbr: { baseColor: '#e6e6e3', metallic: 0, roughness: 0.45, clearcoat: 0.3, clearcoatRoughness: 0.3 },
    source: 'substance',
  },
];
