import { describe, expect, it } from 'vitest';
import {
  allowedCaseActions,
  CASE_ACTIONS,
  CASE_STATUSES,
  CASE_TYPES,
  type CaseAction,
  type CaseLifecycle,
  type CaseStatus,
  caseStatusesFor,
  initialCaseStatus,
  isPendingCaseStatus,
  lifecycleOf,
  nextCaseStatus,
} from './case-status.ts';

type Table = Partial<Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>>>;

/** Every allowed transition, per lifecycle; everything not listed must be refused. */
const allowed: Record<CaseLifecycle, Table> = {
  dispute: {
    open: {
      acknowledge: 'acknowledged',
      resolve_credit: 'resolved_credit',
      resolve_no_error: 'resolved_no_error',
      withdraw: 'withdrawn',
    },
    acknowledged: {
      investigate: 'investigating',
      resolve_credit: 'resolved_credit',
      resolve_no_error: 'resolved_no_error',
      withdraw: 'withdrawn',
    },
    investigating: {
      resolve_credit: 'resolved_credit',
      resolve_no_error: 'resolved_no_error',
      withdraw: 'withdrawn',
    },
    resolved_credit: { close: 'closed' },
    resolved_no_error: { close: 'closed' },
    withdrawn: { close: 'closed' },
    closed: {},
  },
  complaint: {
    received: {
      send_first_response: 'first_response',
      send_final_response: 'final_response',
      withdraw: 'withdrawn',
    },
    first_response: { send_final_response: 'final_response', withdraw: 'withdrawn' },
    final_response: { close: 'closed' },
    withdrawn: { close: 'closed' },
    closed: {},
  },
  service: {
    open: { start: 'in_progress', complete: 'completed', decline: 'declined', withdraw: 'withdrawn' },
    in_progress: { complete: 'completed', decline: 'declined', withdraw: 'withdrawn' },
    completed: { close: 'closed' },
    declined: { close: 'closed' },
    withdrawn: { close: 'closed' },
    closed: {},
  },
};

describe.each(CASE_TYPES)('%s case status machine', (type) => {
  const table = allowed[lifecycleOf(type)];
  for (const status of CASE_STATUSES) {
    for (const action of CASE_ACTIONS) {
      const expected = table[status]?.[action] ?? null;
      it(`${status} --${action}--> ${expected ?? 'refused'}`, () => {
        expect(nextCaseStatus(type, status, action)).toBe(expected);
      });
    }
  }

  it('starts in a status of its own lifecycle, and every status in the lifecycle is reachable from it', () => {
    const start = initialCaseStatus(type);
    const seen = new Set<CaseStatus>([start]);
    const frontier = [start];
    while (frontier.length > 0) {
      const s = frontier.pop()!;
      for (const a of CASE_ACTIONS) {
        const n = nextCaseStatus(type, s, a);
        if (n && !seen.has(n)) {
          seen.add(n);
          frontier.push(n);
        }
      }
    }
    expect([...seen].sort()).toEqual([...caseStatusesFor(type)].sort());
    expect(Object.keys(table).sort()).toEqual([...caseStatusesFor(type)].sort());
  });

  it('never leaves closed, and every path ends there', () => {
    expect(allowedCaseActions(type, 'closed')).toEqual([]);
    for (const status of caseStatusesFor(type)) {
      if (status !== 'closed') expect(allowedCaseActions(type, status).length).toBeGreaterThan(0);
    }
  });

  it('lets the customer withdraw while the matter is pending, and not after an outcome', () => {
    for (const status of caseStatusesFor(type)) {
      const canWithdraw = nextCaseStatus(type, status, 'withdraw') !== null;
      expect(canWithdraw, status).toBe(isPendingCaseStatus(type, status));
    }
  });
});

describe('case types', () => {
  it.each([
    ['dispute', 'open'],
    ['complaint', 'received'],
    ['card_replacement', 'open'],
    ['fee_credit', 'open'],
    ['account_change', 'open'],
    ['general', 'open'],
  ] as const)('a new %s case starts %s', (type, status) => {
    expect(initialCaseStatus(type)).toBe(status);
  });

  it('a dispute resolved within 30 days needs no acknowledgement step', () => {
    expect(nextCaseStatus('dispute', 'open', 'resolve_credit')).toBe('resolved_credit');
  });

  it('a complaint cannot be closed before its final response', () => {
    expect(nextCaseStatus('complaint', 'received', 'close')).toBeNull();
    expect(nextCaseStatus('complaint', 'first_response', 'close')).toBeNull();
  });

  it('a dispute cannot be closed without an outcome', () => {
    for (const s of ['open', 'acknowledged', 'investigating'] as const) {
      expect(nextCaseStatus('dispute', s, 'close')).toBeNull();
    }
  });

  it('the console offers only the allowed actions', () => {
    expect(allowedCaseActions('dispute', 'acknowledged')).toEqual([
      'investigate',
      'resolve_credit',
      'resolve_no_error',
      'withdraw',
    ]);
    expect(allowedCaseActions('fee_credit', 'open')).toEqual(['start', 'complete', 'decline', 'withdraw']);
  });
});
