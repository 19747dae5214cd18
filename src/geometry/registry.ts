/**
 * The generator registry: every geometry `type` a spec may name. Later generators (props, levels, voxels) are
 * appended to GENERATORS; the spec schema and JSON Schema follow automatically.
 */
import { z } from 'zod';
import { Euler, Matrix4, Quaternion, Vector3 } from 'three';
import { strictObject, int, coord } from '../core/zod.js';
import type { GeometryParams } from '../scene/object.js';
import { didYouMean, quote } from '../core/issues.js';
import { defineGenerator, type GeneratedPart, type GeometryGenerator, type Estimate, type GenerateContext } from './generator.js';
import { PRIMITIVES } from './generators/primitives.js';
import { proxy } from './generators/proxy.js';
import { PROPS } from './props/index.js';
import { level } from './level/level.js';
import { voxel } from './voxel/voxel.js';
import { geometryKey, readGeometry, writeGeometry } from './disk-cache.js';

/** Most items one `array` may produce; nested arrays are bounded by the node budget. */
export const MAX_ARRAY_ITEMS = 100_000;

const ArrayCount = z.union([int(1, MAX_ARRAY_ITEMS), z.tuple([int(1, MAX_ARRAY_ITEMS), int(1, MAX_ARRAY_ITEMS), int(1, MAX_ARRAY_ITEMS)])]);

const arraySchema = strictObject({
  type: z.literal('array'),
  get of(): z.ZodType<GeometryParams> {
    return Geometry;
  },
  count: ArrayCount.describe('items along X, Y, Z (a single number repeats along `offset`)'),
  offset: z.tuple([coord(), coord(), coord()]).default([1, 0, 0]).describe('translation between neighbouring items, metres'),
  rotationStepDeg: z.tuple([coord(), coord(), coord()]).default([0, 0, 0]).describe('extra rotation per item (spiral stairs, colonnades on an arc)'),
  centered: z.boolean().default(false).describe('centre the whole array on the origin'),
}).refine((a) => countOf(a.count).reduce((x, y) => x * y, 1) <= MAX_ARRAY_ITEMS, { message: `at most ${MAX_ARRAY_ITEMS} items`, path: ['count'] });

function countOf(count: z.infer<typeof ArrayCount>): [number, number, number] {
  return typeof count === 'number' ? [count, 1, 1] : count;
}

export const array = defineGenerator({
  type: 'array',
  summary: 'Repeats another geometry on a grid or along a line; every item shares one mesh, ready for GPU instancing.',
  slots: [],
  schema: arraySchema,
  estimate: (p) => {
    const inner = estimateGeometry(p.of);
    const n = countOf(p.count).reduce((x, y) => x * y, 1);
    return { triangles: inner.triangles * n, parts: inner.parts * n };
  },
  generate: (p, ctx) => {
    const inner = generateGeometry(p.of, ctx);
    const [nx, ny, nz] = countOf(p.count);
    const single = typeof p.count === 'number';
    const step = new Vector3(...p.offset);
    const out: GeneratedPart[] = [];
    const m = new Matrix4();
    const itemM = new Matrix4();
    const partM = new Matrix4();
    const t = new Vector3();
    const q = new Quaternion();
    const s = new Vector3();
    const centre = single
      ? step.clone().multiplyScalar(-(nx - 1) / 2)
      : new Vector3((-(nx - 1) * step.x) / 2, (-(ny - 1) * step.y) / 2, (-(nz - 1) * step.z) / 2);
    let i = 0;
    for (let iz = 0; iz < nz; iz++) {
      for (let iy = 0; iy < ny; iy++) {
        for (let ix = 0; ix < nx; ix++, i++) {
          // A single count walks along the offset vector; a triple lays a grid with per-axis spacing.
          const pos = single ? step.clone().multiplyScalar(ix) : new Vector3(ix * step.x, iy * step.y, iz * step.z);
          if (p.centered) pos.add(centre);
          const rot = new Euler(...(p.rotationStepDeg.map((d) => (d * i * Math.PI) / 180) as [number, number, number]));
          itemM.compose(pos, new Quaternion().setFromEuler(rot), new Vector3(1, 1, 1));
          for (const part of inner) {
            partM.compose(
              new Vector3(...(part.translation ?? [0, 0, 0])),
              new Quaternion(...(part.rotation ?? [0, 0, 0, 1])),
              new Vector3(...(part.scale ?? [1, 1, 1])),
            );
            m.multiplyMatrices(itemM, partM).decompose(t, q, s);
            out.push({ ...part, translation: [t.x, t.y, t.z], rotation: [q.x, q.y, q.z, q.w], scale: [s.x, s.y, s.z] });
          }
        }
      }
    }
    return out;
  },
});

/** Every registered generator. Append here to extend the spec's geometry vocabulary. */
export const GENERATORS: readonly GeometryGenerator[] = [...PRIMITIVES, array, level, voxel, proxy, ...PROPS] as unknown as GeometryGenerator[];

const byType = new Map(GENERATORS.map((g) => [g.type, g]));

export function generatorTypes(): string[] {
  return [...byType.keys()];
}

export function getGenerator(type: string): GeometryGenerator | undefined {
  return byType.get(type);
}

// The union is written out as a lazily built discriminated union so that `array.of` can refer back to it.

export const Geometry: z.ZodType<GeometryParams> = z.lazy(() =>
  z.discriminatedUnion(
    'type',
    GENERATORS.map((g) => g.schema) as unknown as [z.ZodObject, ...z.ZodObject[]],
    {
      error: (issue) => {
        const input = issue.input as { type?: unknown } | undefined;
        if (issue.code !== 'invalid_union' || !input || typeof input !== 'object') return undefined;
        if (typeof input.type !== 'string') return `"type" must name a generator: ${generatorTypes().join(', ')}`;
        return `unknown generator ${quote(input.type)}${didYouMean(input.type, generatorTypes())}; known: ${generatorTypes().join(', ')}`;
      },
    },
  ),
) as unknown as z.ZodType<GeometryParams>;

export function estimateGeometry(params: GeometryParams): Estimate {
  const g = byType.get(params.type);
  if (!g) throw new Error(`unknown generator ${params.type}`);
  return g.estimate(params);
}

export function generateGeometry(params: GeometryParams, ctx: GenerateContext): GeneratedPart[] {
  const g = byType.get(params.type);
  if (!g) throw new Error(`unknown generator ${params.type}`);
  return g.generate(params, ctx);
}

/**
 * Generated geometry is a pure function of parameters (and the seed, for seeded generators), so the most
 * recent results are kept for the process: layouts measuring props and builds making them share one mesh.
 * Callers must treat the returned meshes as read-only.
 */
const recent = new Map<string, GeneratedPart[]>();
const RECENT_MAX = 4096;

/**
 * Readies a generator before synchronous generation: a disk-cached result is loaded into memory (and the
 * generator's WebAssembly set-up skipped); otherwise its `init` runs.
 */
export async function prepareGeometry(params: GeometryParams, ctx: GenerateContext): Promise<void> {
  const g = byType.get(params.type);
  if (!g) return;
  if (params.type === 'array') return prepareGeometry(params.of as GeometryParams, ctx);
  if (g.diskCache) {
    const key = `${g.seeded ? ctx.seed : ''}|${g.files ? ctx.baseDir : ''}|${JSON.stringify(params)}`;
    if (recent.has(key)) return;
    const parts = readGeometry(geometryKey(g.type, params, ctx.seed));
    if (parts) {
      recent.set(key, parts);
      return;
    }
  }
  await g.init?.();
}

export function generateCached(params: GeometryParams, ctx: GenerateContext): GeneratedPart[] {
  const g = byType.get(params.type);
  if (!g) throw new Error(`unknown generator ${params.type}`);
  const key = `${g.seeded || params.type === 'array' ? ctx.seed : ''}|${g.files ? ctx.baseDir : ''}|${JSON.stringify(params)}`;
  let parts = recent.get(key);
  if (parts && g.diskCache) return parts;
  if (parts) {
    recent.delete(key);
    recent.set(key, parts);
    return parts;
  }
  if (g.diskCache) {
    const diskKey = geometryKey(g.type, params, ctx.seed);
    parts = readGeometry(diskKey);
    if (!parts) {
      parts = g.generate(params, ctx);
      writeGeometry(diskKey, parts);
    }
  } else parts = g.generate(params, ctx);
  recent.set(key, parts);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return parts;
}

export type { GeometryParams };
