/**
 * Colour names → sRGB hex, and the modifiers ordinary English puts in front of them ('pale blue', 'deep red').
 * Values are the common web/paint readings of each name. Metal and gem names that are also colours (gold,
 * silver, copper, emerald …) are here as colours; as materials they are in materials.ts, and the parser prefers
 * the material, whose preset carries the colour with it.
 */

export const COLOUR_WORDS: Record<string, string> = {
  // reds
  red: '#c0392b', crimson: '#a50e2d', scarlet: '#e52b1e', maroon: '#800000', burgundy: '#800020', wine: '#722f37',
  'wine red': '#722f37', 'blood red': '#8a0303', 'cherry red': '#d2042d', ruby: '#9b111e', cardinal: '#c41e3a',
  vermilion: '#e34234', carmine: '#960018', oxblood: '#4a0000', rust: '#b7410e', brick: '#8b3a2b', 'brick red': '#8b3a2b',
  // oranges and yellows
  orange: '#e67e22', tangerine: '#f28500', amber: '#ffbf00', apricot: '#fbceb1', peach: '#ffcba4', coral: '#ff7f50',
  salmon: '#fa8072', copper: '#b87333', ochre: '#cc7722', ocher: '#cc7722', saffron: '#f4c430', mustard: '#d4a017',
  yellow: '#f1c40f', lemon: '#fff44f', canary: '#ffef00', gold: '#d4af37', golden: '#d4af37', honey: '#eba937',
  butter: '#f3e07a', straw: '#e4d96f', blonde: '#e8d08a', blond: '#e8d08a', ginger: '#b06500', auburn: '#a52a2a',
  // greens
  green: '#27ae60', emerald: '#50c878', jade: '#00a86b', lime: '#9acd32', 'lime green': '#32cd32', olive: '#808000',
  'olive green': '#6b7c2e', khaki: '#c3b091', sage: '#9caf88', mint: '#98ff98', 'mint green': '#98ff98', 'forest green': '#228b22',
  'bottle green': '#006a4e', 'racing green': '#004225', 'british racing green': '#004225', moss: '#8a9a5b', 'moss green': '#8a9a5b',
  chartreuse: '#7fff00', pistachio: '#93c572', 'sea green': '#2e8b57', 'pea green': '#8eab12', 'army green': '#4b5320',
  // blues and cyans
  teal: '#008080', turquoise: '#40e0d0', aquamarine: '#7fffd4', aqua: '#00ffff', cyan: '#00b7eb', blue: '#2e6fd1',
  'sky blue': '#87ceeb', 'baby blue': '#89cff0', 'powder blue': '#b0e0e6', 'royal blue': '#4169e1', 'navy blue': '#000080',
  navy: '#000080', azure: '#007fff', cobalt: '#0047ab', 'cobalt blue': '#0047ab', cerulean: '#007ba7', sapphire: '#0f52ba',
  indigo: '#4b0082', denim: '#1560bd', 'midnight blue': '#191970', 'steel blue': '#4682b4', 'petrol blue': '#005f6a',
  'electric blue': '#7df9ff', ultramarine: '#3f00ff', 'slate blue': '#6a5acd', 'duck egg': '#c3dfd6',
  // purples and pinks
  purple: '#8e44ad', violet: '#8f00ff', lavender: '#b57edc', lilac: '#c8a2c8', mauve: '#e0b0ff', plum: '#8e4585',
  amethyst: '#9966cc', aubergine: '#3d0734', eggplant: '#614051', magenta: '#ff00ff', fuchsia: '#ff00ff', pink: '#ff8fab',
  'hot pink': '#ff69b4', 'baby pink': '#f4c2c2', rose: '#e8a0a8', 'rose pink': '#ff66cc', blush: '#de5d83', raspberry: '#e30b5c',
  cerise: '#de3163',
  // browns and neutrals
  brown: '#7b4a2a', chocolate: '#7b3f00', coffee: '#6f4e37', mocha: '#967969', chestnut: '#954535', mahogany: '#6a2e1f',
  walnut: '#5d432c', umber: '#635147', sienna: '#a0522d', 'burnt sienna': '#e97451', tan: '#d2b48c', beige: '#e8dcc4',
  taupe: '#8b8589', camel: '#c19a6b', fawn: '#e5aa70', sand: '#c2b280', sandy: '#c2b280', buff: '#dac292', bronze: '#cd7f32',
  cream: '#fffdd0', ivory: '#fffff0', 'off-white': '#f5f3ea', eggshell: '#f0ead6', linen: '#faf0e6', 'bone white': '#e3dac9',
  white: '#f5f5f5', 'snow white': '#fffafa', 'pure white': '#ffffff', pearl: '#eae0c8',
  silver: '#c0c0c0', grey: '#808080', gray: '#808080', 'light grey': '#c8c8c8', 'dark grey': '#4a4a4a', charcoal: '#36454f',
  slate: '#708090', 'slate grey': '#708090', gunmetal: '#2a3439', ash: '#b2beb5', pewter: '#8e9196', graphite: '#383838',
  smoke: '#738276', 'dove grey': '#b0aca4',
  black: '#111111', 'jet black': '#0a0a0a', 'pitch black': '#050505', ebony: '#2c2522', onyx: '#353839', sable: '#1b1b1b', inky: '#1a1a2e',
  // -ish forms: the base hue, a little greyed, since '-ish' hedges
  reddish: '#b5534a', orangish: '#d9894a', yellowish: '#dcc35a', greenish: '#5f9e6e', bluish: '#5a7fb5', purplish: '#86619c',
  pinkish: '#e3a1b1', brownish: '#86634a', greyish: '#8d8d8d', grayish: '#8d8d8d', blackish: '#262626', whitish: '#ebebeb',
};

/**
 * What a modifier does to the colour after it, in HSL: lightness and saturation deltas (-1..1) added to the
 * colour's own, clamped. 'Pale' lifts and greys; 'deep' darkens and saturates; 'neon' pushes saturation all
 * the way.
 */
export const COLOUR_MODIFIERS: Record<string, { lightness?: number; saturation?: number }> = {
  light: { lightness: 0.2 },
  pale: { lightness: 0.25, saturation: -0.25 },
  pastel: { lightness: 0.25, saturation: -0.15 },
  soft: { lightness: 0.1, saturation: -0.2 },
  bright: { lightness: 0.08, saturation: 0.2 },
  vivid: { saturation: 0.3 },
  vibrant: { saturation: 0.3 },
  neon: { lightness: 0.05, saturation: 1 },
  electric: { lightness: 0.05, saturation: 0.4 },
  dark: { lightness: -0.2 },
  deep: { lightness: -0.15, saturation: 0.1 },
  rich: { lightness: -0.08, saturation: 0.15 },
  dull: { saturation: -0.35 },
  muted: { saturation: -0.35 },
  dusty: { lightness: 0.05, saturation: -0.3 },
  faded: { lightness: 0.12, saturation: -0.3 },
  washed: { lightness: 0.15, saturation: -0.35 },
  dirty: { lightness: -0.1, saturation: -0.25 },
  murky: { lightness: -0.15, saturation: -0.3 },
  sickly: { lightness: 0.05, saturation: -0.2 },
  hot: { saturation: 0.25 },
};

export function hexToHsl(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  const r = ((n >> 16) & 255) / 255;
  const g = ((n >> 8) & 255) / 255;
  const b = (n & 255) / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

export function hslToHex(h: number, s: number, l: number): string {
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  const channels = s === 0 ? [l, l, l] : [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
  return `#${channels.map((c) => Math.round(c * 255).toString(16).padStart(2, '0')).join('')}`;
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** The colour with a modifier applied; unknown modifiers leave it as it was. */
export function applyColourModifier(hex: string, modifier: string): string {
  const m = COLOUR_MODIFIERS[modifier];
  if (!m) return hex;
  const [h, s, l] = hexToHsl(hex);
  return hslToHex(h, clamp01(s + (m.saturation ?? 0)), clamp01(l + (m.lightness ?? 0)));
}
