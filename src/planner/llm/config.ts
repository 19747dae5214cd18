/**
 * Which planner to use and how to reach its model, from the environment. Every value is checked here, once,
 * so a typo in a variable is an error naming that variable at start-up, not a confusing failure mid-plan.
 */
import { z } from 'zod';
import { Canvas3dError } from '../../core/errors.js';

export interface LlmConfig {
  provider: 'rules' | 'openai-compatible';
  /** The API root, without a trailing slash: `${baseUrl}/chat/completions` is what gets called. */
  baseUrl: string;
  /** Empty for the rules planner. */
  model: string;
  apiKey?: string;
  /** Per HTTP request (a repair round makes a second one). */
  timeoutMs: number;
  maxTokens: number;
}

export const LLM_DEFAULTS = {
  provider: 'rules',
  baseUrl: 'https://api.openai.com/v1',
  timeoutMs: 60_000,
  maxTokens: 4096,
} as const satisfies Partial<LlmConfig>;

export class LlmConfigError extends Canvas3dError {
  override name = 'LlmConfigError';
  readonly variable: string;
  constructor(variable: string, message: string) {
    super('C3D_PLANNER', `${variable}: ${message}`, [{ path: variable, message }]);
    this.variable = variable;
  }
}

const PROVIDERS = ['rules', 'openai-compatible'] as const;

function wholeNumber(min: number, max: number, unit: string) {
  return z
    .string()
    .regex(/^\d+$/, `expected a whole number of ${unit}`)
    .transform(Number)
    .pipe(z.number().int().min(min, `expected at least ${min} ${unit}`).max(max, `expected at most ${max} ${unit}`));
}

const baseUrl = z
  .string()
  .refine((s) => URL.canParse(s), 'expected an absolute URL such as http://localhost:11434/v1')
  .refine((s) => URL.canParse(s) && /^https?:$/.test(new URL(s).protocol), 'expected an http:// or https:// URL')
  // Both 'http://host/v1' and 'http://host/v1/' are written in the wild; the path is joined without doubling.
  .transform((s) => s.replace(/\/+$/, ''));

const FIELDS = {
  CANVAS3D_LLM_PROVIDER: z.enum(PROVIDERS, { error: `expected one of ${PROVIDERS.join(', ')}` }),
  CANVAS3D_LLM_BASE_URL: baseUrl,
  CANVAS3D_LLM_MODEL: z.string().max(200, 'expected a model name of at most 200 characters'),
  CANVAS3D_LLM_TIMEOUT_MS: wholeNumber(1, 3_600_000, 'milliseconds'),
  CANVAS3D_LLM_MAX_TOKENS: wholeNumber(1, 1_000_000, 'tokens'),
} as const;

/** One variable, parsed; an unset or blank variable (`FOO=` in a .env file) takes the default. */
function read<K extends keyof typeof FIELDS>(env: NodeJS.ProcessEnv, name: K, fallback: string): z.output<(typeof FIELDS)[K]> {
  const raw = env[name]?.trim() || fallback;
  const parsed = FIELDS[name].safeParse(raw);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? 'invalid value';
    throw new LlmConfigError(name, `${message} (got ${JSON.stringify(raw)})`);
  }
  return parsed.data as z.output<(typeof FIELDS)[K]>;
}

function isOpenAi(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'openai.com' || host.endsWith('.openai.com');
}

/**
 * The planner configuration from the environment, validated. Throws an `LlmConfigError` naming the variable
 * at fault. The API key is never part of an error message.
 */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const provider = read(env, 'CANVAS3D_LLM_PROVIDER', LLM_DEFAULTS.provider);
  const config: LlmConfig = {
    provider,
    baseUrl: read(env, 'CANVAS3D_LLM_BASE_URL', LLM_DEFAULTS.baseUrl),
    model: read(env, 'CANVAS3D_LLM_MODEL', ''),
    timeoutMs: read(env, 'CANVAS3D_LLM_TIMEOUT_MS', String(LLM_DEFAULTS.timeoutMs)),
    maxTokens: read(env, 'CANVAS3D_LLM_MAX_TOKENS', String(LLM_DEFAULTS.maxTokens)),
  };
  if (provider === 'openai-compatible' && !config.model) {
    throw new LlmConfigError(
      'CANVAS3D_LLM_MODEL',
      'required when CANVAS3D_LLM_PROVIDER is openai-compatible (e.g. gpt-4o-mini, or llama3.1:8b for Ollama)',
    );
  }
  // Local servers (Ollama, LM Studio, vLLM) need no key, so none is required. OPENAI_API_KEY is often set for
  // other tools; it goes only to OpenAI itself, never to whatever server the base URL names.
  const apiKey = env.CANVAS3D_LLM_API_KEY?.trim() || (isOpenAi(config.baseUrl) ? env.OPENAI_API_KEY?.trim() : undefined);
  if (apiKey) config.apiKey = apiKey;
  return config;
}
