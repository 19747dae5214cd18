import type { PropDef } from './prop.js';

export const ARCHITECTURE_PROPS: PropDef[] = [];
