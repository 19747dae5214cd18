/**
 * Image-model interop: for every shot a Bria-FIBO-style structured prompt, written from the scene as built —
 * what is in frame and where (projected through the shot's camera), how it is lit (the key light as this camera
 * sees it), the composition, grade and lens — so an image model conditioned on the shot's depth and mask images
 * gets a description that agrees with them.
 */
import { PerspectiveCamera, Vector3 } from 'three';
import type { SceneSpec } from '../scene/schema.js';
import type { WorldBounds } from '../geometry/bounds.js';
import { getLightingPreset } from '../library/lighting/index.js';
import { getGradePreset } from '../grading/index.js';
import { getMaterialPreset } from '../library/materials/index.js';
import type { SceneDescription } from './description.js';
import type { Instance } from './layout.js';
import { instanceColour } from './report.js';
import { colourName } from './colour-name.js';
import { DEFAULT_FOCAL_LENGTH_MM, focalLengthForFov, verticalFovDeg } from '../camera/index.js';
import { degToRad, radToDeg } from '../core/angles.js';

export interface FiboObject {
  description: string;
  location: string;
  relative_size: 'small' | 'medium' | 'large';
  shape_and_color: string;
  texture: string;
  relationship: string;
  orientation?: string;
  pose?: string;
  number_of_objects?: number;
}

export interface FiboPrompt {
  short_description: string;
  objects: FiboObject[];
  background_setting: string;
  lighting: { conditions: string; direction: string; shadows: string };
  aesthetics: { composition: string; color_scheme: string; mood_atmosphere: string };
  photographic_characteristics: { depth_of_field: string; focus: string; camera_angle: string; lens_focal_length: string };
  style_medium: string;
  context: string;
  artistic_style: string;
  /** Control images beside it, relative to the prompt file. */
  control_images?: { depth?: string; mask?: string };
}

const SIZE_WORDS: Record<string, string> = { ECU: 'extreme close-up', CU: 'close-up', MCU: 'medium close-up', MS: 'medium shot', MLS: 'medium long shot', FS: 'full shot', WS: 'wide shot', EWS: 'extreme wide establishing shot', OTS: 'over-the-shoulder shot', TWO: 'two-shot', INSERT: 'insert close-up' };
const ANGLE_WORDS: Record<string, string> = { eye: 'eye level', high: 'high angle, looking down', low: 'low angle, looking up', 'birds-eye': "bird's-eye view, straight down", 'worms-eye': "worm's-eye view from the ground", dutch: 'dutch angle, tilted frame' };
const TEXTURE: Record<string, string> = { metal: 'metallic', precious: 'polished, precious metal', stone: 'stone, matte', wood: 'wood grain', fabric: 'soft fabric', glass: 'glass, transparent', liquid: 'liquid, glossy', ceramic: 'glazed ceramic', plastic: 'plastic', paint: 'painted', organic: 'organic', nature: 'natural', emissive: 'glowing', scifi: 'sci-fi panelling', concrete: 'concrete', paper: 'paper', food: 'food' };

function project(cam: PerspectiveCamera, p: Vector3): { x: number; y: number; depth: number; inFront: boolean } {
  const v = p.clone().project(cam);
  const depth = p.clone().applyMatrix4(cam.matrixWorldInverse).z * -1;
  return { x: (v.x + 1) / 2, y: (1 - v.y) / 2, depth, inFront: depth > 0 };
}

function cameraFor(spec: SceneSpec, shotId: string): { cam: PerspectiveCamera; fStop: number; focal: number } | undefined {
  const shot = spec.shots.find((s) => s.id === shotId);
  const c = shot?.camera ? spec.cameras.find((x) => x.id === shot.camera) : undefined;
  if (!c) return undefined;
  const focal = c.focalLengthMm ?? (c.verticalFovDeg !== undefined ? focalLengthForFov(degToRad(c.verticalFovDeg), c.sensorMm[1]) : DEFAULT_FOCAL_LENGTH_MM);
  const fov = c.verticalFovDeg ?? verticalFovDeg(focal, c.sensorMm);
  const cam = new PerspectiveCamera(fov, 16 / 9, c.near, c.far);
  cam.position.set(...c.position);
  cam.lookAt(new Vector3(...c.target));
  cam.updateMatrixWorld();
  return { cam, fStop: c.fStop, focal };
}

type FiboArgs = { spec: SceneSpec; desc: SceneDescription; instances: Instance[]; bounds: Map<string, WorldBounds>; shotId: string; lightingPreset: string; gradePreset: string; controlImages?: FiboPrompt['control_images'] };

/** The objects the shot's camera sees, described by place in frame and size, repeats counted; subjects first. */
function visibleObjects(args: FiboArgs, cam: PerspectiveCamera): FiboObject[] {
  const { spec, instances, bounds, shotId } = args;
  const shot = spec.shots.find((s) => s.id === shotId)!;
  const objects: FiboObject[] = [];
  const seen = new Map<string, FiboObject>();
  for (const inst of instances) {
    const b = bounds.get(inst.id);
    if (!b) continue;
    const centre = new Vector3((b.min[0] + b.max[0]) / 2, (b.min[1] + b.max[1]) / 2, (b.min[2] + b.max[2]) / 2);
    const p = project(cam, centre);
    if (!p.inFront || p.x < -0.05 || p.x > 1.05 || p.y < -0.05 || p.y > 1.05) continue;
    const top = project(cam, new Vector3(centre.x, b.max[1], centre.z));
    const bottom = project(cam, new Vector3(centre.x, b.min[1], centre.z));
    const frac = Math.abs(bottom.y - top.y);
    const horizontal = p.x < 0.38 ? 'left' : p.x > 0.62 ? 'right' : 'center';
    const depthWord = p.depth < 2 ? 'foreground' : p.depth < 6 ? 'midground' : 'background';
    const key = `${inst.entity}|${horizontal}|${depthWord}`;
    const existing = seen.get(key);
    if (existing) {
      existing.number_of_objects = (existing.number_of_objects ?? 1) + 1;
      continue;
    }
    const obj = describeObject(args, inst, cam, `${horizontal} ${depthWord}`, frac > 0.45 ? 'large' : frac > 0.15 ? 'medium' : 'small', shot.subjects.includes(inst.id));
    seen.set(key, obj);
    objects.push(obj);
  }
  const sizes = ['small', 'medium', 'large'];
  const isSubject = (o: FiboObject) => Number(o.relationship === 'the subject of the shot');
  return objects.sort((a, b) => isSubject(b) - isSubject(a) || sizes.indexOf(b.relative_size) - sizes.indexOf(a.relative_size));
}

function describeObject(args: FiboArgs, inst: Instance, cam: PerspectiveCamera, location: string, relativeSize: FiboObject['relative_size'], subject: boolean): FiboObject {
  const { spec, instances } = args;
  const { preset, rgb } = instanceColour(spec, inst);
  const family = preset ? getMaterialPreset(preset)?.family : undefined;
  const o = spec.objects.find((x) => x.id === inst.id);
  const pose = o?.geometry && (o.geometry as { pose?: string }).pose;
  const support = inst.supportedBy ? instances.find((i) => i.id === inst.supportedBy) : undefined;
  return {
    description: `${inst.kind === 'person' ? 'a figure' : 'a'} ${inst.name}`.replace(/^a a /, 'a '),
    location,
    relative_size: relativeSize,
    shape_and_color: `${colourName(rgb)} ${inst.kind.replace(/_/g, ' ')}`,
    texture: family ? (TEXTURE[family] ?? family) : 'matte',
    relationship: support ? `resting on the ${support.name}` : subject ? 'the subject of the shot' : 'part of the setting',
    ...(inst.kind === 'person' ? { orientation: facingWords(cam, o?.rotation?.[1] ?? 0) } : {}),
    ...(pose ? { pose: String(pose) } : {}),
  };
}

export function fiboPrompt(args: FiboArgs): FiboPrompt {
  const { spec, desc, instances, shotId } = args;
  const shot = spec.shots.find((s) => s.id === shotId)!;
  const view = cameraFor(spec, shotId)!;
  const { cam } = view;
  const objects = visibleObjects(args, cam);

  const preset = getLightingPreset(args.lightingPreset);
  const grade = getGradePreset(args.gradePreset);
  const key = spec.lights.find((l) => l.tags.includes('key') || l.tags.includes('sun'));
  const setting = desc.setting;
  const place = setting.place.replace(/[_-]/g, ' ');
  const time = setting.timeOfDay?.replace('-', ' ');
  const subjectNames = shot.subjects.map((id) => instances.find((i) => i.id === id)?.name ?? id);
  const focusOn = subjectNames[0] ?? 'the scene';
  const deep = view.fStop >= 5.6 || shot.shotSize === 'WS' || shot.shotSize === 'EWS';
  return {
    short_description: `${SIZE_WORDS[shot.shotSize ?? 'MS'] ?? 'shot'} of ${subjectNames.length ? subjectNames.join(' and ') : `the ${place}`}${time ? ` at ${time}` : ''}: ${shot.description ?? desc.title ?? ''}`.slice(0, 400),
    objects: objects.slice(0, 12),
    background_setting: `${setting.interior ? 'inside' : 'outside,'} a ${setting.era !== 'any' ? `${setting.era} ` : ''}${place}${setting.weather && setting.weather !== 'clear' ? `, ${setting.weather}` : ''}${time ? `, ${time}` : ''}`,
    lighting: {
      conditions: preset ? `${preset.label.toLowerCase()}: ${preset.description}` : 'natural light',
      direction: key ? keyDirection(cam, key) : 'even, from all around',
      shadows: key && (key.type === 'directional' || (key.type !== 'area' && (key as { radius?: number }).radius! < 0.1)) ? 'hard, well-defined shadows' : 'soft shadows with gentle falloff',
    },
    aesthetics: {
      composition: `${SIZE_WORDS[shot.shotSize ?? 'MS'] ?? 'shot'}, ${shot.composition === 'centered' ? 'subject centred' : shot.composition === 'auto' ? 'rule of thirds with looking room' : shot.composition.replace('-', ' ')}`,
      color_scheme: grade ? `${grade.label.toLowerCase()} grade: ${grade.description}` : 'natural colour',
      mood_atmosphere: [...desc.mood, ...(preset?.moods ?? [])].slice(0, 5).join(', ') || 'neutral',
    },
    photographic_characteristics: {
      depth_of_field: deep ? 'deep, everything in focus' : `shallow, f/${view.fStop}`,
      focus: `on ${focusOn}`,
      camera_angle: ANGLE_WORDS[shot.angle ?? 'eye'] ?? 'eye level',
      lens_focal_length: `${Math.round(view.focal)}mm`,
    },
    style_medium: 'photograph, cinematic film still',
    context: `storyboard frame ${shot.id} for a ${desc.genre ?? 'drama'} scene`,
    artistic_style: grade ? grade.label.toLowerCase() : 'cinematic',
    ...(args.controlImages ? { control_images: args.controlImages } : {}),
  };
}

function facingWords(cam: PerspectiveCamera, yawDeg: number): string {
  const forward = new Vector3(Math.sin(degToRad(yawDeg)), 0, Math.cos(degToRad(yawDeg)));
  const toCam = cam.position.clone().setY(0).normalize();
  const dot = forward.dot(toCam);
  return dot > 0.5 ? 'facing the camera' : dot < -0.5 ? 'facing away' : 'in profile';
}

function keyDirection(cam: PerspectiveCamera, key: SceneSpec['lights'][number]): string {
  const forward = new Vector3(0, 0, -1).applyQuaternion(cam.quaternion).setY(0).normalize();
  const right = forward.clone().cross(new Vector3(0, 1, 0)).normalize();
  const toLight = key.type === 'directional' ? new Vector3(...(key.direction ?? [0, -1, 0])).negate() : new Vector3(...key.position).sub(cam.position.clone().add(forward.clone().multiplyScalar(3)));
  const el = radToDeg(Math.asin(Math.max(-1, Math.min(1, toLight.clone().normalize().y))));
  const side = toLight.clone().setY(0).normalize().dot(right);
  const back = toLight.clone().setY(0).normalize().dot(forward) > 0.5;
  const h = back ? 'from behind the subject' : side < -0.3 ? 'from camera-left' : side > 0.3 ? 'from camera-right' : 'from the front';
  return `${h}, ${el > 45 ? 'high above' : el > 15 ? 'above' : el < -10 ? 'from below' : 'at eye level'}`;
}
