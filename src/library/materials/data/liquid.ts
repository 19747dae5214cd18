import type { MaterialPreset } from '../types.js';

/*
 * Liquids: water bodies, drinks, oils, syrups, body and industrial fluids, a liquid metal.
 * Sources: refractive indices from refractiveindex.info (water 1.333, seawater 1.339, ethanol 1.361, liquid
 * nitrogen 1.199) and The Engineering ToolBox (oils, glycerine, syrups, glycol); measured colours and IORs of
 * honey, milk, coffee, cooking oil, gasoline, blood, chocolate and mercury from the Physically Based database
 * (pbdb); milk's scattering albedo after Jensen et al. 2001. Drink tints not in those are chosen in range.
 * Conventions: clear liquids are transmission 1, roughness 0–0.05, baseColor white; their colour is Beer–Lambert
 * absorption (attenuationColor is what remains after attenuationDistance metres), so a thin film stays pale and a
 * glassful deepens. thickness is a typical body depth in metres. Scattering liquids (milk, juice, muddy water)
 * are mostly opaque: low transmission, high albedo. Mercury is a metal (metallic 1, measured F0).
 */
export const LIQUID_PRESETS: MaterialPreset[] = [
  // ── Water ──
  {
    id: 'water',
    family: 'liquid',
    tags: ['transparent', 'blue', 'clear', 'lake', 'pool', 'calm'],
    synonyms: ['clear water', 'fresh water', 'pool water', 'lake'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.333, transmission: 1, thickness: 1, attenuationDistance: 1, attenuationColor: [0.71, 0.94, 0.99] },
    source: 'refractiveindex',
  },
  {
    id: 'water_sea',
    family: 'liquid',
    tags: ['blue-green', 'ocean', 'coastal', 'salty', 'rippled'],
    synonyms: ['seawater', 'sea water', 'ocean water', 'salt water'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.05, ior: 1.339, transmission: 1, thickness: 2, attenuationDistance: 1, attenuationColor: [0.45, 0.8, 0.75] },
    source: 'refractiveindex',
  },
  {
    id: 'water_pond',
    family: 'liquid',
    tags: ['green', 'murky', 'pond', 'algae', 'stagnant'],
    synonyms: ['pond water', 'green water', 'swamp water'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.333, transmission: 1, thickness: 1, attenuationDistance: 0.3, attenuationColor: [0.25, 0.5, 0.15] },
    source: 'substance',
  },
  {
    id: 'water_muddy',
    family: 'liquid',
    tags: ['brown', 'turbid', 'flood', 'river', 'puddle'],
    synonyms: ['muddy water', 'mud water', 'silty water', 'flood water'],
    pbr: { baseColor: [0.2, 0.15, 0.09], metallic: 0, roughness: 0.04, ior: 1.333, transmission: 0.3, thickness: 0.5, attenuationDistance: 0.05, attenuationColor: [0.45, 0.3, 0.15] },
    source: 'substance',
  },

  // ── Clear chemicals and oils ──
  {
    id: 'ethanol',
    family: 'liquid',
    tags: ['transparent', 'clear', 'alcohol', 'laboratory', 'spirit'],
    synonyms: ['alcohol', 'ethyl alcohol', 'vodka', 'spirits'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.361, transmission: 1, thickness: 0.05 },
    source: 'refractiveindex',
  },
  {
    id: 'glycerine',
    family: 'liquid',
    tags: ['transparent', 'viscous', 'clear', 'syrupy', 'laboratory'],
    synonyms: ['glycerol', 'glycerin'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.473, transmission: 1, thickness: 0.05 },
    source: 'toolbox',
  },
  {
    id: 'liquid_nitrogen',
    family: 'liquid',
    tags: ['transparent', 'cryogenic', 'cold', 'laboratory', 'boiling'],
    synonyms: ['ln2', 'liquid n2'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.03, ior: 1.199, transmission: 1, thickness: 0.1 },
    source: 'refractiveindex',
  },
  {
    id: 'oil_olive',
    family: 'liquid',
    tags: ['green', 'golden', 'kitchen', 'oily', 'mediterranean'],
    synonyms: ['olive oil', 'extra virgin olive oil'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.467, transmission: 1, thickness: 0.05, attenuationDistance: 0.03, attenuationColor: [0.65, 0.7, 0.12] },
    source: 'toolbox',
  },
  {
    id: 'oil_vegetable',
    family: 'liquid',
    tags: ['yellow', 'golden', 'kitchen', 'frying', 'oily'],
    synonyms: ['cooking oil', 'sunflower oil', 'vegetable oil', 'rapeseed oil'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.47, transmission: 1, thickness: 0.05, attenuationDistance: 0.05, attenuationColor: [0.738, 0.687, 0.091] },
    source: 'pbdb',
  },
  {
    id: 'petrol',
    family: 'liquid',
    tags: ['pale-yellow', 'fuel', 'flammable', 'garage', 'volatile'],
    synonyms: ['gasoline', 'gas', 'fuel', 'benzine'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0, ior: 1.427, transmission: 1, thickness: 0.05, attenuationDistance: 0.3, attenuationColor: [1, 0.97, 0.617] },
    source: 'pbdb',
  },
  {
    id: 'oil_motor_used',
    family: 'liquid',
    tags: ['black', 'brown', 'dirty', 'garage', 'oily', 'mechanic'],
    synonyms: ['motor oil', 'engine oil', 'used oil', 'sump oil'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.03, ior: 1.48, transmission: 1, thickness: 0.01, attenuationDistance: 0.002, attenuationColor: [0.25, 0.1, 0.02] },
    source: 'toolbox',
  },
  {
    id: 'antifreeze_coolant',
    family: 'liquid',
    tags: ['green', 'fluorescent', 'automotive', 'coolant', 'toxic'],
    synonyms: ['antifreeze', 'engine coolant', 'ethylene glycol'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.38, transmission: 1, thickness: 0.05, attenuationDistance: 0.02, attenuationColor: [0.3, 0.85, 0.25] },
    source: 'toolbox',
  },

  // ── Syrups ──
  {
    id: 'honey',
    family: 'liquid',
    tags: ['amber', 'golden', 'viscous', 'sweet', 'sticky'],
    synonyms: ['liquid honey', 'runny honey', 'clear honey'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.504, transmission: 1, thickness: 0.05, attenuationDistance: 0.02, attenuationColor: [0.831, 0.571, 0.037] },
    source: 'pbdb',
  },
  {
    id: 'syrup_maple',
    family: 'liquid',
    tags: ['amber', 'brown', 'sweet', 'breakfast', 'sticky'],
    synonyms: ['maple syrup', 'golden syrup', 'sugar syrup'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.455, transmission: 1, thickness: 0.03, attenuationDistance: 0.02, attenuationColor: [0.65, 0.25, 0.04] },
    source: 'toolbox',
  },
  {
    id: 'chocolate_molten',
    family: 'liquid',
    tags: ['brown', 'glossy', 'melted', 'sweet', 'dessert'],
    synonyms: ['melted chocolate', 'chocolate sauce', 'liquid chocolate', 'ganache'],
    pbr: { baseColor: [0.162, 0.091, 0.06], metallic: 0, roughness: 0.15, ior: 1.5 },
    source: 'pbdb',
  },

  // ── Drinks ──
  {
    id: 'milk_whole',
    family: 'liquid',
    tags: ['white', 'creamy', 'opaque', 'dairy', 'breakfast'],
    synonyms: ['milk', 'whole milk', 'cow milk', 'full-fat milk'],
    pbr: { baseColor: [0.815, 0.813, 0.682], metallic: 0, roughness: 0.05, ior: 1.348, transmission: 0.1, thickness: 0.05, attenuationDistance: 0.01, attenuationColor: [0.95, 0.9, 0.7] },
    source: 'jensen2001',
  },
  {
    id: 'milk_skimmed',
    family: 'liquid',
    tags: ['white', 'bluish', 'translucent', 'dairy', 'thin'],
    synonyms: ['skim milk', 'skimmed milk', 'fat-free milk'],
    pbr: { baseColor: [0.7, 0.74, 0.76], metallic: 0, roughness: 0.05, ior: 1.346, transmission: 0.3, thickness: 0.05, attenuationDistance: 0.01, attenuationColor: [0.8, 0.85, 0.95] },
    source: 'jensen2001',
  },
  {
    id: 'coffee_black',
    family: 'liquid',
    tags: ['brown', 'dark', 'hot', 'drink', 'cafe', 'morning'],
    synonyms: ['coffee', 'black coffee', 'americano', 'espresso'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.34, transmission: 1, thickness: 0.07, attenuationDistance: 0.01, attenuationColor: [0.447, 0.133, 0.034] },
    source: 'pbdb',
  },
  {
    id: 'tea_black',
    family: 'liquid',
    tags: ['amber', 'red-brown', 'hot', 'drink', 'cafe'],
    synonyms: ['tea', 'black tea', 'brewed tea'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.335, transmission: 1, thickness: 0.07, attenuationDistance: 0.03, attenuationColor: [0.75, 0.3, 0.06] },
    source: 'substance',
  },
  {
    id: 'wine_red',
    family: 'liquid',
    tags: ['red', 'burgundy', 'drink', 'alcohol', 'dinner'],
    synonyms: ['red wine', 'claret', 'merlot', 'wine'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.345, transmission: 1, thickness: 0.06, attenuationDistance: 0.01, attenuationColor: [0.5, 0.02, 0.06] },
    source: 'toolbox',
  },
  {
    id: 'wine_white',
    family: 'liquid',
    tags: ['pale-yellow', 'straw', 'drink', 'alcohol', 'chilled'],
    synonyms: ['white wine', 'chardonnay', 'sauvignon blanc'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.345, transmission: 1, thickness: 0.06, attenuationDistance: 0.1, attenuationColor: [0.95, 0.88, 0.55] },
    source: 'toolbox',
  },
  {
    id: 'beer_lager',
    family: 'liquid',
    tags: ['golden', 'amber', 'drink', 'pub', 'fizzy'],
    synonyms: ['beer', 'lager', 'pilsner', 'pale ale'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.34, transmission: 1, thickness: 0.07, attenuationDistance: 0.05, attenuationColor: [0.9, 0.55, 0.08] },
    source: 'toolbox',
  },
  {
    id: 'beer_stout',
    family: 'liquid',
    tags: ['black', 'dark', 'drink', 'pub', 'irish'],
    synonyms: ['stout', 'porter', 'dark beer', 'guinness'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.345, transmission: 1, thickness: 0.07, attenuationDistance: 0.005, attenuationColor: [0.25, 0.06, 0.02] },
    source: 'toolbox',
  },
  {
    id: 'whisky',
    family: 'liquid',
    tags: ['amber', 'golden', 'drink', 'spirit', 'bar'],
    synonyms: ['whiskey', 'scotch', 'bourbon', 'brandy'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.01, ior: 1.36, transmission: 1, thickness: 0.05, attenuationDistance: 0.03, attenuationColor: [0.8, 0.42, 0.1] },
    source: 'toolbox',
  },
  {
    id: 'cola',
    family: 'liquid',
    tags: ['brown', 'dark', 'fizzy', 'drink', 'soda'],
    synonyms: ['coke', 'soda', 'soft drink', 'pop'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.348, transmission: 1, thickness: 0.07, attenuationDistance: 0.01, attenuationColor: [0.35, 0.1, 0.02] },
    source: 'toolbox',
  },
  {
    id: 'orange_juice',
    family: 'liquid',
    tags: ['orange', 'opaque', 'pulpy', 'drink', 'breakfast'],
    synonyms: ['oj', 'juice', 'fresh orange juice'],
    pbr: { baseColor: [0.62, 0.25, 0.02], metallic: 0, roughness: 0.05, ior: 1.35, transmission: 0.2, thickness: 0.07, attenuationDistance: 0.01, attenuationColor: [0.9, 0.45, 0.05] },
    source: 'substance',
  },

  // ── Other fluids ──
  {
    id: 'blood_liquid',
    family: 'liquid',
    tags: ['red', 'dark', 'horror', 'medical', 'gore'],
    synonyms: ['blood', 'blood pool', 'fresh blood'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.35, transmission: 1, thickness: 0.005, attenuationDistance: 0.001, attenuationColor: [0.644, 0.003, 0.005] },
    source: 'pbdb',
  },
  {
    id: 'ink_liquid_black',
    family: 'liquid',
    tags: ['black', 'opaque', 'glossy', 'writing', 'calligraphy'],
    synonyms: ['india ink', 'black ink', 'indian ink', 'sumi ink'],
    pbr: { baseColor: [0.012, 0.012, 0.014], metallic: 0, roughness: 0.03, ior: 1.34 },
    source: 'substance',
  },
  {
    id: 'slime_green',
    family: 'liquid',
    tags: ['green', 'gooey', 'translucent', 'toy', 'gross'],
    synonyms: ['slime', 'goo', 'ooze', 'ectoplasm'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.1, ior: 1.35, transmission: 0.9, thickness: 0.02, attenuationDistance: 0.01, attenuationColor: [0.3, 0.85, 0.15] },
    source: 'substance',
  },
  {
    id: 'mercury_liquid',
    family: 'liquid',
    tags: ['silver', 'metallic', 'mirror', 'toxic', 'heavy'],
    synonyms: ['mercury', 'quicksilver', 'liquid metal', 'hg'],
    pbr: { baseColor: [0.781, 0.78, 0.778], metallic: 1, roughness: 0 },
    source: 'pbdb',
  },
];
