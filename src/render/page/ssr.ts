/**
 * Screen-space reflections for floors: wet streets, polished stone and wood. The surface's view-space normal
 * (NormalPass) reflects the eye ray, which is marched through the depth buffer until it passes behind a
 * surface; the colour there is added, weighted by Fresnel and faded towards the frame's edges and the ray's
 * end (what the frame does not show cannot be reflected). Only upward-facing surfaces reflect: the effect has
 * no roughness buffer, and floors are where a previs frame needs the mirror image.
 */
import * as THREE from 'three';
import { Effect, EffectAttribute, BlendFunction } from 'postprocessing';

const fragment = /* glsl */ `
uniform sampler2D normalBuffer;
uniform mat4 projection;
uniform mat4 inverseProjection;
uniform mat4 cameraWorld;
uniform float intensity;
uniform float maxDistance;

vec3 viewPosition(const in vec2 uv, const in float depth) {
  vec4 p = inverseProjection * vec4(vec3(uv, depth) * 2.0 - 1.0, 1.0);
  return p.xyz / p.w;
}

vec2 toScreen(const in vec3 p) {
  vec4 c = projection * vec4(p, 1.0);
  return c.xy / c.w * 0.5 + 0.5;
}

void mainImage(const in vec4 inputColor, const in vec2 uv, const in float depth, out vec4 outputColor) {
  outputColor = inputColor;
  if (depth >= 1.0) return;
  vec3 n = normalize(texture2D(normalBuffer, uv).xyz * 2.0 - 1.0);
  float floorness = smoothstep(0.75, 0.95, (cameraWorld * vec4(n, 0.0)).y);
  if (floorness <= 0.0) return;
  vec3 p = viewPosition(uv, depth);
  vec3 v = normalize(p);
  vec3 r = reflect(v, n);
  // Steps grow quadratically: fine near the surface (contact reflections), coarse far away.
  vec2 hitUv = vec2(-1.0);
  float travelled = 0.0;
  float previous = 0.0;
  for (int i = 1; i <= STEPS; i++) {
    float s = float(i) / float(STEPS);
    float t = maxDistance * s * s;
    vec3 q = p + r * t;
    if (q.z > -cameraNear) break;
    vec2 suv = toScreen(q);
    if (suv.x < 0.0 || suv.x > 1.0 || suv.y < 0.0 || suv.y > 1.0) break;
    // Within a pixel or two of the start the depth buffer holds the surface itself: no hit can be told apart.
    if (length((suv - uv) * resolution) < 2.0) {
      previous = t;
      continue;
    }
    float sceneZ = getViewZ(readDepth(suv));
    float behind = sceneZ - q.z;
    if (behind > 0.0 && behind < 0.05 + (t - previous) * 1.5) {
      // Refine between the last two samples.
      float lo = previous;
      float hi = t;
      for (int k = 0; k < 4; k++) {
        float mid = 0.5 * (lo + hi);
        vec3 m = p + r * mid;
        if (getViewZ(readDepth(toScreen(m))) - m.z > 0.0) hi = mid; else lo = mid;
      }
      hitUv = toScreen(p + r * hi);
      travelled = hi;
      break;
    }
    previous = t;
  }
  if (hitUv.x < 0.0) return;
  vec2 edge = smoothstep(vec2(0.0), vec2(0.08), hitUv) * smoothstep(vec2(0.0), vec2(0.08), 1.0 - hitUv);
  float fresnel = 0.3 + 0.7 * pow(1.0 - max(dot(-v, n), 0.0), 5.0);
  float fade = edge.x * edge.y * (1.0 - travelled / maxDistance) * floorness;
  outputColor.rgb = inputColor.rgb + texture2D(inputBuffer, hitUv).rgb * intensity * fresnel * fade;
}`;

export class FloorReflectionEffect extends Effect {
  constructor(
    private readonly camera: THREE.PerspectiveCamera | THREE.OrthographicCamera,
    normalBuffer: THREE.Texture,
    opts: { intensity: number; maxDistance: number; steps: number },
  ) {
    super('FloorReflectionEffect', fragment, {
      attributes: EffectAttribute.CONVOLUTION | EffectAttribute.DEPTH,
      blendFunction: BlendFunction.NORMAL,
      defines: new Map([['STEPS', String(Math.max(4, Math.round(opts.steps)))]]),
      uniforms: new Map<string, THREE.Uniform>([
        ['normalBuffer', new THREE.Uniform(normalBuffer)],
        ['projection', new THREE.Uniform(new THREE.Matrix4())],
        ['inverseProjection', new THREE.Uniform(new THREE.Matrix4())],
        ['cameraWorld', new THREE.Uniform(new THREE.Matrix4())],
        ['intensity', new THREE.Uniform(opts.intensity)],
        ['maxDistance', new THREE.Uniform(opts.maxDistance)],
      ]),
    });
  }

  override update(): void {
    const u = this.uniforms;
    u.get('projection')!.value.copy(this.camera.projectionMatrix);
    u.get('inverseProjection')!.value.copy(this.camera.projectionMatrixInverse);
    u.get('cameraWorld')!.value.copy(this.camera.matrixWorld);
  }
}
