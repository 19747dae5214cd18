/**
 * Rule-based prop placement inside one room: against a wall, in a corner, centred, near another prop, on top
 * of one (resting on its surface), under one, facing something, with a minimum spacing — and never
 * interpenetrating: every placed bounding box is checked against every other before it is accepted.
 */
import { footprint, placeBox, overlaps, inflate, propParams, type Box3 } from './footprint.js';
import { getProp } from '../props/index.js';
import type { GeometryParams } from '../registry.js';

export type Rule =
  | { kind: 'floor' }
  | { kind: 'wall' }
  | { kind: 'corner' }
  | { kind: 'center' }
  | { kind: 'near'; target: string; distance?: number }
  | { kind: 'on'; target: string }
  | { kind: 'under'; target: string }
  /** Fixtures: on a wall at a height (back to the wall; the wall nearest `at`, beside it), or hanging from a ceiling at that height (over `at`). */
  | { kind: 'mount'; surface: 'wall' | 'ceiling'; height: number; at?: [number, number] }
  /** At a floor point (a planner's "left of the table"), within `jitter` metres of it. */
  | { kind: 'at'; x: number; z: number; jitter?: number };

export type Facing = { kind: 'room' } | { kind: 'target'; target: string } | { kind: 'point'; at: [number, number] };

export interface PlaceRequest {
  /** Id for the placed prop (unique in the level). */
  id: string;
  type: string;
  params?: Record<string, unknown>;
  rule: Rule;
  facing?: Facing;
  materials?: Record<string, string>;
}

export interface Placed {
  id: string;
  type: string;
  params: GeometryParams;
  position: [number, number, number];
  yawDeg: number;
  bounds: Box3;
  /** The prop this one rests on (`on`) or stands under (`under`). */
  supportedBy: string | null;
  relation: 'floor' | 'on' | 'under';
  room: number;
  materials?: Record<string, string>;
}

/** The room as layout sees it: a walkable test over world x/z and its interior rectangle. */
export interface RoomArea {
  id: number;
  /** Interior rectangle in world metres (inside the walls). */
  x0: number;
  z0: number;
  x1: number;
  z1: number;
  /** Whether the floor at (x, z) is walkable room floor (caves are irregular); rectangles need none. */
  walkable?: (x: number, z: number) => boolean;
  /** Areas kept clear, such as the floor in front of doors. */
  keepClear: Box3[];
}

export interface PlacerOptions {
  /** Minimum gap between floor-standing props, metres. */
  minSpacing: number;
  /** Candidate positions tried per request before giving up. */
  attempts: number;
}

const PLACER_DEFAULTS: PlacerOptions = { minSpacing: 0.15, attempts: 24 };

/** Which wall (north, south, west, east: WALL_YAWS order) is nearest a floor point. */
/** Whether a box's footprint lies within the room's rectangle (to within `slack` metres). */
export function withinRoom(b: Box3, r: RoomArea, slack = 0): boolean {
  return b.min[0] >= r.x0 - slack && b.max[0] <= r.x1 + slack && b.min[2] >= r.z0 - slack && b.max[2] <= r.z1 + slack;
}

function nearestWall(r: RoomArea, [x, z]: [number, number]): number {
  const d = [z - r.z0, r.z1 - z, x - r.x0, r.x1 - x];
  return d.indexOf(Math.min(...d));
}

/** Floor coverings other props may stand on. */
const FLAT = new Set(['rug']);

type Vec3 = [number, number, number];
/** Where a rule puts a prop: position, yaw in degrees, how it stands, and on or under what. */
type Candidate = [Vec3, number, Placed['relation'], Placed | undefined];
/** Yaw that turns a prop's back to the north, south, west and east wall, in that order. */
const WALL_YAWS = [0, 180, 90, -90] as const;
const QUARTER_TURNS = [0, 90, 180, 270] as const;

export class RoomPlacer {
  readonly placed: Placed[] = [];
  private readonly options: PlacerOptions;
  /** Attempt number of the request being placed (rules that search outwards use it). */
  private tries = 0;

  constructor(
    readonly room: RoomArea,
    private readonly random: () => number,
    options: Partial<PlacerOptions> = {},
  ) {
    this.options = { ...PLACER_DEFAULTS, ...options };
  }

  find(target: string): Placed | undefined {
    return this.placed.find((p) => p.id === target) ?? this.placed.find((p) => p.type === target && p.relation !== 'on');
  }

  /** Places one prop by its rule, or returns undefined when nothing fits. */
  place(req: PlaceRequest): Placed | undefined {
    const params = propParams(req.type, req.params);
    const box = footprint(params);
    for (let attempt = 0; attempt < this.options.attempts; attempt++) {
      this.tries = attempt;
      const candidate = this.candidate(req, box);
      if (!candidate) return undefined;
      const [position, yawDeg, relation, parent] = candidate;
      const bounds = placeBox(box, position, yawDeg);
      if (!this.fits(bounds, relation, parent, req)) continue;
      const placed: Placed = { id: req.id, type: req.type, params, position, yawDeg, bounds, supportedBy: parent?.id ?? null, relation, room: this.room.id, ...(req.materials ? { materials: req.materials } : {}) };
      this.placed.push(placed);
      return placed;
    }
    return undefined;
  }

  private candidate(req: PlaceRequest, box: Box3): Candidate | undefined {
    const rule = req.rule;
    switch (rule.kind) {
      case 'wall':
        return this.againstWall(box);
      case 'corner':
        return this.inCorner(box);
      case 'mount':
        return rule.surface === 'ceiling' ? this.fromCeiling(rule.height, rule.at) : this.onWall(box, rule.height, rule.at);
      case 'center':
        return this.midRoom(req);
      case 'at':
        return this.nearPoint(req, rule, box);
      case 'floor':
        return this.anywhere(req, box);
      case 'near':
        return this.beside(req, rule, box);
      case 'on':
        return this.onTop(rule.target, box);
      case 'under':
        return this.underneath(rule.target, box);
    }
  }

  /** A uniform draw in [lo, hi) from the room's random sequence. */
  private between(lo: number, hi: number): number {
    return lo + (hi - lo) * this.random();
  }

  /** Back against one of the four walls, front (+Z in prop space) towards the room. */
  private againstWall(box: Box3): Candidate {
    const r = this.room;
    const side = Math.floor(this.random() * 4);
    const yaw = WALL_YAWS[side]!;
    const t = placeBox(box, [0, 0, 0], yaw);
    const gap = 0.01;
    const alongX = () => this.between(r.x0 - t.min[0], r.x1 - t.max[0]);
    const alongZ = () => this.between(r.z0 - t.min[2], r.z1 - t.max[2]);
    let position: Vec3;
    if (side === 0) position = [alongX(), 0, r.z0 - t.min[2] + gap];
    else if (side === 1) position = [alongX(), 0, r.z1 - t.max[2] - gap];
    else if (side === 2) position = [r.x0 - t.min[0] + gap, 0, alongZ()];
    else position = [r.x1 - t.max[0] - gap, 0, alongZ()];
    return [position, yaw, 'floor', undefined];
  }

  /** In one of the four corners, aligned with one of its walls, facing out of the corner. */
  private inCorner(box: Box3): Candidate {
    const r = this.room;
    const east = this.random() < 0.5;
    const south = this.random() < 0.5;
    const yaw = south ? 180 : 0;
    const t = placeBox(box, [0, 0, 0], yaw);
    const gap = 0.02;
    return [[east ? r.x1 - t.max[0] - gap : r.x0 - t.min[0] + gap, 0, south ? r.z1 - t.max[2] - gap : r.z0 - t.min[2] + gap], yaw, 'floor', undefined];
  }

  /** Hanging from the ceiling at `height`: over `at` (a few centimetres' give per attempt), else within the middle half of the room. */
  private fromCeiling(height: number, at?: [number, number]): Candidate {
    const r = this.room;
    if (at) {
      const j = 0.05 * this.tries;
      return [[at[0] + this.between(-j, j), height, at[1] + this.between(-j, j)], 0, 'floor', undefined];
    }
    const position: Vec3 = [this.between(r.x0 + 0.25 * (r.x1 - r.x0), r.x1 - 0.25 * (r.x1 - r.x0)), height, this.between(r.z0 + 0.25 * (r.z1 - r.z0), r.z1 - 0.25 * (r.z1 - r.z0))];
    return [position, 0, 'floor', undefined];
  }

  /** On one of the four walls at `height`, back to the wall: the one nearest `at` and beside it, when given. */
  private onWall(box: Box3, height: number, at?: [number, number]): Candidate {
    const r = this.room;
    const side = at ? nearestWall(r, at) : Math.floor(this.random() * 4);
    const yaw = WALL_YAWS[side]!;
    const t = placeBox(box, [0, 0, 0], yaw);
    // Along the wall: beside `at` (a little more give on every attempt), or anywhere.
    const j = 0.1 * this.tries;
    const along = (lo: number, hi: number, v: number | undefined) => (v === undefined ? this.between(lo, hi) : Math.min(hi, Math.max(lo, v + this.between(-j, j))));
    const alongX = () => along(r.x0 - t.min[0], r.x1 - t.max[0], at?.[0]);
    const alongZ = () => along(r.z0 - t.min[2], r.z1 - t.max[2], at?.[1]);
    let position: Vec3;
    if (side === 0) position = [alongX(), height, r.z0 - t.min[2]];
    else if (side === 1) position = [alongX(), height, r.z1 - t.max[2]];
    else if (side === 2) position = [r.x0 - t.min[0], height, alongZ()];
    else position = [r.x1 - t.max[0], height, alongZ()];
    return [position, yaw, 'floor', undefined];
  }

  /** Near the middle of the room (within a fifth of its size), square to the walls unless told what to face. */
  private midRoom(req: PlaceRequest): Candidate {
    const r = this.room;
    const jx = (r.x1 - r.x0) * 0.2;
    const jz = (r.z1 - r.z0) * 0.2;
    const position: Vec3 = [(r.x0 + r.x1) / 2 + this.between(-jx, jx), 0, (r.z0 + r.z1) / 2 + this.between(-jz, jz)];
    const yaw = QUARTER_TURNS[Math.floor(this.random() * 4)]!;
    return [position, this.facingYaw(req, position) ?? yaw, 'floor', undefined];
  }

  /** Around a floor point; the search widens a little on every attempt, so a crowded spot still finds the nearest free place. */
  private nearPoint(req: PlaceRequest, rule: Extract<Rule, { kind: 'at' }>, box: Box3): Candidate {
    const r = this.room;
    const w = box.max[0] - box.min[0];
    const d = box.max[2] - box.min[2];
    const j = (rule.jitter ?? 0.15) * (1 + this.tries);
    const cx = Math.min(Math.max(rule.x, r.x0 + w / 2), r.x1 - w / 2);
    const cz = Math.min(Math.max(rule.z, r.z0 + d / 2), r.z1 - d / 2);
    const position: Vec3 = [cx + this.between(-j, j), 0, cz + this.between(-j, j)];
    return [position, this.facingYaw(req, position) ?? 0, 'floor', undefined];
  }

  /** Anywhere on the floor, square to the walls unless told what to face. */
  private anywhere(req: PlaceRequest, box: Box3): Candidate {
    const r = this.room;
    const w = box.max[0] - box.min[0];
    const d = box.max[2] - box.min[2];
    const position: Vec3 = [this.between(r.x0 + w / 2, r.x1 - w / 2), 0, this.between(r.z0 + d / 2, r.z1 - d / 2)];
    return [position, this.facingYaw(req, position) ?? QUARTER_TURNS[Math.floor(this.random() * 4)]!, 'floor', undefined];
  }

  /** Beside one of the target's four sides, facing it (chairs around a table). */
  private beside(req: PlaceRequest, rule: Extract<Rule, { kind: 'near' }>, box: Box3): Candidate | undefined {
    const t = this.find(rule.target);
    if (!t) return undefined;
    const side = Math.floor(this.random() * 4);
    const gap = 0.05 + this.random() * (rule.distance ?? 0.3);
    const tb = t.bounds;
    const reach = Math.max(box.max[0] - box.min[0], box.max[2] - box.min[2]) / 2;
    const cx = (tb.min[0] + tb.max[0]) / 2;
    const cz = (tb.min[2] + tb.max[2]) / 2;
    let position: Vec3;
    if (side === 0) position = [this.between(tb.min[0] + reach, tb.max[0] - reach) || cx, 0, tb.min[2] - gap - reach];
    else if (side === 1) position = [this.between(tb.min[0] + reach, tb.max[0] - reach) || cx, 0, tb.max[2] + gap + reach];
    else if (side === 2) position = [tb.min[0] - gap - reach, 0, this.between(tb.min[2] + reach, tb.max[2] - reach) || cz];
    else position = [tb.max[0] + gap + reach, 0, this.between(tb.min[2] + reach, tb.max[2] - reach) || cz];
    if (Number.isNaN(position[0])) position[0] = cx;
    if (Number.isNaN(position[2])) position[2] = cz;
    const yaw = (Math.atan2(cx - position[0], cz - position[2]) * 180) / Math.PI;
    return [position, req.facing ? (this.facingYaw(req, position) ?? yaw) : yaw, 'floor', undefined];
  }

  /** The placed target with a surface to put things on or under, if there is one. */
  private surface(target: string): Placed | undefined {
    const t = this.find(target);
    return t && getProp(t.type)?.prop.surfaceHeight ? t : undefined;
  }

  /** Resting on the target's top: inside its footprint, on its highest point so nothing interpenetrates. */
  private onTop(target: string, box: Box3): Candidate | undefined {
    const t = this.surface(target);
    if (!t) return undefined;
    const tb = t.bounds;
    const yaw = QUARTER_TURNS[Math.floor(this.random() * 4)]!;
    const turned = placeBox(box, [0, 0, 0], yaw);
    const hw = (turned.max[0] - turned.min[0]) / 2;
    const hd = (turned.max[2] - turned.min[2]) / 2;
    if (tb.max[0] - tb.min[0] < 2 * hw || tb.max[2] - tb.min[2] < 2 * hd) return undefined;
    const position: Vec3 = [this.between(tb.min[0] + hw, tb.max[0] - hw) - (turned.min[0] + turned.max[0]) / 2, tb.max[1] - box.min[1], this.between(tb.min[2] + hd, tb.max[2] - hd) - (turned.min[2] + turned.max[2]) / 2];
    return [position, yaw, 'on', t];
  }

  /** On the floor beneath the target's top, kept a little in from its edges (legs, aprons). */
  private underneath(target: string, box: Box3): Candidate | undefined {
    const t = this.surface(target);
    if (!t) return undefined;
    const tb = t.bounds;
    const inset = 0.12;
    const hw = (box.max[0] - box.min[0]) / 2;
    const hd = (box.max[2] - box.min[2]) / 2;
    if (tb.max[0] - tb.min[0] - 2 * inset < 2 * hw || tb.max[2] - tb.min[2] - 2 * inset < 2 * hd) return undefined;
    const position: Vec3 = [this.between(tb.min[0] + inset + hw, tb.max[0] - inset - hw), 0, this.between(tb.min[2] + inset + hd, tb.max[2] - inset - hd)];
    return [position, 0, 'under', t];
  }

  private facingYaw(req: PlaceRequest, at: [number, number, number]): number | undefined {
    const f = req.facing;
    if (!f) return undefined;
    let target: [number, number] | undefined;
    if (f.kind === 'room') target = [(this.room.x0 + this.room.x1) / 2, (this.room.z0 + this.room.z1) / 2];
    else if (f.kind === 'point') target = f.at;
    else {
      const t = this.find(f.target);
      if (t) target = [(t.bounds.min[0] + t.bounds.max[0]) / 2, (t.bounds.min[2] + t.bounds.max[2]) / 2];
    }
    if (!target || (target[0] === at[0] && target[1] === at[2])) return undefined;
    return (Math.atan2(target[0] - at[0], target[1] - at[2]) * 180) / Math.PI;
  }

  private fits(b: Box3, relation: Placed['relation'], parent: Placed | undefined, req: PlaceRequest): boolean {
    const r = this.room;
    if (!withinRoom(b, r, 1e-6)) return false;
    if (r.walkable) {
      for (const x of [b.min[0], b.max[0], (b.min[0] + b.max[0]) / 2]) for (const z of [b.min[2], b.max[2], (b.min[2] + b.max[2]) / 2]) if (!r.walkable(x, z)) return false;
    }
    if (relation === 'under' && parent) {
      const surface = getProp(parent.type)?.prop.surfaceHeight?.(parent.params as never) ?? 0;
      if (b.max[1] > parent.position[1] + surface - 0.06) return false;
    }
    const spacing = relation === 'floor' ? this.options.minSpacing / 2 : 0;
    const grown = inflate(b, spacing, spacing);
    if (relation === 'floor') for (const z of r.keepClear) if (overlaps(grown, z)) return false;
    for (const other of this.placed) {
      if (parent && other.id === parent.id) continue;
      // Rugs lie flat under everything: furniture stands on them.
      if (FLAT.has(other.type) !== FLAT.has(req.type) && relation === 'floor' && other.relation === 'floor') continue;
      if (relation === 'under' && other.supportedBy === parent?.id && other.relation === 'on') continue;
      const both = relation === 'floor' && other.relation === 'floor';
      if (overlaps(both ? grown : b, both ? inflate(other.bounds, spacing, spacing) : other.bounds)) return false;
    }
    return true;
  }
}
