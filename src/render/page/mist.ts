/**
 * Low-lying mist: fog whose density falls off with height above the ground, so the ground and the distance
 * sink into it while heads and roofs stay clear — what three's distance fog cannot do. Each pixel's ray from
 * the camera to the surface (the depth buffer) is integrated through the height profile in a few steps.
 */
import * as THREE from 'three';
import { Effect, EffectAttribute, BlendFunction } from 'postprocessing';

const fragment = /* glsl */ `
uniform mat4 inverseProjection;
uniform mat4 cameraWorld;
uniform vec3 mistColor;
uniform float groundY;
uniform float density;
uniform float heightFalloff;

float densityAt(const in float y) { return density * exp(-max(y - groundY, 0.0) / heightFalloff); }

void mainImage(const in vec4 inputColor, const in vec2 uv, const in float depth, out vec4 outputColor) {
  vec4 v = inverseProjection * vec4(vec3(uv, min(depth, 0.999999)) * 2.0 - 1.0, 1.0);
  vec3 view = v.xyz / v.w;
  // The sky (no surface) is seen through 150 m of air.
  if (depth >= 1.0) view = normalize(view) * 150.0;
  vec3 from = (cameraWorld * vec4(0.0, 0.0, 0.0, 1.0)).xyz;
  vec3 to = (cameraWorld * vec4(view, 1.0)).xyz;
  float len = min(length(to - from), 150.0);
  float optical = 0.0;
  for (int i = 0; i < 6; i++) {
    float s = (float(i) + 0.5) / 6.0;
    optical += densityAt(mix(from.y, to.y, s));
  }
  float amount = 1.0 - exp(-optical / 6.0 * len);
  outputColor = vec4(mix(inputColor.rgb, mistColor, amount), inputColor.a);
}`;

export class MistEffect extends Effect {
  constructor(
    private readonly camera: THREE.PerspectiveCamera | THREE.OrthographicCamera,
    opts: { color: THREE.Color; groundY: number; density: number; heightFalloff: number },
  ) {
    super('MistEffect', fragment, {
      attributes: EffectAttribute.DEPTH,
      blendFunction: BlendFunction.NORMAL,
      uniforms: new Map<string, THREE.Uniform>([
        ['inverseProjection', new THREE.Uniform(new THREE.Matrix4())],
        ['cameraWorld', new THREE.Uniform(new THREE.Matrix4())],
        ['mistColor', new THREE.Uniform(opts.color)],
        ['groundY', new THREE.Uniform(opts.groundY)],
        ['density', new THREE.Uniform(opts.density)],
        ['heightFalloff', new THREE.Uniform(opts.heightFalloff)],
      ]),
    });
  }

  override update(): void {
    this.uniforms.get('inverseProjection')!.value.copy(this.camera.projectionMatrixInverse);
    this.uniforms.get('cameraWorld')!.value.copy(this.camera.matrixWorld);
  }
}
