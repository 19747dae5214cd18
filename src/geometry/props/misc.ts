import type { PropDef } from './prop.js';

export const MISC_PROPS: PropDef[] = [];
