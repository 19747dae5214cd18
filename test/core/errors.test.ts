import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Canvas3dError, ERROR_CODES, SpecError, exitCodeFor, httpStatusFor, throwIfAborted } from '../../src/core/errors.js';

test('every code maps once to an exit code and an HTTP status', () => {
  for (const [code, info] of Object.entries(ERROR_CODES)) {
    const err = new Canvas3dError(code as keyof typeof ERROR_CODES, 'x');
    assert.equal(exitCodeFor(err), info.exit, code);
    assert.equal(httpStatusFor(err), info.http, code);
    assert.ok(info.http >= 400 && info.http < 600, code);
  }
  assert.equal(exitCodeFor(new Error('bug')), 3, 'anything else is internal');
  assert.equal(httpStatusFor(new Error('bug')), 500);
});

test('a SpecError carries every issue and lists them in its message', () => {
  const err = new SpecError([{ path: 'objects[0].material', message: 'unknown material "goldd"' }, { path: '', message: 'bad' }]);
  assert.equal(err.code, 'C3D_SPEC_INVALID');
  assert.equal(err.message, 'objects[0].material: unknown material "goldd"\nbad');
  assert.equal(err.issues.length, 2);
  assert.equal(httpStatusFor(err), 400);
});

test('issuesOrMessage gives the issues, or the message as one issue', () => {
  assert.deepEqual(new Canvas3dError('C3D_NOT_FOUND', 'no such shot').issuesOrMessage('--shot'), [{ path: '--shot', message: 'no such shot' }]);
});

test('an aborted signal becomes C3D_CANCELLED', () => {
  const ac = new AbortController();
  throwIfAborted(ac.signal);
  ac.abort();
  assert.throws(() => throwIfAborted(ac.signal), (e: unknown) => e instanceof Canvas3dError && e.code === 'C3D_CANCELLED');
});
