/**
 * The planner's evaluation: a corpus of descriptions with checkable expectations (counts, presence, materials,
 * colours, spatial relations checked on the built geometry, setting, lighting, shots), and the share of them a
 * plan satisfies. Used by the tests (a floor) and by `npm run bench` (the figure).
 */
import { getMaterialPreset } from '../library/materials/index.js';
import { getLightingPreset } from '../library/lighting/index.js';
import type { SceneSpec } from '../scene/schema.js';
import type { Report, ReportObject } from './report.js';
import { colourName } from './colour-name.js';

export interface CorpusCase {
  id: string;
  text: string;
  frames?: number;
  genre?: string;
  params?: Record<string, unknown>;
  /** Director's notes applied in order to the planned scene before its expectations are checked. */
  refine?: string[];
  expect: {
    counts?: Record<string, number>;
    at_least?: Record<string, number>;
    present?: string[];
    absent?: string[];
    materials?: { kind: string; family?: string; family_any_of?: string[] }[];
    colors?: { kind: string; hue: string }[];
    relations?: { a: string; rel: string; b?: string; c?: string }[];
    interior?: boolean;
    place?: string;
    time_of_day?: string;
    weather?: string;
    lighting_category?: string;
    lighting_any_of?: string[];
    first_shot_any_of?: string[];
    shot_sizes_include?: string[];
    angles_include?: string[];
    shots?: number;
    /** People (by kind or name) and the pose at least one of them holds: "sitting", "kneeling" … */
    poses?: { who: string; pose: string }[];
    moves_include?: string[];
    focal_lengths_include?: number[];
    /** Things some shot is about (its subjects), by kind or name: "close-up on the knife" frames the knife. */
    subjects_include?: string[];
  };
}

export interface CaseResult {
  id: string;
  passed: number;
  total: number;
  failures: string[];
}

type V3 = [number, number, number];
const centre = (o: ReportObject): V3 => [(o.bbox_min[0] + o.bbox_max[0]) / 2, (o.bbox_min[1] + o.bbox_max[1]) / 2, (o.bbox_min[2] + o.bbox_max[2]) / 2];

/** Horizontal gap between two boxes (0 when they overlap in plan). */
function gap(a: ReportObject, b: ReportObject): number {
  const dx = Math.max(0, a.bbox_min[0] - b.bbox_max[0], b.bbox_min[0] - a.bbox_max[0]);
  const dz = Math.max(0, a.bbox_min[2] - b.bbox_max[2], b.bbox_min[2] - a.bbox_max[2]);
  return Math.hypot(dx, dz);
}

function insidePlan(p: V3, b: ReportObject, margin = 0.05): boolean {
  return p[0] >= b.bbox_min[0] - margin && p[0] <= b.bbox_max[0] + margin && p[2] >= b.bbox_min[2] - margin && p[2] <= b.bbox_max[2] + margin;
}

/** The room's inside from the set's floor: half width and half depth. */
function roomHalf(spec: SceneSpec | undefined): [number, number] | undefined {
  const floor = spec?.objects.find((o) => o.id === 'floor');
  const size = (floor?.geometry as { size?: [number, number] } | undefined)?.size;
  return size ? [size[0] / 2, size[1] / 2] : undefined;
}

export function relationHolds(rel: string, a: ReportObject, b: ReportObject | undefined, c: ReportObject | undefined, spec?: SceneSpec): boolean {
  const ca = centre(a);
  switch (rel) {
    case 'on':
      return !!b && (a.supported_by === b.id || (Math.abs(a.bbox_min[1] - b.bbox_max[1]) < 0.08 && insidePlan(ca, b)));
    case 'under':
      return !!b && a.bbox_min[1] < b.bbox_max[1] && a.bbox_max[1] <= b.bbox_max[1] + 0.05 && insidePlan(ca, b, 0.15);
    case 'above':
      return !!b && a.bbox_min[1] >= b.bbox_max[1] - 0.05 && insidePlan(ca, b, 0.3);
    case 'next-to':
      return !!b && gap(a, b) < 1.0;
    case 'in-front-of':
      return !!b && ca[2] > centre(b)[2] + 0.05;
    case 'behind':
      return !!b && ca[2] < centre(b)[2] - 0.05;
    case 'left-of':
      return !!b && ca[0] < centre(b)[0] - 0.05;
    case 'right-of':
      return !!b && ca[0] > centre(b)[0] + 0.05;
    case 'between': {
      if (!b || !c) return false;
      const [bx, , bz] = centre(b);
      const [cx, , cz] = centre(c);
      const len = Math.hypot(cx - bx, cz - bz);
      if (len < 1e-6) return false;
      const t = ((ca[0] - bx) * (cx - bx) + (ca[2] - bz) * (cz - bz)) / (len * len);
      const dist = Math.abs((ca[0] - bx) * (cz - bz) - (ca[2] - bz) * (cx - bx)) / len;
      return t > 0.05 && t < 0.95 && dist < Math.max(1.0, 0.4 * len);
    }
    case 'against-wall': {
      const half = roomHalf(spec);
      if (!half) return true;
      const d = Math.min(half[0] - a.bbox_max[0], a.bbox_min[0] + half[0], half[1] - a.bbox_max[2], a.bbox_min[2] + half[1]);
      return d < 0.4;
    }
    case 'in-corner': {
      const half = roomHalf(spec);
      if (!half) return true;
      const dx = Math.min(half[0] - a.bbox_max[0], a.bbox_min[0] + half[0]);
      const dz = Math.min(half[1] - a.bbox_max[2], a.bbox_min[2] + half[1]);
      return dx < 0.6 && dz < 0.6;
    }
    case 'in-centre': {
      const half = roomHalf(spec) ?? [5, 5];
      return Math.abs(ca[0]) < half[0] * 0.35 && Math.abs(ca[2]) < half[1] * 0.35;
    }
    default:
      return blockingHolds(rel, a, b) ?? false;
  }
}

/**
 * Whether an object answers to a corpus word: its kind ("barrel"), or for a labelled proxy its label ("cat"), for
 * a person a word of their name ("anna"), so expectations are written in the text's nouns whatever draws them.
 */
function matches(o: ReportObject, word: string): boolean {
  if (o.kind === word) return true;
  if (o.kind === 'proxy') return o.name.toLowerCase().replace(/ /g, '_') === word;
  // A person answers to any word of their name ("dale" for "Sheriff Dale Booker") or their id.
  return o.kind === 'person' && (o.id === word || o.name.toLowerCase().split(/\s+/).includes(word));
}

/** Whether a's forward points at b's centre within 50°. */
function faces(a: ReportObject, b: ReportObject): boolean {
  const [ax, , az] = centre(a);
  const [bx, , bz] = centre(b);
  const len = Math.hypot(bx - ax, bz - az);
  return len > 1e-6 && (a.forward[0] * (bx - ax) + a.forward[2] * (bz - az)) / len > Math.cos((50 * Math.PI) / 180);
}

/** Relations between people and things: facing, seated on or at, turned away. */
function blockingHolds(rel: string, a: ReportObject, b: ReportObject | undefined): boolean | undefined {
  if (!b) return rel in BLOCKING ? false : undefined;
  return BLOCKING[rel]?.(a, b);
}

const BLOCKING: Record<string, (a: ReportObject, b: ReportObject) => boolean> = {
  facing: faces,
  'facing-each-other': (a, b) => faces(a, b) && faces(b, a),
  'faces-away': (a, b) => {
    const [ax, , az] = centre(a);
    const [bx, , bz] = centre(b);
    return a.forward[0] * (bx - ax) + a.forward[2] * (bz - az) < 0;
  },
  'sits-on': (a, b) => a.pose === 'sitting' && (a.supported_by === b.id || (insidePlan(centre(a), b, 0.2) && a.bbox_min[1] < b.bbox_max[1] + 0.05)),
  'sits-at': (a, b) => a.pose === 'sitting' && gap(a, b) < 0.6 && faces(a, b),
};

/** Poses in which a person is on their feet. */
const STANDING_POSES = new Set(['standing', 'leaning', 'bending', 'holding', 'pointing', 'arms-crossed']);

export function evaluateCase(c: CorpusCase, report: Report, spec?: SceneSpec): CaseResult {
  const failures: string[] = [];
  let total = 0;
  const check = (ok: boolean, what: string) => {
    total++;
    if (!ok) failures.push(what);
  };
  const of = (kind: string) => report.objects.filter((o) => matches(o, kind));
  const e = c.expect;
  for (const [k, n] of Object.entries(e.counts ?? {})) check(of(k).length === n, `count ${k}: ${of(k).length}, expected ${n}`);
  for (const [k, n] of Object.entries(e.at_least ?? {})) check(of(k).length >= n, `at least ${n} ${k}: ${of(k).length}`);
  for (const k of e.present ?? []) check(of(k).length > 0, `${k} present`);
  for (const k of e.absent ?? []) check(of(k).length === 0, `${k} absent: ${of(k).length}`);
  for (const m of e.materials ?? []) {
    const want = m.family_any_of ?? (m.family ? [m.family] : []);
    const fams = of(m.kind).map((o) => (o.material ? getMaterialPreset(o.material)?.family : undefined));
    check(fams.some((f) => f && want.includes(f)), `${m.kind} material ${want.join('|')}: ${fams.join(',') || 'none'}`);
  }
  for (const col of e.colors ?? []) {
    const names = of(col.kind).map((o) => colourName(o.color_rgb));
    check(names.includes(col.hue as never), `${col.kind} colour ${col.hue}: ${names.join(',') || 'none'}`);
  }
  for (const r of e.relations ?? []) {
    const as = of(r.a);
    const bs = r.b ? of(r.b) : [undefined];
    const cs = r.c ? of(r.c) : [undefined];
    let ok = false;
    for (const a of as) {
      for (const b of bs) {
        if (r.rel === 'between' && !r.c) {
          // "between the two chairs": between two instances of b.
          ok ||= of(r.b!).some((b1, i, all) => all.slice(i + 1).some((b2) => relationHolds('between', a, b1, b2, spec)));
        } else for (const cc of cs) ok ||= b !== a && relationHolds(r.rel, a, b, cc, spec);
      }
    }
    check(ok, `${r.a} ${r.rel} ${r.b ?? ''}${r.c ? ` and ${r.c}` : ''}`.trim());
  }
  if (e.interior !== undefined) check(report.setting.interior === e.interior, `interior ${e.interior}: ${report.setting.interior}`);
  if (e.place !== undefined) check(report.setting.place === e.place, `place ${e.place}: ${report.setting.place}`);
  if (e.time_of_day !== undefined) check(report.setting.time_of_day === e.time_of_day, `time ${e.time_of_day}: ${report.setting.time_of_day}`);
  if (e.weather !== undefined) check(report.setting.weather === e.weather, `weather ${e.weather}: ${report.setting.weather}`);
  const preset = getLightingPreset(report.lighting_preset);
  if (e.lighting_category !== undefined) check(preset?.category === e.lighting_category, `lighting category ${e.lighting_category}: ${preset?.category} (${report.lighting_preset})`);
  if (e.lighting_any_of !== undefined) check(e.lighting_any_of.includes(report.lighting_preset), `lighting one of ${e.lighting_any_of.join('|')}: ${report.lighting_preset}`);
  if (e.first_shot_any_of !== undefined) check(e.first_shot_any_of.includes(report.shots[0]?.shot_size ?? ''), `first shot ${e.first_shot_any_of.join('|')}: ${report.shots[0]?.shot_size}`);
  for (const s of e.shot_sizes_include ?? []) check(report.shots.some((x) => x.shot_size === s), `a ${s} shot: ${report.shots.map((x) => x.shot_size).join(',')}`);
  for (const a of e.angles_include ?? []) check(report.shots.some((x) => x.angle === a), `a ${a} angle: ${report.shots.map((x) => x.angle).join(',')}`);
  for (const p of e.poses ?? []) {
    const poses = of(p.who).map((o) => o.pose ?? 'none');
    // Leaning and holding are ways of standing: a reader who says "standing" accepts them.
    const standing = p.pose === 'standing' && poses.some((x) => STANDING_POSES.has(x));
    check(poses.includes(p.pose) || standing, `${p.who} ${p.pose}: ${poses.join(',') || 'nobody'}`);
  }
  for (const m of e.moves_include ?? []) check(report.shots.some((x) => x.move === m), `a ${m} move: ${report.shots.map((x) => x.move ?? '-').join(',')}`);
  for (const f of e.focal_lengths_include ?? []) check(report.shots.some((x) => Math.abs(x.focal_length_mm - f) < 0.5), `a ${f} mm lens: ${report.shots.map((x) => x.focal_length_mm).join(',')}`);
  for (const k of e.subjects_include ?? []) {
    const ids = new Set(of(k).map((o) => o.id));
    check(report.shots.some((x) => x.subject_ids.some((id) => ids.has(id))), `a shot on the ${k}`);
  }
  if (e.shots !== undefined) check(report.shots.length === e.shots, `${e.shots} shots: ${report.shots.length}`);
  return { id: c.id, passed: total - failures.length, total, failures };
}
