import type { PropDef } from './prop.js';

export const NATURE_PROPS: PropDef[] = [];
