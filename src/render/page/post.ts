/**
 * The look, as a postprocessing chain: the scene (averaged over the shutter when the camera moves), floor
 * reflections, chromatic aberration, then one fused pass of mist, SSAO, light shafts, depth of field from the
 * physical camera, bloom, lens distortion, tone mapping, the grading LUT, vignette and grain. Everything is
 * built per frame and disposed with the composer.
 */
import * as THREE from 'three';
import {
  EffectComposer,
  RenderPass,
  EffectPass,
  NormalPass,
  SSAOEffect,
  DepthOfFieldEffect,
  BloomEffect,
  ChromaticAberrationEffect,
  LensDistortionEffect,
  ToneMappingEffect,
  ToneMappingMode,
  LUT3DEffect,
  VignetteEffect,
  NoiseEffect,
  BlendFunction,
  type Effect,
} from 'postprocessing';
import type { CameraInfo, LookJob, QualityJob } from '../protocol.js';
import { depthOfField } from '../../camera/index.js';
import { ShutterPass } from './motion.js';
import { FloorReflectionEffect } from './ssr.js';
import { MistEffect } from './mist.js';
import type { GodRays } from './godrays.js';

type FrameCamera = THREE.PerspectiveCamera | THREE.OrthographicCamera;

const TONE: Record<LookJob['toneMapping'], ToneMappingMode> = {
  agx: ToneMappingMode.AGX,
  aces: ToneMappingMode.ACES_FILMIC,
  neutral: ToneMappingMode.NEUTRAL,
  linear: ToneMappingMode.LINEAR,
};

/** What a frame's chain is built from besides the look and the quality. */
export interface ChainInput {
  look: LookJob;
  quality: QualityJob;
  cam: CameraInfo;
  lut: THREE.Data3DTexture | undefined;
  height: number;
  /** The shutter's camera poses (one: no motion blur). */
  shutter: FrameCamera[];
  reflections?: { intensity: number; maxDistance: number };
  mist?: ConstructorParameters<typeof MistEffect>[1];
  godRays?: GodRays;
}

export interface Composer {
  render(): void;
  dispose(): void;
}

/** A normal buffer shared by SSAO and reflections, made on first use. */
function normals(composer: EffectComposer, scene: THREE.Scene, camera: FrameCamera): () => THREE.Texture {
  let pass: NormalPass | undefined;
  return () => {
    if (!pass) {
      pass = new NormalPass(scene, camera);
      composer.addPass(pass);
    }
    return pass.texture;
  };
}

/** Effects that sample their input at other pixels ("convolutions") each need a pass of their own. */
function convolutionPasses(composer: EffectComposer, camera: FrameCamera, f: ChainInput, normal: () => THREE.Texture, effects: Effect[]): void {
  if (f.reflections && f.reflections.intensity > 0) {
    const ssr = new FloorReflectionEffect(camera, normal(), { ...f.reflections, steps: f.quality.effectsScale >= 1 ? 48 : 24 });
    effects.push(ssr);
    composer.addPass(new EffectPass(camera, ssr));
  }
  // Chromatic aberration cannot be fused with the UV-warping lens distortion, so it runs on its own, in
  // scene-linear light.
  if (f.look.chromaticAberration) {
    const o = f.look.chromaticAberration.offset;
    const ca = new ChromaticAberrationEffect({ offset: new THREE.Vector2(o, o), radialModulation: true, modulationOffset: 0.15 });
    effects.push(ca);
    composer.addPass(new EffectPass(camera, ca));
  }
}

/**
 * Contact shadows where surfaces meet (a floor at a wall, a box on the floor): occluders up to ~1 m away count,
 * and bright surfaces keep most of their occlusion (luminance influence 0.6 hid it on a lit floor).
 */
function ssaoOptions(ssao: { intensity: number; radius: number }, q: QualityJob): ConstructorParameters<typeof SSAOEffect>[2] {
  const final = q.effectsScale >= 1;
  return { intensity: ssao.intensity, radius: ssao.radius, resolutionScale: q.effectsScale, samples: final ? 24 : 9, rings: final ? 7 : 4, luminanceInfluence: 0.25, bias: 0.06, fade: 0.02, worldDistanceThreshold: 30, worldDistanceFalloff: 5, worldProximityThreshold: 1, worldProximityFalloff: 0.5 };
}

/** Mist, occlusion and light shafts: scene-linear effects that come before the lens. */
function atmosphere(camera: FrameCamera, f: ChainInput, normal: () => THREE.Texture): Effect[] {
  const out: Effect[] = [];
  if (f.mist) out.push(new MistEffect(camera, f.mist));
  const ssao = f.look.ssao ?? (f.quality.ssao ? { intensity: 4, radius: 0.06 } : undefined);
  if (ssao) out.push(new SSAOEffect(camera, normal(), ssaoOptions(ssao, f.quality)));
  if (f.godRays) out.push(f.godRays.effect);
  return out;
}

/** The lens and the grade: focus, bloom, distortion, tone mapping, LUT, vignette and grain. */
function lensAndGrade(camera: FrameCamera, f: ChainInput): Effect[] {
  const { look, quality: q, cam } = f;
  const out: Effect[] = [];
  if (look.depthOfField) {
    const fStop = look.depthOfField.fStop ?? cam.fStop;
    const focus = look.depthOfField.focusDistance ?? cam.focusDistance;
    const dof = depthOfField(cam.focalLengthMm, fStop, focus, f.height);
    // The effect's blur ramps from none at the focus to its full size `focusRange` away. A lens's blur grows with
    // distance from the focus too, reaching its far-background size (bokehScale) only well beyond it: a ramp as
    // long as the focus distance follows it (half the background blur at twice the distance). The depth of field
    // itself stays sharp inside it; as the ramp, it blurred everything a few millimetres off a close-up's focus.
    const ramp = Math.max(0.01, dof.range, focus);
    out.push(new DepthOfFieldEffect(camera, { focusDistance: focus, focusRange: ramp, bokehScale: Math.min(8, Math.max(0.5, dof.infinityBlurPx / 4)), resolutionScale: q.effectsScale }));
  }
  if (look.bloom) out.push(new BloomEffect({ intensity: look.bloom.intensity, luminanceThreshold: look.bloom.threshold, radius: look.bloom.radius, mipmapBlur: true }));
  if (look.lensDistortion) out.push(new LensDistortionEffect({ distortion: new THREE.Vector2(look.lensDistortion.k1, look.lensDistortion.k1), principalPoint: new THREE.Vector2(0, 0), focalLength: new THREE.Vector2(1, 1) }));
  out.push(new ToneMappingEffect({ mode: TONE[look.toneMapping] }));
  if (f.lut) out.push(new LUT3DEffect(f.lut, { tetrahedralInterpolation: true }));
  if (look.vignette) out.push(new VignetteEffect({ offset: 0.5 * (1 - look.vignette.feather) + 0.2, darkness: look.vignette.intensity }));
  if (look.grain) {
    const noise = new NoiseEffect({ premultiply: false, blendFunction: BlendFunction.OVERLAY });
    noise.blendMode.opacity.value = look.grain.intensity;
    out.push(noise);
  }
  return out;
}

// Every full-screen pass costs ~100 ms at 720p on a software GPU, so effects share one pass wherever the
// library allows it; the costly ones (reflections, shutter samples, SSAO) only run where a shot or the
// quality asks for them.
export function buildComposer(renderer: THREE.WebGLRenderer, scene: THREE.Scene, camera: FrameCamera, f: ChainInput): Composer {
  const composer = new EffectComposer(renderer, { frameBufferType: THREE.HalfFloatType, multisampling: f.quality.msaa });
  composer.addPass(f.shutter.length > 1 ? new ShutterPass(scene, f.shutter) : new RenderPass(scene, camera));
  const normal = normals(composer, scene, camera);
  const effects: Effect[] = [];
  // The normal pass renders before any effect that reads it.
  if (f.reflections || f.look.ssao || f.quality.ssao) normal();
  convolutionPasses(composer, camera, f, normal, effects);
  const main = [...atmosphere(camera, f, normal), ...lensAndGrade(camera, f)];
  effects.push(...main);
  composer.addPass(new EffectPass(camera, ...main));
  return {
    render: () => composer.render(),
    dispose: () => {
      for (const e of effects) if (e !== f.godRays?.effect) e.dispose();
      f.godRays?.dispose();
      composer.dispose();
    },
  };
}
