/**
 * Canvas3D's library API. The pipeline reads left to right:
 *   validateSpec(json) → buildScene(spec) → toGlb(document) / writeDocument(document, 'scene.glb')
 */
export { SceneSpec, SPEC_VERSION, sceneSpecJsonSchema, type SceneSpecInput } from './spec/schema.js';
export { validateSpec, validateSpecText, parseSpec, type ValidationResult, type ValidateOptions } from './spec/validate.js';
export { SpecError, formatIssue, type SpecIssue } from './spec/errors.js';
export { buildScene, BudgetError, type BuildOptions, type BuildResult, type BuildStats } from './build/build-scene.js';
export { toGlb, writeDocument, getIO } from './build/write.js';
export { GENERATORS, getGenerator, generatorTypes } from './geometry/registry.js';
export type { GeometryGenerator, GeneratedPart } from './geometry/generator.js';
export type { MeshData } from './geometry/mesh.js';
export { MATERIAL_PRESETS, getMaterialPreset, type MaterialPreset } from './library/materials/index.js';
export { kelvinToLinearRgb } from './lighting/kelvin.js';
export { gltfIntensity } from './lighting/photometry.js';
export { ENGINE_VERSION } from './version.js';
