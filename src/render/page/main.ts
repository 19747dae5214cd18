/**
 * The render page: loads the scene the driver serves, renders one frame per job and posts the pixels back.
 * Everything a frame creates (composer, render targets, environment) is disposed before the next; the scene
 * stays loaded while consecutive frames use it.
 */
import * as THREE from 'three';
import type { FrameInfo, FrameJob, PageApi } from '../protocol.js';
import { loadScene, disposeScene, exposeEmissives, type LoadedScene } from './scene.js';
import { setupEnvironment } from './environment.js';
import { prepareLights, exposeLights, type LitLight } from './lights.js';
import { frameReach } from './shadows.js';
import { resolveView, type FrameView } from './view.js';
import { buildComposer } from './post.js';
import { frameEffects, type FrameEffects } from './effects.js';
import { applyIes, disposeIes } from './ies.js';
import { renderDepthAndMask, renderHdr, renderNormals } from './passes.js';
import { incidentReading, exposureForIncident, meteredCorrectionEv } from '../../lighting/exposure.js';

const canvas = document.createElement('canvas');
document.body.style.margin = '0';
document.body.appendChild(canvas);
const renderer = new THREE.WebGLRenderer({ canvas, antialias: false, alpha: false, powerPreference: 'high-performance', preserveDrawingBuffer: false });
renderer.outputColorSpace = THREE.SRGBColorSpace;
renderer.toneMapping = THREE.NoToneMapping;
renderer.shadowMap.enabled = true;
renderer.shadowMap.type = THREE.PCFShadowMap;
const gl = renderer.getContext() as WebGL2RenderingContext;

let loaded: LoadedScene | undefined;
/** Which scene and shadow casters the current shadow maps were rendered for. */
let lastShadowKey = '';
const scene = new THREE.Scene();

/** The socket passes go back on (session.ts outputSocket), opened on first use and again after it drops. */
let socket: Promise<WebSocket> | undefined;
/** Passes sent and not yet acknowledged, by name. */
const unacked = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();

function outputSocket(): Promise<WebSocket> {
  socket ??= new Promise<WebSocket>((resolve, reject) => {
    const ws = new WebSocket(new URL('out', location.href).href.replace(/^http/, 'ws'));
    ws.onopen = () => resolve(ws);
    ws.onmessage = (e) => {
      unacked.get(String(e.data))?.resolve();
      unacked.delete(String(e.data));
    };
    ws.onclose = () => {
      socket = undefined;
      for (const p of unacked.values()) p.reject(new Error('the output socket closed'));
      unacked.clear();
      reject(new Error('the output socket would not open'));
    };
  });
  return socket;
}

/**
 * Sends one pass's pixels to the session and waits until it has them. A Blob over a WebSocket, not a fetch
 * POST: headless Chromium uploads a POST body at a seventh of the speed.
 */
async function post(name: string, frame: number, data: ArrayBufferView): Promise<void> {
  const ws = await outputSocket();
  const header = new TextEncoder().encode(JSON.stringify({ name, frame }));
  const kept = new Promise<void>((resolve, reject) => unacked.set(name, { resolve, reject }));
  ws.send(new Blob([new Uint32Array([header.length]), header, new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength)]));
  await kept;
}

function rendererName(): string {
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** Loads the job's scene unless it is the one already on stage; the previous one is disposed first. */
async function stageScene(job: FrameJob): Promise<LoadedScene> {
  if (loaded && loaded.key === job.sceneKey) return loaded;
  if (loaded) {
    disposeIes(loaded);
    disposeScene(loaded);
    renderer.renderLists.dispose();
  }
  loaded = await loadScene(job.sceneKey, `scene.glb?key=${encodeURIComponent(job.sceneKey)}`);
  scene.add(loaded.root);
  applyIes(loaded, job.ies);
  return loaded;
}

/**
 * Shadow maps depend on the scene, on which lights cast and on how each map is fitted (shadows.ts: to the part
 * of the set the frame shows): consecutive shots that agree on all three reuse them instead of re-rendering every
 * map (most of a frame on a CPU).
 */
function refreshShadowMaps(stage: LoadedScene, lit: LitLight[]): void {
  const casters = lit.filter((l) => l.entry.light.castShadow);
  const shadowKey = `${stage.key}|${renderer.shadowMap.type}|${casters.map((l) => `${l.entry.id}:${l.shadowFit ?? ''}`).join(',')}`;
  if (shadowKey !== lastShadowKey) {
    for (const l of stage.lights) {
      const shadow = (l.light as THREE.Light & { shadow?: THREE.LightShadow }).shadow;
      shadow?.map?.dispose();
      if (shadow) shadow.map = null;
    }
    renderer.shadowMap.needsUpdate = true;
    lastShadowKey = shadowKey;
  }
  renderer.shadowMap.autoUpdate = false;
}

/** The grade's 3D LUT, fetched from the driver, when the look has one. */
async function loadLut(job: FrameJob): Promise<THREE.Data3DTexture | undefined> {
  if (job.look.lutSize <= 0) return undefined;
  const data = new Float32Array(await (await fetch(`lut.bin?frame=${job.frame}`)).arrayBuffer());
  const n = job.look.lutSize;
  const lut = new THREE.Data3DTexture(data, n, n, n);
  lut.format = THREE.RGBAFormat;
  lut.type = THREE.FloatType;
  lut.minFilter = THREE.LinearFilter;
  lut.magFilter = THREE.LinearFilter;
  lut.wrapS = lut.wrapT = lut.wrapR = THREE.ClampToEdgeWrapping;
  lut.unpackAlignment = 1;
  lut.needsUpdate = true;
  return lut;
}

/** The graded frame at the quality's buffer size, read back as RGBA8. */
function renderBeauty(job: FrameJob, view: FrameView, lut: THREE.Data3DTexture | undefined, fx: FrameEffects): Uint8Array {
  const bw = Math.max(1, Math.round(job.width * job.quality.resolutionScale));
  const bh = Math.max(1, Math.round(job.height * job.quality.resolutionScale));
  const camera = view.camera;
  renderer.setPixelRatio(1);
  renderer.setSize(bw, bh, false);
  renderer.setClearColor(0x000000, 1);
  if (camera instanceof THREE.PerspectiveCamera) camera.aspect = job.width / job.height;
  camera.updateProjectionMatrix();
  const composer = buildComposer(renderer, scene, camera, { look: job.look, quality: job.quality, cam: view.info, lut, height: bh, ...fx.chain(camera) });
  composer.render();
  const beauty = new Uint8Array(bw * bh * 4);
  gl.readPixels(0, 0, bw, bh, gl.RGBA, gl.UNSIGNED_BYTE, beauty);
  composer.dispose();
  lut?.dispose();
  return beauty;
}

/** The data passes the job asks for (HDR, depth, normals, object mask), each posted as soon as it is read. */
async function renderDataPasses(job: FrameJob, stage: LoadedScene, camera: THREE.Camera, posted: string[]): Promise<{ depthRange?: [number, number]; legend: Record<string, string> }> {
  const { width, height } = job;
  let depthRange: [number, number] | undefined;
  let legend: Record<string, string> = {};
  if (job.passes.hdr) {
    await post('hdr', job.frame, renderHdr(renderer, scene, camera, width, height));
    posted.push('hdr');
  }
  const both = job.passes.depth || job.passes.mask ? renderDepthAndMask(renderer, scene, stage, camera, width, height) : undefined;
  if (both && job.passes.depth) {
    depthRange = both.range;
    await post('depth', job.frame, both.depth);
    posted.push('depth');
  }
  if (job.passes.normal) {
    await post('normal', job.frame, renderNormals(renderer, scene, camera, width, height));
    posted.push('normal');
  }
  if (both && job.passes.mask) {
    legend = both.legend;
    await post('mask', job.frame, both.pixels);
    posted.push('mask');
  }
  return { ...(depthRange ? { depthRange } : {}), legend };
}

/** METER_SIZE pixels across: enough for a reflected reading, a fraction of a millisecond of shading. */
const METER_SIZE = 64;

/** The reflected reading's correction (exposure.ts meteredCorrectionEv) from a small linear render of the frame. */
function meterFrame(camera: THREE.Camera, aspect: number): number {
  const w = METER_SIZE;
  const h = Math.max(1, Math.round(METER_SIZE / aspect));
  if (camera instanceof THREE.PerspectiveCamera) {
    camera.aspect = aspect;
    camera.updateProjectionMatrix();
  }
  return meteredCorrectionEv(renderHdr(renderer, scene, camera, w, h), w, h);
}

function gpuMemory(): FrameInfo['memory'] {
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return {
    geometries: renderer.info.memory.geometries,
    textures: renderer.info.memory.textures,
    programs: renderer.info.programs?.length ?? 0,
    ...(heap ? { jsHeapMb: Math.round(heap.usedJSHeapSize / 2 ** 20) } : {}),
  };
}

async function render(job: FrameJob): Promise<FrameInfo> {
  const t0 = performance.now();
  const timings: Record<string, number> = {};
  const lap = (name: string, since: number) => (timings[name] = Math.round(performance.now() - since));
  const reload = !loaded || loaded.key !== job.sceneKey;
  const stage = await stageScene(job);
  if (reload) lap('loadMs', t0);
  const t1 = performance.now();
  const view = resolveView(stage, job.view, job.width / job.height);
  const toCamera = view.camera.position.clone().sub(view.meterPoint).normalize();
  const env = await setupEnvironment(renderer, scene, job.environment, stage.lights.length > 0, `env.bin?frame=${job.frame}`);
  const lit = prepareLights(stage, view.meterPoint, toCamera, job.timeS, job.quality, frameReach(view.camera, view.meterPoint, job.width / job.height));
  renderer.shadowMap.type = job.quality.shadowFilter === 'basic' ? THREE.BasicShadowMap : THREE.PCFShadowMap;
  renderer.transmissionResolutionScale = Math.max(0.25, job.quality.transmissionScale);
  refreshShadowMaps(stage, lit);
  // Exposure: an incident reading at the subject, as a gaffer's meter would give.
  const incidentLux = incidentReading(lit.map((l) => ({ illuminance: l.lux, cosToCamera: l.cosToCamera })), env.lux);
  const incident = exposureForIncident(incidentLux, job.look.exposureEv);
  const expose = (scale: number) => {
    exposeLights(lit, scale);
    env.expose(scale);
    exposeEmissives(stage, scale);
  };
  expose(incident);
  const meteredEv = meterFrame(view.camera, job.width / job.height);
  const scale = incident * 2 ** meteredEv;
  if (meteredEv !== 0) expose(scale);
  lap('setupMs', t1);

  const lut = await loadLut(job);
  const posted: string[] = [];
  const t2 = performance.now();
  const fx = frameEffects(scene, stage, view.camera, lit, job);
  const beauty = renderBeauty(job, view, lut, fx);
  fx.removeParticles();
  lap('beautyMs', t2);
  await post('beauty', job.frame, beauty);
  posted.push('beauty');

  const t3 = performance.now();
  const { depthRange, legend } = await renderDataPasses(job, stage, view.camera, posted);
  lap('passesMs', t3);
  fx.dispose();
  env.dispose();
  renderer.renderLists.dispose();
  lap('totalMs', t0);
  return {
    camera: view.info,
    ...(view.anchorScreen ? { anchorScreen: view.anchorScreen } : {}),
    exposure: { incidentLux, meteredEv, scale },
    legend,
    ...(depthRange ? { depthRange } : {}),
    lights: { shaded: lit.filter((l) => l.entry.light.visible).length, shadowed: lit.filter((l) => l.entry.light.castShadow).length, total: lit.length },
    renderer: rendererName(),
    memory: gpuMemory(),
    timings,
    posted,
  };
}

const api: PageApi = {
  info: () => ({ renderer: rendererName(), webgl2: gl instanceof WebGL2RenderingContext, maxSamples: Number(gl.getParameter(gl.MAX_SAMPLES)) }),
  render,
};
(window as unknown as { canvas3d: PageApi }).canvas3d = api;
