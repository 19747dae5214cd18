// Bundles the CLI into dist/cli/ with esbuild: one ESM graph with lazily loaded chunks per command. Loading a
// few large files is far faster than resolving hundreds of small modules, and start-up is most of a short
// command's time. Packages with native or WebAssembly parts stay external and load from node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync('dist/cli-bundle', { recursive: true, force: true });
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
