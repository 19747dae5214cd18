import type { MaterialPreset } from '../types.js';

/*
 * Paints and coatings. Sources and conventions:
 * - Automotive paint follows physicallybased.info ('pbdb', "Car Paint" / "Polyurethane"): a pigmented base coat
 *   under a clear polyurethane top coat → clearcoat 1, clearcoatRoughness 0.02–0.08, base roughness 0.3–0.5.
 *   Metallic and pearl paints carry aluminium or mica flakes in the base coat; as a coating, the flake
 *   contribution is expressed as partial metalness (0.3–0.7), which this family allows.
 * - Measured paints/boards come from pbdb (blackboard, whiteboard, Musou Black). Other pigment colours are sRGB
 *   hex chosen inside the PBR Guide's 30–240 sRGB dielectric range ('substance'); roughness follows sheen class
 *   (flat ≈ 0.9, eggshell ≈ 0.6, satin ≈ 0.45, gloss ≈ 0.1–0.15).
 * - Anodised aluminium is metal under a dyed, transparent oxide: metallic 1 with a tinted F0 whose luminance is
 *   kept ≥ 0.3 (pbdb's red anodised sample, F0 [0.6, 0, 0], is lifted to stay in that range). Black anodising is
 *   treated as the dark oxide dielectric it looks like (Al2O3 ior ≈ 1.65).
 * - Recipe colours are sRGB hex; with a recipe, pbr.baseColor is the average colour (used when textures are off).
 */
export const PAINT_PRESETS: MaterialPreset[] = [
  // ── Automotive ─────────────────────────────────────────────────────────────────────────────────────────
  { id: 'car_paint_red', family: 'paint', tags: ['red', 'glossy', 'metallic', 'vehicle', 'sports'], synonyms: ['car paint', 'automotive paint', 'red car paint'], pbr: { baseColor: '#8f0a0a', metallic: 0.3, roughness: 0.4, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  { id: 'car_paint_black', family: 'paint', tags: ['black', 'glossy', 'solid', 'vehicle', 'luxury'], synonyms: ['solid black car paint', 'jet black'], pbr: { baseColor: '#141414', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  { id: 'car_paint_white', family: 'paint', tags: ['white', 'glossy', 'solid', 'vehicle', 'clean'], synonyms: ['solid white car paint', 'polar white'], pbr: { baseColor: '#e6e6e3', metallic: 0, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.04 }, source: 'pbdb' },
  { id: 'car_paint_silver_metallic', family: 'paint', tags: ['silver', 'grey', 'metallic', 'vehicle', 'modern'], synonyms: ['silver car paint', 'metallic silver'], pbr: { baseColor: '#b4b8bc', metallic: 0.7, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  { id: 'car_paint_blue_metallic', family: 'paint', tags: ['blue', 'metallic', 'glossy', 'vehicle', 'sports'], synonyms: ['blue metallic car paint', 'metallic blue'], pbr: { baseColor: '#1d3f8c', metallic: 0.5, roughness: 0.4, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  { id: 'car_paint_green_metallic', family: 'paint', tags: ['green', 'dark', 'metallic', 'vehicle', 'classic'], synonyms: ['british racing green', 'metallic green'], pbr: { baseColor: '#0f3d27', metallic: 0.4, roughness: 0.4, clearcoat: 1, clearcoatRoughness: 0.04 }, source: 'pbdb' },
  { id: 'car_paint_yellow', family: 'paint', tags: ['yellow', 'glossy', 'solid', 'vehicle', 'bright'], synonyms: ['yellow car paint', 'solid yellow'], pbr: { baseColor: '#f2c300', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.03 }, source: 'pbdb' },
  // Mica flakes give a soft, angle-dependent tint: approximated with a cool sheen (colour chosen).
  { id: 'car_paint_pearl_white', family: 'paint', tags: ['white', 'pearlescent', 'glossy', 'vehicle', 'luxury'], synonyms: ['pearlescent white', 'tri-coat white', 'pearl paint'], pbr: { baseColor: '#eeece4', metallic: 0, roughness: 0.35, clearcoat: 1, clearcoatRoughness: 0.03, sheenColor: '#dfe8ff', sheenRoughness: 0.4 }, source: 'pbdb' },
  // Candy: a transparent tinted coat over a bright metallic base, hence the deep colour with strong metalness.
  { id: 'candy_apple_red', family: 'paint', tags: ['red', 'deep', 'candy', 'custom', 'hotrod'], synonyms: ['candy red', 'candy paint', 'kandy'], pbr: { baseColor: '#8a0515', metallic: 0.6, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.02 }, source: 'pbdb' },
  {
    // Large (0.1–0.4 mm) metal flakes visible as sparkle: a fine cellular flake map over a 2 cm tile.
    id: 'metalflake_gold', family: 'paint', tags: ['gold', 'sparkle', 'custom', 'hotrod', 'retro'], synonyms: ['metal flake', 'gold flake paint', 'glitter paint'],
    pbr: { baseColor: '#bb9030', metallic: 0.7, roughness: 0.45, clearcoat: 1, clearcoatRoughness: 0.02 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 1, output: 'cells' }, colors: ['#8a6414', '#e0b040'], roughness: [0.5, 0.3], metallic: [0.5, 0.9], normalStrength: 0.2, detail: 0.1, tileSizeM: 0.02 },
    source: 'pbdb',
  },

  // ── Lacquers and enamels ───────────────────────────────────────────────────────────────────────────────
  { id: 'lacquer', family: 'paint', tags: ['black', 'glossy', 'traditional', 'japanese', 'furniture'], synonyms: ['urushi', 'japanning', 'lacquerware', 'black lacquer'], pbr: { baseColor: '#1a1512', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.05 }, source: 'substance' },
  { id: 'lacquer_red', family: 'paint', tags: ['red', 'glossy', 'chinese', 'traditional', 'ornamental'], synonyms: ['cinnabar lacquer', 'chinese red lacquer'], pbr: { baseColor: '#9a1c12', metallic: 0, roughness: 0.3, clearcoat: 1, clearcoatRoughness: 0.05 }, source: 'substance' },
  { id: 'piano_black', family: 'paint', tags: ['black', 'glossy', 'mirror', 'piano', 'luxury'], synonyms: ['high gloss black', 'piano lacquer', 'piano finish'], pbr: { baseColor: '#121212', metallic: 0, roughness: 0.2, clearcoat: 1, clearcoatRoughness: 0.02 }, source: 'substance' },
  { id: 'enamel_paint_gloss_white', family: 'paint', tags: ['white', 'gloss', 'trim', 'doors', 'interior'], synonyms: ['gloss paint', 'oil enamel', 'trim paint'], pbr: { baseColor: '#eeeeea', metallic: 0, roughness: 0.12 }, source: 'substance' },
  { id: 'enamel_paint_red', family: 'paint', tags: ['red', 'gloss', 'signage', 'machinery', 'vintage'], synonyms: ['signal red', 'red enamel', 'ral 3000'], pbr: { baseColor: '#a3221c', metallic: 0, roughness: 0.12 }, source: 'substance' },

  // ── Architectural paints ───────────────────────────────────────────────────────────────────────────────
  { id: 'house_paint_matte_white', family: 'paint', tags: ['white', 'matte', 'wall', 'interior', 'ceiling'], synonyms: ['emulsion', 'flat paint', 'wall paint', 'matt white'], pbr: { baseColor: '#eceae4', metallic: 0, roughness: 0.9 }, source: 'substance' },
  { id: 'house_paint_eggshell', family: 'paint', tags: ['cream', 'eggshell', 'wall', 'interior', 'warm'], synonyms: ['eggshell paint', 'magnolia'], pbr: { baseColor: '#efe6d0', metallic: 0, roughness: 0.6 }, source: 'substance' },
  { id: 'house_paint_satin_grey', family: 'paint', tags: ['grey', 'satin', 'wall', 'interior', 'modern'], synonyms: ['satin paint', 'midsheen', 'grey wall paint'], pbr: { baseColor: '#9c9c97', metallic: 0, roughness: 0.45 }, source: 'substance' },
  { id: 'chalk_paint', family: 'paint', tags: ['cream', 'chalky', 'matte', 'furniture', 'shabby'], synonyms: ['chalky paint', 'shabby chic paint'], pbr: { baseColor: '#d9d3c4', metallic: 0, roughness: 0.95 }, source: 'substance' },
  { id: 'milk_paint_blue', family: 'paint', tags: ['blue', 'matte', 'colonial', 'furniture', 'rustic'], synonyms: ['milk paint', 'colonial blue'], pbr: { baseColor: '#4d6b80', metallic: 0, roughness: 0.85 }, source: 'substance' },
  {
    id: 'crackle_paint_white', family: 'paint', tags: ['white', 'cracked', 'vintage', 'distressed', 'furniture'], synonyms: ['craquelure', 'crackle finish', 'crackled paint'],
    pbr: { baseColor: '#ddd6ca', metallic: 0, roughness: 0.75 },
    texture: { pattern: { kind: 'cells', scale: 14, jitter: 0.9, output: 'edges' }, colors: ['#4a3a2a', '#e8e2d4', '#efe9dc'], roughness: [0.9, 0.7], normalStrength: 1, detail: 0.3, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    // Flaking exterior paint exposing grey weathered timber in patches.
    id: 'peeling_paint_green', family: 'paint', tags: ['green', 'peeling', 'weathered', 'abandoned', 'rustic'], synonyms: ['flaking paint', 'weathered paint', 'chipped paint'],
    pbr: { baseColor: '#5e7a68', metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'rust', coverage: 0.35, scale: 5 }, colors: ['#3f6e58', '#4a7a62', '#8a8478'], roughness: [0.7, 0.9], normalStrength: 1.5, detail: 0.4, tileSizeM: 0.6 },
    source: 'substance',
  },

  // ── Industrial coatings ────────────────────────────────────────────────────────────────────────────────
  {
    // Orange-peel texture of a cured powder coat.
    id: 'powder_coat_black', family: 'paint', tags: ['black', 'textured', 'satin', 'industrial', 'furniture'], synonyms: ['powder coating', 'textured black', 'powdercoat'],
    pbr: { baseColor: '#1c1c1c', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 3, gain: 0.5 }, colors: ['#1a1a1a', '#1e1e1e'], roughness: [0.55, 0.45], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  { id: 'safety_yellow_paint', family: 'paint', tags: ['yellow', 'industrial', 'machinery', 'warning', 'satin'], synonyms: ['ral 1003', 'machinery yellow', 'caution yellow'], pbr: { baseColor: '#f5a800', metallic: 0, roughness: 0.45 }, source: 'substance' },
  { id: 'primer_grey', family: 'paint', tags: ['grey', 'matte', 'primer', 'workshop', 'unfinished'], synonyms: ['grey primer', 'undercoat', 'filler primer'], pbr: { baseColor: '#8d8e8a', metallic: 0, roughness: 0.8 }, source: 'substance' },
  { id: 'primer_red_oxide', family: 'paint', tags: ['red', 'brown', 'primer', 'steelwork', 'industrial'], synonyms: ['red oxide primer', 'red lead', 'metal primer'], pbr: { baseColor: '#7a2f1f', metallic: 0, roughness: 0.75 }, source: 'substance' },
  { id: 'epoxy_floor_paint', family: 'paint', tags: ['grey', 'glossy', 'floor', 'garage', 'industrial'], synonyms: ['garage floor paint', 'epoxy coating', 'floor epoxy'], pbr: { baseColor: '#8a9096', metallic: 0, roughness: 0.12 }, source: 'substance' },
  { id: 'antifouling_paint_red', family: 'paint', tags: ['red', 'matte', 'boat', 'hull', 'marine'], synonyms: ['bottom paint', 'hull antifouling', 'antifoul'], pbr: { baseColor: '#8a2d20', metallic: 0, roughness: 0.75 }, source: 'substance' },
  {
    // Road marking with embedded glass beads: speckled, rougher where the beads have worn out.
    id: 'road_marking_white', family: 'paint', tags: ['white', 'road', 'street', 'marking', 'urban'], synonyms: ['road paint', 'line marking', 'thermoplastic marking'],
    pbr: { baseColor: '#dcdcd6', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 30, octaves: 3, gain: 0.5 }, colors: ['#c8c8c2', '#ecece6'], roughness: [0.75, 0.5], normalStrength: 0.6, detail: 0.5, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'road_marking_yellow', family: 'paint', tags: ['yellow', 'road', 'street', 'marking', 'urban'], synonyms: ['yellow line paint', 'road paint yellow'],
    pbr: { baseColor: '#e0a414', metallic: 0, roughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 30, octaves: 3, gain: 0.5 }, colors: ['#c89410', '#f0b418'], roughness: [0.75, 0.5], normalStrength: 0.6, detail: 0.5, tileSizeM: 0.2 },
    source: 'substance',
  },

  // ── Boards and extreme blacks ──────────────────────────────────────────────────────────────────────────
  { id: 'chalkboard_paint', family: 'paint', tags: ['black', 'matte', 'school', 'chalkboard', 'cafe'], synonyms: ['blackboard paint', 'blackboard'], pbr: { baseColor: [0.039, 0.039, 0.039], metallic: 0, roughness: 0.9 }, source: 'pbdb' },
  { id: 'chalkboard_paint_green', family: 'paint', tags: ['green', 'matte', 'school', 'chalkboard', 'vintage'], synonyms: ['green chalkboard', 'school board'], pbr: { baseColor: '#2f4a3b', metallic: 0, roughness: 0.9 }, source: 'substance' },
  { id: 'whiteboard_paint', family: 'paint', tags: ['white', 'glossy', 'office', 'whiteboard', 'school'], synonyms: ['whiteboard', 'dry erase paint', 'dry erase board'], pbr: { baseColor: [0.869, 0.867, 0.771], metallic: 0, roughness: 0.05 }, source: 'pbdb' },
  { id: 'musou_black_paint', family: 'paint', tags: ['black', 'matte', 'ultrablack', 'void', 'art'], synonyms: ['musou black', 'blackest paint', 'ultra black paint'], pbr: { baseColor: [0.006, 0.006, 0.006], metallic: 0, roughness: 0.9 }, source: 'pbdb' },

  // ── Metallic-effect paints and anodising ───────────────────────────────────────────────────────────────
  // Chrome-effect spray paint: leafing aluminium pigment, so aluminium F0 at slightly less than full metalness.
  { id: 'chrome_effect_paint', family: 'paint', tags: ['silver', 'shiny', 'spray', 'craft', 'hobby'], synonyms: ['chrome spray paint', 'mirror effect paint', 'silver paint'], pbr: { baseColor: [0.913, 0.922, 0.924], metallic: 0.9, roughness: 0.18 }, source: 'lagarde' },
  { id: 'gold_paint', family: 'paint', tags: ['gold', 'metallic', 'craft', 'decorative', 'spray'], synonyms: ['gold spray paint', 'metallic gold paint'], pbr: { baseColor: '#c9a24a', metallic: 0.7, roughness: 0.35 }, source: 'substance' },
  {
    id: 'hammered_finish_paint', family: 'paint', tags: ['grey', 'blue', 'hammered', 'metallic', 'workshop'], synonyms: ['hammerite', 'hammertone', 'hammer finish'],
    pbr: { baseColor: '#56606a', metallic: 0.4, roughness: 0.35 },
    texture: { pattern: { kind: 'cells', scale: 12, jitter: 0.9, output: 'distance' }, colors: ['#3e4850', '#6a7680'], roughness: [0.45, 0.3], metallic: [0.3, 0.5], normalStrength: 2, detail: 0.1, tileSizeM: 0.15 },
    source: 'substance',
  },
  { id: 'anodised_aluminium_red', family: 'paint', tags: ['red', 'anodised', 'metallic', 'gadget', 'bike'], synonyms: ['anodized red', 'red anodized aluminum'], pbr: { baseColor: [0.85, 0.2, 0.2], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'anodised_aluminium_blue', family: 'paint', tags: ['blue', 'anodised', 'metallic', 'gadget', 'bike'], synonyms: ['anodized blue', 'blue anodized aluminum'], pbr: { baseColor: [0.25, 0.45, 0.85], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'anodised_aluminium_gold', family: 'paint', tags: ['gold', 'anodised', 'metallic', 'gadget', 'hardware'], synonyms: ['anodized gold', 'champagne anodized'], pbr: { baseColor: [0.9, 0.7, 0.35], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'anodised_aluminium_purple', family: 'paint', tags: ['purple', 'anodised', 'metallic', 'gadget', 'bike'], synonyms: ['anodized purple', 'violet anodized aluminum'], pbr: { baseColor: [0.6, 0.3, 0.85], metallic: 1, roughness: 0.3 }, source: 'pbdb' },
  { id: 'anodised_aluminium_black', family: 'paint', tags: ['black', 'anodised', 'satin', 'camera', 'gadget'], synonyms: ['anodized black', 'black anodized aluminum'], pbr: { baseColor: '#1c1c1f', metallic: 0, roughness: 0.35, ior: 1.65 }, source: 'pbdb' },
];
