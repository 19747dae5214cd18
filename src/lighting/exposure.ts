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

/** Linear luminance (Rec. 709) of the 90th-percentile pixel below which a frame has nothing legible in it. */
export const LEGIBLE_HIGHLIGHT = 0.12;
/** Centre-weighted mean linear luminance above which a frame washes out. */
export const WASHED_OUT_MEAN = 0.9;
/** The most a reflected reading may move the incident one, in stops either way. */
export const MAX_METER_CORRECTION_EV = 2;

/**
 * The stops a reflected (in-camera) reading adds to an incident exposure, from a small scene-linear render of the
 * frame (RGBA). An incident meter exposes the subject's light correctly whatever it faces, so a figure lit only
 * from behind, or a room whose one bulb hangs out of shot, comes out black. The meter keeps the incident exposure
 * wherever the frame is readable, and only where it is not moves it, by at most two stops: up until the frame's
 * highlights (90th-percentile luminance, centre-weighted) are legible — night stays dark, its lit parts read — or
 * down until the centre-weighted mean no longer washes out.
 */
export function meteredCorrectionEv(rgba: Float32Array, width: number, height: number): number {
  const samples = centreWeighted(rgba, width, height);
  if (!samples.length) return 0;
  const highlight = weightedPercentile(samples, 0.9);
  const mean = samples.reduce((s, x) => s + x.lum * x.weight, 0) / samples.reduce((s, x) => s + x.weight, 0);
  const clampEv = (ev: number) => Math.max(-MAX_METER_CORRECTION_EV, Math.min(MAX_METER_CORRECTION_EV, ev));
  if (mean > WASHED_OUT_MEAN) return round2(clampEv(Math.log2(WASHED_OUT_MEAN / mean)));
  if (highlight < LEGIBLE_HIGHLIGHT) return round2(clampEv(Math.log2(LEGIBLE_HIGHLIGHT / Math.max(highlight, 1e-6))));
  return 0;
}

interface Sample {
  lum: number;
  weight: number;
}

/** Each pixel's luminance with a weight falling off from the frame's centre (a Gaussian of σ = 0.35 of each side). */
function centreWeighted(rgba: Float32Array, width: number, height: number): Sample[] {
  const out: Sample[] = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const lum = 0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!;
      if (!Number.isFinite(lum)) continue;
      const dx = (x + 0.5) / width - 0.5;
      const dy = (y + 0.5) / height - 0.5;
      out.push({ lum: Math.max(0, lum), weight: Math.exp(-(dx * dx + dy * dy) / (2 * 0.35 * 0.35)) });
    }
  }
  return out;
}

function weightedPercentile(samples: Sample[], p: number): number {
  const sorted = [...samples].sort((a, b) => a.lum - b.lum);
  const total = sorted.reduce((s, x) => s + x.weight, 0);
  let acc = 0;
  for (const s of sorted) {
    acc += s.weight;
    if (acc >= p * total) return s.lum;
  }
  return sorted[sorted.length - 1]!.lum;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
