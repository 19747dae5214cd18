/**
 * report.json: the stable, machine-readable summary of a generated scene — what was understood (setting),
 * what was placed where (objects with their world bounds and supports), the lights, the chosen presets, the
 * shots and the continuity check. Keys are a contract; new keys may be added, existing ones never change.
 */
import { Quaternion, Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { SceneObject } from '../scene/object.js';
import { aimPosZ, eulerDegToQuat } from '../geometry/transform.js';
import type { Light } from '../scene/light.js';
import { objectBounds, type WorldBounds } from '../geometry/bounds.js';
import { getMaterialPreset } from '../library/materials/index.js';
import { lightColorToLinear } from '../lighting/color.js';
import { hexToSrgb, linearToSrgb } from '../core/color.js';
import { estimateCct } from '../lighting/cct.js';
import type { SceneDescription } from './description.js';
import type { Instance } from './layout.js';
import type { ContinuityReport } from './continuity.js';
import type { Choice } from './structure.js';

export interface ReportObject {
  id: string;
  kind: string;
  name: string;
  material: string | null;
  color_rgb: [number, number, number];
  position: [number, number, number];
  bbox_min: [number, number, number];
  bbox_max: [number, number, number];
  supported_by: string | null;
  /** Unit vector the object faces (its front, local +Z); for people, where they look. */
  forward: [number, number, number];
  /** People only: standing, sitting, kneeling, lying, … */
  pose?: string;
}

export interface Report {
  setting: { interior: boolean; place: string; time_of_day: string; weather: string; era: string };
  objects: ReportObject[];
  lights: { id: string; type: Light['type']; color_temperature_k: number | null; intensity: number; unit: string; position: [number, number, number] | null }[];
  lighting_preset: string;
  grade_preset: string;
  shots: { id: string; shot_size: string; angle: string; focal_length_mm: number; subject_ids: string[]; move?: string; camera_position: [number, number, number]; camera_target: [number, number, number] }[];
  continuity: ContinuityReport;
  warnings: string[];
  genre: string | null;
  mood: string[];
  lighting_reason: string;
  grade_reason: string;
  planner: string;
}

const r3 = (v: readonly number[]) => v.map((x) => Math.round(x * 1000) / 1000) as [number, number, number];

/** Where an object faces: its local +Z (the front of every prop and figure) turned by its lookAt or rotation. */
function forwardOf(o: SceneObject | undefined, yawDeg: number): [number, number, number] {
  const q = o?.lookAt ? aimPosZ(o.position, o.lookAt) : eulerDegToQuat(o?.rotation ?? [0, yawDeg, 0]);
  const v = new Vector3(0, 0, 1).applyQuaternion(new Quaternion(...q));
  return r3([v.x, v.y, v.z]);
}

/** The sRGB base colour (0–1) and preset of an instance's main material. */
export function instanceColour(spec: SceneSpec, inst: Instance): { preset: string | null; rgb: [number, number, number] } {
  const mat = inst.material ? spec.materials[inst.material] : undefined;
  const preset = mat?.preset ?? inst.materialPreset ?? null;
  const base = mat?.baseColor ?? (preset ? getMaterialPreset(preset)?.pbr.baseColor : undefined);
  let rgb: [number, number, number] = [0.5, 0.5, 0.5];
  if (typeof base === 'string') rgb = hexToSrgb(base);
  else if (Array.isArray(base)) rgb = [linearToSrgb(base[0]!), linearToSrgb(base[1]!), linearToSrgb(base[2]!)];
  return { preset, rgb: r3(rgb) };
}

export function buildReport(args: {
  desc: SceneDescription;
  spec: SceneSpec;
  instances: Instance[];
  lighting: Choice;
  grade: Choice;
  continuity: ContinuityReport;
  warnings: string[];
  planner: string;
  bounds?: Map<string, WorldBounds>;
}): Report {
  const { desc, spec, instances } = args;
  const bounds = args.bounds ?? objectBounds(spec);
  const objects: ReportObject[] = instances.map((inst) => {
    const o = spec.objects.find((x) => x.id === inst.id);
    const b = bounds.get(inst.id) ?? { min: inst.placed.bounds.min, max: inst.placed.bounds.max };
    const { preset, rgb } = instanceColour(spec, inst);
    const pose = inst.kind === 'person' ? String((o?.geometry as { pose?: unknown } | undefined)?.pose ?? 'standing') : undefined;
    return { id: inst.id, kind: inst.kind, name: inst.name, material: preset, color_rgb: rgb, position: r3(o?.position ?? inst.placed.position), bbox_min: r3(b.min), bbox_max: r3(b.max), supported_by: inst.supportedBy, forward: forwardOf(o, inst.placed.yawDeg), ...(pose ? { pose } : {}) };
  });
  const lights = spec.lights.map((l) => {
    const kelvin = typeof l.color === 'object' && !Array.isArray(l.color) ? l.color.kelvin : (estimateCct(lightColorToLinear(l.color))?.kelvin ?? null);
    return { id: l.id!, type: l.type, color_temperature_k: kelvin, intensity: l.intensity.value, unit: l.intensity.unit, position: 'position' in l && l.position ? r3(l.position) : null };
  });
  const shots = spec.shots.map((s) => {
    const cam = spec.cameras.find((c) => c.id === s.camera)!;
    return { id: s.id, shot_size: s.shotSize ?? 'MS', angle: s.angle ?? 'eye', focal_length_mm: Math.round((cam.focalLengthMm ?? 35) * 10) / 10, subject_ids: s.subjects, ...(s.move ? { move: s.move } : {}), camera_position: r3(cam.position), camera_target: r3(cam.target) };
  });
  const st = desc.setting;
  return {
    setting: { interior: st.interior, place: st.place, time_of_day: st.timeOfDay ?? 'unspecified', weather: st.weather ?? (st.interior ? 'none' : 'clear'), era: st.era },
    objects,
    lights,
    lighting_preset: args.lighting.id,
    grade_preset: args.grade.id,
    shots,
    continuity: args.continuity,
    warnings: args.warnings,
    genre: desc.genre ?? null,
    mood: desc.mood,
    lighting_reason: args.lighting.why,
    grade_reason: args.grade.why,
    planner: args.planner,
  };
}
