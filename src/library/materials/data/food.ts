import type { MaterialPreset } from '../types.js';

/*
 * Food: baked goods, dairy, chocolate, fruit and vegetables, meat and fish, sweets.
 * Sources: measured diffuse reflectances of Jensen et al. 2001 (apple, potato, chicken, whole milk, cream) and
 * the food albedos of physicallybased.info (pbdb: banana, lemon, orange, carrot, chocolate); other foods take
 * colours inside the Substance guide's dielectric albedo range. IORs: watery tissue and dairy 1.33–1.35, sugar
 * gels and candy 1.45–1.5 (Engineering ToolBox values for sugar solutions).
 * Conventions: hex is sRGB, arrays are linear; when a texture recipe is present, baseColor is its average colour;
 * waxy fruit skins carry a clearcoat; wet or greasy food is glossy; gels and jams use transmission.
 * Liquids (honey, milk, juices, coffee) live in the liquid family.
 */
export const FOOD_PRESETS: MaterialPreset[] = [
  // ── Bread and baked goods ──────────────────────────────────────────────────
  {
    id: 'bread', family: 'food', tags: ['bread', 'crust', 'golden', 'baked', 'bakery'], synonyms: ['bread crust', 'loaf', 'baguette'],
    pbr: { baseColor: '#b47a3c', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 5, gain: 0.55 }, colors: ['#8a4e1e', '#b8742e', '#d9a45a'], roughness: [0.75, 0.6], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.15 },
    source: 'substance',
  },
  {
    id: 'bread_crumb', family: 'food', tags: ['bread', 'white', 'porous', 'soft', 'sliced'], synonyms: ['bread interior', 'crumb', 'sliced bread', 'white bread'],
    pbr: { baseColor: '#ddcca8', metallic: 0, roughness: 0.88 },
    texture: { pattern: { kind: 'cells', scale: 24, jitter: 1, output: 'distance' }, colors: ['#b8a582', '#e2d2ae', '#eadcbc'], roughness: [0.9, 0.85], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'toast', family: 'food', tags: ['toast', 'brown', 'crisp', 'breakfast', 'baked'], synonyms: ['toasted bread', 'toasted slice'],
    pbr: { baseColor: '#a86c34', metallic: 0, roughness: 0.82 },
    texture: { pattern: { kind: 'cells', scale: 24, jitter: 1, output: 'distance' }, colors: ['#6a3a16', '#a86c34', '#c08a4a'], roughness: [0.88, 0.8], normalStrength: 1, detail: 0.4, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'pastry', family: 'food', tags: ['pastry', 'flaky', 'golden', 'glazed', 'bakery'], synonyms: ['croissant', 'puff pastry', 'pie crust', 'egg-washed pastry'],
    pbr: { baseColor: '#d19954', metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'stripes', count: 10, softness: 0.6 }, colors: ['#9a5a1e', '#d8984a', '#f0c27a'], roughness: [0.55, 0.35], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.08 },
    source: 'substance',
  },
  {
    id: 'cake_sponge', family: 'food', tags: ['cake', 'yellow', 'porous', 'soft', 'dessert'], synonyms: ['sponge cake', 'cake crumb', 'genoise'],
    pbr: { baseColor: '#e2c080', metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'cells', scale: 32, jitter: 1, output: 'distance' }, colors: ['#c09c5a', '#e6c484', '#f0d49a'], roughness: [0.92, 0.86], normalStrength: 1, detail: 0.3, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'frosting', family: 'food', tags: ['frosting', 'white', 'sweet', 'creamy', 'dessert'], synonyms: ['icing', 'buttercream', 'fondant'],
    pbr: { baseColor: '#f2ece4', metallic: 0, roughness: 0.4 },
    source: 'substance',
  },
  {
    id: 'pizza_crust', family: 'food', tags: ['pizza', 'crust', 'charred', 'baked', 'italian'], synonyms: ['pizza dough', 'neapolitan crust', 'flatbread'],
    pbr: { baseColor: '#c79a5b', metallic: 0, roughness: 0.78 },
    texture: { pattern: { kind: 'rust', coverage: 0.35, scale: 8 }, colors: ['#d8aa66', '#8a4a1a', '#2a1a10'], roughness: [0.75, 0.85], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'cookie', family: 'food', tags: ['cookie', 'brown', 'baked', 'crumbly', 'sweet'], synonyms: ['biscuit', 'shortbread', 'cookie dough baked'],
    pbr: { baseColor: '#b07a40', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'ridged', scale: 5, octaves: 4, gain: 0.5 }, colors: ['#7a4a20', '#b07a40', '#c89458'], roughness: [0.9, 0.8], normalStrength: 1.2, detail: 0.5, tileSizeM: 0.08 },
    source: 'substance',
  },
  {
    id: 'popcorn', family: 'food', tags: ['popcorn', 'cream', 'puffy', 'snack', 'cinema'], synonyms: ['popped corn', 'buttered popcorn'],
    pbr: { baseColor: '#ecdcac', metallic: 0, roughness: 0.7 },
    texture: { pattern: { kind: 'cells', scale: 6, jitter: 1, output: 'distance' }, colors: ['#c8a86a', '#f0e0b0', '#f6ead0'], roughness: [0.75, 0.65], normalStrength: 2, detail: 0.3, tileSizeM: 0.1 },
    source: 'substance',
  },

  // ── Dairy ──────────────────────────────────────────────────────────────────
  {
    id: 'cheese_cheddar', family: 'food', tags: ['cheese', 'orange', 'dairy', 'firm', 'waxy'], synonyms: ['cheddar', 'orange cheese', 'red leicester'],
    pbr: { baseColor: '#eaa032', metallic: 0, roughness: 0.5, ior: 1.45 },
    source: 'substance',
  },
  {
    id: 'cheese_brie_rind', family: 'food', tags: ['cheese', 'white', 'rind', 'velvety', 'dairy'], synonyms: ['brie', 'camembert', 'bloomy rind'],
    pbr: { baseColor: '#e2dccb', metallic: 0, roughness: 0.95, sheenColor: '#ffffff', sheenRoughness: 0.6 },
    texture: { pattern: { kind: 'noise', scale: 16, octaves: 5, gain: 0.55 }, colors: ['#d0c6ae', '#e4decc', '#ece8dc'], roughness: [0.95, 0.92], normalStrength: 0.6, detail: 0.5, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'cheese_swiss', family: 'food', tags: ['cheese', 'yellow', 'holes', 'dairy', 'emmental'], synonyms: ['emmental', 'swiss cheese', 'jarlsberg'],
    pbr: { baseColor: '#e4cc80', metallic: 0, roughness: 0.45, ior: 1.45 },
    texture: { pattern: { kind: 'rust', coverage: 0.3, scale: 6 }, colors: ['#ecd68a', '#9a7a36'], roughness: [0.45, 0.35], normalStrength: 0.3, detail: 0.1, tileSizeM: 0.15 },
    source: 'substance',
  },
  {
    id: 'butter', family: 'food', tags: ['butter', 'yellow', 'dairy', 'creamy', 'soft'], synonyms: ['butter block', 'salted butter'],
    pbr: { baseColor: '#f4e2a0', metallic: 0, roughness: 0.35, ior: 1.46 },
    source: 'substance',
  },
  {
    id: 'yogurt', family: 'food', tags: ['yogurt', 'white', 'dairy', 'creamy', 'breakfast'], synonyms: ['yoghurt', 'greek yogurt', 'skyr'],
    pbr: { baseColor: [0.88, 0.87, 0.82], metallic: 0, roughness: 0.3, ior: 1.35 },
    source: 'jensen2001',
  },
  {
    id: 'whipped_cream', family: 'food', tags: ['cream', 'white', 'fluffy', 'dessert', 'dairy'], synonyms: ['chantilly', 'whipped topping', 'cream peaks'],
    pbr: { baseColor: [0.9, 0.87, 0.76], metallic: 0, roughness: 0.6, ior: 1.35 },
    source: 'jensen2001',
  },

  // ── Chocolate and sweets ───────────────────────────────────────────────────
  {
    id: 'chocolate_dark', family: 'food', tags: ['chocolate', 'dark', 'brown', 'sweet', 'matte'], synonyms: ['dark chocolate', 'bittersweet chocolate', 'cocoa'],
    pbr: { baseColor: [0.07, 0.027, 0.016], metallic: 0, roughness: 0.45, ior: 1.5 },
    source: 'pbdb',
  },
  {
    id: 'chocolate_milk', family: 'food', tags: ['chocolate', 'brown', 'sweet', 'creamy', 'confection'], synonyms: ['milk chocolate', 'chocolate bar'],
    pbr: { baseColor: [0.162, 0.091, 0.06], metallic: 0, roughness: 0.4, ior: 1.5 },
    source: 'pbdb',
  },
  {
    id: 'chocolate_tempered', family: 'food', tags: ['chocolate', 'dark', 'glossy', 'luxury', 'confection'], synonyms: ['tempered chocolate', 'glossy chocolate', 'praline shell', 'couverture'],
    pbr: { baseColor: [0.09, 0.04, 0.024], metallic: 0, roughness: 0.2, ior: 1.5 },
    source: 'pbdb',
  },
  {
    id: 'chocolate_white', family: 'food', tags: ['chocolate', 'white', 'cream', 'sweet', 'confection'], synonyms: ['white chocolate', 'cocoa butter'],
    pbr: { baseColor: '#ece0c4', metallic: 0, roughness: 0.35, ior: 1.47 },
    source: 'substance',
  },
  {
    id: 'caramel', family: 'food', tags: ['caramel', 'amber', 'glossy', 'sweet', 'sticky'], synonyms: ['toffee', 'butterscotch', 'hard caramel'],
    pbr: { baseColor: '#b06a20', metallic: 0, roughness: 0.12, ior: 1.5, transmission: 0.4, thickness: 0.01, attenuationColor: [0.6, 0.25, 0.04], attenuationDistance: 0.01 },
    source: 'toolbox',
  },
  {
    id: 'jam', family: 'food', tags: ['jam', 'red', 'glossy', 'sweet', 'translucent'], synonyms: ['jelly', 'preserve', 'strawberry jam', 'marmalade'],
    pbr: { baseColor: [0.6, 0.03, 0.05], metallic: 0, roughness: 0.15, ior: 1.45, transmission: 0.7, thickness: 0.01, attenuationColor: [0.5, 0.02, 0.04], attenuationDistance: 0.005 },
    source: 'toolbox',
  },
  {
    id: 'gelatin_dessert', family: 'food', tags: ['gelatin', 'red', 'wobbly', 'translucent', 'dessert'], synonyms: ['jello', 'jelly dessert', 'gelatine'],
    pbr: { baseColor: [0.9, 0.1, 0.12], metallic: 0, roughness: 0.05, ior: 1.35, transmission: 0.9, thickness: 0.05, attenuationColor: [0.8, 0.05, 0.08], attenuationDistance: 0.03 },
    source: 'toolbox',
  },
  {
    id: 'gummy_candy', family: 'food', tags: ['candy', 'orange', 'chewy', 'translucent', 'sweet'], synonyms: ['gummy bear', 'gummies', 'wine gum', 'fruit gum'],
    pbr: { baseColor: [0.95, 0.35, 0.05], metallic: 0, roughness: 0.3, ior: 1.47, transmission: 0.6, thickness: 0.01, attenuationColor: [0.9, 0.3, 0.02], attenuationDistance: 0.008 },
    source: 'toolbox',
  },

  // ── Fruit ──────────────────────────────────────────────────────────────────
  {
    id: 'apple_red', family: 'food', tags: ['apple', 'red', 'fruit', 'waxy', 'fresh'], synonyms: ['red apple', 'apple skin', 'red delicious'],
    pbr: { baseColor: '#a02420', metallic: 0, roughness: 0.45, clearcoat: 0.5, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'noise', scale: 6, octaves: 4, gain: 0.5 }, colors: ['#5a0a0c', '#a01a18', '#c84a2a'], roughness: [0.45, 0.4], normalStrength: 0.2, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'apple_green', family: 'food', tags: ['apple', 'green', 'fruit', 'waxy', 'fresh'], synonyms: ['green apple', 'granny smith'],
    pbr: { baseColor: '#7ab040', metallic: 0, roughness: 0.4, clearcoat: 0.4, clearcoatRoughness: 0.2 },
    source: 'substance',
  },
  {
    id: 'apple_flesh', family: 'food', tags: ['apple', 'cream', 'fruit', 'cut', 'moist'], synonyms: ['apple slice', 'cut apple', 'apple pulp'],
    pbr: { baseColor: [0.85, 0.84, 0.53], metallic: 0, roughness: 0.4, ior: 1.35 },
    source: 'jensen2001',
  },
  {
    id: 'orange_peel', family: 'food', tags: ['orange', 'citrus', 'fruit', 'dimpled', 'fresh'], synonyms: ['orange', 'orange skin', 'citrus peel', 'tangerine'],
    pbr: { baseColor: [0.615, 0.205, 0.01], metallic: 0, roughness: 0.42, clearcoat: 0.2, clearcoatRoughness: 0.3 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 0.8, output: 'distance' }, colors: ['#ba7116', '#ce7d19', '#db851c'], roughness: [0.5, 0.35], normalStrength: 1.2, detail: 0.1, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'lemon_peel', family: 'food', tags: ['lemon', 'yellow', 'citrus', 'fruit', 'dimpled'], synonyms: ['lemon', 'lemon skin', 'lime peel'],
    pbr: { baseColor: [0.617, 0.366, 0.045], metallic: 0, roughness: 0.4, clearcoat: 0.3, clearcoatRoughness: 0.3 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 0.8, output: 'distance' }, colors: ['#ba9335', '#cea33c', '#dbae40'], roughness: [0.48, 0.34], normalStrength: 1, detail: 0.1, tileSizeM: 0.05 },
    source: 'pbdb',
  },
  {
    id: 'banana_peel', family: 'food', tags: ['banana', 'yellow', 'fruit', 'ripe', 'speckled'], synonyms: ['banana', 'banana skin', 'ripe banana'],
    pbr: { baseColor: [0.6, 0.5, 0.1], metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'rust', coverage: 0.3, scale: 12 }, colors: ['#d0c15e', '#5a3a14'], roughness: [0.5, 0.55], normalStrength: 0.1, detail: 0.2, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'tomato', family: 'food', tags: ['tomato', 'red', 'glossy', 'vegetable', 'fresh'], synonyms: ['tomato skin', 'cherry tomato', 'ripe tomato'],
    pbr: { baseColor: '#c8200e', metallic: 0, roughness: 0.25, clearcoat: 0.6, clearcoatRoughness: 0.1 },
    source: 'substance',
  },
  {
    id: 'strawberry', family: 'food', tags: ['strawberry', 'red', 'fruit', 'seeded', 'summer'], synonyms: ['strawberries', 'berry'],
    pbr: { baseColor: '#b84424', metallic: 0, roughness: 0.35, clearcoat: 0.3, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'rust', coverage: 0.35, scale: 40 }, colors: ['#b41a1e', '#d8b040'], roughness: [0.3, 0.5], normalStrength: 0.6, detail: 0.1, tileSizeM: 0.04 },
    source: 'substance',
  },
  {
    id: 'grapes_purple', family: 'food', tags: ['grape', 'purple', 'fruit', 'bloom', 'translucent'], synonyms: ['red grapes', 'black grapes', 'concord grape'],
    pbr: { baseColor: '#3a1a3a', metallic: 0, roughness: 0.5, ior: 1.35, transmission: 0.3, thickness: 0.015, attenuationColor: [0.3, 0.02, 0.15], attenuationDistance: 0.005, sheenColor: '#8a90b0', sheenRoughness: 0.5 },
    source: 'substance',
  },
  {
    id: 'grapes_green', family: 'food', tags: ['grape', 'green', 'fruit', 'juicy', 'translucent'], synonyms: ['white grapes', 'green grapes', 'sultana grapes'],
    pbr: { baseColor: '#a8c060', metallic: 0, roughness: 0.35, ior: 1.35, transmission: 0.3, thickness: 0.015, attenuationColor: [0.6, 0.8, 0.2], attenuationDistance: 0.02, sheenColor: '#d8e0c0', sheenRoughness: 0.5 },
    source: 'substance',
  },
  {
    id: 'watermelon_flesh', family: 'food', tags: ['watermelon', 'red', 'pink', 'juicy', 'summer'], synonyms: ['watermelon', 'melon flesh'],
    pbr: { baseColor: '#e2404a', metallic: 0, roughness: 0.3, ior: 1.34, transmission: 0.1, thickness: 0.05 },
    texture: { pattern: { kind: 'cells', scale: 30, jitter: 1, output: 'distance' }, colors: ['#c8303c', '#e4424c', '#ee5a62'], roughness: [0.35, 0.25], normalStrength: 0.6, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'avocado_skin', family: 'food', tags: ['avocado', 'dark', 'green', 'bumpy', 'fruit'], synonyms: ['avocado', 'hass avocado'],
    pbr: { baseColor: '#2a3018', metallic: 0, roughness: 0.55 },
    texture: { pattern: { kind: 'cells', scale: 30, jitter: 1, output: 'distance' }, colors: ['#1a1e0e', '#2c3219', '#3a4222'], roughness: [0.6, 0.45], normalStrength: 2, detail: 0.3, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'avocado_flesh', family: 'food', tags: ['avocado', 'green', 'creamy', 'cut', 'fruit'], synonyms: ['avocado flesh', 'guacamole', 'cut avocado'],
    pbr: { baseColor: '#c8d272', metallic: 0, roughness: 0.35, ior: 1.4 },
    source: 'substance',
  },

  // ── Vegetables ─────────────────────────────────────────────────────────────
  {
    id: 'lettuce', family: 'food', tags: ['lettuce', 'green', 'leafy', 'salad', 'fresh'], synonyms: ['salad leaf', 'romaine', 'iceberg lettuce', 'cabbage leaf'],
    pbr: { baseColor: '#7ab84a', metallic: 0, roughness: 0.4, transmission: 0.2, thickness: 0.0005, doubleSided: true },
    source: 'substance',
  },
  {
    id: 'carrot', family: 'food', tags: ['carrot', 'orange', 'vegetable', 'root', 'fresh'], synonyms: ['carrot skin', 'carrots'],
    pbr: { baseColor: [0.713, 0.17, 0.026], metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'stripes', count: 24, softness: 0.6 }, colors: ['#c76728', '#dc732d', '#e47830'], roughness: [0.5, 0.4], normalStrength: 0.8, detail: 0.2, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'pumpkin', family: 'food', tags: ['pumpkin', 'orange', 'ribbed', 'autumn', 'halloween'], synonyms: ['pumpkin skin', 'squash', 'jack o lantern'],
    pbr: { baseColor: '#d6661c', metallic: 0, roughness: 0.45 },
    texture: { pattern: { kind: 'stripes', count: 8, softness: 0.8 }, colors: ['#b04e12', '#d8681c', '#e27a28'], roughness: [0.5, 0.4], normalStrength: 2, detail: 0.2, tileSizeM: 0.4 },
    source: 'substance',
  },
  {
    id: 'potato_flesh', family: 'food', tags: ['potato', 'cream', 'starchy', 'cut', 'vegetable'], synonyms: ['raw potato', 'cut potato', 'potato slice'],
    pbr: { baseColor: [0.77, 0.62, 0.21], metallic: 0, roughness: 0.4, ior: 1.35 },
    source: 'jensen2001',
  },
  {
    id: 'potato_skin', family: 'food', tags: ['potato', 'brown', 'earthy', 'rough', 'vegetable'], synonyms: ['potato', 'russet potato', 'jacket potato'],
    pbr: { baseColor: '#a07a52', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'noise', scale: 12, octaves: 5, gain: 0.55 }, colors: ['#7a5a3a', '#a07a52', '#b8946a'], roughness: [0.9, 0.8], normalStrength: 0.8, detail: 0.4, tileSizeM: 0.1 },
    source: 'substance',
  },

  // ── Meat and fish ──────────────────────────────────────────────────────────
  {
    id: 'steak_raw', family: 'food', tags: ['meat', 'red', 'raw', 'marbled', 'butcher'], synonyms: ['raw beef', 'raw steak', 'marbled beef'],
    pbr: { baseColor: '#97302f', metallic: 0, roughness: 0.3, ior: 1.38, clearcoat: 0.3, clearcoatRoughness: 0.15 },
    texture: { pattern: { kind: 'marble', veins: 6, turbulence: 0.8 }, colors: ['#ecd8c8', '#a02628', '#8e1c1e'], roughness: [0.35, 0.3], normalStrength: 0.4, detail: 0.3, tileSizeM: 0.15 },
    source: 'jensen2001',
  },
  {
    id: 'steak_cooked', family: 'food', tags: ['meat', 'brown', 'seared', 'grilled', 'crust'], synonyms: ['seared steak', 'grilled beef', 'cooked meat', 'roast beef'],
    pbr: { baseColor: '#5a2d17', metallic: 0, roughness: 0.55 },
    texture: { pattern: { kind: 'ridged', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#1e0e08', '#4a2414', '#7a4020'], roughness: [0.6, 0.45], normalStrength: 1.5, detail: 0.4, tileSizeM: 0.15 },
    source: 'substance',
  },
  {
    id: 'bacon', family: 'food', tags: ['bacon', 'striped', 'fried', 'greasy', 'breakfast'], synonyms: ['bacon strip', 'rasher', 'streaky bacon'],
    pbr: { baseColor: '#96543a', metallic: 0, roughness: 0.38 },
    texture: { pattern: { kind: 'stripes', count: 6, softness: 0.4 }, colors: ['#4a140c', '#8a3a1e', '#d08c5a'], roughness: [0.4, 0.35], normalStrength: 1, detail: 0.3, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'chicken_raw', family: 'food', tags: ['meat', 'pink', 'raw', 'poultry', 'wet'], synonyms: ['raw chicken', 'chicken breast', 'raw poultry'],
    pbr: { baseColor: [0.31, 0.15, 0.1], metallic: 0, roughness: 0.3, ior: 1.38, clearcoat: 0.3, clearcoatRoughness: 0.15 },
    source: 'jensen2001',
  },
  {
    id: 'salmon_raw', family: 'food', tags: ['fish', 'orange', 'raw', 'sushi', 'striped'], synonyms: ['salmon', 'salmon fillet', 'sashimi'],
    pbr: { baseColor: '#efa790', metallic: 0, roughness: 0.3, ior: 1.38, clearcoat: 0.3, clearcoatRoughness: 0.15 },
    texture: { pattern: { kind: 'stripes', count: 16, softness: 0.3 }, colors: ['#e8603a', '#f49a70', '#f4d8c8'], roughness: [0.3, 0.35], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.12 },
    source: 'substance',
  },

  // ── Grains, eggs, spreads ──────────────────────────────────────────────────
  {
    id: 'rice_cooked', family: 'food', tags: ['rice', 'white', 'grains', 'sticky', 'asian'], synonyms: ['sushi rice', 'steamed rice', 'white rice'],
    pbr: { baseColor: '#ece8da', metallic: 0, roughness: 0.5 },
    texture: { pattern: { kind: 'cells', scale: 40, jitter: 1, output: 'distance' }, colors: ['#c8c2b0', '#f0ece0', '#f4f0e6'], roughness: [0.6, 0.4], normalStrength: 1.5, detail: 0.1, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'pasta_cooked', family: 'food', tags: ['pasta', 'yellow', 'moist', 'italian', 'noodles'], synonyms: ['spaghetti', 'noodles', 'penne'],
    pbr: { baseColor: '#e8d088', metallic: 0, roughness: 0.4, ior: 1.4 },
    source: 'substance',
  },
  {
    id: 'coffee_beans', family: 'food', tags: ['coffee', 'dark', 'brown', 'roasted', 'oily'], synonyms: ['roasted coffee', 'espresso beans', 'coffee bean'],
    pbr: { baseColor: '#3a2214', metallic: 0, roughness: 0.42 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.8, output: 'distance' }, colors: ['#1a0e08', '#3e2616', '#4e3020'], roughness: [0.5, 0.35], normalStrength: 2, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'egg_white_cooked', family: 'food', tags: ['egg', 'white', 'glossy', 'breakfast', 'fried'], synonyms: ['egg white', 'fried egg white', 'albumen'],
    pbr: { baseColor: '#f0eee6', metallic: 0, roughness: 0.25, ior: 1.36 },
    source: 'substance',
  },
  {
    id: 'egg_yolk', family: 'food', tags: ['egg', 'yellow', 'glossy', 'runny', 'breakfast'], synonyms: ['yolk', 'egg yolk', 'sunny side up'],
    pbr: { baseColor: '#f0a010', metallic: 0, roughness: 0.2, ior: 1.4, clearcoat: 0.5, clearcoatRoughness: 0.05 },
    source: 'substance',
  },
  {
    id: 'peanut_butter', family: 'food', tags: ['peanut', 'brown', 'spread', 'oily', 'creamy'], synonyms: ['peanut paste', 'nut butter'],
    pbr: { baseColor: '#b0783a', metallic: 0, roughness: 0.4, ior: 1.47 },
    source: 'substance',
  },
];
