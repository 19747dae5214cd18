/**
 * Shadow maps fitted to what the frame shows. A map spread over the whole set gives a close-up texels of a
 * centimetre, and the normal offset that hides acne at that size erases every small shadow: no shadow under the
 * nose, no Rembrandt triangle. So the map covers the part of the set around the subject that the frame can see
 * (a close-up gets millimetre texels), the whole set only when the frame shows that much, and the biases are set
 * from the texel size rather than in metres.
 */
import * as THREE from 'three';
import type { SceneLight } from './scene.js';
import type { QualityJob } from '../protocol.js';

/** Radius around the metering point that the frame shows at its distance, doubled for what stands behind. */
export function frameReach(camera: THREE.Camera, point: THREE.Vector3, aspect: number): number {
  let halfHeight: number;
  if (camera instanceof THREE.PerspectiveCamera) {
    halfHeight = camera.position.distanceTo(point) * Math.tan((camera.fov * Math.PI) / 360);
  } else if (camera instanceof THREE.OrthographicCamera) {
    halfHeight = (camera.top - camera.bottom) / 2 / camera.zoom;
  } else return Infinity;
  return Math.max(0.5, 2 * halfHeight * Math.hypot(1, aspect));
}

/** Angular size of the source seen from the subject → PCF filter radius in shadow-map texels. */
function shadowRadius(entry: SceneLight, distance: number): number {
  const x = entry.extras;
  const area = x.area as { width: number; height: number } | undefined;
  const size = area ? Math.sqrt(area.width * area.height) : typeof x.radius === 'number' ? 2 * x.radius : 0;
  const deg = typeof x.angularDiameterDeg === 'number' ? x.angularDiameterDeg : (2 * Math.atan(size / 2 / Math.max(distance, 1e-3)) * 180) / Math.PI;
  return Math.min(4, 1 + deg / 10);
}

const corners = (box: THREE.Box3): THREE.Vector3[] =>
  Array.from({ length: 8 }, (_, i) => new THREE.Vector3(i & 1 ? box.max.x : box.min.x, i & 2 ? box.max.y : box.min.y, i & 4 ? box.max.z : box.min.z));

/**
 * The sun's orthographic frustum: across, the scene's extent as the light sees it, or a square of `reach` about
 * the subject when that is smaller; along the light, always the whole scene, so every caster is in it.
 * Returns the frustum's half-width (metres).
 */
function fitDirectional(light: THREE.DirectionalLight, bounds: THREE.Box3, point: THREE.Vector3, reach: number): number {
  const cam = light.shadow.camera;
  cam.position.copy(light.getWorldPosition(new THREE.Vector3()));
  cam.lookAt(light.target.getWorldPosition(new THREE.Vector3()));
  cam.updateMatrixWorld();
  const box = new THREE.Box3();
  for (const c of corners(bounds)) box.expandByPoint(c.applyMatrix4(cam.matrixWorldInverse));
  const p = point.clone().applyMatrix4(cam.matrixWorldInverse);
  const around = (lo: number, hi: number, at: number): [number, number] => (hi - lo > 2 * reach ? [at - reach, at + reach] : [lo, hi]);
  [cam.left, cam.right] = around(box.min.x, box.max.x, p.x);
  [cam.bottom, cam.top] = around(box.min.y, box.max.y, p.y);
  cam.near = -box.max.z - 1;
  cam.far = -box.min.z + 1;
  cam.updateProjectionMatrix();
  return Math.max(cam.right - cam.left, cam.top - cam.bottom) / 2;
}

/**
 * A spot's frustum: its cone narrowed (`focus`) to the subject's surroundings when they are smaller than the
 * cone. Area lights arrive as 90° spots, whose 180° frustum is degenerate: they are narrowed to at most 54°.
 * Returns the half-width the map covers at the subject.
 */
function fitSpot(light: THREE.SpotLight, entry: SceneLight, bounds: THREE.Box3, point: THREE.Vector3, reach: number): number {
  const from = light.getWorldPosition(new THREE.Vector3());
  const axis = light.target.getWorldPosition(new THREE.Vector3()).sub(from).normalize();
  const toPoint = point.clone().sub(from);
  const distance = Math.max(toPoint.length(), 1e-3);
  const offAxis = Math.acos(Math.min(1, Math.max(-1, axis.dot(toPoint.normalize()))));
  const needed = offAxis + Math.atan(reach / distance);
  const widest = entry.extras.area ? 0.6 : 1;
  light.shadow.focus = Math.min(widest, needed / light.angle);
  // From the light to beyond the scene, the same for every shot of the same reach, so a map can serve them all.
  light.shadow.camera.near = 0.05;
  light.shadow.camera.far = from.distanceTo(bounds.getCenter(new THREE.Vector3())) + bounds.getSize(new THREE.Vector3()).length();
  return distance * Math.tan(light.angle * light.shadow.focus);
}

/**
 * Sizes, fits and softens one light's shadow map. Returns a fingerprint of the fit: shots whose fits match can
 * share the rendered map.
 */
export function fitShadow(light: THREE.DirectionalLight | THREE.SpotLight | THREE.PointLight, entry: SceneLight, bounds: THREE.Box3, point: THREE.Vector3, reach: number, q: QualityJob): string {
  const shadow = light.shadow;
  // A point light renders six faces and a spot one, each covering a smaller part of the scene than the
  // sun's: they get smaller maps at the same texel density, which is most of the frame's cost on a CPU.
  const size = light instanceof THREE.PointLight ? Math.max(256, q.shadowMapSize / 4) : light instanceof THREE.SpotLight ? Math.max(512, q.shadowMapSize / 2) : q.shadowMapSize;
  shadow.mapSize.set(size, size);
  const distance = light.getWorldPosition(new THREE.Vector3()).distanceTo(point);
  shadow.radius = shadowRadius(entry, distance) * Math.max(1, q.shadowSoftness);
  let halfWidth: number;
  if (light instanceof THREE.DirectionalLight) halfWidth = fitDirectional(light, bounds, point, reach);
  else if (light instanceof THREE.SpotLight) halfWidth = fitSpot(light, entry, bounds, point, reach);
  else {
    shadow.camera.near = 0.02;
    shadow.camera.far = Math.max(light.distance || 0, bounds.getSize(new THREE.Vector3()).length());
    // A cube face spans 90°: at the subject it covers as much as the light is far.
    halfWidth = distance;
  }
  // Offsets of a few texels (more for a wider filter): enough against acne, small enough to keep a nose's shadow. The depth bias is in
  // the map's depth units, which a spot's perspective map packs non-linearly: converted at the subject's distance.
  const texel = (2 * halfWidth) / size;
  shadow.normalBias = (2 + shadow.radius) * texel;
  const { near, far } = shadow.camera as THREE.PerspectiveCamera | THREE.OrthographicCamera;
  const depthPerMetre = light instanceof THREE.SpotLight ? (near * far) / (distance * distance * (far - near)) : 1 / (far - near);
  shadow.bias = -2 * texel * depthPerMetre;
  return `${size}/${halfWidth.toFixed(3)}`;
}
