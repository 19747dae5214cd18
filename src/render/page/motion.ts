/**
 * Motion blur from the shot's camera move. On a software GPU a velocity buffer and its blur would cost as
 * much as a few renders and still smear wrongly at occlusions, so the shutter is sampled instead: the scene is
 * rendered from N camera poses spread across the exposure and the renders averaged (what a film camera's
 * shutter integrates). The frame is the move's first position, so the exposure runs from it onwards.
 */
import * as THREE from 'three';
import { Pass } from 'postprocessing';
import type { MotionJob } from '../protocol.js';

/** How fast each written move travels: metres, degrees or zoom share per second (a steady operator's pace). */
const MOVE_RATE: Record<MotionJob['move'], { forward?: number; right?: number; up?: number; yawDeg?: number; pitchDeg?: number; zoom?: number; shakeDeg?: number }> = {
  static: {},
  'dolly-in': { forward: 1 },
  'push-in': { forward: 1 },
  'dolly-out': { forward: -1 },
  'pull-back': { forward: -1 },
  'pan-left': { yawDeg: 30 },
  'pan-right': { yawDeg: -30 },
  pan: { yawDeg: -30 },
  'tilt-up': { pitchDeg: 20 },
  'tilt-down': { pitchDeg: -20 },
  tilt: { pitchDeg: 20 },
  tracking: { right: 1.5 },
  trucking: { right: 1.5 },
  'crane-up': { up: 1 },
  'crane-down': { up: -1 },
  handheld: { shakeDeg: 25 },
  steadicam: { forward: 1.2 },
  'zoom-in': { zoom: 0.3 },
  'zoom-out': { zoom: -0.3 },
};

/** The camera `t` seconds into the move. */
export function cameraAt(camera: THREE.PerspectiveCamera | THREE.OrthographicCamera, move: MotionJob['move'], t: number): THREE.PerspectiveCamera | THREE.OrthographicCamera {
  const rate = MOVE_RATE[move];
  const c = camera.clone();
  const deg = THREE.MathUtils.DEG2RAD;
  if (rate.forward) c.translateZ(-rate.forward * t);
  if (rate.right) c.translateX(rate.right * t);
  if (rate.up) c.position.y += rate.up * t;
  if (rate.yawDeg) c.rotateOnWorldAxis(new THREE.Vector3(0, 1, 0), rate.yawDeg * deg * t);
  if (rate.pitchDeg) c.rotateX(rate.pitchDeg * deg * t);
  // A handheld operator's drift: a slow diagonal sway, the same for every frame of the shot.
  if (rate.shakeDeg) c.rotateOnAxis(new THREE.Vector3(0.8, 0.6, 0).normalize(), rate.shakeDeg * deg * t);
  if (rate.zoom && c instanceof THREE.PerspectiveCamera) c.zoom = Math.max(0.05, 1 + rate.zoom * t);
  c.updateProjectionMatrix();
  c.updateMatrixWorld();
  return c;
}

/** The cameras the shutter samples: `samples` poses across `shutterS` seconds (one pose: no blur). */
export function shutterCameras(camera: THREE.PerspectiveCamera | THREE.OrthographicCamera, motion: MotionJob | undefined, shutterAngleDeg: number, samples: number): (THREE.PerspectiveCamera | THREE.OrthographicCamera)[] {
  const shutterS = shutterAngleDeg / 360 / (motion?.fps ?? 24);
  if (!motion || samples <= 1 || shutterS <= 0) return [camera];
  return Array.from({ length: samples }, (_, i) => cameraAt(camera, motion.move, (shutterS * (i + 0.5)) / samples));
}

const average = new THREE.ShaderMaterial({
  uniforms: { frame: { value: null }, weight: { value: 1 } },
  vertexShader: 'varying vec2 vUv; void main() { vUv = position.xy * 0.5 + 0.5; gl_Position = vec4(position.xy, 1.0, 1.0); }',
  fragmentShader: 'uniform sampler2D frame; uniform float weight; varying vec2 vUv; void main() { gl_FragColor = vec4(texture2D(frame, vUv).rgb * weight, 1.0); }',
  blending: THREE.CustomBlending,
  blendSrc: THREE.OneFactor,
  blendDst: THREE.OneFactor,
  depthTest: false,
  depthWrite: false,
});

const depthOnly = new THREE.MeshBasicMaterial({ colorWrite: false, side: THREE.DoubleSide });

/** Renders the scene once per shutter camera and averages the renders into the composer's input buffer. */
export class ShutterPass extends Pass {
  private sub?: THREE.WebGLRenderTarget;

  constructor(
    private readonly subject: THREE.Scene,
    private readonly cameras: THREE.Camera[],
  ) {
    super('ShutterPass');
    this.needsSwap = false;
    this.fullscreenMaterial = average;
  }

  override render(renderer: THREE.WebGLRenderer, inputBuffer: THREE.WebGLRenderTarget): void {
    const sub = (this.sub ??= new THREE.WebGLRenderTarget(inputBuffer.width, inputBuffer.height, { type: THREE.HalfFloatType, samples: inputBuffer.samples, depthBuffer: true }));
    const clear = renderer.getClearColor(new THREE.Color());
    const alpha = renderer.getClearAlpha();
    renderer.setRenderTarget(inputBuffer);
    renderer.setClearColor(0x000000, 0);
    renderer.clear();
    average.uniforms.weight!.value = 1 / this.cameras.length;
    average.uniforms.frame!.value = sub.texture;
    for (const camera of this.cameras) {
      renderer.setClearColor(clear, alpha);
      renderer.setRenderTarget(sub);
      renderer.clear();
      renderer.render(this.subject, camera);
      renderer.setRenderTarget(inputBuffer);
      renderer.render(this.scene, this.camera);
    }
    renderer.setClearColor(clear, alpha);
    this.writeDepth(renderer, inputBuffer);
  }

  /** Depth from the frame's own camera, for the effects that read it (focus, occlusion, reflections). */
  private writeDepth(renderer: THREE.WebGLRenderer, inputBuffer: THREE.WebGLRenderTarget): void {
    const background = this.subject.background;
    this.subject.background = null;
    this.subject.overrideMaterial = depthOnly;
    renderer.setRenderTarget(inputBuffer);
    renderer.clearDepth();
    renderer.render(this.subject, this.cameras[Math.floor(this.cameras.length / 2)]!);
    this.subject.overrideMaterial = null;
    this.subject.background = background;
  }

  override dispose(): void {
    this.sub?.dispose();
    super.dispose();
  }
}
