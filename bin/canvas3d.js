#!/usr/bin/env node
// Runs the bundled CLI (built by `npm ci` through the prepare script). From a checkout without dist/, or with
// CANVAS3D_SOURCE=1 (the tests), it runs the TypeScript sources through tsx instead.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli-bundle/main.js', import.meta.url);
let entry = bundle;
if (process.env.CANVAS3D_SOURCE === '1' || !existsSync(bundle)) {
  try {
    const { register } = await import('tsx/esm/api');
    register();
  } catch {
    process.stderr.write('canvas3d: not built yet; run `npm ci` (or `npm run build`) in the canvas3d folder\n');
    process.exit(3);
  }
  entry = new URL('../src/cli/main.ts', import.meta.url);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv);
