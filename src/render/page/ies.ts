/**
 * IES profiles on the page: WebGL three.js has no photometric lights (IESSpotLight is WebGPU only), so a
 * profile becomes a spot light's cookie (SpotLight.map), projected through the spot's cone: each texel is the
 * profile's relative candela in the direction it projects to. A point light with a profile turns into a
 * downward spot wide enough for the profile's light (at most 85° off the axis: a cookie cannot reach further);
 * the upward light of a bare bulb is lost, which a previs frame does not miss.
 */
import * as THREE from 'three';
import { candelaAt, type IesProfile } from '../../lighting/ies.js';
import type { IesJob } from '../protocol.js';
import type { LoadedScene, SceneLight } from './scene.js';

const COOKIE = 128;
const MAX_HALF_ANGLE_DEG = 85;

const profileOf = (job: IesJob): IesProfile => ({ verticalDeg: job.verticalDeg, horizontalDeg: job.horizontalDeg, candela: job.relative, lumens: -1, keywords: {} });

/** Widest vertical angle with light (≥ 1 % of the peak), capped where a cookie can still reach. */
function reachDeg(job: IesJob): number {
  let widest = 0;
  for (const row of job.relative) row.forEach((c, k) => c >= 0.01 && (widest = Math.max(widest, job.verticalDeg[k]!)));
  return Math.min(MAX_HALF_ANGLE_DEG, Math.max(5, widest + 2));
}

/** The cookie: texel (u, v) looks along tan θ = ρ·tan(halfAngle) from the axis, at horizontal angle atan2(v, u). */
export function cookieTexture(job: IesJob, halfAngleRad: number): THREE.DataTexture {
  const p = profileOf(job);
  const data = new Uint8Array(COOKIE * COOKIE * 4);
  const tanHalf = Math.tan(halfAngleRad);
  for (let y = 0; y < COOKIE; y++) {
    for (let x = 0; x < COOKIE; x++) {
      const u = ((x + 0.5) / COOKIE) * 2 - 1;
      const v = ((y + 0.5) / COOKIE) * 2 - 1;
      const vertical = THREE.MathUtils.radToDeg(Math.atan(Math.hypot(u, v) * tanHalf));
      const horizontal = THREE.MathUtils.radToDeg(Math.atan2(v, u));
      const c = Math.round(255 * Math.min(1, candelaAt(p, vertical, horizontal)));
      data.set([c, c, c, 255], (y * COOKIE + x) * 4);
    }
  }
  const t = new THREE.DataTexture(data, COOKIE, COOKIE, THREE.RGBAFormat);
  t.colorSpace = THREE.NoColorSpace;
  t.magFilter = THREE.LinearFilter;
  t.minFilter = THREE.LinearFilter;
  t.needsUpdate = true;
  return t;
}

/** A point light swapped for a spot aimed straight down, same colour, intensity and shadows. */
function pointToSpot(entry: SceneLight): THREE.SpotLight {
  const point = entry.light as THREE.PointLight;
  const spot = new THREE.SpotLight(point.color, point.intensity, point.distance, Math.PI / 3, 0, point.decay);
  spot.name = point.name;
  spot.userData = point.userData;
  spot.position.copy(point.position);
  point.parent!.add(spot);
  spot.add(spot.target);
  spot.target.position.set(0, -1, 0);
  point.removeFromParent();
  point.dispose();
  return spot;
}

/** Applies each profile once to the staged scene (the cookie lives as long as the scene). */
export function applyIes(stage: LoadedScene, profiles: Record<string, IesJob> | undefined): void {
  if (!profiles) return;
  for (const entry of stage.lights) {
    const job = profiles[entry.id];
    if (!job || (entry.light.userData as { iesApplied?: boolean }).iesApplied) continue;
    if (entry.light instanceof THREE.PointLight) entry.light = pointToSpot(entry);
    if (!(entry.light instanceof THREE.SpotLight)) continue;
    const spot = entry.light;
    // The cone must hold the profile's light; the cookie, not the cone's penumbra, shapes its edge.
    spot.angle = THREE.MathUtils.degToRad(Math.max(THREE.MathUtils.radToDeg(spot.angle), reachDeg(job)));
    spot.penumbra = 0.05;
    spot.map = cookieTexture(job, spot.angle);
    spot.userData = { ...spot.userData, iesApplied: true };
    spot.updateMatrixWorld(true);
  }
}

/** Frees the cookies applyIes made (the scene's own disposal does not know them). */
export function disposeIes(stage: LoadedScene): void {
  for (const entry of stage.lights) if (entry.light instanceof THREE.SpotLight && (entry.light.userData as { iesApplied?: boolean }).iesApplied) entry.light.map?.dispose();
}
