/**
 * Light animations in the GLB: the curve sampled at 30 frames a second over its duration, written as
 * KHR_animation_pointer channels on the light's intensity (and, for a day cycle, its colour), plus a core
 * rotation channel turning the sun.
 */
import type { Document, Node } from '@gltf-transform/core';
import { Quaternion, Vector3 } from 'three';
import type { Light } from '../scene/light.js';
import { sampleLightAnimation, dayCycleElevation } from '../lighting/animation.js';
import { kelvinToLinearRgb } from '../lighting/kelvin.js';
import { sunKelvin } from '../lighting/sun.js';
import { KHRAnimationPointer } from './animation-pointer.js';
import { aimAlong } from '../geometry/transform.js';

const FPS = 30;

export function addLightAnimation(doc: Document, light: Light, node: Node, baseIntensity: number): void {
  const a = light.animation;
  if (!a) return;
  const ext = doc.createExtension(KHRAnimationPointer);
  const buffer = doc.getRoot().listBuffers()[0]!;
  const frames = Math.max(2, Math.round(a.durationS * FPS) + 1);
  const times = new Float32Array(frames);
  const intensity = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    const t = (i / (frames - 1)) * a.durationS;
    times[i] = t;
    intensity[i] = baseIntensity * sampleLightAnimation(a, t);
  }
  const input = doc.createAccessor().setType('SCALAR').setArray(times).setBuffer(buffer);
  const animation = doc.createAnimation(`${light.id} ${a.kind}`);
  const pointers = ext.createPointerChannels();
  const sampler = doc.createAnimationSampler().setInput(input).setOutput(doc.createAccessor().setType('SCALAR').setArray(intensity).setBuffer(buffer)).setInterpolation('LINEAR');
  animation.addSampler(sampler);
  pointers.add(sampler, `/extensions/KHR_lights_punctual/lights/{light:${light.id}}/intensity`);

  if (a.kind === 'daycycle') {
    // The sun climbs from the east at 6 h, crosses the south at noon and sets in the west at 18 h.
    const rotation = new Float32Array(frames * 4);
    const color = new Float32Array(frames * 3);
    for (let i = 0; i < frames; i++) {
      const t = times[i]!;
      const el = (dayCycleElevation(a, t) * Math.PI) / 180;
      const hour = (((t * a.speed) / a.durationS) * 24) % 24;
      const az = (((hour - 6) / 12) * 180 + 90) * (Math.PI / 180);
      const toSun = new Vector3(Math.cos(el) * Math.sin(az), Math.sin(el), -Math.cos(el) * Math.cos(az));
      const q = aimAlong([-toSun.x, -toSun.y, -toSun.z]);
      rotation.set(new Quaternion(...q).normalize().toArray(), i * 4);
      color.set(kelvinToLinearRgb(sunKelvin((el * 180) / Math.PI)), i * 3);
    }
    const rot = doc.createAnimationSampler().setInput(input).setOutput(doc.createAccessor().setType('VEC4').setArray(rotation).setBuffer(buffer)).setInterpolation('LINEAR');
    animation.addSampler(rot).addChannel(doc.createAnimationChannel().setTargetNode(node).setTargetPath('rotation').setSampler(rot));
    const col = doc.createAnimationSampler().setInput(input).setOutput(doc.createAccessor().setType('VEC3').setArray(color).setBuffer(buffer)).setInterpolation('LINEAR');
    animation.addSampler(col);
    pointers.add(col, `/extensions/KHR_lights_punctual/lights/{light:${light.id}}/color`);
  }
  animation.setExtension('KHR_animation_pointer', pointers);
}
