/**
 * A disk cache for expensive generated geometry (whole levels): content-addressed by generator, parameters,
 * seed and engine version, stored beside the texture cache. A level regenerated with the same parameters is
 * read back instead of rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { GeneratedPart } from './generator.js';
import { cacheDir } from '../core/cache-dir.js';
import { writeFileAtomic } from '../core/atomic.js';
import { ENGINE_VERSION } from '../core/version.js';

const FORMAT = 3;

function file(key: string): string | undefined {
  const dir = cacheDir('geometry');
  return dir ? path.join(dir, `${key}.c3dgeo`) : undefined;
}

export function geometryKey(type: string, params: unknown, seed: number): string {
  return createHash('sha256').update(JSON.stringify({ engine: ENGINE_VERSION, format: FORMAT, type, params, seed })).digest('hex');
}

interface Header {
  parts: { slot: string; name?: string; lengths: [number, number, number, number, number] }[];
}

export function readGeometry(key: string): GeneratedPart[] | undefined {
  const f = file(key);
  if (!f || !existsSync(f)) return undefined;
  try {
    const buf = readFileSync(f);
    const nl = buf.indexOf(10);
    const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as Header;
    // Arrays start 4-byte aligned after the header line.
    let offset = (nl + 1 + 3) & ~3;
    const take = <T extends Float32Array | Uint32Array>(Ctor: new (b: ArrayBuffer) => T, bytes: number): T => {
      const out = new Ctor(buf.buffer.slice(buf.byteOffset + offset, buf.byteOffset + offset + bytes));
      offset += bytes;
      return out;
    };
    return header.parts.map((p) => {
      const [pos, nor, uv, idx, tan] = p.lengths;
      const mesh = { positions: take(Float32Array, pos * 4), normals: take(Float32Array, nor * 4), uvs: take(Float32Array, uv * 4), indices: take(Uint32Array, idx * 4), ...(tan ? { tangents: take(Float32Array, tan * 4) } : {}) };
      return { slot: p.slot, mesh, ...(p.name ? { name: p.name } : {}) };
    });
  } catch {
    return undefined; // a damaged entry is a miss
  }
}

export function writeGeometry(key: string, parts: GeneratedPart[]): void {
  const f = file(key);
  if (!f) return;
  try {
    const header: Header = {
      parts: parts.map((p) => ({
        slot: p.slot,
        ...(p.name ? { name: p.name } : {}),
        lengths: [p.mesh.positions.length, p.mesh.normals.length, p.mesh.uvs.length, p.mesh.indices.length, p.mesh.tangents?.length ?? 0],
      })),
    };
    const head = Buffer.from(`${JSON.stringify(header)}\n`);
    const pad = Buffer.alloc(((head.length + 3) & ~3) - head.length);
    const arrays = parts.flatMap((p) => [p.mesh.positions, p.mesh.normals, p.mesh.uvs, p.mesh.indices, ...(p.mesh.tangents ? [p.mesh.tangents] : [])]);
    mkdirSync(path.dirname(f), { recursive: true });
    writeFileAtomic(f, Buffer.concat([head, pad, ...arrays.map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))]));
  } catch {
    // The cache is an optimisation; a read-only disk must not fail a build.
  }
}
