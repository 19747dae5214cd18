import type { PropDef } from './prop.js';

export const CONTAINERS_PROPS: PropDef[] = [];
