import type { MaterialPreset } from '../types.js';

/*
 * Emissive: light-emitting surfaces — flames, embers, lava, neon, LEDs, lamps, screens, holograms, energy effects.
 * Sources: emissiveStrength follows the relative luminances of the IES Lighting Handbook (a candle flame is
 * dimmer than a torch, a neon tube brighter than a fluorescent tube, a filament brighter than both, a screen
 * dimmest of all): candle 2–6, torch 6–15, embers and campfire 3–12, lava 10–40, fluorescent 10–20,
 * LED panel 10–30, neon 20–60, filament 40–100, screens 1–5. Light colours are the chromaticity of the source's
 * colour temperature where it has one (candle ~1850 K, sodium ~2100 K, incandescent 2700 K, fluorescent
 * 4000 K, daylight LEDs and screens 5000–6500 K) or of its emission line (neon red 640 nm, sodium 589 nm).
 * Conventions: emissive is an sRGB hex with emissiveStrength ≥ 1; baseColor is the unlit surface (dark, or the
 * body colour of a diffuser or tube); a texture recipe gives the unlit surface's structure (lava crust, scanlines,
 * hex cells) with baseColor as its average colour; see-through effects use opacity < 1 with alphaMode 'blend'.
 */
export const EMISSIVE_PRESETS: MaterialPreset[] = [
  // ── Fire ───────────────────────────────────────────────────────────────────
  {
    id: 'candle_flame', family: 'emissive', tags: ['emissive', 'flame', 'orange', 'warm', 'cosy'], synonyms: ['candle', 'candlelight', 'wick flame'],
    pbr: { baseColor: [0.1, 0.04, 0.01], emissive: '#ff8a2a', emissiveStrength: 4, metallic: 0, roughness: 1, opacity: 0.9, alphaMode: 'blend', doubleSided: true },
    source: 'ies',
  },
  {
    id: 'torch_flame', family: 'emissive', tags: ['emissive', 'flame', 'fire', 'orange', 'medieval'], synonyms: ['torch', 'torch fire', 'brazier flame'],
    pbr: { baseColor: [0.1, 0.03, 0.005], emissive: '#ff7a1e', emissiveStrength: 10, metallic: 0, roughness: 1, opacity: 0.85, alphaMode: 'blend', doubleSided: true },
    source: 'ies',
  },
  {
    id: 'campfire_flame', family: 'emissive', tags: ['emissive', 'flame', 'fire', 'camp', 'warm'], synonyms: ['campfire', 'bonfire', 'fireplace fire', 'wood fire'],
    pbr: { baseColor: [0.1, 0.025, 0.004], emissive: '#ff6a14', emissiveStrength: 9, metallic: 0, roughness: 1, opacity: 0.85, alphaMode: 'blend', doubleSided: true },
    source: 'ies',
  },
  {
    id: 'embers', family: 'emissive', tags: ['emissive', 'embers', 'glowing', 'charcoal', 'hot'], synonyms: ['glowing coals', 'hot coals', 'smouldering charcoal', 'cinders'],
    pbr: { baseColor: '#5f210f', emissive: '#ff4a10', emissiveStrength: 5, metallic: 0, roughness: 0.9 },
    texture: { pattern: { kind: 'cells', scale: 8, jitter: 0.9, output: 'edges' }, colors: ['#ff5a14', '#3a1206', '#161212'], emission: [1, 0.05], roughness: [0.85, 0.95], normalStrength: 1.5, detail: 0.4, tileSizeM: 0.3 },
    source: 'ies',
  },
  {
    id: 'lava', family: 'emissive', tags: ['emissive', 'lava', 'volcanic', 'molten', 'crust'], synonyms: ['lava flow', 'pahoehoe', 'cooling lava', 'volcanic rock glow'],
    pbr: { baseColor: '#6e2e13', emissive: '#ff5a1a', emissiveStrength: 20, metallic: 0, roughness: 0.8 },
    texture: { pattern: { kind: 'ridged', scale: 4, octaves: 5, gain: 0.5 }, colors: ['#161210', '#1e1612', '#261a14', '#2e1c12', '#8a3010', '#ff7a20'], emission: [0, 1], roughness: [0.85, 0.5], normalStrength: 2, detail: 0.3, tileSizeM: 2 },
    source: 'ies',
  },
  {
    id: 'magma', family: 'emissive', tags: ['emissive', 'molten', 'orange', 'bright', 'volcanic'], synonyms: ['molten rock', 'lava lake', 'magma pool'],
    pbr: { baseColor: '#f27430', emissive: '#ff8a2a', emissiveStrength: 35, metallic: 0, roughness: 0.25 },
    texture: { pattern: { kind: 'noise', scale: 4, octaves: 4, gain: 0.5 }, colors: ['#c83a0a', '#ff7a1e', '#ffc060'], emission: [0.6, 1], roughness: [0.3, 0.2], normalStrength: 0.5, detail: 0.2, tileSizeM: 2 },
    source: 'ies',
  },
  {
    id: 'molten_metal', family: 'emissive', tags: ['emissive', 'molten', 'foundry', 'yellow', 'hot'], synonyms: ['molten iron', 'molten steel', 'foundry pour', 'hot metal'],
    pbr: { baseColor: [0.9, 0.55, 0.2], emissive: '#ffb050', emissiveStrength: 25, metallic: 0, roughness: 0.15 },
    source: 'ies',
  },

  // ── Neon tubes ─────────────────────────────────────────────────────────────
  {
    id: 'neon_pink', family: 'emissive', tags: ['emissive', 'pink', 'sign', 'cyberpunk', 'neon'], synonyms: ['neon', 'neon sign', 'magenta neon'],
    pbr: { baseColor: [0.05, 0.01, 0.03], emissive: '#ff2a9d', emissiveStrength: 40, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },
  {
    id: 'neon_blue', family: 'emissive', tags: ['emissive', 'blue', 'sign', 'cyberpunk', 'neon'], synonyms: ['blue neon', 'argon tube', 'blue neon sign'],
    pbr: { baseColor: [0.01, 0.02, 0.05], emissive: '#2a7aff', emissiveStrength: 35, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },
  {
    id: 'neon_red', family: 'emissive', tags: ['emissive', 'red', 'sign', 'retro', 'neon'], synonyms: ['red neon', 'neon gas red', 'open sign'],
    pbr: { baseColor: [0.05, 0.01, 0.005], emissive: '#ff2a12', emissiveStrength: 45, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },
  {
    id: 'neon_green', family: 'emissive', tags: ['emissive', 'green', 'sign', 'cyberpunk', 'neon'], synonyms: ['green neon', 'green neon sign'],
    pbr: { baseColor: [0.01, 0.05, 0.015], emissive: '#3aff5a', emissiveStrength: 35, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },
  {
    id: 'neon_white', family: 'emissive', tags: ['emissive', 'white', 'sign', 'modern', 'neon'], synonyms: ['white neon', 'cold cathode', 'white neon sign'],
    pbr: { baseColor: [0.04, 0.04, 0.045], emissive: '#f4f0ff', emissiveStrength: 30, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },
  {
    id: 'neon_uv_purple', family: 'emissive', tags: ['emissive', 'purple', 'ultraviolet', 'club', 'neon'], synonyms: ['blacklight', 'uv light', 'black light tube', 'violet neon'],
    pbr: { baseColor: [0.03, 0.01, 0.06], emissive: '#7a2aff', emissiveStrength: 20, metallic: 0, roughness: 0.2 },
    source: 'ies',
  },

  // ── Lamps and panels ───────────────────────────────────────────────────────
  {
    id: 'incandescent_filament', family: 'emissive', tags: ['emissive', 'warm', 'bulb', 'tungsten', 'vintage'], synonyms: ['light bulb filament', 'edison bulb', 'tungsten filament'],
    pbr: { baseColor: [0.3, 0.2, 0.12], emissive: '#ffb46b', emissiveStrength: 70, metallic: 0, roughness: 0.4 },
    source: 'ies',
  },
  {
    id: 'fluorescent_tube', family: 'emissive', tags: ['emissive', 'white', 'office', 'tube', 'cool'], synonyms: ['fluorescent light', 'strip light', 'tube light'],
    pbr: { baseColor: [0.8, 0.8, 0.8], emissive: '#ffd3a5', emissiveStrength: 15, metallic: 0, roughness: 0.4 },
    source: 'ies',
  },
  {
    id: 'led_panel', family: 'emissive', tags: ['emissive', 'white', 'panel', 'ceiling', 'modern'], synonyms: ['led light panel', 'ceiling panel', 'light panel', 'softbox'],
    pbr: { baseColor: [0.85, 0.85, 0.85], emissive: '#ffe6d0', emissiveStrength: 20, metallic: 0, roughness: 0.3 },
    source: 'ies',
  },
  {
    id: 'led_indicator_red', family: 'emissive', tags: ['emissive', 'red', 'indicator', 'electronics', 'small'], synonyms: ['status led', 'red led', 'power light'],
    pbr: { baseColor: [0.3, 0.02, 0.01], emissive: '#ff1a0a', emissiveStrength: 15, metallic: 0, roughness: 0.15 },
    source: 'ies',
  },
  {
    id: 'sodium_streetlamp', family: 'emissive', tags: ['emissive', 'orange', 'street', 'night', 'urban'], synonyms: ['sodium lamp', 'street light', 'sodium vapour lamp'],
    pbr: { baseColor: [0.6, 0.5, 0.3], emissive: '#ff9024', emissiveStrength: 30, metallic: 0, roughness: 0.35 },
    source: 'ies',
  },
  {
    id: 'lightbox_panel', family: 'emissive', tags: ['emissive', 'white', 'sign', 'backlit', 'diffuser'], synonyms: ['lightbox', 'backlit sign', 'light box'],
    pbr: { baseColor: [0.82, 0.82, 0.82], emissive: '#fff8fe', emissiveStrength: 8, metallic: 0, roughness: 0.25 },
    source: 'ies',
  },

  // ── Screens ────────────────────────────────────────────────────────────────
  {
    id: 'screen_monitor', family: 'emissive', tags: ['emissive', 'screen', 'display', 'office', 'glass'], synonyms: ['screen', 'monitor', 'phone screen', 'tv screen', 'display'],
    pbr: { baseColor: [0.01, 0.01, 0.012], emissive: '#fff8fe', emissiveStrength: 3, metallic: 0, roughness: 0.05 },
    source: 'ies',
  },
  {
    id: 'screen_crt_green', family: 'emissive', tags: ['emissive', 'green', 'retro', 'terminal', 'scanlines'], synonyms: ['green terminal', 'crt monitor', 'phosphor screen'],
    pbr: { baseColor: '#162d1a', emissive: '#33ff66', emissiveStrength: 2.5, metallic: 0, roughness: 0.1 },
    texture: { pattern: { kind: 'stripes', count: 200, softness: 0.5 }, colors: ['#0a1a0e', '#1e3a22'], emission: [0.4, 1], roughness: [0.1, 0.1], normalStrength: 0, detail: 0, tileSizeM: 0.3 },
    source: 'ies',
  },

  // ── Sci-fi and magic effects ───────────────────────────────────────────────
  {
    id: 'hologram', family: 'emissive', tags: ['emissive', 'cyan', 'hologram', 'scifi', 'transparent'], synonyms: ['holographic display', 'holo', 'hologram projection'],
    pbr: { baseColor: '#22a0b4', emissive: '#3ae0ff', emissiveStrength: 4, metallic: 0, roughness: 0.2, opacity: 0.4, alphaMode: 'blend', doubleSided: true },
    texture: { pattern: { kind: 'stripes', count: 96, softness: 0.3 }, colors: ['#0a3040', '#40d8f0'], emission: [0.3, 1], roughness: [0.2, 0.2], normalStrength: 0, detail: 0.05, tileSizeM: 0.5 },
    source: 'ies',
  },
  {
    id: 'energy_shield', family: 'emissive', tags: ['emissive', 'blue', 'shield', 'scifi', 'transparent'], synonyms: ['force field', 'deflector shield', 'barrier', 'bubble shield'],
    pbr: { baseColor: '#5a92c7', emissive: '#4ab0ff', emissiveStrength: 5, metallic: 0, roughness: 0.1, opacity: 0.35, alphaMode: 'blend', doubleSided: true },
    texture: { pattern: { kind: 'hexagons', scale: 12, gap: 0.08 }, colors: ['#a0e0ff', '#2a6ab0'], emission: [1, 0.35], roughness: [0.1, 0.1], normalStrength: 0.3, detail: 0, tileSizeM: 2 },
    source: 'ies',
  },
  {
    id: 'plasma', family: 'emissive', tags: ['emissive', 'violet', 'electric', 'scifi', 'energy'], synonyms: ['plasma arc', 'plasma ball', 'ionised gas'],
    pbr: { baseColor: '#7c56a2', emissive: '#b070ff', emissiveStrength: 25, metallic: 0, roughness: 0.3, opacity: 0.7, alphaMode: 'blend', doubleSided: true },
    texture: { pattern: { kind: 'ridged', scale: 3, octaves: 4, gain: 0.5 }, colors: ['#1a0830', '#2a1048', '#6a3aa0', '#e0b0ff'], emission: [0.1, 1], roughness: [0.3, 0.3], normalStrength: 0, detail: 0.1, tileSizeM: 0.5 },
    source: 'ies',
  },
  {
    id: 'magic_runes', family: 'emissive', tags: ['emissive', 'cyan', 'magic', 'fantasy', 'runes'], synonyms: ['glowing runes', 'arcane glyphs', 'spell circle', 'enchantment'],
    pbr: { baseColor: [0.03, 0.05, 0.06], emissive: '#4ad8ff', emissiveStrength: 6, metallic: 0, roughness: 0.6 },
    source: 'ies',
  },
  {
    id: 'laser_beam_red', family: 'emissive', tags: ['emissive', 'red', 'laser', 'beam', 'scifi'], synonyms: ['laser', 'red laser', 'laser beam'],
    pbr: { baseColor: [0.2, 0, 0], emissive: '#ff0a0a', emissiveStrength: 50, metallic: 0, roughness: 0.5, opacity: 0.7, alphaMode: 'blend', doubleSided: true },
    source: 'ies',
  },
  {
    id: 'tracer_fire', family: 'emissive', tags: ['emissive', 'red', 'orange', 'military', 'streak'], synonyms: ['tracer round', 'tracer', 'muzzle trail'],
    pbr: { baseColor: [0.2, 0.05, 0.02], emissive: '#ff3a1a', emissiveStrength: 30, metallic: 0, roughness: 0.5, doubleSided: true },
    source: 'ies',
  },
  {
    id: 'welding_arc', family: 'emissive', tags: ['emissive', 'white', 'blue', 'blinding', 'industrial'], synonyms: ['arc welding', 'electric arc', 'welding spark'],
    pbr: { baseColor: [0.6, 0.65, 0.75], emissive: '#d8e8ff', emissiveStrength: 200, metallic: 0, roughness: 0.5, doubleSided: true },
    source: 'ies',
  },

  // ── Bioluminescence and chemiluminescence ──────────────────────────────────
  {
    id: 'bioluminescent_fungus', family: 'emissive', tags: ['emissive', 'green', 'fungus', 'fantasy', 'forest'], synonyms: ['glowing mushroom', 'foxfire', 'ghost fungus'],
    pbr: { baseColor: '#9ac8a8', emissive: '#5aff9a', emissiveStrength: 2, metallic: 0, roughness: 0.6, sheenColor: '#c0ffd8', sheenRoughness: 0.5 },
    source: 'ies',
  },
  {
    id: 'bioluminescent_plankton', family: 'emissive', tags: ['emissive', 'blue', 'ocean', 'night', 'magical'], synonyms: ['sea sparkle', 'glowing water', 'jellyfish glow', 'noctiluca'],
    pbr: { baseColor: [0.01, 0.03, 0.06], emissive: '#2a8aff', emissiveStrength: 3, metallic: 0, roughness: 0.1, opacity: 0.6, alphaMode: 'blend', doubleSided: true },
    source: 'ies',
  },
  {
    id: 'glowstick', family: 'emissive', tags: ['emissive', 'green', 'party', 'plastic', 'chemical'], synonyms: ['glow stick', 'lightstick', 'chemlight'],
    pbr: { baseColor: [0.3, 0.8, 0.1], emissive: '#7aff3a', emissiveStrength: 5, metallic: 0, roughness: 0.25, ior: 1.49 },
    source: 'ies',
  },
];
