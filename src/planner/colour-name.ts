/** Plain colour names for reports and prompts: "red", "brown", "grey" — the words a person would use. */
export const HUE_NAMES = ['red', 'orange', 'yellow', 'green', 'cyan', 'blue', 'purple', 'pink', 'brown', 'white', 'black', 'grey'] as const;
export type HueName = (typeof HUE_NAMES)[number];

/** sRGB components 0–1 → the nearest everyday colour name, by hue, saturation and value. */
export function colourName([r, g, b]: readonly [number, number, number]): HueName {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const v = max;
  const s = max === 0 ? 0 : (max - min) / max;
  if (v < 0.16) return 'black';
  if (s < 0.16) return v > 0.82 ? 'white' : 'grey';
  let h: number;
  if (max === r) h = ((g - b) / (max - min)) % 6;
  else if (max === g) h = (b - r) / (max - min) + 2;
  else h = (r - g) / (max - min) + 4;
  h = (h * 60 + 360) % 360;
  // Dark oranges and reds read as brown (wood, leather, earth).
  if (h >= 10 && h < 45 && v < 0.62) return 'brown';
  if (h < 12 || h >= 345) return v < 0.45 && s < 0.6 ? 'brown' : 'red';
  if (h < 42) return 'orange';
  if (h < 70) return 'yellow';
  if (h < 165) return 'green';
  if (h < 200) return 'cyan';
  if (h < 255) return 'blue';
  if (h < 290) return 'purple';
  return 'pink';
}
