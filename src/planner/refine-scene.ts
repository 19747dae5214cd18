/**
 * Scene notes read with the planner's own parser: "add a candle on the table", "move the barrels to the left
 * wall", "make the table marble", "put Anna by the window", "replace the chairs with stools", "two more guards
 * at the door". The clause's noun phrases are read against what the set already holds (so "the table" is the
 * table there, and "a candle" is new), its spatial phrase with the planner's relations, and new or moved things
 * are placed with the layout's own placement rules around everything that stays where it is.
 */
import type { SceneSpecInput } from '../scene/schema.js';
import type { Entity, Relation } from './description.js';
import { RoomPlacer, type Placed, type Rule, type RoomArea } from '../geometry/layout/place.js';
import { footprint, propParams } from '../geometry/layout/footprint.js';
import { getProp } from '../geometry/props/index.js';
import { objectBounds } from '../geometry/bounds.js';
import { parseSpec } from '../validate/validate.js';
import { mulberry32 } from '../core/random.js';
import { fnv1a } from '../core/hash.js';
import { tokenize, type Token } from './rules/tokens.js';
import { findMentions, type MentionContext } from './rules/mentions.js';
import { findRelations } from './rules/relations.js';
import type { Mention } from './rules/noun-phrases.js';
import { candidateRules, type Room } from './placement-rules.js';
import { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR, lookupMaterial, lookupColour, singular } from './lexicon/index.js';
import { roomBox, round, type Ctx } from './refine-edits.js';

/** The parts of a spec object scene notes read and write. */
interface SpecObject {
  id: string;
  geometry?: { type?: string; [k: string]: unknown };
  position?: [number, number, number];
  rotation?: [number, number, number];
  material?: string;
  materials?: Record<string, string>;
  tags?: string[];
}

/** A clause read against the set: its mentions, relations, and which entities were there before it. */
interface Reading {
  tokens: Token[];
  mentions: Mention[];
  relations: Relation[];
  known: Set<Entity>;
  /** The spec objects each entity stands for. */
  objectsOf: Map<string, string[]>;
  /** What the parser could only approximate ("no prop for …"). */
  warnings: string[];
}

const objectsIn = (spec: SceneSpecInput) => (spec.objects ?? []) as SpecObject[];
const isThing = (o: SpecObject) => !!o.geometry?.type && !(o.tags ?? []).includes('set');
const PLACE_WORD_SET = new Set(PLACE_WORDS.flatMap((p) => p.words.flatMap((w) => w.split(' '))));

/** Verbs that bring something new in, move something there, re-surface it or swap it. */
const ADD_VERB = /^\s*(add|put|place|bring( in)?|include|set|stick|stand|give( us)?|i want|we need|let'?s have|there should be)\b/;
const ADD = new RegExp(`${ADD_VERB.source}|\\b(more|another|extra|additional)\\b`);
const MOVE = /^\s*(move|shift|slide|push|pull|drag|put|place|set|bring|stand|sit|seat|position|reposition|relocate|take)\b/;
const MATERIAL = /^\s*(make|paint|turn|change|have|re-?do|redo)\b/;
const SHOULD_BE = /\b(should|must|needs? to|could) be\b|\bmade (of|from|out of)\b/;
const REPLACE = /\b(replace|swap|switch|exchange|substitute) (.+?) (with|for|by) (.+)$|\b(change|turn) (.+?) (into|to) (.+)$/;

/** Room parts written as a destination ("to the left wall") read as the planner's spatial phrases. */
function asPlacement(text: string): string {
  return text
    .replace(/\b(over |across )?(to|towards|toward|up to) the (\w+ )?wall\b/g, 'against the $3wall')
    .replace(/\b(to|into) the (\w+ )?corner\b/g, 'in the $2corner')
    .replace(/\b(to|into) the (centre|center|middle)\b/g, 'in the $2')
    .replace(/\b(over )?to the (left|right)\b(?! of)/g, 'on the $2')
    .replace(/(?<!next |close |up )\b(over )?(to|towards|toward) (the|her|his) /g, 'next to $3 ');
}

/** The set's things as entities the parser can refer back to: the description's, then the rest grouped by kind. */
function sceneEntities(ctx: Ctx): { entities: Entity[]; objectsOf: Map<string, string[]> } {
  const things = objectsIn(ctx.spec).filter(isThing);
  const objectsOf = new Map<string, string[]>();
  const entities: Entity[] = [];
  const claimed = new Set<string>();
  for (const e of ctx.description?.entities ?? []) {
    const ids = things.filter((o) => !claimed.has(o.id) && (o.id === e.id || o.id.startsWith(`${e.id}-`))).map((o) => o.id);
    if (!ids.length) continue;
    ids.forEach((id) => claimed.add(id));
    entities.push({ ...structuredClone(e), count: ids.length });
    objectsOf.set(e.id, ids);
  }
  for (const o of things.filter((x) => !claimed.has(x.id))) {
    const group = o.id.replace(/-\d+$/, '') || o.id;
    const id = objectsOf.has(group) && entities.find((e) => e.id === group)?.kind !== o.geometry!.type ? o.id : group;
    if (!objectsOf.has(id)) {
      entities.push({ id, kind: o.geometry!.type!, name: o.geometry!.type!.replace(/_/g, ' '), count: 0, ...(o.geometry!.type === 'person' ? { pronoun: 'they' as const } : {}) });
      objectsOf.set(id, []);
    }
    objectsOf.get(id)!.push(o.id);
    entities.find((e) => e.id === id)!.count++;
  }
  return { entities, objectsOf };
}

/** An id for the n-th new thing of a kind that no object, light or material in the spec has. */
function freshIdMaker(ctx: Ctx, taken: Set<string>): (kind: string) => string {
  const used = () => new Set([...objectsIn(ctx.spec).map((o) => o.id), ...(ctx.spec.lights ?? []).map((l) => (l.id ?? '').replace(/^light-/, '')), ...taken]);
  return (kind: string) => {
    const all = used();
    const base = kind.replace(/_/g, '-');
    let n = 1;
    while ([...all].some((id) => id === `${base}-${n}` || id.startsWith(`${base}-${n}-`))) n++;
    taken.add(`${base}-${n}`);
    return `${base}-${n}`;
  };
}

export function readAgainstScene(ctx: Ctx, text: string): Reading {
  const { entities, objectsOf } = sceneEntities(ctx);
  const known = new Set(entities);
  const mctx: MentionContext = { entities, newId: freshIdMaker(ctx, new Set()), warnings: [], placeWords: PLACE_WORD_SET, absent: new Set() };
  // Notes are read lower-cased; the parser knows "Anna" as a name by its capital, so give the cast theirs back.
  const named = entities.filter((e) => e.kind === 'person' && !/^person-\d/.test(e.id)).map((e) => e.id.split('-')[0]!);
  const cased = named.reduce((t, n) => t.replace(new RegExp(`\\b${n}\\b`, 'g'), n[0]!.toUpperCase() + n.slice(1)), text);
  const tokens = tokenize(cased).flatMap((s) => s.tokens);
  const mentions = findMentions(tokens, mctx);
  const relations = findRelations(tokens, mentions, undefined);
  return { tokens, mentions, relations, known, objectsOf, warnings: mctx.warnings };
}

/** Whether the mention's head word is plural ("the chairs" means every chair). */
function pluralMention(r: Reading, m: Mention): boolean {
  const word = r.tokens[m.end - 1]?.word ?? '';
  return singular(word) !== word || r.tokens.slice(m.start, m.end).some((t) => ['all', 'every', 'both', 'those', 'these'].includes(t.word));
}

/** The objects a mention of something already there means: all of them for a plural, else the first. */
function objectsMeant(r: Reading, m: Mention): string[] {
  const ids = r.objectsOf.get(m.entity.id) ?? [];
  return pluralMention(r, m) ? ids : ids.slice(0, 1);
}

/** The set as the placer sees it: the room's floor, and every thing not being moved as already placed. */
function placerFor(ctx: Ctx, moving: Set<string>): { placer: RoomPlacer; tight: RoomPlacer; room: Room; placedOf: Map<string, Placed[]> } {
  const box = roomBox(ctx.spec);
  const ground = objectsIn(ctx.spec).find((o) => o.id === 'ground')?.geometry?.size as [number, number] | undefined;
  const [w, d] = box ? [box.max[0] - box.min[0], box.max[2] - box.min[2]] : ground ? [ground[0] / 3, ground[1] / 3] : [12, 12];
  const interior = !!box;
  const place = PLACE_WORDS.find((p) => p.id === ctx.description?.setting.place) ?? (interior ? DEFAULT_INTERIOR : DEFAULT_EXTERIOR);
  const room: Room = { interior, place, size: [w, d, box ? box.max[1] : 0] };
  // As layout does: the front of the set stays clear for the establishing camera.
  const area: RoomArea = { id: 0, x0: -w / 2 + 0.05, z0: -d / 2 + 0.05, x1: w / 2 - 0.05, z1: d / 2 - 0.05, keepClear: [{ min: [-w / 2, 0, d / 2 - Math.min(1.2, d * 0.2)], max: [w / 2, 3, d / 2] }] };
  const placer = new RoomPlacer(area, mulberry32(fnv1a(`${ctx.spec.seed ?? 1}:refine:${ctx.text}`)), { minSpacing: 0.2, attempts: 40 });
  const bounds = objectBounds(parseSpec(ctx.spec));
  for (const o of objectsIn(ctx.spec).filter(isThing)) {
    const b = bounds.get(o.id);
    if (!b || moving.has(o.id)) continue;
    placer.placed.push({ id: o.id, type: o.geometry!.type!, params: o.geometry as Placed['params'], position: o.position ?? [0, 0, 0], yawDeg: o.rotation?.[1] ?? 0, bounds: b, supportedBy: null, relation: b.min[1] > 0.05 ? 'on' : 'floor', room: 0 });
  }
  const tight = new RoomPlacer(area, mulberry32(fnv1a(`${ctx.spec.seed ?? 1}:refine-wall:${ctx.text}`)), { minSpacing: 0.2, attempts: 3 });
  tight.placed.push(...placer.placed);
  const { objectsOf } = sceneEntities(ctx);
  const placedOf = new Map([...objectsOf].map(([e, ids]) => [e, ids.map((id) => placer.placed.find((p) => p.id === id)).filter((p): p is Placed => !!p)]));
  return { placer, tight, room, placedOf };
}

/**
 * "the left wall": points far past that wall, which the placer pulls in until the thing touches it — the n-th
 * of several in a row along it, then the next free spots either side of the row.
 */
function wallPoints(text: string, n: number, count: number, type: string, params: Record<string, unknown>): Rule[] | undefined {
  const side = /\b(left|right|back|far|rear|front) wall\b/.exec(text)?.[1];
  if (!side) return undefined;
  const box = footprint(propParams(type, params));
  const step = Math.max(box.max[0] - box.min[0], box.max[2] - box.min[2]) + 0.25;
  const far = 1e3;
  return [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6].map((k) => {
    const along = (n - (count - 1) / 2 + k) * step;
    const at = side === 'left' ? { x: -far, z: along } : side === 'right' ? { x: far, z: along } : side === 'front' ? { x: along, z: far } : { x: along, z: -far };
    return { kind: 'at', ...at, jitter: 0.02 };
  });
}

/** Places one thing by the note's relation, with the layout's rules; undefined when nothing fits. */
function placeOne(ctx: Ctx, setup: ReturnType<typeof placerFor>, e: Entity, rel: Relation | undefined, n: number, siblings: Placed[], id: string, params: Record<string, unknown>): Placed | undefined {
  const first = (eid: string) => setup.placedOf.get(eid)?.[0];
  const facing = e.kind === 'person' && rel?.object ? { facing: { kind: 'target' as const, target: first(rel.object)?.id ?? rel.object } } : {};
  // Against a named wall, each spot is tried only briefly: the placer's widening search would drift off the wall.
  for (const rule of wallPoints(ctx.text, n, e.count, e.kind, params) ?? []) {
    const placed = setup.tight.place({ id, type: e.kind, params, rule });
    if (placed) return (setup.placer.placed.push(placed), placed);
  }
  const rules = /\bwall\b/.test(ctx.text) ? [{ kind: 'wall' } as Rule, { kind: 'floor' } as Rule] : candidateRules(e, rel, n, siblings, first, setup.placedOf, setup.room, setup.placer);
  for (const rule of rules) {
    const placed = setup.placer.place({ id, type: e.kind, params, rule, ...facing });
    if (placed) return (setup.tight.placed.push(placed), placed);
  }
  return undefined;
}

/** The spatial relation the note gives a subject: the most specific one the parser read. */
function relationFor(r: Reading, subject: Entity): Relation | undefined {
  const order = ['on', 'under', 'above', 'between', 'in-centre', 'in-corner', 'against-wall', 'left-of', 'right-of', 'in-front-of', 'behind', 'next-to', 'around', 'in'];
  return r.relations.filter((x) => x.subject === subject.id && x.relation !== 'facing').sort((a, b) => order.indexOf(a.relation) - order.indexOf(b.relation))[0];
}

/** The practical light a lighting prop carries (a candle's flame), as layout gives it. */
function practicalLight(id: string, kind: string, placed: Placed): NonNullable<SceneSpecInput['lights']>[number] | undefined {
  const info = getProp(kind)?.prop.light?.(placed.params as never);
  if (!info) return undefined;
  const yaw = (placed.yawDeg * Math.PI) / 180;
  const [ox, oy, oz] = info.offset;
  const p = placed.position;
  return { id: `light-${id}`, type: 'point', position: [p[0] + ox * Math.cos(yaw) + oz * Math.sin(yaw), p[1] + oy, p[2] - ox * Math.sin(yaw) + oz * Math.cos(yaw)], color: { kelvin: info.kelvin }, intensity: { value: info.lumens, unit: 'lm', efficacyLmPerW: 683 }, castShadow: false, radius: 0.03, tags: ['practical', kind] } as NonNullable<SceneSpecInput['lights']>[number];
}

function rerenderAll(ctx: Ctx): void {
  for (const s of ctx.shots) ctx.rerender.add(s.id);
}

/** Generator params for a new thing: a person stands at a person's height unless the note says otherwise. */
function paramsOf(e: Entity): Record<string, unknown> {
  const params = { ...((e as { params?: Record<string, unknown> }).params ?? {}) };
  if (e.kind === 'person') {
    params.pose ??= e.pose ?? 'standing';
    params.height ??= 1.75;
  }
  return params;
}

/** A new thing into the spec, with its own material when the note gave one, and its practical light. */
function addObject(ctx: Ctx, e: Entity, id: string, placed: Placed): void {
  const slot = Object.keys(getProp(e.kind)?.defaultMaterials ?? {})[0];
  let matName: string | undefined;
  if (e.material || e.color) {
    matName = `mat-${id}`;
    (ctx.spec.materials ??= {})[matName] = { ...(e.material ? { preset: e.material } : {}), ...(e.color ? { baseColor: e.color } : {}) } as never;
  }
  const obj = { id, geometry: placed.params, position: placed.position.map((v) => round(v, 4)), rotation: [0, round(placed.yawDeg, 2), 0], ...(matName ? (slot ? { materials: { [slot]: matName } } : { material: matName }) : {}), tags: [e.kind, ...(e.kind === 'person' ? ['person'] : [])] };
  (ctx.spec.objects ??= []).push(obj as never);
  const light = practicalLight(id, e.kind, placed);
  if (light) (ctx.spec.lights ??= []).push(light);
}

/** "add a candle on the table", "two more guards at the door": every new thing the clause names, placed. */
export function addThings(ctx: Ctx, r: Reading): boolean {
  const fresh = [...new Set(r.mentions.map((m) => m.entity).filter((e) => !r.known.has(e)))];
  if (!fresh.length) return false;
  // What the new things relate to goes in first ("on a stool": the stool, then what stands on it).
  const objectsFirst = fresh.filter((e) => r.relations.some((x) => x.object === e.id && x.subject !== e.id));
  const setup = placerFor(ctx, new Set());
  for (const e of [...objectsFirst, ...fresh.filter((x) => !objectsFirst.includes(x))]) {
    const rel = relationFor(r, e);
    const list: Placed[] = [];
    const newId = freshIdMaker(ctx, new Set());
    for (let n = 0; n < e.count; n++) {
      const id = newId(e.kind);
      const placed = placeOne(ctx, setup, e, rel, n, list, id, paramsOf(e));
      if (!placed) {
        ctx.notes.push(`no room for ${e.name}${rel ? ` ${rel.relation.replace(/-/g, ' ')}` : ''}; left out`);
        continue;
      }
      list.push(placed);
      addObject(ctx, e, id, placed);
    }
    setup.placedOf.set(e.id, list);
    if (list.length) ctx.changes.push({ path: 'objects', from: null, to: list.map((p) => p.id), why: `asked to add ${e.name}${rel?.object ? ` ${rel.relation.replace(/-/g, ' ')} the ${r.mentions.find((m) => m.entity.id === rel.object)?.entity.name ?? rel.object}` : rel ? ` ${rel.relation.replace(/-/g, ' ')}` : ''}` });
  }
  rerenderAll(ctx);
  return true;
}

/** Things resting on a mover travel with it (the candle on the table that moves). */
function riders(ctx: Ctx, movers: Set<string>): Map<string, string> {
  const bounds = objectBounds(parseSpec(ctx.spec));
  const out = new Map<string, string>();
  for (const id of movers) {
    const b = bounds.get(id);
    if (!b) continue;
    for (const [other, ob] of bounds) {
      if (movers.has(other) || out.has(other)) continue;
      const cx = (ob.min[0] + ob.max[0]) / 2;
      const cz = (ob.min[2] + ob.max[2]) / 2;
      if (Math.abs(ob.min[1] - b.max[1]) < 0.05 && cx > b.min[0] && cx < b.max[0] && cz > b.min[2] && cz < b.max[2]) out.set(other, id);
    }
  }
  return out;
}

/** "move the barrels to the left wall", "put Anna by the window": what is there goes where the note says. */
export function moveThings(ctx: Ctx, r: Reading): boolean {
  const subject = r.mentions.find((m) => r.known.has(m.entity));
  if (!subject) return false;
  const rel = relationFor(r, subject.entity);
  const wall = /\b(left|right|back|far|rear|front) wall\b/.test(ctx.text);
  if (!rel && !wall) return false;
  const ids = objectsMeant(r, subject);
  const movers = new Set(ids);
  const carried = riders(ctx, movers);
  const setup = placerFor(ctx, new Set([...movers, ...carried.keys()]));
  const e = { ...subject.entity, count: ids.length };
  const list: Placed[] = [];
  const objects = objectsIn(ctx.spec);
  for (const [n, id] of ids.entries()) {
    const o = objects.find((x) => x.id === id)!;
    const { type: _type, ...params } = o.geometry!;
    // Someone seated who is moved elsewhere stands there, unless the note seats them.
    if (params.pose === 'sitting' && !/\b(sit|sits|seat|seated|sitting)\b/.test(ctx.text)) {
      ctx.changes.push({ path: `objects[${objects.indexOf(o)}].geometry.pose`, from: 'sitting', to: 'standing', why: `asked to move ${subject.entity.name}` });
      params.pose = 'standing';
      o.geometry = { ...o.geometry!, pose: 'standing' };
    }
    const placed = placeOne(ctx, setup, e, rel, n, list, id, params);
    if (!placed) {
      ctx.notes.push(`no room to move ${id}${rel ? ` ${rel.relation.replace(/-/g, ' ')}` : ''}; left where it was`);
      continue;
    }
    list.push(placed);
    const from = o.position ?? [0, 0, 0];
    const to = placed.position.map((v) => round(v, 4)) as [number, number, number];
    const i = objects.indexOf(o);
    o.position = to;
    o.rotation = [o.rotation?.[0] ?? 0, round(placed.yawDeg, 2), o.rotation?.[2] ?? 0];
    ctx.changes.push({ path: `objects[${i}].position`, from, to, why: `asked to move ${subject.entity.name}` });
    for (const [rider, under] of carried) {
      if (under !== id) continue;
      const ro = objects.find((x) => x.id === rider)!;
      const rp = ro.position ?? [0, 0, 0];
      const moved = rp.map((v, k) => round(v + to[k]! - from[k]!, 4)) as [number, number, number];
      ctx.changes.push({ path: `objects[${objects.indexOf(ro)}].position`, from: rp, to: moved, why: `rests on ${id}, which moved` });
      ro.position = moved;
    }
  }
  moveLights(ctx, new Set([...ids, ...carried.keys()]));
  rerenderAll(ctx);
  return true;
}

/** A moved lamp or candle takes its flame with it. */
function moveLights(ctx: Ctx, ids: Set<string>): void {
  for (const l of ctx.spec.lights ?? []) {
    const id = (l.id ?? '').replace(/^light-/, '');
    const o = objectsIn(ctx.spec).find((x) => x.id === id);
    if (!ids.has(id) || !o?.position) continue;
    const placed = { params: o.geometry, position: o.position, yawDeg: o.rotation?.[1] ?? 0 } as unknown as Placed;
    const fresh = practicalLight(id, o.geometry!.type!, placed);
    if (fresh && 'position' in fresh) (l as { position?: unknown }).position = fresh.position;
  }
}

/** The material (and colour) the words after a thing ask for: "make the table marble", "paint the chairs red". */
function surfaceAsked(words: string[]): { preset?: string; color?: string } | undefined {
  const preset = lookupMaterial(words);
  const color = words.map((w, k) => lookupColour(w, words[k - 1])).find((c) => c !== undefined);
  return preset || color ? { ...(preset ? { preset } : {}), ...(color ? { color } : {}) } : undefined;
}

/** "make the table marble", "paint the walls brick", "the chairs should be oak". */
export function resurface(ctx: Ctx, text: string): boolean {
  const setPiece = /\b(walls?|floor|ceiling|ground)\b/.exec(text)?.[1];
  // The material is the clause's tail ("… marble", "… in dark oak"); read apart, "the chairs oak" is no oak tree.
  const words = text.split(' ');
  const tail = (n: number) => JSON.stringify(surfaceAsked(words.slice(words.length - n)) ?? null);
  const k = [3, 2, 1].find((n) => n < words.length && tail(n) !== 'null' && (n === 1 || tail(n) !== tail(n - 1)));
  if (k === undefined) return false;
  const asked = surfaceAsked(words.slice(-k))!;
  const named = words.slice(-k).join(' ');
  const head = words.slice(0, -k).join(' ').replace(/\b(should|must|could) be\b|\b(out of|made of|in|into|to)\s*$/g, ' ').trim();
  const r = readAgainstScene(ctx, head);
  const subject = r.mentions.find((m) => r.known.has(m.entity));
  const materials = (ctx.spec.materials ??= {}) as Record<string, { preset?: string; baseColor?: string }>;
  if (!subject && setPiece) {
    const key = setPiece.startsWith('wall') ? 'walls' : setPiece === 'ground' ? 'floor' : setPiece;
    const from = materials[key] ?? null;
    materials[key] = { ...(from ?? {}), ...(asked.preset ? { preset: asked.preset } : {}), ...(asked.color ? { baseColor: asked.color } : {}) };
    if (asked.preset && !asked.color) delete materials[key]!.baseColor;
    ctx.changes.push({ path: `materials.${key}`, from, to: materials[key], why: `asked for ${named} ${setPiece}` });
    rerenderAll(ctx);
    return true;
  }
  if (!subject) return false;
  const objects = objectsIn(ctx.spec);
  for (const id of objectsMeant(r, subject)) {
    const o = objects.find((x) => x.id === id)!;
    const slot = Object.keys(getProp(o.geometry!.type!)?.defaultMaterials ?? {})[0];
    const current = slot ? o.materials?.[slot] : o.material;
    const matName = `mat-${id}`;
    const before = current ? materials[current] : undefined;
    // A new material drops the old tint unless the note names a colour too: "make it marble" means marble.
    const kept = before?.preset ?? (slot ? getProp(o.geometry!.type!)?.defaultMaterials[slot] : undefined);
    materials[matName] = { ...(asked.preset ? { preset: asked.preset } : kept ? { preset: kept } : {}), ...(asked.color ? { baseColor: asked.color } : !asked.preset && before?.baseColor ? { baseColor: before.baseColor } : {}) };
    if (slot) o.materials = { ...(o.materials ?? {}), [slot]: matName };
    else o.material = matName;
    ctx.changes.push({ path: `materials.${matName}`, from: before ?? null, to: materials[matName], why: `asked for ${subject.entity.name} in ${named}` });
  }
  rerenderAll(ctx);
  return true;
}

/** "replace the chairs with stools": one new thing where each old one stood, the old ones gone. */
/** Whether two boxes overlap seen from above. */
function plansOverlap(a: { min: number[]; max: number[] } | undefined, b: { min: number[]; max: number[] } | undefined): boolean {
  return !!a && !!b && a.min[0]! < b.max[0]! && b.min[0]! < a.max[0]! && a.min[2]! < b.max[2]! && b.min[2]! < a.max[2]!;
}

export function replaceThings(ctx: Ctx, text: string): boolean {
  const parts = REPLACE.exec(text);
  if (!parts) return false;
  const [oldPhrase, newPhrase] = parts[1] ? [parts[2]!, parts[4]!] : [parts[6]!, parts[8]!];
  // The halves are read apart: "swap the barrels for crates" read whole takes "crates" for a verb.
  const r = readAgainstScene(ctx, oldPhrase);
  const old = r.mentions.find((m) => r.known.has(m.entity));
  const rNew = readAgainstScene(ctx, newPhrase);
  const by = [rNew, readAgainstScene(ctx, `some ${newPhrase}`)].flatMap((x) => x.mentions.filter((m) => !x.known.has(m.entity)))[0];
  if (!old || !by) return false;
  const ids = objectsMeant(r, old);
  const objects = objectsIn(ctx.spec);
  const bounds = objectBounds(parseSpec(ctx.spec));
  // Whoever sits on a chair being replaced sits on its replacement: they are no obstacle to it.
  const sitters = objects.filter((o) => (o.geometry as { pose?: string } | undefined)?.pose === 'sitting' && ids.some((id) => plansOverlap(bounds.get(o.id!), bounds.get(id))));
  const setup = placerFor(ctx, new Set([...ids, ...sitters.map((o) => o.id!)]));
  const newId = freshIdMaker(ctx, new Set(ids));
  const made: string[] = [];
  const renamed = new Map<string, string>();
  ctx.spec.objects = objects.filter((o) => !ids.includes(o.id)) as SceneSpecInput['objects'];
  ctx.spec.lights = (ctx.spec.lights ?? []).filter((l) => !ids.includes((l.id ?? '').replace(/^light-/, '')));
  for (const id of ids) {
    const b = bounds.get(id)!;
    const id2 = newId(by.entity.kind);
    const e = { ...by.entity, count: 1 };
    const rules: Rule[] = [{ kind: 'at', x: (b.min[0] + b.max[0]) / 2, z: (b.min[2] + b.max[2]) / 2, jitter: 0.05 }, { kind: 'near', target: id, distance: 0.3 }, { kind: 'floor' }];
    const placed = rules.map((rule) => setup.placer.place({ id: id2, type: e.kind, params: paramsOf(e), rule })).find((p) => !!p);
    if (!placed) {
      ctx.notes.push(`no room for ${by.entity.kind.replace(/_/g, ' ')} where ${id} stood; left out`);
      continue;
    }
    addObject(ctx, e, id2, placed);
    made.push(id2);
    renamed.set(id, id2);
  }
  for (const s of ctx.shots) if (s.subjects?.some((id) => renamed.has(id))) s.subjects = s.subjects.map((id) => renamed.get(id) ?? id);
  ctx.changes.push({ path: 'objects', from: ids, to: made, why: `asked to replace ${old.entity.name} with ${by.entity.kind.replace(/_/g, ' ')}` });
  rerenderAll(ctx);
  return true;
}

/** A scene note: which edit the clause's verb asks for, in order of how specific it is. */
export function editScene(ctx: Ctx): boolean {
  const text = ctx.text.trim();
  if (REPLACE.test(text) && replaceThings(ctx, text)) return true;
  if ((MATERIAL.test(text) || SHOULD_BE.test(text)) && resurface(ctx, text)) return true;
  const placing = asPlacement(text);
  if (MOVE.test(text)) {
    const r = readAgainstScene(ctx, placing);
    const fresh = r.mentions.some((m) => !r.known.has(m.entity) && r.relations.some((x) => x.subject === m.entity.id));
    if (!fresh && moveThings(ctx, r)) return true;
  }
  if (ADD.test(text) || /^\s*(a|an|one|two|three|four|five|six|some|several)\b/.test(text)) {
    // "another" stays: it makes "another guard" a new one, where a bare "guard" is the one already there.
    const what = placing.replace(ADD_VERB, ' ').replace(/\b(more|extra|additional)\b/g, ' ').trim();
    const r = readAgainstScene(ctx, what);
    ctx.notes.push(...r.warnings);
    if (addThings(ctx, r)) return true;
    if (ADD_VERB.test(text) && !r.mentions.length) {
      ctx.notes.push(`could not add "${what}": nothing in the prop library goes by that name`);
      return true;
    }
  }
  return false;
}

/** Whether a clause looks like a scene edit, so the caller can say which part it could not apply. */
export const SCENE_VERBS = new RegExp(`${ADD.source}|${MOVE.source}|${MATERIAL.source}|${REPLACE.source}|${SHOULD_BE.source}`);
