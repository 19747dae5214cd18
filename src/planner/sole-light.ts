/**
 * A scene's one light ("a single bare bulb", "lit only by a nightlight"): the place brings no lamps of its own, the
 * lighting preset keeps only its soft part (lighting/apply.ts), and a practical the text does not place is set by
 * the action, so the one light lights someone.
 */
import { getProp } from '../geometry/props/index.js';
import type { Relation, SceneDescription } from './description.js';
import { isOrientation } from './description.js';

export const emitsLight = (kind: string) => !!getProp(kind)?.prop.light;

/** Whether the text makes its practical the room's only light: "lit only by", "the only light", "a single/lone bulb". */
export function soleLight(desc: SceneDescription): boolean {
  const text = desc.beats.map((b) => b.text).join(' ').toLowerCase();
  if (/\b(lit|illuminated|lighted) (only|solely|just) by\b|\b(the|its|their) only light\b|\bno other light\b/.test(text)) return true;
  return desc.entities.some((e) => emitsLight(e.kind) && /\b(single|lone|sole|solitary)\b/.test(e.name ?? ''));
}

/**
 * The description with its sole practical set by the action when the text leaves it unplaced: beside what the first
 * person rests on (the bed a child sleeps in), else beside that person. Otherwise a nightlight on a far wall
 * lights an empty corner and the sleeper only by the ambient.
 */
export function lightTheAction(desc: SceneDescription): SceneDescription {
  if (!soleLight(desc)) return desc;
  const placed = (id: string) => desc.relations.some((r) => r.subject === id && !isOrientation(r.relation));
  const light = desc.entities.find((e) => emitsLight(e.kind) && !placed(e.id));
  const person = desc.entities.find((e) => e.kind === 'person');
  if (!light || !person) return desc;
  const support = desc.relations.find((r) => r.subject === person.id && r.relation === 'on' && r.object)?.object;
  const by: Relation = { subject: light.id, relation: 'next-to', object: support ?? person.id };
  return { ...desc, relations: [...desc.relations, by] };
}
