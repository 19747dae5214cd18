/** `canvas3d/planner`: a description → SceneSpec, shots and report (pure), its parser, LLM planners, continuity and refinement. */
export { plan, type Plan, type PlanOptions, type StoryboardJson } from './planner/plan.js';
export { SceneDescription, BaseParams, sceneDescriptionJsonSchema } from './planner/description.js';
export { parseDescription, DescriptionError } from './planner/rules/parse.js';
export { rulesPlanner } from './planner/rules/planner.js';
export { openAiCompatiblePlanner, withFallback, llmConfigFromEnv, plannerFromConfig, type Planner } from './planner/llm/index.js';
export { checkContinuity, checkSpecContinuity, type ContinuityReport, type Violation } from './planner/continuity.js';
export { refineSpec, RefineError, type RefineResult, type RefineChange } from './planner/refine.js';
export { evaluateCase, type CorpusCase } from './planner/evaluate.js';
