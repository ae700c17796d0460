import type { Message } from '@clearline/protocol';
import { describe, expect, it } from 'vitest';
import { secondsLeft } from '../queue/offer-prompt.tsx';
import { agentsPresent } from './console-store.ts';

const event = (e: string, agentName?: string) =>
  ({ kind: 'event', event: e, eventData: agentName ? { agentName } : null }) as unknown as Message;

describe('agents present in a conversation (the header)', () => {
  it('adds joins, removes leaves, and a transfer ends the handling agent', () => {
    expect(
      agentsPresent([event('agent_joined', 'Ana'), event('agent_joined', 'Sam'), event('agent_left', 'Sam')]),
    ).toEqual(['Ana']);
    // Ana handles it, Sam is escalated in; Ana transfers it: Sam stays; Bo takes it from the queue.
    expect(
      agentsPresent([
        event('agent_joined', 'Ana'),
        event('escalated'),
        event('agent_joined', 'Sam'),
        event('transferred'),
        event('agent_joined', 'Bo'),
      ]),
    ).toEqual(['Sam', 'Bo']);
    expect(agentsPresent([event('agent_joined')])).toEqual([]);
  });
});

describe('offer countdown', () => {
  it('rounds up to whole seconds and stops at zero', () => {
    expect(secondsLeft(10_000, 0)).toBe(10);
    expect(secondsLeft(10_000, 9_001)).toBe(1);
    expect(secondsLeft(10_000, 12_000)).toBe(0);
    // A clock read just before the offer arrived never shows more than the offer's whole time.
    expect(secondsLeft(30_000, -500, 30)).toBe(30);
  });
});
