/**
 * validateSpec: schema plus the checks a schema cannot express — references resolve, ids are unique, files
 * stay inside the spec's folder, light units suit the light, budgets hold. Every problem is reported at once.
 */
import { existsSync, realpathSync, statSync, openSync, readSync, closeSync } from 'node:fs';
import path from 'node:path';
import { ImageUtils } from '@gltf-transform/core';
import { z } from 'zod';
import { sceneSpecSchema, type SceneSpec, type SceneSpecInput } from '../scene/schema.js';
import { type Issue, formatPath, didYouMean, quote } from '../core/issues.js';
import { SpecError } from '../core/errors.js';
import { parseJsonText, scanStructure } from '../core/json.js';
import { zodIssues } from '../core/zod-issues.js';
import type { SceneObject } from '../scene/object.js';
import { UNITS_BY_TYPE } from '../scene/light.js';
import type { GeometryParams } from '../scene/object.js';
import { Geometry, estimateGeometry, getGenerator } from '../geometry/registry.js';
import { BUILTIN_LIBRARY, MaterialLibrary, parseLibraryText } from '../materials/library.js';
import { readFileSync } from 'node:fs';
import { readHdrHeader, HdrError } from '../lighting/hdr.js';
import { getGradePreset, gradePresetIds } from '../grading/index.js';
import { parseCube, CubeError } from '../grading/cube.js';

export interface ValidateOptions {
  /** Folder that relative file paths (textures, HDRIs, LUTs) resolve against; defaults to the working directory. */
  baseDir?: string;
}

/** The whole contract: the scene schema with every registered generator's parameter schema. */
export const FullSceneSpec = sceneSpecSchema(Geometry);

/** JSON Schema of a spec as written, generator parameters included (for editors and LLM structured output). */
export function sceneSpecJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(FullSceneSpec, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}

export type ValidationResult =
  | { ok: true; spec: SceneSpec; warnings: Issue[]; /** Built-in presets plus the spec's libraries. */ library: MaterialLibrary }
  | { ok: false; issues: Issue[] };

/** Validates an already-parsed value (e.g. from JSON.parse or an HTTP body). */
export function validateSpec(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const structural = scanStructure(input);
  if (structural.length) return { ok: false, issues: structural };
  const parsed = FullSceneSpec.safeParse(input);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const spec = assignIds(parsed.data);
  const baseDir = options.baseDir ?? process.cwd();
  const { library, issues: libraryIssues } = loadSpecLibraries(spec, baseDir);
  const issues = [...libraryIssues, ...checkSemantics(spec, baseDir, library)];
  return issues.length ? { ok: false, issues } : { ok: true, spec, warnings: [], library };
}

/** Validates JSON text, as read from a file or request body. */
export function validateSpecText(text: string, options: ValidateOptions = {}): ValidationResult {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return validateSpec(json.value, options);
}

/** Throws a SpecError carrying every issue; for callers that prefer exceptions. */
export function parseSpec(input: SceneSpecInput | unknown, options: ValidateOptions = {}): SceneSpec {
  const r = validateSpec(input, options);
  if (!r.ok) throw new SpecError(r.issues);
  return r.spec;
}

/** Gives every object and light a stable id derived from where it sits, when the spec left it out. */
function assignIds(spec: SceneSpec): SceneSpec {
  const taken = new Set<string>();
  const walk = (objs: SceneObject[], fn: (o: SceneObject) => void) => {
    for (const o of objs) {
      fn(o);
      walk(o.children, fn);
    }
  };
  walk(spec.objects, (o) => o.id && taken.add(o.id));
  spec.lights.forEach((l) => l.id && taken.add(l.id));
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
  const name = (objs: SceneObject[], prefix: string) =>
    objs.forEach((o, i) => {
      const here = `${prefix}${i}`;
      if (!o.id) o.id = fresh(`${o.geometry?.type ?? 'group'}-${here}`);
      name(o.children, `${here}-`);
    });
  name(spec.objects, '');
  spec.lights.forEach((l, i) => {
    if (!l.id) l.id = fresh(`${l.type}-light-${i}`);
  });
  return spec;
}

/**
 * The built-in presets extended by the JSON libraries the spec names. Library files get the same path checks
 * as textures, and their own errors are reported under `libraries[i]`.
 */
export function loadSpecLibraries(spec: SceneSpec, baseDir: string): { library: MaterialLibrary; issues: Issue[] } {
  let library = BUILTIN_LIBRARY;
  const issues: Issue[] = [];
  spec.libraries.forEach((rel, i) => {
    const fileIssues: Issue[] = [];
    checkFile(baseDir, rel, ['.json'], ['libraries', i], (p, message) => fileIssues.push({ path: formatPath(p), message }));
    if (fileIssues.length) {
      issues.push(...fileIssues);
      return;
    }
    const parsed = parseLibraryText(readFileSync(path.resolve(baseDir, rel), 'utf8'));
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((x) => ({ path: `libraries[${i}]`, message: `${rel}: ${x.path ? `${x.path}: ` : ''}${x.message}` })));
      return;
    }
    const { library: next, clashes } = library.extend(parsed.library.presets as never);
    for (const id of clashes) issues.push({ path: `libraries[${i}]`, message: `${rel}: preset "${id}" already exists` });
    library = next;
  });
  return { library, issues };
}

type Add = (p: (string | number)[], message: string) => void;

/** What the checks share: where files resolve, where issues go, which material names resolve. */
interface CheckContext {
  spec: SceneSpec;
  baseDir: string;
  library: MaterialLibrary;
  add: Add;
  /** Spec material names and preset ids, for did-you-mean. */
  materialNames: string[];
  known(ref: string): boolean;
  /** Object and light ids, each with where it was first used. */
  ids: Map<string, string>;
}

function checkSemantics(spec: SceneSpec, baseDir: string, library: MaterialLibrary): Issue[] {
  const issues: Issue[] = [];
  const ctx: CheckContext = {
    spec,
    baseDir,
    library,
    add: (p, message) => issues.push({ path: formatPath(p), message }),
    materialNames: Object.keys(spec.materials),
    known: (ref) => spec.materials[ref] !== undefined || library.get(ref) !== undefined,
    ids: new Map(),
  };
  checkMaterials(ctx);
  checkEnvironment(ctx);
  const size = checkObjects(ctx);
  size.nodes += checkLights(ctx);
  size.nodes += checkCameras(ctx);
  checkShots(ctx);
  checkBudgets(ctx, size);
  return issues;
}

/** Materials: presets exist, blends resolve one level deep, texture files are safe and fit the budget. */
function checkMaterials({ spec, baseDir, library, add, materialNames, known }: CheckContext): void {
  for (const [name, m] of Object.entries(spec.materials)) {
    if (m.preset && !library.get(m.preset)) {
      add(['materials', name, 'preset'], `unknown preset ${quote(m.preset)}${didYouMean(m.preset, library.ids())}`);
    }
    if (m.blend) {
      if (!known(m.blend.with)) {
        add(['materials', name, 'blend', 'with'], `unknown material ${quote(m.blend.with)}${didYouMean(m.blend.with, [...materialNames, ...library.ids()])}`);
      } else if (m.blend.with === name || spec.materials[m.blend.with]?.blend) {
        add(['materials', name, 'blend', 'with'], `"${m.blend.with}" cannot itself blend; blends are one level deep`);
      }
    }
    for (const key of ['baseColorTexture', 'metallicRoughnessTexture', 'normalTexture', 'occlusionTexture', 'emissiveTexture'] as const) {
      const t = m[key];
      if (t) checkFile(baseDir, t.path, ['.png', '.jpg', '.jpeg'], ['materials', name, key, 'path'], add, spec.budgets.maxTextureSize);
    }
  }
}

function checkEnvironment({ spec, baseDir, add }: CheckContext): void {
  if (spec.environment.sky.type !== 'hdri') return;
  const file = checkFile(baseDir, spec.environment.sky.path, ['.hdr', '.exr'], ['environment', 'sky', 'path'], add);
  const problem = file && environmentMapProblem(file);
  if (problem) add(['environment', 'sky', 'path'], `"${spec.environment.sky.path}" ${problem}`);
}

function claimId(ctx: CheckContext, id: string, p: (string | number)[]): void {
  const prev = ctx.ids.get(id);
  if (prev) ctx.add([...p, 'id'], `duplicate id "${id}" (also used at ${prev})`);
  else ctx.ids.set(id, formatPath(p));
}

/** Objects: unique ids, material references, generator files; returns the scene's estimated size. */
function checkObjects(ctx: CheckContext): { triangles: number; nodes: number } {
  const { library, add, materialNames, known, baseDir } = ctx;
  const size = { triangles: 0, nodes: 0 };
  const resolveMaterial = (ref: string, p: (string | number)[]) => {
    if (known(ref)) return;
    add(p, `unknown material ${quote(ref)} (not in materials, not a preset)${didYouMean(ref, [...materialNames, ...library.ids()])}`);
  };
  const visit = (objs: SceneObject[], p: (string | number)[]) =>
    objs.forEach((o, i) => {
      const here = [...p, i];
      claimId(ctx, o.id!, here);
      size.nodes += 1;
      if (o.material) resolveMaterial(o.material, [...here, 'material']);
      for (const [slot, ref] of Object.entries(o.materials)) resolveMaterial(ref, [...here, 'materials', slot]);
      if (o.geometry) {
        for (let g: GeometryParams | undefined = o.geometry; g; g = g.type === 'array' ? (g.of as GeometryParams) : undefined) {
          const gen = getGenerator(g.type);
          for (const f of gen?.files?.(g) ?? []) checkFile(baseDir, f.path, f.extensions, [...here, 'geometry', f.key], add);
        }
        const e = estimateGeometry(o.geometry);
        size.triangles += e.triangles;
        size.nodes += e.parts;
      }
      visit(o.children, [...here, 'children']);
    });
  visit(ctx.spec.objects, ['objects']);
  return size;
}

/** Lights: unique ids, units that suit the light, a target apart from the position; returns their node count. */
function checkLights(ctx: CheckContext): number {
  ctx.spec.lights.forEach((l, i) => {
    claimId(ctx, l.id!, ['lights', i]);
    const allowed = UNITS_BY_TYPE[l.type];
    if (!allowed.includes(l.intensity.unit)) {
      ctx.add(['lights', i, 'intensity', 'unit'], `"${l.intensity.unit}" does not apply to a ${l.type} light; use ${allowed.join(', ')}`);
    }
    if ('target' in l && l.target && l.position && l.target.every((c, k) => c === l.position![k])) {
      ctx.add(['lights', i, 'target'], 'must differ from position');
    }
  });
  return ctx.spec.lights.length;
}

function checkCameras({ spec, add }: CheckContext): number {
  const seen = new Set<string>();
  spec.cameras.forEach((c, i) => {
    if (seen.has(c.id)) add(['cameras', i, 'id'], `duplicate camera id "${c.id}"`);
    seen.add(c.id);
    if (c.position.every((v, k) => v === c.target[k])) add(['cameras', i, 'target'], 'must differ from position');
  });
  return spec.cameras.length;
}

/** Shots: unique ids, cameras and subjects that exist, grades and LUT files that read. */
function checkShots({ spec, baseDir, add, ids }: CheckContext): void {
  const cameraIds = new Set(spec.cameras.map((c) => c.id));
  const shotIds = new Set<string>();
  spec.shots.forEach((s, i) => {
    if (shotIds.has(s.id)) add(['shots', i, 'id'], `duplicate shot id "${s.id}"`);
    shotIds.add(s.id);
    if (s.camera !== undefined && !cameraIds.has(s.camera)) add(['shots', i, 'camera'], `unknown camera ${quote(s.camera)}${didYouMean(s.camera, cameraIds)}`);
    s.subjects.forEach((id, k) => {
      if (!ids.has(id)) add(['shots', i, 'subjects', k], `unknown object ${quote(id)}${didYouMean(id, ids.keys())}`);
    });
    if (s.look.grade !== undefined && !getGradePreset(s.look.grade)) add(['shots', i, 'look', 'grade'], `unknown grade ${quote(s.look.grade)}${didYouMean(s.look.grade, gradePresetIds())}`);
    if (s.look.lut) checkLut(s.look.lut, baseDir, ['shots', i, 'look', 'lut'], add);
  });
}

function checkLut(lut: string, baseDir: string, p: (string | number)[], add: Add): void {
  const file = checkFile(baseDir, lut, ['.cube'], p, add);
  if (!file) return;
  try {
    parseCube(readFileSync(file, 'utf8'));
  } catch (err) {
    if (!(err instanceof CubeError)) throw err;
    add(p, `"${lut}": ${err.message}`);
  }
}

function checkBudgets({ spec, add }: CheckContext, size: { triangles: number; nodes: number }): void {
  const { maxTriangles, maxNodes } = spec.budgets;
  if (size.triangles > maxTriangles) {
    add(['budgets', 'maxTriangles'], `the scene would have about ${size.triangles.toLocaleString('en')} triangles; the budget is ${maxTriangles.toLocaleString('en')}`);
  }
  if (size.nodes > maxNodes) {
    add(['budgets', 'maxNodes'], `the scene would have about ${size.nodes.toLocaleString('en')} nodes; the budget is ${maxNodes.toLocaleString('en')}`);
  }
}

/**
 * A referenced file must be relative, stay inside the spec's folder after resolving symlinks, exist, and have
 * an expected extension; images must also fit the texture budget.
 */
function checkFile(
  baseDir: string,
  rel: string,
  extensions: string[],
  p: (string | number)[],
  add: Add,
  maxTextureSize?: number,
): string | undefined {
  if (path.isAbsolute(rel) || /^[a-zA-Z]:[\\/]/.test(rel) || rel.includes('\0')) {
    add(p, `"${rel}" must be a path relative to the spec's folder`);
    return undefined;
  }
  const ext = path.extname(rel).toLowerCase();
  if (!extensions.includes(ext)) {
    add(p, `"${rel}" must be a ${extensions.join(' or ')} file`);
    return undefined;
  }
  const root = safeRealpath(baseDir) ?? path.resolve(baseDir);
  const full = path.resolve(root, rel);
  if (!isInside(root, full)) {
    add(p, `"${rel}" leaves the spec's folder`);
    return undefined;
  }
  if (!existsSync(full)) {
    add(p, `file "${rel}" not found next to the spec`);
    return undefined;
  }
  const real = safeRealpath(full);
  if (!real || !isInside(root, real)) {
    add(p, `"${rel}" leaves the spec's folder (through a link)`);
    return undefined;
  }
  if (!statSync(real).isFile()) {
    add(p, `"${rel}" is not a file`);
    return undefined;
  }
  if (maxTextureSize !== undefined) {
    const size = imageSize(real, ext);
    if (!size) add(p, `"${rel}" is not a readable ${ext === '.png' ? 'PNG' : 'JPEG'} image`);
    else if (Math.max(size[0], size[1]) > maxTextureSize) {
      add(p, `"${rel}" is ${size[0]}×${size[1]}; budgets.maxTextureSize is ${maxTextureSize}`);
    }
  }
  return real;
}
function isInside(root: string, p: string): boolean {
  const r = path.relative(root, p);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

function safeRealpath(p: string): string | undefined {
  try {
    return realpathSync(p);
  } catch {
    return undefined;
  }
}

/** Why an environment map cannot be used (not RGBE / OpenEXR), or undefined when its header reads. */
function environmentMapProblem(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    if (file.toLowerCase().endsWith('.exr')) {
      return n >= 4 && head[0] === 0x76 && head[1] === 0x2f && head[2] === 0x31 && head[3] === 0x01 ? undefined : 'is not an OpenEXR file';
    }
    try {
      readHdrHeader(head.subarray(0, n));
      return undefined;
    } catch (err) {
      return `is not a readable Radiance .hdr (${err instanceof HdrError ? err.message : 'unreadable'})`;
    }
  } finally {
    closeSync(fd);
  }
}

/** Reads just enough of the file header to know its pixel size. */
function imageSize(file: string, ext: string): [number, number] | undefined {
  const fd = openSync(file, 'r');
  try {
    const head = new Uint8Array(64 * 1024);
    const n = readSync(fd, head, 0, head.length, 0);
    const png = ext === '.png';
    const magic = png ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff];
    if (n < 24 || magic.some((b, i) => head[i] !== b)) return undefined;
    const size = ImageUtils.getSize(head.subarray(0, n), png ? 'image/png' : 'image/jpeg');
    return size && size[0] > 0 && size[1] > 0 ? [size[0], size[1]] : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
