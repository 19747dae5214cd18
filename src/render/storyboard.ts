/**
 * Storyboards from a render folder's manifest: an HTML page (frames in a grid, each with its shot number,
 * size, angle, lens, timing and caption), and from that same page a contact-sheet PNG (a screenshot) and a PDF
 * (Chromium's print to PDF) — one layout, three outputs.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RenderManifest, RenderedShot } from './render.js';
import type { RenderSession } from './session.js';
import { writeFilesAtomic } from '../core/atomic.js';
import { Canvas3dError } from '../core/errors.js';

export class StoryboardError extends Canvas3dError {
  override name = 'StoryboardError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_NOT_FOUND', message, [], options);
  }
}

export interface StoryboardOptions {
  title?: string;
  /** Where the frames and their render.json are, when not in the storyboard's own folder. */
  framesDir?: string;
  columns?: number;
  /** Short notes per shot id, shown on its card after a ⚠ (the frame checks' findings). */
  notes?: Record<string, string[]>;
  png?: boolean;
  pdf?: boolean;
}

const SIZE_NAMES: Record<string, string> = {
  ECU: 'extreme close-up',
  CU: 'close-up',
  MCU: 'medium close-up',
  MS: 'medium shot',
  MLS: 'medium long shot',
  FS: 'full shot',
  WS: 'wide shot',
  EWS: 'establishing',
  OTS: 'over the shoulder',
  TWO: 'two-shot',
  INSERT: 'insert',
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function readManifest(dir: string): RenderManifest {
  const file = path.join(dir, 'render.json');
  if (!existsSync(file)) throw new StoryboardError(`${dir}: no render.json here; run \`canvas3d render … -o ${dir}\` first`);
  let m: RenderManifest;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as RenderManifest;
  } catch {
    throw new StoryboardError(`${file}: not valid JSON`);
  }
  if (m.version !== 1 || !Array.isArray(m.shots)) throw new StoryboardError(`${file}: not a Canvas3D render manifest`);
  const missing = m.shots.filter((s) => !existsSync(path.join(dir, s.files.png))).map((s) => s.files.png);
  if (missing.length) throw new StoryboardError(`${dir}: missing frame${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return m;
}

function details(s: RenderedShot): string[] {
  const out: string[] = [];
  if (s.shotSize) out.push(`${s.shotSize} · ${SIZE_NAMES[s.shotSize] ?? s.shotSize}`);
  if (s.angle && s.angle !== 'eye') out.push(`${s.angle} angle`);
  out.push(`${Math.round(s.camera.focalLengthMm)} mm f/${s.camera.fStop}`);
  if (s.move) out.push(s.move.replace(/-/g, ' '));
  if (s.durationS) out.push(`${s.durationS} s`);
  if (s.grade) out.push(s.grade.replace(/_/g, ' '));
  return out;
}

export function storyboardHtml(m: RenderManifest, opts: StoryboardOptions & { imagePrefix?: string } = {}): string {
  const prefix = opts.imagePrefix ?? '';
  const title = opts.title ?? m.name ?? 'Storyboard';
  const columns = opts.columns ?? (m.shots.length <= 4 ? 2 : 3);
  const cards = m.shots
    .map(
      (s, i) => `    <figure class="shot">
      <img src="${encodeURI(prefix + s.files.png)}" width="${m.width}" height="${m.height}" alt="${escape(s.title ?? s.id)}">
      <figcaption>
        <div class="head"><span class="num">${i + 1}</span><span class="id">${escape(s.title ?? s.id)}</span></div>
        <div class="meta">${details(s).map(escape).join(' &nbsp;|&nbsp; ')}</div>
        ${s.description ? `<p>${escape(s.description)}</p>` : ''}
        ${opts.notes?.[s.id]?.length ? `<p class="warn">⚠ ${opts.notes[s.id]!.map(escape).join('; ')}</p>` : ''}
      </figcaption>
    </figure>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escape(title)}</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; padding: 24px 28px; background: #f4f3f0; color: #1b1b1b; font: 13px/1.4 "DejaVu Sans", "Helvetica Neue", Arial, sans-serif; }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 2px solid #1b1b1b; margin-bottom: 18px; padding-bottom: 6px; }
  h1 { font-size: 22px; margin: 0; }
  header .info { color: #555; font-size: 12px; }
  .grid { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 18px; }
  .shot { margin: 0; background: #fff; border: 1px solid #d5d3ce; break-inside: avoid; }
  .shot img { display: block; width: 100%; height: auto; aspect-ratio: ${m.width} / ${m.height}; background: #222; }
  figcaption { padding: 8px 10px 10px; }
  .head { display: flex; gap: 8px; align-items: baseline; }
  .num { display: inline-block; min-width: 22px; padding: 1px 6px; background: #1b1b1b; color: #fff; font-weight: bold; text-align: center; border-radius: 3px; }
  .id { font-weight: bold; font-size: 14px; }
  .meta { color: #555; font-size: 11px; margin-top: 3px; letter-spacing: 0.02em; }
  figcaption p { margin: 6px 0 0; }
  figcaption p.warn { color: #a1341c; font-size: 12px; }
  @page { size: A4 landscape; margin: 12mm; }
  @media print { body { background: #fff; padding: 0; } .shot { border-color: #bbb; } }
</style>
</head>
<body>
<header><h1>${escape(title)}</h1><div class="info">${m.shots.length} shot${m.shots.length === 1 ? '' : 's'} · ${m.width}×${m.height} · Canvas3D ${escape(m.engine)}</div></header>
<main class="grid">
${cards}
</main>
</body>
</html>
`;
}

export interface StoryboardFiles {
  html: string;
  png?: string;
  pdf?: string;
}

/** Writes storyboard.html (and .png and .pdf unless turned off) into the render folder. */
export async function writeStoryboard(dir: string, session: RenderSession | undefined, opts: StoryboardOptions = {}): Promise<StoryboardFiles> {
  const framesDir = opts.framesDir ?? dir;
  const m = readManifest(framesDir);
  // The frames' own checks (render.json) are the notes unless the caller brings its own.
  const notes = opts.notes ?? Object.fromEntries(m.shots.filter((s) => s.check?.notes.length).map((s) => [s.id, s.check!.notes]));
  const rel = path.relative(dir, framesDir).split(path.sep).join('/');
  const html = storyboardHtml(m, { ...opts, notes, imagePrefix: rel ? `${rel}/` : '' });
  const htmlPath = path.join(dir, 'storyboard.html');
  writeFilesAtomic([{ path: htmlPath, data: html }]);
  const files: StoryboardFiles = { html: htmlPath };
  if (!session || (opts.png === false && opts.pdf === false)) return files;
  const sheet = await sheetCopy(m, framesDir, { ...opts, notes });
  try {
    await capture(session, sheet, dir, opts, files);
  } finally {
    rmSync(sheet, { recursive: true, force: true });
  }
  return files;
}

/** Frame width the sheet's PNG and PDF carry: a third of the 1600 px sheet, twice over (about 270 dpi on A4). */
const SHEET_FRAME_WIDTH = 960;

/**
 * The page the PNG and PDF are taken from: the same layout, its frames as JPEG copies at sheet size in a temporary
 * folder. Printing full-size PNG frames made the PDF 5.7 MB and took 1.5 s of a six-frame board's time.
 */
async function sheetCopy(m: RenderManifest, framesDir: string, opts: StoryboardOptions): Promise<string> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'canvas3d-sheet-'));
  const sharp = (await import('sharp')).default;
  const width = Math.min(SHEET_FRAME_WIDTH, m.width);
  const shots = await Promise.all(
    m.shots.map(async (s) => {
      const file = `${s.id}.jpg`;
      await sharp(path.join(framesDir, s.files.png)).resize({ width }).jpeg({ quality: 88 }).toFile(path.join(tmp, file));
      return { ...s, files: { ...s.files, png: file } };
    }),
  );
  writeFilesAtomic([{ path: path.join(tmp, 'storyboard.html'), data: storyboardHtml({ ...m, shots }, opts) }]);
  return tmp;
}

async function capture(session: RenderSession, sheet: string, dir: string, opts: StoryboardOptions, files: StoryboardFiles): Promise<void> {
  await session.withPage(async (page) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto(pathToFileURL(path.join(sheet, 'storyboard.html')).href, { waitUntil: 'load' });
    const out: { path: string; data: Uint8Array }[] = [];
    if (opts.png !== false) {
      out.push({ path: path.join(dir, 'storyboard.png'), data: await page.screenshot({ fullPage: true, type: 'png' }) });
      files.png = out[out.length - 1]!.path;
    }
    if (opts.pdf !== false) {
      await page.emulateMedia({ media: 'print' });
      out.push({ path: path.join(dir, 'storyboard.pdf'), data: await page.pdf({ format: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true }) });
      files.pdf = out[out.length - 1]!.path;
    }
    writeFilesAtomic(out);
  });
}
