/**
 * The set's own surfaces as the text dresses them: "a marble floor", "rough brick walls", "rain on the glass
 * roof". The material word in such a phrase is what the floor, walls or ceiling are made of — never a thing of
 * its own (a "glass" is no wine glass there, "brick" no loose brick).
 */
import type { Token } from './tokens.js';
import { lookupMaterial } from '../lexicon/index.js';

/** The set part each surface noun names: a roof seen from inside is its ceiling. */
const SURFACE_NOUNS: Readonly<Record<string, SetSurface>> = {
  floor: 'floor', floors: 'floor', floorboards: 'floor', flooring: 'floor', ground: 'floor',
  wall: 'walls', walls: 'walls',
  ceiling: 'ceiling', ceilings: 'ceiling', roof: 'ceiling', rafters: 'ceiling', vault: 'ceiling',
};

export type SetSurface = 'floor' | 'walls' | 'ceiling';

/** Longest run of modifiers looked at before a surface noun ("old cracked black marble floor"). */
const MAX_MODIFIERS = 4;

/**
 * A surface phrase starting at i ("glass roof", "cold stone walls"): its length through the surface noun and the
 * material it names, when the words from i to a surface noun are modifiers and one of them is a material.
 */
export function surfacePhraseAt(clause: Token[], i: number): { length: number; surface: SetSurface; material: string } | undefined {
  for (let j = i; j < Math.min(clause.length, i + MAX_MODIFIERS + 1); j++) {
    const t = clause[j]!;
    const surface = SURFACE_NOUNS[t.word];
    if (surface && j > i) {
      const material = lookupMaterial(clause.slice(i, j).map((m) => m.word));
      return material ? { length: j - i + 1, surface, material } : undefined;
    }
    // "whitewashed walls", "polished marble floor": a participle describes; any other verb ends the phrase.
    const verb = t.tags.has('Verb') && !t.tags.has('Adjective') && !/ed$/.test(t.word);
    if (t.comma || t.clauseEnd || verb || t.tags.has('Preposition') || t.tags.has('Determiner')) return undefined;
  }
  return undefined;
}

/** Every surface the text gives a material, first mention winning. */
export function readSurfaces(tokens: Token[]): Partial<Record<SetSurface, string>> | undefined {
  const out: Partial<Record<SetSurface, string>> = {};
  for (let i = 0; i < tokens.length; i++) {
    const hit = surfacePhraseAt(tokens, i);
    if (!hit) continue;
    out[hit.surface] ??= hit.material;
    i += hit.length - 1;
  }
  return Object.keys(out).length ? out : undefined;
}
