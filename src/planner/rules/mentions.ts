/**
 * Mentions: the noun phrases of a clause that name props or people, with their counts ("three", "a pair of"),
 * colour, material and size, read back to an entity already met ("the table", "Anna") or made new.
 */
import { getProp } from '../../geometry/props/index.js';
import type { Entity, SizeWord } from '../description.js';
import type { Token } from './tokens.js';
import { headAt, placeAt, afterPlacePreposition, unknownThing, PLACE_PHRASES, QUANTIFIERS, QUANTITY_NOUNS, type Head, type Mention } from './noun-phrases.js';
import { findPhrase, RELATION_PHRASES } from './relations.js';
import { surfacePhraseAt } from './set-surfaces.js';
import { lookupProp, lookupColour, lookupMaterial, singular, normalise, SIZE_WORDS } from '../lexicon/index.js';
import type { DimensionHabit } from '../../library/dimensions.js';
import type { PropWord } from '../../library/vocabulary.js';

/** Entities whose count was implied by a bare plural ("candles"), so a later number ("three candles") sets it. */
const impliedCount = new WeakSet<Entity>();

/** Whether an entity's count only came from a bare plural ("crates"), so what the text says of it may set it. */
export function countImplied(e: Entity): boolean {
  return impliedCount.has(e);
}

/** Words that point back at something already mentioned. */
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its']);

/** What the description read so far holds, and where new entities and warnings go. */
export interface MentionContext {
  entities: Entity[];
  newId: (kind: string) => string;
  warnings: string[];
  /** Every word of every place phrase: they name the setting, not a thing's modifier. */
  placeWords: Set<string>;
  /** Kinds the text says are not there ("no people"). */
  absent: Set<string>;
  /** The setting's place id: a noun naming it ("A little café at noon") is the set, not a thing in it. */
  settingPlace?: string;
}

/** Noun phrases that name props or people, with their counts and modifiers; reuses entities for "the table". */
export function findMentions(clause: Token[], ctx: MentionContext): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < clause.length) {
    const placeLen = placeNameAt(clause, i, ctx.settingPlace);
    if (placeLen) {
      i += placeLen;
      continue;
    }
    // "the glass roof", "brick walls": the set's own surface, in that material (rules/set-surfaces.ts).
    const surface = surfacePhraseAt(clause, i);
    if (surface) {
      i += surface.length;
      continue;
    }
    const hit = headNounAt(clause, i);
    if (!hit || partOfPossessor(clause, hit)) {
      if (!hit) notDrawn(clause, i, ctx);
      i++;
      continue;
    }
    i = readMention(clause, i, hit, ctx, out);
  }
  return out;
}

/** A noun with nothing to draw it by is named in one warning, so nothing the text names goes missing unsaid. */
function notDrawn(clause: Token[], i: number, ctx: MentionContext): void {
  const noun = unknownThing(clause, i);
  if (!noun || QUANTITY_NOUNS.has(noun) || QUANTITY_NOUNS.has(clause[i]!.word)) return;
  const at = ctx.warnings.findIndex((w) => w.startsWith(NOT_DRAWN));
  const listed = at >= 0 ? ctx.warnings[at]!.slice(NOT_DRAWN.length).split(', ') : [];
  if (listed.includes(noun)) return;
  const warning = `${NOT_DRAWN}${[...listed, noun].join(', ')}`;
  if (at >= 0) ctx.warnings[at] = warning;
  else ctx.warnings.push(warning);
}

const NOT_DRAWN = 'not drawn (no prop, person or size known for it): ';

/** "A lighthouse keeper's kitchen", "the tavern owner's dog": a thing right before a possessor is a word of the possessor's name, not a thing in the scene. */
function partOfPossessor(clause: Token[], hit: Head): boolean {
  const next = clause[hit.end];
  return !hit.person && !clause[hit.end - 1]!.comma && !!next?.tags.has('Possessive') && !next.tags.has('Pronoun');
}

/** Props one can be inside (a cabin, a tent, a bus): named as where the scene is, they are the set, not a thing in it. */
const ENTERABLE = new Set(['architecture', 'vehicle']);

/** Place names ("the throne room", "the bar") are the setting, not things in it: the words to skip, or 0. */
function placeNameAt(clause: Token[], i: number, settingPlace: string | undefined): number {
  const placeLen = placeAt(clause, i);
  if (!placeLen || headAt(clause, i + placeLen - 1)?.person) return 0;
  const prop = headAt(clause, i);
  // "in the cabin" and, when the scene is set in one, "the cabin" are the setting; "a cabin by the lake" is a thing in it.
  const enterable = prop && (prop.proxy || ENTERABLE.has(getProp(prop.kind)?.prop.category ?? ''));
  if (enterable && (afterPlacePreposition(clause, i) || placeIdAt(clause, i, placeLen) === settingPlace)) return placeLen;
  return !prop || prop.end - i < placeLen ? placeLen : 0;
}

/** The id of the place the phrase [i, i + len) names. */
function placeIdAt(clause: Token[], i: number, len: number): string | undefined {
  const words = clause.slice(i, i + len).map((t) => t.word);
  return (PLACE_PHRASES.get(normalise(words.join(' '))) ?? PLACE_PHRASES.get(normalise([...words.slice(0, -1), singular(words[len - 1]!)].join(' '))))?.id;
}

/** The head noun of a phrase starting at i, when it is one. */
function headNounAt(clause: Token[], i: number): Head | undefined {
  const hit0 = headAt(clause, i);
  // "candle-lit", "torch-lit": the light, not the thing.
  const hit = hit0 && clause[hit0.end]?.word === 'lit' && clause[hit0.end - 1]!.tags.has('Hyphenated') ? undefined : hit0;
  // In a compound ("stone statue", "glass bottle", "oak tree") the last noun is the head; the first is a modifier.
  if (!hit || (!clause[hit.end - 1]!.comma && hit.end < clause.length && headAt(clause, hit.end) && !hit.person)) return undefined;
  return hit;
}

/** "Detective Morgan", "DETECTIVE MORGAN": a title and a name are one person, known by the name. */
function withName(clause: Token[], hit: Head): { end: number; named: boolean; nameNoun: string } {
  const nameTok = clause[hit.end];
  const { end, noun, person } = hit;
  if (person && !hit.named && nameTok && (nameTok.cap || nameTok.caps) && !nameTok.tags.has('Pronoun') && (nameTok.tags.has('FirstName') || nameTok.tags.has('Person') || nameTok.tags.has('ProperNoun')) && !clause[end - 1]!.clauseEnd) {
    return { end: end + 1, named: true, nameNoun: nameTok.word };
  }
  return { end, named: hit.named ?? false, nameNoun: noun };
}

/** Walks back from the head over the phrase's modifiers: adjectives, nouns used as adjectives, numbers, determiners. */
function phraseStart(clause: Token[], i: number, placeWords: Set<string>): number {
  let start = i;
  while (start > 0) {
    const t = clause[start - 1]!;
    if (t.comma) break;
    // A spatial phrase ends the noun phrase ("under a window", "in front of it").
    if (findPhrase(clause, start - 1, RELATION_PHRASES) && !['left', 'right'].includes(t.word)) break;
    const other = headAt(clause, start - 1);
    // "glass coffee table", "stone well": a material word in front of a noun describes it, even when it
    // could name a thing by itself.
    const compound = start === i && !t.comma;
    const nounModifier = t.tags.has('Noun') && !t.tags.has('Pronoun') && (!other || other.fallback !== undefined || lookupMaterial([t.word]) !== undefined || compound) && (compound || !placeWords.has(t.word));
    // "of" belongs to a quantity ("a pair of", "lots of"), not to "on top of" or "a shelf of".
    const quantityOf = t.word === 'of' && QUANTITY_NOUNS.has(clause[start - 2]?.word ?? '');
    const modifier = t.tags.has('Adjective') || t.tags.has('Value') || t.tags.has('Determiner') || nounModifier || quantityOf || ['pair', 'couple', 'dozen', 'few', 'lots', 'lot', 'no', 'zero', 'any'].includes(t.word) || t.tags.has('Adverb');
    if (!modifier) break;
    start--;
  }
  return start;
}

/** What a noun phrase says about its thing, from its modifiers and head. */
interface Phrase {
  hit: Head;
  start: number;
  end: number;
  mods: Token[];
  words: string[];
  plural: boolean;
  count: number;
  /** A number was written ("three candles"), not just a plural. */
  counted: boolean;
  colour: string | undefined;
  material: string | undefined;
  size: SizeWord | undefined;
  definite: boolean;
  /** A bare singular person noun ("DETECTIVE:", "Detective leans in") names someone already there. */
  bare: boolean;
  named: boolean;
  nameNoun: string;
  /** The words as written ("three rusty barrels"), for reports, titles and prompts. */
  name: string;
}

function countOf(mods: Token[], plural: boolean, hit: Head): number {
  let count: number | undefined;
  for (const t of mods) {
    if (t.value !== undefined) count = t.value;
    else if (QUANTIFIERS[t.word] !== undefined && !(t.word === 'a' && plural)) count = count ?? QUANTIFIERS[t.word];
  }
  if (hit.count !== undefined) count = hit.count;
  // "a couple" is two people, "couples" two pairs, "three couples" six.
  if (hit.per !== undefined) count = (count ?? (plural ? 2 : 1)) * hit.per;
  if (count === undefined) count = plural ? 3 : 1;
  return Math.max(1, Math.min(50, Math.round(count)));
}

function readPhrase(clause: Token[], i: number, start: number, hit: Head, name: { end: number; named: boolean; nameNoun: string }): Phrase {
  const { kind, noun } = hit;
  const mods = clause.slice(start, i);
  const words = mods.map((t) => t.word);
  // A name is one person, however it ends ("Reyes", "Hastings").
  const plural = !hit.named && (clause[name.end - 1]!.tags.has('Plural') || singular(clause[name.end - 1]!.word) !== clause[name.end - 1]!.word);
  // Material and colour words may sit inside a lexicon phrase too ("stone statue", "red car" as one word).
  const headWords = noun.split(' ');
  const optional = headWords.length > 1 && lookupProp(headWords[headWords.length - 1]!)?.kind === kind;
  const phraseWords = [...words, ...(optional ? headWords.slice(0, -1) : [])];
  const written = clause.slice(i, hit.end).map((t) => t.word);
  return {
    hit,
    start,
    ...name,
    mods,
    words,
    plural,
    count: countOf(mods, plural, hit),
    counted: mods.some((t) => t.value !== undefined),
    colour: lookupColourPhrase(phraseWords),
    material: lookupMaterial(phraseWords),
    size: SIZE_WORDS.find((s) => words.some((w) => s.words.includes(w)))?.size as SizeWord | undefined,
    definite: mods.some((t) => DEFINITE.has(t.word)) && !mods.some((t) => t.value !== undefined),
    bare: !mods.some((t) => t.tags.has('Determiner') || t.value !== undefined || QUANTIFIERS[t.word] !== undefined) && !plural,
    name: [...words.filter((w) => !DEFINITE.has(w) && !['a', 'an'].includes(w)), ...written, ...(name.nameNoun !== noun ? [name.nameNoun] : [])].join(' '),
  };
}

/** Reads the noun phrase headed at i into a mention; returns where the next phrase may start. */
function readMention(clause: Token[], i: number, hit: Head, ctx: MentionContext, out: Mention[]): number {
  const name = withName(clause, hit);
  const start = phraseStart(clause, i, ctx.placeWords);
  const words = clause.slice(start, i).map((t) => t.word);
  if (words.includes('no') || words.includes('without') || words.includes('zero')) {
    if (!hit.proxy) ctx.absent.add(hit.kind);
    return name.end;
  }
  const p = readPhrase(clause, i, start, hit, name);
  const known = [...ctx.entities, ...out.map((m) => m.entity).filter((e) => !ctx.entities.includes(e))];
  const entity = referredTo(p, known) ?? countedAgain(p, known) ?? appositive(clause, p, out) ?? newEntity(p, ctx);
  out.push({ entity, start: p.start, end: p.end });
  return p.end;
}

/** "the table" (or a repeated named person) refers back; "a table" after one exists is another one. */
function referredTo(p: Phrase, known: Entity[]): Entity | undefined {
  const { kind, noun, person } = p.hit;
  const existing = known.find(
    (e) => sameThing(e, p.hit) && (person ? e.name.split(' ').map(singular).includes(p.named ? p.nameNoun : noun) || (p.named && e.name.split(' ').includes(noun) && !e.id.startsWith(kind)) : true) && (p.definite || p.named || (person !== undefined && p.bare)),
  ) ?? peopleAlreadyThere(p, known);
  if (existing) {
    if (p.colour && !existing.color) existing.color = p.colour;
    if (p.material && !existing.material) existing.material = p.material;
  }
  return existing;
}

/** "both men", "the two women", "the pair": a plural of people the scene already has enough of is those people, not more. */
function peopleAlreadyThere(p: Phrase, known: Entity[]): Entity | undefined {
  if (!p.hit.person || p.named || !p.plural || !(p.definite || p.words.includes('both'))) return undefined;
  const people = known.filter((e) => e.kind === 'person');
  const there = people.reduce((n, e) => n + e.count, 0);
  return there >= Math.max(2, p.count) ? people[0] : undefined;
}

/** "lit by candles … three candles on a stool": a number for a kind only mentioned as a bare plural so far counts the same things. */
function countedAgain(p: Phrase, known: Entity[]): Entity | undefined {
  const kind = p.hit.kind;
  const implied = p.counted ? known.find((e) => sameThing(e, p.hit) && impliedCount.has(e) && kind !== 'person') : undefined;
  if (!implied) return undefined;
  implied.count = p.count;
  impliedCount.delete(implied);
  if (p.colour && !implied.color) implied.color = p.colour;
  if (p.material && !implied.material) implied.material = p.material;
  return implied;
}

/** "Anna, a weary detective, …": an indefinite description right after a named person is that person. */
function appositive(clause: Token[], p: Phrase, out: Mention[]): Entity | undefined {
  const { person, params } = p.hit;
  const prevMention = out[out.length - 1];
  if (!person || prevMention?.entity.kind !== 'person' || prevMention.end !== p.start || !clause[p.start - 1]?.comma || !['a', 'an'].includes(p.words[0] ?? '') || prevMention.entity.id.startsWith('person-')) return undefined;
  const who = prevMention.entity;
  if (who.pronoun === 'they' && person.pronoun !== 'they') who.pronoun = person.pronoun;
  if (params?.height !== undefined) Object.assign(who, { params: { ...((who as { params?: object }).params ?? {}), height: params.height } });
  return who;
}

/** Same kind; for proxies, which all share the kind 'proxy', the same noun too ("the cat" is not "the flag"). */
function sameThing(e: Entity, hit: Head): boolean {
  if (e.kind !== hit.kind) return false;
  return !hit.proxy || (e as { params?: { label?: unknown } }).params?.label === hit.noun;
}

/** Taller than a house: a building or landmark the text names is scenery, standing behind the action, not in it. */
const SCENERY_HEIGHT_M = 8;
const isScenery = (entry: NonNullable<Phrase['hit']['proxy']>) => entry.habit === 'ground' && (entry.class === 'building' || entry.size[1] >= SCENERY_HEIGHT_M);

/** Where the lexicon's habits put a proxy of each dimension-table habit when the text gives no place. */
const PROXY_HABIT: Record<DimensionHabit, NonNullable<PropWord['habit']>> = { surface: 'on-table', floor: 'floor', wall: 'wall-mount', ceiling: 'ceiling', ground: 'floor' };

/**
 * A thing with no parametric prop: a labelled proxy of its typical size, in its usual material, standing where such
 * things usually are — and a warning that names it, so nothing the text named is ever silently missing.
 */
function asProxy(entity: Entity, p: Phrase, ctx: MentionContext): void {
  const entry = p.hit.proxy;
  if (!entry) return;
  if (!entity.material) entity.material = entry.material;
  Object.assign(entity, { habit: isScenery(entry) ? 'background' : PROXY_HABIT[entry.habit] });
  const warning = `"${p.hit.noun}" shown as a proxy (no parametric prop yet)`;
  if (!ctx.warnings.includes(warning)) ctx.warnings.push(warning);
}

function newEntity(p: Phrase, ctx: MentionContext): Entity {
  const { kind, person, params, fallback, habit } = p.hit;
  const entity: Entity = {
    id: p.named ? p.nameNoun.replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '') || ctx.newId(kind) : ctx.newId(kind),
    kind,
    name: p.name.slice(0, 200),
    count: p.count,
    ...(p.colour ? { color: p.colour } : {}),
    ...(p.material ? { material: p.material } : {}),
    ...(p.size ? { size: p.size } : {}),
    ...(person ? { pronoun: person.pronoun, pose: 'standing' as const } : {}),
    ...(fallback ? { fallback } : {}),
    ...(habit ? { habit } : {}),
  };
  if (params && Object.keys(params).length) Object.assign(entity, { params });
  if (p.plural && !p.counted && p.hit.count === undefined && !p.mods.some((t) => QUANTIFIERS[t.word] !== undefined)) impliedCount.add(entity);
  if (fallback) ctx.warnings.push(`no prop for "${fallback.noun}": ${fallback.reason}`);
  asProxy(entity, p, ctx);
  // A named person keeps the name as id; make it unique.
  if (ctx.entities.some((e) => e.id === entity.id)) entity.id = ctx.newId(kind);
  return entity;
}

function lookupColourPhrase(words: string[]): string | undefined {
  for (let k = 0; k < words.length; k++) {
    const c = lookupColour(words[k]!, words[k - 1]);
    if (c) return c;
  }
  return undefined;
}
