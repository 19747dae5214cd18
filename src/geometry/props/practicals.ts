/** Practicals: light sources a scene's text names that the other batches lack (a bare bulb, a nightlight, a neon sign). */
import type { PropDef } from './prop.js';

export const PRACTICALS_PROPS: readonly PropDef[] = [];
