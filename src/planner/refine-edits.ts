/**
 * The edits a director's note can make to a storyboard spec — look settings, camera moves and re-framing,
 * removing props, fog and re-lighting — each recorded as a change with its path, old and new value and reason.
 */
import { personFraming } from './person-eyes.js';
import type { SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { objectBounds } from '../geometry/bounds.js';
import { applyLightingPreset } from '../lighting/apply.js';
import { getLightingPreset } from '../library/lighting/index.js';
import { placeCamera, type ShotSize, type ShotAngle, type Box, type Subject } from '../camera/index.js';
import type { SceneDescription, TimeOfDay } from './description.js';
import { TIME_WORDS, PLACE_WORDS } from './lexicon/index.js';
import { FRAME_ASPECT, clampToRoom, unionBox } from './structure.js';

export interface RefineChange {
  path: string;
  from: unknown;
  to: unknown;
  why: string;
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
export const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export type Shot = NonNullable<SceneSpecInput['shots']>[number];
/** The parts of a spec object refinement reads (objects are recursive, so the input type is opaque). */
interface ObjectIn {
  id?: string;
  geometry?: { type?: string; size?: [number, number]; pose?: string };
  position?: [number, number, number];
  rotation?: [number, number, number];
  tags?: string[];
}
const objectsOf = (spec: SceneSpecInput) => (spec.objects ?? []) as ObjectIn[];
type Camera = NonNullable<SceneSpecInput['cameras']>[number];
export type Look = Record<string, unknown>;
export type LookKey = 'contrast' | 'saturation' | 'temperature' | 'exposureEv';

/** One note being applied: the spec being edited, the shots it concerns and what it has changed so far. */
export interface Ctx {
  /** The note, lower-cased, punctuation as spaces, padded with a space each side. */
  text: string;
  /** Whether the note concerns the whole scene. */
  wide: boolean;
  spec: SceneSpecInput;
  shots: Shot[];
  target: Shot[];
  changes: RefineChange[];
  notes: string[];
  rerender: Set<string>;
  description?: SceneDescription;
  /** Camera height moves asked for so far, by shot: a later re-frame in the same note keeps them. */
  heightShift?: Map<string, number>;
}

function shotIndex(ctx: Ctx, shot: Shot): number {
  return ctx.shots.indexOf(shot);
}

export function setLook(ctx: Ctx, shot: Shot, key: string, to: unknown, why: string): void {
  const look = ((shot as { look?: Look }).look ??= {}) as Look;
  const from = look[key];
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  if (to === undefined) delete look[key];
  else look[key] = to;
  ctx.changes.push({ path: `shots[${shotIndex(ctx, shot)}].look.${key}`, from: from ?? null, to: to ?? null, why });
  ctx.rerender.add(shot.id);
}

export function nudgeLook(ctx: Ctx, key: LookKey, delta: number, why: string): void {
  for (const shot of ctx.target) {
    const look = ((shot as { look?: Look }).look ?? {}) as Look;
    const from = typeof look[key] === 'number' ? (look[key] as number) : 0;
    const [lo, hi] = key === 'exposureEv' ? [-16, 16] : [-1, 1];
    setLook(ctx, shot, key, round(clamp(from + delta, lo, hi), 2), why);
  }
}

export function cameraOf(ctx: Ctx, shot: Shot): Camera | undefined {
  return ctx.spec.cameras?.find((c) => c.id === shot.camera);
}

export function setCamera(ctx: Ctx, shot: Shot, cam: Camera, key: keyof Camera, to: unknown, why: string): void {
  const from = cam[key];
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  (cam as Record<string, unknown>)[key] = to;
  ctx.changes.push({ path: `cameras[${ctx.spec.cameras!.indexOf(cam)}].${String(key)}`, from, to, why });
  ctx.rerender.add(shot.id);
}

/** The room's inside, from the set pieces layout writes (floor and ceiling), for keeping cameras in it. */
export function roomBox(spec: SceneSpecInput): Box | undefined {
  const floor = objectsOf(spec).find((o) => o.id === 'floor');
  const ceiling = objectsOf(spec).find((o) => o.id === 'ceiling');
  const size = floor?.geometry?.size;
  if (!size || !ceiling?.position) return undefined;
  return { min: [-size[0] / 2, 0, -size[1] / 2], max: [size[0] / 2, ceiling.position[1], size[1] / 2] };
}

export function boxesOf(spec: SceneSpecInput, ids: string[]): Subject[] {
  const all = objectBounds(parseSpec(spec));
  return ids.flatMap((id) => {
    const b = all.get(id);
    const o = objectsOf(spec).find((x) => x.id === id);
    if (!b || !o) return [];
    const yaw = ((o.rotation?.[1] ?? 0) * Math.PI) / 180;
    const person = o.geometry?.type === 'person' || (o.tags ?? []).includes('person');
    const framing = person ? personFraming(o.geometry, o.position ?? [0, 0, 0], o.rotation?.[1] ?? 0) : undefined;
    return [{ id, box: { min: b.min, max: b.max }, person, forward: [Math.sin(yaw), 0, Math.cos(yaw)] as [number, number, number], ...(framing ?? {}) }];
  });
}

function sceneBox(spec: SceneSpecInput): Box {
  const room = roomBox(spec);
  if (room) return room;
  const all = [...objectBounds(parseSpec(spec)).entries()].filter(([id]) => id !== 'ground');
  if (!all.length) return { min: [-5, 0, -5], max: [5, 2, 5] };
  return unionBox(all.map(([, b]) => b));
}

/** Re-frames a shot with the grammar after its size, angle or subject changed. */
export function reframe(ctx: Ctx, shot: Shot, size: ShotSize, angle: ShotAngle, subjects: string[], why: string): void {
  const cam = cameraOf(ctx, shot);
  if (!cam) return;
  const subj = boxesOf(ctx.spec, subjects);
  const placement = clampToRoom(placeCamera({ size, angle, composition: (shot.composition as 'auto' | undefined) ?? 'auto', subjects: subj, scene: sceneBox(ctx.spec), aspect: FRAME_ASPECT }), roomBox(ctx.spec));
  // "closer on her face, and lower the camera" in either order: the re-frame keeps the height move.
  const shift = ctx.heightShift?.get(shot.id);
  if (shift) placement.position[1] = clamp(placement.position[1] + shift, 0.2, (roomBox(ctx.spec)?.max[1] ?? 1e4 + 0.15) - 0.15);
  const i = shotIndex(ctx, shot);
  if (shot.shotSize !== size) ctx.changes.push({ path: `shots[${i}].shotSize`, from: shot.shotSize ?? null, to: size, why });
  if ((shot.angle ?? 'eye') !== angle) ctx.changes.push({ path: `shots[${i}].angle`, from: shot.angle ?? 'eye', to: angle, why });
  if (JSON.stringify(shot.subjects ?? []) !== JSON.stringify(subjects)) ctx.changes.push({ path: `shots[${i}].subjects`, from: shot.subjects ?? [], to: subjects, why });
  shot.shotSize = size;
  shot.angle = angle;
  shot.subjects = subjects;
  setCamera(ctx, shot, cam, 'position', placement.position.map((v) => round(v)), why);
  setCamera(ctx, shot, cam, 'target', placement.target.map((v) => round(v)), why);
  setCamera(ctx, shot, cam, 'focalLengthMm', round(placement.focalLengthMm, 1), why);
  setCamera(ctx, shot, cam, 'rollDeg', placement.rollDeg, why);
  setCamera(ctx, shot, cam, 'focusDistance', Math.max(0.05, round(placement.focusDistance)), why);
  ctx.rerender.add(shot.id);
}

export function personFor(ctx: Ctx, pronoun: 'she' | 'he'): string | undefined {
  const entity = ctx.description?.entities.find((e) => e.kind === 'person' && e.pronoun === pronoun);
  if (entity) {
    const ids = objectsOf(ctx.spec).map((o) => o.id!).filter((id) => id === entity.id || id.startsWith(`${entity.id}-`));
    if (ids[0]) return ids[0];
  }
  return undefined;
}

/** Re-lights the whole scene for another time of day, keeping its practical lights. */
export function relight(ctx: Ctx, time: TimeOfDay): void {
  const spec = ctx.spec;
  const interior = objectsOf(spec).some((o) => o.id === 'ceiling' || o.id === 'wall-back');
  const night = ['night', 'midnight', 'dusk', 'blue-hour'].includes(time);
  const placeId = ctx.description?.setting.place;
  const place = PLACE_WORDS.find((p) => p.id === placeId);
  const presetId = interior ? (place ? (night ? place.lighting.night : place.lighting.day) : night ? 'candle_lit' : 'three_point') : (TIME_WORDS.find((t) => t.time === time)?.lighting ?? (night ? 'night' : 'afternoon'));
  const preset = getLightingPreset(presetId);
  if (!preset) return;
  const before = (spec.lights ?? []).map((l) => l.id);
  const people = objectsOf(spec).filter((o) => (o.tags ?? []).includes('person')).map((o) => o.id!);
  const lit = applyLightingPreset(spec, parseSpec(spec), preset, { keepLights: true, ...(people.length ? { subjects: people } : {}) });
  // applyLightingPreset rewrote every shot's exposure for the new light; keep each shot's other look settings.
  Object.assign(spec, lit.spec);
  ctx.changes.push({ path: 'lights', from: before, to: (spec.lights ?? []).map((l) => l.id), why: `asked for ${time.replace('-', ' ')}: re-lit with ${preset.label}` });
  if (ctx.description) ctx.description.setting.timeOfDay = time;
  for (const s of ctx.shots) ctx.rerender.add(s.id);
}
