/**
 * Finding Chromium and choosing how it renders. Playwright's own browser downloads cannot work offline, so we
 * drive the system's Chromium (Debian's `chromium` package) through playwright-core.
 */
import { existsSync } from 'node:fs';
import { Canvas3dError } from '../core/errors.js';

export class ChromiumNotFoundError extends Canvas3dError {
  override name = 'ChromiumNotFoundError';
  constructor(tried: string[]) {
    super(
      'C3D_BROWSER_MISSING',
      `Chromium was not found (tried ${tried.join(', ')}). Rendering needs it: on Debian or Ubuntu run ` +
        '`sudo apt-get install -y chromium` (or set CHROMIUM_PATH to a Chromium or Chrome executable).',
    );
  }
}

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/lib/chromium/chromium',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** CHROMIUM_PATH when set (and it must then exist), else the first of the usual install paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new ChromiumNotFoundError([`CHROMIUM_PATH=${explicit}`]);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new ChromiumNotFoundError(CANDIDATES.slice(0, 4));
  return found;
}

export function chromiumAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  try {
    findChromium(env);
    return true;
  } catch {
    return false;
  }
}

/** Flags for a quiet, offline, headless browser. */
const COMMON = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage', '--hide-scrollbars', '--mute-audio'];

/** Software WebGL2 (SwiftShader through ANGLE): works on any machine, measured fine on 2 cores. */
export const SOFTWARE_FLAGS = [...COMMON, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** Hardware WebGL2 through ANGLE on the GPU's Vulkan (or GL) driver. */
export const GPU_FLAGS = [...COMMON, '--use-angle=vulkan', '--enable-features=Vulkan', '--ignore-gpu-blocklist', '--enable-gpu-rasterization'];

/**
 * Whether to try the GPU: CANVAS3D_GPU=on|off forces it; otherwise a render node (/dev/dri) or an NVIDIA device
 * means there is one. The session falls back to software when the GPU launch gives no WebGL2.
 */
export function wantGpu(env: NodeJS.ProcessEnv = process.env): boolean {
  const forced = env.CANVAS3D_GPU?.toLowerCase();
  if (forced === 'on' || forced === '1') return true;
  if (forced === 'off' || forced === '0') return false;
  return existsSync('/dev/nvidia0') || existsSync('/dev/dri/renderD128');
}
