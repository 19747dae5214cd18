// Bundles the CLI into dist/cli-bundle/ and the render page into dist/render-page/ with esbuild. The CLI is
// one ESM graph with lazily loaded chunks per command: loading a few large files is far faster than resolving
// hundreds of small modules, and start-up is most of a short command's time. Packages with native or
// WebAssembly parts stay external and load from node_modules. The page's options match PAGE_BUILD_OPTIONS in
// src/render/page-bundle.ts, which bundles the same page on the fly in a source checkout.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

// Every built-in data file is checked against its schema here (tsc's dist/ checks at load), so the bundle can
// trust its data and skip those checks at every start (see loadBuiltin in src/library/load.ts).
for (const module of ['library/materials/index.js', 'library/lighting/index.js', 'library/grades.js', 'library/themes.js', 'library/vocabulary.js']) {
  await import(`../dist/${module}`);
}

// V8 reads a JSON string through JSON.parse several times faster than the same data as an object literal, which
// is how esbuild inlines .json imports; the preset data is ~1 MB, so it is inlined as a string.
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({
      contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(args.path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

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
  // esbuild runs its native binary from its own package: it stays external (a source checkout bundles the page with it).
  external: ['word-list', 'ws', 'sharp', 'manifold-3d', 'meshoptimizer', 'mikktspace', 'gltf-validator', 'playwright-core', 'esbuild'],
  banner: { js: "import { createRequire as __canvas3dRequire } from 'node:module'; const require = __canvas3dRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'none',
  define: { __CANVAS3D_DATA_CHECKED__: 'true' },
  plugins: [jsonAsString],
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
