/** The planner's model providers: configuration, the OpenAI-compatible client, and the fallback wrapper. */
import type { LlmConfig } from './config.js';
import { openAiCompatiblePlanner, type OpenAiCompatibleOptions } from './openai-compatible.js';
import { withFallback, type Planner } from './provider.js';

export { withFallback, PlannerError, type Planner, type PlanRequest, type PlanResult } from './provider.js';
export { llmConfigFromEnv, LlmConfigError, LLM_DEFAULTS, type LlmConfig } from './config.js';
export { openAiCompatiblePlanner, extractJsonObject, MAX_RESPONSE_BYTES, type OpenAiCompatibleOptions, type PlannerVocabulary } from './openai-compatible.js';

/**
 * The planner a configuration asks for: the offline one as is, or a model with the offline one behind it,
 * so that a misconfigured or unreachable model costs a warning, never the storyboard.
 */
export function plannerFromConfig(config: LlmConfig, offline: Planner, options: OpenAiCompatibleOptions = {}): Planner {
  if (config.provider === 'rules') return offline;
  return withFallback(openAiCompatiblePlanner(config, options), offline);
}
