/**
 * The look, as a postprocessing chain: chromatic aberration, then one fused pass of SSAO, depth of field from the
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

const TONE: Record<LookJob['toneMapping'], ToneMappingMode> = {
  agx: ToneMappingMode.AGX,
  aces: ToneMappingMode.ACES_FILMIC,
  neutral: ToneMappingMode.NEUTRAL,
  linear: ToneMappingMode.LINEAR,
};

export interface Composer {
  render(): void;
  dispose(): void;
}

export function buildComposer(renderer: THREE.WebGLRenderer, scene: THREE.Scene, camera: THREE.PerspectiveCamera | THREE.OrthographicCamera, look: LookJob, q: QualityJob, cam: CameraInfo, lut: THREE.Data3DTexture | undefined, height: number): Composer {
  const composer = new EffectComposer(renderer, { frameBufferType: THREE.HalfFloatType, multisampling: q.msaa });
  composer.addPass(new RenderPass(scene, camera));
  const effects: Effect[] = [];
  // Every full-screen pass costs ~100 ms at 720p on a software GPU, so effects share one pass wherever the
  // library allows it. Chromatic aberration samples its input at offsets (a "convolution"), which cannot be
  // fused with the UV-warping lens distortion, so it runs first, on its own, in scene-linear light.
  if (look.chromaticAberration) {
    const o = look.chromaticAberration.offset;
    const ca = new ChromaticAberrationEffect({ offset: new THREE.Vector2(o, o), radialModulation: true, modulationOffset: 0.15 });
    effects.push(ca);
    composer.addPass(new EffectPass(camera, ca));
  }
  const main: Effect[] = [];
  if (look.ssao) {
    const normalPass = new NormalPass(scene, camera);
    composer.addPass(normalPass);
    main.push(new SSAOEffect(camera, normalPass.texture, { intensity: look.ssao.intensity, radius: look.ssao.radius, resolutionScale: q.effectsScale, samples: 9, rings: 4, luminanceInfluence: 0.6, worldDistanceThreshold: 20, worldDistanceFalloff: 5, worldProximityThreshold: 0.4, worldProximityFalloff: 0.1 }));
  }
  if (look.depthOfField) {
    const fStop = look.depthOfField.fStop ?? cam.fStop;
    const focus = look.depthOfField.focusDistance ?? cam.focusDistance;
    const dof = depthOfField(cam.focalLengthMm, fStop, focus, height);
    main.push(new DepthOfFieldEffect(camera, { focusDistance: focus, focusRange: Math.max(0.01, dof.range), bokehScale: Math.min(8, Math.max(0.5, dof.infinityBlurPx / 4)), resolutionScale: q.effectsScale }));
  }
  if (look.bloom) main.push(new BloomEffect({ intensity: look.bloom.intensity, luminanceThreshold: look.bloom.threshold, radius: look.bloom.radius, mipmapBlur: true }));
  if (look.lensDistortion) main.push(new LensDistortionEffect({ distortion: new THREE.Vector2(look.lensDistortion.k1, look.lensDistortion.k1), principalPoint: new THREE.Vector2(0, 0), focalLength: new THREE.Vector2(1, 1) }));
  main.push(new ToneMappingEffect({ mode: TONE[look.toneMapping] }));
  if (lut) main.push(new LUT3DEffect(lut, { tetrahedralInterpolation: true }));
  if (look.vignette) main.push(new VignetteEffect({ offset: 0.5 * (1 - look.vignette.feather) + 0.2, darkness: look.vignette.intensity }));
  if (look.grain) {
    const noise = new NoiseEffect({ premultiply: false, blendFunction: BlendFunction.OVERLAY });
    noise.blendMode.opacity.value = look.grain.intensity;
    main.push(noise);
  }
  effects.push(...main);
  composer.addPass(new EffectPass(camera, ...main));
  return {
    render: () => composer.render(),
    dispose: () => {
      for (const e of effects) e.dispose();
      composer.dispose();
    },
  };
}
