/**
 * The render page's script: three.js, postprocessing and our page code in one browser bundle. Installs carry
 * it prebuilt (dist/render-page/page.js, made by `npm run build`); a source checkout whose sources are newer
 * than that build (and the tests) bundles it on first use with esbuild, which takes about a second.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGE_ENTRY = 'src/render/page/main.ts';
export const PAGE_BUNDLE = 'dist/render-page/page.js';

function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'canvas3d') return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error('cannot find the canvas3d package folder');
    dir = up;
  }
}

/** esbuild options shared with scripts/bundle.mjs. */
export const PAGE_BUILD_OPTIONS = { bundle: true, platform: 'browser', format: 'iife', target: 'chrome110', minify: true, legalComments: 'none', logLevel: 'warning' } as const;

/** Newest modification time of the TypeScript sources and the data they inline, or 0 when there are none (an installed package). */
function newestSource(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.(ts|json)$/.test(entry.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Whether a built file exists and no source or inlined data file under the package's src/ changed after it was written. */
export function isFreshBuild(file: string): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= newestSource(path.join(packageRoot(), 'src'));
}

let cached: Promise<string> | undefined;

export function pageScript(): Promise<string> {
  cached ??= (async () => {
    const root = packageRoot();
    const built = path.join(root, PAGE_BUNDLE);
    // The prebuilt page is used unless the sources changed after it was built (a checkout being edited).
    if (process.env.CANVAS3D_SOURCE !== '1' && isFreshBuild(built)) return readFileSync(built, 'utf8');
    const esbuild = await import('esbuild').catch(() => {
      throw new Error(`the render page is not built (${PAGE_BUNDLE} is missing) and esbuild is not installed; run \`npm run build\``);
    });
    const out = await esbuild.build({ ...PAGE_BUILD_OPTIONS, entryPoints: [path.join(root, PAGE_ENTRY)], write: false });
    return out.outputFiles[0]!.text;
  })();
  return cached;
}
