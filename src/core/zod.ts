/**
 * Building blocks shared by every part of SceneSpec: strict objects with "did you mean" for unknown keys,
 * bounded numbers, vectors, colours and ids. Limits here are what keep hostile input from hanging the builder.
 */
import { z } from 'zod';
import { didYouMean } from './issues.js';

/** Positions, sizes and distances are metres; nothing in a scene is larger than this. */
export const MAX_COORD = 1e6;
export const MAX_NAME = 200;
export const MAX_TEXT = 10_000;

/**
 * `z.strictObject` whose unknown-key error names the closest known key. Every object in the spec uses it, so a
 * typo like `roughnes` is an error, not a silently ignored field.
 */
export function strictObject<T extends z.core.$ZodLooseShape>(shape: T, description?: string) {
  const known = Object.keys(shape);
  const schema = z.strictObject(shape, {
    error: (issue) => {
      if (issue.code !== 'unrecognized_keys') return undefined;
      return issue.keys
        .map((k) => `unknown key "${k}"${didYouMean(k, known)}`)
        .join('; ');
    },
  });
  return description ? schema.describe(description) : schema;
}

export const finite = () => z.number().refine(Number.isFinite, 'must be a finite number');
export const coord = () => z.number().min(-MAX_COORD).max(MAX_COORD);
export const positive = (max = MAX_COORD) => z.number().positive().max(max);
export const unit = () => z.number().min(0).max(1);
export const int = (min: number, max: number) => z.number().int().min(min).max(max);

export const Vec3 = z.tuple([coord(), coord(), coord()]).describe('[x, y, z] in metres (Y up)');
export type Vec3 = z.infer<typeof Vec3>;
export const Vec2 = z.tuple([coord(), coord()]);

/** Euler angles in degrees, applied X then Y then Z (three.js's default order). */
export const EulerDeg = z.tuple([z.number().min(-3600).max(3600), z.number().min(-3600).max(3600), z.number().min(-3600).max(3600)]).describe('rotation in degrees about X, Y, Z (XYZ order)');

export const Scale = z.union([
  z.number().min(-1e4).max(1e4).refine((v) => v !== 0, 'must not be 0'),
  z.tuple([z.number().min(-1e4).max(1e4), z.number().min(-1e4).max(1e4), z.number().min(-1e4).max(1e4)]).refine((v) => v.every((c) => c !== 0), 'no component may be 0'),
]);

/** Ids start with a letter, so `__proto__` and friends can never be ids or record keys. */
export const Id = z
  .string()
  .max(MAX_NAME)
  .regex(/^[A-Za-z][A-Za-z0-9_.-]*$/, 'must start with a letter and use only letters, digits, "_", "-" and "."');

export const Name = z.string().max(MAX_NAME);
export const Text = z.string().max(MAX_TEXT);
export const Tags = z.array(z.string().min(1).max(64)).max(64);

/**
 * A colour. Hex strings are sRGB-encoded, as colour pickers show them; `[r, g, b]` arrays are linear, as glTF
 * stores them. Both end up linear in the document.
 */
export const Color = z.union([
  z.string().regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'must be "#rgb" or "#rrggbb"'),
  z.tuple([unit(), unit(), unit()]),
]);
export type Color = z.infer<typeof Color>;

/** A light colour may also be a correlated colour temperature. */
export const LightColor = z.union([Color, strictObject({ kelvin: z.number().min(1000).max(40000) })]);
export type LightColor = z.infer<typeof LightColor>;

/** A file next to the spec; the semantic pass checks it exists and stays inside the spec's folder. */
export const FilePath = z.string().min(1).max(1024);
