import path from 'node:path';
import { readFileSync } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { InputError, about, printJson } from '../io.js';
import type { ProgressEvent } from '../../pipeline/progress.js';
import { isCanvas3dError } from '../../core/errors.js';
import { RENDER_QUALITIES, MAX_FRAME_EDGE, type RenderQuality } from '../../render/quality.js';
import { GENRES, BaseParams, type Genre } from '../../planner/description.js';
import { zodIssues } from '../../core/zod-issues.js';
import { openSession } from './render.js';

const int = (name: string, lo: number, hi: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < lo || n > hi) throw new InvalidArgumentError(`${name} must be a whole number from ${lo} to ${hi}`);
  return n;
};

function parseParams(text: string): BaseParams {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError([{ path: '--params', message: 'not valid JSON, e.g. \'{"lighting": 30, "contrast": 70}\'' }], 'generate');
  }
  const r = BaseParams.safeParse(value);
  if (!r.success) throw new InputError(zodIssues(r.error).map((i) => ({ path: `--params${i.path ? `.${i.path}` : ''}`, message: i.message })), 'generate');
  return r.data;
}

function stage(enabled: boolean) {
  const t0 = performance.now();
  return (e: ProgressEvent) => {
    const detail = e.stage === 'render' && e.step > 0 ? ` ${e.step}/${e.total} ${e.message}` : '';
    if (enabled) process.stderr.write(`\r\x1b[2K${((performance.now() - t0) / 1000).toFixed(1).padStart(5)} s  ${e.stage === 'render' && e.step > 0 ? 'frame' : e.stage}${detail}`);
  };
}

export function registerGenerate(program: Command): void {
  registerGenerateCommand(program);
  registerRefine(program);
}

function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .description('turn a scene description into a 3D scene, shot list, rendered storyboard and report')
    .argument('[description]', 'the scene in words (or use --file)')
    .option('-f, --file <file>', 'read the description from a file (- for stdin)')
    .requiredOption('-o, --output <dir>', 'folder for scene.json, scene.glb, frames/, storyboard, prompts/ and report.json')
    .option('--frames <n>', 'number of shots, 1–20 (default: by the beats, at most 6)', int('--frames', 1, 20))
    .addOption(new Option('--genre <genre>', 'genre preset').choices([...GENRES]))
    .option('--params <json>', 'base_params: {"fov", "lighting" 0–100, "hdr_bloom" 0–100, "color_temp", "contrast" 0–100, "camera_angle", "composition"}')
    .option('--seed <n>', 'layout seed', int('--seed', 0, 2 ** 32 - 1), 1)
    .option('--no-render', 'plan and build only: no frames or storyboard (no browser needed)')
    .option('--width <px>', 'frame width', int('--width', 16, MAX_FRAME_EDGE), 1280)
    .option('--height <px>', 'frame height', int('--height', 16, MAX_FRAME_EDGE), 720)
    .addOption(new Option('--quality <q>', 'render quality').choices([...RENDER_QUALITIES]).default('preview'))
    .option('--json', 'print report.json')
    .action(async (description: string | undefined, opts: { file?: string; output: string; frames?: number; genre?: Genre; params?: string; seed: number; render: boolean; width: number; height: number; quality: RenderQuality; json?: boolean }) => {
      if (description !== undefined && opts.file) throw new InputError([{ path: '', message: 'give the description or --file, not both' }], 'generate');
      let text = description ?? '';
      if (opts.file) {
        try {
          text = readFileSync(opts.file === '-' ? 0 : opts.file, 'utf8');
        } catch {
          throw new InputError([{ path: '--file', message: `${opts.file}: file not found` }], 'generate');
        }
      }
      const params = opts.params ? parseParams(opts.params) : undefined;
      const { generateStoryboard } = await import('../../pipeline/generate.js');
      const { configuredPlanner } = await import('../../pipeline/planner-config.js');
      const planner = await about('generate', async () => configuredPlanner());
      // The browser starts while the planner and the builder run; generate waits for it only to render.
      const session = opts.render ? openSession('generate') : undefined;
      session?.catch(() => undefined);
      const progress = stage(!opts.json && process.stderr.isTTY === true);
      try {
        const result = await about('generate', () =>
          generateStoryboard({ text, outDir: opts.output, seed: opts.seed, planner, render: opts.render, quality: opts.quality, width: opts.width, height: opts.height, onProgress: progress, ...(session ? { session } : {}), ...(opts.frames ? { frames: opts.frames } : {}), ...(opts.genre ? { genre: opts.genre } : {}), ...(params ? { params } : {}) }),
        );
        if (process.stderr.isTTY && !opts.json) process.stderr.write('\r\x1b[2K');
        if (opts.json) printJson({ ...result.report, timings: result.timings });
        else {
          const r = result.report;
          const w = (s: string) => process.stdout.write(`${s}\n`);
          w(`${r.setting.interior ? 'interior' : 'exterior'}: ${r.setting.place.replace(/[_-]/g, ' ')}${r.setting.time_of_day !== 'unspecified' ? `, ${r.setting.time_of_day}` : ''}${r.setting.weather !== 'none' && r.setting.weather !== 'clear' ? `, ${r.setting.weather}` : ''}; lighting ${r.lighting_preset}, grade ${r.grade_preset}`);
          w(`${r.objects.length} objects, ${r.lights.length} lights; ${r.shots.length} shots: ${r.shots.map((s) => `${s.shot_size}${s.angle !== 'eye' ? `/${s.angle}` : ''}`).join(' · ')}; continuity ${r.continuity.score}/100`);
          for (const warning of r.warnings) w(`note: ${warning}`);
          w(`wrote ${opts.output}${path.sep}{scene.json, scene.glb, report.json, storyboard.json, prompts/${opts.render ? ', frames/, storyboard.html/.png/.pdf' : ''}} in ${(Object.values(result.timings).reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`);
        }
      } finally {
        await (await session?.catch(() => undefined))?.close();
      }
    });
}

function registerRefine(program: Command): void {
  program
    .command('refine')
    .description('apply a director\'s note to one shot (or the whole scene) of a generated storyboard; --undo reverts the last note')
    .argument('<dir>', 'a folder written by canvas3d generate')
    .argument('[feedback]', 'the note, e.g. "lower the camera", "warmer", "closer on her face", "remove the chair", "make it night"')
    .option('--shot <id>', 'the shot the note is about (default: the whole scene)')
    .option('--undo', 'revert the last refinement')
    .option('--history', 'list the refinements so far')
    .option('--no-render', 'update the scene and report without re-rendering')
    .option('--json', 'print the changes as JSON')
    .action(async (dir: string, feedback: string | undefined, opts: { shot?: string; undo?: boolean; history?: boolean; render: boolean; json?: boolean }) => {
      const { refineStoryboard, undoRefinement, readHistory } = await import('../../pipeline/storyboard-folder.js');
      const fail = (err: unknown): never => {
        if (isCanvas3dError(err)) err.source ??= 'refine';
        throw err;
      };
      if (opts.history) {
        let h;
        try {
          h = readHistory(dir);
        } catch (err) {
          return fail(err);
        }
        if (opts.json) printJson(h);
        else for (const e of h) process.stdout.write(`${e.n}. ${e.shot ?? 'scene'}: "${e.feedback}" — ${e.changes.length} change${e.changes.length === 1 ? '' : 's'}\n`);
        return;
      }
      if (!opts.undo && !feedback?.trim()) throw new InputError([{ path: '', message: 'give a note, e.g. canvas3d refine out/scene --shot shot-02 "lower the camera"; or --undo' }], 'refine');
      const session = opts.render ? await openSession('refine') : undefined;
      try {
        if (opts.undo) {
          const undone = await undoRefinement({ dir, ...(session ? { session } : {}) }).catch(fail);
          if (opts.json) printJson({ undone });
          else process.stdout.write(`undid ${undone.n}. "${undone.feedback}" (${undone.changes.length} change${undone.changes.length === 1 ? '' : 's'})\n`);
          return;
        }
        const r = await refineStoryboard({ dir, feedback: feedback!, ...(opts.shot ? { shot: opts.shot } : {}), ...(session ? { session } : {}) }).catch(fail);
        if (opts.json) printJson({ scope: r.scope, shots: r.shots, changes: r.changes, notes: r.notes, history: r.entry.n });
        else {
          process.stdout.write(`${r.scope === 'scene' ? 'whole scene' : opts.shot}: ${r.changes.length} change${r.changes.length === 1 ? '' : 's'}${opts.render ? `, re-rendered ${r.shots.join(', ') || 'nothing'}` : ''}\n`);
          for (const c of r.changes) process.stdout.write(`  ${c.path}: ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)} (${c.why})\n`);
          for (const n of r.notes) process.stdout.write(`  note: ${n}\n`);
        }
      } finally {
        await session?.close();
      }
    });
}
