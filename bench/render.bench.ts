/**
 * Render benchmark: the medium dungeon (20 rooms, 50 props, 35 materials, 25 lights — the Blender anchor's
 * workload) at 1280×720 with shadows, bloom, depth of field, grain, vignette and a grade; six shots with the
 * browser start amortised over them; time against resolution; and resident memory (Node plus the whole
 * Chromium process tree) over a long run, which must stay flat. BENCH_RENDER_FRAMES sets the long run's
 * length (default 200). With BENCH_BLENDER=1 and Blender installed, the anchor frame (../shared/anchors/
 * blender_render.py: the same medium dungeon, 1280×720, EEVEE and Cycles at 16 samples) renders too, in the
 * same session, for a side-by-side ratio.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCanvas3d, emit, median, round } from './measure.js';
import { parseSpec } from '../src/validate/validate.js';
import type { SceneSpecInput } from '../src/scene/schema.js';
import { RenderSession } from '../src/render/session.js';
import { renderShots, type RenderInput } from '../src/render/render.js';
import { specRenderInput } from '../src/pipeline/render.js';
import type { RenderQuality } from '../src/render/quality.js';

const LOOK = { toneMapping: 'agx', bloom: { intensity: 0.8, threshold: 1, radius: 0.6 }, depthOfField: {}, grain: { intensity: 0.12 }, vignette: { intensity: 0.35, feather: 0.5 }, grade: 'cinematic' } as const;

/** Resident set of a process and all its descendants, MB (Linux /proc). */
function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      if (m) kb += Number(m[1]);
    } catch {
      return;
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}

async function dungeonSpec(dir: string): Promise<SceneSpecInput> {
  const specPath = path.join(dir, 'medium.json');
  const r = await runCanvas3d(['dungeon', '--rooms', '20', '--props', '50', '--materials', '35', '--lights', '25', '--seed', '1', '-o', path.join(dir, 'medium.glb'), '--spec', specPath]);
  if (r.status !== 0) throw new Error(`dungeon failed: ${r.stderr}`);
  const spec = JSON.parse(readFileSync(specPath, 'utf8')) as SceneSpecInput;
  const objects = (spec.objects ?? []) as { id: string; geometry?: { type: string } }[];
  const props = objects.filter((o) => o.geometry && !['level', 'torch', 'candle', 'lantern', 'chandelier', 'ceiling-lamp'].includes(o.geometry.type)).map((o) => o.id);
  const sizes = ['WS', 'MS', 'FS', 'MCU', 'INSERT'] as const;
  spec.shots = [
    { id: 'overview', camera: 'overview', shotSize: 'EWS', angle: 'high', look: LOOK },
    ...sizes.map((size, i) => ({ id: `shot-${i + 1}`, shotSize: size, angle: i % 2 ? ('high' as const) : ('eye' as const), subjects: [props[(i * 7) % props.length]!], look: LOOK })),
  ];
  return spec;
}

const ANCHORS = path.resolve(ROOT, '..', 'shared', 'anchors');

/** One Blender frame of the anchor scene; the render time the script itself prints (not Blender's start-up). */
function blenderFrame(engine: string, dir: string): number | undefined {
  const r = spawnSync('blender', ['--background', '--factory-startup', '--python', path.join(ANCHORS, 'blender_dungeon.py'), '--python', path.join(ANCHORS, 'blender_render.py'), '--', '20', '50', '35', '25', path.join(dir, `anchor-${engine}.glb`), engine, '16'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const line = r.stdout.split('\n').find((l) => l.includes('"blender-render"'));
  return line ? (JSON.parse(line) as { render_s: number }).render_s : undefined;
}

async function frames(session: RenderSession, input: RenderInput, outDir: string, width: number, height: number, quality: RenderQuality = 'preview') {
  const m = await renderShots(session, input, { outDir, width, height, quality });
  return m.shots.map((s) => s.renderMs / 1000);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'canvas3d-render-bench-'));
  const spec = parseSpec(await dungeonSpec(dir));
  const input = await specRenderInput(spec, dir);

  // Six shots at 720p, browser start included and amortised.
  const t0 = performance.now();
  const session = await RenderSession.open();
  const startS = (performance.now() - t0) / 1000;
  const times = await frames(session, input, path.join(dir, 'frames'), 1280, 720);
  const totalS = (performance.now() - t0) / 1000;
  emit({
    bench: 'render',
    scene: 'medium dungeon (20 rooms, 50 props, 35 materials, 25 lights)',
    width: 1280,
    height: 720,
    quality: 'preview',
    effects: 'shadows, bloom, depth of field, grain, vignette, grade',
    renderer: session.renderer,
    browser_start_s: round(startS, 2),
    frames: times.length,
    median_frame_s: round(median(times), 2),
    amortised_frame_s: round(totalS / times.length, 2),
    frame_s: times.map((t) => round(t, 2)),
  });

  // Time against resolution (median of the six shots each).
  for (const [w, h] of [[640, 360], [1280, 720], [1920, 1080]] as const) {
    const t = await frames(session, input, path.join(dir, `res-${w}`), w, h);
    emit({ bench: 'render-resolution', width: w, height: h, megapixels: round((w * h) / 1e6, 2), median_frame_s: round(median(t), 2) });
  }
  for (const q of ['draft', 'final'] as const) {
    const t = await frames(session, input, path.join(dir, `q-${q}`), 1280, 720, q);
    emit({ bench: 'render-quality', quality: q, width: 1280, height: 720, median_frame_s: round(median(t), 2) });
  }

  // Memory over a long run: Node and the browser's process tree, sampled as frames go by.
  const total = Number(process.env.BENCH_RENDER_FRAMES ?? 200);
  const samples: { frame: number; node_mb: number; browser_mb: number; page_heap_mb?: number; gpu_textures: number; gpu_geometries: number }[] = [];
  const long = { ...input, shots: input.shots.slice(1, 2) };
  for (let i = 1; i <= total; i++) {
    const m = await renderShots(session, long, { outDir: path.join(dir, 'long'), width: 640, height: 360, quality: 'preview' });
    if (i === 1 || i % Math.max(1, Math.floor(total / 8)) === 0 || i === total) {
      const mem = m.shots[0]!.memory;
      samples.push({ frame: i, node_mb: round(process.memoryUsage().rss / 2 ** 20, 0), browser_mb: round(session.browserPid ? treeRssMb(session.browserPid) : NaN, 0), ...(mem.jsHeapMb !== undefined ? { page_heap_mb: mem.jsHeapMb } : {}), gpu_textures: mem.textures, gpu_geometries: mem.geometries });
    }
  }
  const first = samples[Math.min(1, samples.length - 1)]!;
  const last = samples[samples.length - 1]!;
  emit({ bench: 'render-memory', frames: total, width: 640, height: 360, relaunches: session.launches - 1, samples, growth_mb: round(last.node_mb + last.browser_mb - (first.node_mb + first.browser_mb), 0) });
  await session.close();

  if (process.env.BENCH_BLENDER === '1' && spawnSync('blender', ['--version']).status === 0 && existsSync(path.join(ANCHORS, 'blender_render.py'))) {
    for (const engine of ['BLENDER_EEVEE', 'CYCLES']) {
      const s = blenderFrame(engine, dir);
      if (s !== undefined) emit({ bench: 'render-blender', engine, samples: 16, width: 1280, height: 720, frame_s: s, canvas3d_median_frame_s: round(median(times), 2), ratio: round(s / median(times), 1) });
    }
  }
}
