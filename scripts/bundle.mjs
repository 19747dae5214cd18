// Bundles the CLI into dist/cli-bundle/ and the render page into dist/render-page/ with esbuild. The CLI is
// one ESM graph with lazily loaded chunks per command: loading a few large files is far faster than resolving
// hundreds of small modules, and start-up is most of a short command's time. Packages with native or
// WebAssembly parts stay external and load from node_modules. The page's options match PAGE_BUILD_OPTIONS in
// src/render/page-bundle.ts, which bundles the same page on the fly in a source checkout.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/cli-bundle', { recursive: true, force: true });
rmSync('dist/render-page', { recursive: true, force: true });
await build({
  entryPoints: { main: 'src/cli/main.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  mainFields: ['module', 'main'],
  outdir: 'dist/cli-bundle',
  external: ['sharp', 'manifold-3d', 'meshoptimizer', 'mikktspace', 'gltf-validator', 'playwright-core'],
  banner: { js: "import { createRequire as __canvas3dRequire } from 'node:module'; const require = __canvas3dRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
});

// The render page: three.js, postprocessing and the page code in one browser script (see src/render/page-bundle.ts).
await build({
  entryPoints: ['src/render/page/main.ts'],
  outfile: 'dist/render-page/page.js',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'chrome110',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
