import path from 'node:path';
import { readFileSync, statSync } from 'node:fs';
import { Argument, InvalidArgumentError, Option, type Command } from 'commander';
import { InputError, about, printJson, readInput } from '../io.js';
import type { ProgressEvent } from '../../pipeline/progress.js';
import { didYouMean, quote } from '../../core/issues.js';
import { RENDER_QUALITIES, MAX_FRAME_EDGE, MAX_FRAME_PIXELS, type RenderQuality } from '../../render/quality.js';
import type { RenderSession } from '../../render/session.js';

const PASSES = ['depth', 'normal', 'mask'] as const;

const edge = (name: string) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 16 || n > MAX_FRAME_EDGE) throw new InvalidArgumentError(`${name} must be a whole number of pixels from 16 to ${MAX_FRAME_EDGE}`);
  return n;
};

const columnCount = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('--columns must be a whole number from 1 to 64');
  return n;
};

const passList = (v: string) => {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((p) => !(PASSES as readonly string[]).includes(p));
  if (bad.length) throw new InvalidArgumentError(`unknown pass ${quote(bad[0]!)}${didYouMean(bad[0]!, PASSES)}; passes are ${PASSES.join(', ')}`);
  return list as (typeof PASSES)[number][];
};

/** Opens a browser session; a missing Chromium is reported with `label` and the one clear message users need. */
export async function openSession(label: string): Promise<RenderSession> {
  const { RenderSession } = await import('../../render/session.js');
  return about(label, () => RenderSession.open());
}

/** A progress bar on stderr, on terminals only: one line per frame, redrawn. */
function progress(enabled: boolean) {
  const started = performance.now();
  return (e: ProgressEvent) => {
    if (!enabled || e.stage !== 'render' || e.total === 0) return;
    const width = 24;
    const filled = Math.round((e.step / e.total) * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    process.stderr.write(`\r\x1b[2K${bar} ${e.step}/${e.total} ${e.message}`);
    if (e.step === e.total && !e.message.startsWith('rendering')) process.stderr.write(`  (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  };
}

/** The scene argument: a GLB's bytes, or a spec's text, with the folder its relative paths resolve against. */
function readScene(file: string): { scene: Uint8Array | string; baseDir: string; label: string } {
  if (!/\.glb$/i.test(file)) {
    const text = readInput(file);
    return { scene: text.text, baseDir: text.baseDir, label: text.label };
  }
  try {
    if (!statSync(file).isFile()) throw new Error('not a file');
    return { scene: new Uint8Array(readFileSync(file)), baseDir: path.dirname(path.resolve(file)), label: file };
  } catch {
    throw new InputError([{ path: '', message: `${file}: file not found` }], 'render');
  }
}

export function registerRender(program: Command): void {
  registerRenderCommand(program);
  registerGrades(program);
  registerStoryboard(program);
  registerSwatch(program);
  registerGallery(program);
}

function registerRenderCommand(program: Command): void {
  program
    .command('render')
    .description('render a scene\'s shots to PNG frames (plus HDR EXR, depth, normals and an object mask when asked)')
    .argument('<scene>', 'SceneSpec JSON (- for stdin) or a .glb')
    .requiredOption('-o, --output <dir>', 'folder for the frames and render.json')
    .option('--shot <id...>', 'only these shots, in this order')
    .option('--width <px>', 'frame width', edge('--width'), 1280)
    .option('--height <px>', 'frame height', edge('--height'), 720)
    .addOption(new Option('--quality <q>', 'draft | preview | final').choices([...RENDER_QUALITIES]).default('preview'))
    .option('--hdr', 'also write a linear half-float OpenEXR per frame')
    .option('--passes <list>', `control passes, comma-separated: ${PASSES.join(', ')}`, passList)
    .option('--storyboard', 'also write the storyboard (HTML, PNG, PDF) into the folder')
    .option('--json', 'print the render manifest as JSON')
    .action(async (file: string, opts: { output: string; shot?: string[]; width: number; height: number; quality: RenderQuality; hdr?: boolean; passes?: (typeof PASSES)[number][]; storyboard?: boolean; json?: boolean }) => {
      if (opts.width * opts.height > MAX_FRAME_PIXELS) throw new InputError([{ path: '--width', message: `${opts.width}×${opts.height} is more than ${MAX_FRAME_PIXELS.toLocaleString('en')} pixels (8K)` }], 'render');
      const { renderScene } = await import('../../pipeline/render.js');
      const { scene, baseDir, label } = readScene(file);
      const { manifest, warnings } = await about(label, () =>
        renderScene({
          scene,
          baseDir,
          outDir: opts.output,
          width: opts.width,
          height: opts.height,
          quality: opts.quality,
          hdr: !!opts.hdr,
          passes: opts.passes ?? [],
          storyboard: !!opts.storyboard,
          ...(opts.shot ? { shots: opts.shot } : {}),
          onProgress: progress(!opts.json && process.stderr.isTTY === true),
        }),
      );
      for (const w of warnings) process.stderr.write(`note: ${w}\n`);
      if (opts.json) return printJson(manifest);
      for (const s of manifest.shots) process.stdout.write(`${path.join(opts.output, s.files.png)}  ${s.shotSize ?? ''} ${(s.renderMs / 1000).toFixed(1)} s\n`);
      process.stdout.write(`${manifest.shots.length} frame${manifest.shots.length === 1 ? '' : 's'} (${manifest.width}×${manifest.height}, ${manifest.quality}) on ${manifest.renderer.replace(/^ANGLE \(|\)$/g, '')}\n`);
    });
}

function registerGrades(program: Command): void {
  program
    .command('grades')
    .description('list the colour-grade presets a shot\'s look.grade can name')
    .option('--json', 'print JSON: [{ id, category, label, description, tags }]')
    .action(async (opts: { json?: boolean }) => {
      const { GRADE_PRESETS } = await import('../../grading/index.js');
      if (opts.json) {
        printJson(GRADE_PRESETS.map(({ id, category, label, description, tags }) => ({ id, category, label, description, tags })));
        return;
      }
      const width = Math.max(...GRADE_PRESETS.map((g) => g.id.length));
      for (const g of GRADE_PRESETS) process.stdout.write(`${g.id.padEnd(width)}  ${g.category.padEnd(10)}  ${g.description}\n`);
      process.stdout.write(`${GRADE_PRESETS.length} grades\n`);
    });
}

function registerStoryboard(program: Command): void {
  program
    .command('storyboard')
    .description('lay a render folder out as a storyboard: storyboard.html, a contact-sheet storyboard.png and storyboard.pdf')
    .argument('<dir>', 'a folder written by canvas3d render')
    .option('--title <text>', 'title at the top (default: the scene name)')
    .option('--columns <n>', 'frames per row', (v) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1 || n > 8) throw new InvalidArgumentError('must be a whole number from 1 to 8');
      return n;
    })
    .option('--html-only', 'write only the HTML (no browser needed)')
    .option('--json', 'print the files written as JSON')
    .action(async (dir: string, opts: { title?: string; columns?: number; htmlOnly?: boolean; json?: boolean }) => {
      const { writeStoryboard, readManifest } = await import('../../render/storyboard.js');
      await about('storyboard', async () => readManifest(dir));
      const session = opts.htmlOnly ? undefined : await openSession('storyboard');
      try {
        const files = await writeStoryboard(dir, session, { ...(opts.title ? { title: opts.title } : {}), ...(opts.columns ? { columns: opts.columns } : {}) });
        if (opts.json) printJson(files);
        else process.stdout.write(`${Object.values(files).join('\n')}\n`);
      } finally {
        await session?.close();
      }
    });
}

function registerSwatch(program: Command): void {
  program
    .command('swatch')
    .description('preview render of a material preset (a sphere on a neutral backdrop) or a lighting preset (a bust)')
    .addArgument(new Argument('<kind>', 'material or lighting').choices(['material', 'lighting']))
    .argument('<id>', 'preset id')
    .requiredOption('-o, --output <file>', 'output .png', (v) => {
      if (!/\.png$/i.test(v)) throw new InvalidArgumentError('the output must end in .png');
      return v;
    })
    .option('--size <px>', 'square image size', edge('--size'), 512)
    .addOption(new Option('--quality <q>', 'draft | preview | final').choices([...RENDER_QUALITIES]).default('preview'))
    .action(async (kind: 'material' | 'lighting', id: string, opts: { output: string; size: number; quality: RenderQuality }) => {
      const { materialSwatchSpec, lightingSwatchSpec, renderSwatch } = await import('../../pipeline/swatch.js');
      let spec;
      if (kind === 'material') {
        const { BUILTIN_LIBRARY } = await import('../../materials/library.js');
        if (!BUILTIN_LIBRARY.get(id)) throw new InputError([{ path: '', message: `unknown material preset ${quote(id)}${didYouMean(id, BUILTIN_LIBRARY.ids())}` }], 'swatch');
        spec = materialSwatchSpec(id);
      } else {
        const { getLightingPreset, lightingPresetIds } = await import('../../library/lighting/index.js');
        const preset = getLightingPreset(id);
        if (!preset) throw new InputError([{ path: '', message: `unknown lighting preset ${quote(id)}${didYouMean(id, lightingPresetIds())}` }], 'swatch');
        spec = lightingSwatchSpec(preset);
      }
      const session = await openSession('swatch');
      try {
        await renderSwatch(session, spec, opts.output, opts.size, opts.quality);
        process.stdout.write(`wrote ${opts.output}\n`);
      } finally {
        await session.close();
      }
    });
}

function registerGallery(program: Command): void {
  program
    .command('gallery')
    .description('contact sheets of every material preset (one per family) and every lighting preset (one per category)')
    .option('-o, --out <dir>', 'folder for the sheets', 'docs/gallery')
    .option('--size <px>', 'tile size', edge('--size'), 160)
    .option('--columns <n>', 'tiles per row', columnCount, 8)
    .addOption(new Option('--only-kind <kind>', 'materials | lighting').choices(['materials', 'lighting']))
    .option('--only <words>', 'only presets whose id contains one of these comma-separated words')
    .addOption(new Option('--quality <q>', 'draft | preview | final').choices([...RENDER_QUALITIES]).default('preview'))
    .action(async (opts: { out: string; size: number; columns: number; onlyKind?: 'materials' | 'lighting'; only?: string; quality: RenderQuality }) => {
      const { renderGallery } = await import('../../pipeline/gallery.js');
      const session = await openSession('gallery');
      try {
        const files = await renderGallery(session, {
          outDir: opts.out,
          size: opts.size,
          columns: opts.columns,
          quality: opts.quality,
          ...(opts.onlyKind ? { kinds: [opts.onlyKind] } : {}),
          ...(opts.only ? { only: opts.only.split(',').map((w) => w.trim()).filter(Boolean) } : {}),
          onTile: ({ sheet, id, index, total }) => process.stderr.write(`${sheet} ${index + 1}/${total} ${id}\n`),
        });
        process.stdout.write(`${files.join('\n')}\n`);
      } finally {
        await session.close();
      }
    });
}
