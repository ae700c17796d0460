import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  acceptRephrase,
  createLanguageModel,
  type LanguageModelConfig,
  NO_LANGUAGE_MODEL,
  type RephraseInput,
} from './index.ts';

interface Received {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly raw: string;
  readonly json: {
    model: string;
    messages: { role: string; content: string }[];
    temperature?: number;
    max_tokens?: number;
  };
}

type Reply = (req: Received, res: ServerResponse) => void;

/** A fake OpenAI-compatible endpoint on port 0 that records every request. */
async function fakeEndpoint(
  reply: Reply,
): Promise<{ server: Server; baseUrl: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const entry: Received = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      raw,
      json: JSON.parse(raw),
    };
    received.push(entry);
    reply(entry, res);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  servers.push(server);
  return { server, baseUrl: `http://127.0.0.1:${port}/v1/`, received };
}

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  }
});

function completion(content: unknown): Reply {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: 'x',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content } }],
      }),
    );
  };
}

function configFor(baseUrl: string): LanguageModelConfig {
  return { baseUrl, apiKey: 'test-key-123', model: 'clearline-small', timeoutMs: 5_000 };
}

const STORED =
  'You can dispute a billing error within 60 days after we sent the first statement that showed it. We acknowledge your dispute within 30 days and resolve it within two billing cycles (never more than 90 days).';
const REWORDED =
  'Yes: for a double charge you have 60 days from the first statement that showed it. We acknowledge within 30 days and resolve it within two billing cycles, never more than 90 days.';
const INPUT: RephraseInput = {
  question: 'I was charged twice at a hotel, can I dispute it?',
  answer: STORED,
  lang: 'en',
};

describe('OpenAI-compatible language model', () => {
  it('posts a chat-completions request with the bearer key and model, and returns the reworded answer', async () => {
    const endpoint = await fakeEndpoint(completion(REWORDED));
    const model = createLanguageModel(configFor(endpoint.baseUrl));
    expect(model.enabled).toBe(true);

    expect(await model.rephrase(INPUT)).toBe(REWORDED);

    expect(endpoint.received).toHaveLength(1);
    const [request] = endpoint.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer test-key-123');
    expect(request?.headers['content-type']).toBe('application/json');
    expect(request?.json.model).toBe('clearline-small');
    expect(request?.json.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(request?.json.messages[1]?.content).toContain(INPUT.question);
    expect(request?.json.messages[1]?.content).toContain(STORED);
    expect(request?.json.messages[0]?.content).toContain('English');
  });

  it('asks for the reply in Spanish for a Spanish customer', async () => {
    const endpoint = await fakeEndpoint(
      completion(
        'Sí: tiene 60 días, confirmamos en 30 días y resolvemos en dos ciclos, nunca más de 90 días.',
      ),
    );
    const model = createLanguageModel(configFor(endpoint.baseUrl));
    await model.rephrase({ ...INPUT, lang: 'es', question: '¿puedo disputar un cobro doble?' });
    expect(endpoint.received[0]?.json.messages[0]?.content).toContain('Spanish');
  });

  it('never sends a card number, security code or SSN the customer typed, whatever the caller passed', async () => {
    const endpoint = await fakeEndpoint(completion('Summary: the customer disputes a hotel charge of $120.'));
    const model = createLanguageModel(configFor(endpoint.baseUrl));
    const question = 'my card is 4111 1111 1111 1111 cvv 737, ssn 219-09-9999, was I charged twice?';
    await model.rephrase({ ...INPUT, question });
    await model.summarize({
      lang: 'en',
      transcript: [
        { role: 'customer', text: 'hi my card number is 5500-0000-0000-0004 and the security code is 123' },
        { role: 'assistant', text: 'Please do not share that. What is the charge?' },
        { role: 'customer', text: 'my social is 219 09 9999, hotel charged $120 twice' },
      ],
    });
    expect(endpoint.received).toHaveLength(2);
    const sent = endpoint.received.map((r) => r.raw).join('\n');
    const digits = sent.replace(/\D/g, '');
    for (const secret of ['4111111111111111', '5500000000000004', '219099999'])
      expect(digits).not.toContain(secret);
    expect(sent).not.toMatch(/\b737\b/);
    expect(sent).not.toMatch(/security code is 123/);
    // the conversation is still there, with the secrets replaced by labels
    expect(sent).toContain('hotel charged $120 twice');
    expect(sent).toContain('[card ending 1111]');
  });

  it('falls back to the stored answer when the endpoint answers 500, and logs no body', async () => {
    const endpoint = await fakeEndpoint((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('upstream exploded');
    });
    const warnings: unknown[] = [];
    const model = createLanguageModel(configFor(endpoint.baseUrl), {
      logger: { warn: (details, msg) => warnings.push({ details, msg }) },
    });
    expect(await model.rephrase(INPUT)).toBe(STORED);
    expect(
      await model.summarize({ lang: 'en', transcript: [{ role: 'customer', text: 'hello' }] }),
    ).toBeNull();
    expect(warnings).toHaveLength(2);
    const logged = JSON.stringify(warnings);
    expect(logged).toContain('500');
    expect(logged).not.toContain('charged twice');
    expect(logged).not.toContain('exploded');
  });

  it('falls back when the request times out', async () => {
    const controller = new AbortController();
    const endpoint = await fakeEndpoint(() => {
      // the endpoint never answers; the request's time budget runs out
      controller.abort(new DOMException('timed out', 'TimeoutError'));
    });
    const model = createLanguageModel(configFor(endpoint.baseUrl), {
      timeoutSignal: () => controller.signal,
    });
    expect(await model.rephrase(INPUT)).toBe(STORED);
    expect(endpoint.received).toHaveLength(1);
  });

  it('falls back on garbage, an empty reply, an overlong reply, or a reply that drops a deadline', async () => {
    const replies: Reply[] = [
      (_req, res) => res.end('<html>not json</html>'),
      completion({ not: 'a string' }),
      completion('   '),
      completion(REWORDED.repeat(10)),
      completion('Yes, you can dispute it; we will sort it out soon.'),
    ];
    let next = 0;
    const endpoint = await fakeEndpoint((req, res) => replies[next++]!(req, res));
    const model = createLanguageModel(configFor(endpoint.baseUrl), { breakerFailures: 100 });
    for (let i = 0; i < replies.length; i++) expect(await model.rephrase(INPUT), `reply ${i}`).toBe(STORED);
    expect(endpoint.received).toHaveLength(replies.length);
  });

  it('never shows a reply that asks the customer for a secret or carries a card number', async () => {
    const replies = [
      `${REWORDED} Please send me your full card number and the security code so I can file it.`,
      `${REWORDED} Your card 4111 1111 1111 1111 is affected.`,
    ];
    let next = 0;
    const endpoint = await fakeEndpoint((req, res) => completion(replies[next++])(req, res));
    const model = createLanguageModel(configFor(endpoint.baseUrl));
    expect(await model.rephrase(INPUT)).toBe(STORED);
    expect(await model.rephrase(INPUT)).toBe(STORED);
  });

  it('summarises a transcript for the agent, masking anything secret in the reply', async () => {
    const endpoint = await fakeEndpoint(
      completion(
        '- Customer disputes a $120 hotel charge billed twice.\n- Card 4111 1111 1111 1111 mentioned.',
      ),
    );
    const model = createLanguageModel(configFor(endpoint.baseUrl));
    const summary = await model.summarize({
      lang: 'en',
      transcript: [{ role: 'customer', text: 'the hotel charged me $120 twice' }],
    });
    expect(summary).toContain('$120 hotel charge');
    expect(summary).not.toContain('4111 1111 1111 1111');
    expect(endpoint.received[0]?.json.messages[1]?.content).toBe('customer: the hotel charged me $120 twice');
  });

  it('stops calling a failing endpoint for a while instead of piling up requests, then tries again', async () => {
    let status = 503;
    const endpoint = await fakeEndpoint((req, res) => {
      if (status === 200) return completion(REWORDED)(req, res);
      res.writeHead(status);
      res.end();
    });
    let clock = 1_000;
    const model = createLanguageModel(configFor(endpoint.baseUrl), {
      now: () => clock,
      breakerFailures: 2,
      breakerOpenMs: 10_000,
    });
    for (let i = 0; i < 5; i++) expect(await model.rephrase(INPUT)).toBe(STORED);
    expect(endpoint.received).toHaveLength(2);
    status = 200;
    clock += 10_001;
    expect(await model.rephrase(INPUT)).toBe(REWORDED);
    expect(endpoint.received).toHaveLength(3);
  });
});

describe('no language model configured (the default)', () => {
  it('returns the stored answer and no summary, without any network call', async () => {
    const model = createLanguageModel(null, {
      fetch: () => {
        throw new Error('must not be called');
      },
    });
    expect(model).toBe(NO_LANGUAGE_MODEL);
    expect(model.enabled).toBe(false);
    expect(await model.rephrase(INPUT)).toBe(STORED);
    expect(
      await model.summarize({ lang: 'es', transcript: [{ role: 'customer', text: 'hola' }] }),
    ).toBeNull();
  });
});

describe('acceptRephrase', () => {
  it('keeps a faithful rewording and refuses one that changes a figure', () => {
    expect(acceptRephrase(REWORDED, INPUT)).toBe(REWORDED);
    expect(acceptRephrase(REWORDED.replace('60 days', '90 days'), INPUT)).toBeNull();
    expect(acceptRephrase(null, INPUT)).toBeNull();
  });
});
