/**
 * Refinement: a director's note on one shot ("lower the camera", "warmer", "closer on her face", "make the
 * lighting more dramatic and increase contrast") → parameter changes on that shot only, or on the whole scene
 * when the note says so or can only mean the scene ("remove the chair", "make it night"). Every change is
 * listed with its path, old and new value and the reason, so the history can show and undo it.
 */
import { Vector3 } from 'three';
import type { SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { objectBounds } from '../geometry/bounds.js';
import { applyLightingPreset } from '../lighting/apply.js';
import { getLightingPreset } from '../library/lighting/index.js';
import { placeCamera, type ShotSize, type ShotAngle, type Box } from '../camera/shot-grammar.js';
import { GRADE_PRESETS } from '../grading/index.js';
import type { SceneDescription, TimeOfDay } from './description.js';
import { lookupProp, singular, TIME_WORDS, PLACE_WORDS } from './lexicon/index.js';
import { FRAME_ASPECT, clampToRoom, unionBox } from './structure.js';

export interface RefineChange {
  path: string;
  from: unknown;
  to: unknown;
  why: string;
}

export interface RefineResult {
  spec: SceneSpecInput;
  changes: RefineChange[];
  scope: 'shot' | 'scene';
  /** Shots whose frames must be rendered again. */
  shots: string[];
  /** Notes that were read but could not be applied, and why. */
  notes: string[];
}

export class RefineError extends Error {
  override name = 'RefineError';
}

const SIZES: ShotSize[] = ['EWS', 'WS', 'FS', 'MLS', 'MS', 'MCU', 'CU', 'ECU'];
const SCENE_WIDE = /\b(all shots|every shot|each shot|whole scene|entire scene|everywhere|throughout|all (the )?frames|every frame|the scene|whole sequence|all of them)\b/;
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

type Shot = NonNullable<SceneSpecInput['shots']>[number];
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
type Look = Record<string, unknown>;

interface Ctx {
  spec: SceneSpecInput;
  shots: Shot[];
  target: Shot[];
  changes: RefineChange[];
  notes: string[];
  rerender: Set<string>;
  description?: SceneDescription;
}

function shotIndex(ctx: Ctx, shot: Shot): number {
  return ctx.shots.indexOf(shot);
}

function setLook(ctx: Ctx, shot: Shot, key: string, to: unknown, why: string): void {
  const look = ((shot as { look?: Look }).look ??= {}) as Look;
  const from = look[key];
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  if (to === undefined) delete look[key];
  else look[key] = to;
  ctx.changes.push({ path: `shots[${shotIndex(ctx, shot)}].look.${key}`, from: from ?? null, to: to ?? null, why });
  ctx.rerender.add(shot.id);
}

function nudgeLook(ctx: Ctx, key: 'contrast' | 'saturation' | 'temperature' | 'exposureEv', delta: number, why: string): void {
  for (const shot of ctx.target) {
    const look = ((shot as { look?: Look }).look ?? {}) as Look;
    const from = typeof look[key] === 'number' ? (look[key] as number) : 0;
    const [lo, hi] = key === 'exposureEv' ? [-16, 16] : [-1, 1];
    setLook(ctx, shot, key, round(clamp(from + delta, lo, hi), 2), why);
  }
}

function cameraOf(ctx: Ctx, shot: Shot): Camera | undefined {
  return ctx.spec.cameras?.find((c) => c.id === shot.camera);
}

function setCamera(ctx: Ctx, shot: Shot, cam: Camera, key: keyof Camera, to: unknown, why: string): void {
  const from = cam[key];
  if (JSON.stringify(from) === JSON.stringify(to)) return;
  (cam as Record<string, unknown>)[key] = to;
  ctx.changes.push({ path: `cameras[${ctx.spec.cameras!.indexOf(cam)}].${String(key)}`, from, to, why });
  ctx.rerender.add(shot.id);
}

/** The room's inside, from the set pieces layout writes (floor and ceiling), for keeping cameras in it. */
function roomBox(spec: SceneSpecInput): Box | undefined {
  const floor = objectsOf(spec).find((o) => o.id === 'floor');
  const ceiling = objectsOf(spec).find((o) => o.id === 'ceiling');
  const size = floor?.geometry?.size;
  if (!size || !ceiling?.position) return undefined;
  return { min: [-size[0] / 2, 0, -size[1] / 2], max: [size[0] / 2, ceiling.position[1], size[1] / 2] };
}

function boxesOf(spec: SceneSpecInput, ids: string[]): { id: string; box: Box; person: boolean; forward: [number, number, number] }[] {
  const all = objectBounds(parseSpec(spec));
  return ids.flatMap((id) => {
    const b = all.get(id);
    const o = objectsOf(spec).find((x) => x.id === id);
    if (!b || !o) return [];
    const yaw = ((o.rotation?.[1] ?? 0) * Math.PI) / 180;
    const person = o.geometry?.type === 'person' || (o.tags ?? []).includes('person');
    return [{ id, box: { min: b.min, max: b.max }, person, forward: [Math.sin(yaw), 0, Math.cos(yaw)] as [number, number, number] }];
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
function reframe(ctx: Ctx, shot: Shot, size: ShotSize, angle: ShotAngle, subjects: string[], why: string): void {
  const cam = cameraOf(ctx, shot);
  if (!cam) return;
  const subj = boxesOf(ctx.spec, subjects);
  const placement = clampToRoom(placeCamera({ size, angle, composition: (shot.composition as 'auto' | undefined) ?? 'auto', subjects: subj, scene: sceneBox(ctx.spec), aspect: FRAME_ASPECT }), roomBox(ctx.spec));
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

function personFor(ctx: Ctx, pronoun: 'she' | 'he'): string | undefined {
  const entity = ctx.description?.entities.find((e) => e.kind === 'person' && e.pronoun === pronoun);
  if (entity) {
    const ids = objectsOf(ctx.spec).map((o) => o.id!).filter((id) => id === entity.id || id.startsWith(`${entity.id}-`));
    if (ids[0]) return ids[0];
  }
  return undefined;
}

/** Applies one director's note. `shotId` undefined means the whole scene. */
export function refineSpec(input: SceneSpecInput, shotId: string | undefined, feedback: string, description?: SceneDescription): RefineResult {
  const text = ` ${feedback.toLowerCase().replace(/[^a-z0-9' -]+/g, ' ').replace(/\s+/g, ' ')} `;
  if (!text.trim()) throw new RefineError('the note is empty: say what to change, e.g. "lower the camera" or "make it warmer"');
  const spec = structuredClone(input);
  const shots = (spec.shots ?? []) as Shot[];
  if (shotId !== undefined && !shots.some((s) => s.id === shotId)) throw new RefineError(`unknown shot "${shotId}"; the storyboard has ${shots.map((s) => s.id).join(', ')}`);
  const wide = shotId === undefined || SCENE_WIDE.test(text);
  const ctx: Ctx = { spec, shots, target: wide ? shots : shots.filter((s) => s.id === shotId), changes: [], notes: [], rerender: new Set(), ...(description ? { description } : {}) };
  const has = (re: RegExp) => re.test(text);

  // Contrast, exposure, colour.
  if (has(/\b(more|increase|increased|higher|boost|punch(ier)? up|add) (the )?contrast\b|\bcontrastier\b|\bmore contrasty\b/)) nudgeLook(ctx, 'contrast', 0.2, 'asked for more contrast');
  if (has(/\b(less|reduce|lower|decrease|softer) (the )?contrast\b|\bflatter\b/)) nudgeLook(ctx, 'contrast', -0.2, 'asked for less contrast');
  if (has(/\b(brighter|lighter|more light|brighten|lift the exposure|overexpose)\b/)) nudgeLook(ctx, 'exposureEv', 0.5, 'asked for a brighter frame');
  if (has(/\b(darker|dimmer|less light|darken|underexpose)\b/)) nudgeLook(ctx, 'exposureEv', -0.5, 'asked for a darker frame');
  if (has(/\b(warmer|warm it up|more warm|golden tone)\b/)) nudgeLook(ctx, 'temperature', 0.25, 'asked for warmer colour');
  if (has(/\b(cooler|colder|cool it down|bluer|more blue)\b/)) nudgeLook(ctx, 'temperature', -0.25, 'asked for cooler colour');
  if (has(/\b(more saturated|more colou?rful|more vivid|punchier colou?rs?|saturate)\b/)) nudgeLook(ctx, 'saturation', 0.2, 'asked for more saturation');
  if (has(/\b(less saturated|desaturated?|muted|washed out|less colou?r)\b/)) nudgeLook(ctx, 'saturation', -0.25, 'asked for less saturation');
  if (has(/\b(black and white|black-and-white|monochrome|b ?& ?w|greyscale|grayscale)\b/)) for (const s of ctx.target) setLook(ctx, s, 'grade', 'noir_bw', 'asked for black and white');
  for (const g of GRADE_PRESETS) {
    const words = [g.id.replace(/_/g, ' '), g.label.toLowerCase()];
    if (words.some((w) => text.includes(` ${w} grade `) || text.includes(` ${w} look `))) for (const s of ctx.target) setLook(ctx, s, 'grade', g.id, `asked for the ${g.label} grade`);
  }
  // Lighting mood.
  const dramatic = has(/\b(more dramatic|dramatic lighting|moodier|more moody|harsher|more contrast in the light|darker shadows|deeper shadows)\b/);
  const softer = has(/\b(less dramatic|softer light|softer lighting|gentler|more even|flatter light)\b/);
  if (dramatic || softer) {
    const sign = dramatic ? 1 : -1;
    const why = dramatic ? 'asked for more dramatic lighting' : 'asked for softer lighting';
    if (wide) {
      // The rig is shared: the fill and ambient carry the shadow side.
      for (const [i, l] of (spec.lights ?? []).entries()) {
        if (!(l.tags ?? []).includes('fill')) continue;
        const from = l.intensity.value;
        l.intensity = { ...l.intensity, value: round(from * (dramatic ? 0.4 : 2)) };
        ctx.changes.push({ path: `lights[${i}].intensity.value`, from, to: l.intensity.value, why: `${why}: fill ${dramatic ? 'down' : 'up'}, so the key-to-fill ratio ${dramatic ? 'rises' : 'falls'}` });
      }
      const amb = spec.environment?.ambient;
      if (amb && typeof amb.intensity === 'number') {
        const from = amb.intensity;
        amb.intensity = round(from * (dramatic ? 0.5 : 1.5));
        ctx.changes.push({ path: 'environment.ambient.intensity', from, to: amb.intensity, why });
      }
      for (const s of shots) ctx.rerender.add(s.id);
    }
    nudgeLook(ctx, 'contrast', 0.15 * sign, why);
    for (const s of ctx.target) {
      const v = ((s as { look?: Look }).look?.vignette as { intensity: number } | undefined)?.intensity ?? 0;
      setLook(ctx, s, 'vignette', dramatic ? { intensity: round(clamp(v + 0.25, 0, 1)), feather: 0.5 } : v > 0.15 ? { intensity: round(v - 0.15), feather: 0.5 } : undefined, why);
    }
    if (!wide) ctx.notes.push('the lights are shared by every shot, so this shot\'s look carries the change; say "for the whole scene" to re-light the set');
  }
  // Effects.
  if (has(/\b(bloom|glow|dreamy glow|halation)\b/) && !has(/\b(no|less|remove|without) (the )?(bloom|glow)\b/)) for (const s of ctx.target) setLook(ctx, s, 'bloom', { intensity: 1, threshold: 1, radius: 0.6 }, 'asked for bloom');
  if (has(/\b(no|remove|without|less) (the )?(bloom|glow)\b/)) for (const s of ctx.target) setLook(ctx, s, 'bloom', undefined, 'asked for no bloom');
  if (has(/\b(shallow(er)? (depth of field|focus|dof)|blur (the )?background|bokeh|background out of focus)\b/)) for (const s of ctx.target) setLook(ctx, s, 'depthOfField', { fStop: 1.8 }, 'asked for shallow depth of field');
  if (has(/\b(deep focus|everything in focus|sharp background|no blur)\b/)) for (const s of ctx.target) setLook(ctx, s, 'depthOfField', undefined, 'asked for deep focus');
  if (has(/\b(more )?(film )?grain\b/) && !has(/\b(no|less|remove) grain\b/)) for (const s of ctx.target) setLook(ctx, s, 'grain', { intensity: 0.25 }, 'asked for film grain');
  if (has(/\b(no|less|remove) grain\b/)) for (const s of ctx.target) setLook(ctx, s, 'grain', undefined, 'asked for no grain');

  // Camera: height, distance, angle, subject.
  for (const shot of ctx.target) {
    const cam = cameraOf(ctx, shot);
    if (!cam) continue;
    const lower = has(/\b(lower the camera|camera lower|move the camera down|lower camera|drop the camera)\b/);
    const higher = has(/\b(raise the camera|camera higher|higher camera|move the camera up|lift the camera)\b/);
    if (lower || higher) {
      const box = boxesOf(spec, shot.subjects ?? [])[0]?.box;
      const h = box ? box.max[1] - box.min[1] : 1.5;
      const step = Math.max(0.3, 0.25 * h) * (lower ? -1 : 1);
      const pos = [...cam.position] as [number, number, number];
      const ceiling = roomBox(spec)?.max[1];
      pos[1] = round(clamp(pos[1] + step, 0.2, ceiling !== undefined ? ceiling - 0.15 : 1e4));
      setCamera(ctx, shot, cam, 'position', pos, lower ? 'asked for a lower camera' : 'asked for a higher camera');
    }
    let size = (shot.shotSize as ShotSize | undefined) ?? 'MS';
    let angle = (shot.angle as ShotAngle | undefined) ?? 'eye';
    let subjects = [...(shot.subjects ?? [])];
    let reframeWhy: string | undefined;
    const face = /\b(closer on|close on|tighter on|push in on|move in on) (her|his|their|the) face\b/.exec(text) ?? /\b(on|at) (her|his) face\b/.exec(text);
    if (face) {
      const who = face[2] === 'her' ? personFor(ctx, 'she') : face[2] === 'his' ? personFor(ctx, 'he') : subjects[0];
      if (who) subjects = [who];
      size = 'CU';
      reframeWhy = `asked for a close-up on ${face[2] === 'her' || face[2] === 'his' ? `${face[2]} face` : 'the face'}`;
    } else if (has(/\b(closer|tighter|push in|move in|zoom in)\b/)) {
      const i = SIZES.indexOf(size === 'INSERT' || size === 'OTS' || size === 'TWO' ? 'MCU' : size);
      size = SIZES[Math.min(SIZES.length - 1, i + 1)]!;
      reframeWhy = 'asked to be closer';
    } else if (has(/\b(wider|pull back|further back|further away|zoom out|more room)\b/)) {
      const i = SIZES.indexOf(size === 'INSERT' || size === 'OTS' || size === 'TWO' ? 'MS' : size);
      size = SIZES[Math.max(0, i - 1)]!;
      reframeWhy = 'asked for a wider shot';
    }
    const angles: [RegExp, ShotAngle][] = [[/\b(low angle|from below|looking up at)\b/, 'low'], [/\b(high angle|from above|looking down on)\b/, 'high'], [/\b(dutch|tilted|tilt the camera|canted)\b/, 'dutch'], [/\b(bird'?s[- ]eye|top[- ]down|overhead shot)\b/, 'birds-eye'], [/\b(worm'?s[- ]eye)\b/, 'worms-eye'], [/\b(eye level|straight on|no tilt)\b/, 'eye']];
    for (const [re, a] of angles) {
      if (re.test(text)) {
        angle = a;
        reframeWhy = reframeWhy ? `${reframeWhy}, from a ${a} angle` : `asked for a ${a} angle`;
        break;
      }
    }
    if (reframeWhy) {
      if (!subjects.length && size !== 'EWS' && size !== 'WS') ctx.notes.push(`${shot.id} has no subject to move closer to; framed the set instead`);
      reframe(ctx, shot, size, angle, subjects, reframeWhy);
    }
  }

  // Whole-scene edits: removing things, time of day, weather.
  const remove = /\b(remove|delete|get rid of|take out|lose|drop) (the |all the |all |every |that |those |these )?([a-z][a-z ]*?)( from [a-z ]+)?\s*$/.exec(text.replace(/\b(please|too|as well|also)\b/g, '').trim() + ' ') ?? /\b(remove|delete|get rid of|take out|lose) (the |all the |all |every )?([a-z]+)\b/.exec(text);
  if (remove) {
    const noun = remove[3]!.trim().split(' ').slice(-2).join(' ');
    const plural = /^(all|every|those|these)/.test(remove[2] ?? '') || singular(noun.split(' ').pop()!) !== noun.split(' ').pop();
    const kind = lookupProp(singular(noun))?.kind ?? lookupProp(singular(noun.split(' ').pop()!))?.kind ?? (['person', 'people', 'man', 'woman', 'figure'].includes(noun) ? 'person' : undefined);
    const objects = objectsOf(spec);
    const candidates = kind ? objects.filter((o) => o.geometry?.type === kind) : [];
    if (!candidates.length) ctx.notes.push(`there is no ${noun} in the scene to remove`);
    else {
      // "the chair": the one the shot looks at most directly; "the chairs" / "all chairs": every one.
      let gone = candidates;
      if (!plural && candidates.length > 1) {
        const shot = ctx.target[0] ?? shots[0];
        const cam = shot ? cameraOf(ctx, shot) : undefined;
        const t = cam?.target ? new Vector3(...cam.target) : new Vector3();
        gone = [[...candidates].sort((a, b) => new Vector3(...(a.position ?? [0, 0, 0])).distanceTo(t) - new Vector3(...(b.position ?? [0, 0, 0])).distanceTo(t))[0]!];
      }
      const ids = new Set(gone.map((o) => o.id!));
      spec.objects = objects.filter((o) => !ids.has(o.id!)) as SceneSpecInput['objects'];
      spec.lights = (spec.lights ?? []).filter((l) => !ids.has((l.id ?? '').replace(/^light-/, '')));
      for (const s of shots) if (s.subjects?.some((id) => ids.has(id))) s.subjects = s.subjects.filter((id) => !ids.has(id));
      ctx.changes.push({ path: 'objects', from: [...ids], to: null, why: `asked to remove ${plural ? 'every' : 'the'} ${noun}` });
      for (const s of shots) ctx.rerender.add(s.id);
    }
  }
  const time = TIME_WORDS.find((t) => new RegExp(`\\b(make it|change (it )?to|set (it )?(at|to)|turn it into|at) (${t.words.map((w) => w.replace(/[^a-z ]/g, '')).join('|')})\\b`).test(text));
  if (time) relight(ctx, time.time);
  if (has(/\b(add|more|thicker|heavier) fog\b|\bmake it foggy\b|\bfoggier\b/)) {
    const from = spec.environment?.fog ?? null;
    spec.environment = { ...(spec.environment ?? {}), fog: { type: 'exponential', color: '#9aa3ad', density: 0.06 } };
    ctx.changes.push({ path: 'environment.fog', from, to: spec.environment.fog, why: 'asked for fog' });
    for (const s of shots) ctx.rerender.add(s.id);
  }
  if (has(/\b(no|remove the|remove|clear the|without) fog\b/)) {
    const from = spec.environment?.fog ?? null;
    spec.environment = { ...(spec.environment ?? {}), fog: { type: 'none' } };
    ctx.changes.push({ path: 'environment.fog', from, to: { type: 'none' }, why: 'asked for no fog' });
    for (const s of shots) ctx.rerender.add(s.id);
  }
  const sceneScope = wide || ctx.changes.some((c) => c.path.startsWith('objects') || c.path.startsWith('environment') || c.path.startsWith('lights'));
  return { spec, changes: ctx.changes, scope: sceneScope ? 'scene' : 'shot', shots: shots.map((s) => s.id).filter((id) => ctx.rerender.has(id)), notes: ctx.notes };
}

/** Re-lights the whole scene for another time of day, keeping its practical lights. */
function relight(ctx: Ctx, time: TimeOfDay): void {
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
