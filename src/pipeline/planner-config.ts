/**
 * The planner a use-case runs: the offline rules, or a language model when the environment configures one
 * (CANVAS3D_LLM_* variables, see planner/llm/config.ts). The model is told the vocabulary the layout can build,
 * so it names props and places that exist. Every shell (CLI, service, worker) gets its planner here.
 */
import { llmConfigFromEnv, plannerFromConfig } from '../planner/llm/index.js';
import type { Planner } from '../planner/llm/provider.js';
import { rulesPlanner } from '../planner/rules/planner.js';
import { PROP_WORDS, PLACE_WORDS } from '../planner/lexicon/index.js';

export function configuredPlanner(env: NodeJS.ProcessEnv = process.env): Planner {
  const vocabulary = { kinds: [...new Set([...PROP_WORDS.map((p) => p.kind), 'person'])], places: PLACE_WORDS.map((p) => p.id) };
  return plannerFromConfig(llmConfigFromEnv(env), rulesPlanner, { vocabulary });
}
