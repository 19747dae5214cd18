/**
 * Layout: a SceneDescription becomes a set — a room (floor, walls, ceiling) or a stretch of ground, the
 * described things and people placed by their relations (on, under, beside, between, left of …, in the
 * camera's frame: the establishing camera looks from +Z towards −Z, so left is −X and in front is +Z), the
 * place's own furnishing when the text names little, and the practical lights props carry. Placement reuses
 * the level generator's RoomPlacer, so nothing interpenetrates and everything rests on something.
 */
import type { SceneSpecInput } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import type { Light } from '../scene/light.js';
import { RoomPlacer, withinRoom, type Placed, type Rule, type Facing, type RoomArea } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { getGenerator } from '../geometry/registry.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { mulberry32 } from '../core/random.js';
import { fnv1a } from '../core/hash.js';
import type { Entity, Relation, SceneDescription } from './description.js';
import { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR, SIZE_WORDS, type PlaceWord } from './lexicon/index.js';
import { planRules, placeBy, spreadFor, centre, type PlanRule, type Room } from './placement-rules.js';
import { footprint, overlaps, placeBox, propParams } from '../geometry/layout/footprint.js';
import { DEG_TO_RAD } from '../core/angles.js';
import { KIND_FAMILIES } from '../library/kind-families.js';
import { anachronistic } from '../library/anachronisms.js';
import { chairSpots, freeChairNear, isTableLike, restPersonOn, seatingFor, seatTop, pulledUp, BAR_STOOL_M, COUNTER_TOP_M, CHAIRS } from './seating.js';
import { isOrientation, CORRIDOR_WIDTH_M } from './description.js';
import { emitsLight, soleLight, lightTheAction } from './sole-light.js';
import { fitsPeriod, lineTheStreet } from './frontage.js';
import { buildShell } from './set-shell.js';
import { holdsBeforeBody, inHand } from './held.js';
import { actionClearing } from './clearing.js';
import { STOREFRONT_STYLE_MATERIALS, type StorefrontStyle } from '../geometry/props/storefronts.js';

export interface Instance {
  id: string;
  entity: string;
  kind: string;
  name: string;
  /** Spec material name on its main slot, when the text gave a material or colour. */
  material?: string;
  /** The material preset behind it (the text's, or the prop's default). */
  materialPreset?: string;
  color?: string;
  supportedBy: string | null;
  placed: Placed;
  /** From the place's furnishing rather than the text. */
  furnishing: boolean;
}

export type { Room } from './placement-rules.js';

export interface LayoutResult {
  spec: SceneSpecInput & { objects: SceneObject[]; lights: Light[] };
  instances: Instance[];
  room: Room;
  warnings: string[];
}

/** Relations from most to least specific about where a thing stands. */
const SPECIFICITY: Relation['relation'][] = ['on', 'in', 'under', 'above', 'between', 'in-centre', 'in-corner', 'far-end', 'against-wall', 'left-of', 'right-of', 'in-front-of', 'behind', 'next-to', 'around', 'facing'];

/** The highest a stack climbs (metres, top of its top item) before a new stack starts beside it; lower in a low room. */
const STACK_TOP = 2.2;

/** Props that bring their own light (candles, torches, lamps) and how it flickers. */
const FLICKER: Record<string, 'candle' | 'torch' | 'fire'> = { candle: 'candle', candelabra: 'candle', torch: 'torch', lantern: 'candle', cauldron: 'fire', fireplace: 'fire', campfire: 'fire', oil_lamp: 'candle' };

function placeFor(id: string): PlaceWord {
  return PLACE_WORDS.find((p) => p.id === id) ?? (id === DEFAULT_EXTERIOR.id ? DEFAULT_EXTERIOR : DEFAULT_INTERIOR);
}

function mainSlot(kind: string): string | undefined {
  const prop = getProp(kind);
  return prop ? Object.keys(prop.defaultMaterials)[0] : undefined;
}

/** The slot a material the text names goes on: the one made of its family ("stained glass windows" → the glass), else the main one. */
function slotFor(kind: string, preset: string | undefined): string | undefined {
  const prop = getProp(kind);
  const family = preset ? getMaterialPreset(preset)?.family : undefined;
  const same = prop && family ? Object.entries(prop.defaultMaterials).find(([, p]) => getMaterialPreset(p)?.family === family)?.[0] : undefined;
  return same ?? mainSlot(kind);
}

function defaultPreset(kind: string): string | undefined {
  const prop = getProp(kind);
  const slot = mainSlot(kind);
  return prop && slot ? prop.defaultMaterials[slot] : undefined;
}

/** Generator params for an entity: the lexicon's, a person's pose, and a size word applied to the height. */
function paramsFor(e: Entity & { params?: Record<string, unknown> }): Record<string, unknown> {
  const params: Record<string, unknown> = { ...(e.params ?? {}) };
  if (e.kind === 'person') {
    params.pose = e.pose ?? 'standing';
    if (e.costume?.length) params.costume = e.costume;
    if (params.height === undefined) params.height = 1.75;
  }
  const scale = SIZE_WORDS.find((s) => s.size === e.size)?.scale;
  if (scale && scale !== 1) {
    const gen = getGenerator(e.kind);
    const parsed = gen?.schema.safeParse({ type: e.kind, ...params });
    const height = parsed?.success ? (parsed.data as { height?: unknown }).height : undefined;
    if (typeof height === 'number') params.height = Math.round(height * scale * 1000) / 1000;
  }
  return params;
}

/** Entities in an order where everything a relation refers to is placed before what refers to it. */
function placementOrder<E extends Entity>(entities: E[], relations: Relation[]): E[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const deps = new Map<string, Set<string>>(entities.map((e) => [e.id, new Set<string>()]));
  for (const r of relations) {
    if (isOrientation(r.relation)) continue;
    for (const o of [r.object, r.object2]) if (o && o !== r.subject && byId.has(o)) deps.get(r.subject)!.add(o);
  }
  const out: E[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (e: E) => {
    if (state.get(e.id) === 'done' || state.get(e.id) === 'visiting') return;
    state.set(e.id, 'visiting');
    for (const d of deps.get(e.id) ?? []) visit(byId.get(d)!);
    state.set(e.id, 'done');
    out.push(e);
  };
  // Furniture that others rest on or gather around goes first, people last.
  const weight = (e: E) => placementWeight(e, !!(e as { furnishing?: boolean }).furnishing);
  for (const e of [...entities].sort((a, b) => weight(a) - weight(b))) visit(e);
  return out;
}

/**
 * The order things are placed in: what the text names first (surfaces before what goes beside them), then the
 * place's own dressing (its tables before what the text sets on a table), then people, who sit on any of it.
 */
function placementWeight(e: Entity, furnishing: boolean): number {
  if (e.kind === 'person') return 4;
  const prop = getProp(e.kind)?.prop;
  const onTables = !!prop && prop.placement.includes('surface') && !prop.placement.includes('floor');
  if (furnishing) return prop?.surfaceHeight ? 2 : 3;
  return prop?.surfaceHeight ? 0 : onTables ? 2.5 : 1;
}

/** One layout in progress: the room, its placer, and the set's objects, materials and instances so far. */
interface SetBuild {
  desc: SceneDescription;
  room: Room;
  placer: RoomPlacer;
  objects: SceneObject[];
  materials: Record<string, unknown>;
  instances: Instance[];
  /** Placed instances by entity id, in placement order. */
  placedOf: Map<string, Placed[]>;
  warnings: string[];
  /** Seats already sat on, and the table each seated person sits at (by entity id). */
  taken: Set<string>;
  seatedAt: Map<string, Placed>;
}

/** A corridor keeps the place's height and materials, at a corridor's width and at least 12 m of length. */
function corridorOr(size: readonly [number, number, number], shape: SceneDescription['setting']['shape']): [number, number, number] {
  if (shape !== 'corridor') return [...size];
  return [Math.min(size[0], CORRIDOR_WIDTH_M), Math.max(size[1], 12), size[2]];
}

export function layoutScene(desc: SceneDescription, seed: number): LayoutResult {
  const place = placeFor(desc.setting.place);
  const interior = desc.setting.interior;
  const size: [number, number, number] = interior ? corridorOr(place.size, desc.setting.shape) : [place.size[0], place.size[1], 0];
  const room: Room = { interior, place, size };
  const set: SetBuild = { desc: lightTheAction(desc), room, placer: roomPlacer(room, seed), objects: [], materials: {}, instances: [], placedOf: new Map(), warnings: [], taken: new Set(), seatedAt: new Map() };
  buildSetPieces(set);
  const fronts = lineStreet(set, seed);
  const held = heldBy(set.desc);
  for (const e of placementOrder(castList(set.desc, place), set.desc.relations)) if (!fronts.has(e.id) && !held.has(e.id)) placeEntity(set, e);
  turnPeople(set);
  for (const [id, holder] of held) holdThing(set, set.desc.entities.find((e) => e.id === id)!, holder);
  windowViews(set);
  const spec = {
    version: 1 as const,
    seed,
    quality: 'lite' as const,
    environment: { background: interior ? '#101010' : '#8fa8c8' },
    materials: set.materials as SceneSpecInput['materials'],
    objects: set.objects,
    lights: practicalLights(set.instances),
  };
  return { spec: spec as LayoutResult['spec'], instances: set.instances, room, warnings: set.warnings };
}

/**
 * Lines a street-like exterior with its period's buildings; the storefronts the text names ("the saloon") take
 * the places in the rows nearest the action rather than standing in the street. The ids of those it placed.
 */
function lineStreet(set: SetBuild, seed: number): Set<string> {
  const { desc, room } = set;
  const named = desc.entities.filter((e) => e.kind === 'storefront' && e.count === 1 && !desc.relations.some((r) => r.subject === e.id && !isOrientation(r.relation)));
  const fronts = named.map((e) => {
    const mat = entityMaterial(set, e);
    return { id: e.id, params: paramsFor(e), ...(mat ? { materials: { walls: mat } } : {}) };
  });
  const street = lineTheStreet(room, desc.setting.era, desc.genre, mulberry32(fnv1a(`${seed}:frontage`)), fronts);
  set.objects.push(...street.objects);
  Object.assign(set.materials, street.materials);
  for (const p of street.placed) {
    const e = named.find((x) => x.id === p.id)!;
    set.placer.placed.push(p);
    set.placedOf.set(e.id, [p]);
    const walls = STOREFRONT_STYLE_MATERIALS[(p.params as unknown as { style: StorefrontStyle }).style]?.walls;
    set.instances.push({ id: p.id, entity: e.id, kind: e.kind, name: e.name, ...(walls ? { materialPreset: e.material ?? walls } : {}), supportedBy: null, placed: p, furnishing: false });
  }
  return new Set(street.placed.map((p) => p.id));
}

/** The floor area things may stand on, with the front of the set kept clear for the establishing camera. */
function roomPlacer(room: Room, seed: number): RoomPlacer {
  const [w, d] = room.size;
  const area: RoomArea = { id: 0, x0: -w / 2 + 0.05, z0: -d / 2 + 0.05, x1: w / 2 - 0.05, z1: d / 2 - 0.05, keepClear: [] };
  area.keepClear.push({ min: [-w / 2, 0, d / 2 - Math.min(1.2, d * 0.2)], max: [w / 2, 3, d / 2] });
  return new RoomPlacer(area, mulberry32(fnv1a(`${seed}:layout`)), { minSpacing: 0.2, attempts: 40 });
}

/** The set's shell (set-shell.ts): its pieces and their materials go first into the spec. */
function buildSetPieces({ room, objects, materials, desc }: SetBuild): void {
  const shell = buildShell(room, desc.setting, desc.genre);
  objects.push(...shell.objects);
  Object.assign(materials, shell.materials);
}

/** Each kind's family: the kinds a reader counts as the same thing (library/data/kind-families.json), itself included. */
const FAMILY_OF: ReadonlyMap<string, readonly string[]> = new Map(KIND_FAMILIES.flatMap((f) => f.kinds.map((k) => [k, f.kinds] as const)));

/** The kinds set dressing must leave out: every kind named, counted or said to be absent, and their families. */
export function kindsTheTextCounts(desc: Pick<SceneDescription, 'entities' | 'absent'>): Set<string> {
  const out = new Set<string>();
  for (const kind of [...desc.entities.map((e) => e.kind), ...desc.absent]) for (const k of FAMILY_OF.get(kind) ?? [kind]) out.add(k);
  return out;
}

/**
 * What the text names, plus the place's usual things — never more of a kind the text names or counts, or of one
 * a reader would count with it ("five crates" stay five). When the text names three kinds or more, a room's floor
 * is theirs: the dressing is its fixtures — lights, pictures, windows — the small things set on its tables, and
 * what makes the place itself (a greenhouse's benches, a library's shelves).
 */
function castList(desc: SceneDescription, place: PlaceWord): (Entity & { furnishing?: boolean })[] {
  const named = new Set(desc.entities.map((e) => e.kind));
  const entities: (Entity & { furnishing?: boolean })[] = [...desc.entities];
  const counted = kindsTheTextCounts(desc);
  const { era } = desc.setting;
  const sole = soleLight(desc);
  for (const f of place.furnishing) {
    const more = oneOfMany(desc, f);
    if ((counted.has(f.kind) && !more) || !fitsThePeriod(f, era, desc.genre) || (sole && emitsLight(f.kind))) continue;
    const furnished = named.size >= 3 && desc.setting.interior;
    if (furnished && !FIXTURE_HABITS.has(f.habit) && !f.defining) continue;
    const count = more || countOf(f, entities);
    // Where the place keeps it (a restaurant's pictures hang on its walls), not where the word alone would put it.
    entities.push({ id: `set-${f.kind.replace(/_/g, '-')}`, kind: f.kind, name: f.kind.replace(/_/g, ' '), count, furnishing: true, ...(f.habit ? { habit: f.habit } : {}) });
  }
  return entities;
}


/**
 * A place's defining things when the text names just one of them ("a monk at a desk" in a scriptorium, "she sits
 * on a bench" in a church): that one is theirs, and the rest of the room's are still there. How many more; 0 when
 * the text counts the kind otherwise, or says there are none.
 */
function oneOfMany(desc: SceneDescription, f: PlaceWord['furnishing'][number]): number {
  if (!f.defining || desc.absent.includes(f.kind)) return 0;
  const same = desc.entities.filter((e) => e.kind === f.kind);
  return same.length === 1 && same[0]!.count === 1 ? Math.max(0, f.count - 1) : 0;
}

/** How many of a piece of dressing to place: a place's table settings are for its tables — with only the text's one table, a setting or two of each, not six. */
function countOf(f: PlaceWord['furnishing'][number], entities: Entity[]): number {
  return f.habit === 'on-table' ? Math.min(f.count, PER_TOP * Math.max(1, tableTops(entities))) : f.count;
}

/** How many of one kind of small thing a table top takes (two places set, two candles). */
const PER_TOP = 2;

/** How many table-like tops (tables, desks, counters) the cast so far brings. */
function tableTops(entities: Entity[]): number {
  return entities.reduce((n, e) => {
    const prop = getProp(e.kind)?.prop;
    return n + (prop?.surfaceHeight && prop.category === 'furniture' && !CHAIRS.includes(e.kind) ? e.count : 0);
  }, 0);
}

/** Dressing that takes no floor: what hangs from the ceiling or on the walls, and what stands on a table. */
const FIXTURE_HABITS = new Set<string | undefined>(['ceiling', 'wall-mount', 'on-table']);

/** Whether a piece of a place's dressing belongs in a scene of this era and genre: its own conditions, and no anachronism. */
function fitsThePeriod(f: PlaceWord['furnishing'][number], era: string, genre: string | undefined): boolean {
  return fitsPeriod(f, era, genre) && !anachronistic(f.kind, era, genre);
}

/** A material of its own for an entity the text gave a material or colour, on its kind's preset otherwise. */
function entityMaterial(set: SetBuild, e: Entity): string | undefined {
  if (!e.material && !e.color) return undefined;
  const matName = `mat-${e.id}`;
  const preset = e.material ?? defaultPreset(e.kind);
  set.materials[matName] = { ...(preset ? { preset } : {}), ...(e.color ? { baseColor: e.color } : {}) };
  return matName;
}

/**
 * Which way an instance faces: at whom its "facing" relation names (its own group: the first of them), a
 * person otherwise towards the establishing camera.
 */
function facingFor(set: SetBuild, e: Entity, facingRel: Relation | undefined, siblings: Placed[]): Facing | undefined {
  const first = (id: string) => set.placedOf.get(id)?.[0];
  if (!facingRel?.object) return e.kind === 'person' ? { kind: 'point', at: [0, set.room.size[1] / 2 + 4] } : undefined;
  if (facingRel.object === e.id) return { kind: 'point', at: siblings[0] ? centre(siblings[0]) : [0, 0] };
  const other = first(facingRel.object);
  return other ? { kind: 'target', target: other.id } : undefined;
}

/** Half an entity's footprint (x, z), unturned, for rules that keep a thing's own size clear. */
function ownHalf(kind: string, params: Record<string, unknown>): [number, number] {
  try {
    const b = footprint(propParams(kind, params));
    return [(b.max[0] - b.min[0]) / 2, (b.max[2] - b.min[2]) / 2];
  } catch {
    return [0.35, 0.35];
  }
}

/**
 * Rules that keep room for a thing the text puts between two of these ("a lamp between the two chairs"):
 * the second one stands the in-between thing's width away from the first (or from the other named object).
 */
function betweenRoom(set: SetBuild, e: Entity, n: number, list: Placed[], own: [number, number]): Rule[] {
  const first = (id: string) => set.placedOf.get(id)?.[0];
  for (const r of set.desc.relations) {
    if (r.relation !== 'between' || r.subject === e.id) continue;
    const other = r.object === e.id && !r.object2 ? (n >= 1 ? list[n - 1] : undefined) : r.object2 === e.id && r.object ? first(r.object) : r.object === e.id && r.object2 ? first(r.object2) : undefined;
    const subject = set.desc.entities.find((x) => x.id === r.subject);
    if (!other || !subject) continue;
    return [spreadFor(other, own, ownHalf(subject.kind, paramsFor(subject))[0])];
  }
  return [];
}

/** The rules for the n-th of a stacked thing: resting on the one below, or a new stack beside the first when it is high enough. */
function stackRules(set: SetBuild, list: Placed[], own: [number, number]): PlanRule[] {
  const below = list[list.length - 1]!;
  const height = below.bounds.max[1] - below.bounds.min[1];
  const top = set.room.interior ? Math.min(STACK_TOP, set.room.size[2] - 0.3) : STACK_TOP;
  if (below.bounds.max[1] + height <= top + 1e-6) return [{ kind: 'rest-on', target: below.id }];
  const base = list.find((p) => p.relation !== 'on' || !list.some((q) => q.id === p.supportedBy)) ?? list[0]!;
  return [{ kind: 'near', target: base.id, distance: 0.05 }, { kind: 'near', target: base.id, distance: 0.3 + own[0] }];
}

/** Places every instance of one entity, by its most specific relation ("on the table" over "near the door"). */
function placeEntity(set: SetBuild, e: Entity & { furnishing?: boolean }): void {
  const first = (id: string) => set.placedOf.get(id)?.[0];
  const rels = set.desc.relations.filter((r) => r.subject === e.id);
  // Which way it faces: a person it faces over a thing ("sits at the table facing Ben").
  const turned = rels.filter((r) => isOrientation(r.relation) && r.object);
  const facingRel = turned.find((r) => set.desc.entities.find((x) => x.id === r.object)?.kind === 'person') ?? turned[0];
  const stacked = rels.some((r) => r.relation === 'stacked') && e.kind !== 'person';
  const spatial = rels.filter((r) => !isOrientation(r.relation) && r.relation !== 'stacked').sort((a, b) => SPECIFICITY.indexOf(a.relation) - SPECIFICITY.indexOf(b.relation))[0];
  const seating = seatingFor(e, spatial);
  const params = lowered(set.room, restingForm(e, spatial, seating?.floor && e.pose === 'sitting' ? { ...paramsFor(e), seatHeight: 0 } : paramsFor(e)), e.kind);
  const own = ownHalf(e.kind, params);
  const around = spatial?.relation === 'around' && spatial.object ? first(spatial.object) : undefined;
  const matName = entityMaterial(set, e);
  const list: Placed[] = [];
  for (let n = 0; n < e.count; n++) {
    const id = e.count > 1 ? `${e.id}-${n + 1}` : e.id;
    const seated = seating && !seating.floor ? seatPerson(set, e, id, params, seating, facingRel, n) : n === 0 ? standAtWork(set, e, id, params, facingRel, spatial) : undefined;
    if (seated) {
      list.push(seated);
      addInstance(set, e, id, seated, matName);
      continue;
    }
    // Things set around something face it ("chairs around the table").
    const facing: Facing | undefined = around && !facingRel ? { kind: 'target', target: around.id } : facingFor(set, e, facingRel, list);
    const rules = planRules(e, stacked && list.length ? undefined : spatial, n, stacked ? [] : list, first, set.placedOf, set.room, set.placer, own);
    const tries: PlanRule[] = [...(stacked && list.length ? stackRules(set, list, own) : []), ...acrossFrom(set, facingRel, spatial, rels.length), ...betweenRoom(set, e, n, list, own), ...rules];
    const tryAll = () => {
      for (const rule of tries) {
        const p = placeBy(set.placer, { id, type: e.kind, params, rule, ...(facing ? { facing } : {}) });
        if (p) return p;
      }
      return undefined;
    };
    const clearing = e.furnishing ? actionClearing(e.kind, params, set.room.interior, set.instances) : undefined;
    if (clearing) set.placer.room.keepClear.push(clearing);
    let placed = tryAll();
    if (clearing) set.placer.room.keepClear.pop();
    // What the text names comes before set dressing: clear the place's own things, latest first, to make room.
    const wanted = tries.find((r): r is Extract<Rule, { kind: 'at' }> => r.kind === 'at');
    for (let k = 0; !placed && !e.furnishing && k < MAX_EVICTIONS && evictFurnishing(set, wanted ? [wanted.x, wanted.z] : undefined); k++) placed = tryAll();
    // What the text names is never left out while the floor has room for it: the free spot nearest where it should be.
    if (!placed && !e.furnishing) placed = squeezeIn(set, id, e.kind, params, wanted ? [wanted.x, wanted.z] : [0, 0]);
    if (!placed) {
      set.warnings.push(`no room for ${e.count > 1 ? `${e.name} #${n + 1}` : e.name}${spatial ? ` ${spatial.relation.replace(/-/g, ' ')} ${spatial.object ?? ''}`.trimEnd() : ''}; left out`);
      continue;
    }
    list.push(placed);
    addInstance(set, e, id, placed, matName);
  }
  set.placedOf.set(e.id, list);
  if (list.length < e.count && list.length > 0) set.warnings.push(`only ${list.length} of ${e.count} ${e.name} fit`);
}

/** A thing set on a surface lies as things lie there: a prop with an 'on-side' pose (a fish on a counter) takes it. */
function restingForm(e: Entity, spatial: Relation | undefined, params: Record<string, unknown>): Record<string, unknown> {
  if (e.kind === 'person' || spatial?.relation !== 'on' || params.pose !== undefined) return params;
  const lying = { ...params, pose: 'on-side' };
  return getGenerator(e.kind)?.schema.safeParse({ type: e.kind, ...lying }).success ? lying : params;
}

/** How high above the floor the bottom of a hanging fixture hangs in a tall room, metres: low enough to light the room. */
const HANG_BOTTOM_M = 3;

/** A fixture with a drop (a chandelier's chain) hangs in a tall hall with its bottom HANG_BOTTOM_M up, not lost under an 8 m ceiling. */
function lowered(room: Room, params: Record<string, unknown>, kind: string): Record<string, unknown> {
  const gen = getGenerator(kind);
  if (!room.interior || params.drop !== undefined || !gen?.schema.safeParse({ type: kind, ...params, drop: 0 }).success) return params;
  const own = footprint(propParams(kind, { ...params, drop: 0 }));
  const drop = Math.round((room.size[2] - 0.05 - HANG_BOTTOM_M - (own.max[1] - own.min[1])) * 100) / 100;
  const hung = { ...params, drop };
  return drop > 0 && gen.schema.safeParse({ type: kind, ...hung }).success ? hung : params;
}

/** How many pieces of set dressing a named thing may clear to find room. */
const MAX_EVICTIONS = 6;

/** Takes a piece of set dressing (and what rests on it) out of the set, nearest `near` first; false when none is left. */
function evictFurnishing(set: SetBuild, near?: [number, number]): boolean {
  // Never what holds something the text names (the chair pulled up for a sitter, the table under a named cup).
  const holdsNamed = (id: string) => set.instances.some((o) => o.supportedBy === id && !o.furnishing);
  const movable = [...set.instances].reverse().filter((i) => i.furnishing && i.kind !== 'person' && i.supportedBy === null && !holdsNamed(i.id) && !set.taken.has(i.id));
  // The piece nearest where the named thing wants to stand, else the latest placed.
  const dist = (i: Instance) => (near ? Math.hypot(centre(i.placed)[0] - near[0], centre(i.placed)[1] - near[1]) : 0);
  const victim = near ? [...movable].sort((a, b) => dist(a) - dist(b))[0] : movable[0];
  if (!victim) return false;
  const gone = new Set([victim.id, ...set.instances.filter((i) => i.supportedBy === victim.id).map((i) => i.id)]);
  const keep = <T>(list: T[], id: (x: T) => string) => list.splice(0, list.length, ...list.filter((x) => !gone.has(id(x))));
  keep(set.placer.placed, (p) => p.id);
  keep(set.instances, (i) => i.id);
  keep(set.objects, (o) => o.id!);
  for (const [k, list] of set.placedOf) set.placedOf.set(k, list.filter((p) => !gone.has(p.id)));
  return true;
}

/**
 * The free floor spot nearest `near` for a named thing or person the placer found no room for: a 0.2 m grid over
 * the set, nothing interpenetrated, though the usual spacing and the camera's clear strip may be given up. People
 * face the camera; things keep their own front to it.
 */
function squeezeIn(set: SetBuild, id: string, type: string, params: Record<string, unknown>, near: [number, number]): Placed | undefined {
  const r = set.placer.room;
  const figure = propParams(type, params);
  const box = footprint(figure);
  const spots: [number, number][] = [];
  for (let x = r.x0; x <= r.x1; x += 0.2) for (let z = r.z0; z <= r.z1; z += 0.2) spots.push([x, z]);
  spots.sort((a, b) => Math.hypot(a[0] - near[0], a[1] - near[1]) - Math.hypot(b[0] - near[0], b[1] - near[1]));
  for (const [x, z] of spots) {
    const yawDeg = (Math.atan2(-x, set.room.size[1] / 2 + 4 - z) * 180) / Math.PI;
    const bounds = placeBox(box, [x, 0, z], yawDeg);
    if (!withinRoom(bounds, r)) continue;
    if (set.placer.placed.some((o) => overlaps(bounds, o.bounds))) continue;
    const placed: Placed = { id, type, params: figure, position: [x, 0, z], yawDeg, bounds, supportedBy: null, relation: 'floor', room: r.id };
    set.placer.placed.push(placed);
    return placed;
  }
  return undefined;
}

/**
 * Two people at one table, facing each other, are on opposite sides of it: the point mirrored through the table
 * from the one already placed (the table they share, or the one the other sits at).
 */
function acrossFrom(set: SetBuild, facingRel: Relation | undefined, spatial: Relation | undefined, relCount: number): Rule[] {
  const first = (id: string) => set.placedOf.get(id)?.[0];
  const partner = facingRel?.object ? first(facingRel.object) : undefined;
  if (!partner || !facingRel?.object || set.desc.entities.find((x) => x.id === facingRel.object)?.kind !== 'person') return [];
  const shared = spatial?.object && (spatial.relation === 'next-to' || spatial.relation === 'around') && relCount ? first(spatial.object) : undefined;
  const table = shared ?? (!spatial ? set.seatedAt.get(facingRel.object) : undefined);
  if (!table) return [];
  const [tx, tz] = centre(table);
  const [px, pz] = centre(partner);
  return [{ kind: 'at', x: 2 * tx - px, z: 2 * tz - pz, jitter: 0.1 }, { kind: 'at', x: 2 * tx - px, z: 2 * tz - pz, jitter: 0.4 }];
}

/** How far a standing worker's feet are from the front edge of the surface they work at, metres: close enough to bend over it. */
const WORKING_REACH_M = 0.3;

/**
 * A person at a table-like thing they face ("bends over a manuscript on the desk", "a cook at the counter") stands
 * at its working side — its own front, the side it turns to the room — facing it, their reach over its top (which
 * the placer's spacing would forbid). Undefined when anything else stands there.
 */
function standAtWork(set: SetBuild, e: Entity, id: string, params: Record<string, unknown>, facingRel: Relation | undefined, spatial: Relation | undefined): Placed | undefined {
  const surface = e.kind === 'person' && facingRel?.object && spatial?.relation === 'next-to' && spatial.object === facingRel.object ? set.placedOf.get(facingRel.object)?.[0] : undefined;
  if (!isTableLike(surface) || set.taken.has(surface.id)) return undefined;
  const yaw = (surface.yawDeg * Math.PI) / 180;
  const [cx, cz] = centre(surface);
  const own = footprint(surface.params);
  const out = (own.max[2] - own.min[2]) / 2 + WORKING_REACH_M;
  const position: [number, number, number] = [cx + Math.sin(yaw) * out, 0, cz + Math.cos(yaw) * out];
  const figure = propParams('person', params);
  const yawDeg = surface.yawDeg + 180;
  const bounds = placeBox(footprint(figure), position, yawDeg);
  const r = set.placer.room;
  if (!withinRoom(bounds, r)) return undefined;
  const onIt = (o: Placed) => o.id === surface.id || o.supportedBy === surface.id;
  if (set.placer.placed.some((o) => !onIt(o) && overlaps(bounds, o.bounds))) return undefined;
  const placed: Placed = { id, type: 'person', params: figure, position, yawDeg, bounds, supportedBy: null, relation: 'floor', room: r.id };
  set.placer.placed.push(placed);
  return placed;
}

/**
 * A sitting person on their seat: the thing the text sits them on ("on the crate"), a chair at the table they sit
 * at (one already there, or one pulled up), or any free seat in the set; outdoors with none, nothing (they sit
 * where they are placed). Lying, kneeling or standing on a thing rests them on its top.
 */
function seatPerson(set: SetBuild, e: Entity, id: string, params: Record<string, unknown>, seating: { on?: string; at?: string }, facingRel: Relation | undefined, n: number): Placed | undefined {
  const first = (x: string) => set.placedOf.get(x)?.[0];
  const partner = facingRel?.object ? first(facingRel.object) : undefined;
  let seat: Placed | undefined;
  if (seating.on) {
    const targets = set.placedOf.get(seating.on) ?? [];
    seat = targets.find((t) => !set.taken.has(t.id)) ?? targets[n % Math.max(1, targets.length)];
  } else {
    const target = seating.at ? first(seating.at) : undefined;
    const table = isTableLike(target) ? target : undefined;
    seat = table ? freeChairNear(set.placer, table, set.taken) : target ? undefined : set.placer.placed.find((p) => CHAIRS.includes(p.type) && !set.taken.has(p.id));
    // A chair the text names stands elsewhere: bring it to the table rather than add one ("two chairs" stay two).
    if (!seat && table) seat = bringChair(set, table, partner);
    seat ??= target || set.room.interior ? pullUpChair(set, id, target, table, partner) : undefined;
    if (table && seat) set.seatedAt.set(e.id, table);
  }
  if (!seat) return undefined;
  set.taken.add(seat.id);
  const chairLike = CHAIRS.includes(seat.type);
  // Lying along what they lie on; on a chair as it faces; on anything else towards whom they face, or the camera.
  const yaw = e.pose === 'lying' || (chairLike && !partner) ? seat.yawDeg : partner && !seating.at ? yawTo(seat, partner) : chairLike ? seat.yawDeg : yawTo(seat, undefined, set.room);
  return restPersonOn(set.placer, id, params, seat, yaw);
}

/** Moves a free chair the text names (nothing on it) to the table's side, facing it; undefined when none will go. */
function bringChair(set: SetBuild, table: Placed, partner: Placed | undefined): Placed | undefined {
  const inst = set.instances.find((i) => !i.furnishing && pulledUp(i.kind) && !set.taken.has(i.id) && !set.instances.some((o) => o.supportedBy === i.id));
  if (!inst) return undefined;
  const old = inst.placed;
  const depth = footprint(old.params).max[2] - footprint(old.params).min[2];
  const at = set.placer.placed.indexOf(old);
  set.placer.placed.splice(at, 1);
  const rules: Rule[] = [...spotRules(chairSpots(table, partner, depth)), { kind: 'near', target: table.id, distance: 0.15 }];
  for (const rule of rules) {
    const moved = set.placer.place({ id: old.id, type: old.type, params: old.params, rule, facing: { kind: 'target', target: table.id } });
    if (!moved) continue;
    inst.placed = moved;
    inst.supportedBy = moved.supportedBy;
    const list = set.placedOf.get(inst.entity);
    if (list) list.splice(list.indexOf(old), 1, moved);
    const o = set.objects.find((x) => x.id === old.id) as { position?: [number, number, number]; rotation?: [number, number, number] } | undefined;
    if (o) Object.assign(o, { position: moved.position, rotation: [0, moved.yawDeg, 0] });
    return moved;
  }
  set.placer.placed.splice(at, 0, old);
  return undefined;
}

/** Rules for each spot in turn: on it, then around it. */
function spotRules(spots: [number, number][]): Rule[] {
  return [...spots.map(([x, z]): Rule => ({ kind: 'at', x, z, jitter: 0.05 })), ...spots.map(([x, z]): Rule => ({ kind: 'at', x, z, jitter: 0.3 }))];
}

/** A chair for someone who sits at a thing (or just sits): at the table's side, else beside the thing, facing it. */
function pullUpChair(set: SetBuild, personId: string, target: Placed | undefined, table: Placed | undefined, partner: Placed | undefined): Placed | undefined {
  // At a counter or a bar, a bar stool; at a table or a desk, a chair.
  const kind = table && seatTop(table) >= COUNTER_TOP_M ? 'stool' : 'chair';
  const params = propParams(kind, kind === 'stool' ? { height: BAR_STOOL_M } : {});
  const depth = footprint(params).max[2] - footprint(params).min[2];
  const id = `chair-${personId}`;
  const rules: Rule[] = [
    ...(table ? spotRules(chairSpots(table, partner, depth)) : []),
    ...(target ? [{ kind: 'near', target: target.id, distance: 0.15 } as Rule, { kind: 'near', target: target.id, distance: 0.5 } as Rule] : [{ kind: 'center' } as Rule, { kind: 'floor' } as Rule]),
  ];
  const facing: Facing = target ? { kind: 'target', target: target.id } : { kind: 'point', at: [0, set.room.size[1] / 2 + 4] };
  for (const rule of rules) {
    const placed = set.placer.place({ id, type: kind, params, rule, facing });
    if (!placed) continue;
    addInstance(set, { id, kind, name: kind === 'stool' ? 'bar stool' : 'chair', count: 1, furnishing: true }, id, placed, undefined);
    return placed;
  }
  return undefined;
}

/** The yaw that turns a thing at `from` to face `to` (or, with none, the establishing camera). */
function yawTo(from: Placed, to: Placed | undefined, room?: Room): number {
  const [fx, fz] = centre(from);
  const [tx, tz] = to ? centre(to) : [0, (room?.size[1] ?? 0) / 2 + 4];
  return (Math.atan2(tx - fx, tz - fz) * 180) / Math.PI;
}

/**
 * People turned to what they face once everyone is placed ("they face each other" needs both placed): a person
 * faces the person their relation names, else the thing; "turns away from" turns their back to it.
 */
function turnPeople(set: SetBuild): void {
  for (const inst of set.instances) {
    if (inst.kind !== 'person') continue;
    const rels = set.desc.relations.filter((r) => r.subject === inst.entity && isOrientation(r.relation) && r.object);
    const rel = rels.find((r) => set.desc.entities.find((x) => x.id === r.object)?.kind === 'person') ?? rels[0];
    const target = rel?.object === inst.entity ? set.placedOf.get(inst.entity)?.find((p) => p.id !== inst.id) : rel?.object ? set.placedOf.get(rel.object)?.[0] : undefined;
    if (!rel || !target || target.id === inst.id) continue;
    const p = inst.placed;
    const yaw = yawTo(p, target) + (rel.relation === 'away-from' ? 180 : 0);
    p.yawDeg = Math.round(yaw * 100) / 100;
    p.bounds = placeBox(footprint(p.params), p.position, p.yawDeg);
    const o = set.objects.find((x) => x.id === inst.id);
    if (o) (o as { rotation?: [number, number, number] }).rotation = [0, p.yawDeg, 0];
  }
}

/** Things in someone's hand, by the thing's entity id → the holder's; layout puts them there once people stand and turn. */
function heldBy(desc: SceneDescription): Map<string, string> {
  const people = new Set(desc.entities.filter((e) => e.kind === 'person').map((e) => e.id));
  return new Map(desc.relations.filter((r) => r.relation === 'held' && r.object && people.has(r.object)).map((r) => [r.subject, r.object!]));
}

/**
 * A thing in its holder's hand(s) (held.ts): one per holder, the first figure of a group; a standing holder of a
 * small thing takes the holding pose. Out in rain or snow an umbrella is open over the head; anywhere else furled.
 */
function holdThing(set: SetBuild, e: Entity, holderId: string): void {
  const holder = set.instances.find((i) => i.entity === holderId);
  const { weather } = set.desc.setting;
  const open = e.kind === 'umbrella' && !set.room.interior && (weather === 'rain' || weather === 'storm' || weather === 'snow');
  const params = propParams(e.kind, { ...paramsFor(e), ...(open ? { open: true } : {}) });
  if (!holder) return placeEntity(set, e);
  if (holdsBeforeBody(holder.placed.params, params)) {
    holder.placed.params = { ...holder.placed.params, pose: 'holding' } as typeof holder.placed.params;
    holder.placed.bounds = placeBox(footprint(holder.placed.params), holder.placed.position, holder.placed.yawDeg);
    const o = set.objects.find((x) => x.id === holder.id);
    if (o) (o as { geometry: unknown }).geometry = holder.placed.params;
  }
  const hand = inHand(holder.placed, params);
  if (!hand) return placeEntity(set, e);
  const count = carriedCount(set, e, hand.bounds);
  const list: Placed[] = [];
  for (let n = 0; n < count; n++) {
    // A stack carried ("a stack of books"): each on the one below, in the same hands.
    const lift = n * (hand.bounds.max[1] - hand.bounds.min[1]);
    const id = count > 1 ? `${e.id}-${n + 1}` : e.id;
    const position: [number, number, number] = [hand.position[0], hand.position[1] + lift, hand.position[2]];
    const bounds = { min: [hand.bounds.min[0], hand.bounds.min[1] + lift, hand.bounds.min[2]], max: [hand.bounds.max[0], hand.bounds.max[1] + lift, hand.bounds.max[2]] } as Placed['bounds'];
    const placed: Placed = { id, type: e.kind, params, position, yawDeg: hand.yawDeg, bounds, supportedBy: n ? list[n - 1]!.id : holder.id, relation: 'on', room: 0 };
    list.push(placed);
    addInstance(set, { ...e, count: 1 }, id, placed, entityMaterial(set, e));
    if (hand.rollDeg) (set.objects[set.objects.length - 1] as { rotation: number[] }).rotation = [hand.rollDeg, hand.yawDeg, 0];
  }
  set.placedOf.set(e.id, list);
}

/** The tallest pile a person carries in their arms, metres: about chin height above the hands. */
const CARRIED_STACK_M = 0.45;

/** How many of a held thing are in the hands: one, or as many of a stack ("a stack of books") as an armful holds. */
function carriedCount(set: SetBuild, e: Entity, one: Placed['bounds']): number {
  const stacked = set.desc.relations.some((r) => r.subject === e.id && r.relation === 'stacked');
  if (!stacked || e.count < 2) return 1;
  return Math.max(1, Math.min(e.count, Math.floor(CARRIED_STACK_M / Math.max(0.01, one.max[1] - one.min[1]))));
}

/** What a window looks out on at each time of day (the material presets window_view_*); day when the text does not say. */
const VIEW_BY_TIME: Partial<Record<string, string>> = { dusk: 'window_view_dusk', 'blue-hour': 'window_view_dusk', night: 'window_view_night', midnight: 'window_view_night' };

/** Windows show the sky of the scene's hour through their glass (or the place's own view: space from a starship), not a daylit backdrop at midnight. */
function windowViews(set: SetBuild): void {
  const preset = set.room.place.view ?? VIEW_BY_TIME[set.desc.setting.timeOfDay ?? ''];
  if (!preset) return;
  for (const o of set.objects as { geometry: { type: string }; materials?: Record<string, string> }[]) {
    if (!getProp(o.geometry.type)?.slots.includes('view')) continue;
    set.materials[preset] = { preset };
    o.materials = { ...o.materials, view: preset };
  }
}

/** A placed instance as a spec object and as the report's instance. */
function addInstance(set: SetBuild, e: Entity & { furnishing?: boolean }, id: string, placed: Placed, matName: string | undefined): void {
  const slot = slotFor(e.kind, e.material);
  set.objects.push({
    id,
    geometry: placed.params,
    position: placed.position,
    rotation: [0, placed.yawDeg, 0],
    ...(matName && slot ? { materials: { [slot]: matName } } : matName ? { material: matName } : {}),
    tags: [e.kind, ...(e.furnishing ? ['furnishing'] : []), ...(e.kind === 'person' ? ['person'] : [])],
  } as unknown as SceneObject);
  set.instances.push({
    id,
    entity: e.id,
    kind: e.kind,
    name: e.name,
    ...(matName ? { material: matName } : {}),
    ...(e.material ?? defaultPreset(e.kind) ? { materialPreset: e.material ?? defaultPreset(e.kind)! } : {}),
    ...(e.color ? { color: e.color } : {}),
    supportedBy: placed.supportedBy,
    placed,
    furnishing: !!e.furnishing,
  });
}

/** Practical lights: the flame or bulb each lighting prop carries, flickering as its kind does. */
function practicalLights(instances: Instance[]): Light[] {
  const lights: Light[] = [];
  for (const inst of instances) {
    const info = getProp(inst.kind)?.prop.light?.(inst.placed.params as never);
    if (!info) continue;
    const yaw = inst.placed.yawDeg * DEG_TO_RAD;
    const [ox, oy, oz] = info.offset;
    const p = inst.placed.position;
    const kind = FLICKER[inst.kind];
    lights.push({
      id: `light-${inst.id}`,
      type: 'point',
      position: [p[0] + ox * Math.cos(yaw) + oz * Math.sin(yaw), p[1] + oy, p[2] - ox * Math.sin(yaw) + oz * Math.cos(yaw)],
      color: { kelvin: info.kelvin },
      intensity: { value: info.lumens, unit: 'lm', efficacyLmPerW: 683 },
      castShadow: false,
      radius: 0.03,
      tags: ['practical', inst.kind],
      ...(kind ? { animation: { kind, speed: 1, amount: 1, seed: fnv1a(inst.id) % 1000, durationS: 8 } } : {}),
    } as Light);
  }
  return lights;
}
