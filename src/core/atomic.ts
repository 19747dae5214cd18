/**
 * Atomic file output: everything is written to temporary files beside the targets and renamed into place only
 * when all writes succeeded, so a failed run leaves no half-written output.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export function writeFilesAtomic(files: { path: string; data: Uint8Array | string }[]): void {
  const staged: { tmp: string; final: string }[] = [];
  try {
    for (const f of files) {
      mkdirSync(path.dirname(f.path), { recursive: true });
      const tmp = path.join(path.dirname(f.path), `.${path.basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ tmp, final: f.path });
      writeFileSync(tmp, f.data);
    }
    for (const s of staged) renameSync(s.tmp, s.final);
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw err;
  }
}

export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  writeFilesAtomic([{ path: file, data }]);
}
