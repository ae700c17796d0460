import {
  type AccountOverview,
  type AgentClient,
  ClearlineError,
  type ClientErrorCode,
  type WorkflowResult,
} from '@clearline/client';
import type {
  StepUpAction,
  StepUpChallenge,
  StepUpMethod,
  WorkflowBody,
  WorkflowName,
} from '@clearline/protocol';
import { useCallback, useEffect, useRef, useState } from 'react';
import { idempotencyKey } from '../cases/use-cases.ts';

/** Which contact field a step-up verifies (`update_contact_details` takes one challenge per field). */
export type ContactField = 'phone' | 'email' | 'address';

/** A change the server refused for want of a step-up: it runs again, once, when the customer verifies. */
export interface PendingStepUp {
  workflow: WorkflowName;
  body: Record<string, unknown>;
  action: StepUpAction;
  field: ContactField | null;
  challenge: StepUpChallenge | null;
  /** The retry after verification has been sent (it is sent once). */
  retried: boolean;
}

export interface AccountState {
  overview: AccountOverview | null;
  loading: boolean;
  /** The workflow being run (its buttons are disabled). */
  busy: WorkflowName | 'step_up' | null;
  error: ClientErrorCode | null;
  errorMessage: string | null;
  result: WorkflowResult | null;
  stepUp: PendingStepUp | null;
}

export interface RunOptions {
  /** The step-up this change needs when the server asks for one. */
  stepUpAction?: StepUpAction;
  field?: ContactField;
}

export interface Account extends AccountState {
  refresh: () => Promise<void>;
  run: <W extends WorkflowName>(workflow: W, body: WorkflowBody<W>, options?: RunOptions) => Promise<boolean>;
  requestStepUp: (method: StepUpMethod) => Promise<void>;
  cancelStepUp: () => void;
  dismissError: () => void;
}

const codeOf = (err: unknown): ClientErrorCode => (err instanceof ClearlineError ? err.code : 'INTERNAL');

function withChallenge(pending: PendingStepUp, challengeId: string): Record<string, unknown> {
  if (pending.field) {
    const ids = (pending.body.stepUpChallengeIds as Record<string, string> | undefined) ?? {};
    return { ...pending.body, stepUpChallengeIds: { ...ids, [pending.field]: challengeId } };
  }
  return { ...pending.body, stepUpChallengeId: challengeId };
}

/**
 * The conversation's card account for the agent: the overview, and the workflows run on it. A change
 * the server refuses with STEP_UP_REQUIRED waits for the customer's verification (requested from
 * here) and is then sent once more with the verified challenge.
 */
export function useAccount(client: AgentClient, conversationId: string): Account {
  const [state, setState] = useState<AccountState>({
    overview: null,
    loading: false,
    busy: null,
    error: null,
    errorMessage: null,
    result: null,
    stepUp: null,
  });
  const live = useRef(true);
  const stepUpRef = useRef<PendingStepUp | null>(null);
  stepUpRef.current = state.stepUp;
  const patch = useCallback((p: Partial<AccountState>) => {
    if (live.current) setState((prev) => ({ ...prev, ...p }));
  }, []);
  const fail = useCallback(
    (err: unknown) => patch({ error: codeOf(err), errorMessage: err instanceof Error ? err.message : null }),
    [patch],
  );

  useEffect(() => {
    live.current = true;
    return () => {
      live.current = false;
    };
  }, []);

  const refresh = useCallback(async () => {
    patch({ loading: true });
    try {
      patch({ overview: await client.accountOverview(conversationId) });
    } catch (err) {
      fail(err);
    } finally {
      patch({ loading: false });
    }
  }, [client, conversationId, patch, fail]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const send = useCallback(
    async (workflow: WorkflowName, body: Record<string, unknown>, options: RunOptions = {}) => {
      patch({ busy: workflow, error: null, errorMessage: null, result: null });
      try {
        const result = await client.runWorkflow(conversationId, workflow, {
          ...body,
          idempotencyKey: idempotencyKey(),
        } as never);
        patch({ result, stepUp: null });
        void refresh();
        return true;
      } catch (err) {
        if (codeOf(err) === 'STEP_UP_REQUIRED' && options.stepUpAction) {
          patch({
            stepUp: {
              workflow,
              body,
              action: options.stepUpAction,
              field: options.field ?? null,
              challenge: null,
              retried: false,
            },
          });
        } else {
          fail(err);
        }
        return false;
      } finally {
        patch({ busy: null });
      }
    },
    [client, conversationId, patch, fail, refresh],
  );

  // The customer's answer arrives as `stepup.updated`: verified → the change is sent again, once.
  useEffect(
    () =>
      client.on('stepUp', (challenge) => {
        const pending = stepUpRef.current;
        if (!pending?.challenge || pending.challenge.id !== challenge.id) return;
        if (challenge.status === 'verified' && !pending.retried) {
          const next = { ...pending, challenge, retried: true };
          stepUpRef.current = next;
          patch({ stepUp: next });
          void send(pending.workflow, withChallenge(pending, challenge.id)).then((ok) => {
            if (!ok) patch({ stepUp: null });
          });
        } else {
          patch({ stepUp: { ...pending, challenge } });
        }
      }),
    [client, patch, send],
  );

  const requestStepUp = useCallback(
    async (method: StepUpMethod) => {
      const pending = stepUpRef.current;
      if (!pending) return;
      patch({ busy: 'step_up', error: null, errorMessage: null });
      try {
        const challenge = await client.requestStepUp({ conversationId, action: pending.action, method });
        const next = { ...pending, challenge, retried: false };
        stepUpRef.current = next;
        patch({ stepUp: next });
      } catch (err) {
        fail(err);
      } finally {
        patch({ busy: null });
      }
    },
    [client, conversationId, patch, fail],
  );

  return {
    ...state,
    refresh,
    run: (workflow, body, options) => send(workflow, body as Record<string, unknown>, options),
    requestStepUp,
    cancelStepUp: () => patch({ stepUp: null }),
    dismissError: () => patch({ error: null, errorMessage: null }),
  };
}
