/**
 * Camera exposure in photographic units. EV100 = log2(N² / t) − log2(S / 100) (ISO 2720 exposure value at
 * ISO 100); the scene luminance that exposes to mid-grey at a given EV100 follows from the reflected-light
 * meter equation L = 2^EV100 · K / 100 with K = 12.5 cd·s/m² (ISO 2720's calibration constant).
 */
export const METER_K = 12.5;

export function ev100(fStop: number, shutterS: number, iso = 100): number {
  if (!(fStop > 0 && shutterS > 0 && iso > 0)) throw new RangeError('f-stop, shutter and ISO must be positive');
  return Math.log2((fStop * fStop) / shutterS) - Math.log2(iso / 100);
}

/** Average scene luminance (cd/m²) that a meter exposes to mid-grey at EV100. */
export function luminanceForEv100(ev: number): number {
  return (2 ** ev * METER_K) / 100;
}

export function ev100ForLuminance(luminance: number): number {
  return Math.log2((luminance * 100) / METER_K);
}

/**
 * The multiplier a renderer applies to scene luminance (cd/m²) so that EV100 maps to display white: the
 * saturation-based exposure of Lagarde & de Rousiers (2014), 1 / (1.2 · 2^EV100).
 */
export function exposureScale(ev: number): number {
  return 1 / (1.2 * 2 ** ev);
}

/** The incident reading a scene is exposed for when nothing is metered (no lights at the subject). */
export const REFERENCE_LUX = 1000;

/**
 * What a dome (hemispherical) incident meter at the subject, its dome turned to the camera, reads: each
 * source weighted by (1 + cos θ)/2 for θ between the source and the camera direction (a back light adds
 * nothing, a side light half), ambient light in full.
 */
export function incidentReading(sources: readonly { illuminance: number; cosToCamera: number }[], ambientLux = 0): number {
  return sources.reduce((e, s) => e + s.illuminance * Math.max(0, (1 + s.cosToCamera) / 2), ambientLux);
}

/**
 * The scale from scene luminance (cd/m²) to scene-linear render values that puts 18 % grey under `incidentLux`
 * at 0.18 (a Lambertian surface of albedo ρ under E lux has luminance ρE/π), compensated by `ev` stops.
 */
export function exposureForIncident(incidentLux: number, ev = 0): number {
  const e = incidentLux > 0 && Number.isFinite(incidentLux) ? incidentLux : REFERENCE_LUX;
  return (Math.PI / e) * 2 ** ev;
}
