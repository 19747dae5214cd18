/**
 * Lighting presets are data: lights placed relative to the subject and the camera, never at fixed world
 * positions, so one preset lights a 30 cm product and a 2 m actor alike.
 */

export type LightingCategory = 'studio' | 'cinematic' | 'time-of-day' | 'weather';

export type LightRole = 'key' | 'fill' | 'rim' | 'hair' | 'background' | 'kicker' | 'practical' | 'sun' | 'moon' | 'sky' | 'bounce' | 'accent';

export interface PresetLight {
  role: LightRole;
  type: 'point' | 'spot' | 'area' | 'directional';
  /**
   * Around the subject, degrees: 0 = from the camera's side (front), +90 = camera-right, -90 = camera-left,
   * ±180 = from behind the subject.
   */
  azimuthDeg: number;
  /** Above the subject's centre, degrees: 0 = level, 90 = straight above, negative = from below. */
  elevationDeg: number;
  /** Distance from the subject's centre in subject heights (a 1.75 m person at 2 = 3.5 m). Ignored for directional. */
  distance: number;
  /** Colour temperature in kelvin (1000–40000) or a gel colour as sRGB hex. */
  kelvin?: number;
  color?: string;
  /**
   * Illuminance the light puts on the subject, lux — what a gaffer meters. The builder turns it into candela
   * (E·d²) or lux (directional), so the ratios hold at any scale.
   */
  illuminanceLux: number;
  /** Area lights: emitter size in subject heights ([width, height]); spots: full cone angle. */
  size?: [number, number];
  coneAngleDeg?: number;
  penumbra?: number;
  castShadow?: boolean;
  /** What the light is aimed at: the subject (default) or the background behind it. */
  aim?: 'subject' | 'background';
}

export interface PresetEnvironment {
  background?: string;
  /** Ambient fill in lux. */
  ambientLux?: number;
  ambientColor?: string;
  sky?: { type: 'none' } | { type: 'procedural'; sunElevationDeg: number; sunAzimuthDeg?: number; turbidity?: number; strength?: number };
  fog?: { type: 'none' } | { type: 'exponential'; color: string; density: number } | { type: 'linear'; color: string; near: number; far: number };
  /** Volumetric scattering (god rays) density per metre and anisotropy (-1 back, 0 even, 1 forward). */
  volumetric?: { density: number; anisotropy: number };
}

export interface LightingPreset {
  id: string;
  category: LightingCategory;
  label: string;
  /** One or two sentences: what it looks like and when to use it. */
  description: string;
  moods: string[];
  tags: string[];
  lights: PresetLight[];
  environment?: PresetEnvironment;
  /** Suggested exposure compensation for renders, stops. */
  exposureEv?: number;
  /** Light animation each light should get, by role (flickering torches, lightning). */
  animation?: { role: LightRole; kind: 'candle' | 'torch' | 'fire' | 'neon' | 'lightning' | 'pulse' }[];
}
