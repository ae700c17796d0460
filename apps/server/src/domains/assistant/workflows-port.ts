/*
 * The assistant's door to the account workflows: the same workflows service the agent console calls,
 * the amount due with pending disputes left out (the cases service), and step-up requests the
 * customer approves in their signed-in site or app (requested by the assistant).
 */
import type { CaseService } from '../cases/index.ts';
import type { StepUpService } from '../security/index.ts';
import type { WorkflowService } from '../workflows/index.ts';
import type { AssistantWorkflows } from './dialog/types.ts';

export function workflowsForAssistant(
  workflows: WorkflowService,
  cases: CaseService,
  stepUp: StepUpService,
): AssistantWorkflows {
  return {
    run: (workflow, ctx, input) => workflows.run(workflow, ctx, input),
    amountDue: (cardAccountId) => cases.disputes.amountDueExcludingDisputes(cardAccountId),
    stepUp: {
      async require(input) {
        const challenge = await stepUp.require({
          cardmemberId: input.cardmemberId,
          conversationId: input.conversationId,
          cardAccountId: input.cardAccountId,
          action: input.action,
          method: 'approve',
          requestedBy: { kind: 'assistant' },
        });
        return { id: challenge.id };
      },
      async status(challengeId) {
        return (await stepUp.get(challengeId))?.status ?? null;
      },
    },
  };
}
