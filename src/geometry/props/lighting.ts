import type { PropDef } from './prop.js';

export const LIGHTING_PROPS: PropDef[] = [];
