/*
 * Helpers for the assistant's journeys over real sockets: a signed-in customer of the demo core, what
 * the assistant said, and "say" / "press" that wait for the assistant's whole turn.
 */
import { CustomerClient } from '@clearline/client';
import type { Message } from '@clearline/protocol';
import { expect } from 'vitest';
import { mintCustomerToken } from '../domains/security/index.ts';
import { TEST_TOKEN_SECRET, type TestServer } from './harness.ts';
import { eventually } from './tcp-proxy.ts';

/** A connected customer whose token covers one card account; closed by the caller's closers. */
export async function journeyCustomer(
  t: TestServer,
  cardmemberId: string,
  cardAccountId: string,
  closers: Array<() => void>,
): Promise<CustomerClient> {
  const { token } = await mintCustomerToken(TEST_TOKEN_SECRET, {
    cardmemberId,
    cardAccountIds: [cardAccountId],
    name: cardmemberId,
  });
  const client = new CustomerClient({ url: t.url, token, transports: ['websocket'] });
  closers.push(() => client.close());
  await client.connect();
  return client;
}

/** The assistant's messages of a conversation as the customer's client has them. */
export const fromAssistant = (c: CustomerClient, id: string) =>
  c.messages(id).filter((m) => m.author.kind === 'assistant');

/** Sends, then waits until the assistant has answered everything after it; returns those answers. */
export async function say(
  c: CustomerClient,
  id: string,
  text: string,
  quickReply?: string,
): Promise<Message[]> {
  const sent = await c.send(id, text, quickReply ? { quickReply } : {});
  return eventually(() => {
    const answers = fromAssistant(c, id).filter((m) => m.seq > sent.seq);
    expect(answers.length).toBeGreaterThan(0);
    // A turn ends with a question (buttons) or a plain statement; wait for the whole turn to arrive.
    expect(c.messages(id).at(-1)!.seq).toBe(answers.at(-1)!.seq);
    return answers;
  });
}

/** Presses a button of the assistant's last question (its label is what the customer "says"). */
export async function press(c: CustomerClient, id: string, value: string): Promise<Message[]> {
  const last = fromAssistant(c, id).at(-1);
  const option =
    last?.payload?.type === 'quick_replies' ? last.payload.options.find((o) => o.value === value) : undefined;
  if (!option) throw new Error(`no button ${value} under "${last?.body}" (${JSON.stringify(last?.payload)})`);
  return say(c, id, option.label, value);
}
