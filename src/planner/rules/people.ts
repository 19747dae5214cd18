/**
 * People in a description: the pose each verb puts them in ("sits", "leans", "arms crossed"), who talks to or
 * faces whom, and groups ("two knights") made into individuals a shot can frame.
 */
import type { Beat, Entity, Pose, Relation } from '../description.js';
import { flat, type Token } from './tokens.js';
import type { Mention } from './noun-phrases.js';
import { singular } from '../lexicon/index.js';

/** The pose a person's verb (lemma) puts them in. */
const POSE_VERBS: Record<string, Pose> = { sit: 'sitting', seat: 'sitting', perch: 'sitting', crouch: 'sitting', kneel: 'sitting', stand: 'standing', wait: 'standing', walk: 'walking', stroll: 'walking', pace: 'walking', run: 'walking', stride: 'walking', wander: 'walking', approach: 'walking', enter: 'walking', point: 'pointing', gesture: 'pointing', lie: 'lying', sleep: 'lying', lay: 'lying', rest: 'lying' };

/** Words that have the people of a clause talk, argue or face each other. */
const CONVERSATION = /\b(talk|talks|talking|argue|argues|arguing|argument|converse|converses|conversation|chat|chats|chatting|speak|speaks|speaking|discuss|discusses|discussing|negotiate|negotiates|face|faces|facing|confront|confronts|confronting|whisper|whispers|kiss|kisses|dance|dances|dancing|stare|stares|glare|glares|duel|duels|face off|faces off|square off|across from each other|across from one another|face to face)\b/;
const MUTUAL = ['each other', 'one another'];

export function applyPoses(clause: Token[], mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.entity.kind !== 'person') continue;
    // The first verb after the person, within the clause.
    const verb = clause.slice(m.end).find((t) => t.tags.has('Verb') && t.lemma && t.lemma !== 'be');
    const lemma = verb?.lemma;
    const seated = clause.slice(m.end, m.end + 4).some((t) => t.word === 'seated');
    if (seated) m.entity.pose = 'sitting';
    else if (lemma && POSE_VERBS[lemma]) m.entity.pose = POSE_VERBS[lemma];
    if (/\b(arms crossed|crossed arms|folds (his|her|their) arms|crosses (his|her|their) arms)\b/.test(flat(clause))) m.entity.pose = 'arms-crossed';
  }
}

/** "Two men talk", "they face each other": people in one clause who talk, argue or face each other. */
export function conversationRelations(clause: Token[], mentions: Mention[]): Relation[] {
  const people = [...new Set(mentions.map((m) => m.entity).filter((e) => e.kind === 'person'))];
  const clauseText = flat(clause);
  const talk = CONVERSATION.test(clauseText) || MUTUAL.some((w) => clauseText.includes(w));
  if (talk && people.length >= 2) return [{ subject: people[0]!.id, relation: 'facing', object: people[1]!.id }, { subject: people[1]!.id, relation: 'facing', object: people[0]!.id }];
  if (talk && people.length === 1 && people[0]!.count >= 2) return [{ subject: people[0]!.id, relation: 'facing', object: people[0]!.id }];
  return [];
}

/** Someone under a table crouches. */
export function crouchUnder(entities: Entity[], relations: Relation[]): void {
  for (const r of relations) {
    const e = entities.find((x) => x.id === r.subject);
    if (r.relation === 'under' && e?.kind === 'person') e.pose = 'sitting';
  }
}

/**
 * People are individuals: "two knights" are two subjects a shot can frame, each named for the storyboard
 * ("knight 1", "knight 2"), with the group's relations and beats passed on to each.
 */
export function individualise(entities: Entity[], relations: Relation[], beats: Beat[], newId: (kind: string) => string): void {
  for (const group of entities.filter((e) => e.kind === 'person' && e.count > 1)) {
    const noun = singular(group.name.split(' ').pop() ?? 'person');
    const members: Entity[] = [{ ...group, name: `${noun} 1`, count: 1 }];
    for (let k = 1; k < group.count; k++) members.push({ ...group, id: newId('person'), name: `${noun} ${k + 1}`, count: 1 });
    entities.splice(entities.indexOf(group), 1, ...members);
    const ids = members.map((m) => m.id);
    relations.splice(0, relations.length, ...relations.flatMap((r) => memberRelations(r, group.id, ids)));
    for (const b of beats) if (b.subjects.includes(group.id)) b.subjects = b.subjects.flatMap((s) => (s === group.id ? ids : [s]));
  }
}

/** One relation of a group, as its members' relations. */
function memberRelations(r: Relation, group: string, ids: string[]): Relation[] {
  if (r.subject === group && r.object === group) {
    // "They face each other": the first two face one another, the rest face the first.
    return [{ subject: ids[0]!, relation: r.relation, object: ids[1]! }, { subject: ids[1]!, relation: r.relation, object: ids[0]! }, ...ids.slice(2).map((id) => ({ subject: id, relation: r.relation, object: ids[0]! }))];
  }
  if (r.subject === group) return ids.map((id) => ({ ...r, subject: id }));
  if (r.object === group || r.object2 === group) return [{ ...r, ...(r.object === group ? { object: ids[0]! } : {}), ...(r.object2 === group ? { object2: ids[1] ?? ids[0]! } : {}) }];
  return [r];
}
