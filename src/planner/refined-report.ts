/**
 * The report of a refined scene: after a director's notes have edited a planned spec, what now stands where —
 * the things the notes added, moved, re-surfaced or swapped in, their bounds, supports and facing, and the
 * shots as the notes re-framed them — built with report.ts from the spec as it now is, not the plan's layout.
 */
import type { SceneSpec, SceneSpecInput } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { parseSpec } from '../validate/validate.js';
import { objectBounds, type WorldBounds } from '../geometry/bounds.js';
import { getProp } from '../geometry/props/index.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { checkSpecContinuity } from './continuity.js';
import { buildReport, type Report } from './report.js';
import type { SceneDescription } from './description.js';
import type { Instance } from './layout.js';

/** A placed thing: an object with an id and a generator, not part of the set (floor, walls). */
type Thing = SceneObject & { id: string; geometry: NonNullable<SceneObject['geometry']> };

/** How far (m) a thing's bottom may sit from a top and still rest on it, as the refiner's riders reckon it. */
const RESTING_TOLERANCE = 0.05;

/** The prop's main material slot and its default preset, as layout gives a new thing. */
function mainSlot(kind: string): { slot?: string; preset?: string } {
  const defaults = getProp(kind)?.defaultMaterials ?? {};
  const slot = Object.keys(defaults)[0];
  return slot ? { slot, preset: defaults[slot] } : {};
}

/** The highest thing whose top this one's bottom rests on, with its middle over that top; null on the floor. */
function restingOn(id: string, bounds: Map<string, WorldBounds>, things: Set<string>): string | null {
  const b = bounds.get(id);
  if (!b || b.min[1] < RESTING_TOLERANCE) return null;
  const cx = (b.min[0] + b.max[0]) / 2;
  const cz = (b.min[2] + b.max[2]) / 2;
  let best: string | null = null;
  for (const other of things) {
    const ob = bounds.get(other);
    if (other === id || !ob || Math.abs(b.min[1] - ob.max[1]) >= RESTING_TOLERANCE) continue;
    if (cx > ob.min[0] && cx < ob.max[0] && cz > ob.min[2] && cz < ob.max[2] && (!best || ob.max[1] > bounds.get(best)!.max[1])) best = other;
  }
  return best;
}

/**
 * A thing as the report sees it. What the plan placed keeps its name and, while it has not moved and what held
 * it is still there, its support (a seated figure is held by a chair its box does not rest on); a thing the
 * notes added or moved rests on whatever its bottom now sits on. A new thing is named by its label (a proxy's
 * "trash can") or its kind: the notes leave no other name in the spec.
 */
function instanceOf(o: Thing, was: Instance | undefined, spec: SceneSpec, bounds: Map<string, WorldBounds>, things: Set<string>): Instance {
  const kind = o.geometry.type;
  const { slot, preset } = mainSlot(kind);
  const material = (slot ? o.materials[slot] : undefined) ?? o.material;
  const b = bounds.get(o.id)!;
  const unmoved = !!was && was.placed.position.every((v, k) => Math.abs(v - o.position[k]!) < 1e-4);
  const supportedBy = unmoved && (was.supportedBy === null || things.has(was.supportedBy)) ? was.supportedBy : restingOn(o.id, bounds, things);
  // A material name is the spec's own or, written straight on the object, a preset id.
  const named = material ? (spec.materials[material]?.preset ?? (getMaterialPreset(material) ? material : undefined)) : undefined;
  const materialPreset = named ?? was?.materialPreset ?? preset;
  return {
    id: o.id,
    entity: was?.entity ?? o.id.replace(/-\d+$/, ''),
    kind,
    name: was?.name ?? (typeof o.geometry.label === 'string' ? o.geometry.label : kind.replace(/_/g, ' ')),
    ...(material ? { material } : {}),
    ...(materialPreset ? { materialPreset } : {}),
    supportedBy,
    placed: { id: o.id, type: kind, params: o.geometry as Instance['placed']['params'], position: o.position, yawDeg: o.rotation?.[1] ?? 0, bounds: { min: b.min, max: b.max }, supportedBy, relation: supportedBy ? 'on' : 'floor', room: 0 },
    furnishing: was?.furnishing ?? false,
  };
}

/**
 * The report and parsed spec of `refined`, a planned scene after refinement. `planned` is the plan's report and
 * layout (names, the presets' reasons, the planner); `description` the one the notes were read with, which
 * learns a new time of day from "make it night".
 */
export function refinedReport(planned: { report: Report; instances: Instance[] }, refined: SceneSpecInput, description: SceneDescription): { report: Report; spec: SceneSpec } {
  const spec = parseSpec(refined);
  const bounds = objectBounds(spec);
  const things = spec.objects.filter((o): o is Thing => !!o.id && !!o.geometry && !o.tags.includes('set') && bounds.has(o.id));
  const ids = new Set(things.map((o) => o.id));
  const instances = things.map((o) => instanceOf(o, planned.instances.find((i) => i.id === o.id), spec, bounds, ids));
  const old = planned.report;
  const presetTag = spec.lights.flatMap((l) => l.tags).find((t) => t.startsWith('preset:'));
  const report = buildReport({
    desc: description,
    spec,
    instances,
    lighting: { id: presetTag?.slice('preset:'.length) ?? old.lighting_preset, why: old.lighting_reason },
    grade: { id: spec.shots[0]?.look.grade ?? old.grade_preset, why: old.grade_reason },
    continuity: checkSpecContinuity(spec),
    warnings: old.warnings,
    planner: old.planner,
    bounds,
  });
  return { report, spec };
}
