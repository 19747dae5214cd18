/**
 * Atomic file output: everything is written to temporary files beside the targets and renamed into place only
 * when all writes succeeded, so a failed run leaves no half-written output. Failures the user can fix (a file
 * where a folder should be, no permission, a full disk, a pseudo-filesystem) become C3D_OUTPUT errors that name
 * the path and the cause, never crashes.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Canvas3dError } from './errors.js';

/** Why the operating system refused, in words (errno codes as the user would say them). */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'read-only file system',
  EISDIR: 'is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists and is not a folder',
  ENAMETOOLONG: 'name too long',
  ENOENT: 'no such folder',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** Filesystems that only look like folders (Linux statfs magic numbers): writing there hangs or means nothing. */
const PSEUDO_FILESYSTEMS = new Map<number, string>([
  [0x9fa0, 'proc'],
  [0x62656572, 'sysfs'],
  [0x1cd1, 'devpts'],
  [0x64626720, 'debugfs'],
  [0x73636673, 'securityfs'],
  [0x27e0eb, 'cgroup'],
  [0x63677270, 'cgroup2'],
]);

/** An OS error on an output path as the user's problem (C3D_OUTPUT), or the error itself when it is not one. */
export function outputError(file: string, err: unknown): unknown {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (!code || !(code in CAUSES)) return err;
  return new Canvas3dError('C3D_OUTPUT', `${file}: cannot write (${CAUSES[code]})`, [{ path: file, message: `cannot write (${CAUSES[code]})` }], { cause: err });
}

/**
 * Checks that `dir` can be a folder for output before anything is created: walks up to the deepest existing
 * ancestor, which must be a folder on a real filesystem. (Node's recursive mkdir never returns under /proc.)
 */
export function checkOutputDir(dir: string): void {
  let existing = path.resolve(dir);
  while (!existsSync(existing)) {
    const parent = path.dirname(existing);
    if (parent === existing) break;
    existing = parent;
  }
  const fail = (why: string) => {
    throw new Canvas3dError('C3D_OUTPUT', `${dir}: cannot write (${why})`, [{ path: dir, message: `cannot write (${why})` }]);
  };
  let isDir: boolean;
  try {
    isDir = statSync(existing).isDirectory();
  } catch (err) {
    throw outputError(dir, err);
  }
  if (!isDir) fail(`${existing} is a file, not a folder`);
  const fs = pseudoFilesystem(existing);
  if (fs) fail(`${existing} is on the ${fs} pseudo-filesystem`);
}

function pseudoFilesystem(dir: string): string | undefined {
  try {
    return PSEUDO_FILESYSTEMS.get(Number(statfsSync(dir).type));
  } catch {
    return undefined;
  }
}

/** Creates `dir` (and its parents) for output, with the checks and error wording of checkOutputDir. */
export function makeOutputDir(dir: string): void {
  checkOutputDir(dir);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw outputError(dir, err);
  }
}

export function writeFilesAtomic(files: { path: string; data: Uint8Array | string }[]): void {
  const staged: { tmp: string; final: string }[] = [];
  // A frame writes several files into one folder: check and create each folder once.
  const ready = new Set<string>();
  let current = '';
  try {
    for (const f of files) {
      current = f.path;
      if (existsSync(f.path) && statSync(f.path).isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
      const dir = path.dirname(f.path);
      if (!ready.has(dir)) makeOutputDir(dir);
      ready.add(dir);
      const tmp = path.join(path.dirname(f.path), `.${path.basename(f.path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
      staged.push({ tmp, final: f.path });
      writeFileSync(tmp, f.data);
    }
    for (const s of staged) {
      current = s.final;
      renameSync(s.tmp, s.final);
    }
  } catch (err) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw outputError(current, err);
  }
}

export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  writeFilesAtomic([{ path: file, data }]);
}
