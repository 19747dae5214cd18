/**
 * Canvas3D's library API. The pipeline reads left to right:
 *   validateSpec(json) → buildScene(spec) → toGlb(document) / writeDocument(document, 'scene.glb')
 */
export { SceneSpec, SPEC_VERSION, type SceneSpecInput } from './scene/schema.js';
export { sceneSpecJsonSchema } from './validate/validate.js';
export { validateSpec, validateSpecText, parseSpec, type ValidationResult, type ValidateOptions } from './validate/validate.js';
export { formatIssue, type Issue } from './core/issues.js';
export { Canvas3dError, SpecError, ERROR_CODES, type ErrorCode } from './core/errors.js';
export { buildScene, BudgetError, type BuildOptions, type BuildResult, type BuildStats } from './gltf/build-scene.js';
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
export { Variation, varySurface, WEATHER, SEASONS } from './materials/variation.js';
export { TextureRecipe, Pattern } from './scene/texture-recipe.js';
export { projectUvs } from './materials/projection.js';
export { kelvinToLinearRgb } from './lighting/kelvin.js';
export { gltfIntensity } from './lighting/photometry.js';
export { ENGINE_VERSION } from './core/version.js';
// Lighting: presets, placement, analysis.
export { LIGHTING_PRESETS, getLightingPreset, lightingPresets, type LightingPreset } from './library/lighting/index.js';
export { applyLightingPreset, type ApplyOptions, type ApplyResult } from './lighting/apply.js';
export { analyzeItem, analyzeBatch, analyzeScene } from './pipeline/analyze-lighting.js';
export { analyzeLights, analyzeRequest, LightingRequest, type LightingReport, type LightAtSubject, type AnalysisResult } from './lighting/analysis.js';
export { measureFiles, measureLighting, type MeasuredLighting } from './lighting/measure.js';
export { sunPosition, sunIlluminance } from './lighting/sun.js';
export { equirectSky, skyIlluminance } from './lighting/sky.js';
export { readHdr, writeHdr } from './lighting/hdr.js';
export { ev100, exposureForIncident, incidentReading } from './lighting/exposure.js';
// Rendering: a browser session, shots to frames, storyboards.
export { RenderSession, RenderError, type SessionOptions } from './render/session.js';
export { renderShots, inputFromSpec, inputFromGlb, RenderInputError, type RenderOptions, type RenderManifest, type RenderedShot } from './render/render.js';
export { writeStoryboard, storyboardHtml } from './render/storyboard.js';
export { materialSwatchSpec, lightingSwatchSpec, renderSwatch } from './pipeline/swatch.js';
export { placeCamera, establishingShot, defaultFocalLength, type ShotRequest, type CameraPlacement } from './camera/shot-grammar.js';
export { GRADE_PRESETS, getGradePreset, bakeGradeLut, parseCube } from './grading/index.js';
export { RENDER_QUALITIES, type RenderQuality } from './render/quality.js';
export { findChromium, ChromiumNotFoundError } from './render/chromium.js';
// Planning: a description → SceneSpec, shots, storyboard; continuity and refinement.
export { generate, plan, type GenerateOptions, type GenerateResult, type Plan } from './pipeline/generate.js';
export { SceneDescription, BaseParams, sceneDescriptionJsonSchema } from './planner/description.js';
export { parseDescription, DescriptionError } from './planner/rules/parse.js';
export { rulesPlanner } from './planner/rules/planner.js';
export { openAiCompatiblePlanner, withFallback, llmConfigFromEnv, plannerFromConfig, type Planner } from './planner/llm/index.js';
export { checkContinuity, checkSpecContinuity, type ContinuityReport, type Violation } from './planner/continuity.js';
export { refineSpec, RefineError, type RefineResult, type RefineChange } from './planner/refine.js';
export { refineDir, undoDir, readHistory } from './pipeline/storyboard-folder.js';
export { evaluateCase, type CorpusCase } from './planner/evaluate.js';
