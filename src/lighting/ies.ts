/**
 * IES LM-63 photometric files: a fixture's candela by direction, as lighting designers exchange them. Only
 * type C photometry is read (vertical 0° straight down the fixture's axis, 180° straight up; horizontal angles
 * turning about that axis), which is what architectural fixtures ship. The built-in profiles
 * (library/data/ies/profiles.json) were written for Canvas3D from simple formulae — a cos⁸ beam with a baffle
 * cut-off, an off-axis Gaussian thrown towards one side, a near-even bulb shadowed by its socket — and are not
 * measurements of any product.
 */
import data from '../library/data/ies/profiles.json' with { type: 'json' };

export interface IesProfile {
  /** Vertical angles, degrees, ascending (0 = down the axis). */
  verticalDeg: number[];
  /** Horizontal angles, degrees, ascending (one angle: the same all round). */
  horizontalDeg: number[];
  /** candela[h][v], multiplier applied. */
  candela: number[][];
  /** Rated lumens per lamp (-1: absolute photometry). */
  lumens: number;
  keywords: Record<string, string>;
}

export class IesParseError extends Error {
  override name = 'IesParseError';
}

const BUILT_IN = (data as { profiles: Record<string, { description: string; lm63: string[] }> }).profiles;

/** The built-in profile's LM-63 text, or undefined for another name. */
export function builtInIes(name: string): string | undefined {
  return BUILT_IN[name]?.lm63.join('\n');
}

function numbers(tokens: string[], at: number, count: number, what: string): number[] {
  const out = tokens.slice(at, at + count).map(Number);
  if (out.length < count || out.some((n) => !Number.isFinite(n))) throw new IesParseError(`IES: expected ${count} numbers for ${what}`);
  return out;
}

function ascending(a: number[], what: string): void {
  for (let i = 1; i < a.length; i++) if (!(a[i]! > a[i - 1]!)) throw new IesParseError(`IES: ${what} angles must increase`);
}

/** Parses an LM-63 (1986, 1991, 1995, 2002, 2019) file's text. */
export function parseIes(text: string): IesProfile {
  const lines = text.split(/\r?\n/);
  const keywords: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length && !lines[i]!.trim().toUpperCase().startsWith('TILT='); i++) {
    const m = /^\[(\w+)\]\s*(.*)$/.exec(lines[i]!.trim());
    if (m) keywords[m[1]!.toUpperCase()] = m[2]!;
  }
  if (i === lines.length) throw new IesParseError('IES: no TILT= line');
  const tilt = lines[i]!.trim().slice(5).toUpperCase();
  let tokens = lines.slice(i + 1).join(' ').trim().split(/[\s,]+/).filter(Boolean);
  if (tilt === 'INCLUDE') {
    // Lamp-to-luminaire geometry, then the number of tilt angles, the angles and their factors: skipped.
    const n = numbers(tokens, 1, 1, 'tilt angles')[0]!;
    tokens = tokens.slice(2 + 2 * n);
  } else if (tilt !== 'NONE') throw new IesParseError('IES: TILT from a separate file is not supported');
  const [lamps, lumens, multiplier, nv, nh, type] = numbers(tokens, 0, 10, 'the luminaire line');
  if (type !== 1) throw new IesParseError(`IES: photometric type ${type === 2 ? 'B' : 'A'} is not supported (type C only)`);
  if (!(nv! >= 1 && nh! >= 1 && nv! <= 1000 && nh! <= 1000)) throw new IesParseError('IES: bad angle counts');
  let at = 13; // 10 numbers, then ballast factor, future use / ballast-lamp factor, input watts
  const verticalDeg = numbers(tokens, at, nv!, 'vertical angles');
  at += nv!;
  const horizontalDeg = numbers(tokens, at, nh!, 'horizontal angles');
  at += nh!;
  ascending(verticalDeg, 'vertical');
  ascending(horizontalDeg, 'horizontal');
  const candela: number[][] = [];
  for (let h = 0; h < nh!; h++, at += nv!) candela.push(numbers(tokens, at, nv!, 'candela values').map((c) => Math.max(0, c * multiplier!)));
  return { verticalDeg, horizontalDeg, candela, lumens: lamps! > 0 ? lumens! : -1, keywords };
}

/** Linear interpolation in an ascending table; clamped at the ends. */
function lerpIndex(axis: number[], x: number): [number, number, number] {
  if (x <= axis[0]!) return [0, 0, 0];
  const last = axis.length - 1;
  if (x >= axis[last]!) return [last, last, 0];
  let k = 1;
  while (axis[k]! < x) k++;
  return [k - 1, k, (x - axis[k - 1]!) / (axis[k]! - axis[k - 1]!)];
}

/**
 * Candela towards (vertical, horizontal) degrees. Horizontal angles the file leaves out follow its symmetry:
 * one angle is the same all round; 0–90 mirrors into each quadrant; 0–180 mirrors across the 0–180 plane.
 */
export function candelaAt(p: IesProfile, verticalDeg: number, horizontalDeg: number): number {
  const hMax = p.horizontalDeg[p.horizontalDeg.length - 1]!;
  let h = ((horizontalDeg % 360) + 360) % 360;
  if (hMax <= 90) {
    h = h > 180 ? 360 - h : h;
    h = h > 90 ? 180 - h : h;
  } else if (hMax <= 180 && h > 180) h = 360 - h;
  const [v0, v1, tv] = lerpIndex(p.verticalDeg, verticalDeg);
  const [h0, h1, th] = lerpIndex(p.horizontalDeg, h);
  const row = (k: number) => p.candela[k]![v0]! * (1 - tv) + p.candela[k]![v1]! * tv;
  // Beyond the last vertical angle the fixture gives no light (a downlight's table stops at 90°).
  if (verticalDeg > p.verticalDeg[p.verticalDeg.length - 1]! + 1e-6) return 0;
  return row(h0) * (1 - th) + row(h1) * th;
}

export function peakCandela(p: IesProfile): number {
  return Math.max(...p.candela.flat());
}

/** Half the angle inside which the fixture gives at least `share` of its peak, degrees (its beam or field). */
export function beamHalfAngleDeg(p: IesProfile, share = 0.5): number {
  const peak = peakCandela(p);
  let widest = 0;
  for (const row of p.candela) row.forEach((c, k) => c >= share * peak && (widest = Math.max(widest, p.verticalDeg[k]!)));
  return widest;
}
