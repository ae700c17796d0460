import type { AgentProfile, Conversation, QueueItem } from '@clearline/protocol';
import { describe, expect, it, vi } from 'vitest';
import { ACTIONS, type ActionContext, actionForKey, matchesShortcut } from './actions.ts';
import type { ConsoleState, ConsoleStore, PendingOffer } from './workspace/console-store.ts';

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
    offerNotice: null,
    offers: [],
    deciding: null,
    monitoring: [],
    handling: [],
    agentNames: {},
    view: 'conversations',
    ...patch,
  };
  const store = {
    accept: vi.fn(),
    acceptOffer: vi.fn(),
    declineOffer: vi.fn(),
    resolve: vi.fn(),
    select: vi.fn(),
    closeEnded: vi.fn(),
    signOut: vi.fn(),
    setView: vi.fn(),
  };
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

  it('accepts (Alt+Shift+Y) or declines (Alt+Shift+N) the oldest offer, once at a time, only online', async () => {
    const offer = (id: string) =>
      ({ offered: { offer: { id: `o-${id}`, conversationId: id } }, deadline: 0 }) as unknown as PendingOffer;
    const yes = key('KeyY', { alt: true, shift: true });
    const no = key('KeyN', { alt: true, shift: true });
    expect(actionForKey(yes, context())).toBeNull();
    expect(actionForKey(no, context())).toBeNull();
    const ctx = context({ offers: [offer('c1'), offer('c2')] });
    await actionForKey(yes, ctx)?.run(ctx);
    expect(ctx.store.acceptOffer).toHaveBeenCalledWith('c1');
    await actionForKey(no, ctx)?.run(ctx);
    expect(ctx.store.declineOffer).toHaveBeenCalledWith('c1');
    // A button names its own offer.
    const accept = ACTIONS.find((a) => a.id === 'accept-offer')!;
    await accept.run({ ...ctx, targetId: 'c2' });
    expect(ctx.store.acceptOffer).toHaveBeenLastCalledWith('c2');
    expect(accept.isAvailable({ ...ctx, targetId: 'c3' })).toBe(false);
    expect(actionForKey(yes, context({ offers: [offer('c1')], deciding: 'c1' }))).toBeNull();
    expect(actionForKey(yes, context({ offers: [offer('c1')], status: 'reconnecting' }))).toBeNull();
  });

  it('lets only the handling agent or a supervisor end a chat; Supervision only for supervisors', () => {
    const resolve = ACTIONS.find((a) => a.id === 'resolve')!;
    const guest = { ...conversation('c1', 'assigned'), assignedAgentId: 'ag_2' } as Conversation;
    expect(resolve.isAvailable(context({ mine: [guest], activeId: 'c1' }))).toBe(false);
    const supervisor = { ...agent, role: 'supervisor' } as unknown as AgentProfile;
    expect(resolve.isAvailable(context({ agent: supervisor, mine: [guest], activeId: 'c1' }))).toBe(true);
    const s = key('KeyS', { alt: true, shift: true });
    expect(actionForKey(s, context())).toBeNull();
    const ctx = context({ agent: supervisor });
    actionForKey(s, ctx)?.run(ctx);
    expect(ctx.store.setView).toHaveBeenCalledWith('supervision');
  });
});
