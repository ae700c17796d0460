import type { Message } from '@clearline/protocol';
import { describe, expect, it } from 'vitest';
import {
  activePrompt,
  isNewForCustomer,
  isShownToCustomer,
  splitCitation,
  splitReference,
} from './message-content.ts';

let seq = 0;
function message(patch: Partial<Message> & Pick<Message, 'author'>): Message {
  seq += 1;
  return {
    id: `m${seq}`,
    conversationId: 'c1',
    seq,
    clientMessageId: null,
    kind: 'text',
    visibility: 'all',
    body: 'hello',
    event: null,
    eventData: null,
    payload: null,
    quickReply: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    ...patch,
  } as Message;
}
const assistant = { kind: 'assistant', id: 'assistant', displayName: 'Clearline Assistant' } as const;
const customer = { kind: 'customer', id: 'cm1', displayName: 'Ann' } as const;
const prompt = (labels: string[]) =>
  message({
    author: assistant,
    kind: 'quick_replies',
    body: 'How can I help?',
    payload: { type: 'quick_replies', options: labels.map((l) => ({ value: l.toLowerCase(), label: l })) },
  });

describe('which quick replies can be pressed', () => {
  it('offers the buttons of the latest prompt only', () => {
    const first = prompt(['Lock my card', 'Talk to an agent']);
    const reply = message({ author: customer, body: 'Lock my card', quickReply: 'lock my card' });
    const second = prompt(['Yes', 'No']);
    const active = activePrompt([first, reply, second], 'assistant', false);
    expect(active?.seq).toBe(second.seq);
    expect(active?.options.map((o) => o.label)).toEqual(['Yes', 'No']);
  });

  it('offers nothing once the customer answered, while a message is being sent, or once an agent has the chat', () => {
    const p = prompt(['Yes', 'No']);
    expect(activePrompt([p, message({ author: customer })], 'assistant', false)).toBeNull();
    expect(activePrompt([p], 'assistant', true)).toBeNull();
    expect(activePrompt([p], 'assigned', false)).toBeNull();
    expect(activePrompt([p], 'resolved', false)).toBeNull();
    expect(activePrompt([p], null, false)).toBeNull();
  });

  it('keeps the buttons while the customer waits in the queue and the assistant adds a text', () => {
    const p = prompt(['Yes', 'No']);
    const text = message({ author: assistant, body: 'One more thing.' });
    expect(activePrompt([p, text], 'queued', false)?.seq).toBe(p.seq);
  });
});

describe('what the customer sees', () => {
  it('never shows withheld stubs or agent-only messages, and counts only what others said', () => {
    const stub = message({ author: assistant, kind: 'withheld', body: '' });
    const summary = message({ author: assistant, kind: 'handoff_summary', visibility: 'agents' });
    const said = message({ author: assistant });
    const event = message({
      author: { kind: 'system', id: 'system', displayName: 'Clearline' },
      kind: 'event',
    });
    expect([stub, summary, said, event].filter(isShownToCustomer)).toEqual([said, event]);
    expect(
      [stub, summary, said, event, prompt(['Yes']), message({ author: customer })].filter(isNewForCustomer),
    ).toHaveLength(2);
  });

  it('splits the citation line off a knowledge answer', () => {
    const title = 'Disputing a charge: your billing rights';
    expect(splitCitation(`You have 60 days.\nHelp Center: ${title} (12 CFR 1026.13)`, title)).toEqual({
      text: 'You have 60 days.',
      citation: `Help Center: ${title} (12 CFR 1026.13)`,
    });
    expect(splitCitation('No citation line here.', title)).toEqual({
      text: 'No citation line here.',
      citation: null,
    });
  });

  it('marks the reference number inside the text', () => {
    const body = 'Done: the card ending in 0086 is locked. Reference number: CL-7K4M-2Q9D.';
    expect(splitReference(body, 'CL-7K4M-2Q9D').map(({ text, reference }) => ({ text, reference }))).toEqual([
      { text: 'Done: the card ending in 0086 is locked. Reference number: ', reference: false },
      { text: 'CL-7K4M-2Q9D', reference: true },
      { text: '.', reference: false },
    ]);
    expect(splitReference('Nothing', 'CL-7K4M-2Q9D')).toEqual([
      { text: 'Nothing', reference: false, start: 0 },
    ]);
  });
});
