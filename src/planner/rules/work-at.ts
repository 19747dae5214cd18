/**
 * Work at a surface: "Marta guts a fish on a wooden counter", "the smith hammers a blade on the anvil table". A
 * person who acts on a thing lying on a table-like surface, in the same clause and with no place of their own
 * there, stands (or sits) at that surface facing it — not anywhere in the set while the thing lies elsewhere.
 */
import type { Relation } from '../description.js';
import type { Mention } from './noun-phrases.js';
import { tableKind } from '../seating.js';

/**
 * The clause's relations with its acting person put at the surface the thing they act on lies on: added when the
 * clause places them nowhere, and in place of "beside the thing" ("bends over a manuscript on a desk": at the
 * desk's working side, not beside its end).
 */
export function workAt(mentions: Mention[], clauseRelations: Relation[]): Relation[] {
  let out = [...clauseRelations];
  const held = new Set(clauseRelations.filter((r) => r.relation === 'held').map((r) => r.subject));
  for (const r of clauseRelations) {
    // A thing in someone's hand is not worked on where it lies ("plays the lute on a table").
    if (r.relation !== 'on' || !r.object || held.has(r.subject)) continue;
    const thing = mentions.find((m) => m.entity.id === r.subject);
    const surface = mentions.find((m) => m.entity.id === r.object);
    if (!thing || !surface || thing.entity.kind === 'person' || !tableKind(surface.entity.kind)) continue;
    const worker = [...mentions].reverse().find((m) => m.end <= thing.start && m.entity.kind === 'person');
    const id = worker?.entity.id;
    const atTheThing = (x: Relation) => x.subject === id && x.object === thing.entity.id && (x.relation === 'next-to' || x.relation === 'facing');
    if (!id || out.some((x) => x.subject === id && !atTheThing(x) && !['facing', 'away-from', 'held'].includes(x.relation))) continue;
    out = [...out.filter((x) => !atTheThing(x)), { subject: id, relation: 'next-to', object: surface.entity.id }, { subject: id, relation: 'facing', object: surface.entity.id }];
  }
  return out;
}
