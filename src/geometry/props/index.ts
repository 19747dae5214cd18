/** Every prop, in one list: appended to the generator registry, searched by planners, used by level themes. */
import type { PropDef } from './prop.js';
import { REFERENCE_PROPS } from './reference.js';
import { FURNITURE_PROPS } from './furniture.js';
import { LIGHTING_PROPS } from './lighting.js';
import { CONTAINERS_PROPS } from './containers.js';
import { ARCHITECTURE_PROPS } from './architecture.js';
import { NATURE_PROPS } from './nature.js';
import { MISC_PROPS } from './misc.js';
import { ANIMALS_PROPS } from './animals.js';
import { VEHICLES_PROPS } from './vehicles.js';
import { BUILDINGS_PROPS } from './buildings.js';
import { STOREFRONT_PROPS } from './storefronts.js';
import { OUTDOOR_PROPS } from './outdoor.js';
import { TABLETOP_PROPS } from './tabletop.js';
import { INTERIOR_PROPS } from './interior.js';
import { PRACTICALS_PROPS } from './practicals.js';

export const PROPS: readonly PropDef[] = [
  ...(REFERENCE_PROPS as unknown as PropDef[]),
  ...FURNITURE_PROPS,
  ...LIGHTING_PROPS,
  ...CONTAINERS_PROPS,
  ...ARCHITECTURE_PROPS,
  ...NATURE_PROPS,
  ...MISC_PROPS,
  ...ANIMALS_PROPS,
  ...VEHICLES_PROPS,
  ...BUILDINGS_PROPS,
  ...STOREFRONT_PROPS,
  ...OUTDOOR_PROPS,
  ...TABLETOP_PROPS,
  ...INTERIOR_PROPS,
  ...PRACTICALS_PROPS,
];

const byType = new Map(PROPS.map((p) => [p.type, p]));

export function getProp(type: string): PropDef | undefined {
  return byType.get(type);
}

export type { PropDef, PropInfo, Placement, PropCategory } from './prop.js';
