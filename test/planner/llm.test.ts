/**
 * The LLM planner against a real local HTTP server that replays recorded chat-completion responses
 * (test/fixtures/llm/*.json) in order and records what it was sent. Every failure mode must end in either a
 * description or the fallback's result with a warning — never an unhandled rejection.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';
import { SceneDescription } from '../../src/planner/description.js';
import {
  extractJsonObject,
  llmConfigFromEnv,
  LlmConfigError,
  openAiCompatiblePlanner,
  plannerFromConfig,
  withFallback,
  MAX_RESPONSE_BYTES,
  type LlmConfig,
  type Planner,
  type PlanRequest,
  type PlanResult,
} from '../../src/planner/llm/index.js';

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
process.on('unhandledRejection', onUnhandled);
after(() => process.off('unhandledRejection', onUnhandled));

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'llm');

function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8');
}

/** What the model said in a recording, for assertions. */
function recordedContent(name: string): unknown {
  const body = JSON.parse(fixture(name)) as { choices: { message: { content: string } }[] };
  return JSON.parse(body.choices[0]!.message.content);
}

type Reply =
  | { fixture: string; status?: number }
  /** Accept the request and never answer. */
  | { hang: true }
  /** `bytes` of filler, declared up front (content-length) or streamed in chunks without a length. */
  | { oversized: number; declared: boolean };

interface Recorded {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: ChatRequest;
}

interface ChatRequest {
  model: string;
  temperature: number;
  seed: number;
  max_tokens: number;
  messages: { role: string; content: string }[];
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: Record<string, unknown> } };
}

interface ReplayServer {
  baseUrl: string;
  requests: Recorded[];
  close(): Promise<void>;
}

async function replay(replies: Reply[]): Promise<ReplayServer> {
  const requests: Recorded[] = [];
  const queue = [...replies];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest });
      // The client hangs up on purpose in several tests; that is not a server failure.
      res.on('error', () => undefined);
      const reply = queue.shift();
      if (!reply) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'test server: no more recorded replies' } }));
      } else if ('hang' in reply) {
        return;
      } else if ('oversized' in reply) {
        sendOversized(res, reply.oversized, reply.declared);
      } else {
        const body = fixture(reply.fixture);
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function sendOversized(res: http.ServerResponse, bytes: number, declared: boolean): void {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  res.writeHead(200, declared ? { 'content-type': 'application/json', 'content-length': bytes } : { 'content-type': 'application/json' });
  let sent = 0;
  const pump = (): void => {
    while (sent < bytes && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

/** A port that was just free and now refuses connections. */
async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function config(baseUrl: string, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return { provider: 'openai-compatible', baseUrl, model: 'gpt-4o-mini', apiKey: 'sk-test-key', timeoutMs: 5000, maxTokens: 4096, ...overrides };
}

const REQUEST: PlanRequest = {
  text: 'A dim tavern at night. Three iron barrels stand against the wall next to the bar. Mara sits at a round table with a candle on it. She looks up as the door opens.',
  seed: 42,
};

const FIXED = SceneDescription.parse({ setting: { interior: true, place: 'room' }, entities: [{ id: 'box', kind: 'box', name: 'a box' }] });

/** Stands in for the offline rules planner: always the same description, no model calls. */
const rules: Planner = {
  name: 'rules',
  plan: async () => ({ description: FIXED, provider: 'rules', warnings: ['rules: a note of its own'], calls: 0 }),
};

async function withServer(replies: Reply[], fn: (server: ReplayServer) => Promise<void>): Promise<void> {
  const server = await replay(replies);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

/** The fallback's result, with the reason in the first warning. */
async function assertFellBack(planner: Planner, reason: RegExp): Promise<PlanResult> {
  const result = await withFallback(planner, rules).plan(REQUEST);
  assert.equal(result.provider, 'rules');
  assert.deepEqual(result.description, FIXED);
  assert.match(result.warnings[0]!, /^openai-compatible planner failed, used rules instead: /);
  assert.match(result.warnings[0]!, reason);
  assert.equal(result.warnings[1], 'rules: a note of its own');
  return result;
}

test('a valid response is the recorded description, from one call with the schema and the key', async () => {
  await withServer([{ fixture: 'valid-tavern' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl)).plan(REQUEST);
    assert.equal(result.calls, 1);
    assert.equal(result.provider, 'openai-compatible');
    assert.equal(result.model, 'gpt-4o-mini');
    assert.deepEqual(result.warnings, []);
    assert.deepEqual(result.description, SceneDescription.parse(recordedContent('valid-tavern')));
    assert.deepEqual(
      result.description.entities.map((e) => [e.id, e.kind, e.count]),
      [['barrels', 'barrel', 3], ['bar', 'counter', 1], ['table', 'table', 1], ['candle', 'candle', 1], ['mara', 'person', 1], ['door', 'door', 1]],
    );
    assert.deepEqual(result.description.relations[2], { subject: 'candle', relation: 'on', object: 'table' });

    assert.equal(server.requests.length, 1);
    const [sent] = server.requests;
    assert.equal(sent!.method, 'POST');
    assert.equal(sent!.url, '/v1/chat/completions');
    assert.equal(sent!.headers.authorization, 'Bearer sk-test-key');
    assert.equal(sent!.body.model, 'gpt-4o-mini');
    assert.equal(sent!.body.temperature, 0);
    assert.equal(sent!.body.seed, 42);
    assert.equal(sent!.body.max_tokens, 4096);
    assert.equal(sent!.body.response_format.type, 'json_schema');
    assert.equal(sent!.body.response_format.json_schema.name, 'scene_description');
    assert.equal(sent!.body.response_format.json_schema.strict, false);
    assert.deepEqual(Object.keys(sent!.body.response_format.json_schema.schema.properties as object).sort(), ['absent', 'beats', 'entities', 'genre', 'lighting', 'mood', 'relations', 'setting', 'shotCount', 'title', 'warnings']);
    assert.deepEqual(sent!.body.messages.map((m) => m.role), ['system', 'user']);
    assert.ok(sent!.body.messages[1]!.content.includes(REQUEST.text));
  });
});

test('no key, no authorization header; frames, genre and params reach the prompt; the request genre wins', async () => {
  await withServer([{ fixture: 'valid-tavern' }], async (server) => {
    const req: PlanRequest = { ...REQUEST, frames: 6, genre: 'noir', params: { lighting: 20, camera_angle: 'low' } };
    const result = await openAiCompatiblePlanner(config(server.baseUrl, { apiKey: undefined })).plan(req);
    assert.equal(result.description.genre, 'noir');
    const [sent] = server.requests;
    assert.equal(sent!.headers.authorization, undefined);
    const user = sent!.body.messages[1]!.content;
    assert.match(user, /6 frames/);
    assert.match(user, /Genre: noir/);
    assert.match(user, /"camera_angle":"low"/);
  });
});

test('the vocabulary is in the system prompt, and words outside it are warned about', async () => {
  await withServer([{ fixture: 'valid-tavern' }], async (server) => {
    const vocabulary = { kinds: ['barrel', 'table', 'person', 'door', 'candle'], places: ['tavern', 'forest'], materials: ['oak', 'brass'] };
    const result = await openAiCompatiblePlanner(config(server.baseUrl), { vocabulary }).plan(REQUEST);
    const system = server.requests[0]!.body.messages[0]!.content;
    assert.match(system, /Kinds: barrel, table, person, door, candle/);
    assert.match(system, /Places: tavern, forest/);
    assert.match(system, /Materials: oak, brass/);
    assert.match(system, /"\$schema"|"properties"/, 'the schema is in the prompt for servers that ignore response_format');
    assert.deepEqual(result.warnings, ['entities[1].kind: "counter" is not a known kind', 'entities[0].material: "iron" is not a known material']);
  });
});

test('content in ```json fences with chatter around it is parsed', async () => {
  await withServer([{ fixture: 'fenced-chatter' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl, { model: 'llama3.1:8b', apiKey: undefined })).plan(REQUEST);
    assert.equal(result.calls, 1);
    assert.equal(result.description.setting.place, 'forest');
    assert.deepEqual(result.description.entities.map((e) => e.id), ['hunter', 'trees', 'dog']);
    assert.equal(result.description.entities[1]!.count, 12);
  });
});

test('a <think> block and null members (a local reasoning model) are tolerated', async () => {
  await withServer([{ fixture: 'think-nulls' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl, { model: 'qwen3:8b' })).plan(REQUEST);
    assert.equal(result.calls, 1);
    assert.deepEqual(result.description.entities.map((e) => [e.id, e.color]), [['desk', undefined], ['lamp', '#2e6b3a']]);
    assert.deepEqual(result.description.relations, [{ subject: 'lamp', relation: 'on', object: 'desk' }]);
  });
});

test('invalid JSON, then a valid answer after one repair round that lists the problem', async () => {
  await withServer([{ fixture: 'invalid-json' }, { fixture: 'repair-ok' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl, { model: 'llama3.2:3b' })).plan(REQUEST);
    assert.equal(result.calls, 2);
    assert.equal(result.description.setting.place, 'forest');
    const second = server.requests[1]!.body.messages;
    assert.deepEqual(second.map((m) => m.role), ['system', 'user', 'assistant', 'user']);
    assert.equal(second[2]!.content, (JSON.parse(fixture('invalid-json')) as { choices: { message: { content: string } }[] }).choices[0]!.message.content);
    assert.match(second[3]!.content, /not valid JSON/);
    assert.match(second[3]!.content, /corrected JSON object only/);
  });
});

test('schema-invalid twice → the fallback, with a warning naming the provider and the problems', async () => {
  await withServer([{ fixture: 'schema-invalid-count' }, { fixture: 'schema-invalid-again' }], async (server) => {
    const result = await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl)), /still invalid after a repair round/);
    assert.equal(result.calls, 2, 'the failed model calls are counted');
    assert.match(result.warnings[0]!, /gpt-4o-mini at http:\/\/127\.0\.0\.1:\d+\/v1: /);
    assert.match(result.warnings[0]!, /entities\[1\]\.count/);
    const repair = server.requests[1]!.body.messages[3]!.content;
    for (const problem of ['entities[0].id', 'entities[1].count: Invalid input: expected number, received string', 'relations[0].relation', 'genre: Invalid option', 'setting.timeOfDay']) {
      assert.ok(repair.includes(problem), `the repair request names ${problem}:\n${repair}`);
    }
  });
});

test('HTTP 500 with an OpenAI error body → fallback, with the status and the server message', async () => {
  await withServer([{ fixture: 'error-500', status: 500 }], async (server) => {
    await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl)), /HTTP 500 Internal Server Error: The server had an error while processing your request/);
    assert.equal(server.requests.length, 1, 'an HTTP error gets no repair round');
  });
});

test('HTTP 401 → fallback naming the status and the server message', async () => {
  await withServer([{ fixture: 'error-401', status: 401 }], async (server) => {
    await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl)), /HTTP 401 Unauthorized: Incorrect API key provided/);
  });
  await withServer([{ fixture: 'error-401', status: 401 }], async (server) => {
    await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl, { apiKey: undefined })), /no API key was sent: set CANVAS3D_LLM_API_KEY/);
  });
});

test('a server that never answers → fallback after timeoutMs', async () => {
  await withServer([{ hang: true }], async (server) => {
    const started = Date.now();
    await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl, { timeoutMs: 200 })), /no answer within 200 ms \(CANVAS3D_LLM_TIMEOUT_MS\)/);
    assert.ok(Date.now() - started < 3000);
  });
});

test('connection refused → fallback', async () => {
  const port = await closedPort();
  await assertFellBack(openAiCompatiblePlanner(config(`http://127.0.0.1:${port}/v1`)), /could not reach the server: connection refused/);
});

test("finish_reason 'length' → fallback saying to raise the token limit", async () => {
  await withServer([{ fixture: 'truncated-length' }], async (server) => {
    await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl, { maxTokens: 256 })), /cut off at max_tokens \(256\); raise CANVAS3D_LLM_MAX_TOKENS/);
    assert.equal(server.requests.length, 1, 'a truncated answer would be truncated again: no repair round');
  });
});

test('relations and beat subjects naming missing entities are dropped with warnings', async () => {
  await withServer([{ fixture: 'dangling-relation' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl)).plan(REQUEST);
    assert.equal(result.calls, 1);
    assert.equal(result.description.relations.length, 5);
    assert.ok(result.description.relations.every((r) => r.subject !== 'fireplace' && r.object2 !== 'ghost'));
    assert.deepEqual(result.description.beats[3]!.subjects, ['mara', 'door']);
    assert.deepEqual(result.warnings, [
      'relations[5] (fireplace behind bar) dropped: no entity "fireplace"',
      'relations[6] (candle between table) dropped: no entity "ghost"',
      'beats[3].subjects: dropped "stranger", which name no entity',
    ]);
  });
});

test('a 10 MB body is refused, declared or streamed', async () => {
  const tenMb = 10 * 1024 * 1024;
  for (const declared of [true, false]) {
    await withServer([{ oversized: tenMb, declared }], async (server) => {
      await assertFellBack(openAiCompatiblePlanner(config(server.baseUrl)), new RegExp(`over the ${MAX_RESPONSE_BYTES}-byte limit`));
    });
  }
});

test('a body that is not a chat completion, or has no choices → fallback', async () => {
  const notChat = async (body: unknown, reason: RegExp): Promise<void> => {
    const fake: typeof fetch = async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    await assertFellBack(openAiCompatiblePlanner(config('http://unused.invalid/v1'), { fetch: fake }), reason);
  };
  await notChat({ choices: [] }, /no choices/);
  await notChat({ result: 'ok' }, /not a chat completion/);
  await notChat({ error: { message: 'upstream overloaded' } }, /upstream overloaded/);
  await notChat({ choices: [{ message: { role: 'assistant', content: null, refusal: 'I cannot help with that.' }, finish_reason: 'stop' }] }, /refused: I cannot help/);
  const html: typeof fetch = async () => new Response('<html>Bad gateway</html>', { status: 200 });
  await assertFellBack(openAiCompatiblePlanner(config('http://unused.invalid/v1'), { fetch: html }), /not JSON/);
});

test('withFallback passes a good result through and falls back on a throwing or malformed primary', async () => {
  const good: Planner = { name: 'good', plan: async () => ({ description: FIXED, provider: 'good', warnings: [], calls: 1 }) };
  assert.equal((await withFallback(good, rules).plan(REQUEST)).provider, 'good');

  const throws: Planner = {
    name: 'broken',
    plan: () => {
      throw new Error('synchronous failure');
    },
  };
  const a = await withFallback(throws, rules).plan(REQUEST);
  assert.match(a.warnings[0]!, /^broken planner failed, used rules instead: synchronous failure$/);

  const malformed: Planner = {
    name: 'sloppy',
    plan: async () => ({ description: { setting: { interior: true } } as unknown as SceneDescription, provider: 'sloppy', warnings: [], calls: 1 }),
  };
  const b = await withFallback(malformed, rules).plan(REQUEST);
  assert.equal(b.provider, 'rules');
  assert.equal(b.calls, 1);
  assert.match(b.warnings[0]!, /invalid description \(setting\.place: /);

  const fallbackThrows: Planner = {
    name: 'also-broken',
    plan: async () => {
      throw new Error('no fallback either');
    },
  };
  await assert.rejects(withFallback(throws, fallbackThrows).plan(REQUEST), /no fallback either/);
});

test('plannerFromConfig: rules alone, or the model with the rules behind it', async () => {
  const port = await closedPort();
  assert.equal(plannerFromConfig({ ...config(''), provider: 'rules' }, rules), rules);
  const planner = plannerFromConfig(config(`http://127.0.0.1:${port}/v1`), rules);
  assert.equal(planner.name, 'openai-compatible+rules');
  assert.equal((await planner.plan(REQUEST)).provider, 'rules');
});

test('extractJsonObject finds the first balanced object and says why when there is none', () => {
  assert.deepEqual(extractJsonObject('{"a": 1}'), { ok: true, value: { a: 1 } });
  assert.deepEqual(extractJsonObject('Here it is: {"a": {"b": "}"}} and "that" is all {"c": 2}'), { ok: true, value: { a: { b: '}' } } });
  assert.deepEqual(extractJsonObject('Don\'t {use} this. {"a": 2}'), { ok: true, value: { a: 2 } });
  assert.deepEqual(extractJsonObject('```\n{"a": 3}\n```'), { ok: true, value: { a: 3 } });
  const truncated = extractJsonObject('{"a": [1, 2');
  assert.equal(truncated.ok, false);
  assert.match(!truncated.ok ? truncated.error : '', /not valid JSON/);
  const none = extractJsonObject('I cannot do that.');
  assert.deepEqual(none, { ok: false, error: 'the answer contains no JSON object' });
  assert.equal(extractJsonObject('[1, 2]').ok, false);
});

test('llmConfigFromEnv: defaults', () => {
  assert.deepEqual(llmConfigFromEnv({}), { provider: 'rules', baseUrl: 'https://api.openai.com/v1', model: '', timeoutMs: 60000, maxTokens: 4096 });
});

test('llmConfigFromEnv: a full local configuration, blank variables taking defaults', () => {
  const c = llmConfigFromEnv({
    CANVAS3D_LLM_PROVIDER: 'openai-compatible',
    CANVAS3D_LLM_BASE_URL: 'http://localhost:11434/v1/',
    CANVAS3D_LLM_MODEL: 'llama3.1:8b',
    CANVAS3D_LLM_TIMEOUT_MS: '120000',
    CANVAS3D_LLM_MAX_TOKENS: '',
  });
  assert.deepEqual(c, { provider: 'openai-compatible', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1:8b', timeoutMs: 120000, maxTokens: 4096 });
});

test('llmConfigFromEnv: keys — CANVAS3D_LLM_API_KEY anywhere, OPENAI_API_KEY only to OpenAI', () => {
  const base = { CANVAS3D_LLM_PROVIDER: 'openai-compatible', CANVAS3D_LLM_MODEL: 'gpt-4o-mini' };
  assert.equal(llmConfigFromEnv({ ...base, OPENAI_API_KEY: 'sk-openai' }).apiKey, 'sk-openai');
  assert.equal(llmConfigFromEnv({ ...base, OPENAI_API_KEY: 'sk-openai', CANVAS3D_LLM_API_KEY: 'sk-own' }).apiKey, 'sk-own');
  assert.equal(llmConfigFromEnv({ ...base, OPENAI_API_KEY: 'sk-openai', CANVAS3D_LLM_BASE_URL: 'http://localhost:8000/v1' }).apiKey, undefined);
  assert.equal(llmConfigFromEnv({ ...base, CANVAS3D_LLM_API_KEY: 'token', CANVAS3D_LLM_BASE_URL: 'http://localhost:8000/v1' }).apiKey, 'token');
});

function configError(env: NodeJS.ProcessEnv): LlmConfigError {
  try {
    llmConfigFromEnv(env);
  } catch (err) {
    assert.ok(err instanceof LlmConfigError, `expected an LlmConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail('expected an LlmConfigError');
}

test('llmConfigFromEnv: bad values are errors naming the variable', () => {
  const noModel = configError({ CANVAS3D_LLM_PROVIDER: 'openai-compatible' });
  assert.equal(noModel.variable, 'CANVAS3D_LLM_MODEL');
  assert.match(noModel.message, /^CANVAS3D_LLM_MODEL: required/);

  for (const bad of ['abc', '-5', '0', '1.5', '99999999999']) {
    const e = configError({ CANVAS3D_LLM_TIMEOUT_MS: bad });
    assert.equal(e.variable, 'CANVAS3D_LLM_TIMEOUT_MS');
    assert.ok(e.message.includes(JSON.stringify(bad)), e.message);
  }

  for (const bad of ['localhost:11434', 'not a url', 'ftp://example.com/v1']) {
    const e = configError({ CANVAS3D_LLM_BASE_URL: bad });
    assert.equal(e.variable, 'CANVAS3D_LLM_BASE_URL');
  }

  const provider = configError({ CANVAS3D_LLM_PROVIDER: 'ollama' });
  assert.equal(provider.variable, 'CANVAS3D_LLM_PROVIDER');
  assert.match(provider.message, /rules, openai-compatible/);

  assert.equal(configError({ CANVAS3D_LLM_MAX_TOKENS: 'lots' }).variable, 'CANVAS3D_LLM_MAX_TOKENS');
  const secret = configError({ CANVAS3D_LLM_PROVIDER: 'openai-compatible', CANVAS3D_LLM_API_KEY: 'sk-secret' });
  assert.ok(!secret.message.includes('sk-secret'));
});

test('no failure above escaped as an unhandled rejection', async () => {
  // Give stray promises from aborted requests a turn to settle before looking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(unhandled, []);
});

test('a beat direction from the model keeps its shot and drops ids that name no entity', async () => {
  await withServer([{ fixture: 'direction-dangling' }], async (server) => {
    const result = await openAiCompatiblePlanner(config(server.baseUrl)).plan(REQUEST);
    const d = result.description.beats[0]!.direction!;
    assert.equal(d.size, 'CU');
    assert.equal(d.move, 'dolly-in');
    assert.deepEqual(d.subjects, ['mara']);
    assert.equal(d.pov, undefined);
    assert.ok(result.warnings.includes('beats[0].direction: dropped "ghost", "stranger", which name no entity'), result.warnings.join('\n'));
  });
});

test('the system prompt asks for written shot directions', async () => {
  await withServer([{ fixture: 'dangling-relation' }], async (server) => {
    await openAiCompatiblePlanner(config(server.baseUrl)).plan(REQUEST);
    const system = (server.requests[0]!.body as { messages: { role: string; content: string }[] }).messages[0]!.content;
    assert.match(system, /- direction \(in a beat, only when the text writes a camera direction/);
  });
});
