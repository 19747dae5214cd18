/**
 * `canvas3d`: the scene contract, the builder and the use-cases. The pipeline reads left to right:
 *   validateSpec(json) → buildDocument(spec) → toGlb(document) / writeDocument(document, 'scene.glb')
 * and the use-cases run whole jobs with progress and cancellation: buildScene, renderScene, generateStoryboard,
 * refineStoryboard, buildDungeon, analyzeLighting. Rendering details are in `canvas3d/render`, the planner's
 * parts in `canvas3d/planner`.
 */
export { SceneSpec, SPEC_VERSION, type SceneSpecInput } from './scene/schema.js';
export { sceneSpecJsonSchema } from './validate/validate.js';
export { validateSpec, validateSpecText, parseSpec, type ValidationResult, type ValidateOptions } from './validate/validate.js';
export { formatIssue, type Issue } from './core/issues.js';
export { Canvas3dError, SpecError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export { buildDocument, BudgetError, type BuildOptions, type BuildResult, type BuildStats } from './gltf/build-scene.js';
export { toGlb, writeDocument, getIO } from './gltf/write.js';
export { GENERATORS, getGenerator, generatorTypes } from './geometry/registry.js';
export type { GeometryGenerator, GeneratedPart } from './geometry/generator.js';
export type { MeshData } from './geometry/mesh.js';
export { MATERIAL_PRESETS, MATERIAL_FAMILIES, getMaterialPreset, type MaterialPreset, type MaterialFamily } from './library/materials/index.js';
export { createMaterials, type BatchOptions, type BatchResult } from './gltf/material-batch.js';
export { suggestMaterials, type Suggestion } from './materials/suggest.js';
export { toMaterialX, type MtlxNode } from './materials/materialx.js';
export { exportPreset } from './materials/export.js';
export { MaterialLibrary, BUILTIN_LIBRARY, parseLibraryText, libraryToJson } from './materials/library.js';
export { bakeTextures, bakeKey, type BakeRequest, type BakedMaps } from './materials/bake.js';
export { TextureCache, sharedTextureCache, type CacheStats } from './materials/cache.js';
export { QUALITY, QUALITY_LEVELS, type Quality } from './materials/quality.js';
export { varySurface } from './materials/variation.js';
export { Variation, WEATHER, SEASONS } from './scene/variation.js';
export { TextureRecipe, Pattern } from './scene/texture-recipe.js';
export { projectUvs } from './materials/projection.js';
export { kelvinToLinearRgb } from './lighting/kelvin.js';
export { gltfIntensity } from './lighting/photometry.js';
export { ENGINE_VERSION } from './core/version.js';
// Lighting: presets, placement, analysis.
export { LIGHTING_PRESETS, getLightingPreset, lightingPresets, type LightingPreset } from './library/lighting/index.js';
export { applyLightingPreset, type ApplyOptions, type ApplyResult } from './lighting/apply.js';
export { analyzeLighting, analyzeItem, analyzeBatch, analyzeScene, type AnalyzeLightingOptions, type LightingAnalysis } from './pipeline/analyze-lighting.js';
export { analyzeLights, analyzeRequest, LightingRequest, type LightingReport, type LightAtSubject, type AnalysisResult } from './lighting/analysis.js';
export { measureFiles, measureLighting, type MeasuredLighting } from './lighting/measure.js';
export { sunPosition, sunIlluminance } from './lighting/sun.js';
export { equirectSky, skyIlluminance } from './lighting/sky.js';
export { readHdr, writeHdr } from './lighting/hdr.js';
export { ev100, exposureForIncident, incidentReading } from './lighting/exposure.js';
// Use-cases: whole jobs, written once for the CLI, the service and the worker.
export { buildScene, type BuildSceneOptions, type BuildSceneResult } from './pipeline/build.js';
export { renderScene, type RenderSceneOptions, type RenderSceneResult } from './pipeline/render.js';
export { generateStoryboard, planStoryboard, type GenerateOptions, type GenerateResult } from './pipeline/generate.js';
export { refineStoryboard, undoRefinement, readHistory, type RefineStoryboardOptions, type HistoryEntry } from './pipeline/storyboard-folder.js';
export { storyboardLayout, type StoryboardLayout } from './pipeline/storyboard-layout.js';
export { configuredPlanner } from './pipeline/planner-config.js';
export { buildDungeon, type DungeonOptions, type DungeonResult } from './pipeline/dungeon.js';
export { useLibraryFile, loadLibraryFile, parseLibraryFile, registerLibrary, type Library } from './library/library-file.js';
export type { ProgressEvent, PipelineOptions, Stage } from './pipeline/progress.js';
export { RenderSession } from './render/session.js';
