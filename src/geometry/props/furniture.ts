import type { PropDef } from './prop.js';

export const FURNITURE_PROPS: PropDef[] = [];
