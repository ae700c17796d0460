import { CONVERSATION_STATUSES, type ConversationStatus } from '@clearline/protocol';
import { describe, expect, it } from 'vitest';
import {
  CONVERSATION_ACTIONS,
  type ConversationAction,
  nextConversationStatus,
} from './conversation-status.ts';

const allowed: Record<ConversationStatus, Partial<Record<ConversationAction, ConversationStatus>>> = {
  assistant: { handoff: 'queued', resolve: 'resolved', abandon: 'abandoned' },
  queued: { accept: 'assigned', abandon: 'abandoned', return_to_assistant: 'assistant', transfer: 'queued' },
  assigned: { hold: 'on_hold', transfer: 'queued', resolve: 'resolved', abandon: 'resolved' },
  on_hold: { resume: 'assigned', transfer: 'queued', resolve: 'resolved', abandon: 'resolved' },
  resolved: {},
  abandoned: {},
};

describe('conversation status machine', () => {
  for (const status of CONVERSATION_STATUSES) {
    for (const action of CONVERSATION_ACTIONS) {
      const expected = allowed[status][action] ?? null;
      it(`${status} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextConversationStatus(status, action)).toBe(expected);
      });
    }
  }

  it('never leaves a terminal status', () => {
    for (const action of CONVERSATION_ACTIONS) {
      expect(nextConversationStatus('resolved', action)).toBeNull();
      expect(nextConversationStatus('abandoned', action)).toBeNull();
    }
  });
});
