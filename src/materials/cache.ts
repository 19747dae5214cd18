/**
 * Baked textures are content-addressed (see bakeKey): a memory LRU in front of a disk cache, so the same
 * recipe at the same seed and size is baked once per machine. Hits and misses are counted for reports.
 */
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { LRUCache } from 'lru-cache';
import type { BakedMaps } from './bake.js';
import { writeFileAtomic } from '../core/atomic.js';
import { cacheDir } from '../core/cache-dir.js';

export interface CacheStats {
  memoryHits: number;
  diskHits: number;
  misses: number;
  bakeMs: number;
}

export interface TextureCacheOptions {
  /** Memory budget in bytes of encoded PNGs. */
  memoryBytes?: number;
  /** Disk cache folder, or false for memory only. */
  dir?: string | false;
}

const MAPS = ['baseColor', 'normal', 'orm', 'emissive'] as const;

export class TextureCache {
  readonly stats: CacheStats = { memoryHits: 0, diskHits: 0, misses: 0, bakeMs: 0 };
  private readonly memory: LRUCache<string, BakedMaps>;
  private readonly dir: string | false;

  constructor(options: TextureCacheOptions = {}) {
    this.memory = new LRUCache<string, BakedMaps>({
      maxSize: options.memoryBytes ?? 256 * 1024 * 1024,
      sizeCalculation: (v) => Math.max(1, MAPS.reduce((s, m) => s + (v[m]?.byteLength ?? 0), 0)),
    });
    this.dir = options.dir === undefined ? cacheDir('textures') : options.dir;
  }

  /** The cached maps for `key`, or the result of `bake` (then cached). */
  async getOrBake(key: string, bake: () => Promise<BakedMaps>): Promise<BakedMaps> {
    const hit = this.memory.get(key);
    if (hit) {
      this.stats.memoryHits++;
      return hit;
    }
    const fromDisk = this.readDisk(key);
    if (fromDisk) {
      this.stats.diskHits++;
      this.memory.set(key, fromDisk);
      return fromDisk;
    }
    this.stats.misses++;
    const t0 = performance.now();
    const baked = await bake();
    this.stats.bakeMs += performance.now() - t0;
    this.memory.set(key, baked);
    this.writeDisk(key, baked);
    return baked;
  }

  clearMemory(): void {
    this.memory.clear();
  }

  private file(key: string): string | undefined {
    return this.dir ? path.join(this.dir, key.slice(0, 2), `${key}.c3dtex`) : undefined;
  }

  /** Layout: a JSON header line (size, averages, map byte lengths), then the PNGs back to back. */
  private readDisk(key: string): BakedMaps | undefined {
    const file = this.file(key);
    if (!file || !existsSync(file)) return undefined;
    try {
      const buf = readFileSync(file);
      const nl = buf.indexOf(10);
      const header = JSON.parse(buf.subarray(0, nl).toString('utf8')) as { size: number; average: BakedMaps['average']; lengths: Record<string, number> };
      const out: BakedMaps = { size: header.size, average: header.average };
      let offset = nl + 1;
      for (const m of MAPS) {
        const len = header.lengths[m];
        if (len === undefined) continue;
        out[m] = new Uint8Array(buf.subarray(offset, offset + len));
        offset += len;
      }
      return out;
    } catch {
      return undefined; // a damaged entry is a miss; the rebake overwrites it
    }
  }

  private writeDisk(key: string, baked: BakedMaps): void {
    const file = this.file(key);
    if (!file) return;
    try {
      mkdirSync(path.dirname(file), { recursive: true });
      const lengths: Record<string, number> = {};
      const parts: Uint8Array[] = [];
      for (const m of MAPS) {
        const data = baked[m];
        if (!data) continue;
        lengths[m] = data.byteLength;
        parts.push(data);
      }
      const header = Buffer.from(`${JSON.stringify({ size: baked.size, average: baked.average, lengths })}\n`);
      writeFileAtomic(file, Buffer.concat([header, ...parts]));
    } catch {
      // The disk cache is an optimisation: a read-only or full disk must not fail a build.
    }
  }
}

let shared: TextureCache | undefined;

/** The process-wide cache used when callers do not pass their own. */
export function sharedTextureCache(): TextureCache {
  return (shared ??= new TextureCache());
}
