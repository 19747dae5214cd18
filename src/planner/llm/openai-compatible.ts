/**
 * A planner that asks a chat-completions model (OpenAI, or a local Ollama, LM Studio or vLLM server speaking
 * the same protocol) for a SceneDescription. The answer is distrusted: it is extracted from whatever text
 * surrounds it, validated against the schema and checked for dangling ids; a bad answer gets one repair round
 * with the problems listed, then the planner throws so that `withFallback` can hand over to the rules.
 */
import { SceneDescription, sceneDescriptionJsonSchema } from '../description.js';
import { formatPath } from '../../core/issues.js';
import type { LlmConfig } from './config.js';
import { PlannerError, type PlanRequest, type PlanResult, type Planner } from './provider.js';
import { z } from 'zod';
import { Canvas3dError } from '../../core/errors.js';

/** The generator kinds, place ids and material presets the rest of the pipeline knows. */
export interface PlannerVocabulary {
  kinds: string[];
  places: string[];
  materials?: string[];
}

export interface OpenAiCompatibleOptions {
  /** Injected for tests and proxies; the global `fetch` otherwise. */
  fetch?: typeof fetch;
  vocabulary?: PlannerVocabulary;
}

/** A SceneDescription is a few kilobytes; anything this large is a misbehaving server, not an answer. */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024;
/** Problems listed in a repair request: enough to fix, few enough that a small model reads them all. */
const MAX_REPAIR_LINES = 20;
/** The bad answer is sent back in the repair round; a runaway one is cut rather than sent back whole. */
const MAX_ECHOED_CHARS = 32_000;
/** Places that are always acceptable, whatever the lexicon holds (the schema's own words for "unnamed"). */
const GENERIC_PLACES = ['room', 'outdoors'];

interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

const ChatCompletion = z.object({
  choices: z.array(
    z.object({
      message: z.object({ content: z.string().nullish(), refusal: z.string().nullish() }).nullish(),
      finish_reason: z.string().nullish(),
    }),
  ),
});

export function openAiCompatiblePlanner(config: LlmConfig, options: OpenAiCompatibleOptions = {}): Planner {
  const doFetch = options.fetch ?? fetch;
  const vocabulary = options.vocabulary;
  const system = systemPrompt(vocabulary);
  const where = `${config.model} at ${displayUrl(config.baseUrl)}`;

  return {
    name: 'openai-compatible',
    async plan(req: PlanRequest): Promise<PlanResult> {
      const messages: ChatMessage[] = [
        { role: 'system', content: system },
        { role: 'user', content: userMessage(req) },
      ];
      let calls = 0;
      try {
        calls++;
        const first = await complete(config, doFetch, messages, req.seed);
        let outcome = interpret(first, req, vocabulary);
        if (!outcome.ok) {
          messages.push({ role: 'assistant', content: first.slice(0, MAX_ECHOED_CHARS) }, { role: 'user', content: repairMessage(outcome.problems) });
          calls++;
          const second = await complete(config, doFetch, messages, req.seed);
          outcome = interpret(second, req, vocabulary);
          if (!outcome.ok) {
            const shown = outcome.problems.slice(0, 3).join('; ');
            const more = outcome.problems.length > 3 ? ` (and ${outcome.problems.length - 3} more)` : '';
            throw new PlannerError(`${where}: the answer was still invalid after a repair round: ${shown}${more}`, calls);
          }
        }
        return { description: outcome.description, provider: 'openai-compatible', model: config.model, warnings: outcome.warnings, calls };
      } catch (err) {
        if (err instanceof PlannerError) throw err;
        throw new PlannerError(`${where}: ${err instanceof Error ? err.message : String(err)}`, calls, { cause: err });
      }
    },
  };
}

/**
 * The JSON Schema is in the system prompt as well as in `response_format`, because some servers (older Ollama,
 * some proxies) ignore `response_format` and the prompt alone has to be enough.
 */
function systemPrompt(vocabulary: PlannerVocabulary | undefined): string {
  const kinds = vocabulary?.kinds.length ? vocabulary.kinds : undefined;
  const places = vocabulary?.places.length ? vocabulary.places : undefined;
  const materials = vocabulary?.materials?.length ? vocabulary.materials : undefined;
  const lines = [
    'You turn a written scene into a SceneDescription: the plan a previs tool uses to build a 3D set and shoot a storyboard in it. Read the text as a director would: where it happens, who and what is there, where things stand relative to each other, the mood, and the story beats.',
    '',
    'Answer with one JSON object matching the JSON Schema below, and nothing else: no prose, no markdown, no code fences.',
    '',
    'Rules:',
    places
      ? '- setting.place: one of the places listed below; "room" (interior) or "outdoors" when none fits.'
      : '- setting.place: a short lowercase place id ("tavern", "forest", "street"); "room" or "outdoors" when the text names none.',
    '- entities: one per distinct thing or person; identical things are one entity with a count. id: lowercase letters, digits, "_" or "-", starting with a letter, unique ("barrels", "old_man"). name: the words the text uses. count: a number (3, not "three").',
    kinds
      ? '- kind: one of the kinds listed below. When none fits, use the closest and add fallback {"noun": what the text says, "reason": why this kind}.'
      : '- kind: a simple prop type ("barrel", "table", "person") or a primitive ("box", "sphere").',
    materials ? '- material: one of the materials listed below, or leave it out. color: "#rrggbb".' : '- color: "#rrggbb", only when the text gives one.',
    '- relations: only what the text says about where things are, between entity ids: subject, relation, object (and object2 for "between").',
    '- beats: the story sentences in order, one beat each: text (the sentence), action (its main verb, base form: "walk"), subjects (entity ids, in order of mention), mood (a few words).',
    '- direction (in a beat, only when the text writes a camera direction there: "low-angle close-up of the knife", "CLOSE ON", "on a 24mm", "slow dolly in", "her POV"): size, angle, focalLengthMm, move, subjects (entity ids the direction frames; for OTS who we look at, then whose shoulder), pov (whose eyes). Written directions decide the shot.',
    '- mood: a few single words for the whole scene ("tense", "melancholy"). genre: only a genre from the schema.',
    '- warnings: anything in the text you could not represent.',
  ];
  if (kinds) lines.push('', `Kinds: ${kinds.join(', ')}`);
  if (places) lines.push('', `Places: ${places.join(', ')}`);
  if (materials) lines.push('', `Materials: ${materials.join(', ')}`);
  lines.push(
    '',
    'Example, for "Two guards stand by the gate at dusk. One of them draws his sword.":',
    JSON.stringify(EXAMPLE),
    '',
    'JSON Schema:',
    JSON.stringify(sceneDescriptionJsonSchema()),
  );
  return lines.join('\n');
}

const EXAMPLE = {
  setting: { interior: false, place: 'outdoors', timeOfDay: 'dusk' },
  entities: [
    { id: 'gate', kind: 'door', name: 'the gate' },
    { id: 'guards', kind: 'person', name: 'two guards', count: 2, pose: 'standing', pronoun: 'he' },
  ],
  relations: [{ subject: 'guards', relation: 'next-to', object: 'gate' }],
  mood: ['tense'],
  beats: [
    { text: 'Two guards stand by the gate at dusk.', action: 'stand', subjects: ['guards', 'gate'], mood: ['quiet'] },
    { text: 'One of them draws his sword.', action: 'draw', subjects: ['guards'], mood: ['tense'] },
  ],
};

function userMessage(req: PlanRequest): string {
  const lines = ['Scene:', '"""', req.text, '"""'];
  if (req.frames !== undefined) lines.push('', `The storyboard will have ${req.frames} frames; the beats are still the text's own sentences, in order.`);
  if (req.genre) lines.push('', `Genre: ${req.genre} (set genre to this).`);
  if (req.params && Object.keys(req.params).length) {
    lines.push('', `Creative controls chosen by the user (they set the look; let them inform the mood): ${JSON.stringify(req.params)}`);
  }
  return lines.join('\n');
}

function repairMessage(problems: string[]): string {
  const shown = problems.slice(0, MAX_REPAIR_LINES).map((p) => `- ${p}`);
  if (problems.length > MAX_REPAIR_LINES) shown.push(`- …and ${problems.length - MAX_REPAIR_LINES} more`);
  return ['Your answer could not be used:', ...shown, '', 'Reply with the corrected JSON object only: no explanation, no code fences.'].join('\n');
}

async function complete(config: LlmConfig, doFetch: typeof fetch, messages: ChatMessage[], seed: number): Promise<string> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.apiKey) headers.authorization = `Bearer ${config.apiKey}`;
  const body = JSON.stringify({
    model: config.model,
    temperature: 0,
    seed,
    max_tokens: config.maxTokens,
    messages,
    response_format: { type: 'json_schema', json_schema: { name: 'scene_description', strict: false, schema: sceneDescriptionJsonSchema() } },
  });

  // One deadline covers the response body too: a server that sends headers and then stalls is as stuck as one
  // that never answers.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  try {
    let res: Response;
    try {
      res = await doFetch(`${config.baseUrl}/chat/completions`, { method: 'POST', headers, body, signal: controller.signal });
    } catch (err) {
      if (timedOut) throw new Error(`no answer within ${config.timeoutMs} ms (CANVAS3D_LLM_TIMEOUT_MS)`, { cause: err });
      throw new Error(`could not reach the server: ${networkReason(err)}`, { cause: err });
    }
    let text: string;
    try {
      text = await readBody(res, MAX_RESPONSE_BYTES);
    } catch (err) {
      if (timedOut) throw new Error(`the answer did not finish within ${config.timeoutMs} ms (CANVAS3D_LLM_TIMEOUT_MS)`, { cause: err });
      if (!res.ok) throw new Error(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`, { cause: err });
      throw err;
    }
    if (!res.ok) throw new Error(httpErrorMessage(res, text, Boolean(config.apiKey)));
    return contentOf(text, config.maxTokens);
  } finally {
    clearTimeout(timer);
  }
}

class BodyTooLargeError extends Canvas3dError {
  override name = 'BodyTooLargeError';
  constructor(message: string, options?: { cause?: unknown }) {
    super('C3D_PLANNER', message, [], options);
  }
}

/** The body as text, refusing (and cancelling) anything over `limit` bytes rather than buffering it. */
async function readBody(res: Response, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(`the response is ${declared} bytes, over the ${limit}-byte limit`);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(`the response is over the ${limit}-byte limit`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function httpErrorMessage(res: Response, text: string, sentKey: boolean): string {
  const status = `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`;
  const detail = serverError(text);
  let hint = '';
  if ((res.status === 401 || res.status === 403) && !sentKey) hint = ' (no API key was sent: set CANVAS3D_LLM_API_KEY)';
  else if (res.status === 404) hint = ' (check CANVAS3D_LLM_BASE_URL and CANVAS3D_LLM_MODEL)';
  return `${status}${detail ? `: ${detail}` : ''}${hint}`;
}

/** The server's own words: OpenAI's `{error: {message}}`, a bare `{error: "…"}`, `{message}`, or plain text. */
function serverError(text: string): string {
  let message: unknown;
  try {
    const body: unknown = JSON.parse(text);
    if (isRecord(body)) {
      const error = body.error;
      message = isRecord(error) ? error.message : typeof error === 'string' ? error : body.message;
    }
  } catch {
    message = text;
  }
  return typeof message === 'string' ? clip(message.replace(/\s+/g, ' ').trim(), 300) : '';
}

/** Node's fetch hides the useful part (ECONNREFUSED, ENOTFOUND) in `cause`. */
function networkReason(err: unknown): string {
  const cause = err instanceof Error ? err.cause : undefined;
  if (isRecord(cause) && typeof cause.code === 'string') return cause.code === 'ECONNREFUSED' ? 'connection refused (is the server running?)' : cause.code;
  if (cause instanceof Error) return cause.message;
  return err instanceof Error ? err.message : String(err);
}

/** The assistant's text from a chat-completion body, or an error saying why there is none. */
function contentOf(text: string, maxTokens: number): string {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`the response was not JSON: ${JSON.stringify(clip(text, 120))}`);
  }
  // Some proxies report failures with a 200 and an error body.
  if (isRecord(body) && body.error !== undefined && body.choices === undefined) throw new Error(`the server answered with an error: ${serverError(text)}`);
  const parsed = ChatCompletion.safeParse(body);
  if (!parsed.success) throw new Error('the response is not a chat completion (no "choices" array)');
  const choice = parsed.data.choices[0];
  if (!choice) throw new Error('the response has no choices');
  if (choice.finish_reason === 'length') throw new Error(`the answer was cut off at max_tokens (${maxTokens}); raise CANVAS3D_LLM_MAX_TOKENS`);
  if (choice.finish_reason === 'content_filter') throw new Error('the answer was withheld by the content filter');
  const content = choice.message?.content;
  if (!content?.trim()) throw new Error(choice.message?.refusal ? `the model refused: ${clip(choice.message.refusal, 200)}` : 'the answer was empty');
  return content;
}

type Interpretation = { ok: true; description: SceneDescription; warnings: string[] } | { ok: false; problems: string[] };

function interpret(content: string, req: PlanRequest, vocabulary: PlannerVocabulary | undefined): Interpretation {
  const extracted = extractJsonObject(content);
  if (!extracted.ok) return { ok: false, problems: [extracted.error] };
  const parsed = SceneDescription.safeParse(dropNulls(extracted.value));
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`) };
  const description = parsed.data;

  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const e of description.entities) (seen.has(e.id) ? duplicates : seen).add(e.id);
  if (duplicates.size) return { ok: false, problems: [...duplicates].map((id) => `entities: the id "${id}" is used more than once; ids must be unique`) };

  const warnings: string[] = [];
  // A dangling id is one bad fact, not a bad plan: drop it and keep the rest.
  description.relations = description.relations.filter((r, i) => {
    const missing = [r.subject, r.object, r.object2].filter((id): id is string => id !== undefined && !seen.has(id));
    if (missing.length) warnings.push(`relations[${i}] (${r.subject} ${r.relation}${r.object ? ` ${r.object}` : ''}) dropped: no entity ${missing.map((m) => `"${m}"`).join(', ')}`);
    return missing.length === 0;
  });
  description.beats.forEach((beat, i) => {
    const missing = beat.subjects.filter((id) => !seen.has(id));
    if (!missing.length) return;
    warnings.push(`beats[${i}].subjects: dropped ${missing.map((m) => `"${m}"`).join(', ')}, which name no entity`);
    beat.subjects = beat.subjects.filter((id) => seen.has(id));
  });
  description.beats.forEach((beat, i) => {
    const d = beat.direction;
    if (!d) return;
    const missing = [...d.subjects, ...(d.pov ? [d.pov] : [])].filter((id) => !seen.has(id));
    if (!missing.length) return;
    warnings.push(`beats[${i}].direction: dropped ${missing.map((m) => `"${m}"`).join(', ')}, which name no entity`);
    const { pov, ...rest } = d;
    beat.direction = { ...rest, subjects: d.subjects.filter((id) => seen.has(id)), ...(pov && seen.has(pov) ? { pov } : {}) };
  });

  // Unknown words are warned about, not repaired: layout already has a fallback for an unknown kind, and a
  // second call to rename a prop costs more than it saves.
  if (vocabulary?.kinds.length) {
    const kinds = new Set(vocabulary.kinds);
    description.entities.forEach((e, i) => {
      if (!kinds.has(e.kind)) warnings.push(`entities[${i}].kind: "${e.kind}" is not a known kind`);
    });
  }
  if (vocabulary?.places.length && !vocabulary.places.includes(description.setting.place) && !GENERIC_PLACES.includes(description.setting.place)) {
    warnings.push(`setting.place: "${description.setting.place}" is not a known place`);
  }
  if (vocabulary?.materials?.length) {
    const materials = new Set(vocabulary.materials);
    description.entities.forEach((e, i) => {
      if (e.material !== undefined && !materials.has(e.material)) warnings.push(`entities[${i}].material: "${e.material}" is not a known material`);
    });
  }

  if (req.genre) description.genre = req.genre;
  return { ok: true, description, warnings };
}

/**
 * The first JSON object in a model's answer: the whole answer when it is one, else the first ```json fenced
 * block, else the first balanced top-level {…} in the text. Reasoning models' <think> blocks are skipped, as
 * their braces are not the answer.
 */
export function extractJsonObject(content: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const text = content.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const candidates: string[] = [];
  if (text.startsWith('{')) candidates.push(text);
  for (const m of text.matchAll(/```[a-zA-Z]*[ \t]*\r?\n?([\s\S]*?)```/g)) if (m[1]?.trim().startsWith('{')) candidates.push(m[1].trim());
  candidates.push(...balancedObjects(text));

  let firstError: string | undefined;
  for (const candidate of candidates) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (isRecord(value)) return { ok: true, value };
      firstError ??= 'the answer is JSON but not an object';
    } catch (err) {
      firstError ??= `the answer is not valid JSON: ${err instanceof Error ? locate(err.message, candidate) : String(err)}`;
    }
  }
  if (firstError) return { ok: false, error: firstError };
  return { ok: false, error: text.includes('{') ? 'the answer has no complete JSON object (it ends before the closing brace)' : 'the answer contains no JSON object' };
}

/**
 * JSON.parse reports a character offset, which a model cannot count; line, column and the text there are what
 * it needs to find its mistake.
 */
function locate(message: string, text: string): string {
  const at = /at position (\d+)/.exec(message);
  if (!at) return message;
  const offset = Number(at[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  const near = text.slice(Math.max(0, offset - 30), offset + 10).replace(/\s+/g, ' ');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}, near ${JSON.stringify(near)}`;
}

/** Every balanced top-level {…} span, in order, skipping braces inside JSON strings. */
function balancedObjects(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (c === '\\') escaped = true;
      else if (c === '"') inString = false;
    } else if (c === '"') {
      // Quotes only delimit strings inside an object; a stray one in the prose around it must not swallow the
      // answer.
      if (depth > 0) inString = true;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0) {
      if (--depth === 0) out.push(text.slice(start, i + 1));
    }
  }
  return out;
}

/**
 * Models often write `"color": null` for "not given", where the schema wants the key left out. Dropping null
 * members accepts that reading instead of spending a repair round on it.
 */
function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = dropNulls(v);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The base URL for messages: without any user:password it may carry. */
function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString().replace(/\/+$/, '');
  } catch {
    return url;
  }
}
