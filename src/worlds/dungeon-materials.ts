/**
 * A level's K materials: the theme's palette stretched to K names, then dealt to the props so that every one of
 * the K appears in the scene while repeated props keep one material set (and so one shared mesh).
 */
import type { z } from 'zod';
import type { MaterialSpec } from '../scene/material.js';
import type { Theme } from '../geometry/level/themes.js';
import type { Placed } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { generateCached } from '../geometry/registry.js';
import { getMaterialPreset } from '../library/materials/index.js';

export interface Palette {
  names: string[];
  defs: Record<string, z.input<typeof MaterialSpec>>;
}

/** Looks that turn one preset into another distinct material once the theme's own presets run out. */
const VARIANTS = [
  { suffix: 'aged', variation: { weather: 'weathered' as const, weatherAmount: 0.6 } },
  { suffix: 'grimy', variation: { dirt: 0.6 } },
  { suffix: 'damp', variation: { weather: 'wet' as const, weatherAmount: 0.5 } },
  { suffix: 'warm', variation: { hueShiftDeg: 12 } },
  { suffix: 'cool', variation: { hueShiftDeg: -12 } },
];

/** K material names: the theme's palette, then weathered and shifted variants of it when K is larger. */
export function palette(theme: Theme, k: number): Palette {
  const base = [...new Set([...Object.values(theme.materials), ...theme.palette])];
  const defs: Palette['defs'] = {};
  const names: string[] = [];
  for (let i = 0; names.length < k; i++) {
    const preset = base[i % base.length]!;
    const round = Math.floor(i / base.length);
    if (round === 0) {
      names.push(preset);
      defs[preset] = { preset };
    } else {
      const v = VARIANTS[(round - 1) % VARIANTS.length]!;
      const name = `${preset}-${v.suffix}${round > VARIANTS.length ? `-${Math.ceil(round / VARIANTS.length)}` : ''}`;
      names.push(name);
      defs[name] = { preset, variation: v.variation };
    }
  }
  return { names, defs };
}

/** The material slots a prop really makes (a closed chest has no treasure), memoised by its parameters. */
function slotMaker(): (placed: Placed) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (placed) => {
    const key = JSON.stringify(placed.params);
    let slots = cache.get(key);
    if (!slots) cache.set(key, (slots = new Set(generateCached(placed.params, { seed: 1 }).map((part) => part.slot))));
    return slots;
  };
}

/**
 * One material set per prop type: each slot takes the next family-compatible palette entry that the level
 * surfaces do not use, so types spread over the palette and every instance of a type matches.
 */
function typeMaterials(theme: Theme, { names, defs }: Palette): (placed: Placed) => Record<string, string> {
  const familyOf = (name: string) => getMaterialPreset(defs[name]?.preset ?? name)?.family;
  const surfaces = Object.values(theme.materials);
  const perFamily = new Map<string, number>();
  const chosen = new Map<string, Record<string, string>>();
  return (placed) => {
    let out = chosen.get(placed.type);
    if (out) return out;
    out = {};
    const info = getProp(placed.type);
    const defaults = info ? (typeof info.defaultMaterials === 'function' ? info.defaultMaterials(placed.params as never) : info.defaultMaterials) : {};
    for (const [slot, preset] of Object.entries(defaults)) {
      const family = getMaterialPreset(preset)?.family ?? '';
      const compatible = names.filter((n) => familyOf(n) === family && !surfaces.includes(n));
      if (!compatible.length) continue;
      const n = perFamily.get(family) ?? 0;
      perFamily.set(family, n + 1);
      out[slot] = compatible[n % compatible.length]!;
    }
    chosen.set(placed.type, out);
    return out;
  };
}

/**
 * Gives each palette entry still unused one slot of one prop, no prop twice, so every entry survives into the
 * scene. Each such prop gets a mesh of its own, so the lightest props (by triangles) take them.
 */
function spreadUnused(props: Placed[], propMaterials: Record<string, string>[], unused: string[], made: (placed: Placed) => Set<string>): void {
  const weight = (placed: Placed) => generateCached(placed.params, { seed: 1 }).reduce((n, part) => n + part.mesh.indices.length, 0);
  const slots = propMaterials
    .flatMap((m, i) => {
      const real = made(props[i]!);
      return Object.keys(m)
        .filter((slot) => real.has(slot))
        .map((slot) => [i, slot, weight(props[i]!)] as const);
    })
    .sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  const taken = new Set<number>();
  for (const name of unused) {
    const target = slots.find(([i]) => !taken.has(i));
    if (!target) break;
    taken.add(target[0]);
    propMaterials[target[0]]![target[1]] = name;
  }
}

/**
 * Materials per prop, in the order of `props`: the palette's first entries dress the level; each prop type then
 * takes family-compatible entries for its slots, a furnishing's own choices win, and any entry still unused
 * goes to a few props, so all K appear in the scene.
 */
export function assignPropMaterials(theme: Theme, props: Placed[], pal: Palette): Record<string, string>[] {
  const forType = typeMaterials(theme, pal);
  const made = slotMaker();
  const used = new Set<string>(Object.values(theme.materials));
  const propMaterials = props.map((placed) => {
    const out = { ...forType(placed), ...(placed.materials ?? {}) };
    const real = made(placed);
    for (const [slot, m] of Object.entries(out)) if (real.has(slot)) used.add(m);
    return out;
  });
  spreadUnused(
    props,
    propMaterials,
    pal.names.filter((n) => !used.has(n)),
    made,
  );
  return propMaterials;
}
