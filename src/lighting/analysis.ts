/**
 * Lighting analysis, the LightingGenerationService of the seeds made measurable: from a set-up (the seeds'
 * request format, or a SceneSpec) to the illuminance each light puts on the subject, and from those to the
 * key-to-fill ratio, colour-temperature spread, softness, contrast class, moods, a rubric-based rating and
 * concrete recommendations. Illuminance is incident (what a meter pointed at each light reads):
 * E = I · cos(off-axis angle) / d².
 */
import { z } from 'zod';
import { strictObject } from '../core/zod.js';
import { parseDirection, DirectionError } from './direction.js';
import { zodIssues } from '../core/zod-issues.js';
import { didYouMean, quote, type Issue } from '../core/issues.js';

export const ROLES = ['key', 'fill', 'rim', 'background', 'hair', 'kicker'] as const;
export type Role = (typeof ROLES)[number];

const SeedLight = strictObject({
  direction: z.union([z.string().max(200), z.number()]),
  intensity: z.number().min(0).max(1e6),
  color_temperature: z.number().min(1000).max(40000).default(5600),
  softness: z.number().min(0).max(1).default(0.5),
  distance: z.number().positive().max(1e4).default(1.5),
  enabled: z.boolean().default(true),
});

/** f-numbers as photographers write them: 2.8, "2.8", "f/2.8", "f2.8", "F/2.8", "ƒ/2.8". */
const F_NUMBER = /^(?:[fƒ]\s*\/?\s*)?(\d+(?:\.\d*)?|\.\d+)$/i;
/** Widest real lenses are about f/0.7; pinhole-like apertures stop around f/128. */
const F_NUMBER_RANGE = [0.5, 128] as const;

/** An f-number from a number or any of the usual spellings; undefined when it is not one. */
export function parseFNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = F_NUMBER.exec(value.trim());
  return m ? Number(m[1]) : undefined;
}

const Aperture = z.unknown().transform((value, ctx) => {
  const n = parseFNumber(value);
  const shown = JSON.stringify(value)?.slice(0, 40) ?? String(value);
  if (n === undefined) {
    ctx.addIssue({ code: 'custom', message: `expected an f-number such as "f/2.8", "f2.8" or 2.8, got ${shown}` });
    return z.NEVER;
  }
  if (n < F_NUMBER_RANGE[0] || n > F_NUMBER_RANGE[1]) {
    ctx.addIssue({ code: 'custom', message: `f-numbers run from f/${F_NUMBER_RANGE[0]} to f/${F_NUMBER_RANGE[1]}, got ${shown}` });
    return z.NEVER;
  }
  return n;
});

/** The seeds' request format (LightingGenerationService): SceneRequest, its LightSettings and CameraSettings. */
export const LightingRequest = strictObject({
  subject_description: z.string().max(2000).optional(),
  environment: z.string().max(2000).optional(),
  lighting_setup: z.partialRecord(z.enum(ROLES), SeedLight).refine((s) => Object.keys(s).length > 0, 'needs at least one light'),
  camera_settings: strictObject({
    shot_type: z.string().max(100).optional(),
    camera_angle: z.string().max(100).optional(),
    fov: z.number().min(1).max(179).optional(),
    lens_type: z.string().max(100).optional(),
    aperture: Aperture.optional(),
  }).optional(),
});
export type LightingRequest = z.input<typeof LightingRequest>;

/** One light as the analysis sees it. */
export interface LightAtSubject {
  role: Role | 'other';
  azimuthDeg: number;
  elevationDeg: number;
  /** Incident illuminance at the subject (relative units for seed requests, lux for scenes). */
  illuminance: number;
  kelvin?: number;
  softness: number;
  /** From the subject, in the set-up's units; absent for directional lights. */
  distance?: number;
}

export interface LightingReport {
  key_to_fill_ratio: number;
  key_to_fill_stops: number;
  color_temperature_spread_mired: number;
  shadow_softness: number;
  contrast: 'high-key' | 'low-key' | 'balanced';
  moods: string[];
  rating: number;
  rating_breakdown: { criterion: string; score: number; max: number; why: string }[];
  recommendations: string[];
  lights: (LightAtSubject & { share: number })[];
}

/** Ratios are capped here (8 stops) when there is no fill at all. */
export const MAX_RATIO = 256;

export function fromRequest(input: unknown): { ok: true; lights: LightAtSubject[] } | { ok: false; issues: Issue[] } {
  // Unknown roles first, in the format's own words; zod would only say "unrecognized key".
  const setup = (input as { lighting_setup?: unknown } | null)?.lighting_setup;
  if (setup && typeof setup === 'object' && !Array.isArray(setup)) {
    const unknown = Object.keys(setup).filter((k) => !(ROLES as readonly string[]).includes(k));
    if (unknown.length) {
      return { ok: false, issues: unknown.map((k) => ({ path: `lighting_setup.${k}`, message: `unknown role ${quote(k)}; roles are ${ROLES.join(', ')}${didYouMean(k, ROLES)}` })) };
    }
  }
  const parsed = LightingRequest.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const lights: LightAtSubject[] = [];
  const issues: Issue[] = [];
  for (const [role, l] of Object.entries(parsed.data.lighting_setup) as [Role, z.infer<typeof SeedLight>][]) {
    if (!l.enabled) continue;
    try {
      const d = parseDirection(l.direction);
      lights.push({ role, ...d, illuminance: l.intensity / (l.distance * l.distance), kelvin: l.color_temperature, softness: l.softness, distance: l.distance });
    } catch (err) {
      if (err instanceof DirectionError) issues.push({ path: `lighting_setup.${role}.direction`, message: err.message });
      else throw err;
    }
  }
  if (issues.length) return { ok: false, issues };
  return { ok: true, lights };
}

const mired = (k: number) => 1e6 / k;

/** Colour-correction gels by their mired shift (Lee Filters 201–206, 218, 223). */
const GELS: { name: string; lee: number; mired: number }[] = [
  { name: 'full CTO', lee: 204, mired: 159 },
  { name: '1/2 CTO', lee: 205, mired: 109 },
  { name: '1/4 CTO', lee: 206, mired: 64 },
  { name: '1/8 CTO', lee: 223, mired: 26 },
  { name: '1/8 CTB', lee: 218, mired: -18 },
  { name: '1/4 CTB', lee: 203, mired: -35 },
  { name: '1/2 CTB', lee: 202, mired: -78 },
  { name: 'full CTB', lee: 201, mired: -137 },
];
const nearestGel = (shift: number) => GELS.reduce((best, g) => (Math.abs(g.mired - shift) < Math.abs(best.mired - shift) ? g : best));
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Which light plays which part: named roles first, else inferred from where each light stands. */
interface Cast {
  /** The lights that reach the subject. */
  lights: LightAtSubject[];
  key?: LightAtSubject | undefined;
  fill?: LightAtSubject | undefined;
  rims: LightAtSubject[];
  background: LightAtSubject[];
}

function castRoles(all: LightAtSubject[]): Cast {
  const lights = all.filter((l) => l.illuminance > 0);
  const byRole = (r: Role) => lights.filter((l) => l.role === r).sort((a, b) => b.illuminance - a.illuminance)[0];
  // Without named roles: the strongest frontal light is the key; the strongest on the other side (or frontal)
  // is the fill; lights from behind are rims.
  const frontal = lights.filter((l) => Math.abs(l.azimuthDeg) <= 110).sort((a, b) => b.illuminance - a.illuminance);
  let key = byRole('key') ?? frontal.find((l) => l.role !== 'fill') ?? [...lights].sort((a, b) => b.illuminance - a.illuminance)[0];
  let fill =
    byRole('fill') ??
    frontal.filter((l) => l !== key && (Math.sign(l.azimuthDeg) !== Math.sign(key?.azimuthDeg ?? 0) || Math.abs(l.azimuthDeg) < 15))[0];
  // With inferred roles the brighter of the two is the key (an overcast sky out-lighting a weak sun).
  if (key && fill && key.role !== 'key' && fill.illuminance > key.illuminance) [key, fill] = [fill, key];
  const rims = lights.filter((l) => l !== key && l !== fill && (['rim', 'hair', 'kicker'].includes(l.role) || Math.abs(l.azimuthDeg) > 110));
  // Background lights separate the subject by lighting what is behind it, so they count even when none of
  // their light reaches the subject.
  const background = all.filter((l) => l.role === 'background');
  return { lights, key, fill, rims, background };
}

/** The numbers the report and its rating are made of. */
interface Measures {
  keyE: number;
  fillE: number;
  ratio: number;
  stops: number;
  kelvins: number[];
  spread: number;
  softness: number;
  meanK: number;
  strongestRim: number;
}

function measureCast({ lights, key, fill, rims }: Cast): Measures {
  const keyE = key?.illuminance ?? 0;
  const fillE = fill?.illuminance ?? 0;
  const ratio = keyE === 0 ? 1 : fillE * MAX_RATIO <= keyE ? MAX_RATIO : keyE / fillE;
  const kelvins = lights.map((l) => l.kelvin).filter((k): k is number => k !== undefined);
  return {
    keyE,
    fillE,
    ratio,
    stops: Math.log2(ratio),
    kelvins,
    spread: kelvins.length > 1 ? Math.max(...kelvins.map(mired)) - Math.min(...kelvins.map(mired)) : 0,
    softness: key?.softness ?? 0,
    meanK: kelvins.length ? 1e6 / (kelvins.reduce((s, k) => s + mired(k), 0) / kelvins.length) : 5600,
    strongestRim: Math.max(0, ...rims.map((l) => l.illuminance)),
  };
}

function moodsFor({ key }: Cast, { ratio, meanK, keyE, strongestRim, softness }: Measures): string[] {
  const moods = new Set<string>();
  if (ratio >= 8) ['dramatic', 'mysterious'].forEach((m) => moods.add(m));
  else if (ratio >= 4) moods.add('moody');
  else if (ratio <= 2) ['bright', 'open'].forEach((m) => moods.add(m));
  else moods.add('natural');
  if (meanK < 3500) ['warm', 'intimate'].forEach((m) => moods.add(m));
  else if (meanK > 6500) ['cool', 'clinical'].forEach((m) => moods.add(m));
  if (key && key.elevationDeg < -10) ['eerie', 'unsettling'].forEach((m) => moods.add(m));
  if (key && Math.abs(key.azimuthDeg) >= 75 && Math.abs(key.azimuthDeg) <= 105 && ratio >= 4) moods.add('tense');
  if (strongestRim >= keyE * 0.8 && keyE > 0) moods.add('heroic');
  if (softness >= 0.65) moods.add('soft');
  else if (softness <= 0.2) moods.add('harsh');
  if (meanK < 3500 && softness >= 0.5 && ratio <= 3) moods.add('romantic');
  return [...moods];
}

type Score = LightingReport['rating_breakdown'][number];
/** One line of the rubric: its score, and what to change to raise it. */
type Criterion = (cast: Cast, m: Measures) => { score: Score; recommendations: string[] };

/** 1. Ratio in the range portraits and scenes usually want. */
const ratioCriterion: Criterion = ({ key, fill }, { ratio, stops, keyE, fillE }) => {
  const rec: string[] = [];
  const score = ratio >= 1.5 && ratio <= 8 ? 2 : (ratio >= 1.2 && ratio < 1.5) || (ratio > 8 && ratio <= 16) ? 1 : 0;
  if (!fill && key) rec.push(`Add a fill on the side opposite the key (camera-${key.azimuthDeg >= 0 ? 'left' : 'right'}) at about half the key's illuminance for a 2:1 ratio, or keep it dark on purpose for a low-key look.`);
  else if (fill && key && ratio < 1.5) {
    // Inverse square: the distance that gives half the key's illuminance.
    const to = fill.distance === undefined ? '' : `move the fill back to ${round(fill.distance * Math.sqrt((fillE / keyE) * 2), 2)} (from ${round(fill.distance, 2)}) or `;
    rec.push(`The fill is nearly as bright as the key (${round(ratio)}:1); ${to}cut its output to ${round((keyE / 2 / fillE) * 100, 0)} % for a 2:1 ratio.`);
  } else if (fill && key && ratio > 16) {
    const to = fill.distance === undefined ? '' : `bring the fill in to ${round(fill.distance * Math.sqrt(fillE / (keyE / 8)), 2)} (from ${round(fill.distance, 2)}) or `;
    rec.push(`Shadows will go black at ${round(ratio)}:1; ${to}raise its output ${round(keyE / 8 / fillE, 1)}× for 8:1.`);
  }
  const why = `${round(ratio)}:1 (${round(stops, 1)} stop${round(stops, 1) === 1 ? '' : 's'}); 1.5:1–8:1 reads as shaped but not lost`;
  return { score: { criterion: 'key-to-fill ratio', score, max: 2, why }, recommendations: rec };
};

/** 2. Key placement: in front of the subject, to one side, above eye level. */
const placementCriterion: Criterion = ({ key }) => {
  const rec: string[] = [];
  let score = 0;
  if (key) {
    const az = Math.abs(key.azimuthDeg);
    if (az >= 20 && az <= 70 && key.elevationDeg >= 10 && key.elevationDeg <= 50) score = 2;
    else if (az <= 100 && key.elevationDeg >= -5 && key.elevationDeg <= 70) score = 1;
    if (key.elevationDeg < -5) rec.push(`The key is below the subject (${round(key.elevationDeg, 0)}°): under-lighting reads as horror; raise it 20–40° above eye level unless that is the intent.`);
    else if (key.elevationDeg < 10) rec.push('Raise the key 20–40° above eye level so the nose and brow cast modelling shadows downwards.');
    if (az < 20) rec.push(`The key is almost on the camera axis (${round(key.azimuthDeg, 0)}°), which flattens the face; move it 30–45° to one side.`);
    else if (az > 100) rec.push('The key is behind the subject; bring it in front (30–60° off the camera axis) or treat this as a rim-lit silhouette.');
  }
  const why = key ? `azimuth ${round(key.azimuthDeg, 0)}°, elevation ${round(key.elevationDeg, 0)}°; classic is 20–70° to the side, 10–50° up` : 'no key light';
  return { score: { criterion: 'key placement', score, max: 2, why }, recommendations: rec };
};

/** 3. Colour consistency, with the gel that would bring the odd light in line. */
const colourCriterion: Criterion = ({ lights, key }, { spread, kelvins }) => {
  const rec: string[] = [];
  const score = spread <= 40 ? 2 : spread <= 100 ? 1 : 0;
  if (spread > 40 && kelvins.length > 1) {
    const keyK = key?.kelvin;
    const odd = keyK === undefined ? undefined : lights.filter((l) => l.kelvin !== undefined).sort((a, b) => Math.abs(mired(b.kelvin!) - mired(keyK)) - Math.abs(mired(a.kelvin!) - mired(keyK)))[0];
    if (keyK !== undefined && odd && odd !== key) {
      // Positive: the odd light is cooler than the key and needs warming (CTO); negative: cooling (CTB).
      const shift = mired(keyK) - mired(odd.kelvin!);
      const gel = nearestGel(shift);
      rec.push(`The ${odd.role === 'other' ? 'odd light' : odd.role} is ${odd.kelvin} K against the key's ${keyK} K (${round(Math.abs(shift), 0)} mired apart); gel it with ${gel.name} (Lee ${gel.lee}, ${gel.mired > 0 ? '+' : '−'}${Math.abs(gel.mired)} mired) to match, unless the warm/cool split is deliberate.`);
    } else {
      rec.push(`The lights differ by ${round(spread, 0)} mired (${Math.min(...kelvins)} K to ${Math.max(...kelvins)} K); gel them to one colour temperature unless the split is a deliberate warm/cool look.`);
    }
  }
  const why = `${round(spread, 0)} mired between the warmest and coolest light; under 40 mired reads as one light source`;
  return { score: { criterion: 'colour consistency', score, max: 2, why }, recommendations: rec };
};

/** 4. Separation from the background. */
const separationCriterion: Criterion = ({ rims, background }, { strongestRim, keyE }) => {
  const rec: string[] = [];
  const score = Math.min(2, (strongestRim >= 0.3 * keyE && rims.length ? 2 : rims.length ? 1 : 0) + (background.length ? 1 : 0));
  const parts = [rims.length ? `rim/hair light at ${round(strongestRim / (keyE || 1), 2)}× the key` : 'no rim or hair light', background.length ? `${background.length} background light${background.length > 1 ? 's' : ''}` : 'no background light'];
  if (!rims.length) rec.push('Add a rim or hair light behind the subject (120–160° from the camera, 30–50° up) at 0.5–1× the key to separate it from the background.');
  else if (score < 2) rec.push(`The rim is weak (${round(strongestRim / (keyE || 1), 2)}× the key); bring it to 0.5–1× the key or light the background.`);
  const why = `${parts.join(', ')}; a rim at 0.3× the key or more, or a lit background, lifts the subject off it`;
  return { score: { criterion: 'separation', score, max: 2, why }, recommendations: rec };
};

/** 5. Softness suited to the ratio: soft sources flatter, hard ones dramatise. */
const softnessCriterion: Criterion = (_cast, { softness, ratio }) => {
  const rec: string[] = [];
  const score = softness >= 0.3 && softness <= 0.85 ? 2 : 1;
  if (softness < 0.3 && ratio < 4) rec.push('A hard key with a low ratio looks flat but edgy; use a larger or closer source (softbox, diffusion) for flattering, or raise the ratio for drama.');
  return { score: { criterion: 'source softness', score, max: 2, why: `key softness ${round(softness)} (0 hard point source, 1 wrapping)` }, recommendations: rec };
};

/** The rubric, in the order its lines and recommendations are reported. */
const CRITERIA: readonly Criterion[] = [ratioCriterion, placementCriterion, colourCriterion, separationCriterion, softnessCriterion];

export function analyzeLights(all: LightAtSubject[]): LightingReport {
  const cast = castRoles(all);
  const m = measureCast(cast);
  const judged = CRITERIA.map((criterion) => criterion(cast, m));
  const breakdown = judged.map((j) => j.score);
  const total = cast.lights.reduce((s, l) => s + l.illuminance, 0) || 1;
  return {
    key_to_fill_ratio: round(m.ratio, 3),
    key_to_fill_stops: round(m.stops, 3),
    color_temperature_spread_mired: round(m.spread, 1),
    shadow_softness: round(m.softness, 3),
    contrast: m.ratio >= 4 ? 'low-key' : m.ratio <= 2 ? 'high-key' : 'balanced',
    moods: moodsFor(cast, m),
    rating: Math.max(1, breakdown.reduce((s, b) => s + b.score, 0)),
    rating_breakdown: breakdown,
    recommendations: judged.flatMap((j) => j.recommendations),
    lights: cast.lights.map((l) => ({ ...l, share: round(l.illuminance / total, 3) })),
  };
}

export type AnalysisResult = { status: 'ok'; report: LightingReport } | { status: 'error'; errors: Issue[] };

/** Analyses one set-up in the seeds' request format. */
export function analyzeRequest(input: unknown): AnalysisResult {
  const r = fromRequest(input);
  return r.ok ? { status: 'ok', report: analyzeLights(r.lights) } : { status: 'error', errors: r.issues };
}
