/**
 * Adobe / Resolve `.cube` 3D LUTs: a show LUT handed over by a DIT or colourist, applied after the grade.
 * Only 3D tables are read; 1D and shaper+3D files are refused, since the baker has no 1D stage to put them in.
 */
import { Canvas3dError } from '../core/errors.js';
import type { Rgb } from './types.js';

export interface CubeLut {
  title?: string;
  size: number;
  domainMin: Rgb;
  domainMax: Rgb;
  /** size³·3 floats, red changing fastest: index ((b·size + g)·size + r)·3. */
  data: Float32Array;
}

export const CUBE_MIN_SIZE = 2;
export const CUBE_MAX_SIZE = 256;
/** Larger than any real 65³ LUT by far; beyond this the text is not worth holding in memory. */
export const CUBE_MAX_CHARS = 64 * 1024 * 1024;

export class CubeError extends Canvas3dError {
  /** 1-based line the problem is on; 0 when it concerns the whole file. */
  readonly line: number;
  constructor(line: number, message: string) {
    super('C3D_INPUT_INVALID', line > 0 ? `line ${line}: ${message}` : message);
    this.name = 'CubeError';
    this.line = line;
  }
}

const KEYWORDS = new Set(['TITLE', 'LUT_3D_SIZE', 'LUT_1D_SIZE', 'DOMAIN_MIN', 'DOMAIN_MAX', 'LUT_3D_INPUT_RANGE', 'LUT_1D_INPUT_RANGE']);
const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** Unquoted tokens → finite numbers, or a message saying which token is wrong. */
function parseNumbers(tokens: string[], expected: number): number[] | string {
  if (tokens.length !== expected) return `expected ${expected} numbers, got ${tokens.length}`;
  const values: number[] = [];
  for (const token of tokens) {
    const v = NUMBER.test(token) ? Number(token) : NaN;
    if (!Number.isFinite(v)) return `${JSON.stringify(token)} is not a finite number`;
    values.push(v);
  }
  return values;
}

/** The text of a line that matters: no surrounding space, no `#` comment. */
function content(line: string): string {
  const hash = line.indexOf('#');
  return (hash >= 0 ? line.slice(0, hash) : line).trim();
}

/** What the keywords before the table say. */
interface CubeHeader {
  title?: string;
  size?: number;
  domainMin: Rgb;
  domainMax: Rgb;
  /** Line of the last domain keyword, for reporting an empty domain. */
  domainLine: number;
  seen: Set<string>;
}

export function parseCube(text: string): CubeLut {
  if (text.length > CUBE_MAX_CHARS) {
    throw new CubeError(0, `file is ${(text.length / 1048576).toFixed(1)} MB; .cube files over ${CUBE_MAX_CHARS / 1048576} MB are refused`);
  }
  const lines = text.split(/\r\n|\r|\n/);
  const header: CubeHeader = { domainMin: [0, 0, 0], domainMax: [1, 1, 1], domainLine: 0, seen: new Set() };
  const dataLines: number[] = [];

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i]!.trim();
    // TITLE may quote a '#', so it is read before comments are stripped.
    const titleMatch = /^TITLE(?:\s+(?:"([^"]*)"\s*(?:#.*)?|(.*)))?$/.exec(raw);
    if (titleMatch) {
      if (dataLines.length) throw new CubeError(lineNo, 'TITLE must come before the table data');
      header.title = titleMatch[1] ?? titleMatch[2]?.trim() ?? '';
      continue;
    }
    const line = content(raw);
    if (!line) continue;
    const [keyword = '', ...args] = line.split(/\s+/);
    if (dataLines.length && KEYWORDS.has(keyword)) throw new CubeError(lineNo, `${keyword} must come before the table data`);
    // Once the table has started every line belongs to it, so a malformed row is reported as one.
    if (NUMBER.test(keyword) || dataLines.length) {
      if (header.size === undefined) throw new CubeError(lineNo, 'table data before LUT_3D_SIZE; the size must come first');
      dataLines.push(i);
      continue;
    }
    readKeyword(header, keyword, args, lineNo);
  }

  const { title, size, domainMin, domainMax, domainLine } = header;
  if (size === undefined) throw new CubeError(0, 'missing LUT_3D_SIZE; only 3D .cube LUTs are supported');
  if (domainMin.some((lo, i) => !(lo < domainMax[i]!))) {
    throw new CubeError(domainLine, `DOMAIN_MIN (${domainMin.join(' ')}) must be below DOMAIN_MAX (${domainMax.join(' ')}) in every channel`);
  }
  const data = readTable(lines, dataLines, size);
  return { ...(title !== undefined ? { title } : {}), size, domainMin, domainMax, data };
}

/** One header keyword line into `header`; anything but a known 3D keyword, or one given twice, is refused. */
function readKeyword(header: CubeHeader, keyword: string, args: string[], lineNo: number): void {
  if (header.seen.has(keyword)) throw new CubeError(lineNo, `${keyword} given twice`);
  header.seen.add(keyword);
  switch (keyword) {
    case 'LUT_1D_SIZE':
    case 'LUT_1D_INPUT_RANGE':
      throw new CubeError(lineNo, '1D LUTs (and 1D shaper + 3D files) are not supported; export a 3D-only .cube (LUT_3D_SIZE)');
    case 'LUT_3D_SIZE': {
      const n = args.length === 1 && /^\d+$/.test(args[0]!) ? Number(args[0]) : NaN;
      if (!(n >= CUBE_MIN_SIZE && n <= CUBE_MAX_SIZE)) {
        throw new CubeError(lineNo, `LUT_3D_SIZE must be a whole number from ${CUBE_MIN_SIZE} to ${CUBE_MAX_SIZE}, got ${JSON.stringify(args.join(' '))}`);
      }
      header.size = n;
      return;
    }
    case 'DOMAIN_MIN':
    case 'DOMAIN_MAX': {
      const v = parseNumbers(args, 3);
      if (typeof v === 'string') throw new CubeError(lineNo, `${keyword}: ${v}`);
      if (keyword === 'DOMAIN_MIN') header.domainMin = [v[0]!, v[1]!, v[2]!];
      else header.domainMax = [v[0]!, v[1]!, v[2]!];
      header.domainLine = lineNo;
      return;
    }
    // Resolve's spelling of one domain for all three channels.
    case 'LUT_3D_INPUT_RANGE': {
      const v = parseNumbers(args, 2);
      if (typeof v === 'string') throw new CubeError(lineNo, `${keyword}: ${v}`);
      header.domainMin = [v[0]!, v[0]!, v[0]!];
      header.domainMax = [v[1]!, v[1]!, v[1]!];
      header.domainLine = lineNo;
      return;
    }
    default:
      throw new CubeError(lineNo, `unknown keyword ${JSON.stringify(keyword)}; expected TITLE, LUT_3D_SIZE, DOMAIN_MIN, DOMAIN_MAX or table data`);
  }
}

/** The size³ RGB rows, counted before anything is allocated so a short file claiming LUT_3D_SIZE 256 costs no 200 MB. */
function readTable(lines: string[], dataLines: number[], size: number): Float32Array {
  const expected = size ** 3;
  const counted = `expected ${expected} data lines (${size}³), found ${dataLines.length}`;
  if (dataLines.length < expected) throw new CubeError(0, `too few data lines: ${counted}`);
  if (dataLines.length > expected) throw new CubeError(dataLines[expected]! + 1, `too many data lines: ${counted}`);
  const data = new Float32Array(expected * 3);
  dataLines.forEach((lineIndex, k) => {
    const v = parseNumbers(content(lines[lineIndex]!).split(/\s+/), 3);
    if (typeof v === 'string') throw new CubeError(lineIndex + 1, v);
    data[k * 3] = v[0]!;
    data[k * 3 + 1] = v[1]!;
    data[k * 3 + 2] = v[2]!;
  });
  return data;
}

/** Trilinear lookup; the input is mapped through the LUT's domain and clamped to it, as grading tools do. */
export function sampleCube(lut: CubeLut, rgb: Rgb): Rgb {
  const { size, data, domainMin, domainMax } = lut;
  const last = size - 1;
  const i0: number[] = [];
  const i1: number[] = [];
  const f: number[] = [];
  for (let c = 0; c < 3; c++) {
    const t = (rgb[c]! - domainMin[c]!) / (domainMax[c]! - domainMin[c]!);
    const x = (t > 0 ? (t < 1 ? t : 1) : 0) * last;
    const lo = Math.min(Math.floor(x), last - 1);
    i0.push(lo);
    i1.push(lo + 1);
    f.push(x - lo);
  }
  const [r0, g0, b0] = i0 as Rgb;
  const [r1, g1, b1] = i1 as Rgb;
  const [fr, fg, fb] = f as Rgb;
  const at = (r: number, g: number, b: number, c: number): number => data[((b * size + g) * size + r) * 3 + c]!;
  const out: Rgb = [0, 0, 0];
  for (let c = 0; c < 3; c++) {
    const c00 = at(r0, g0, b0, c) + (at(r1, g0, b0, c) - at(r0, g0, b0, c)) * fr;
    const c10 = at(r0, g1, b0, c) + (at(r1, g1, b0, c) - at(r0, g1, b0, c)) * fr;
    const c01 = at(r0, g0, b1, c) + (at(r1, g0, b1, c) - at(r0, g0, b1, c)) * fr;
    const c11 = at(r0, g1, b1, c) + (at(r1, g1, b1, c) - at(r0, g1, b1, c)) * fr;
    const c0 = c00 + (c10 - c00) * fg;
    const c1 = c01 + (c11 - c01) * fg;
    out[c] = c0 + (c1 - c0) * fb;
  }
  return out;
}
