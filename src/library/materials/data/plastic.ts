import type { MaterialPreset } from '../types.js';

/*
 * Plastics and rubbers: commodity and engineering thermoplastics, clear plastics and films, thermosets,
 * elastomers and foams.
 * Sources: refractive indices at 589 nm from refractiveindex.info (PC 1.585, PMMA 1.49, PET 1.575, PS 1.59,
 * PP 1.49, HDPE 1.54, LDPE 1.51, PVC 1.54, PA6 1.53, PTFE 1.35, PDMS 1.41, natural rubber 1.52, polychloroprene
 * 1.56, polyimide 1.70, phenolic resin 1.63); albedo of pigmented plastics and rubber from the Physically
 * Based database (pbdb), with dyed colours chosen inside the Substance guide's dielectric range.
 * Conventions: every preset states its IOR; clear plastics have transmission 1 and a near-white base colour (the
 * tint), with thickness set for solid parts and left out for thin films (which are doubleSided). Moulded texture,
 * print layer lines and foam cells are recipes whose ramps run dark → light (sRGB hex); pbr.baseColor is their
 * average.
 */
export const PLASTIC_PRESETS: MaterialPreset[] = [
  // ── Moulded product plastics ───────────────────────────────────────────────────────────────────────────
  {
    id: 'plastic_glossy_white', family: 'plastic', tags: ['plastic', 'white', 'glossy', 'product', 'abs'], synonyms: ['abs', 'white plastic', 'gloss white plastic'],
    pbr: { baseColor: '#e8e8e6', metallic: 0, roughness: 0.2, ior: 1.54 },
    source: 'pbdb',
  },
  {
    id: 'appliance_white', family: 'plastic', tags: ['plastic', 'white', 'semi-gloss', 'appliance', 'kitchen'], synonyms: ['white goods plastic', 'appliance plastic', 'polypropylene white'],
    pbr: { baseColor: '#e6e4de', metallic: 0, roughness: 0.35, ior: 1.49 },
    source: 'pbdb',
  },
  {
    id: 'plastic_matte_grey', family: 'plastic', tags: ['plastic', 'grey', 'matte', 'housing', 'tool'], synonyms: ['matte plastic', 'grey plastic', 'satin abs'],
    pbr: { baseColor: '#7a7c7f', metallic: 0, roughness: 0.65, ior: 1.54 },
    texture: { pattern: { kind: 'noise', scale: 120, octaves: 3, gain: 0.5 }, colors: ['#727477', '#7a7c7f', '#818386'], roughness: [0.68, 0.62], normalStrength: 0.15, detail: 0.3, tileSizeM: 0.03 },
    source: 'pbdb',
  },
  {
    id: 'plastic_textured_black', family: 'plastic', tags: ['plastic', 'black', 'textured', 'electronics', 'housing'], synonyms: ['textured abs', 'spark eroded plastic', 'vdi texture'],
    pbr: { baseColor: '#212224', metallic: 0, roughness: 0.7, ior: 1.54 },
    texture: { pattern: { kind: 'noise', scale: 160, octaves: 3, gain: 0.6 }, colors: ['#1a1b1d', '#212224', '#27282a'], roughness: [0.75, 0.65], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'keyboard_black_matte', family: 'plastic', tags: ['plastic', 'black', 'matte', 'keyboard', 'computer'], synonyms: ['keycap plastic', 'keyboard plastic', 'matte black abs'],
    pbr: { baseColor: '#1f1f21', metallic: 0, roughness: 0.58, ior: 1.54 },
    texture: { pattern: { kind: 'noise', scale: 200, octaves: 2, gain: 0.5 }, colors: ['#1b1b1d', '#1f1f21', '#242426'], roughness: [0.62, 0.54], normalStrength: 0.2, detail: 0.2, tileSizeM: 0.02 },
    source: 'pbdb',
  },
  {
    id: 'dashboard_plastic_textured', family: 'plastic', tags: ['plastic', 'dark grey', 'grained', 'car interior', 'automotive'], synonyms: ['dashboard', 'car trim plastic', 'grained pp'],
    pbr: { baseColor: '#2e2f31', metallic: 0, roughness: 0.75, ior: 1.49 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 0.9, output: 'distance' }, colors: ['#222325', '#2f3032', '#37383a'], roughness: [0.8, 0.7], normalStrength: 0.8, detail: 0.2, tileSizeM: 0.08 },
    source: 'pbdb',
  },
  {
    id: 'lego_brick_red', family: 'plastic', tags: ['plastic', 'red', 'glossy', 'toy', 'bricks'], synonyms: ['lego', 'toy brick', 'abs brick', 'building block'],
    pbr: { baseColor: '#c41a0f', metallic: 0, roughness: 0.15, ior: 1.54 },
    source: 'refractiveindex',
  },
  {
    id: 'toy_plastic_yellow', family: 'plastic', tags: ['plastic', 'yellow', 'toy', 'bright', 'playful'], synonyms: ['toy plastic', 'yellow plastic', 'rubber duck plastic'],
    pbr: { baseColor: '#efc20a', metallic: 0, roughness: 0.3, ior: 1.49 },
    source: 'pbdb',
  },
  {
    id: 'pvc_pipe_grey', family: 'plastic', tags: ['plastic', 'grey', 'pipe', 'plumbing', 'conduit'], synonyms: ['pvc', 'upvc', 'grey pvc', 'electrical conduit'],
    pbr: { baseColor: '#8a8c8e', metallic: 0, roughness: 0.35, ior: 1.54 },
    source: 'refractiveindex',
  },
  {
    id: 'nylon_pa6_natural', family: 'plastic', tags: ['plastic', 'off-white', 'engineering', 'gears', 'machined'], synonyms: ['nylon', 'pa6', 'polyamide', 'nylon 6'],
    pbr: { baseColor: '#e2ddcc', metallic: 0, roughness: 0.4, ior: 1.53 },
    source: 'refractiveindex',
  },
  {
    id: 'acetal_pom_black', family: 'plastic', tags: ['plastic', 'black', 'engineering', 'gears', 'slippery'], synonyms: ['delrin', 'acetal', 'pom', 'polyoxymethylene'],
    pbr: { baseColor: '#1c1c1d', metallic: 0, roughness: 0.3, ior: 1.48 },
    source: 'refractiveindex',
  },
  {
    id: 'ptfe_teflon_white', family: 'plastic', tags: ['plastic', 'white', 'waxy', 'non-stick', 'lab'], synonyms: ['ptfe', 'teflon', 'polytetrafluoroethylene'],
    pbr: { baseColor: '#ebeae5', metallic: 0, roughness: 0.5, ior: 1.35 },
    source: 'refractiveindex',
  },
  {
    id: 'bakelite_brown', family: 'plastic', tags: ['plastic', 'brown', 'glossy', 'vintage', 'art deco', 'radio'], synonyms: ['bakelite', 'phenolic', 'phenol formaldehyde', 'catalin'],
    pbr: { baseColor: '#4b2c1b', metallic: 0, roughness: 0.15, ior: 1.63 },
    texture: { pattern: { kind: 'noise', scale: 3, octaves: 5, gain: 0.55 }, colors: ['#361d11', '#4b2c1b', '#5c3824'], roughness: [0.17, 0.13], normalStrength: 0.05, detail: 0.1, tileSizeM: 0.2 },
    source: 'refractiveindex',
  },
  {
    id: 'cellulose_acetate_tortoiseshell', family: 'plastic', tags: ['plastic', 'tortoiseshell', 'amber', 'eyewear', 'glossy', 'retro'], synonyms: ['tortoiseshell acetate', 'acetate', 'zyl', 'cellulose acetate'],
    pbr: { baseColor: '#573213', metallic: 0, roughness: 0.1, ior: 1.47, transmission: 0.25 },
    texture: { pattern: { kind: 'noise', scale: 4, octaves: 4, gain: 0.6 }, colors: ['#1e0f07', '#3f1f0d', '#6e4218', '#b07a32'], roughness: [0.1, 0.1], normalStrength: 0, detail: 0.15, tileSizeM: 0.1 },
    source: 'refractiveindex',
  },
  {
    id: 'pla_3d_print_orange', family: 'plastic', tags: ['plastic', 'orange', '3d print', 'layer lines', 'maker'], synonyms: ['pla', '3d printed plastic', 'fdm print', 'polylactic acid'],
    pbr: { baseColor: '#dc641e', metallic: 0, roughness: 0.4, ior: 1.46 },
    texture: { pattern: { kind: 'stripes', count: 100, softness: 0.6 }, colors: ['#c25315', '#e2671e', '#e96e24'], roughness: [0.45, 0.35], normalStrength: 0.8, detail: 0.05, tileSizeM: 0.02 },
    source: 'refractiveindex',
  },
  {
    id: 'pe_tarp_blue', family: 'plastic', tags: ['plastic', 'blue', 'tarpaulin', 'woven', 'outdoor', 'cover'], synonyms: ['tarp', 'tarpaulin', 'poly tarp'],
    pbr: { baseColor: '#2d60a9', metallic: 0, roughness: 0.45, ior: 1.54, doubleSided: true },
    texture: { pattern: { kind: 'weave', threads: 20 }, colors: ['#1d477f', '#2b5fa8', '#3568b2'], roughness: [0.5, 0.42], normalStrength: 0.6, detail: 0.1, tileSizeM: 0.05 },
    source: 'refractiveindex',
  },
  // ── Translucent and clear plastics ─────────────────────────────────────────────────────────────────────
  {
    id: 'polycarbonate_clear', family: 'plastic', tags: ['plastic', 'clear', 'transparent', 'impact resistant', 'visor'], synonyms: ['polycarbonate', 'pc', 'lexan', 'makrolon'],
    pbr: { baseColor: '#f1f3f3', metallic: 0, roughness: 0.04, ior: 1.585, transmission: 1, thickness: 0.003 },
    source: 'refractiveindex',
  },
  {
    id: 'acrylic_pmma_clear', family: 'plastic', tags: ['plastic', 'clear', 'transparent', 'display', 'sheet'], synonyms: ['acrylic sheet', 'pmma', 'plexiglass', 'perspex', 'acrylic glass'],
    pbr: { baseColor: '#f4f5f5', metallic: 0, roughness: 0.02, ior: 1.49, transmission: 1, thickness: 0.005 },
    source: 'refractiveindex',
  },
  {
    id: 'acrylic_frosted', family: 'plastic', tags: ['plastic', 'frosted', 'translucent', 'signage', 'diffuse'], synonyms: ['frosted acrylic', 'frosted perspex', 'satin acrylic'],
    pbr: { baseColor: '#f2f3f3', metallic: 0, roughness: 0.45, ior: 1.49, transmission: 1, thickness: 0.005 },
    source: 'refractiveindex',
  },
  {
    id: 'acrylic_opal_diffuser', family: 'plastic', tags: ['plastic', 'white', 'opal', 'lamp', 'diffuser'], synonyms: ['opal acrylic', 'light diffuser', 'milky perspex'],
    pbr: { baseColor: '#efefec', metallic: 0, roughness: 0.25, ior: 1.49, transmission: 0.5, thickness: 0.003 },
    source: 'refractiveindex',
  },
  {
    id: 'acrylic_tinted_red', family: 'plastic', tags: ['plastic', 'red', 'transparent', 'tail light', 'automotive'], synonyms: ['red acrylic', 'tail light lens', 'red perspex'],
    pbr: { baseColor: '#e0231c', metallic: 0, roughness: 0.03, ior: 1.49, transmission: 1, thickness: 0.004, attenuationColor: '#c8100c', attenuationDistance: 0.01 },
    source: 'refractiveindex',
  },
  {
    id: 'polystyrene_clear', family: 'plastic', tags: ['plastic', 'clear', 'brittle', 'cd case', 'packaging'], synonyms: ['polystyrene', 'jewel case', 'gpps', 'crystal styrene'],
    pbr: { baseColor: '#f3f4f4', metallic: 0, roughness: 0.03, ior: 1.59, transmission: 1, thickness: 0.0015 },
    source: 'refractiveindex',
  },
  {
    id: 'pet_bottle_clear', family: 'plastic', tags: ['plastic', 'clear', 'bottle', 'water', 'recyclable'], synonyms: ['pet', 'pete', 'water bottle', 'polyethylene terephthalate'],
    pbr: { baseColor: '#eef4f6', metallic: 0, roughness: 0.05, ior: 1.575, transmission: 1, doubleSided: true },
    source: 'refractiveindex',
  },
  {
    id: 'pet_bottle_green', family: 'plastic', tags: ['plastic', 'green', 'transparent', 'bottle', 'soda'], synonyms: ['green pet', 'soda bottle', 'green plastic bottle'],
    pbr: { baseColor: '#8cc89a', metallic: 0, roughness: 0.05, ior: 1.575, transmission: 1, doubleSided: true },
    source: 'refractiveindex',
  },
  {
    id: 'polypropylene_translucent', family: 'plastic', tags: ['plastic', 'translucent', 'milky', 'container', 'storage'], synonyms: ['polypropylene', 'pp', 'tupperware', 'storage box'],
    pbr: { baseColor: '#e4e2dc', metallic: 0, roughness: 0.35, ior: 1.49, transmission: 0.5, thickness: 0.002 },
    source: 'refractiveindex',
  },
  {
    id: 'hdpe_milk_jug', family: 'plastic', tags: ['plastic', 'milky', 'translucent', 'jug', 'container'], synonyms: ['hdpe', 'milk jug', 'high density polyethylene', 'natural hdpe'],
    pbr: { baseColor: '#e9e6dc', metallic: 0, roughness: 0.4, ior: 1.54, transmission: 0.3, thickness: 0.001 },
    source: 'refractiveindex',
  },
  {
    id: 'epoxy_resin_clear', family: 'plastic', tags: ['plastic', 'resin', 'clear', 'river table', 'casting'], synonyms: ['epoxy', 'casting resin', 'clear resin', 'epoxy resin'],
    pbr: { baseColor: '#f6f3e6', metallic: 0, roughness: 0.02, ior: 1.55, transmission: 1, thickness: 0.02 },
    source: 'refractiveindex',
  },
  {
    id: 'tpu_phone_case_clear', family: 'plastic', tags: ['plastic', 'clear', 'flexible', 'yellowed', 'phone case'], synonyms: ['tpu', 'clear phone case', 'thermoplastic polyurethane'],
    pbr: { baseColor: '#f4efd8', metallic: 0, roughness: 0.12, ior: 1.5, transmission: 1, thickness: 0.0012 },
    source: 'refractiveindex',
  },
  {
    id: 'plastic_wrap_film', family: 'plastic', tags: ['plastic', 'clear', 'film', 'thin', 'cling wrap'], synonyms: ['cling film', 'plastic wrap', 'saran wrap', 'ldpe film'],
    pbr: { baseColor: '#f2f4f4', metallic: 0, roughness: 0.08, ior: 1.51, transmission: 1, doubleSided: true },
    source: 'refractiveindex',
  },
  {
    id: 'polyimide_kapton_film', family: 'plastic', tags: ['plastic', 'amber', 'film', 'electronics', 'spacecraft'], synonyms: ['kapton', 'polyimide', 'kapton tape'],
    pbr: { baseColor: '#e0962c', metallic: 0, roughness: 0.1, ior: 1.7, transmission: 0.9, doubleSided: true },
    source: 'refractiveindex',
  },
  {
    id: 'bubble_wrap', family: 'plastic', tags: ['plastic', 'clear', 'bubbles', 'packaging', 'film'], synonyms: ['bubble wrap', 'air cushion film', 'bubble pack'],
    pbr: { baseColor: '#f3f4f4', metallic: 0, roughness: 0.12, ior: 1.51, transmission: 1, doubleSided: true },
    texture: { pattern: { kind: 'hexagons', scale: 10, gap: 0.15 }, colors: ['#edefef', '#f1f3f3', '#f5f6f6'], roughness: [0.15, 0.1], normalStrength: 3, detail: 0, tileSizeM: 0.12 },
    source: 'refractiveindex',
  },
  // ── Rubbers and elastomers ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'rubber_black', family: 'plastic', tags: ['rubber', 'black', 'matte', 'tyre'], synonyms: ['rubber', 'tire', 'tyre'],
    pbr: { baseColor: [0.025, 0.025, 0.025], metallic: 0, roughness: 0.85, ior: 1.52 },
    source: 'pbdb',
  },
  {
    id: 'rubber_gym_flooring', family: 'plastic', tags: ['rubber', 'black', 'flecked', 'gym', 'floor'], synonyms: ['rubber flooring', 'crumb rubber', 'rubber mat', 'epdm flooring'],
    pbr: { baseColor: '#2e3339', metallic: 0, roughness: 0.9, ior: 1.52 },
    texture: { pattern: { kind: 'cells', scale: 80, jitter: 1, output: 'cells' }, colors: ['#1b1b1c', '#1e1e1f', '#202021', '#232324', '#6a7a8c'], roughness: [0.92, 0.85], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'latex_rubber_natural', family: 'plastic', tags: ['rubber', 'amber', 'translucent', 'latex', 'stretchy'], synonyms: ['latex rubber', 'natural rubber', 'gum rubber', 'latex sheet'],
    pbr: { baseColor: '#c99a58', metallic: 0, roughness: 0.35, ior: 1.52, transmission: 0.3, doubleSided: true },
    source: 'refractiveindex',
  },
  {
    id: 'rubber_gum_sole', family: 'plastic', tags: ['rubber', 'honey', 'crepe', 'shoe sole', 'vintage'], synonyms: ['gum sole', 'crepe rubber', 'crepe sole'],
    pbr: { baseColor: '#a6753f', metallic: 0, roughness: 0.6, ior: 1.52 },
    texture: { pattern: { kind: 'ridged', scale: 12, octaves: 4, gain: 0.5 }, colors: ['#7c5227', '#a3713b', '#b9854b'], roughness: [0.65, 0.55], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'rubber_eraser_pink', family: 'plastic', tags: ['rubber', 'pink', 'matte', 'school', 'stationery'], synonyms: ['eraser', 'pink pearl eraser', 'india rubber'],
    pbr: { baseColor: '#e09aa0', metallic: 0, roughness: 0.8, ior: 1.52 },
    source: 'pbdb',
  },
  {
    id: 'nitrile_glove_blue', family: 'plastic', tags: ['rubber', 'blue', 'medical', 'gloves', 'lab'], synonyms: ['nitrile', 'nitrile rubber', 'nbr', 'exam glove'],
    pbr: { baseColor: '#4c7ac6', metallic: 0, roughness: 0.45, ior: 1.52 },
    source: 'pbdb',
  },
  {
    id: 'neoprene_black', family: 'plastic', tags: ['rubber', 'black', 'wetsuit', 'foam', 'sleeve'], synonyms: ['neoprene', 'polychloroprene', 'wetsuit material', 'chloroprene'],
    pbr: { baseColor: '#222224', metallic: 0, roughness: 0.75, ior: 1.56 },
    texture: { pattern: { kind: 'noise', scale: 150, octaves: 3, gain: 0.5 }, colors: ['#1c1c1e', '#222224', '#29292b'], roughness: [0.8, 0.7], normalStrength: 0.4, detail: 0.3, tileSizeM: 0.05 },
    source: 'refractiveindex',
  },
  {
    id: 'silicone_rubber_translucent', family: 'plastic', tags: ['silicone', 'translucent', 'soft', 'medical', 'seal'], synonyms: ['silicone', 'pdms', 'silicone rubber', 'food grade silicone'],
    pbr: { baseColor: '#eeeeea', metallic: 0, roughness: 0.4, ior: 1.41, transmission: 0.6, thickness: 0.005, attenuationColor: '#e6e4dc', attenuationDistance: 0.02 },
    source: 'refractiveindex',
  },
  {
    id: 'silicone_bakeware_red', family: 'plastic', tags: ['silicone', 'red', 'soft', 'kitchen', 'bakeware'], synonyms: ['silicone mould', 'silicone spatula', 'red silicone'],
    pbr: { baseColor: '#b3262c', metallic: 0, roughness: 0.55, ior: 1.41 },
    source: 'refractiveindex',
  },
  {
    id: 'vinyl_record_black', family: 'plastic', tags: ['plastic', 'black', 'glossy', 'grooves', 'music', 'retro'], synonyms: ['vinyl record', 'lp record', 'gramophone record', 'vinyl disc'],
    pbr: { baseColor: '#161616', metallic: 0, roughness: 0.22, ior: 1.54 },
    texture: { pattern: { kind: 'stripes', count: 96, softness: 0.5 }, colors: ['#121212', '#161616', '#1a1a1a'], roughness: [0.28, 0.18], normalStrength: 0.3, detail: 0, tileSizeM: 0.02 },
    source: 'refractiveindex',
  },
  // ── Foams ──────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'eva_foam_grey', family: 'plastic', tags: ['foam', 'grey', 'soft', 'cosplay', 'yoga mat'], synonyms: ['eva foam', 'craft foam', 'foam mat', 'ethylene vinyl acetate'],
    pbr: { baseColor: '#5c5e61', metallic: 0, roughness: 0.85, ior: 1.48 },
    texture: { pattern: { kind: 'noise', scale: 100, octaves: 3, gain: 0.5 }, colors: ['#505255', '#5c5e61', '#65676a'], roughness: [0.88, 0.82], normalStrength: 0.35, detail: 0.4, tileSizeM: 0.05 },
    source: 'refractiveindex',
  },
  {
    id: 'styrofoam_eps', family: 'plastic', tags: ['foam', 'white', 'beads', 'packaging', 'insulation'], synonyms: ['styrofoam', 'polystyrene foam', 'eps', 'expanded polystyrene'],
    pbr: { baseColor: '#e3e2de', metallic: 0, roughness: 0.9, ior: 1.59 },
    texture: { pattern: { kind: 'cells', scale: 30, jitter: 0.8, output: 'distance' }, colors: ['#c9c8c4', '#e7e6e2', '#efeeea'], roughness: [0.95, 0.88], normalStrength: 0.9, detail: 0.2, tileSizeM: 0.1 },
    source: 'refractiveindex',
  },
  {
    id: 'pu_foam_yellow', family: 'plastic', tags: ['foam', 'yellow', 'sponge', 'porous', 'cushion'], synonyms: ['foam sponge', 'polyurethane foam', 'upholstery foam', 'open cell foam'],
    pbr: { baseColor: '#dabd5a', metallic: 0, roughness: 1, ior: 1.5 },
    texture: { pattern: { kind: 'ridged', scale: 40, octaves: 3, gain: 0.5 }, colors: ['#8d7428', '#dec05a', '#e8cb66'], roughness: [1, 0.95], normalStrength: 1.6, detail: 0.3, tileSizeM: 0.05 },
    source: 'pbdb',
  },
];
