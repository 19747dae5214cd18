/**
 * Refinement: a director's note on one shot ("lower the camera", "warmer", "closer on her face", "make the
 * lighting more dramatic and increase contrast") → parameter changes on that shot only, or on the whole scene
 * when the note says so or can only mean the scene ("remove the chair", "make it night"). Every change is
 * listed with its path, old and new value and the reason, so the history can show and undo it.
 */
import type { SceneSpecInput } from '../scene/schema.js';
import type { SceneDescription } from './description.js';
import type { Ctx, RefineChange, Shot } from './refine-edits.js';
import { NOTE_RULES, ruleMatches } from './refine-rules.js';
import { Canvas3dError } from '../core/errors.js';

export type { RefineChange } from './refine-edits.js';

export interface RefineResult {
  spec: SceneSpecInput;
  changes: RefineChange[];
  scope: 'shot' | 'scene';
  /** Shots whose frames must be rendered again. */
  shots: string[];
  /** Notes that were read but could not be applied, and why. */
  notes: string[];
}

export class RefineError extends Canvas3dError {
  override name = 'RefineError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_REFINE', message, [], options);
  }
}

/** Phrases that widen a note on one shot to the whole scene. */
const SCENE_WIDE = /\b(all shots|every shot|each shot|whole scene|entire scene|everywhere|throughout|all (the )?frames|every frame|the scene|whole sequence|all of them)\b/;

/** Words that start a new instruction after "and", "then" or a comma: a verb, or a look or camera word. */
const CLAUSE_START = [
  'add', 'put', 'place', 'move', 'shift', 'slide', 'push', 'pull', 'drag', 'bring', 'set', 'stand', 'sit', 'seat', 'make', 'paint', 'turn', 'change', 'replace',
  'swap', 'switch', 'remove', 'delete', 'get', 'take', 'lose', 'drop', 'lower', 'raise', 'lift', 'increase', 'decrease', 'reduce', 'boost', 'punch', 'give', 'use',
  'closer', 'wider', 'tighter', 'warmer', 'cooler', 'colder', 'brighter', 'darker', 'more', 'less', 'no', 'another', 'two', 'three', 'four', 'five', 'six',
  'zoom', 'tilt', 'frame', 'go', 'let', 'i', 'we', 'shoot', 'try', 'desaturate', 'saturate', 'blur', 'shallow', 'deep', 'low', 'high', 'from', 'dutch', 'eye',
  'it', 'also', 'and', 'then', 'please', 'have',
];
const SPLIT = new RegExp(`\\s*(?:[.;!?]+|,\\s*(?:and|then)\\b|\\bthen\\b|(?:,|\\band\\b|\\bthen\\b|\\balso\\b)(?:\\s*(?:,|and|then|also)\\b)*\\s*(?=\\b(?:${CLAUSE_START.join('|')})\\b))\\s*`);

/** A note's instructions, one per clause: "closer on her face, and lower the camera" is two. */
export function noteClauses(note: string): string[] {
  return note
    .toLowerCase()
    .split(SPLIT)
    .map((c) => c.replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ').replace(/^(and|then|also|please) /, '').trim())
    .filter((c) => c.length > 0);
}

/** Applies one director's note, clause by clause. `shotId` undefined means the whole scene. */
export function refineSpec(input: SceneSpecInput, shotId: string | undefined, feedback: string, description?: SceneDescription): RefineResult {
  const text = ` ${feedback.toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ')} `;
  if (!text.trim()) throw new RefineError('the note is empty: say what to change, e.g. "lower the camera" or "make it warmer"');
  const spec = structuredClone(input);
  const shots = (spec.shots ?? []) as Shot[];
  if (shotId !== undefined && !shots.some((s) => s.id === shotId)) throw new RefineError(`unknown shot "${shotId}"; the storyboard has ${shots.map((s) => s.id).join(', ')}`);
  const wide = shotId === undefined || SCENE_WIDE.test(text);
  const ctx: Ctx = { text, wide, spec, shots, target: wide ? shots : shots.filter((s) => s.id === shotId), changes: [], notes: [], rerender: new Set(), ...(description ? { description } : {}) };
  for (const clause of noteClauses(feedback)) {
    ctx.text = ` ${clause} `;
    let understood = false;
    for (const rule of NOTE_RULES) if (ruleMatches(rule, ctx.text) && rule.apply(ctx) !== false) understood = true;
    if (!understood) ctx.notes.push(`did not understand "${clause}"`);
  }
  const sceneScope = wide || ctx.changes.some((c) => c.path.startsWith('objects') || c.path.startsWith('environment') || c.path.startsWith('lights'));
  return { spec, changes: ctx.changes, scope: sceneScope ? 'scene' : 'shot', shots: shots.map((s) => s.id).filter((id) => ctx.rerender.has(id)), notes: ctx.notes };
}
