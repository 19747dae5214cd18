/** Shared fixtures: spec builders, GLB round-trips, the Khronos validator and the CLI. */
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import validator from 'gltf-validator';
import type { Document } from '@gltf-transform/core';
import { validateSpec, buildDocument, toGlb, getIO, type SceneSpecInput } from '../src/index.js';
import type { SceneSpec } from '../src/scene/schema.js';
import { isFreshBuild } from '../src/render/page-bundle.js';

// Tests never touch the user's texture cache: one throwaway cache folder per test process (and its children).
process.env.CANVAS3D_CACHE_DIR ??= mkdtempSync(path.join(tmpdir(), 'canvas3d-cache-'));

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXAMPLES = path.join(ROOT, 'examples');

export function makeSpec(overrides: Partial<SceneSpecInput> = {}): SceneSpecInput {
  return {
    version: 1,
    objects: [{ id: 'cube', geometry: { type: 'box', size: [1, 2, 3] }, material: 'gold' }],
    lights: [{ id: 'key', type: 'point', position: [2, 3, 2], intensity: { value: 800, unit: 'lm' } }],
    cameras: [{ id: 'cam', position: [4, 2, 6], target: [0, 0, 0], focalLengthMm: 50 }],
    ...overrides,
  };
}

export function mustValidate(input: unknown, baseDir?: string): SceneSpec {
  const r = validateSpec(input, baseDir ? { baseDir } : {});
  if (!r.ok) throw new Error(`expected a valid spec, got:\n${r.issues.map((i) => `${i.path}: ${i.message}`).join('\n')}`);
  return r.spec;
}

export async function buildGlb(input: unknown, baseDir?: string): Promise<Uint8Array> {
  const spec = mustValidate(input, baseDir);
  const { document } = await buildDocument(spec, baseDir ? { baseDir } : {});
  return toGlb(document);
}

export async function readGlb(bytes: Uint8Array): Promise<Document> {
  return getIO().readBinary(bytes);
}

export interface ValidatorReport {
  issues: { numErrors: number; numWarnings: number; messages: { code: string; message: string; severity: number; pointer?: string }[] };
}

export async function khronosValidate(bytes: Uint8Array): Promise<ValidatorReport> {
  return (await validator.validateBytes(bytes)) as ValidatorReport;
}

export function exampleFiles(): string[] {
  return [
    'studio-product-shot.json',
    'room-interior.json',
    'outdoor-golden-hour.json',
    'glass-metal-still-life.json',
    'dungeon-corridor.json',
    'neon-street-night.json',
    'colonnade-architecture.json',
    'blocking-two-people.json',
  ].map((f) => path.join(EXAMPLES, f));
}

export function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function tempDir(prefix = 'canvas3d-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The CLI runs from its bundle (what users run, and a second faster to start than tsx) when the bundle is newer
 * than every source, as after `npm ci`; in a checkout being edited it runs the TypeScript sources.
 */
const CLI_ENV = isFreshBuild(path.join(ROOT, 'dist/cli-bundle/main.js')) ? {} : { CANVAS3D_SOURCE: '1' };

/** Runs the real `canvas3d` bin. */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'canvas3d.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...CLI_ENV, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
