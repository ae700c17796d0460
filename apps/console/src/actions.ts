import {
  type ConsoleState,
  type ConsoleStore,
  isEnded,
  isSupervisorRole,
} from './workspace/console-store.ts';

/** A key combination, matched on `KeyboardEvent.code` so that Alt+Shift letters work on every layout. */
export interface Shortcut {
  code: string;
  alt?: boolean;
  shift?: boolean;
  ctrl?: boolean;
  /** How the shortcut is shown and announced (`aria-keyshortcuts` syntax). */
  label: string;
}

export interface ActionContext {
  state: ConsoleState;
  store: ConsoleStore;
  /** The conversation a button acts on (e.g. the queue item's Accept); shortcuts leave it out. */
  targetId?: string;
  focus: (target: 'composer' | 'queue') => void;
}

export type ActionId =
  | 'accept'
  | 'accept-offer'
  | 'decline-offer'
  | 'supervision'
  | 'resolve'
  | 'focus-composer'
  | 'focus-queue'
  | 'next-conversation'
  | 'previous-conversation'
  | 'close-ended'
  | 'sign-out';

/** An agent action as data: the buttons, the keyboard shortcuts and the shortcut list all read these. */
export interface AgentAction {
  id: ActionId;
  /** i18n key of the label. */
  label: string;
  shortcut: Shortcut | null;
  isAvailable: (ctx: ActionContext) => boolean;
  run: (ctx: ActionContext) => void | Promise<void>;
}

const online = (s: ConsoleState) => s.status === 'connected';
const active = (s: ConsoleState) => s.mine.find((c) => c.id === s.activeId);
/** The offer a button acts on, or (shortcut) the oldest open one. */
const offerFor = (s: ConsoleState, targetId?: string) =>
  targetId ? s.offers.find((o) => o.offered.offer.conversationId === targetId) : s.offers[0];

function step(ctx: ActionContext, by: 1 | -1): void {
  const { mine, activeId } = ctx.state;
  if (mine.length === 0) return;
  const at = mine.findIndex((c) => c.id === activeId);
  const next = mine[(at + by + mine.length) % mine.length];
  if (next) ctx.store.select(next.id);
}

export const ACTIONS: readonly AgentAction[] = [
  {
    id: 'accept',
    label: 'actions.accept',
    shortcut: { code: 'KeyA', alt: true, shift: true, label: 'Alt+Shift+A' },
    isAvailable: ({ state, targetId }) =>
      online(state) &&
      state.accepting === null &&
      (targetId ? state.queue.some((q) => q.conversation.id === targetId) : state.queue.length > 0),
    run: ({ state, store, targetId }) => {
      const id = targetId ?? state.queue[0]?.conversation.id;
      if (id) return store.accept(id);
    },
  },
  {
    id: 'accept-offer',
    label: 'actions.acceptOffer',
    shortcut: { code: 'KeyY', alt: true, shift: true, label: 'Alt+Shift+Y' },
    isAvailable: ({ state, targetId }) =>
      online(state) && state.deciding === null && !!offerFor(state, targetId),
    run: ({ state, store, targetId }) => {
      const offer = offerFor(state, targetId);
      if (offer) return store.acceptOffer(offer.offered.offer.conversationId);
    },
  },
  {
    id: 'decline-offer',
    label: 'actions.declineOffer',
    shortcut: { code: 'KeyN', alt: true, shift: true, label: 'Alt+Shift+N' },
    isAvailable: ({ state, targetId }) =>
      online(state) && state.deciding === null && !!offerFor(state, targetId),
    run: ({ state, store, targetId }) => {
      const offer = offerFor(state, targetId);
      if (offer) return store.declineOffer(offer.offered.offer.conversationId);
    },
  },
  {
    id: 'resolve',
    label: 'actions.resolve',
    shortcut: { code: 'KeyE', alt: true, shift: true, label: 'Alt+Shift+E' },
    isAvailable: ({ state, targetId }) => {
      const c = targetId ? state.mine.find((m) => m.id === targetId) : active(state);
      // The handling agent ends a chat; a guest leaves instead (supervisors may end any).
      const may = c?.assignedAgentId === state.agent.id || isSupervisorRole(state.agent);
      return online(state) && !!c && !isEnded(c) && may;
    },
    run: ({ state, store, targetId }) => {
      const id = targetId ?? state.activeId;
      if (id) return store.resolve(id);
    },
  },
  {
    id: 'focus-composer',
    label: 'actions.focusComposer',
    shortcut: { code: 'KeyR', alt: true, shift: true, label: 'Alt+Shift+R' },
    isAvailable: ({ state }) => {
      const c = active(state);
      return !!c && !isEnded(c);
    },
    run: ({ focus }) => focus('composer'),
  },
  {
    id: 'focus-queue',
    label: 'actions.focusQueue',
    shortcut: { code: 'KeyQ', alt: true, shift: true, label: 'Alt+Shift+Q' },
    isAvailable: () => true,
    run: ({ focus }) => focus('queue'),
  },
  {
    id: 'next-conversation',
    label: 'actions.nextConversation',
    shortcut: { code: 'ArrowDown', alt: true, shift: true, label: 'Alt+Shift+ArrowDown' },
    isAvailable: ({ state }) => state.mine.length > 1,
    run: (ctx) => step(ctx, 1),
  },
  {
    id: 'previous-conversation',
    label: 'actions.previousConversation',
    shortcut: { code: 'ArrowUp', alt: true, shift: true, label: 'Alt+Shift+ArrowUp' },
    isAvailable: ({ state }) => state.mine.length > 1,
    run: (ctx) => step(ctx, -1),
  },
  {
    id: 'close-ended',
    label: 'actions.closeEnded',
    shortcut: { code: 'KeyW', alt: true, shift: true, label: 'Alt+Shift+W' },
    isAvailable: ({ state }) => isEnded(active(state)),
    run: ({ state, store }) => {
      if (state.activeId) store.closeEnded(state.activeId);
    },
  },
  {
    id: 'supervision',
    label: 'actions.supervision',
    shortcut: { code: 'KeyS', alt: true, shift: true, label: 'Alt+Shift+S' },
    isAvailable: ({ state }) => isSupervisorRole(state.agent),
    run: ({ state, store }) => store.setView(state.view === 'supervision' ? 'conversations' : 'supervision'),
  },
  {
    id: 'sign-out',
    label: 'actions.signOut',
    shortcut: null,
    isAvailable: () => true,
    run: ({ store }) => store.signOut(),
  },
];

export function getAction(id: ActionId): AgentAction {
  const action = ACTIONS.find((a) => a.id === id);
  if (!action) throw new Error(`Unknown action ${id}`);
  return action;
}

type KeyLike = Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>;

export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  return (
    event.code === shortcut.code &&
    event.altKey === !!shortcut.alt &&
    event.shiftKey === !!shortcut.shift &&
    event.ctrlKey === !!shortcut.ctrl &&
    !event.metaKey
  );
}

/** The action a key press triggers, if any is bound and available now. */
export function actionForKey(event: KeyLike, ctx: ActionContext): AgentAction | null {
  for (const action of ACTIONS) {
    if (action.shortcut && matchesShortcut(event, action.shortcut) && action.isAvailable(ctx)) return action;
  }
  return null;
}
