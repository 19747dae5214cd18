/**
 * Structuring: the laid-out set plus the shot list → one SceneSpec. Lighting is chosen (weather, time of day,
 * genre, mood, then the place's own) and applied around the scene's main subject, keeping the practicals; the
 * grade and look come from the genre and the seeds' base_params; every shot gets an explicit camera placed by
 * the shot grammar, kept inside the room's walls, and shot/reverse pairs stay on one side of the line.
 */
import { personFraming, limbShot } from './person-eyes.js';
import { Vector3 } from 'three';
import type { SceneSpecInput } from '../scene/schema.js';
import { parseSpec } from '../validate/validate.js';
import { applyLightingPreset } from '../lighting/apply.js';
import { getLightingPreset, type LightingPreset } from '../library/lighting/index.js';
import { placeCamera, focalLengthForFov, verticalFromHorizontalFov, allInFrame, widenToHold, DEFAULT_SENSOR_MM, type Box, type CameraPlacement, type Subject } from '../camera/index.js';
import { degToRad, radToDeg } from '../core/angles.js';
import { getGradePreset } from '../grading/index.js';
import type { BaseParams, SceneDescription } from './description.js';
import type { LayoutResult, Instance } from './layout.js';
import { soleLight } from './sole-light.js';
import { motivatedLighting } from './motivated-light.js';
import { skylit } from './set-shell.js';
import { foregroundBlocked, occluded, showsShoulders } from './sight-lines.js';
import type { PlannedShot } from './breakdown.js';
import { keyLightOf } from './continuity.js';
import { GENRE_PROFILES, MOOD_WORDS, TIME_WORDS, WEATHER_WORDS, PLACE_WORDS, DEFAULT_INTERIOR, DEFAULT_EXTERIOR } from './lexicon/index.js';

export const FRAME_ASPECT = 16 / 9;
const NIGHT = new Set(['night', 'midnight', 'dusk', 'blue-hour']);
/** Weathers that only dim or wet the sky: at twilight the time of day's light still sets the look. */
const SKY_WEATHERS = new Set(['overcast', 'rain', 'snow']);

export interface Choice {
  id: string;
  why: string;
}

export interface StructureResult {
  spec: SceneSpecInput;
  lighting: Choice;
  grade: Choice;
  /** Shot id → camera placement, and the instances each shot is about. */
  cameras: Map<string, CameraPlacement>;
  subjects: Map<string, string[]>;
  warnings: string[];
}

function pick(id: string | undefined): LightingPreset | undefined {
  return id ? getLightingPreset(id) : undefined;
}

export function chooseLighting(desc: SceneDescription, params: BaseParams = {}): Choice {
  const { setting } = desc;
  const night = setting.timeOfDay ? NIGHT.has(setting.timeOfDay) : false;
  const candidates: [string | undefined, string][] = [];
  if (desc.lighting) candidates.push([desc.lighting, `the description asks for ${getLightingPreset(desc.lighting)?.label ?? desc.lighting} lighting`]);
  const brightness = params.lighting;
  if (brightness !== undefined && brightness <= 15) candidates.push([setting.interior ? 'low_key' : 'night', `base_params.lighting ${brightness}: dark and moody`]);
  if (brightness !== undefined && brightness >= 85) candidates.push([setting.interior ? 'high_key' : 'noon', `base_params.lighting ${brightness}: bright and even`]);
  const genre = desc.genre ? GENRE_PROFILES.find((g) => g.genre === desc.genre) : undefined;
  // A place whose usual light is already misty (a forest at first light) keeps it over the generic fog.
  const usual = placeLighting(desc, setting.place, night);
  // Under a glass roof the sky is the light, as it is outside: a greenhouse at dusk in rain is lit by a rainy dusk.
  const place = placeById(setting.place);
  const outside = !setting.interior || (!!place && skylit(place, setting));
  if (outside && setting.weather === 'fog' && pick(usual.id)?.environment?.fog) candidates.push([usual.id, `${usual.why}, misty already`]);
  // At dusk the fading sky is still the light, rain or not (the rain itself is drawn); a storm or fog sets its own.
  const twilight = setting.timeOfDay === 'dusk' || setting.timeOfDay === 'blue-hour';
  if (outside && setting.weather && setting.weather !== 'clear' && !(twilight && SKY_WEATHERS.has(setting.weather))) {
    const w = WEATHER_WORDS.find((x) => x.weather === setting.weather);
    candidates.push([night ? (w?.nightLighting ?? w?.lighting) : w?.lighting, `the weather is ${setting.weather}`]);
  }
  // The practical the text names lights the scene, unless the weather outside sets the look (rain at night on a neon street).
  const motivated = motivatedLighting(desc);
  if (motivated) candidates.push([motivated.id, motivated.why]);
  if (outside && setting.timeOfDay) candidates.push([TIME_WORDS.find((t) => t.time === setting.timeOfDay)?.lighting, `it is ${setting.timeOfDay.replace('-', ' ')}`]);
  if (genre) candidates.push([night ? genre.lighting.night : genre.lighting.day, `the genre is ${genre.genre}`]);
  for (const m of desc.mood) {
    const w = MOOD_WORDS.find((x) => x.mood === m);
    if (w?.lighting) candidates.push([w.lighting, `the mood is ${m}`]);
  }
  for (const [id, why] of candidates) if (pick(id)) return { id: id!, why };
  return placeLighting(desc, setting.place, night);
}

function placeLighting(desc: SceneDescription, placeId: string, night: boolean): Choice {
  const place = placeById(placeId);
  const id = place ? (night ? place.lighting.night : place.lighting.day) : desc.setting.interior ? 'three_point' : night ? 'night' : 'afternoon';
  return { id: pick(id) ? id : 'three_point', why: `the ${placeId.replace(/_/g, ' ')}'s usual light${night ? ' at night' : ''}` };
}

function placeById(id: string) {
  return PLACE_WORDS.find((p) => p.id === id) ?? (id === DEFAULT_EXTERIOR.id ? DEFAULT_EXTERIOR : id === DEFAULT_INTERIOR.id ? DEFAULT_INTERIOR : undefined);
}

export function chooseGrade(desc: SceneDescription): Choice {
  const genre = desc.genre ? GENRE_PROFILES.find((g) => g.genre === desc.genre) : undefined;
  if (genre && getGradePreset(genre.grade)) return { id: genre.grade, why: `the genre is ${genre.genre}` };
  for (const m of desc.mood) {
    const w = MOOD_WORDS.find((x) => x.mood === m);
    if (w?.grade && getGradePreset(w.grade)) return { id: w.grade, why: `the mood is ${m}` };
  }
  const place = placeById(desc.setting.place);
  if (place?.grade && getGradePreset(place.grade)) return { id: place.grade, why: `the ${place.id.replace(/_/g, ' ')}'s look` };
  return { id: 'cinematic', why: 'the default cinematic grade' };
}

/** The shot's look: the grade, the genre's contrast and texture, base_params, and depth of field on close shots. */
function lookFor(shot: PlannedShot, desc: SceneDescription, params: BaseParams, grade: string, exposureEv: number): Record<string, unknown> {
  const genre = desc.genre ? GENRE_PROFILES.find((g) => g.genre === desc.genre) : undefined;
  const g = genre?.look ?? {};
  const contrast = params.contrast !== undefined ? (params.contrast - 50) / 100 : (g.contrast ?? 0);
  const bloom = params.hdr_bloom !== undefined ? params.hdr_bloom / 50 : (g.bloom ?? 0);
  const brightness = params.lighting !== undefined && params.lighting > 15 && params.lighting < 85 ? (params.lighting - 50) / 30 : 0;
  const close = ['ECU', 'CU', 'MCU', 'INSERT', 'OTS'].includes(shot.size);
  return {
    toneMapping: 'agx',
    exposureEv: Math.round(Math.max(-16, Math.min(16, exposureEv + (g.exposureEv ?? 0) + brightness)) * 100) / 100,
    grade,
    contrast: Math.max(-1, Math.min(1, Math.round(contrast * 100) / 100)),
    ...(g.saturation !== undefined ? { saturation: g.saturation } : {}),
    ...(bloom > 0 ? { bloom: { intensity: Math.round(bloom * 100) / 100, threshold: 1, radius: 0.6 } } : {}),
    ...(g.grain ? { grain: { intensity: g.grain } } : {}),
    ...(g.vignette ? { vignette: { intensity: g.vignette, feather: 0.5 } } : {}),
    ...(close ? { depthOfField: { fStop: 2.8 } } : {}),
    // A wet street mirrors more than a polished floor.
    ...(desc.setting.atmosphere?.reflections ? { reflections: { intensity: desc.setting.atmosphere.weather?.type === 'rain' ? 0.8 : 0.4 } } : {}),
  };
}

/** Light shafts through smoke or dust scatter a little more than the preset's haze; none at all gets some. */
const SHAFT_DENSITY = 0.03;

/** The text's weather and light shafts on the environment the lighting preset wrote. */
function withAtmosphere(spec: SceneSpecInput, atmosphere: SceneDescription['setting']['atmosphere']): void {
  if (!atmosphere) return;
  const env = { ...(spec.environment ?? {}) } as NonNullable<SceneSpecInput['environment']> & Record<string, unknown>;
  if (atmosphere.weather) env.weather = { ...atmosphere.weather };
  if (atmosphere.volumetric) {
    const v = env.volumetric as { density?: number; anisotropy?: number } | undefined;
    env.volumetric = { density: Math.max(v?.density ?? 0, SHAFT_DENSITY), anisotropy: v?.anisotropy ?? 0.5 };
  }
  spec.environment = env;
}

/** How many fog lengths the set's far side may be, at most: e^-1.4, a quarter of its contrast still reads. */
const FOG_LENGTHS_ACROSS = 1.4;

/**
 * Fog and light-shaft haze thinned to the set: a preset's dense fog "hides everything beyond a few dozen metres",
 * but a wide shot of a 50 m harbour must still show its people, so across the set no more than FOG_LENGTHS_ACROSS.
 */
function fogForTheSet(spec: SceneSpecInput, layout: LayoutResult): void {
  const env = spec.environment as { fog?: { type: string; density?: number }; volumetric?: { density?: number } } | undefined;
  const [w, d] = layout.room.size;
  const most = FOG_LENGTHS_ACROSS / Math.max(1, Math.hypot(w, d));
  if (env?.fog?.type === 'exponential' && (env.fog.density ?? 0) > most) env.fog = { ...env.fog, density: Math.round(most * 10000) / 10000 };
  if (env?.volumetric && (env.volumetric.density ?? 0) > most) env.volumetric = { ...env.volumetric, density: Math.round(most * 10000) / 10000 };
}

/** The box around several boxes (at least one). */
export function unionBox(boxes: { min: readonly number[]; max: readonly number[] }[]): Box {
  return {
    min: [0, 1, 2].map((k) => Math.min(...boxes.map((b) => b.min[k]!))) as [number, number, number],
    max: [0, 1, 2].map((k) => Math.max(...boxes.map((b) => b.max[k]!))) as [number, number, number],
  };
}

/** Sizes that show one thing, not a row of them: a close shot of "torches" is one torch with the wall round it. */
const ONE_THING_SIZES = new Set(['ECU', 'CU', 'MCU', 'MS', 'INSERT', 'OTS']);
/** A group no wider than this many times its largest member is a cluster (a pile of cars, three barrels together). */
const CLUSTER_SPAN = 2.5;

/** Whether a group of things stands together, so that one frame of it reads as one subject. */
function isCluster(insts: Instance[]): boolean {
  const largest = Math.max(...insts.map((i) => largestExtent(i.placed.bounds)));
  return largestExtent(unionBox(insts.map((i) => i.placed.bounds))) <= CLUSTER_SPAN * largest;
}

const largestExtent = (b: { min: readonly number[]; max: readonly number[] }) => Math.max(...[0, 1, 2].map((k) => b.max[k]! - b.min[k]!));

function subjectsFor(shot: PlannedShot, layout: LayoutResult): Subject[] {
  return shot.subjects.flatMap((entity): Subject[] => {
    const insts = layout.instances.filter((i) => i.entity === entity);
    if (!insts.length) return [];
    const first = insts[0]!;
    // A shot of "three barrels" frames all three when they stand together; spread along a corridor, a close shot
    // frames the first, as it does the first of the torches. A person is one figure.
    const group = first.kind === 'person' || (ONE_THING_SIZES.has(shot.size) && !isCluster(insts)) ? [first] : insts;
    const box = unionBox(group.map((i) => i.placed.bounds));
    const yaw = (first.placed.yawDeg * Math.PI) / 180;
    const forward: [number, number, number] = [Math.sin(yaw), 0, Math.cos(yaw)];
    // "Close-up of her hands": the hands are the subject, framed as a thing is, wherever the pose holds them.
    const limbs = first.kind === 'person' && shot.part ? limbShot(first.placed.params, first.placed.position, first.placed.yawDeg, shot.part) : undefined;
    if (limbs) return [{ id: first.id, person: false, ...limbs }];
    const framing = first.kind === 'person' ? personFraming(first.placed.params, first.placed.position, first.placed.yawDeg) : undefined;
    return [{ id: first.id, box, person: first.kind === 'person', forward, ...(framing ?? {}) }];
  });
}

function sceneBox(layout: LayoutResult): Box {
  const [w, d, h] = layout.room.size;
  if (layout.room.interior) return { min: [-w / 2, 0, -d / 2], max: [w / 2, h, d / 2] };
  // The action, not the set: what the place dresses itself with, and a named front standing in a street's row.
  const onFloor = (i: Instance) => Math.abs((i.placed.bounds.min[0] + i.placed.bounds.max[0]) / 2) <= w / 2;
  const inst = layout.instances.filter((i) => (!i.furnishing || layout.instances.length < 4) && onFloor(i));
  const use = inst.length ? inst : layout.instances;
  if (!use.length) return { min: [-5, 0, -5], max: [5, 2, 5] };
  return unionBox(use.map((i) => i.placed.bounds));
}

/** The widest lens a pulled-in camera may go to: wider distorts faces more than a previs frame should. */
const WIDEST_MM = 14;

/**
 * Pulls a camera that the grammar put beyond the walls back inside the room, along its line of sight, and widens
 * the lens by as much as it came in, so the subject keeps the size its shot size says (what a DP does in a small
 * room). A lens the text wrote (`keepLens`) stays: the frame is then tighter than the size, and says so by its lens.
 */
export function clampToRoom(p: CameraPlacement, room: Box | undefined, keepLens = false): CameraPlacement {
  if (!room) return p;
  const m = 0.15;
  const inside = (v: Vector3) => v.x >= room.min[0] + m && v.x <= room.max[0] - m && v.z >= room.min[2] + m && v.z <= room.max[2] - m && v.y >= 0.1 && v.y <= room.max[1] - m;
  const pos = new Vector3(...p.position);
  if (inside(pos)) return p;
  // A subject on a wall (a window, a picture) is pulled in from just off the wall.
  const anchor = new Vector3(...p.anchor).clamp(new Vector3(room.min[0] + m, 0.1, room.min[2] + m), new Vector3(room.max[0] - m, room.max[1] - m, room.max[2] - m));
  // Binary search along anchor → camera for the farthest point still inside.
  let lo = 0;
  let hi = 1;
  for (let k = 0; k < 30; k++) {
    const mid = (lo + hi) / 2;
    if (inside(anchor.clone().lerp(pos, mid))) lo = mid;
    else hi = mid;
  }
  return pullIn(p, lo, keepLens, anchor);
}

/** The camera moved to `share` of its distance from the anchor, along its line of sight, its lens widened as much (down to WIDEST_MM) unless kept. */
function pullIn(p: CameraPlacement, share: number, keepLens: boolean, anchor = new Vector3(...p.anchor)): CameraPlacement {
  const pos = new Vector3(...p.position);
  const moved = anchor.clone().lerp(pos, share);
  const delta = moved.clone().sub(pos);
  const focalLengthMm = keepLens ? p.focalLengthMm : Math.max(Math.min(WIDEST_MM, p.focalLengthMm), p.focalLengthMm * share);
  const verticalFovDeg = radToDeg(2 * Math.atan(DEFAULT_SENSOR_MM[1] / (2 * focalLengthMm)));
  return { ...p, position: moved.toArray(), target: new Vector3(...p.target).add(delta).toArray(), focusDistance: p.focusDistance * share, near: Math.min(p.near, Math.max(0.01, p.focusDistance * share * 0.5)), focalLengthMm, verticalFovDeg };
}

/** How far in a blocked camera may come, as shares of its distance: past a foreground, not onto the subject. */
const PULL_IN = [1, 0.75, 0.55];

function keepInside(p: CameraPlacement, layout: LayoutResult, keepLens = false): CameraPlacement {
  const [w, d, h] = layout.room.size;
  if (layout.room.interior) return clampToRoom(p, { min: [-w / 2, 0, -d / 2], max: [w / 2, h, d / 2] }, keepLens);
  // A street lined with buildings is a room open at its ends and to the sky: the camera stays between the
  // buildings' walls — on the boardwalk or under an awning, not inside a shop.
  const walls = facadeLine(layout);
  return walls ? clampToRoom(p, { min: [-walls, 0, -OPEN], max: [walls, OPEN, OPEN] }, keepLens) : p;
}

/** How far from the street's middle the nearest building wall of a lined street stands (a front is as deep as its `depth`, centred on its position), or undefined. */
function facadeLine(layout: LayoutResult): number | undefined {
  type Front = { tags?: string[]; position?: number[]; geometry: { depth?: number } };
  const fronts = ((layout.spec.objects ?? []) as Front[]).filter((o) => o.tags?.includes('frontage'));
  if (!fronts.length) return undefined;
  return Math.min(...fronts.map((o) => Math.abs(o.position?.[0] ?? 0) - (o.geometry.depth ?? 0) / 2)) - FACADE_CLEARANCE_M;
}

/** How far off a wall a camera stands, metres. */
const FACADE_CLEARANCE_M = 0.3;

/** How far an open side of a set reaches, metres: no camera goes that far. */
const OPEN = 1e4;

/** How high the reverse of an establishing shot stands for each angle: low near the floor, high under the ceiling (a share of the room's height). */
const REVERSE_HEIGHT: Partial<Record<PlannedShot['angle'], (h: number) => number>> = { low: () => 0.5, high: (h) => 0.85 * h, 'birds-eye': (h) => 0.9 * h };

/** The set from the other end: the establishing camera turned round to look back at the front wall, at the shot's height. */
function reverseEstablishing(e: CameraPlacement, angle: PlannedShot['angle'], layout: LayoutResult): CameraPlacement {
  const h = layout.room.size[2];
  const height = REVERSE_HEIGHT[angle];
  const y = height ? Math.min(h - 0.3, Math.max(0.3, height(h))) : e.position[1];
  const flip = ([x, py, z]: [number, number, number]): [number, number, number] => [-x, py, -z];
  return { ...e, position: [-e.position[0], y, -e.position[2]], target: flip(e.target), anchor: flip(e.anchor) };
}

/** The establishing shot of an interior: from just inside the front wall, wide enough for the room. */
function interiorEstablishing(layout: LayoutResult): CameraPlacement {
  const [w, d, h] = layout.room.size;
  const position: [number, number, number] = [0, Math.min(h - 0.3, 1.7), d / 2 - 0.3];
  const target: [number, number, number] = [0, Math.min(h * 0.35, 1.0), -d / 2];
  // Wide enough to see the side walls at the room's middle.
  const hfov = 2 * Math.atan(w / 2 / Math.max(1, d / 2 - 0.3));
  const vfov = Math.min(75, Math.max(35, radToDeg(verticalFromHorizontalFov(hfov, FRAME_ASPECT))));
  const focal = focalLengthForFov(degToRad(vfov), DEFAULT_SENSOR_MM[1]);
  const dist = Math.hypot(position[0] - target[0], position[1] - target[1], position[2] - target[2]);
  return { position, target, rollDeg: 0, verticalFovDeg: vfov, focalLengthMm: focal, near: 0.05, far: Math.max(50, d * 3), focusDistance: dist * 0.5, anchor: target, anchorScreen: [0.5, 0.5] };
}

export function structure(desc: SceneDescription, layout: LayoutResult, shots: PlannedShot[], params: BaseParams = {}): StructureResult {
  const warnings: string[] = [];
  const lighting = chooseLighting(desc, params);
  const grade = chooseGrade(desc);
  const genre = desc.genre ? GENRE_PROFILES.find((g) => g.genre === desc.genre) : undefined;
  const fovFocal = params.fov !== undefined ? focalLengthForFov(degToRad(params.fov), DEFAULT_SENSOR_MM[1]) : undefined;

  // Light the scene around its main subject: its people, else what the text named first.
  const main = layout.instances.filter((i) => i.kind === 'person').map((i) => i.id);
  const named = layout.instances.filter((i) => !i.furnishing).map((i) => i.id);
  const subjects = main.length ? main : named.slice(0, 3);
  const base: SceneSpecInput = { ...layout.spec, shots: [{ id: 'meter', ...(subjects.length ? { subjects } : {}) }] } as SceneSpecInput;
  const lit = applyLightingPreset(base, parseSpec(base), getLightingPreset(lighting.id)!, { keepLights: true, practicalsOnly: soleLight(desc), ...(subjects.length ? { subjects } : {}) });
  const spec = lit.spec as SceneSpecInput & { shots: NonNullable<SceneSpecInput['shots']> };
  withAtmosphere(spec, desc.setting.atmosphere);
  fogForTheSet(spec, layout);
  const exposureEv = (spec.shots[0]?.look as { exposureEv?: number } | undefined)?.exposureEv ?? 0;
  if (params.color_temp !== undefined) {
    const key = keyLightOf(spec.lights ?? []);
    if (key) (key as { color: unknown }).color = { kelvin: params.color_temp };
  }

  const cameras = new Map<string, CameraPlacement>();
  const shotSubjects = new Map<string, string[]>();
  const ctx: ShotContext = { layout, scene: sceneBox(layout), establishing: layout.room.interior ? interiorEstablishing(layout) : undefined, genre, fovFocal };
  const specCameras: NonNullable<SceneSpecInput['cameras']> = [];
  const specShots: NonNullable<SceneSpecInput['shots']> = [];
  for (const shot of shots) {
    const subj = subjectsFor(shot, layout);
    const placement = cameraFor(shot, subj, ctx);
    cameras.set(shot.id, placement);
    shotSubjects.set(shot.id, subj.map((s) => s.id));
    specCameras.push(specCamera(shot, placement));
    specShots.push({
      id: shot.id,
      camera: `cam-${shot.id}`,
      title: `${shot.size}${shot.angle !== 'eye' ? ` ${shot.angle}` : ''}${subj.length ? ` — ${shot.subjects.map((s) => desc.entities.find((e) => e.id === s)?.name ?? s).join(' / ')}` : ''}`.slice(0, 200),
      description: shot.description.slice(0, 2000),
      durationS: shot.durationS,
      shotSize: shot.size,
      angle: shot.angle,
      subjects: subj.map((s) => s.id),
      ...(shot.focalLengthMm ? { focalLengthMm: shot.focalLengthMm } : {}),
      ...(shot.move ? { move: shot.move } : {}),
      look: lookFor(shot, desc, params, grade.id, exposureEv),
    } as NonNullable<SceneSpecInput['shots']>[number]);
  }
  spec.cameras = specCameras;
  spec.shots = specShots;
  return { spec, lighting, grade, cameras, subjects: shotSubjects, warnings };
}

/** What placing each shot's camera reads. */
interface ShotContext {
  layout: LayoutResult;
  scene: Box;
  /** The interior's own establishing camera (wide enough to see the side walls), when the set is a room. */
  establishing: CameraPlacement | undefined;
  genre: (typeof GENRE_PROFILES)[number] | undefined;
  /** base_params' field of view as a focal length. */
  fovFocal: number | undefined;
}

function cameraFor(shot: PlannedShot, subj: Subject[], { layout, scene, establishing, genre, fovFocal }: ShotContext): CameraPlacement {
  // A lens the text wrote wins over base_params' field of view.
  const focal = shot.focalLengthMm ?? fovFocal;
  const looker = shot.pov ? layout.instances.find((i) => i.entity === shot.pov) : undefined;
  if (looker) return keepInside(povPlacement(looker, subj, scene, focal), layout, !!shot.focalLengthMm);
  if (!subj.length && establishing && (shot.size === 'WS' || shot.size === 'EWS') && !shot.focalLengthMm) return shot.angle === 'eye' ? establishing : reverseEstablishing(establishing, shot.angle, layout);
  const request = {
    size: shot.size,
    angle: shot.angle,
    composition: shot.composition,
    subjects: subj,
    scene,
    aspect: FRAME_ASPECT,
    ...(focal ? { focalLengthMm: focal } : genre?.focalLengthScale && shot.size !== 'EWS' ? { focalLengthScale: genre.focalLengthScale } : {}),
  };
  let placement = placeCamera(request);
  let onLine: typeof request & { azimuthDeg?: number } = request;
  if ((shot.conversation || shot.size === 'TWO') && subj.length === 2) {
    // Shot/reverse and the two-shot stay on the establishing camera's side of the line between the two.
    const reverse = { ...request, azimuthDeg: shot.size === 'TWO' ? 180 : -20 };
    const other = placeCamera(reverse);
    const side = (c: CameraPlacement) => lineSide(subj[0]!.box, subj[1]!.box, c.position);
    const wanted = lineSide(subj[0]!.box, subj[1]!.box, establishing?.position ?? [0, 1.7, 100]);
    if (side(placement) !== wanted && side(other) === wanted) [placement, onLine] = [other, reverse];
  }
  // A lens the text wrote stays whatever the set does to the camera.
  const keepLens = !!shot.focalLengthMm;
  // An OTS holds the one it looks at; the other is the shoulder in the foreground, cut by the frame's edge.
  const held = holdSubjects(keepInside(placement, layout, keepLens), shot.size === 'OTS' ? subj.slice(0, 1) : subj, keepLens);
  if (shot.size === 'OTS') return keepLens ? held : shoulderKept(held, onLine, subj, layout);
  if (shot.size === 'TWO') return held;
  // Something stands between the camera and its subject (a fireplace before the cat) or fills the foreground (a
  // tree's crown at the lens): walk round the subject, or the set, then come in closer on a wider lens.
  const blocked = (c: CameraPlacement) => occluded(c, subj, anchorsOf(subj), layout) || foregroundBlocked(c, subj, layout, FRAME_ASPECT);
  // A wall close behind the camera's place (a monk at a desk against the wall, seen from the wall's side) forces a
  // lens far wider than the shot's, which bends a face: walk round to where the room gives the camera space.
  const cramped = (c: CameraPlacement, wanted: CameraPlacement) => !keepLens && c.focalLengthMm < wanted.focalLengthMm * CRAMPED_SHARE;
  const heldClear = !blocked(held);
  if (heldClear && !cramped(held, placement)) return held;
  // The first clear and roomy place round the subject; failing that, a clear held view, else the first clear one.
  let clear: CameraPlacement | undefined;
  for (const share of PULL_IN) {
    for (const azimuthDeg of share === 1 ? ORBIT : [0, ...ORBIT]) {
      const pulled = pullIn(placeCamera({ ...request, azimuthDeg }), share, keepLens);
      const moved = holdSubjects(keepInside(pulled, layout, keepLens), subj, keepLens);
      if (blocked(moved) || !allInFrame(moved, anchorsOf(subj), FRAME_ASPECT)) continue;
      if (!cramped(moved, pulled)) return moved;
      clear ??= moved;
    }
  }
  return heldClear ? held : (clear ?? held);
}

/** A camera the walls pulled in to a lens below this share of its own is cramped, and looks for a roomier side. */
const CRAMPED_SHARE = 0.6;

/** Shorter lenses an OTS falls back to, as shares of its own, when the set stops it stepping back far enough. */
const OTS_SHORTER = [0.7, 0.5, 0.35];
const OTS_SHORTEST_MM = 28;

/**
 * An OTS whose camera the set pulled in (a street's fronts, a room's wall behind the shoulder) can lose the
 * shoulder off the frame's edge on its long lens: the same shot on a shorter lens, solved again, keeps it.
 */
function shoulderKept(held: CameraPlacement, request: Parameters<typeof placeCamera>[0], subj: Subject[], layout: LayoutResult): CameraPlacement {
  const shoulder = subj[1];
  if (!shoulder || showsShoulders(held, shoulder, FRAME_ASPECT)) return held;
  for (const k of OTS_SHORTER) {
    const focalLengthMm = Math.max(OTS_SHORTEST_MM, held.focalLengthMm * k);
    const tried = holdSubjects(keepInside(placeCamera({ ...request, focalLengthMm }), layout), subj.slice(0, 1), false);
    if (showsShoulders(tried, shoulder, FRAME_ASPECT)) return tried;
    if (focalLengthMm === OTS_SHORTEST_MM) break;
  }
  return held;
}

/** Where round its subject a camera looks for a clear view when its first place is blocked, nearest first. */
const ORBIT = [45, -45, 90, -90, 135, -135, 180];

/** What a shot's subjects are framed by: a person's eyes, a thing's centre. */
function anchorsOf(subj: Subject[]): [number, number, number][] {
  return subj.map((s) => s.eyes ?? ([0, 1, 2].map((k) => (s.box.min[k]! + s.box.max[k]!) / 2) as [number, number, number]));
}

/**
 * A camera whose subjects the room pushed out of frame (a two-shot against a wall) widens its lens to hold them,
 * unless the text wrote the lens; what still cannot be held is left to the frame check after rendering.
 */
function holdSubjects(p: CameraPlacement, subj: Subject[], writtenLens: boolean): CameraPlacement {
  const points = anchorsOf(subj);
  if (!points.length || writtenLens || allInFrame(p, points, FRAME_ASPECT)) return p;
  return widenToHold(p, points, FRAME_ASPECT) ?? p;
}

function specCamera(shot: PlannedShot, placement: CameraPlacement): NonNullable<SceneSpecInput['cameras']>[number] {
  return {
    id: `cam-${shot.id}`,
    position: round3(placement.position),
    target: round3(placement.target),
    focalLengthMm: Math.round(placement.focalLengthMm * 10) / 10,
    rollDeg: placement.rollDeg,
    near: Math.max(0.01, Math.round(placement.near * 1000) / 1000),
    far: Math.max(placement.near + 1, Math.round(placement.far)),
    fStop: ['ECU', 'CU', 'MCU', 'INSERT', 'OTS'].includes(shot.size) ? 2.8 : 5.6,
    focusDistance: Math.max(0.05, Math.round(placement.focusDistance * 1000) / 1000),
  };
}

/** Eye height as a share of a standing figure's height. */
const EYE_HEIGHT_SHARE = 0.93;
/** A POV lens when the text names none: a normal lens, close to what the eye sees. */
const POV_FOCAL_MM = 35;

/** A point-of-view camera: at the looker's eyes, a little in front of the face, looking at what they see. */
function povPlacement(looker: Instance, subj: Subject[], scene: Box, focalMm: number | undefined): CameraPlacement {
  const b = looker.placed.bounds;
  const yaw = (looker.placed.yawDeg * Math.PI) / 180;
  const forward = new Vector3(Math.sin(yaw), 0, Math.cos(yaw));
  const eye = new Vector3((b.min[0] + b.max[0]) / 2, b.min[1] + (b.max[1] - b.min[1]) * EYE_HEIGHT_SHARE, (b.min[2] + b.max[2]) / 2).addScaledVector(forward, 0.25);
  const seen = subj.filter((s) => s.id !== looker.id)[0];
  const target = seen ? new Vector3((seen.box.min[0] + seen.box.max[0]) / 2, (seen.box.min[1] + seen.box.max[1]) / 2, (seen.box.min[2] + seen.box.max[2]) / 2) : eye.clone().addScaledVector(forward, 3);
  const focal = focalMm ?? POV_FOCAL_MM;
  const vfov = radToDeg(2 * Math.atan(DEFAULT_SENSOR_MM[1] / (2 * focal)));
  const dist = eye.distanceTo(target);
  const span = Math.hypot(scene.max[0] - scene.min[0], scene.max[1] - scene.min[1], scene.max[2] - scene.min[2]);
  return { position: eye.toArray(), target: target.toArray(), rollDeg: 0, verticalFovDeg: vfov, focalLengthMm: focal, near: 0.05, far: Math.max(50, span * 2), focusDistance: Math.max(0.1, dist), anchor: target.toArray(), anchorScreen: [0.5, 0.5] };
}

const round3 = (v: [number, number, number]): [number, number, number] => v.map((x) => Math.round(x * 1000) / 1000) as [number, number, number];


/** Which side of the line through two subjects (seen from above) a point lies on: +1 or −1. */
export function lineSide(a: Box, b: Box, p: [number, number, number]): number {
  const ax = (a.min[0] + a.max[0]) / 2;
  const az = (a.min[2] + a.max[2]) / 2;
  const bx = (b.min[0] + b.max[0]) / 2;
  const bz = (b.min[2] + b.max[2]) / 2;
  const cross = (bx - ax) * (p[2] - az) - (bz - az) * (p[0] - ax);
  return cross >= 0 ? 1 : -1;
}

export type { Instance };
