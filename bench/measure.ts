/** Whole-process measurement of a CLI run: wall seconds and peak RSS, like `/usr/bin/time` reports. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'canvas3d.js');
const REPORTER = path.join(ROOT, 'bench', 'rss-reporter.mjs');

export interface ProcessRun {
  seconds: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

export function runCanvas3d(args: string[], env: Record<string, string> = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', REPORTER, BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - t0) / 1000;
      const m = /__CANVAS3D_MAXRSS_KB=(\d+)/.exec(stderr);
      resolve({ seconds, peakRssMb: m ? Number(m[1]) / 1024 : NaN, stdout, stderr: stderr.replace(/\n__CANVAS3D_MAXRSS_KB=\d+\n/, ''), status });
    });
  });
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

export function emit(record: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(record)}\n`);
}
