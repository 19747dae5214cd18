/**
 * Props: parametric objects with real-world dimensions and named material slots. A prop is a geometry
 * generator (so specs can use it like `{ "type": "barrel" }`) plus what layouts and planners need to know:
 * where it goes, what can stand on it, what light it gives, what people call it.
 */
import type { z } from 'zod';
import type { GeometryGenerator } from '../generator.js';
import type { V3 } from './builder.js';

export type PropCategory = 'furniture' | 'lighting' | 'architecture' | 'container' | 'tableware' | 'nature' | 'decor' | 'vehicle' | 'character' | 'scifi';

/** Where a layout may put a prop. `surface`: on top of another prop's surface (a cup on a table). */
export type Placement = 'floor' | 'wall' | 'corner' | 'center' | 'surface' | 'ceiling';

export interface PropInfo<P> {
  category: PropCategory;
  /** Other words for it, for planners and search ("cask", "keg" for a barrel). */
  synonyms: readonly string[];
  placement: readonly Placement[];
  /** Height above the base of the top surface other props can rest on (tables, desks, altars). */
  surfaceHeight?: (params: P) => number;
  /** The light it carries (torch flame, candle, lamp bulb), relative to its base. */
  light?: (params: P) => { offset: V3; kelvin: number; lumens: number };
  /** Themes whose rooms use it; see geometry/level/themes.ts. */
  themes: readonly string[];
  /** Which way the prop faces: its front looks along +Z (a chair's seat front, a cabinet's doors). */
  facing?: 'front' | 'none';
}

export type PropDef<S extends z.ZodType = z.ZodType> = GeometryGenerator<S> & {
  defaultMaterials: Readonly<Record<string, string>>;
  prop: PropInfo<z.infer<S>>;
};

export function defineProp<S extends z.ZodType>(def: PropDef<S>): PropDef<S> {
  return def;
}
