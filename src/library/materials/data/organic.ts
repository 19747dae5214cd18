import type { MaterialPreset } from '../types.js';

/*
 * Organic: skin, hair and fur, scales, feathers, flesh, bone, horn, shell, chitin, teeth.
 * Sources: skin tones are the measured diffuse reflectances of Jensen et al. 2001 (skin1, skin2) and the
 * Fitzpatrick I–VI set of physicallybased.info (pbdb), which contains them; bone, eggshell, eye and wax albedos
 * and IORs are pbdb's. Materials that vary in nature (fur, feathers, scales, horn) take colours inside the
 * dielectric albedo range of the Substance PBR guide. Keratin, chitin and enamel IORs (1.55, 1.56, 1.63) are the
 * usual biological values. Nacre lives in the precious family (mother_of_pearl).
 * Conventions: linear arrays where a measured value is quoted, sRGB hex otherwise; skin uses IOR 1.4 and
 * roughness 0.4–0.6; fur and hair carry sheen plus anisotropy; wet tissue is glossy (0.2–0.35) with a clearcoat;
 * when a texture recipe is present, baseColor is the recipe's average colour.
 */
export const ORGANIC_PRESETS: MaterialPreset[] = [
  // ── Skin (Fitzpatrick I–VI) ────────────────────────────────────────────────
  {
    id: 'skin', family: 'organic', tags: ['skin', 'human', 'medium', 'character', 'warm'], synonyms: ['medium skin', 'fitzpatrick iii', 'human skin', 'flesh tone'],
    pbr: { baseColor: [0.623, 0.433, 0.343], metallic: 0, roughness: 0.5, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#bb9f8f', '#cfb09e', '#dcbba9'], roughness: [0.55, 0.45], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'jensen2001',
  },
  {
    id: 'skin_very_light', family: 'organic', tags: ['skin', 'human', 'pale', 'fair', 'character'], synonyms: ['pale skin', 'fitzpatrick i', 'porcelain skin'],
    pbr: { baseColor: [0.847, 0.638, 0.552], metallic: 0, roughness: 0.5, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#d7bdb1', '#edd1c4', '#fcded1'], roughness: [0.55, 0.45], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'skin_light', family: 'organic', tags: ['skin', 'human', 'light', 'fair', 'character'], synonyms: ['light skin', 'fair skin', 'fitzpatrick ii'],
    pbr: { baseColor: [0.799, 0.485, 0.347], metallic: 0, roughness: 0.5, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#d1a790', '#e7b99f', '#f6c5a9'], roughness: [0.55, 0.45], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'skin_medium', family: 'organic', tags: ['skin', 'human', 'brown', 'olive', 'character'], synonyms: ['olive skin', 'light brown skin', 'fitzpatrick iv'],
    pbr: { baseColor: [0.436, 0.227, 0.131], metallic: 0, roughness: 0.5, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#9f765b', '#b08365', '#bc8c6c'], roughness: [0.55, 0.45], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'jensen2001',
  },
  {
    id: 'skin_dark', family: 'organic', tags: ['skin', 'human', 'dark', 'brown', 'character'], synonyms: ['dark skin', 'dark brown skin', 'fitzpatrick v'],
    pbr: { baseColor: [0.283, 0.148, 0.079], metallic: 0, roughness: 0.48, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#836147', '#916b4f', '#9a7355'], roughness: [0.53, 0.43], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'skin_very_dark', family: 'organic', tags: ['skin', 'human', 'dark', 'deep', 'character'], synonyms: ['deep skin', 'very dark skin', 'fitzpatrick vi'],
    pbr: { baseColor: [0.09, 0.05, 0.02], metallic: 0, roughness: 0.45, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 48, octaves: 3, gain: 0.5 }, colors: ['#4c3822', '#553f27', '#5b442a'], roughness: [0.5, 0.4], normalStrength: 0.3, detail: 0.3, tileSizeM: 0.04 },
    source: 'pbdb',
  },
  {
    id: 'lips', family: 'organic', tags: ['skin', 'pink', 'red', 'face', 'character'], synonyms: ['lip', 'mouth skin'],
    pbr: { baseColor: '#a85a58', metallic: 0, roughness: 0.35, ior: 1.4 },
    source: 'jensen2001',
  },

  // ── Fur and hair ───────────────────────────────────────────────────────────
  {
    id: 'fur', family: 'organic', tags: ['fur', 'brown', 'animal', 'soft', 'fuzzy'], synonyms: ['pelt', 'animal fur', 'brown fur'],
    pbr: { baseColor: '#5a3e28', metallic: 0, roughness: 0.75, sheenColor: '#a07a52', sheenRoughness: 0.5, anisotropy: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 24, octaves: 5, gain: 0.55 }, colors: ['#3a2818', '#5a3e28', '#7a5a3a'], roughness: [0.8, 0.7], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'fur_white', family: 'organic', tags: ['fur', 'white', 'arctic', 'animal', 'soft'], synonyms: ['polar bear fur', 'arctic fox fur', 'white pelt'],
    pbr: { baseColor: '#d8d2c8', metallic: 0, roughness: 0.7, sheenColor: '#f0ece6', sheenRoughness: 0.55, anisotropy: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 24, octaves: 5, gain: 0.55 }, colors: ['#c0b8aa', '#d8d2c8', '#ece8e0'], roughness: [0.75, 0.65], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'fur_black', family: 'organic', tags: ['fur', 'black', 'animal', 'glossy', 'dark'], synonyms: ['black pelt', 'panther fur', 'black cat fur'],
    pbr: { baseColor: '#1a1614', metallic: 0, roughness: 0.6, sheenColor: '#5a5658', sheenRoughness: 0.4, anisotropy: 0.6 },
    source: 'substance',
  },
  {
    id: 'fur_ginger', family: 'organic', tags: ['fur', 'orange', 'ginger', 'animal', 'warm'], synonyms: ['fox fur', 'ginger cat fur', 'red fur'],
    pbr: { baseColor: '#a85e2a', metallic: 0, roughness: 0.7, sheenColor: '#e0a060', sheenRoughness: 0.5, anisotropy: 0.5 },
    texture: { pattern: { kind: 'noise', scale: 20, octaves: 5, gain: 0.55 }, colors: ['#7a3e16', '#a85e2a', '#d08a4a'], roughness: [0.75, 0.65], normalStrength: 0.6, detail: 0.4, tileSizeM: 0.2 },
    source: 'substance',
  },
  {
    id: 'fur_grey', family: 'organic', tags: ['fur', 'grey', 'wolf', 'animal', 'wild'], synonyms: ['wolf fur', 'grey pelt', 'agouti fur'],
    pbr: { baseColor: '#7a736a', metallic: 0, roughness: 0.72, sheenColor: '#c0bab0', sheenRoughness: 0.6, anisotropy: 0.45 },
    texture: { pattern: { kind: 'noise', scale: 16, octaves: 5, gain: 0.6 }, colors: ['#4a4640', '#7a736a', '#b0aaa0'], roughness: [0.78, 0.66], normalStrength: 0.7, detail: 0.4, tileSizeM: 0.25 },
    source: 'substance',
  },
  {
    id: 'hair_blonde', family: 'organic', tags: ['hair', 'blonde', 'yellow', 'human', 'character'], synonyms: ['blond hair', 'fair hair'],
    pbr: { baseColor: '#c09a60', metallic: 0, roughness: 0.35, ior: 1.55, sheenColor: '#f0d8a8', sheenRoughness: 0.3, anisotropy: 0.8 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#a4804a', '#c09a60', '#d8b47a'], roughness: [0.4, 0.3], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'hair_brown', family: 'organic', tags: ['hair', 'brown', 'brunette', 'human', 'character'], synonyms: ['brunette hair', 'brown hair'],
    pbr: { baseColor: '#4a2e1a', metallic: 0, roughness: 0.35, ior: 1.55, sheenColor: '#8a6444', sheenRoughness: 0.3, anisotropy: 0.8 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#3a2212', '#4a2e1a', '#5e3c24'], roughness: [0.4, 0.3], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'hair_black', family: 'organic', tags: ['hair', 'black', 'dark', 'human', 'glossy'], synonyms: ['black hair', 'jet black hair'],
    pbr: { baseColor: '#141110', metallic: 0, roughness: 0.3, ior: 1.55, sheenColor: '#4a4644', sheenRoughness: 0.25, anisotropy: 0.85 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#0e0c0b', '#141110', '#1c1816'], roughness: [0.35, 0.25], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'hair_red', family: 'organic', tags: ['hair', 'red', 'auburn', 'copper', 'human'], synonyms: ['ginger hair', 'auburn hair', 'redhead'],
    pbr: { baseColor: '#8a3a1a', metallic: 0, roughness: 0.35, ior: 1.55, sheenColor: '#d0784a', sheenRoughness: 0.3, anisotropy: 0.8 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#6e2a10', '#8a3a1a', '#a44e28'], roughness: [0.4, 0.3], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.02 },
    source: 'substance',
  },
  {
    id: 'hair_grey', family: 'organic', tags: ['hair', 'grey', 'silver', 'elderly', 'human'], synonyms: ['gray hair', 'silver hair', 'white hair'],
    pbr: { baseColor: '#a8a49e', metallic: 0, roughness: 0.38, ior: 1.55, sheenColor: '#e0ded8', sheenRoughness: 0.3, anisotropy: 0.8 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#8a8680', '#a8a49e', '#c4c0ba'], roughness: [0.42, 0.34], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.02 },
    source: 'substance',
  },

  // ── Scales and reptile/amphibian skin ──────────────────────────────────────
  {
    id: 'scales', family: 'organic', tags: ['scales', 'reptile', 'green', 'lizard', 'creature'], synonyms: ['reptile scales', 'lizard skin', 'dragon scales'],
    pbr: { baseColor: '#465428', metallic: 0, roughness: 0.5, ior: 1.55, clearcoat: 0.2, clearcoatRoughness: 0.3 },
    texture: { pattern: { kind: 'cells', scale: 20, jitter: 0.5, output: 'distance' }, colors: ['#1e2a14', '#3e5226', '#6a7a3a'], roughness: [0.6, 0.4], normalStrength: 1.5, detail: 0.15, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'scales_snake', family: 'organic', tags: ['scales', 'snake', 'reptile', 'glossy', 'olive'], synonyms: ['snakeskin', 'python skin', 'serpent scales'],
    pbr: { baseColor: '#56523a', metallic: 0, roughness: 0.38, ior: 1.55, clearcoat: 0.5, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'hexagons', scale: 16, gap: 0.08 }, colors: ['#1a1a12', '#3e3e28', '#5e5a3c'], roughness: [0.5, 0.3], normalStrength: 1.2, detail: 0.15, tileSizeM: 0.08 },
    source: 'substance',
  },
  {
    id: 'scales_fish', family: 'organic', tags: ['scales', 'fish', 'silver', 'wet', 'shiny'], synonyms: ['fish skin', 'fish scales', 'silver scales'],
    pbr: { baseColor: [0.55, 0.57, 0.6], metallic: 0, roughness: 0.2, ior: 1.83, clearcoat: 1, clearcoatRoughness: 0.05 },
    texture: { pattern: { kind: 'cells', scale: 24, jitter: 0.3, output: 'cells' }, colors: ['#8a9098', '#c8ccd2', '#dce0e6'], roughness: [0.25, 0.15], normalStrength: 0.8, detail: 0.1, tileSizeM: 0.06 },
    source: 'substance',
  },
  {
    id: 'scales_crocodile', family: 'organic', tags: ['scales', 'crocodile', 'armoured', 'reptile', 'dark'], synonyms: ['crocodile skin', 'alligator hide', 'croc scales'],
    pbr: { baseColor: '#3a3c26', metallic: 0, roughness: 0.68, ior: 1.55 },
    texture: { pattern: { kind: 'cells', scale: 6, jitter: 0.4, output: 'distance' }, colors: ['#1a1c12', '#3a3e26', '#5a5a3a'], roughness: [0.75, 0.6], normalStrength: 2.5, detail: 0.3, tileSizeM: 0.3 },
    source: 'substance',
  },
  {
    id: 'frog_skin', family: 'organic', tags: ['amphibian', 'green', 'wet', 'spotted', 'slimy'], synonyms: ['amphibian skin', 'toad skin', 'newt skin'],
    pbr: { baseColor: '#4a7228', metallic: 0, roughness: 0.22, ior: 1.4, clearcoat: 0.8, clearcoatRoughness: 0.1 },
    texture: { pattern: { kind: 'rust', coverage: 0.4, scale: 6 }, colors: ['#4e7a28', '#1e2a0e'], roughness: [0.2, 0.25], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'elephant_skin', family: 'organic', tags: ['grey', 'wrinkled', 'thick', 'animal', 'rough'], synonyms: ['elephant hide', 'rhino hide', 'pachyderm skin'],
    pbr: { baseColor: '#7a736c', metallic: 0, roughness: 0.85 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.8, output: 'edges' }, colors: ['#3e3a36', '#6e6660', '#8a827a'], roughness: [0.9, 0.8], normalStrength: 2, detail: 0.4, tileSizeM: 0.3 },
    source: 'substance',
  },

  // ── Feathers ───────────────────────────────────────────────────────────────
  {
    id: 'feathers', family: 'organic', tags: ['feathers', 'brown', 'bird', 'soft', 'barred'], synonyms: ['plumage', 'feather', 'hawk feathers'],
    pbr: { baseColor: '#6a5036', metallic: 0, roughness: 0.65, sheenColor: '#b09878', sheenRoughness: 0.5, anisotropy: 0.4, doubleSided: true },
    texture: { pattern: { kind: 'stripes', count: 64, softness: 0.5 }, colors: ['#3a2a1c', '#6e5238', '#9a7a58'], roughness: [0.7, 0.6], normalStrength: 0.5, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'feathers_white', family: 'organic', tags: ['feathers', 'white', 'bird', 'soft', 'angelic'], synonyms: ['swan feathers', 'dove feathers', 'down'],
    pbr: { baseColor: '#dcdad4', metallic: 0, roughness: 0.6, sheenColor: '#ffffff', sheenRoughness: 0.5, anisotropy: 0.4, doubleSided: true },
    texture: { pattern: { kind: 'stripes', count: 64, softness: 0.6 }, colors: ['#c8c6c0', '#dedcd6', '#ecebe6'], roughness: [0.65, 0.55], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'feathers_raven', family: 'organic', tags: ['feathers', 'black', 'glossy', 'bird', 'gothic'], synonyms: ['crow feathers', 'black feathers', 'raven plumage'],
    pbr: { baseColor: '#141418', metallic: 0, roughness: 0.4, sheenColor: '#3a4a8a', sheenRoughness: 0.35, anisotropy: 0.5, doubleSided: true },
    texture: { pattern: { kind: 'stripes', count: 64, softness: 0.5 }, colors: ['#0c0c10', '#141418', '#1c1c24'], roughness: [0.45, 0.35], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },
  {
    id: 'feathers_peacock', family: 'organic', tags: ['feathers', 'teal', 'iridescent', 'bird', 'exotic'], synonyms: ['peacock feathers', 'iridescent plumage'],
    pbr: { baseColor: '#0e3a48', metallic: 0, roughness: 0.35, sheenColor: '#30e0a0', sheenRoughness: 0.3, anisotropy: 0.5, doubleSided: true },
    texture: { pattern: { kind: 'stripes', count: 64, softness: 0.5 }, colors: ['#08202a', '#0e3a4a', '#1a6a5a'], roughness: [0.4, 0.3], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.05 },
    source: 'substance',
  },

  // ── Flesh and wet tissue ───────────────────────────────────────────────────
  {
    id: 'flesh', family: 'organic', tags: ['flesh', 'red', 'wet', 'raw', 'gore'], synonyms: ['raw flesh', 'muscle', 'meat tissue', 'wound'],
    pbr: { baseColor: [0.42, 0.08, 0.07], metallic: 0, roughness: 0.3, ior: 1.4, clearcoat: 0.4, clearcoatRoughness: 0.15 },
    texture: { pattern: { kind: 'stripes', count: 48, softness: 0.7 }, colors: ['#8a1e1c', '#ad4a44', '#c86a60'], roughness: [0.35, 0.25], normalStrength: 0.6, detail: 0.35, tileSizeM: 0.1 },
    source: 'jensen2001',
  },
  {
    id: 'organ_liver', family: 'organic', tags: ['organ', 'dark', 'red', 'wet', 'gore'], synonyms: ['liver', 'organ tissue', 'viscera'],
    pbr: { baseColor: [0.18, 0.03, 0.025], metallic: 0, roughness: 0.2, ior: 1.4, clearcoat: 0.7, clearcoatRoughness: 0.1 },
    texture: { pattern: { kind: 'noise', scale: 10, octaves: 4, gain: 0.5 }, colors: ['#602420', '#76302c', '#883a34'], roughness: [0.25, 0.18], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.1 },
    source: 'jensen2001',
  },
  {
    id: 'mucous_membrane', family: 'organic', tags: ['pink', 'wet', 'mouth', 'tissue', 'glossy'], synonyms: ['gums', 'tongue', 'inner mouth', 'mucosa'],
    pbr: { baseColor: [0.6, 0.2, 0.2], metallic: 0, roughness: 0.22, ior: 1.4, clearcoat: 0.6, clearcoatRoughness: 0.1 },
    texture: { pattern: { kind: 'noise', scale: 40, octaves: 3, gain: 0.5 }, colors: ['#b86f6f', '#cb7c7c', '#d88484'], roughness: [0.28, 0.18], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.03 },
    source: 'jensen2001',
  },

  {
    id: 'blood_dried', family: 'organic', tags: ['blood', 'dark', 'red', 'crusted', 'gore'], synonyms: ['dried blood', 'blood stain', 'clotted blood'],
    pbr: { baseColor: '#561410', metallic: 0, roughness: 0.55, ior: 1.4 },
    texture: { pattern: { kind: 'noise', scale: 12, octaves: 5, gain: 0.55 }, colors: ['#340a08', '#561410', '#6e1c14'], roughness: [0.45, 0.65], normalStrength: 0.5, detail: 0.4, tileSizeM: 0.2 },
    source: 'pbdb',
  },

  // ── Bone, ivory, horn, antler ──────────────────────────────────────────────
  {
    id: 'bone', family: 'organic', tags: ['bone', 'white', 'skeleton', 'porous', 'rough'], synonyms: ['skeleton', 'skull', 'bones'],
    pbr: { baseColor: [0.793, 0.793, 0.664], metallic: 0, roughness: 0.6, ior: 1.5 },
    texture: { pattern: { kind: 'noise', scale: 32, octaves: 4, gain: 0.5 }, colors: ['#cfcfb8', '#e6e6d4', '#f0f0e2'], roughness: [0.7, 0.55], normalStrength: 0.6, detail: 0.3, tileSizeM: 0.1 },
    source: 'pbdb',
  },
  {
    id: 'bone_weathered', family: 'organic', tags: ['bone', 'bleached', 'cracked', 'desert', 'dry'], synonyms: ['bleached bone', 'old bone', 'desert skull'],
    pbr: { baseColor: '#cfc7b2', metallic: 0, roughness: 0.85, ior: 1.5 },
    texture: { pattern: { kind: 'cells', scale: 10, jitter: 0.9, output: 'edges' }, colors: ['#8a8070', '#d4ccb8', '#e2dccc'], roughness: [0.9, 0.82], normalStrength: 1.2, detail: 0.3, tileSizeM: 0.2 },
    source: 'pbdb',
  },
  {
    id: 'ivory_tusk', family: 'organic', tags: ['ivory', 'cream', 'polished', 'carved', 'antique'], synonyms: ['ivory', 'tusk', 'elephant ivory'],
    pbr: { baseColor: [0.78, 0.72, 0.56], metallic: 0, roughness: 0.25, ior: 1.54 },
    texture: { pattern: { kind: 'wood', rings: 30, distortion: 0.15 }, colors: ['#ddd4ba', '#e5ddc5', '#ece5cf'], roughness: [0.28, 0.22], normalStrength: 0.2, detail: 0.1, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'horn', family: 'organic', tags: ['horn', 'keratin', 'brown', 'streaked', 'polished'], synonyms: ['cattle horn', 'keratin', 'ram horn'],
    pbr: { baseColor: '#392c1f', metallic: 0, roughness: 0.35, ior: 1.55, clearcoat: 0.3, clearcoatRoughness: 0.2 },
    texture: { pattern: { kind: 'wood', rings: 40, distortion: 0.4 }, colors: ['#8a7050', '#3a2a1e', '#1e1812'], roughness: [0.38, 0.3], normalStrength: 0.4, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'antler', family: 'organic', tags: ['antler', 'brown', 'ridged', 'deer', 'rough'], synonyms: ['deer antler', 'stag horn', 'elk antler'],
    pbr: { baseColor: '#a0907a', metallic: 0, roughness: 0.72, ior: 1.5 },
    texture: { pattern: { kind: 'ridged', scale: 6, octaves: 5, gain: 0.5 }, colors: ['#4a3a2a', '#8a7458', '#d8ccb4'], roughness: [0.85, 0.6], normalStrength: 2, detail: 0.3, tileSizeM: 0.15 },
    source: 'substance',
  },

  // ── Shell and chitin ───────────────────────────────────────────────────────
  {
    id: 'tortoiseshell_natural', family: 'organic', tags: ['tortoiseshell', 'brown', 'translucent', 'mottled', 'polished'], synonyms: ['turtle shell', 'hawksbill shell', 'real tortoiseshell'],
    pbr: { baseColor: '#8a541c', metallic: 0, roughness: 0.15, ior: 1.55, transmission: 0.35, thickness: 0.003, attenuationColor: [0.6, 0.25, 0.05], attenuationDistance: 0.002, clearcoat: 0.8, clearcoatRoughness: 0.05 },
    texture: { pattern: { kind: 'rust', coverage: 0.5, scale: 5 }, colors: ['#c07a2a', '#6b3510', '#2a1408'], roughness: [0.15, 0.15], normalStrength: 0.1, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'chitin', family: 'organic', tags: ['chitin', 'black', 'glossy', 'insect', 'carapace'], synonyms: ['exoskeleton', 'insect shell', 'carapace', 'beetle shell'],
    pbr: { baseColor: [0.02, 0.018, 0.015], metallic: 0, roughness: 0.3, ior: 1.56, clearcoat: 1, clearcoatRoughness: 0.1 },
    source: 'substance',
  },
  {
    id: 'chitin_jewel_beetle', family: 'organic', tags: ['chitin', 'green', 'iridescent', 'insect', 'glossy'], synonyms: ['jewel beetle', 'scarab shell', 'iridescent beetle'],
    pbr: { baseColor: [0.02, 0.12, 0.05], metallic: 0, roughness: 0.25, ior: 1.56, clearcoat: 1, clearcoatRoughness: 0.05, sheenColor: '#60ffb0', sheenRoughness: 0.25 },
    source: 'substance',
  },
  {
    id: 'seashell', family: 'organic', tags: ['shell', 'cream', 'ribbed', 'beach', 'coastal'], synonyms: ['scallop shell', 'clam shell', 'conch'],
    pbr: { baseColor: '#d4b496', metallic: 0, roughness: 0.5, ior: 1.53 },
    texture: { pattern: { kind: 'stripes', count: 24, softness: 0.6 }, colors: ['#b08a6a', '#e0c4a8', '#f0e0cc'], roughness: [0.6, 0.45], normalStrength: 1.5, detail: 0.2, tileSizeM: 0.1 },
    source: 'substance',
  },
  {
    id: 'egg_shell_white', family: 'organic', tags: ['eggshell', 'white', 'matte', 'kitchen', 'smooth'], synonyms: ['white eggshell', 'egg', 'hen egg'],
    pbr: { baseColor: [0.61, 0.624, 0.631], metallic: 0, roughness: 0.5, ior: 1.5 },
    source: 'pbdb',
  },
  {
    id: 'egg_shell_brown', family: 'organic', tags: ['eggshell', 'brown', 'matte', 'kitchen', 'farm'], synonyms: ['brown eggshell', 'brown egg'],
    pbr: { baseColor: [0.493, 0.248, 0.123], metallic: 0, roughness: 0.5, ior: 1.5 },
    source: 'pbdb',
  },

  // ── Teeth, nails, eyes, wax ────────────────────────────────────────────────
  {
    id: 'teeth', family: 'organic', tags: ['teeth', 'enamel', 'white', 'glossy', 'mouth'], synonyms: ['tooth', 'enamel', 'tooth enamel', 'fangs'],
    pbr: { baseColor: [0.78, 0.74, 0.62], metallic: 0, roughness: 0.15, ior: 1.63, clearcoat: 0.5, clearcoatRoughness: 0.1 },
    source: 'substance',
  },
  {
    id: 'fingernail', family: 'organic', tags: ['nail', 'keratin', 'pink', 'glossy', 'hand'], synonyms: ['nail', 'toenail', 'claw'],
    pbr: { baseColor: [0.72, 0.52, 0.48], metallic: 0, roughness: 0.2, ior: 1.55, clearcoat: 0.3, clearcoatRoughness: 0.15 },
    source: 'substance',
  },
  {
    id: 'eye_sclera', family: 'organic', tags: ['eye', 'white', 'wet', 'glossy', 'character'], synonyms: ['white of the eye', 'eyeball', 'sclera'],
    pbr: { baseColor: [0.652, 0.5, 0.394], metallic: 0, roughness: 0.15, ior: 1.4, clearcoat: 1, clearcoatRoughness: 0.02 },
    source: 'pbdb',
  },
  {
    id: 'eye_cornea', family: 'organic', tags: ['eye', 'clear', 'transparent', 'wet', 'character'], synonyms: ['cornea', 'eye lens', 'eye surface'],
    pbr: { baseColor: [1, 1, 1], metallic: 0, roughness: 0.02, ior: 1.376, transmission: 1, thickness: 0.0005 },
    source: 'pbdb',
  },
  {
    id: 'beeswax', family: 'organic', tags: ['wax', 'yellow', 'translucent', 'soft', 'candle'], synonyms: ['wax', 'bees wax', 'candle wax'],
    pbr: { baseColor: [0.62, 0.36, 0.06], metallic: 0, roughness: 0.45, ior: 1.44, transmission: 0.2, thickness: 0.02, attenuationColor: [0.8, 0.45, 0.08], attenuationDistance: 0.02 },
    source: 'pbdb',
  },
];
