/** Spec lights → KHR_lights_punctual lights on nodes (area lights: a spot-light fallback plus an emitter quad). */
import type { Document, Node } from '@gltf-transform/core';
import { KHRLightsPunctual } from '@gltf-transform/extensions';
import type { Light } from '../scene/light.js';
import { lightColorToLinear } from '../lighting/color.js';
import { gltfIntensity, spotConeAngles, AREA_LIGHT_FALLBACK_OUTER_RAD } from '../lighting/photometry.js';
import { aimAlong, aimNegZ } from '../geometry/transform.js';

const DOWN = [0, -1, 0] as const;

export function createLightNode(doc: Document, light: Light): Node {
  const ext = doc.createExtension(KHRLightsPunctual);
  const color = lightColorToLinear(light.color);
  const node = doc.createNode(light.name ?? light.id);
  const position = light.position ?? [0, 0, 0];
  node.setTranslation([position[0], position[1], position[2]]);
  if (light.type !== 'point') {
    const rotation = light.target ? aimNegZ(position, light.target) : aimAlong(light.direction ?? DOWN);
    node.setRotation(rotation);
  }
  const gl = ext.createLight(light.id!).setColor(color).setIntensity(gltfIntensity(light));
  const extras: Record<string, unknown> = { id: light.id, kind: 'light', tags: light.tags, castShadow: light.castShadow, unit: light.intensity.unit, value: light.intensity.value };
  if ('color' in light && typeof light.color === 'object' && !Array.isArray(light.color)) extras.kelvin = light.color.kelvin;
  if ((light.type === 'point' || light.type === 'spot') && light.ies) extras.ies = light.ies;
  switch (light.type) {
    case 'point':
      gl.setType('point');
      if (light.range) gl.setRange(light.range);
      extras.radius = light.radius;
      break;
    case 'spot': {
      const { inner, outer } = spotConeAngles(light.coneAngleDeg, light.penumbra);
      gl.setType('spot').setInnerConeAngle(inner).setOuterConeAngle(outer);
      if (light.range) gl.setRange(light.range);
      extras.radius = light.radius;
      break;
    }
    case 'directional':
      gl.setType('directional');
      extras.angularDiameterDeg = light.angularDiameterDeg;
      break;
    case 'area':
      // No area lights in glTF: a hemispherical spot light of the same peak intensity, with the real shape in
      // extras so renderers that support rectangular area lights (three.js RectAreaLight) can use it.
      gl.setType('spot').setInnerConeAngle(0).setOuterConeAngle(AREA_LIGHT_FALLBACK_OUTER_RAD);
      extras.area = { width: light.size[0], height: light.size[1] };
      break;
  }
  node.setExtension('KHR_lights_punctual', gl);
  node.setExtras(extras);
  return node;
}
