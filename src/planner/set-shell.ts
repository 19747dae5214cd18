/**
 * The set's shell: floor, four walls and a ceiling inside, the ground outside, in the place's materials or the
 * ones the text gives its surfaces ("a marble floor", "the glass roof"). Glass walls and roofs get the glazing
 * bars that make them read as glass at all — a clear pane alone renders as nothing — over a low solid wall.
 */
import type { SceneObject } from '../scene/object.js';
import { getMaterialPreset } from '../library/materials/index.js';
import type { SceneDescription } from './description.js';
import type { Room } from './placement-rules.js';
import { fitsPeriod } from './frontage.js';

/** Thin walls, so the room's inside faces sit exactly on its bounds. */
export const WALL = 0.1;
/** A glazing bay: the spacing of a greenhouse's or conservatory's bars, metres. */
const BAY_M = 1.2;
/** Glazing bars' section, metres. */
const BAR_M = 0.05;
/** The solid wall a glazed wall stands on, metres. */
const KNEE_WALL_M = 0.6;
/** How far bars and the knee wall stand proud of the glass's inner face, metres. */
const PROUD_M = 0.01;
const BAR_MATERIAL = 'enamel_paint_gloss_white';

type Vec3 = [number, number, number];

/** A preset that lets most light through (clear or tinted glass, not frosted shower screens). */
export function isGlazing(presetId: string | undefined): boolean {
  const pbr = presetId ? getMaterialPreset(presetId)?.pbr : undefined;
  return (pbr?.transmission ?? 0) >= 0.5 && (pbr?.roughness ?? 1) < 0.3;
}

/** The material preset of each surface: the text's when it names a real preset, else the place's. */
export function surfaceMaterials(room: Room, setting: SceneDescription['setting']): { floor: string; walls: string; ceiling: string | undefined } {
  const said = setting.surfaces ?? {};
  const { place } = room;
  const walls = validPreset(said.walls) ?? place.walls ?? 'plaster_white';
  const ceiling = validPreset(said.ceiling) ?? (place.ceiling !== undefined || room.size[2] < 6 ? (place.ceiling ?? walls) : undefined);
  return { floor: validPreset(said.floor) ?? place.floor, walls, ceiling };
}

/** A preset id the text (or an LLM) gave, when the library has it. */
const validPreset = (id: string | undefined) => (id && getMaterialPreset(id) ? id : undefined);

/** Whether daylight reaches the room through a glass roof (a greenhouse, "under the glass roof"): it is lit as outside. */
export function skylit(place: Room['place'], setting: SceneDescription['setting']): boolean {
  return setting.interior && isGlazing(surfaceMaterials({ interior: true, place, size: [...place.size] }, setting).ceiling);
}

export function buildShell(room: Room, setting: SceneDescription['setting'], genre: SceneDescription['genre']): { objects: SceneObject[]; materials: Record<string, unknown> } {
  const { place, interior, size } = room;
  const [w, d, h] = size;
  const objects: SceneObject[] = [];
  const piece = (id: string, geometry: Record<string, unknown>, position: Vec3, rotation: Vec3, material: string) =>
    objects.push({ id, geometry, position, rotation, material, castShadow: false, tags: ['set'] } as unknown as SceneObject);
  if (!interior) {
    const ground = place.grounds?.find((g) => fitsPeriod(g, setting.era, genre))?.ground;
    objects.push({ id: 'ground', geometry: { type: 'plane', size: [w * 3, d * 3] }, material: 'floor', castShadow: false, tags: ['set', 'ground'] } as unknown as SceneObject);
    return { objects, materials: { floor: { preset: validPreset(setting.surfaces?.floor) ?? ground ?? place.ground ?? place.floor } } };
  }
  const m = surfaceMaterials(room, setting);
  const materials: Record<string, unknown> = { floor: { preset: m.floor }, walls: { preset: m.walls } };
  piece('floor', { type: 'plane', size: [w, d] }, [0, 0, 0], [0, 0, 0], 'floor');
  piece('wall-back', { type: 'box', size: [w + 2 * WALL, h, WALL] }, [0, h / 2, -d / 2 - WALL / 2], [0, 0, 0], 'walls');
  piece('wall-left', { type: 'box', size: [WALL, h, d] }, [-w / 2 - WALL / 2, h / 2, 0], [0, 0, 0], 'walls');
  piece('wall-right', { type: 'box', size: [WALL, h, d] }, [w / 2 + WALL / 2, h / 2, 0], [0, 0, 0], 'walls');
  piece('wall-front', { type: 'box', size: [w + 2 * WALL, h, WALL] }, [0, h / 2, d / 2 + WALL / 2], [0, 0, 0], 'walls');
  if (m.ceiling) {
    materials.ceiling = { preset: m.ceiling };
    piece('ceiling', { type: 'plane', size: [w, d] }, [0, h, 0], [180, 0, 0], 'ceiling');
  }
  const glazedWalls = isGlazing(m.walls);
  const glazedRoof = isGlazing(m.ceiling);
  if (glazedWalls || glazedRoof) {
    materials['glazing-bars'] = { preset: BAR_MATERIAL };
    objects.push(...glazingBars(size, glazedWalls, glazedRoof));
  }
  if (glazedWalls) {
    // Glass walls stand on a low wall of the floor's stuff, as a greenhouse's or a shopfront's do.
    materials['knee-wall'] = { preset: m.floor };
    objects.push(...kneeWalls(size));
  }
  return { objects, materials };
}

/** Positions along a run of `length` metres, one bar per bay, ends included. */
function bays(length: number): number[] {
  const n = Math.max(1, Math.round(length / BAY_M));
  return Array.from({ length: n + 1 }, (_, k) => -length / 2 + (k * length) / n);
}

const setPart = (id: string, size: Vec3, position: Vec3, material: string): SceneObject =>
  ({ id, geometry: { type: 'box', size }, position, rotation: [0, 0, 0], material, castShadow: true, tags: ['set'] }) as unknown as SceneObject;

/** Upright bars on each glass wall and a rail at the eaves; bars across a glass roof at the same bays. */
function glazingBars([w, d, h]: Vec3, walls: boolean, roof: boolean): SceneObject[] {
  const out: SceneObject[] = [];
  const bar = (id: string, size: Vec3, at: Vec3) => out.push(setPart(id, size, at, 'glazing-bars'));
  // Bars sit in the glass, standing a centimetre proud of its inner face, so props against the wall never meet them.
  const inset = PROUD_M - BAR_M / 2;
  if (walls) {
    bays(w).forEach((x, k) => {
      bar(`glazing-back-${k}`, [BAR_M, h, BAR_M], [x, h / 2, -d / 2 + inset]);
      bar(`glazing-front-${k}`, [BAR_M, h, BAR_M], [x, h / 2, d / 2 - inset]);
    });
    bays(d).forEach((z, k) => {
      bar(`glazing-left-${k}`, [BAR_M, h, BAR_M], [-w / 2 + inset, h / 2, z]);
      bar(`glazing-right-${k}`, [BAR_M, h, BAR_M], [w / 2 - inset, h / 2, z]);
    });
    bar('glazing-eaves-back', [w, BAR_M, BAR_M], [0, h - inset, -d / 2 + inset]);
    bar('glazing-eaves-front', [w, BAR_M, BAR_M], [0, h - inset, d / 2 - inset]);
    bar('glazing-eaves-left', [BAR_M, BAR_M, d], [-w / 2 + inset, h - inset, 0]);
    bar('glazing-eaves-right', [BAR_M, BAR_M, d], [w / 2 - inset, h - inset, 0]);
  }
  if (roof) {
    bays(d).forEach((z, k) => bar(`glazing-roof-${k}`, [w, BAR_M, BAR_M], [0, h - inset, z]));
    bar('glazing-ridge', [BAR_M, BAR_M * 1.5, d], [0, h - inset, 0]);
  }
  return out;
}

/** The low solid wall under glass walls: around the glass's own lower edge, a centimetre proud of it on each side. */
function kneeWalls([w, d]: Vec3): SceneObject[] {
  const t = WALL + 2 * PROUD_M;
  const y = KNEE_WALL_M / 2;
  const off = WALL / 2;
  return [
    setPart('knee-wall-back', [w + 2 * WALL, KNEE_WALL_M, t], [0, y, -d / 2 - off], 'knee-wall'),
    setPart('knee-wall-front', [w + 2 * WALL, KNEE_WALL_M, t], [0, y, d / 2 + off], 'knee-wall'),
    setPart('knee-wall-left', [t, KNEE_WALL_M, d], [-w / 2 - off, y, 0], 'knee-wall'),
    setPart('knee-wall-right', [t, KNEE_WALL_M, d], [w / 2 + off, y, 0], 'knee-wall'),
  ];
}
