import type { AgentProfile, Conversation, QueueItem } from '@clearline/protocol';
import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, type ActionContext, actionForKey, matchesShortcut } from './actions.ts';
import type { ConsoleState, ConsoleStore } from './workspace/console-store.ts';

const agent = {
  id: 'ag_1',
  displayName: 'Ana',
  email: 'a@x',
  role: 'agent',
  queues: ['general'],
  languages: ['en'],
};

function conversation(id: string, status: Conversation['status']): Conversation {
  return { id, status, queue: 'general', assignedAgentId: 'ag_1' } as unknown as Conversation;
}

function context(patch: Partial<ConsoleState> = {}): ActionContext & { store: ConsoleStore } {
  const state: ConsoleState = {
    agent: agent as unknown as AgentProfile,
    status: 'connected',
    queue: [],
    mine: [],
    activeId: null,
    messages: {},
    pending: [],
    names: {},
    typing: {},
    unread: {},
    accepting: null,
    error: null,
    sessionEnded: false,
    signedOut: false,
    modes: {},
    wrapUps: {},
    canned: {},
    busy: null,
    notice: null,
    ...patch,
  };
  const store = { accept: vi.fn(), resolve: vi.fn(), select: vi.fn(), closeEnded: vi.fn(), signOut: vi.fn() };
  return { state, store: store as unknown as ConsoleStore, focus: vi.fn() };
}

const key = (code: string, mods: { alt?: boolean; shift?: boolean; ctrl?: boolean } = {}) => ({
  code,
  altKey: !!mods.alt,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: false,
});

describe('agent action registry', () => {
  it('has unique ids and unique shortcuts', () => {
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    const labels = ACTIONS.flatMap((a) => (a.shortcut ? [a.shortcut.label] : []));
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('matches modifiers exactly', () => {
    const accept = ACTIONS.find((a) => a.id === 'accept')!.shortcut!;
    expect(matchesShortcut(key('KeyA', { alt: true, shift: true }), accept)).toBe(true);
    expect(matchesShortcut(key('KeyA', { alt: true }), accept)).toBe(false);
    expect(matchesShortcut(key('KeyA', { alt: true, shift: true, ctrl: true }), accept)).toBe(false);
  });

  it('accepts the oldest waiting chat only when one is waiting and the agent is online', async () => {
    const empty = context();
    expect(actionForKey(key('KeyA', { alt: true, shift: true }), empty)).toBeNull();
    const item = { conversation: conversation('c1', 'queued') } as unknown as QueueItem;
    const ctx = context({ queue: [item] });
    const action = actionForKey(key('KeyA', { alt: true, shift: true }), ctx);
    expect(action?.id).toBe('accept');
    await action?.run(ctx);
    expect(ctx.store.accept).toHaveBeenCalledWith('c1');
    expect(
      actionForKey(
        key('KeyA', { alt: true, shift: true }),
        context({ queue: [item], status: 'reconnecting' }),
      ),
    ).toBeNull();
  });

  it('ends only an active conversation that has not ended', () => {
    const resolve = ACTIONS.find((a) => a.id === 'resolve')!;
    expect(resolve.isAvailable(context({ mine: [conversation('c1', 'assigned')], activeId: 'c1' }))).toBe(
      true,
    );
    expect(resolve.isAvailable(context({ mine: [conversation('c1', 'resolved')], activeId: 'c1' }))).toBe(
      false,
    );
    expect(resolve.isAvailable(context())).toBe(false);
  });

  it('steps through my conversations, wrapping around', () => {
    const ctx = context({
      mine: [conversation('a', 'assigned'), conversation('b', 'assigned')],
      activeId: 'b',
    });
    ACTIONS.find((a) => a.id === 'next-conversation')!.run(ctx);
    expect(ctx.store.select).toHaveBeenCalledWith('a');
  });
});
