/**
 * What the Node driver asks the render page for, and what comes back. Large data never travels as JSON: the
 * page fetches the scene, environment and LUT from the driver's local server (paths relative to the page) and
 * posts its pixels back as raw bytes.
 */
import type { ShotAngle, ShotSize, Composition, CameraPlacement } from '../camera/index.js';
import type { Fog, Weather } from '../scene/environment.js';
import type { ShotMove } from '../scene/shot.js';

/** Where the camera comes from: a camera in the scene, the shot grammar, or an automatic establishing shot. */
export type View =
  | { kind: 'camera'; id: string }
  | { kind: 'grammar'; size: ShotSize; angle: ShotAngle; composition: Composition; subjects: string[]; focalLengthMm?: number; azimuthDeg?: number }
  | { kind: 'establishing' };

export type SkyJob =
  | { type: 'none' }
  | { type: 'procedural'; sun: { elevationDeg: number; azimuthDeg: number }; turbidity: number; strength: number }
  /** A neutral grey studio drawn by the page; strength is its mean luminance in cd/m². */
  | { type: 'studio'; strength: number }
  /** Equirectangular linear RGB, already rotated and saturation-adjusted, served as Float32 at /env.bin; `key` hashes it. */
  | { type: 'hdri'; width: number; height: number; strength: number; key: string };

export interface EnvironmentJob {
  /** '#rrggbb' sRGB or [r, g, b] linear, as in the spec. */
  background: string | [number, number, number];
  ambient: { color: string | [number, number, number]; intensity: number };
  fog: Fog;
  sky: SkyJob;
  volumetric?: { density: number; anisotropy: number };
  /** Falling rain or snow, or low mist; rain also wets upward-facing surfaces. */
  weather?: Weather;
}

export interface LookJob {
  toneMapping: 'agx' | 'aces' | 'neutral' | 'linear';
  exposureEv: number;
  /** Side of the grading LUT served at /lut.bin (RGBA Float32), or 0 for none. */
  lutSize: number;
  bloom?: { intensity: number; threshold: number; radius: number };
  depthOfField?: { fStop?: number; focusDistance?: number };
  vignette?: { intensity: number; feather: number };
  grain?: { intensity: number };
  chromaticAberration?: { offset: number };
  lensDistortion?: { k1: number };
  ssao?: { intensity: number; radius: number };
  /** Screen-space reflections on upward-facing surfaces (wet streets, polished floors). */
  reflections?: { intensity: number; maxDistance: number };
  /** Shutter angle for motion blur when the shot moves (180° = half the frame time); 0 turns it off. */
  motionBlur?: { shutterAngleDeg: number };
}

/** How the camera travels during the frame's exposure: the shot's move, at a frame rate. */
export interface MotionJob {
  move: ShotMove;
  fps: number;
}

/** A light's IES LM-63 profile (type C), as the page needs it: vertical 0° is down the light's axis. */
export interface IesJob {
  verticalDeg: number[];
  horizontalDeg: number[];
  /** Candela [horizontal][vertical], normalised to the peak (1). */
  relative: number[][];
}

export interface QualityJob {
  /** The beauty pass renders at this share of the output size (the driver scales it up). */
  resolutionScale: number;
  shadowMapSize: number;
  msaa: number;
  /** Resolution scale of the costly effects (depth of field, SSAO, bloom). */
  effectsScale: number;
  /** Most lights shaded / casting shadows; the rest (least light at the subject) are switched off. */
  maxLights: number;
  maxShadowLights: number;
  /** 'basic' (hard, aliased: blocking only) or 'pcf' (filtered, softened by the source's size). */
  shadowFilter: 'basic' | 'pcf';
  /** Multiplies the PCF filter radius: larger is softer penumbrae. */
  shadowSoftness: number;
  /** Ambient occlusion even when the look does not ask for it. */
  ssao: boolean;
  /** Screen-space reflections when the scene has wet or polished floors, even when the look does not ask. */
  autoReflections: boolean;
  /** Sub-frame renders across the shutter for motion blur (1 = none). */
  motionSamples: number;
  /** Resolution share of the refraction render behind glass and water; 0 draws them plain see-through instead. */
  transmissionScale: number;
  /** Radial samples of the volumetric light shafts. */
  godRaySamples: number;
  /** Most weather particles (rain streaks or snow flakes) in the camera's view. */
  weatherParticles: number;
}

export interface PassesJob {
  hdr: boolean;
  depth: boolean;
  normal: boolean;
  mask: boolean;
}

export interface FrameJob {
  /** Changes whenever the scene at /scene.glb changes. */
  sceneKey: string;
  frame: number;
  width: number;
  height: number;
  view: View;
  timeS: number;
  look: LookJob;
  environment: EnvironmentJob;
  quality: QualityJob;
  passes: PassesJob;
  /** The shot's camera move, for motion blur. */
  motion?: MotionJob;
  /** IES profiles by light id. */
  ies?: Record<string, IesJob>;
}

/** The camera a frame was taken with: the placement's optics, and the f-stop the look used. */
export interface CameraInfo extends Pick<CameraPlacement, 'position' | 'target' | 'verticalFovDeg' | 'focalLengthMm' | 'rollDeg' | 'near' | 'far' | 'focusDistance'> {
  fStop: number;
}

export interface FrameInfo {
  camera: CameraInfo;
  /** Where the composition put the subject's anchor (grammar shots). */
  anchorScreen?: [number, number];
  /** The incident reading at the subject, the stops a reflected reading moved it by, and the scale applied. */
  exposure: { incidentLux: number; meteredEv: number; scale: number };
  /** Mask colour (#rrggbb) → object id. */
  legend: Record<string, string>;
  /** Nearest and farthest surface in the depth pass, metres. */
  depthRange?: [number, number];
  lights: { shaded: number; shadowed: number; total: number };
  renderer: string;
  /** GPU objects alive after the frame was cleaned up, and the page's JS heap: flat from frame to frame. */
  memory: { geometries: number; textures: number; programs: number; jsHeapMb?: number };
  timings: Record<string, number>;
  /** Buffers posted to /out/<name>, by name. */
  posted: string[];
}

/** The API the page exposes on `window.canvas3d`. */
export interface PageApi {
  info(): { renderer: string; webgl2: boolean; maxSamples: number };
  render(job: FrameJob): Promise<FrameInfo>;
}
