import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { didYouMean, quote, type Issue } from '../../core/issues.js';
import { Canvas3dError } from '../../core/errors.js';
import { InputError, ReportedFailure, printIssues, printJson, readInput } from '../io.js';
import type { LightingReport } from '../../lighting/analysis.js';
import type { BatchItemResult } from '../../pipeline/analyze-lighting.js';
import type { MeasuredLighting } from '../../lighting/measure.js';

const CATEGORIES = ['studio', 'cinematic', 'time-of-day', 'weather'] as const;

const ids = (v: string) => v.split(',').map((s) => s.trim()).filter(Boolean);
const number = (v: string) => {
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError('must be a number');
  return n;
};

async function findPreset(id: string) {
  const { getLightingPreset, lightingPresetIds } = await import('../../library/lighting/index.js');
  const preset = getLightingPreset(id);
  if (!preset) throw new InputError([{ path: '', message: `unknown lighting preset ${quote(id)}${didYouMean(id, lightingPresetIds())} (canvas3d lighting list shows them all)` }], 'lighting');
  return preset;
}

async function readJson(file: string): Promise<{ value: unknown; baseDir: string; label: string }> {
  const { parseJsonText } = await import('../../core/json.js');
  const input = readInput(file);
  const json = parseJsonText(input.text);
  if (!json.ok) throw new InputError(json.issues, input.label);
  return { value: json.value, baseDir: input.baseDir, label: input.label };
}

const fmt = (x: number, d = 2) => String(Math.round(x * 10 ** d) / 10 ** d);
const stops = (x: number) => `${fmt(x, 1)} stop${fmt(x, 1) === '1' ? '' : 's'}`;

function printReport(r: LightingReport): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`key-to-fill ${fmt(r.key_to_fill_ratio)}:1 (${stops(r.key_to_fill_stops)}), ${r.contrast}; colour spread ${fmt(r.color_temperature_spread_mired, 0)} mired; softness ${fmt(r.shadow_softness)}`);
  w(`moods: ${r.moods.join(', ') || '—'}`);
  w(`rating ${r.rating}/10`);
  for (const b of r.rating_breakdown) w(`  ${b.score}/${b.max}  ${b.criterion}: ${b.why}`);
  if (r.recommendations.length) w('recommendations:');
  for (const rec of r.recommendations) w(`  - ${rec}`);
}

function printMeasured(m: MeasuredLighting): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`lit/shadow ${fmt(m.lit_to_shadow_ratio)}:1 (${stops(m.lit_to_shadow_stops)}) over ${m.subject_pixels} subject pixels`);
  w(`clipping: subject ${fmt(m.clipping.subject_highlights_pct)} % blown, ${fmt(m.clipping.subject_shadows_pct)} % crushed; frame ${fmt(m.clipping.frame_highlights_pct)} % blown, ${fmt(m.clipping.frame_shadows_pct)} % crushed`);
  w(`estimated CCT: ${m.estimated_cct ? `${m.estimated_cct.kelvin} K${m.estimated_cct.off_locus > 0.02 ? ' (strongly tinted: the CCT is only indicative)' : ''}` : '—'}`);
  const bars = ' ▁▂▃▄▅▆▇█';
  const peak = Math.max(...m.histogram.subject, 1e-9);
  w(`subject histogram (dark → bright): ${m.histogram.subject.map((v) => bars[Math.round((v / peak) * 8)]).join('')}`);
}

function listCommand(lighting: Command): void {
  lighting
    .command('list')
    .description('list the lighting presets')
    .addOption(new Option('--category <category>', 'only this category').choices([...CATEGORIES]))
    .option('--json', 'print JSON: [{ id, category, label, moods, tags }]')
    .action(async (opts: { category?: (typeof CATEGORIES)[number]; json?: boolean }) => {
      const { lightingPresets } = await import('../../library/lighting/index.js');
      const presets = lightingPresets(opts.category);
      if (opts.json) {
        printJson(presets.map((p) => ({ id: p.id, category: p.category, label: p.label, moods: p.moods, tags: p.tags, lights: p.lights.length })));
        return;
      }
      const width = Math.max(...presets.map((p) => p.id.length));
      for (const p of presets) process.stdout.write(`${p.id.padEnd(width)}  ${p.category.padEnd(11)}  ${p.label} — ${p.moods.join(', ')}\n`);
      process.stdout.write(`${presets.length} presets\n`);
    });
}

function printPreset(p: Awaited<ReturnType<typeof findPreset>>): void {
  const w = (s: string) => process.stdout.write(`${s}\n`);
  w(`${p.id}: ${p.label} (${p.category})`);
  w(`  ${p.description}`);
  w(`  moods: ${p.moods.join(', ')}`);
  for (const l of p.lights) {
    const where = `${fmt(l.azimuthDeg, 0)}° ${l.azimuthDeg < 0 ? 'camera-left' : l.azimuthDeg > 0 ? 'camera-right' : 'front'}, ${fmt(l.elevationDeg, 0)}° up`;
    const colour = l.color ?? `${l.kelvin ?? 6500} K`;
    w(`  ${l.role.padEnd(10)} ${l.type.padEnd(11)} ${where}${l.type === 'directional' ? '' : `, ${l.distance}× subject size`}; ${l.illuminanceLux} lx at the ${l.aim === 'background' ? 'background' : 'subject'}, ${colour}`);
  }
  const env = p.environment;
  if (env) w(`  environment: ambient ${env.ambientLux ?? 0} lx${env.sky?.type === 'procedural' ? `, daylight sky (sun ${env.sky.sunElevationDeg}°)` : ''}${env.fog && env.fog.type !== 'none' ? `, ${env.fog.type} fog` : ''}${env.volumetric ? `, volumetric ${env.volumetric.density}/m` : ''}`);
  if (p.animation?.length) w(`  animation: ${p.animation.map((a) => `${a.role} ${a.kind}`).join(', ')}`);
  w(`  exposure: ${p.exposureEv ?? 0} EV`);
}

function showCommand(lighting: Command): void {
  lighting
    .command('show')
    .description('show one preset: its lights relative to the subject and camera, environment and exposure')
    .argument('<id>', 'preset id')
    .option('--json', 'print the preset as JSON')
    .action(async (id: string, opts: { json?: boolean }) => {
      const p = await findPreset(id);
      if (opts.json) printJson(p);
      else printPreset(p);
    });
}

/** A batch: each item's status and report or issues; exit 1 (already reported) if any failed. */
function printBatch(results: BatchItemResult[], failed: number, label: string, json: boolean | undefined): void {
  if (json) printJson(results);
  else {
    for (const r of results) {
      process.stdout.write(`[${r.index}] ${r.status}\n`);
      if (r.status === 'ok') printReport(r.report);
      else printIssues(`${label}[${r.index}]`, r.errors);
    }
  }
  if (failed) {
    process.stderr.write(`${label}: ${failed} of ${results.length} set-ups failed\n`);
    throw new ReportedFailure(`${failed} set-ups failed`);
  }
}

function analyzeCommand(lighting: Command): void {
  lighting
    .command('analyze')
    .description('analyse lighting set-ups: key-to-fill ratio, colour spread, softness, contrast, moods, rating and recommendations')
    .argument('<file>', 'JSON: one set-up ({ "lighting_setup": … }), a SceneSpec, or an array of either; - for stdin')
    .option('--subject <ids>', 'SceneSpec only: comma-separated object ids to meter at (default: the first shot\'s subjects)', ids)
    .option('--camera <id>', 'SceneSpec only: camera that defines camera-left/right (default: the first shot\'s)')
    .option('--json', 'print JSON (one report, or [{ index, status, report | errors }] for an array)')
    .action(async (file: string, opts: { subject?: string[]; camera?: string; json?: boolean }) => {
      const { analyzeLighting } = await import('../../pipeline/analyze-lighting.js');
      const { value, baseDir, label } = await readJson(file);
      let analysis;
      try {
        analysis = analyzeLighting({ input: value, baseDir, ...(opts.subject ? { subjects: opts.subject } : {}), ...(opts.camera ? { camera: opts.camera } : {}) });
      } catch (err) {
        if (err instanceof Canvas3dError && err.code === 'C3D_INPUT_INVALID') throw new InputError(err.issuesOrMessage(), label);
        throw err;
      }
      if (analysis.kind === 'batch') printBatch(analysis.results, analysis.failed, label, opts.json);
      else if (opts.json) printJson(analysis.report);
      else printReport(analysis.report);
    });
}

function measureCommand(lighting: Command): void {
  lighting
    .command('measure')
    .description('measure a rendered frame: lit/shadow luminance ratio on the subject, clipping, histogram, estimated CCT')
    .argument('<frame>', 'rendered frame: PNG, JPEG or WebP (sRGB) or Radiance .hdr (linear)')
    .requiredOption('--mask <file>', 'subject mask, same size: white on black, or an id mask with --mask-color')
    .option('--mask-color <hex>', 'in an id mask, the colour of the subject', (v) => {
      if (!/^#[0-9a-fA-F]{6}$/.test(v)) throw new InvalidArgumentError('must be a hex colour like #ff8800');
      return v;
    })
    .option('--json', 'print JSON')
    .action(async (frame: string, opts: { mask: string; maskColor?: string; json?: boolean }) => {
      const { measureFiles, MeasureError } = await import('../../lighting/measure.js');
      let m;
      try {
        m = await measureFiles(frame, opts.mask, opts.maskColor ? { maskColor: opts.maskColor } : {});
      } catch (err) {
        if (err instanceof MeasureError) throw new InputError(err.issues, frame);
        throw err;
      }
      if (opts.json) printJson(m);
      else printMeasured(m);
    });
}

interface ApplyOptions {
  output: string;
  subject?: string[];
  camera?: string;
  keepLights?: boolean;
  json?: boolean;
}

async function applyPreset(presetId: string, file: string, opts: ApplyOptions): Promise<void> {
  const preset = await findPreset(presetId);
  const { validateSpec } = await import('../../validate/validate.js');
  const { applyLightingPreset } = await import('../../lighting/apply.js');
  const { FrameError } = await import('../../lighting/frame.js');
  const { writeFileAtomic } = await import('../../core/atomic.js');
  const { value, baseDir, label } = await readJson(file);
  const v = validateSpec(value, { baseDir });
  if (!v.ok) throw new InputError(v.issues, label);
  let result;
  try {
    result = applyLightingPreset(value as never, v.spec, preset, { baseDir, keepLights: !!opts.keepLights, ...(opts.subject ? { subjects: opts.subject } : {}), ...(opts.camera ? { camera: opts.camera } : {}) });
  } catch (err) {
    if (err instanceof FrameError) throw new InputError(err.issues.map((i) => ({ ...i, path: `--${i.path === 'subjects' ? 'subject' : i.path}` })), label);
    throw err;
  }
  // The result must itself be a valid spec where it is written: relative file paths (textures, libraries)
  // resolve against the output's folder, and may not leave it, so they cannot simply be rebased.
  const outDir = path.dirname(path.resolve(opts.output));
  const check = validateSpec(result.spec, { baseDir: outDir });
  if (!check.ok) {
    if (outDir !== baseDir) {
      const first = check.issues[0]!;
      throw new InputError([{ path: '--output', message: `the spec's relative files do not resolve from ${outDir} (${first.path}: ${first.message}); write the output in the input's folder` }], label);
    }
    throw new Error(`applying ${preset.id} produced an invalid spec: ${check.issues.map((i: Issue) => `${i.path}: ${i.message}`).join('; ')}`);
  }
  writeFileAtomic(opts.output, `${JSON.stringify(result.spec, null, 2)}\n`);
  const f = result.frame;
  const summary = { ok: true, output: opts.output, preset: preset.id, subjects: f.subjects, camera: f.cameraId ?? null, subjectCentre: f.centre.toArray().map((x) => +x.toFixed(3)), subjectSize: +f.size.toFixed(3), lights: result.lights.map((l) => ({ id: l.light.id, role: l.role, type: l.light.type, position: 'position' in l.light ? l.light.position : undefined, intensity: l.light.intensity, distanceM: +l.distanceM.toFixed(3) })) };
  if (opts.json) printJson(summary);
  else process.stdout.write(`wrote ${opts.output}: ${preset.label}, ${result.lights.length} light${result.lights.length === 1 ? '' : 's'} around ${f.subjects.join(', ') || 'the scene'} (size ${fmt(f.size)} m)${f.cameraId ? ` as seen from ${f.cameraId}` : ''}\n`);
}

function applyCommand(lighting: Command): void {
  lighting
    .command('apply')
    .description('light a SceneSpec with a preset, placed around its subject and camera; writes a new SceneSpec')
    .argument('<preset>', 'preset id (canvas3d lighting list)')
    .argument('<spec>', 'SceneSpec JSON file, or - for stdin')
    .requiredOption('-o, --output <file>', 'output SceneSpec .json (may be the input: it is replaced atomically)', (v) => {
      if (!/\.json$/i.test(v)) throw new InvalidArgumentError('the output must end in .json');
      return v;
    })
    .option('--subject <ids>', 'comma-separated object ids to light (default: the first shot\'s subjects, else everything but the set)', ids)
    .option('--camera <id>', 'camera that defines front and camera-left/right (default: the first shot\'s)')
    .option('--keep-lights', 'keep the scene\'s own lights and add the preset\'s')
    .option('--json', 'print a JSON summary')
    .action(applyPreset);
}

interface SkyOptions {
  output: string;
  date?: string;
  time?: string;
  utcOffset?: number;
  lat?: number;
  lon?: number;
  elevation?: number;
  azimuth?: number;
  turbidity?: number;
  width: number;
  sunDisc?: boolean;
  json?: boolean;
}

/** The sky options checked by the spec's own Sky schema, with issues named after the flags. */
async function skyFromFlags(opts: SkyOptions) {
  const { Sky } = await import('../../scene/environment.js');
  const { zodIssues } = await import('../../core/zod-issues.js');
  const flag: Record<string, string> = { date: '--date', time: '--time', utcOffsetHours: '--utc-offset', latitude: '--lat', longitude: '--lon', sunElevationDeg: '--elevation', sunAzimuthDeg: '--azimuth', turbidity: '--turbidity' };
  const raw = { type: 'procedural', date: opts.date, time: opts.time, utcOffsetHours: opts.utcOffset, latitude: opts.lat, longitude: opts.lon, sunElevationDeg: opts.elevation, sunAzimuthDeg: opts.azimuth, turbidity: opts.turbidity };
  const parsed = Sky.safeParse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)));
  if (!parsed.success) throw new InputError(zodIssues(parsed.error).map((i) => ({ path: flag[i.path] ?? i.path, message: i.message })), 'sky');
  if (parsed.data.type !== 'procedural') throw new Error('unreachable');
  return parsed.data;
}

async function writeSky(opts: SkyOptions): Promise<void> {
  const { skySun, sunLightFor } = await import('../../lighting/daylight.js');
  const { equirectSky } = await import('../../lighting/sky.js');
  const { writeHdr } = await import('../../lighting/hdr.js');
  const { writeFileAtomic } = await import('../../core/atomic.js');
  const sky = await skyFromFlags(opts);
  const sun = skySun(sky);
  const image = equirectSky({ sun, turbidity: sky.turbidity, width: opts.width, height: opts.width / 2, ...(opts.sunDisc ? { sunDisc: true } : {}) });
  writeFileAtomic(opts.output, writeHdr(image, `Canvas3D daylight sky (Preetham), linear sRGB in kcd/m2; sun elevation ${sun.elevationDeg.toFixed(2)} deg, azimuth ${sun.azimuthDeg.toFixed(2)} deg, turbidity ${sky.turbidity}`));
  const light = sunLightFor(sky);
  const summary = { ok: true, output: opts.output, width: image.width, height: image.height, sun: { elevationDeg: +sun.elevationDeg.toFixed(3), azimuthDeg: +sun.azimuthDeg.toFixed(3) }, sunLight: light ?? null };
  if (opts.json) printJson(summary);
  else process.stdout.write(`wrote ${opts.output} (${image.width}×${image.height}): sun ${fmt(sun.elevationDeg, 1)}° up, bearing ${fmt(sun.azimuthDeg, 1)}°${light ? `, ${light.intensity.value} lx at ${(light.color as { kelvin: number }).kelvin} K` : ', below the horizon'}\n`);
}

function skyCommand(lighting: Command): void {
  lighting
    .command('sky')
    .description('render the analytic daylight sky (Preetham) to an equirectangular Radiance .hdr, sun placed by date, time and place or by angles')
    .requiredOption('-o, --output <file>', 'output .hdr', (v) => {
      if (!/\.hdr$/i.test(v)) throw new InvalidArgumentError('the output must end in .hdr');
      return v;
    })
    .option('--date <YYYY-MM-DD>', 'date (with --time and --lat)')
    .option('--time <HH:MM>', 'local clock time')
    .option('--utc-offset <hours>', 'local time zone offset from UTC', number)
    .option('--lat <degrees>', 'latitude, north positive', number)
    .option('--lon <degrees>', 'longitude, east positive', number)
    .option('--elevation <degrees>', 'sun elevation, when no date is given', number)
    .option('--azimuth <degrees>', 'sun compass bearing, clockwise from north (-Z)', number)
    .option('--turbidity <t>', 'haze: 2 very clear, 3 clear, 10 hazy', number)
    .option('--width <px>', 'image width; the height is half', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 16 || n > 8192) throw new InvalidArgumentError('must be a whole number from 16 to 8192');
      return n;
    }, 1024)
    .option('--sun-disc', 'draw the sun\'s disc at its physical luminance (for lighting; blinding as a backdrop)')
    .option('--json', 'print a JSON summary')
    .action(writeSky);
}

export function registerLighting(program: Command): void {
  const lighting = program.command('lighting').description('lighting presets, set-up analysis, measured lighting and daylight skies');
  listCommand(lighting);
  showCommand(lighting);
  analyzeCommand(lighting);
  measureCommand(lighting);
  applyCommand(lighting);
  skyCommand(lighting);
}
