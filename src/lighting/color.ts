/** Light colours: a spec colour or a colour temperature → linear RGB for glTF. */
import type { LightColor } from '../core/zod.js';
import { colorToLinear } from '../core/color.js';
import { kelvinToLinearRgb } from './kelvin.js';

export function lightColorToLinear(color: LightColor): [number, number, number] {
  if (typeof color === 'object' && !Array.isArray(color)) return kelvinToLinearRgb(color.kelvin);
  return colorToLinear(color);
}
