/**
 * Frame checks: each rendered frame read back with its own object mask. A subject the mask does not show fails
 * the shot; a subject far from the share of the frame its shot size implies, or a frame too dark, too bright or
 * flat to read, is a warning. The measures are plain pixel counts, so the bands below are deliberately generous:
 * they catch a two-shot with nobody in it or a night frame gone black, not a framing a director might choose.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ShotSize } from '../scene/shot.js';
import type { RenderedShot, RenderManifest } from '../render/render.js';
import { writeFilesAtomic } from '../core/atomic.js';
import { OBJECT_RULES, objectFrameM } from '../camera/framing.js';

/** A band of the frame's area (0–1) a subject is expected to cover. */
export interface ShareBand {
  min: number;
  max: number;
}

/**
 * Expected share of the frame per shot size, for a person and for a thing. Derived from the framing tables in
 * camera/framing.ts (a CU frames 0.3 of standing height, so head and shoulders cover about a third of the frame;
 * a WS frames three heights, so a person covers 1–2 %), then widened about four times on each side.
 */
export const SHARE_BANDS: Record<ShotSize, { person: ShareBand; thing: ShareBand }> = {
  ECU: { person: { min: 0.15, max: 1 }, thing: { min: 0.15, max: 1 } },
  CU: { person: { min: 0.08, max: 1 }, thing: { min: 0.08, max: 1 } },
  MCU: { person: { min: 0.06, max: 1 }, thing: { min: 0.04, max: 1 } },
  MS: { person: { min: 0.04, max: 0.9 }, thing: { min: 0.02, max: 1 } },
  MLS: { person: { min: 0.03, max: 0.8 }, thing: { min: 0.01, max: 1 } },
  FS: { person: { min: 0.015, max: 0.6 }, thing: { min: 0.005, max: 1 } },
  WS: { person: { min: 0.002, max: 0.5 }, thing: { min: 0, max: 0.9 } },
  // The setting is the subject of an establishing shot: anyone in it stays small.
  EWS: { person: { min: 0, max: 0.4 }, thing: { min: 0, max: 0.4 } },
  // The foreground shoulder may cover much of the frame; the one it looks at is at least a small figure.
  OTS: { person: { min: 0.01, max: 1 }, thing: { min: 0.005, max: 1 } },
  TWO: { person: { min: 0.015, max: 0.7 }, thing: { min: 0.005, max: 1 } },
  INSERT: { person: { min: 0.05, max: 1 }, thing: { min: 0.05, max: 1 } },
};

/** Mean luma below this (8/255) is a black frame: a night scene whose key light missed, or a camera inside a wall. */
export const DARK_MEAN = 8;
/** Mean luma above this (245/255) is a blown-out frame: an exposure or light unit gone wrong. */
export const BRIGHT_MEAN = 245;
/** Under this spread between the 5th and 95th percentile luma the frame shows one flat tone: nothing to read. */
export const MIN_SPREAD = 10;

/** Rec. 709 luma weights, applied to the sRGB-encoded values as written. */
const LUMA = [0.2126, 0.7152, 0.0722] as const;

export interface CheckedSubject {
  id: string;
  person: boolean;
  /**
   * A thing's box size, metres: a small thing is framed with room round it (framing.ts minFrameM), and a thin
   * one (a torch, a lamp post) covers less of its frame than a compact one.
   */
  sizeM?: readonly [number, number, number];
}

/** A shot as the check needs it: its size and its subjects, each known as a person or a thing. */
export interface ShotToCheck {
  id: string;
  size?: string;
  subjects: CheckedSubject[];
}

/** A frame and its mask: PNG bytes (or paths) and the mask's legend (colour → object id). */
export interface FrameImages {
  png: Uint8Array | string;
  maskPng?: Uint8Array | string;
  legend?: Record<string, string>;
}

/** Luma statistics in 8-bit code values (0–255). */
export interface LumaStats {
  mean: number;
  p5: number;
  p95: number;
}

export interface FrameFinding {
  level: 'fail' | 'warn';
  /** The subject it is about, when there is one. */
  subject?: string;
  /** The full sentence, for report.json's warnings. */
  message: string;
  /** A few words, for the storyboard card. */
  note: string;
}

export interface FrameCheck {
  id: string;
  size?: string;
  status: 'ok' | 'warn' | 'fail';
  /** Each subject's share of the frame (0–1); absent when the frame has no mask. */
  shares?: Record<string, number>;
  luma: LumaStats;
  findings: FrameFinding[];
}

/** An 8-bit RGB image as sharp decodes it. */
interface Raw {
  data: Buffer;
  width: number;
  height: number;
}

async function readRgb(image: Uint8Array | string): Promise<Raw> {
  const { default: sharp } = await import('sharp');
  const { data, info } = await sharp(image).toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean and 5th/95th percentile luma of an RGB image, from a 256-bin histogram. */
function lumaStats({ data, width, height }: Raw): LumaStats {
  const hist = new Uint32Array(256);
  let sum = 0;
  for (let i = 0; i < data.length; i += 3) {
    const y = LUMA[0] * data[i]! + LUMA[1] * data[i + 1]! + LUMA[2] * data[i + 2]!;
    hist[Math.round(y)]!++;
    sum += y;
  }
  const n = width * height;
  return { mean: Math.round((sum / n) * 10) / 10, p5: percentile(hist, n, 0.05), p95: percentile(hist, n, 0.95) };
}

function percentile(hist: Uint32Array, n: number, q: number): number {
  let seen = 0;
  for (let v = 0; v < hist.length; v++) {
    seen += hist[v]!;
    if (seen >= q * n) return v;
  }
  return hist.length - 1;
}

/**
 * Each subject's share of the mask (0–1). The mask gives every object its own colour, so things resting on a
 * subject count for themselves, not for it; a subject absent from the legend was not drawn at all.
 */
function subjectShares({ data, width, height }: Raw, legend: Record<string, string>, subjects: string[]): Record<string, number> {
  const colourOf = new Map(Object.entries(legend).map(([hex, id]) => [id, Number.parseInt(hex.slice(1), 16)]));
  const wanted = new Map<number, string>();
  for (const id of subjects) {
    const c = colourOf.get(id);
    if (c !== undefined) wanted.set(c, id);
  }
  const counts = new Map<string, number>(subjects.map((id) => [id, 0]));
  for (let i = 0; i < data.length; i += 3) {
    const id = wanted.get((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    if (id !== undefined) counts.set(id, counts.get(id)! + 1);
  }
  return Object.fromEntries([...counts].map(([id, n]) => [id, n / (width * height)]));
}

const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

function sizeFinding(id: string, share: number, size: string, small: boolean, bound: number): FrameFinding {
  const judged = `${small ? 'small' : 'large'} for ${size}`;
  return { level: 'warn', subject: id, message: `${id} fills ${percent(share)} of the frame, ${judged} (expected ${small ? '≥' : '≤'} ${percent(bound)})`, note: `${id} ${judged}` };
}

/**
 * A thing's band, lowered for what its size and shape give up: framed at its size's least picture height rather
 * than a multiple of itself, a small thing covers (multiple · largest / picture height)² of what the band assumes
 * of a compact thing, and a thin one about middle / largest dimension of that.
 */
function thingBand(band: ShareBand, size: ShotSize, sizeM: readonly [number, number, number] | undefined): ShareBand {
  const rule = OBJECT_RULES[size as keyof typeof OBJECT_RULES];
  const [middle, largest] = [...(sizeM ?? [])].sort((a, b) => a - b).slice(1);
  if (!rule || !largest || !(largest > 0)) return band;
  const small = ((rule.frame * largest) / objectFrameM(rule, largest)) ** 2;
  return { min: band.min * small * Math.min(1, middle! / largest), max: band.max };
}

function subjectFindings(shot: ShotToCheck, shares: Record<string, number>): FrameFinding[] {
  const bands = shot.size ? SHARE_BANDS[shot.size as ShotSize] : undefined;
  return shot.subjects.flatMap(({ id, person, sizeM }): FrameFinding[] => {
    const share = shares[id] ?? 0;
    // Visible at all means one pixel of its mask colour: a sliver still shows where the subject is.
    if (share === 0) return [{ level: 'fail', subject: id, message: `${id} not in frame`, note: `${id} not in frame` }];
    const band = bands && (person ? bands.person : thingBand(bands.thing, shot.size as ShotSize, sizeM));
    if (band && share < band.min) return [sizeFinding(id, share, shot.size!, true, band.min)];
    if (band && share > band.max) return [sizeFinding(id, share, shot.size!, false, band.max)];
    return [];
  });
}

function exposureFindings(luma: LumaStats): FrameFinding[] {
  if (luma.mean < DARK_MEAN) return [{ level: 'warn', message: `frame nearly black (mean luma ${luma.mean}/255)`, note: 'frame too dark' }];
  if (luma.mean > BRIGHT_MEAN) return [{ level: 'warn', message: `frame nearly white (mean luma ${luma.mean}/255)`, note: 'frame too bright' }];
  if (luma.p95 - luma.p5 < MIN_SPREAD) return [{ level: 'warn', message: `empty or flat frame (luma ${luma.p5}–${luma.p95}/255 from 5th to 95th percentile)`, note: 'empty or flat frame' }];
  return [];
}

/** The verdict on measured values: missing subjects fail, sizes outside their band and unreadable exposure warn. */
export function judgeFrame(shot: ShotToCheck, measured: { shares?: Record<string, number>; luma: LumaStats }): FrameCheck {
  const findings = [...(measured.shares ? subjectFindings(shot, measured.shares) : []), ...exposureFindings(measured.luma)];
  const status = findings.some((f) => f.level === 'fail') ? 'fail' : findings.length ? 'warn' : 'ok';
  const shares = measured.shares && Object.fromEntries(Object.entries(measured.shares).map(([id, share]) => [id, Math.round(share * 1e4) / 1e4]));
  return { id: shot.id, ...(shot.size ? { size: shot.size } : {}), status, ...(shares ? { shares } : {}), luma: measured.luma, findings };
}

/** Measures one frame (and its mask, when there is one) and judges it. */
export async function checkFrame(shot: ShotToCheck, images: FrameImages): Promise<FrameCheck> {
  const luma = lumaStats(await readRgb(images.png));
  if (!images.maskPng || !images.legend) return judgeFrame(shot, { luma });
  const shares = subjectShares(await readRgb(images.maskPng), images.legend, shot.subjects.map((s) => s.id));
  return judgeFrame(shot, { shares, luma });
}

/** What the check knows of a subject id: whether it is a person, and a thing's box size in metres. */
export type SubjectInfo = (id: string) => Omit<CheckedSubject, 'id'>;

/** Checks every frame of a render folder's manifest. */
export async function checkRenderedFrames(framesDir: string, shots: RenderedShot[], subjectInfo: SubjectInfo): Promise<FrameCheck[]> {
  return Promise.all(
    shots.map(async (s) => {
      const { png, maskPng, maskJson } = s.files;
      const legend = maskJson ? ((JSON.parse(await readFile(path.join(framesDir, maskJson), 'utf8')) as { legend: Record<string, string> }).legend) : undefined;
      const images: FrameImages = { png: path.join(framesDir, png), ...(maskPng && legend ? { maskPng: path.join(framesDir, maskPng), legend } : {}) };
      return checkFrame({ id: s.id, ...(s.shotSize ? { size: s.shotSize } : {}), subjects: s.subjects.map((id) => ({ id, ...subjectInfo(id) })) }, images);
    }),
  );
}

/**
 * Checks the frames of a render folder — the shots `ids` names, or all — and keeps each verdict on its shot in
 * render.json, where the storyboard reads its card notes; the other shots keep theirs. Without `subjectInfo` (a GLB
 * from elsewhere) subjects are checked for presence only.
 */
export async function checkAndRecord(framesDir: string, manifest: RenderManifest, subjectInfo?: SubjectInfo, ids?: readonly string[]): Promise<FrameCheck[]> {
  const chosen = ids ? manifest.shots.filter((s) => ids.includes(s.id)) : manifest.shots;
  const shots = subjectInfo ? chosen : chosen.map(({ shotSize: _size, ...s }) => s);
  const checks = await checkRenderedFrames(framesDir, shots, subjectInfo ?? (() => ({ person: false })));
  const byId = new Map(checks.map((c) => [c.id, c]));
  const verdict = (c: FrameCheck) => ({ status: c.status, notes: c.findings.map((f) => f.note) });
  const recorded: RenderManifest = { ...manifest, shots: manifest.shots.map((s) => (byId.has(s.id) ? { ...s, check: verdict(byId.get(s.id)!) } : s)) };
  writeFilesAtomic([{ path: path.join(framesDir, 'render.json'), data: `${JSON.stringify(recorded, null, 2)}\n` }]);
  return checks;
}

/** One line per finding, for report.json's warnings: "shot-02 (TWO): anna not in frame". */
export function checkWarnings(checks: FrameCheck[]): string[] {
  return checks.flatMap((c) => c.findings.map((f) => `${c.id}${c.size ? ` (${c.size})` : ''}: ${f.message}`));
}

/** The storyboard card's short notes, per shot id, for the shots with findings. */
export function cardNotes(checks: FrameCheck[]): Record<string, string[]> {
  return Object.fromEntries(checks.filter((c) => c.findings.length).map((c) => [c.id, c.findings.map((f) => f.note)]));
}
