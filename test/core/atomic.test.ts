import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkOutputDir, outputError, writeFilesAtomic } from '../../src/core/atomic.js';
import { Canvas3dError, exitCodeFor } from '../../src/core/errors.js';
import { tempDir } from '../helpers.js';

const outputFailure = (fn: () => void, pattern: RegExp) =>
  assert.throws(fn, (err: unknown) => err instanceof Canvas3dError && err.code === 'C3D_OUTPUT' && pattern.test(err.message) && exitCodeFor(err) === 1);

test('writeFilesAtomic writes every file, creating folders', () => {
  const dir = tempDir();
  writeFilesAtomic([{ path: path.join(dir, 'a', 'b.txt'), data: 'b' }, { path: path.join(dir, 'c.bin'), data: new Uint8Array([1, 2, 3]) }]);
  assert.equal(readFileSync(path.join(dir, 'a', 'b.txt'), 'utf8'), 'b');
  assert.deepEqual([...readFileSync(path.join(dir, 'c.bin'))], [1, 2, 3]);
});

test('a file where a folder should be is the user\'s error, and nothing is half-written', () => {
  const dir = tempDir();
  writeFileSync(path.join(dir, 'plain'), 'x');
  outputFailure(() => writeFilesAtomic([{ path: path.join(dir, 'ok.txt'), data: 'ok' }, { path: path.join(dir, 'plain', 'out.glb'), data: 'y' }]), /plain is a file, not a folder/);
  assert.deepEqual(readdirSync(dir).sort(), ['plain'], 'the first file was not left behind, nor any temporary file');
});

test('an existing folder at the output path is refused with its name', () => {
  const dir = tempDir();
  mkdirSync(path.join(dir, 'scene.glb'));
  outputFailure(() => writeFilesAtomic([{ path: path.join(dir, 'scene.glb'), data: 'x' }]), /scene\.glb: cannot write \(is a folder\)/);
});

test('a pseudo-filesystem is refused before anything is created (recursive mkdir there never returns)', { skip: !existsSync('/proc/self') && 'no /proc here' }, () => {
  outputFailure(() => checkOutputDir('/proc/canvas3d-test/out'), /proc pseudo-filesystem/);
});

test('operating-system errors become C3D_OUTPUT errors naming the path and the cause', () => {
  for (const [code, cause] of [['ENOSPC', 'no space left on the device'], ['EACCES', 'permission denied'], ['EROFS', 'read-only file system']] as const) {
    const err = outputError('/data/out.glb', Object.assign(new Error(code), { code }));
    assert.ok(err instanceof Canvas3dError);
    assert.equal(err.code, 'C3D_OUTPUT');
    assert.equal(err.message, `/data/out.glb: cannot write (${cause})`);
  }
  const bug = new TypeError('not an OS error');
  assert.equal(outputError('/x', bug), bug, 'anything else passes through as it is');
});
