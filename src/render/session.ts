/**
 * One Chromium, reused across frames, driven by playwright-core. The page, scene, environment and LUT are
 * served from memory by a small HTTP server on 127.0.0.1 (behind a random path token), and the page sends its
 * pixels back over a WebSocket on the same server as raw bytes: through the DevTools protocol the same megabytes
 * would travel as base64 JSON, and a fetch POST uploads at about 5 MB/s in headless Chromium here (1.4 s for a
 * 720p frame's depth and mask) where a WebSocket moves a Blob at about 35 MB/s. A frame that runs past its time
 * limit, a crashed page or a dead browser gets the browser killed and relaunched, and the frame tried once more.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { WebSocketServer, type RawData } from 'ws';
import type { Browser, BrowserServer, Page } from 'playwright-core';
import { findChromium, GPU_FLAGS, SOFTWARE_FLAGS, wantGpu } from './chromium.js';
import { pageScript } from './page-bundle.js';
import type { FrameInfo, FrameJob, PageApi } from './protocol.js';
import { Canvas3dError } from '../core/errors.js';

export class RenderError extends Canvas3dError {
  override name = 'RenderError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_RENDER_FAILED', message, [], options);
  }
}

export interface SessionOptions {
  /** Try the GPU (default: when the machine has one; CANVAS3D_GPU=on|off overrides). */
  gpu?: boolean;
  /** Per-frame time limit, ms (default 120 s: a software GPU rendering a large frame with every pass). */
  frameTimeoutMs?: number;
}

export interface FrameInput {
  glb: Uint8Array;
  sceneKey: string;
  env?: Float32Array;
  lut?: Float32Array;
  job: FrameJob;
}

export interface FrameOutput {
  info: FrameInfo;
  buffers: Map<string, Buffer>;
}

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>canvas3d render</title></head><body><script src="page.js"></script></body></html>`;
/** Largest pass the page may send (an 8K float frame is 530 MB; nothing we render comes near). */
const MAX_PASS_BYTES = 1 << 30;

interface Served {
  /** The frame being rendered: what arrives for another (a timed-out attempt's) is dropped. */
  frame?: number;
  glb?: Uint8Array;
  env?: Float32Array;
  lut?: Float32Array;
  out: Map<string, Buffer>;
}

const asBuffer = (v: Uint8Array | Float32Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);

export class RenderSession {
  private server?: BrowserServer;
  private http?: http.Server;
  private sockets?: WebSocketServer;
  private base = '';
  private browser?: Browser;
  private page?: Page;
  private served: Served = { out: new Map() };
  private consoleTail: string[] = [];
  private crashed = false;
  /** The WebGL renderer the page got, e.g. "ANGLE (… SwiftShader …)". */
  renderer = '';
  gpu = false;
  launches = 0;

  private constructor(private readonly opts: SessionOptions) {}

  static async open(opts: SessionOptions = {}): Promise<RenderSession> {
    const s = new RenderSession(opts);
    await s.launch();
    return s;
  }

  /** The browser's process id (for tests that kill it). */
  get browserPid(): number | undefined {
    return this.server?.process().pid;
  }

  private async listen(): Promise<void> {
    if (this.http) return;
    const token = randomBytes(12).toString('hex');
    const server = http.createServer((req, res) => {
      // A failure to serve (the page script could not be built) reaches the caller as the launch's error, with
      // this line in its console tail, instead of crashing the process from inside the server.
      this.serve(token, req, res).catch((err: unknown) => {
        this.consoleTail = [...this.consoleTail.slice(-9), `serving ${req.url ?? ''}: ${err instanceof Error ? err.message : String(err)}`];
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    server.unref();
    this.http = server;
    this.sockets = this.outputSocket(server, token);
    this.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/${token}`;
  }

  private async launch(): Promise<void> {
    await this.listen();
    const { chromium } = await import('playwright-core');
    const executablePath = findChromium();
    const tryGpu = this.opts.gpu ?? wantGpu();
    for (const gpu of tryGpu ? [true, false] : [false]) {
      this.server = await chromium.launchServer({ executablePath, args: gpu ? GPU_FLAGS : SOFTWARE_FLAGS, headless: true });
      this.browser = await chromium.connect(this.server.wsEndpoint());
      this.launches++;
      const page = await this.browser.newPage({ viewport: { width: 256, height: 256 } });
      this.page = page;
      this.crashed = false;
      page.on('crash', () => (this.crashed = true));
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') this.consoleTail = [...this.consoleTail.slice(-9), m.text()];
      });
      page.on('pageerror', (e) => (this.consoleTail = [...this.consoleTail.slice(-9), e.message]));
      await page.goto(`${this.base}/index.html`);
      await page.waitForFunction(() => 'canvas3d' in globalThis, undefined, { timeout: 30_000 });
      const info = await page.evaluate(() => (globalThis as unknown as { canvas3d: PageApi }).canvas3d.info());
      this.renderer = info.renderer;
      this.gpu = gpu && !/swiftshader|llvmpipe|software/i.test(info.renderer);
      if (info.webgl2 && (!gpu || this.gpu)) return;
      // The GPU launch gave no usable WebGL2: fall back to software rendering.
      await this.shutdown();
    }
    throw new RenderError(`Chromium started but gives no WebGL2 (${this.renderer || 'no renderer'}); ${this.consoleTail.join('; ')}`);
  }

  /**
   * Where the page sends each pass: one binary message per pass — a little-endian u32 header length, the JSON
   * header {name, frame}, then the pixels — answered with the pass's name once it is kept.
   */
  private outputSocket(server: http.Server, token: string): WebSocketServer {
    const sockets = new WebSocketServer({ server, path: `/${token}/out`, perMessageDeflate: false, maxPayload: MAX_PASS_BYTES });
    sockets.on('connection', (ws) => {
      ws.on('message', (data: RawData, isBinary: boolean) => {
        const pass = isBinary ? readPass(data) : undefined;
        if (!pass || pass.frame !== this.served.frame) return;
        this.served.out.set(pass.name, pass.pixels);
        ws.send(pass.name);
      });
    });
    return sockets;
  }

  private async serve(token: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const prefix = `/${token}/`;
    const send = (status: number, data?: Uint8Array | Float32Array | string, contentType = 'application/octet-stream') => {
      res.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
      res.end(data === undefined ? undefined : typeof data === 'string' ? data : asBuffer(data));
    };
    if (!url.pathname.startsWith(prefix)) return send(404, 'not found', 'text/plain');
    const name = url.pathname.slice(prefix.length);
    const data: Record<string, [Uint8Array | Float32Array | string | undefined, string]> = {
      'index.html': [HTML, 'text/html'],
      'scene.glb': [this.served.glb, 'model/gltf-binary'],
      'env.bin': [this.served.env, 'application/octet-stream'],
      'lut.bin': [this.served.lut, 'application/octet-stream'],
    };
    if (name === 'page.js') return send(200, await pageScript(), 'text/javascript');
    if (name === 'favicon.ico') return send(204);
    const [body, type] = data[name] ?? [undefined, ''];
    return body === undefined ? send(404, 'not found', 'text/plain') : send(200, body, type);
  }

  private async attempt(input: FrameInput): Promise<FrameOutput> {
    const page = this.page;
    if (!page || this.crashed || !this.browser?.isConnected()) throw new RenderError('the browser is not running');
    this.served = { frame: input.job.frame, glb: input.glb, env: input.env, lut: input.lut, out: new Map() };
    const timeout = this.opts.frameTimeoutMs ?? 120_000;
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RenderError(`frame ${input.job.frame} took longer than ${Math.round(timeout / 1000)} s`)), timeout);
    });
    try {
      const info = await Promise.race([page.evaluate((job) => (globalThis as unknown as { canvas3d: PageApi }).canvas3d.render(job), input.job), limit]);
      for (const name of info.posted) if (!this.served.out.has(name)) throw new RenderError(`the page did not deliver the ${name} pass`);
      return { info, buffers: this.served.out };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Renders one frame. If the browser dies or hangs, it is killed, relaunched and the frame tried once more;
   * an error in the frame itself (a bad scene) is not retried.
   */
  async renderFrame(input: FrameInput): Promise<FrameOutput> {
    try {
      return await this.attempt(input);
    } catch (err) {
      if (!this.needsRelaunch(err)) throw this.explain(err);
      await this.restart();
      try {
        return await this.attempt(input);
      } catch (again) {
        if (this.needsRelaunch(again)) await this.restart();
        throw this.explain(again);
      }
    }
  }

  private needsRelaunch(err: unknown): boolean {
    if (this.crashed || !this.browser?.isConnected()) return true;
    if (err instanceof RenderError) return true;
    return /Target (page, context or browser )?(has been )?closed|crash|disconnected|Browser closed/i.test(err instanceof Error ? err.message : String(err));
  }

  private explain(err: unknown): Error {
    const message = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    const tail = this.consoleTail.length ? ` (page: ${this.consoleTail.slice(-3).join(' | ')})` : '';
    return new RenderError(`${message}${tail}`);
  }

  private async restart(): Promise<void> {
    await this.shutdown();
    await this.launch();
  }

  /** A fresh page in the same browser, for storyboards (print to PDF, screenshots). */
  async withPage<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    if (!this.browser?.isConnected()) await this.restart();
    const page = await this.browser!.newPage();
    try {
      return await fn(page);
    } finally {
      await page.close().catch(() => undefined);
    }
  }

  private async shutdown(): Promise<void> {
    const server = this.server;
    this.page = undefined;
    this.browser = undefined;
    this.server = undefined;
    if (!server) return;
    const pid = server.process().pid;
    // A browser that will not close is killed after 5 s; the timer must not outlive the race.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([server.close().catch(() => undefined), new Promise((r) => (timer = setTimeout(r, 5000)))]);
    clearTimeout(timer);
    if (pid) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  async close(): Promise<void> {
    await this.shutdown();
    const server = this.http;
    this.http = undefined;
    for (const ws of this.sockets?.clients ?? []) ws.terminate();
    this.sockets?.close();
    this.sockets = undefined;
    if (server) {
      // Idle keep-alive connections would hold the process open for their 5 s timeout.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }
}

/** A pass as the page sends it (outputSocket), or undefined when the message is not one. */
function readPass(data: RawData): { name: string; frame: number; pixels: Buffer } | undefined {
  const bytes = Buffer.isBuffer(data) ? data : Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data);
  if (bytes.length < 4) return undefined;
  const length = bytes.readUInt32LE(0);
  if (4 + length > bytes.length) return undefined;
  try {
    const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as { name?: unknown; frame?: unknown };
    if (typeof header.name !== 'string' || !/^[a-z]+$/.test(header.name) || typeof header.frame !== 'number') return undefined;
    return { name: header.name, frame: header.frame, pixels: bytes.subarray(4 + length) };
  } catch {
    return undefined;
  }
}
