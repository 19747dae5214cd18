/** The offline planner: the rule-based parser as a Planner, deterministic and without network. */
import type { Planner } from '../llm/provider.js';
import { parseDescription } from './parse.js';

export const rulesPlanner: Planner = {
  name: 'rules',
  async plan(req) {
    const description = parseDescription(req.text, req.genre ? { genre: req.genre } : {});
    return { description, provider: 'rules', warnings: [], calls: 0 };
  },
};
