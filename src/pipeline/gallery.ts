/**
 * Contact sheets of the libraries: every material preset's swatch, one sheet per family, and every lighting
 * preset's portrait, one sheet per category — each tile labelled with its id. What `canvas3d gallery` writes and
 * the README shows; one render session serves every tile.
 */
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { BUILTIN_LIBRARY } from '../materials/library.js';
import { getLightingPreset, lightingPresetIds } from '../library/lighting/index.js';
import { materialSwatchSpec, lightingSwatchSpec, renderSwatch } from './swatch.js';
import type { RenderSession } from '../render/session.js';
import type { RenderQuality } from '../render/quality.js';

export interface GalleryOptions {
  outDir: string;
  /** Tile edge in pixels. */
  size?: number;
  columns?: number;
  quality?: RenderQuality;
  /** Only these kinds of sheet. */
  kinds?: ('materials' | 'lighting')[];
  /** Only presets whose id contains one of these (a quick look at a few). */
  only?: string[];
  onTile?: (event: { sheet: string; id: string; index: number; total: number }) => void;
}

interface Sheet {
  name: string;
  tiles: { id: string; render: (file: string) => Promise<void> }[];
}

const LABEL_HEIGHT = 18;

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function materialSheets(session: RenderSession, o: Required<Pick<GalleryOptions, 'size' | 'quality'>>, keep: (id: string) => boolean): Sheet[] {
  const byFamily = new Map<string, string[]>();
  for (const id of BUILTIN_LIBRARY.ids().filter(keep)) {
    const family = BUILTIN_LIBRARY.get(id)!.family;
    byFamily.set(family, [...(byFamily.get(family) ?? []), id]);
  }
  return [...byFamily].sort(([a], [b]) => a.localeCompare(b)).map(([family, ids]) => ({
    name: `materials-${family}`,
    tiles: ids.map((id) => ({ id, render: (file: string) => renderSwatch(session, materialSwatchSpec(id), file, o.size, o.quality) })),
  }));
}

function lightingSheets(session: RenderSession, o: Required<Pick<GalleryOptions, 'size' | 'quality'>>, keep: (id: string) => boolean): Sheet[] {
  const byCategory = new Map<string, string[]>();
  for (const id of lightingPresetIds().filter(keep)) {
    const category = getLightingPreset(id)!.category;
    byCategory.set(category, [...(byCategory.get(category) ?? []), id]);
  }
  return [...byCategory].map(([category, ids]) => ({
    name: `lighting-${category}`,
    tiles: ids.map((id) => ({ id, render: (file: string) => renderSwatch(session, lightingSwatchSpec(getLightingPreset(id)!), file, o.size, o.quality) })),
  }));
}

/** Lays rendered tiles out in a grid, each with its id underneath, on a dark ground. */
async function composeSheet(files: { id: string; file: string }[], size: number, columns: number, output: string): Promise<void> {
  const cols = Math.min(columns, files.length);
  const rows = Math.ceil(files.length / cols);
  const cell = size + LABEL_HEIGHT;
  const labels = files
    .map(({ id }, i) => `<text x="${(i % cols) * size + size / 2}" y="${Math.floor(i / cols) * cell + size + 13}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="#d8d8d8">${escapeXml(id)}</text>`)
    .join('');
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${cols * size}" height="${rows * cell}">${labels}</svg>`);
  await sharp({ create: { width: cols * size, height: rows * cell, channels: 3, background: '#161616' } })
    .composite([...files.map(({ file }, i) => ({ input: file, left: (i % cols) * size, top: Math.floor(i / cols) * cell })), { input: svg, left: 0, top: 0 }])
    .png()
    .toFile(output);
}

/** Renders the sheets into `outDir` (one PNG per family or category); returns the files written. */
export async function renderGallery(session: RenderSession, opts: GalleryOptions): Promise<string[]> {
  const o = { size: opts.size ?? 160, quality: opts.quality ?? 'preview' };
  const kinds = opts.kinds ?? ['materials', 'lighting'];
  const keep = (id: string) => !opts.only?.length || opts.only.some((w) => id.includes(w));
  const sheets = [...(kinds.includes('materials') ? materialSheets(session, o, keep) : []), ...(kinds.includes('lighting') ? lightingSheets(session, o, keep) : [])];
  mkdirSync(opts.outDir, { recursive: true });
  const scratch = mkdtempSync(path.join(tmpdir(), 'canvas3d-gallery-'));
  const written: string[] = [];
  try {
    for (const sheet of sheets) {
      const files: { id: string; file: string }[] = [];
      for (const [index, tile] of sheet.tiles.entries()) {
        opts.onTile?.({ sheet: sheet.name, id: tile.id, index, total: sheet.tiles.length });
        const file = path.join(scratch, `${tile.id}.png`);
        await tile.render(file);
        files.push({ id: tile.id, file });
      }
      const output = path.join(opts.outDir, `${sheet.name}.png`);
      await composeSheet(files, o.size, opts.columns ?? 8, output);
      written.push(output);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return written;
}
