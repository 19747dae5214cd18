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
import { RoomPlacer, type Placed, type PlaceRequest, type Rule, type Facing, type RoomArea } from '../geometry/layout/place.js';
import { getProp } from '../geometry/props/index.js';
import { getGenerator } from '../geometry/registry.js';
import { mulberry32 } from '../core/random.js';
import { fnv1a } from '../core/hash.js';
import type { Entity, Relation, SceneDescription } from './description.js';
import { PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR, SIZE_WORDS, lookupProp, type PlaceWord, type PropWord } from './lexicon/index.js';

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

export interface Room {
  interior: boolean;
  place: PlaceWord;
  /** Interior width (x), depth (z), height (y), metres; exteriors: the ground's extent and 0. */
  size: [number, number, number];
}

export interface LayoutResult {
  spec: SceneSpecInput & { objects: SceneObject[]; lights: Light[] };
  instances: Instance[];
  room: Room;
  warnings: string[];
}

const DEG = Math.PI / 180;
/** Thin walls, so the room's inside faces sit exactly on its bounds. */
const WALL = 0.1;

/** Relations from most to least specific about where a thing stands. */
const SPECIFICITY: Relation['relation'][] = ['on', 'under', 'between', 'in-centre', 'in-corner', 'against-wall', 'left-of', 'right-of', 'in-front-of', 'behind', 'next-to', 'around', 'in', 'facing'];

/** Props that bring their own light (candles, torches, lamps) and how it flickers. */
const FLICKER: Record<string, 'candle' | 'torch' | 'fire'> = { candle: 'candle', candelabra: 'candle', torch: 'torch', lantern: 'candle', cauldron: 'fire' };

function placeFor(id: string): PlaceWord {
  return PLACE_WORDS.find((p) => p.id === id) ?? (id === DEFAULT_EXTERIOR.id ? DEFAULT_EXTERIOR : DEFAULT_INTERIOR);
}

function mainSlot(kind: string): string | undefined {
  const prop = getProp(kind);
  return prop ? Object.keys(prop.defaultMaterials)[0] : undefined;
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

const habitRule = (habit: PropWord['habit'] | undefined, room: Room, placer: RoomPlacer): Rule => {
  switch (habit) {
    case 'wall':
      return room.interior ? { kind: 'wall' } : { kind: 'floor' };
    case 'corner':
      return room.interior ? { kind: 'corner' } : { kind: 'floor' };
    case 'center':
      return { kind: 'center' };
    case 'on-table': {
      const surface = placer.placed.find((p) => p.relation === 'floor' && getProp(p.type)?.prop.surfaceHeight && ['table', 'desk', 'coffee_table', 'altar', 'bench', 'chest', 'crate', 'barrel'].includes(p.type));
      return surface ? { kind: 'on', target: surface.id } : { kind: 'floor' };
    }
    case 'ceiling':
      return room.interior ? { kind: 'mount', surface: 'ceiling', height: room.size[2] - 0.05 } : { kind: 'floor' };
    case 'wall-mount':
      return room.interior ? { kind: 'mount', surface: 'wall', height: Math.min(1.9, room.size[2] - 0.4) } : { kind: 'floor' };
    default:
      return { kind: 'floor' };
  }
};

function habitOf(kind: string): PropWord['habit'] {
  const word = lookupProp(kind.replace(/_/g, ' ')) ?? lookupProp(kind);
  if (word?.habit) return word.habit;
  const placement = getProp(kind)?.prop.placement ?? [];
  if (placement.includes('surface')) return 'on-table';
  if (placement.includes('ceiling')) return 'ceiling';
  if (placement.includes('wall') && !placement.includes('floor')) return 'wall-mount';
  if (placement.includes('wall')) return 'wall';
  if (placement.includes('corner')) return 'corner';
  if (placement.includes('center')) return 'center';
  return 'floor';
}

const centre = (p: Placed): [number, number] => [(p.bounds.min[0] + p.bounds.max[0]) / 2, (p.bounds.min[2] + p.bounds.max[2]) / 2];
const halfSize = (p: Placed): [number, number] => [(p.bounds.max[0] - p.bounds.min[0]) / 2, (p.bounds.max[2] - p.bounds.min[2]) / 2];

/** Entities in an order where everything a relation refers to is placed before what refers to it. */
function placementOrder<E extends Entity>(entities: E[], relations: Relation[]): E[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const deps = new Map<string, Set<string>>(entities.map((e) => [e.id, new Set<string>()]));
  for (const r of relations) {
    if (r.relation === 'facing') continue;
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
  const weight = (e: E) => (e.kind === 'person' ? 2 : getProp(e.kind)?.prop.surfaceHeight ? 0 : 1);
  for (const e of [...entities].sort((a, b) => weight(a) - weight(b))) visit(e);
  return out;
}

export function layoutScene(desc: SceneDescription, seed: number): LayoutResult {
  const warnings: string[] = [];
  const place = placeFor(desc.setting.place);
  const interior = desc.setting.interior;
  const size: [number, number, number] = interior ? [...place.size] : [place.size[0], place.size[1], 0];
  const room: Room = { interior, place, size };
  const [w, d] = size;
  const area: RoomArea = { id: 0, x0: -w / 2 + 0.05, z0: -d / 2 + 0.05, x1: w / 2 - 0.05, z1: d / 2 - 0.05, keepClear: [] };
  // The front of the set, where the establishing camera stands, is kept clear of furniture.
  area.keepClear.push({ min: [-w / 2, 0, d / 2 - Math.min(1.2, d * 0.2)], max: [w / 2, 3, d / 2] });
  const placer = new RoomPlacer(area, mulberry32(fnv1a(`${seed}:layout`)), { minSpacing: 0.2, attempts: 40 });
  const objects: SceneObject[] = [];
  const materials: Record<string, unknown> = {};
  const instances: Instance[] = [];

  // The set itself.
  materials.floor = { preset: place.floor };
  if (interior) {
    materials.walls = { preset: place.walls ?? 'plaster_white' };
    const h = size[2];
    const set = (id: string, geometry: Record<string, unknown>, position: [number, number, number], rotation: [number, number, number], material: string) =>
      objects.push({ id, geometry, position, rotation, material, castShadow: false, tags: ['set'] } as unknown as SceneObject);
    set('floor', { type: 'plane', size: [w, d] }, [0, 0, 0], [0, 0, 0], 'floor');
    set('wall-back', { type: 'box', size: [w + 2 * WALL, h, WALL] }, [0, h / 2, -d / 2 - WALL / 2], [0, 0, 0], 'walls');
    set('wall-left', { type: 'box', size: [WALL, h, d] }, [-w / 2 - WALL / 2, h / 2, 0], [0, 0, 0], 'walls');
    set('wall-right', { type: 'box', size: [WALL, h, d] }, [w / 2 + WALL / 2, h / 2, 0], [0, 0, 0], 'walls');
    set('wall-front', { type: 'box', size: [w + 2 * WALL, h, WALL] }, [0, h / 2, d / 2 + WALL / 2], [0, 0, 0], 'walls');
    if (place.ceiling !== undefined || h < 6) {
      materials.ceiling = { preset: place.ceiling ?? place.walls ?? 'plaster_white' };
      set('ceiling', { type: 'plane', size: [w, d] }, [0, h, 0], [180, 0, 0], 'ceiling');
    }
  } else {
    materials.floor = { preset: place.ground ?? place.floor };
    objects.push({ id: 'ground', geometry: { type: 'plane', size: [w * 3, d * 3] }, material: 'floor', castShadow: false, tags: ['set', 'ground'] } as unknown as SceneObject);
  }

  // Furnishing: the place's usual things, when the text names fewer than three kinds of its own.
  const named = new Set(desc.entities.map((e) => e.kind));
  const entities: (Entity & { furnishing?: boolean })[] = [...desc.entities];
  if (named.size < 3) {
    for (const f of place.furnishing) {
      if (named.has(f.kind) || desc.absent.includes(f.kind)) continue;
      entities.push({ id: `set-${f.kind.replace(/_/g, '-')}`, kind: f.kind, name: f.kind.replace(/_/g, ' '), count: f.count, furnishing: true });
    }
  }

  const relationsOf = (id: string) => desc.relations.filter((r) => r.subject === id);
  const placedOf = new Map<string, Placed[]>();
  const firstPlaced = (id: string) => placedOf.get(id)?.[0];

  for (const e of placementOrder(entities, desc.relations)) {
    const params = paramsFor(e);
    const rels = relationsOf(e.id);
    const facingRel = rels.find((r) => r.relation === 'facing' && r.object);
    // The most specific relation decides where it goes ("on the table" over "near the door").
    const spatial = rels.filter((r) => r.relation !== 'facing').sort((a, b) => SPECIFICITY.indexOf(a.relation) - SPECIFICITY.indexOf(b.relation))[0];
    let matName: string | undefined;
    if (e.material || e.color) {
      matName = `mat-${e.id}`;
      const preset = e.material ?? defaultPreset(e.kind);
      materials[matName] = { ...(preset ? { preset } : {}), ...(e.color ? { baseColor: e.color } : {}) };
    }
    const list: Placed[] = [];
    for (let n = 0; n < e.count; n++) {
      const id = e.count > 1 ? `${e.id}-${n + 1}` : e.id;
      const facing: Facing | undefined = facingRel?.object
        ? facingRel.object === e.id
          ? { kind: 'point', at: list[0] ? centre(list[0]) : [0, 0] }
          : firstPlaced(facingRel.object)
            ? { kind: 'target', target: firstPlaced(facingRel.object)!.id }
            : undefined
        : e.kind === 'person'
          ? { kind: 'point', at: [0, size[1] / 2 + 4] }
          : undefined;
      // Two people at one table, facing each other, sit on opposite sides of it.
      const partner = facingRel?.object && facingRel.object !== e.id ? firstPlaced(facingRel.object) : undefined;
      const across = spatial?.object && partner && (spatial.relation === 'next-to' || spatial.relation === 'around') && rels.length ? firstPlaced(spatial.object) : undefined;
      const mirrored: Rule[] = across && partner ? [{ kind: 'at', x: 2 * centre(across)[0] - centre(partner)[0], z: 2 * centre(across)[1] - centre(partner)[1], jitter: 0.1 }] : [];
      const tries = [...mirrored, ...candidateRules(e, spatial, n, list, firstPlaced, placedOf, room, placer)];
      let placed: Placed | undefined;
      for (const rule of tries) {
        const req: PlaceRequest = { id, type: e.kind, params, rule, ...(facing ? { facing } : {}) };
        placed = placer.place(req);
        if (placed) break;
      }
      if (!placed) {
        warnings.push(`no room for ${e.count > 1 ? `${e.name} #${n + 1}` : e.name}${spatial ? ` ${spatial.relation.replace(/-/g, ' ')} ${spatial.object ?? ''}`.trimEnd() : ''}; left out`);
        continue;
      }
      list.push(placed);
      const slot = mainSlot(e.kind);
      objects.push({
        id,
        geometry: placed.params,
        position: placed.position,
        rotation: [0, placed.yawDeg, 0],
        ...(matName && slot ? { materials: { [slot]: matName } } : matName ? { material: matName } : {}),
        tags: [e.kind, ...(e.furnishing ? ['furnishing'] : []), ...(e.kind === 'person' ? ['person'] : [])],
      } as unknown as SceneObject);
      instances.push({
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
    placedOf.set(e.id, list);
    if (list.length < e.count && list.length > 0) warnings.push(`only ${list.length} of ${e.count} ${e.name} fit`);
  }

  // Practical lights: the flame or bulb each lighting prop carries.
  const lights: Light[] = [];
  for (const inst of instances) {
    const info = getProp(inst.kind)?.prop.light?.(inst.placed.params as never);
    if (!info) continue;
    const yaw = inst.placed.yawDeg * DEG;
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

  const spec = {
    version: 1 as const,
    seed,
    quality: 'lite' as const,
    environment: { background: interior ? '#101010' : '#8fa8c8' },
    materials: materials as SceneSpecInput['materials'],
    objects,
    lights,
  };
  return { spec: spec as LayoutResult['spec'], instances, room, warnings };
}

/** Rules to try for one instance, best first: what the text asked for, then looser versions of it. */
function candidateRules(e: Entity, rel: Relation | undefined, n: number, siblings: Placed[], first: (id: string) => Placed | undefined, all: Map<string, Placed[]>, room: Room, placer: RoomPlacer): Rule[] {
  const [w, d] = room.size;
  const habit = habitRule(e.kind === 'person' ? 'center' : habitOf(e.kind), room, placer);
  const row = (x: number, z: number): Rule => ({ kind: 'at', x: x + (n - (Math.max(1, siblings.length + 1) - 1) / 2) * 0.2, z, jitter: 0.1 });
  if (!rel) {
    // Several of one thing stand together: the rest near the first.
    if (siblings[0] && habit.kind !== 'mount' && habit.kind !== 'on') return [{ kind: 'near', target: siblings[0].id, distance: 0.3 }, habit, { kind: 'floor' }];
    if (e.kind === 'person') return [{ kind: 'at', x: (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 0.9, z: 0, jitter: 0.2 }, { kind: 'floor' }];
    return [habit, { kind: 'floor' }];
  }
  const target = rel.object ? first(rel.object) : undefined;
  const targets = rel.object ? (all.get(rel.object) ?? []) : [];
  const near: Rule[] = target ? [{ kind: 'near', target: targets[n % targets.length]?.id ?? target.id, distance: 0.3 }] : [];
  const gap = 0.15;
  switch (rel.relation) {
    case 'on':
      return target ? [{ kind: 'on', target: targets[n % targets.length]?.id ?? target.id }, ...near, { kind: 'floor' }] : [habit, { kind: 'floor' }];
    case 'under':
      return target ? [{ kind: 'under', target: target.id }, ...near, { kind: 'floor' }] : [{ kind: 'floor' }];
    case 'next-to':
    case 'in':
    case 'around': {
      if (!target) return [{ kind: 'floor' }];
      // Beside it, or failing that on a widening ring around it, before giving up on nearness.
      const [cx, cz] = centre(target);
      const [hx, hz] = halfSize(target);
      const ring = (r: number): Rule[] => [0, 1, 2, 3].map((k) => ({ kind: 'at', x: cx + Math.cos((k * Math.PI) / 2 + n) * (hx + r), z: cz + Math.sin((k * Math.PI) / 2 + n) * (hz + r), jitter: 0.1 }));
      return [...near, { kind: 'near', target: target.id, distance: 0.6 }, ...ring(0.7), ...ring(1.0), { kind: 'floor' }];
    }
    case 'against-wall':
      return [room.interior ? { kind: 'wall' } : { kind: 'at', x: 0, z: -d / 2 + 1, jitter: w / 4 }, { kind: 'floor' }];
    case 'in-corner':
      return [room.interior ? { kind: 'corner' } : { kind: 'floor' }, { kind: 'floor' }];
    case 'in-centre':
      return [{ kind: 'at', x: 0, z: 0, jitter: 0.15 }, { kind: 'at', x: 0, z: 0, jitter: 0.5 }, { kind: 'center' }, { kind: 'floor' }];
    case 'left-of':
    case 'right-of':
    case 'in-front-of':
    case 'behind': {
      if (!target) {
        const side = rel.relation === 'left-of' ? -1 : 1;
        return [{ kind: 'at', x: side * w / 4, z: 0, jitter: 0.3 }, { kind: 'floor' }];
      }
      const [cx, cz] = centre(target);
      const [hx, hz] = halfSize(target);
      const own = 0.35;
      const at: Record<string, [number, number]> = {
        'left-of': [cx - hx - own - gap, cz],
        'right-of': [cx + hx + own + gap, cz],
        'in-front-of': [cx, cz + hz + own + gap],
        behind: [cx, cz - hz - own - gap],
      };
      const [x, z] = at[rel.relation]!;
      return [row(x, z), { kind: 'at', x, z, jitter: 0.4 }, ...near, { kind: 'floor' }];
    }
    case 'between': {
      const a = target;
      const b = rel.object2 ? first(rel.object2) : targets[1];
      if (!a || !b) return [...near, { kind: 'floor' }];
      const [ax, az] = centre(a);
      const [bx, bz] = centre(b);
      return [{ kind: 'at', x: (ax + bx) / 2, z: (az + bz) / 2, jitter: 0.1 }, { kind: 'at', x: (ax + bx) / 2, z: (az + bz) / 2, jitter: 0.4 }, { kind: 'floor' }];
    }
    case 'facing': {
      if (!target) return [{ kind: 'floor' }];
      const [cx, cz] = centre(target);
      // Across from it, the camera seeing both in profile: along x, a conversation's distance away.
      const side = cx <= 0 ? 1 : -1;
      return [{ kind: 'at', x: cx + side * 1.4, z: cz, jitter: 0.15 }, ...near, { kind: 'floor' }];
    }
  }
}
