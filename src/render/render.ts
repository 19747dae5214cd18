/**
 * Rendering a scene's shots to files: each shot becomes a frame job (camera, look, environment, passes), the
 * session renders it, and the frame's files are written atomically with a manifest (render.json) that the
 * storyboard reads. Works from a SceneSpec (built in memory) or from any GLB (Canvas3D's carry their shots
 * and environment in the scene extras; others get one shot per camera, or an establishing shot).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Shot } from '../scene/schema.js';
import { Shot as ShotSchema } from '../scene/schema.js';
import { Environment, type Environment as EnvironmentSpec } from '../scene/environment.js';
import type { Look } from '../scene/look.js';
import { Look as LookSchema } from '../scene/look.js';
import { skySun } from '../lighting/daylight.js';
import { readHdr, type FloatImage } from '../lighting/hdr.js';
import { adjustEquirect } from '../lighting/environment-map.js';
import { bakeGradeLut, getGradePreset, isIdentity, parseCube, type GradeOps } from '../grading/index.js';
import { getIO } from '../gltf/write.js';
import { writeFilesAtomic } from '../core/atomic.js';
import { fnv1a } from '../core/hash.js';
import { RENDER_QUALITY, type RenderQuality } from './quality.js';
import type { RenderSession } from './session.js';
import type { EnvironmentJob, FrameInfo, FrameJob, IesJob, LookJob, View } from './protocol.js';
import { builtInIes, parseIes } from '../lighting/ies.js';
import { encodeDepthExr, encodeDepthPng, encodeExr, encodePng } from './outputs.js';
import { ENGINE_VERSION } from '../core/version.js';
import { Canvas3dError, throwIfAborted } from '../core/errors.js';

export type ControlPass = 'depth' | 'normal' | 'mask';

export interface RenderOptions {
  outDir: string;
  width?: number;
  height?: number;
  quality?: RenderQuality;
  hdr?: boolean;
  passes?: ControlPass[];
  /** Only these shot ids (in this order). */
  shots?: string[];
  /** Keep the other shots of an existing render.json in outDir (re-rendering a few frames of a storyboard). */
  merge?: boolean;
  /** Folder the spec's relative files (HDRI, LUTs) resolve against. */
  baseDir?: string;
  onFrame?: (event: { index: number; total: number; shot: string; phase: 'start' | 'done'; ms?: number }) => void;
  /** Cancels between frames: the frame being drawn finishes, no further one starts. */
  signal?: AbortSignal;
}

export interface ShotFiles {
  png: string;
  exr?: string;
  depthPng?: string;
  depthExr?: string;
  normalPng?: string;
  maskPng?: string;
  maskJson?: string;
}

export interface RenderedShot {
  index: number;
  id: string;
  title?: string;
  description?: string;
  shotSize?: string;
  angle?: string;
  /** The camera move written for the shot ('dolly-in'). */
  move?: string;
  subjects: string[];
  timeS: number;
  durationS?: number;
  grade?: string;
  camera: FrameInfo['camera'];
  anchorScreen?: [number, number];
  exposure: FrameInfo['exposure'];
  files: ShotFiles;
  renderMs: number;
  /** Where the frame's time went: the page's phases and the file encoding, ms. */
  timings: Record<string, number>;
  lights: FrameInfo['lights'];
  memory: FrameInfo['memory'];
  /** The frame check's verdict (pipeline/frame-check.ts), added once the frame is measured: the card's ⚠ notes. */
  check?: { status: 'ok' | 'warn' | 'fail'; notes: string[] };
}

export interface RenderManifest {
  version: 1;
  engine: string;
  name?: string;
  width: number;
  height: number;
  quality: RenderQuality;
  renderer: string;
  shots: RenderedShot[];
}

export class RenderInputError extends Canvas3dError {
  override name = 'RenderInputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super('C3D_RENDER_INPUT', message, [{ path, message }]);
  }
}

/** A shot as the renderer needs it: what the spec says, or a stand-in for a scene without shots. */
interface ShotPlan {
  shot: Shot;
  view: View;
}

export function planShots(shots: Shot[], cameraIds: string[]): ShotPlan[] {
  if (shots.length) {
    return shots.map((shot) => ({
      shot,
      view: shot.camera
        ? { kind: 'camera', id: shot.camera }
        : shot.shotSize === 'EWS' || (!shot.shotSize && !shot.subjects.length)
          ? { kind: 'establishing' }
          : { kind: 'grammar', size: shot.shotSize ?? 'MS', angle: shot.angle ?? 'eye', composition: shot.composition, subjects: shot.subjects, ...(shot.focalLengthMm ? { focalLengthMm: shot.focalLengthMm } : {}) },
    }));
  }
  if (cameraIds.length) return cameraIds.map((id) => ({ shot: ShotSchema.parse({ id, camera: id }), view: { kind: 'camera', id } }));
  return [{ shot: ShotSchema.parse({ id: 'establishing', shotSize: 'EWS', title: 'Establishing shot' }), view: { kind: 'establishing' } }];
}

function downsample(img: FloatImage, maxWidth: number): FloatImage {
  const f = Math.ceil(img.width / maxWidth);
  if (f <= 1) return img;
  const width = Math.floor(img.width / f);
  const height = Math.floor(img.height / f);
  const data = new Float32Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        let s = 0;
        for (let j = 0; j < f; j++) for (let i = 0; i < f; i++) s += img.data[((y * f + j) * img.width + x * f + i) * 3 + c]!;
        data[(y * width + x) * 3 + c] = s / (f * f);
      }
    }
  }
  return { width, height, data };
}

async function readEnvironmentMap(file: string): Promise<FloatImage> {
  const bytes = readFileSync(file);
  if (file.toLowerCase().endsWith('.hdr')) return readHdr(bytes);
  const { EXRLoader } = await import('three/examples/jsm/loaders/EXRLoader.js');
  const { FloatType } = await import('three');
  const exr = new EXRLoader().setDataType(FloatType).parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const width = exr.width ?? 0;
  const height = exr.height ?? 0;
  const rgba = exr.data as Float32Array;
  if (!width || !height) throw new RenderInputError('environment.sky.path', 'the OpenEXR file has no image');
  const channels = rgba.length / (width * height);
  const data = new Float32Array(width * height * 3);
  // EXRLoader returns rows bottom-up (GL order); equirect images here are top-down.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) data[(y * width + x) * 3 + c] = rgba[((height - 1 - y) * width + x) * channels + Math.min(c, channels - 1)]!;
    }
  }
  return { width, height, data };
}

export async function environmentJob(env: EnvironmentSpec, baseDir: string): Promise<{ job: EnvironmentJob; data?: Float32Array }> {
  const base = { background: env.background, ambient: env.ambient, fog: env.fog, ...(env.volumetric ? { volumetric: env.volumetric } : {}), ...(env.weather ? { weather: env.weather } : {}) };
  const sky = env.sky;
  if (sky.type === 'procedural') return { job: { ...base, sky: { type: 'procedural', sun: skySun(sky), turbidity: sky.turbidity, strength: sky.strength } } };
  if (sky.type === 'studio') return { job: { ...base, sky: { type: 'studio', strength: sky.strength } } };
  if (sky.type === 'hdri') {
    const img = downsample(adjustEquirect(await readEnvironmentMap(path.resolve(baseDir, sky.path)), { rotationDeg: sky.rotationDeg, saturation: sky.saturation }), 1024);
    // The key lets the page keep its prefiltered map while frames share the image.
    const key = createHash('sha1').update(new Uint8Array(img.data.buffer, img.data.byteOffset, img.data.byteLength)).digest('hex');
    return { job: { ...base, sky: { type: 'hdri', width: img.width, height: img.height, strength: sky.strength, key } }, data: img.data };
  }
  return { job: { ...base, sky: { type: 'none' } } };
}

export function lookJob(look: Look, baseDir: string): { job: LookJob; lut?: Float32Array } {
  const primaries: GradeOps = {
    contrast: look.contrast,
    saturation: look.saturation,
    temperature: look.temperature,
    tint: look.tint,
    ...(look.lift ? { lift: look.lift } : {}),
    ...(look.gamma ? { gamma: look.gamma } : {}),
    ...(look.gain ? { gain: look.gain } : {}),
  };
  const grade = look.grade ? getGradePreset(look.grade) : undefined;
  if (look.grade && !grade) throw new RenderInputError('look.grade', `unknown grade "${look.grade}"`);
  const cube = look.lut ? parseCube(readFileSync(path.resolve(baseDir, look.lut), 'utf8')) : undefined;
  const lut = bakeGradeLut({ look: primaries, ...(grade ? { grade: grade.ops } : {}), ...(cube ? { cube } : {}) });
  const identity = isIdentity(lut, 1e-4);
  const job: LookJob = {
    toneMapping: look.toneMapping,
    exposureEv: look.exposureEv,
    lutSize: identity ? 0 : lut.size,
    ...(look.bloom ? { bloom: look.bloom } : {}),
    ...(look.depthOfField ? { depthOfField: look.depthOfField } : {}),
    ...(look.vignette ? { vignette: look.vignette } : {}),
    ...(look.grain ? { grain: look.grain } : {}),
    ...(look.chromaticAberration ? { chromaticAberration: look.chromaticAberration } : {}),
    ...(look.lensDistortion ? { lensDistortion: look.lensDistortion } : {}),
    ...(look.ssao ? { ssao: look.ssao } : {}),
    ...(look.reflections ? { reflections: look.reflections } : {}),
    ...(look.motionBlur ? { motionBlur: look.motionBlur } : {}),
  };
  return { job, ...(identity ? {} : { lut: lut.data }) };
}

/** Film's frame rate: the shutter of a moving shot's motion blur is a share of one frame at this rate. */
const FPS = 24;

/** The IES profiles the scene's lights name (node extras.ies: a built-in name or a file relative to baseDir). */
export async function iesJobs(glb: Uint8Array, baseDir: string): Promise<Record<string, IesJob>> {
  // Most scenes have none: skip parsing the GLB unless its JSON mentions one.
  if (!Buffer.from(glb.buffer, glb.byteOffset, Math.min(glb.byteLength, 1 << 22)).toString('latin1').includes('"ies"')) return {};
  const doc = await getIO().readBinary(glb);
  const jobs: Record<string, IesJob> = {};
  for (const node of doc.getRoot().listNodes()) {
    const x = node.getExtras() as { id?: string; ies?: string };
    if (typeof x.ies !== 'string') continue;
    const id = x.id ?? node.getName();
    let text = builtInIes(x.ies);
    if (text === undefined) {
      const file = path.resolve(baseDir, x.ies);
      if (!existsSync(file)) throw new RenderInputError(`lights.${id}.ies`, `IES file not found: ${x.ies}`);
      text = readFileSync(file, 'latin1');
    }
    try {
      const p = parseIes(text);
      const peak = Math.max(1e-9, ...p.candela.flat());
      jobs[id] = { verticalDeg: p.verticalDeg, horizontalDeg: p.horizontalDeg, relative: p.candela.map((row) => row.map((c) => c / peak)) };
    } catch (err) {
      throw new RenderInputError(`lights.${id}.ies`, err instanceof Error ? err.message : String(err));
    }
  }
  return jobs;
}

/** A moving shot's motion for the page (static and unwritten moves have none). */
function motionOf(shot: Shot): FrameJob['motion'] {
  return shot.move && shot.move !== 'static' ? { move: shot.move, fps: FPS } : undefined;
}

/** What a GLB carries: its shots and environment (Canvas3D's scene extras) and its cameras. */
export async function readGlbScene(bytes: Uint8Array): Promise<{ shots: Shot[]; environment: EnvironmentSpec; cameraIds: string[]; name?: string }> {
  const doc = await getIO().readBinary(bytes);
  const root = doc.getRoot();
  const scene = root.getDefaultScene() ?? root.listScenes()[0];
  const extras = (scene?.getExtras() ?? {}) as { canvas3d?: { shots?: unknown[]; environment?: unknown } };
  const shots = (extras.canvas3d?.shots ?? []).flatMap((s) => {
    const r = ShotSchema.safeParse(s);
    return r.success ? [r.data] : [];
  });
  const envParsed = Environment.safeParse(extras.canvas3d?.environment ?? {});
  // Canvas3D adds the sun's position to the environment it stores; the schema knows nothing of it.
  const environment = envParsed.success ? envParsed.data : Environment.parse(stripUnknown(extras.canvas3d?.environment));
  const cameraIds = root.listNodes().filter((n) => n.getCamera()).map((n) => ((n.getExtras() as { id?: string }).id ?? n.getName()) || 'camera');
  return { shots, environment, cameraIds, ...(scene?.getName() ? { name: scene.getName() } : {}) };
}

function stripUnknown(env: unknown): unknown {
  if (!env || typeof env !== 'object') return {};
  const { sun: _sun, ...rest } = env as Record<string, unknown>;
  const r = Environment.safeParse(rest);
  return r.success ? rest : {};
}

export interface RenderInput {
  glb: Uint8Array;
  shots: Shot[];
  cameraIds: string[];
  environment: EnvironmentSpec;
  name?: string;
}

export async function inputFromGlb(bytes: Uint8Array): Promise<RenderInput> {
  const { shots, environment, cameraIds, name } = await readGlbScene(bytes);
  return { glb: bytes, shots, cameraIds, environment, ...(name ? { name } : {}) };
}

/** A frame's files from the page's buffers, written atomically together. */
async function encodeFrame(buffers: Map<string, Buffer>, info: FrameInfo, id: string, outDir: string, width: number, height: number, bw: number, bh: number): Promise<{ files: ShotFiles; writeMs: number }> {
  const stem = path.join(outDir, id);
  const files: ShotFiles = { png: `${id}.png` };
  const floats = (b: Buffer) => new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
  const writes: { path: string; data: Uint8Array | string }[] = [{ path: `${stem}.png`, data: await encodePng(new Uint8Array(buffers.get('beauty')!), bw, bh, width, height) }];
  if (buffers.has('hdr')) {
    writes.push({ path: `${stem}.exr`, data: await encodeExr(floats(buffers.get('hdr')!), width, height) });
    files.exr = `${id}.exr`;
  }
  if (buffers.has('depth')) {
    const depth = floats(buffers.get('depth')!);
    writes.push({ path: `${stem}.depth.exr`, data: encodeDepthExr(depth, width, height) }, { path: `${stem}.depth.png`, data: await encodeDepthPng(depth, width, height) });
    files.depthExr = `${id}.depth.exr`;
    files.depthPng = `${id}.depth.png`;
  }
  if (buffers.has('normal')) {
    writes.push({ path: `${stem}.normal.png`, data: await encodePng(new Uint8Array(buffers.get('normal')!), width, height) });
    files.normalPng = `${id}.normal.png`;
  }
  if (buffers.has('mask')) {
    writes.push({ path: `${stem}.mask.png`, data: await encodePng(new Uint8Array(buffers.get('mask')!), width, height, width, height, true) });
    writes.push({ path: `${stem}.mask.json`, data: `${JSON.stringify({ background: '#000000', legend: info.legend }, null, 2)}\n` });
    files.maskPng = `${id}.mask.png`;
    files.maskJson = `${id}.mask.json`;
  }
  const t = performance.now();
  writeFilesAtomic(writes);
  return { files, writeMs: Math.round(performance.now() - t) };
}

/** The shots to render: all of them, or the ids asked for (in that order); unknown ids are an input error. */
export function selectShots(input: Pick<RenderInput, 'shots' | 'cameraIds'>, ids?: string[]): ShotPlan[] {
  const plans = planShots(input.shots, input.cameraIds);
  if (!ids?.length) return plans;
  const byId = new Map(plans.map((p) => [p.shot.id, p]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw new RenderInputError('--shot', `unknown shot ${missing.map((m) => `"${m}"`).join(', ')}; the scene has ${[...byId.keys()].join(', ')}`);
  return ids.map((id) => byId.get(id)!);
}

/** A frame's entry in render.json: what the shot asked for, what the page measured, and its files. */
function renderedShot(index: number, plan: ShotPlan, info: FrameInfo, files: ShotFiles, renderMs: number, timings: Record<string, number>): RenderedShot {
  const { shot } = plan;
  return {
    index,
    id: shot.id,
    ...(shot.title ? { title: shot.title } : {}),
    ...(shot.description ? { description: shot.description } : {}),
    ...(shot.shotSize ? { shotSize: shot.shotSize } : plan.view.kind === 'establishing' ? { shotSize: 'EWS' } : {}),
    ...(shot.angle ? { angle: shot.angle } : {}),
    ...(shot.move ? { move: shot.move } : {}),
    subjects: shot.subjects,
    timeS: shot.timeS,
    ...(shot.durationS ? { durationS: shot.durationS } : {}),
    ...(shot.look?.grade ? { grade: shot.look.grade } : {}),
    camera: info.camera,
    ...(info.anchorScreen ? { anchorScreen: info.anchorScreen } : {}),
    exposure: info.exposure,
    files,
    renderMs,
    timings,
    lights: info.lights,
    memory: info.memory,
  };
}

/** Renders every planned shot of the input with one session; files land in opts.outDir. */
export async function renderShots(session: RenderSession, input: RenderInput, opts: RenderOptions): Promise<RenderManifest> {
  const width = opts.width ?? 1280;
  const height = opts.height ?? 720;
  const quality = opts.quality ?? 'preview';
  const baseDir = opts.baseDir ?? process.cwd();
  const passes = new Set(opts.passes ?? []);
  const plans = selectShots(input, opts.shots);
  const sceneKey = `${fnv1a(Buffer.from(input.glb.buffer, input.glb.byteOffset, Math.min(input.glb.byteLength, 1 << 20)).toString('latin1'))}-${input.glb.byteLength}`;
  const env = await environmentJob(input.environment, baseDir);
  const ies = await iesJobs(input.glb, baseDir);
  const shots: RenderedShot[] = [];
  const encoding: Promise<void>[] = [];
  let renderer = '';
  for (const [index, plan] of plans.entries()) {
    if (opts.signal?.aborted) {
      await Promise.allSettled(encoding);
      throwIfAborted(opts.signal);
    }
    const { shot } = plan;
    opts.onFrame?.({ index, total: plans.length, shot: shot.id, phase: 'start' });
    const t0 = performance.now();
    const look = lookJob(LookSchema.parse(shot.look ?? {}), baseDir);
    const job: FrameJob = {
      sceneKey,
      frame: index,
      width,
      height,
      view: plan.view,
      timeS: shot.timeS,
      look: look.job,
      environment: env.job,
      quality: RENDER_QUALITY[quality],
      passes: { hdr: !!opts.hdr, depth: passes.has('depth'), normal: passes.has('normal'), mask: passes.has('mask') },
      ...(motionOf(shot) ? { motion: motionOf(shot)! } : {}),
      ...(Object.keys(ies).length ? { ies } : {}),
    };
    const { info, buffers } = await session.renderFrame({ glb: input.glb, sceneKey, ...(env.data ? { env: env.data } : {}), ...(look.lut ? { lut: look.lut } : {}), job });
    // Cancelled while this frame rendered (an earlier frame's encoding can finish late): it is not written.
    if (opts.signal?.aborted) {
      await Promise.allSettled(encoding);
      throwIfAborted(opts.signal);
    }
    renderer = info.renderer;
    const frameMs = performance.now() - t0;
    // Encoding runs while the browser renders the next frame: the two overlap on separate cores.
    const tEncode = performance.now();
    const encoded = encodeFrame(buffers, info, shot.id, opts.outDir, width, height, Math.max(1, Math.round(width * job.quality.resolutionScale)), Math.max(1, Math.round(height * job.quality.resolutionScale))).then(({ files, writeMs }) => {
      const renderMs = Math.round(frameMs + (performance.now() - tEncode));
      const timings = { ...info.timings, encodeMs: Math.round(performance.now() - tEncode - writeMs), writeMs };
      shots.push(renderedShot(index, plan, info, files, renderMs, timings));
      opts.onFrame?.({ index, total: plans.length, shot: shot.id, phase: 'done', ms: renderMs });
    });
    // Handled here so a failure waits for Promise.all below instead of surfacing as an unhandled rejection.
    encoded.catch(() => undefined);
    encoding.push(encoded);
  }
  await Promise.all(encoding);
  shots.sort((a, b) => a.index - b.index);
  let all = shots;
  const previous = path.join(opts.outDir, 'render.json');
  if (opts.merge && existsSync(previous)) {
    const old = JSON.parse(readFileSync(previous, 'utf8')) as RenderManifest;
    const fresh = new Map(shots.map((s) => [s.id, s]));
    const order = planShots(input.shots, input.cameraIds).map((p) => p.shot.id);
    const byId = new Map([...old.shots.map((s) => [s.id, s] as const), ...fresh]);
    all = order.filter((id) => byId.has(id)).map((id, index) => ({ ...byId.get(id)!, index }));
  }
  const manifest: RenderManifest = { version: 1, engine: ENGINE_VERSION, ...(input.name ? { name: input.name } : {}), width, height, quality, renderer, shots: all };
  writeFilesAtomic([{ path: path.join(opts.outDir, 'render.json'), data: `${JSON.stringify(manifest, null, 2)}\n` }]);
  return manifest;
}
