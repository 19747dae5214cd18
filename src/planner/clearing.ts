/**
 * The clearing round the action: outdoors, the place's tall dressing (a forest's trees, a park's lamp posts)
 * and what could hide a person (a carriage) stand back from what the text names, so the cameras that cover the
 * action have somewhere to stand that is not inside a tree's crown, and see the action. Small dressing (a log, a
 * hay bale, a barrel) may still stand close.
 */
import { footprint, propParams, type Box3 } from '../geometry/layout/footprint.js';

/** Dressing at least this tall, metres — above a standing person's eyes, so it can hide one — stands back from the action. */
const TALL_M = 1.7;
/** How far back, metres: room for a medium shot's camera on a normal lens between the action and the trees. */
const CLEARING_M = 3.5;

/** The ground round the text's own things that tall dressing must leave clear, or undefined when none applies. */
export function actionClearing(kind: string, params: Record<string, unknown>, interior: boolean, placed: readonly { furnishing: boolean; placed: { bounds: Box3 } }[]): Box3 | undefined {
  if (interior || heightOf(kind, params) < TALL_M) return undefined;
  const named = placed.filter((i) => !i.furnishing);
  if (!named.length) return undefined;
  const min: [number, number, number] = [Infinity, 0, Infinity];
  const max: [number, number, number] = [-Infinity, 1e4, -Infinity];
  for (const { placed: p } of named) {
    for (const k of [0, 2]) {
      min[k] = Math.min(min[k]!, p.bounds.min[k]! - CLEARING_M);
      max[k] = Math.max(max[k]!, p.bounds.max[k]! + CLEARING_M);
    }
  }
  return { min, max };
}

function heightOf(kind: string, params: Record<string, unknown>): number {
  try {
    const b = footprint(propParams(kind, params));
    return b.max[1] - b.min[1];
  } catch {
    return 0;
  }
}
