/** Where disk caches live: one folder per kind (textures, geometry) under one root the user can move or turn off. */
import os from 'node:os';
import path from 'node:path';

/** CANVAS3D_CACHE_DIR, else $XDG_CACHE_HOME/canvas3d, else ~/.cache/canvas3d, then `kind`; "off" disables disk caches. */
export function cacheDir(kind: string): string | false {
  const env = process.env.CANVAS3D_CACHE_DIR;
  if (env === 'off' || env === '0') return false;
  if (env) return path.join(env, kind);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  return path.join(base, 'canvas3d', kind);
}
