import { type AgentClient, ClearlineError, type ClientErrorCode } from '@clearline/client';
import type {
  CaseActionRequest,
  CaseDetail,
  CaseSummary,
  ComplaintIntakeRequest,
  DisputeIntakeRequest,
} from '@clearline/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface CasesNotice {
  key: string;
  values?: Record<string, string>;
}

export interface CasesState {
  list: readonly CaseSummary[] | null;
  detail: CaseDetail | null;
  selected: string | null;
  loading: boolean;
  /** An action or intake in progress (its buttons are disabled). */
  busy: boolean;
  error: ClientErrorCode | null;
  /** The last outcome, announced politely. */
  notice: CasesNotice | null;
}

export interface Cases extends CasesState {
  refresh: () => Promise<void>;
  select: (reference: string | null) => void;
  act: (reference: string, body: CaseActionRequest, notice: CasesNotice) => Promise<boolean>;
  openDispute: (body: Omit<DisputeIntakeRequest, 'conversationId'>) => Promise<CaseDetail | null>;
  logComplaint: (body: Omit<ComplaintIntakeRequest, 'conversationId'>) => Promise<CaseDetail | null>;
  dismissError: () => void;
}

const codeOf = (err: unknown): ClientErrorCode => (err instanceof ClearlineError ? err.code : 'INTERNAL');

/** A fresh idempotency key: a form submitted twice (double click, retry) opens one case. */
export function idempotencyKey(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID().replace(/-/g, '');
  return `k${Date.now().toString(36)}${Math.random().toString(36).slice(2, 14)}`;
}

/**
 * The cases of the active conversation's card account, and the selected case's detail, over the
 * agent REST routes. Answers that arrive after the agent moved to another conversation are dropped.
 */
export function useCases(client: AgentClient, conversationId: string, cardAccountId: string): Cases {
  const [state, setState] = useState<CasesState>({
    list: null,
    detail: null,
    selected: null,
    loading: false,
    busy: false,
    error: null,
    notice: null,
  });
  const scope = `${conversationId}|${cardAccountId}`;
  const current = useRef(scope);
  current.current = scope;
  const selectedRef = useRef<string | null>(null);
  selectedRef.current = state.selected;
  const patch = useCallback((s: string, p: Partial<CasesState>) => {
    if (current.current === s) setState((prev) => ({ ...prev, ...p }));
  }, []);

  /** Reloads the list and the case shown (in place: the focus stays where it is). */
  const refresh = useCallback(async () => {
    const s = scope;
    const selected = selectedRef.current;
    patch(s, { loading: true, error: null });
    try {
      const [list, detail] = await Promise.all([
        client.cases(cardAccountId),
        selected ? client.caseDetail(selected) : Promise.resolve(null),
      ]);
      patch(s, detail ? { list, detail } : { list });
    } catch (err) {
      patch(s, { error: codeOf(err) });
    } finally {
      patch(s, { loading: false });
    }
  }, [client, cardAccountId, scope, patch]);

  useEffect(() => {
    setState({
      list: null,
      detail: null,
      selected: null,
      loading: false,
      busy: false,
      error: null,
      notice: null,
    });
    selectedRef.current = null;
    void refresh();
  }, [refresh]);

  const loadDetail = useCallback(
    async (reference: string) => {
      const s = scope;
      try {
        const detail = await client.caseDetail(reference);
        patch(s, { detail });
      } catch (err) {
        patch(s, { error: codeOf(err), detail: null });
      }
    },
    [client, scope, patch],
  );

  const select = useCallback(
    (reference: string | null) => {
      patch(scope, { selected: reference, detail: null, error: null, notice: null });
      if (reference) void loadDetail(reference);
    },
    [scope, patch, loadDetail],
  );

  const act = useCallback(
    async (reference: string, body: CaseActionRequest, notice: CasesNotice) => {
      const s = scope;
      patch(s, { busy: true, error: null, notice: null });
      try {
        const detail = await client.caseAction(reference, body);
        patch(s, { detail, notice });
        void client.cases(cardAccountId).then(
          (list) => patch(s, { list }),
          () => undefined,
        );
        return true;
      } catch (err) {
        patch(s, { error: codeOf(err) });
        return false;
      } finally {
        patch(s, { busy: false });
      }
    },
    [client, cardAccountId, scope, patch],
  );

  const intake = useCallback(
    async (run: () => Promise<{ case: CaseDetail; created: boolean }>, kind: 'dispute' | 'complaint') => {
      const s = scope;
      patch(s, { busy: true, error: null, notice: null });
      try {
        const result = await run();
        const reference = result.case.reference;
        patch(s, {
          detail: result.case,
          selected: reference,
          notice: {
            key: result.created ? `cases.notice.${kind}Opened` : `cases.notice.${kind}Existing`,
            values: { reference },
          },
        });
        void client.cases(cardAccountId).then(
          (list) => patch(s, { list }),
          () => undefined,
        );
        return result.case;
      } catch (err) {
        patch(s, { error: codeOf(err) });
        return null;
      } finally {
        patch(s, { busy: false });
      }
    },
    [client, cardAccountId, scope, patch],
  );

  const openDispute = useCallback(
    (body: Omit<DisputeIntakeRequest, 'conversationId'>) =>
      intake(() => client.openDispute({ ...body, conversationId }), 'dispute'),
    [client, conversationId, intake],
  );
  const logComplaint = useCallback(
    (body: Omit<ComplaintIntakeRequest, 'conversationId'>) =>
      intake(() => client.logComplaint({ ...body, conversationId }), 'complaint'),
    [client, conversationId, intake],
  );

  return {
    ...state,
    refresh,
    select,
    act,
    openDispute,
    logComplaint,
    dismissError: () => patch(scope, { error: null }),
  };
}
