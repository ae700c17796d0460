import { createHash, randomUUID } from 'node:crypto';
import {
  type AccountOverview,
  RECENT_CHARGES_DAYS,
  RECENT_CHARGES_MAX,
  type StepUpAction,
  type WorkflowInput,
  type WorkflowName,
  ZAccountOverview,
} from '@clearline/protocol';
import { and, eq, lt } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db, Tx } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import { newReference as defaultNewReference } from '../../platform/reference.ts';
import type { CardAccount, IssuerCore, PostalAddress, Statement, Transaction } from '../accounts/index.ts';
import {
  addDays,
  type CreditLimitResult,
  type CreditLimitRules,
  DEFAULT_CREDIT_LIMIT_RULES,
  DEFAULT_GOODWILL_POLICY,
  decideCreditLimitIncrease,
  decideGoodwill,
  EASTERN_5PM_CUTOFF,
  explainGoodwillRule,
  type GoodwillPolicy,
  type GoodwillRule,
  issuerDateOf,
  planDueDateChange,
  type StatementPayment,
} from '../cases/index.ts';
import type { AuditEntryInput } from '../security/index.ts';
import type { CaseActor, OpenCaseInput, OpenedCase, WorkflowCases } from './ports.ts';
import { workflowRequests } from './workflows.tables.ts';
import { type Lang, TEXTS } from './workflows.texts.ts';

/*
 * Cardmember workflows (issue 6 §3-§5) as one service behind two front doors: the assistant's flows
 * and the agent console. Every method takes the conversation's cardmember and card account (never ids
 * from a request body), checks ownership with the issuer core, and returns plain data: cents,
 * YYYY-MM-DD dates, a reference, what to tell the customer and what happens next.
 *
 * A change runs in three steps:
 *   1. claim — one transaction inserts the idempotency record (primary key: cardmember, workflow,
 *      key) and spends the step-up challenges the change needs. A second request with the same key
 *      (even at the same moment, on another node) finds the record and waits for the first result;
 *      a challenge is spent once, and never by a repeat.
 *   2. act — the issuer core makes the change with a request id derived from the key, so that the
 *      core, a separate system, also makes it once.
 *   3. record — one transaction opens the case (through the WorkflowCases port), appends the audit
 *      entry and stores the result on the idempotency record.
 * When step 2 or 3 fails the claim is released so that the customer can try again (a spent
 * challenge stays spent).
 */

export interface WorkflowContext {
  cardmemberId: string;
  cardAccountId: string;
  conversationId?: string | null;
  actor: CaseActor;
  language: Lang;
  idempotencyKey?: string;
}

export type WorkflowOutcome = 'completed' | 'scheduled' | 'sent_to_agent' | 'answered';

export interface WorkflowResult<D = Record<string, unknown>> {
  workflow: WorkflowName;
  outcome: WorkflowOutcome;
  /** The reference to give the customer: the case's when one was opened. */
  reference: string;
  case: OpenedCase | null;
  /** What to tell the customer, in the conversation's language. */
  message: string;
  nextSteps: string[];
  data: D;
  /** True when an earlier request with the same idempotency key did this (and nothing was done again). */
  replayed: boolean;
}

export interface WorkflowDeps {
  db: Db;
  clock: Clock;
  core: IssuerCore;
  stepUp: {
    consume(
      input: { challengeId: string; cardmemberId: string; action: StepUpAction },
      tx?: Tx,
    ): Promise<void>;
  };
  audit: (entry: AuditEntryInput, tx?: Tx) => Promise<unknown>;
  cases: WorkflowCases;
  newReference?: () => string;
  goodwillPolicy?: GoodwillPolicy;
  creditLimitRules?: CreditLimitRules;
  /** How a repeat waits for the first request with its key (tests shorten it). */
  wait?: { pollMs: number; timeoutMs: number; staleMs: number };
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,64}$/;
const LATE_FEE = /late/i;
const RETURNED_PAYMENT = /returned payment/i;

function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toUpperCase();
  return (
    norm(a.line1) === norm(b.line1) &&
    norm(a.line2) === norm(b.line2) &&
    norm(a.city) === norm(b.city) &&
    norm(a.state) === norm(b.state) &&
    norm(a.zip).slice(0, 5) === norm(b.zip).slice(0, 5)
  );
}

function percent(bps: number, digits = 2): string {
  return `${(bps / 100).toFixed(digits)}%`;
}

/** The payment outcome of each statement whose due date has passed, most recent first. */
export function statementPayments(
  statements: readonly Statement[],
  transactions: readonly Transaction[],
  today: string,
): StatementPayment[] {
  return statements
    .filter((s) => s.dueDate < today)
    .map((s) => {
      if (s.minimumDueCents <= 0) return 'nothing_due';
      const paid = transactions
        .filter(
          (t) =>
            t.kind === 'payment' &&
            t.postedOn !== null &&
            t.postedOn > s.closingDate &&
            t.postedOn <= s.dueDate,
        )
        .reduce((sum, t) => sum - t.amountCents, 0);
      return paid >= s.minimumDueCents ? 'on_time' : 'late';
    });
}

export function createWorkflowService(deps: WorkflowDeps) {
  const { db, clock, core, stepUp, cases } = deps;
  const newReference = deps.newReference ?? defaultNewReference;
  const goodwillPolicy = deps.goodwillPolicy ?? DEFAULT_GOODWILL_POLICY;
  const creditRules = deps.creditLimitRules ?? DEFAULT_CREDIT_LIMIT_RULES;
  const wait = deps.wait ?? { pollMs: 25, timeoutMs: 15_000, staleMs: 120_000 };
  const today = () => issuerDateOf(clock.now());

  /* ---------- access, audit, cases ---------- */

  async function authorize(ctx: WorkflowContext): Promise<CardAccount> {
    if (!(await core.ownsCardAccount(ctx.cardmemberId, ctx.cardAccountId)))
      throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
    const account = await core.getCardAccount(ctx.cardAccountId);
    if (!account) throw new AppError('CARD_ACCOUNT_NOT_ALLOWED');
    return account;
  }

  function auditActor(ctx: WorkflowContext): AuditEntryInput['actor'] {
    const fallback: Record<CaseActor['kind'], string> = {
      customer: ctx.cardmemberId,
      assistant: 'assistant',
      agent: 'unknown-agent',
      supervisor: 'unknown-supervisor',
      system: 'workflows',
    };
    return { kind: ctx.actor.kind, id: ctx.actor.id ?? fallback[ctx.actor.kind] };
  }

  async function audit(
    tx: Tx,
    ctx: WorkflowContext,
    entry: { action: string; subject: { type: string; id: string }; before?: unknown; after?: unknown },
  ): Promise<void> {
    await deps.audit(
      {
        actor: auditActor(ctx),
        cardAccountId: ctx.cardAccountId,
        conversationId: ctx.conversationId ?? null,
        ...entry,
      },
      tx,
    );
  }

  function openCase(
    tx: Tx,
    ctx: WorkflowContext,
    workflow: WorkflowName,
    input: Pick<OpenCaseInput, 'type' | 'title' | 'details' | 'status'>,
  ): Promise<OpenedCase> {
    return cases.open(
      {
        ...input,
        cardmemberId: ctx.cardmemberId,
        cardAccountId: ctx.cardAccountId,
        conversationId: ctx.conversationId ?? null,
        actor: ctx.actor,
        language: ctx.language,
        ...(ctx.idempotencyKey ? { idempotencyKey: `${workflow}:${ctx.idempotencyKey}` } : {}),
      },
      tx,
    );
  }

  /* ---------- the claim → act → record runner ---------- */

  type Body<D> = Omit<WorkflowResult<D>, 'workflow' | 'replayed'>;
  interface Spec<A, D> {
    stepUps?: Array<{ action: StepUpAction; challengeId: string | undefined }>;
    act: (requestId: string) => Promise<A>;
    record: (tx: Tx, acted: A) => Promise<Body<D>>;
  }

  const requestKey = (ctx: WorkflowContext, workflow: WorkflowName) =>
    and(
      eq(workflowRequests.cardmemberId, ctx.cardmemberId),
      eq(workflowRequests.workflow, workflow),
      eq(workflowRequests.idempotencyKey, ctx.idempotencyKey ?? ''),
    );

  async function release(ctx: WorkflowContext, workflow: WorkflowName): Promise<void> {
    if (!ctx.idempotencyKey) return;
    await db
      .delete(workflowRequests)
      .where(and(requestKey(ctx, workflow), eq(workflowRequests.status, 'started')));
  }

  function replay<D>(row: typeof workflowRequests.$inferSelect): WorkflowResult<D> {
    return { ...(row.result as WorkflowResult<D>), replayed: true };
  }

  /** A repeat: the first request's result once it is there. */
  async function awaitFirst<A, D>(
    workflow: WorkflowName,
    ctx: WorkflowContext,
    spec: Spec<A, D>,
    attempt: number,
  ): Promise<WorkflowResult<D>> {
    const deadline = Date.now() + wait.timeoutMs;
    for (;;) {
      const [row] = await db.select().from(workflowRequests).where(requestKey(ctx, workflow));
      if (row?.status === 'completed') return replay(row);
      if (!row) {
        // The first request failed and let go: this one tries (once).
        if (attempt > 0) throw new AppError('REQUEST_IN_PROGRESS');
        return execute(workflow, ctx, spec, attempt + 1);
      }
      if (clock.now().getTime() - row.createdAt.getTime() > wait.staleMs && attempt === 0) {
        // A request that died half-way (a crashed node): take over; the core's request id keeps it once.
        await db
          .delete(workflowRequests)
          .where(
            and(
              requestKey(ctx, workflow),
              eq(workflowRequests.status, 'started'),
              lt(workflowRequests.createdAt, new Date(clock.now().getTime() - wait.staleMs)),
            ),
          );
        return execute(workflow, ctx, spec, attempt + 1);
      }
      if (Date.now() > deadline) throw new AppError('REQUEST_IN_PROGRESS');
      await new Promise((resolve) => setTimeout(resolve, wait.pollMs));
    }
  }

  async function execute<A, D>(
    workflow: WorkflowName,
    ctx: WorkflowContext,
    spec: Spec<A, D>,
    attempt = 0,
  ): Promise<WorkflowResult<D>> {
    const key = ctx.idempotencyKey;
    if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
      throw new AppError('VALIDATION_FAILED', 'idempotencyKey: 8-64 letters, digits, - or _.');
    }
    if (key) {
      const [prior] = await db.select().from(workflowRequests).where(requestKey(ctx, workflow));
      if (prior && prior.cardAccountId !== ctx.cardAccountId) {
        throw new AppError('VALIDATION_FAILED', 'This idempotency key was used for another card account.');
      }
      if (prior?.status === 'completed') return replay(prior);
      if (prior) return awaitFirst(workflow, ctx, spec, attempt);
    }
    const stepUps = spec.stepUps ?? [];
    if (stepUps.some((s) => !s.challengeId)) throw new AppError('STEP_UP_REQUIRED');

    if (key || stepUps.length > 0) {
      const claimed = await db.transaction(async (tx) => {
        if (key) {
          const inserted = await tx
            .insert(workflowRequests)
            .values({
              cardmemberId: ctx.cardmemberId,
              workflow,
              idempotencyKey: key,
              cardAccountId: ctx.cardAccountId,
              status: 'started',
              createdAt: clock.now(),
            })
            .onConflictDoNothing()
            .returning({ key: workflowRequests.idempotencyKey });
          if (inserted.length === 0) return false;
        }
        for (const s of stepUps) {
          await stepUp.consume(
            { challengeId: s.challengeId!, cardmemberId: ctx.cardmemberId, action: s.action },
            tx,
          );
        }
        return true;
      });
      if (!claimed) return awaitFirst(workflow, ctx, spec, attempt);
    }

    const requestId = key
      ? `wf_${createHash('sha256').update(`${ctx.cardmemberId}\n${workflow}\n${key}`).digest('base64url')}`
      : `wf_${randomUUID()}`;
    try {
      const acted = await spec.act(requestId);
      return await db.transaction(async (tx) => {
        const body = await spec.record(tx, acted);
        const result: WorkflowResult<D> = { workflow, ...body, replayed: false };
        if (key) {
          await tx
            .update(workflowRequests)
            .set({ status: 'completed', result, completedAt: clock.now() })
            .where(requestKey(ctx, workflow));
        }
        return result;
      });
    } catch (err) {
      await release(ctx, workflow).catch(() => undefined);
      throw err;
    }
  }

  /* ---------- helpers over the core ---------- */

  async function cardOf(ctx: WorkflowContext, cardId: string) {
    const card = (await core.listCards(ctx.cardAccountId)).find((c) => c.id === cardId);
    if (!card) throw new AppError('NOT_FOUND', 'No such card on this account.');
    return card;
  }

  async function addressOnFile(ctx: WorkflowContext): Promise<PostalAddress> {
    const contact = await core.getContactDetails(ctx.cardmemberId);
    if (!contact) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
    return contact.address;
  }

  /** Needs a `reissue_new_address` step-up when the card ships anywhere but the address on file. */
  async function shippingStepUps(
    ctx: WorkflowContext,
    shipTo: PostalAddress | undefined,
    challengeId?: string,
  ) {
    if (!shipTo || sameAddress(shipTo, await addressOnFile(ctx))) return [];
    return [{ action: 'reissue_new_address' as const, challengeId }];
  }

  const lang = (ctx: WorkflowContext) => ctx.language;

  /* ---------- §3 card actions ---------- */

  async function setCardLock(ctx: WorkflowContext, input: WorkflowInput<'lock_card'>, locked: boolean) {
    await authorize(ctx);
    const workflow: WorkflowName = locked ? 'lock_card' : 'unlock_card';
    const before = await cardOf(ctx, input.cardId);
    return execute(workflow, ctx, {
      act: async () => {
        const after = await core.setCardLocked(ctx.cardAccountId, input.cardId, locked);
        if (!after) throw new AppError('NOT_FOUND', 'No such card on this account.');
        if (after.status !== 'locked' && after.status !== 'active') {
          throw new AppError(
            'WORKFLOW_REFUSED',
            `The card ending in ${after.last4} is ${after.status}; it cannot be ${locked ? 'locked' : 'unlocked'}.`,
          );
        }
        return after;
      },
      record: async (tx, after) => {
        const reference = newReference();
        await audit(tx, ctx, {
          action: locked ? 'card.locked' : 'card.unlocked',
          subject: { type: 'card', id: after.id },
          before: { status: before.status },
          after: { status: after.status, reference },
        });
        return {
          outcome: 'completed',
          reference,
          case: null,
          message: locked ? TEXTS.locked(after.last4, lang(ctx)) : TEXTS.unlocked(after.last4, lang(ctx)),
          nextSteps: locked ? TEXTS.lockNext(lang(ctx)) : [],
          data: { cardId: after.id, last4: after.last4, status: after.status },
        };
      },
    });
  }

  async function reportLostOrStolen(ctx: WorkflowContext, input: WorkflowInput<'report_lost_stolen'>) {
    await authorize(ctx);
    const card = await cardOf(ctx, input.cardId);
    return execute('report_lost_stolen', ctx, {
      stepUps: await shippingStepUps(ctx, input.shipTo, input.stepUpChallengeId),
      act: async (requestId) => {
        const order = await core.reportCardLostOrStolen({
          cardAccountId: ctx.cardAccountId,
          cardId: input.cardId,
          reason: input.reason,
          ...(input.shipTo ? { shipTo: input.shipTo } : {}),
          requestId,
        });
        if (!order) throw new AppError('NOT_FOUND', 'No such card on this account.');
        return order;
      },
      record: async (tx, order) => {
        const opened = await openCase(tx, ctx, 'report_lost_stolen', {
          type: 'card_replacement',
          title: `Card ending in ${card.last4} reported ${input.reason}; replacement ending in ${order.last4}`,
          details: {
            reason: input.reason,
            blockedCardId: card.id,
            blockedLast4: card.last4,
            replacementOrderId: order.id,
            replacementLast4: order.last4,
            newNumber: true,
            carrier: order.carrier,
            orderedOn: order.orderedOn,
            estimatedDeliveryOn: order.estimatedDeliveryOn,
            shipsToAddressOnFile: order.shipsToAddressOnFile,
          },
        });
        await audit(tx, ctx, {
          action: input.reason === 'lost' ? 'card.reported_lost' : 'card.reported_stolen',
          subject: { type: 'card', id: card.id },
          before: { status: card.status, last4: card.last4 },
          after: {
            status: 'blocked',
            replacementOrderId: order.id,
            replacementLast4: order.last4,
            shipsToAddressOnFile: order.shipsToAddressOnFile,
            reference: opened.reference,
          },
        });
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message: TEXTS.lostStolen(
            {
              oldLast4: card.last4,
              newLast4: order.last4,
              reason: input.reason,
              carrier: order.carrier,
              delivery: order.estimatedDeliveryOn,
            },
            lang(ctx),
          ),
          nextSteps: TEXTS.lostStolenNext(order.last4, lang(ctx)),
          data: {
            blockedCard: { id: card.id, last4: card.last4 },
            replacement: order,
            liability: {
              /** Regulation Z 1026.12(b): at most $50. */
              maxByLawCents: 5_000,
              /** The issuer's zero-liability promise. */
              underIssuerPolicyCents: 0,
              notice: TEXTS.liability(lang(ctx)),
            },
          },
        };
      },
    });
  }

  async function replaceDamagedCard(ctx: WorkflowContext, input: WorkflowInput<'replace_damaged_card'>) {
    await authorize(ctx);
    const card = await cardOf(ctx, input.cardId);
    return execute('replace_damaged_card', ctx, {
      stepUps: await shippingStepUps(ctx, input.shipTo, input.stepUpChallengeId),
      act: async (requestId) => {
        const order = await core.replaceDamagedCard({
          cardAccountId: ctx.cardAccountId,
          cardId: input.cardId,
          ...(input.shipTo ? { shipTo: input.shipTo } : {}),
          requestId,
        });
        if (!order) throw new AppError('NOT_FOUND', 'No such card on this account.');
        return order;
      },
      record: async (tx, order) => {
        const opened = await openCase(tx, ctx, 'replace_damaged_card', {
          type: 'card_replacement',
          title: `Damaged card ending in ${card.last4}: new plastic, same number`,
          details: {
            reason: 'damaged',
            cardId: card.id,
            last4: card.last4,
            replacementOrderId: order.id,
            newNumber: false,
            carrier: order.carrier,
            orderedOn: order.orderedOn,
            estimatedDeliveryOn: order.estimatedDeliveryOn,
            shipsToAddressOnFile: order.shipsToAddressOnFile,
          },
        });
        await audit(tx, ctx, {
          action: 'card.replacement_ordered',
          subject: { type: 'card', id: card.id },
          after: {
            reason: 'damaged',
            replacementOrderId: order.id,
            shipsToAddressOnFile: order.shipsToAddressOnFile,
            reference: opened.reference,
          },
        });
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message: TEXTS.damaged(
            { last4: order.last4, carrier: order.carrier, delivery: order.estimatedDeliveryOn },
            lang(ctx),
          ),
          nextSteps: TEXTS.damagedNext(lang(ctx)),
          data: { replacement: order },
        };
      },
    });
  }

  /* ---------- §4 payments and fees ---------- */

  async function makePayment(ctx: WorkflowContext, input: WorkflowInput<'make_payment'>) {
    await authorize(ctx);
    const bank = (await core.listBankAccounts(ctx.cardmemberId)).find((b) => b.id === input.bankAccountId);
    if (!bank) throw new AppError('NOT_FOUND', 'No such linked bank account.');
    const [statement] = await core.listStatements(ctx.cardAccountId);
    return execute('make_payment', ctx, {
      act: (requestId) =>
        core.makePayment({
          cardAccountId: ctx.cardAccountId,
          bankAccountId: bank.id,
          amountCents: input.amountCents,
          ...(input.paymentDate ? { paymentDate: input.paymentDate } : {}),
          requestId,
        }),
      record: async (tx, payment) => {
        const reference = newReference();
        const scheduled = payment.status === 'scheduled';
        const afterCutoff = !scheduled && payment.creditedOn > payment.paymentDate;
        // The latest statement's due date, when it is still ahead or today.
        const dueDate = statement && statement.dueDate >= payment.paymentDate ? statement.dueDate : null;
        const onTime = dueDate ? payment.creditedOn <= dueDate : null;
        await audit(tx, ctx, {
          action: scheduled ? 'payment.scheduled' : 'payment.made',
          subject: { type: 'payment', id: payment.id },
          after: {
            amountCents: payment.amountCents,
            bankAccountLast4: payment.bankAccountLast4,
            paymentDate: payment.paymentDate,
            creditedOn: payment.creditedOn,
            reference,
          },
        });
        return {
          outcome: scheduled ? 'scheduled' : 'completed',
          reference,
          case: null,
          message: TEXTS.payment(
            {
              amountCents: payment.amountCents,
              bank: payment.bankName,
              bankLast4: payment.bankAccountLast4,
              paymentDate: payment.paymentDate,
              creditedOn: payment.creditedOn,
              scheduled,
            },
            lang(ctx),
          ),
          nextSteps: TEXTS.paymentNext({ afterCutoff, onTime, dueDate }, lang(ctx)),
          data: {
            payment,
            cutoff: {
              hour: EASTERN_5PM_CUTOFF.hour,
              minute: EASTERN_5PM_CUTOFF.minute,
              zone: EASTERN_5PM_CUTOFF.zone,
            },
            madeAfterCutoff: afterCutoff,
            dueDate,
            countsByDueDate: onTime,
          },
        };
      },
    });
  }

  async function changeDueDate(ctx: WorkflowContext, input: WorkflowInput<'change_due_date'>) {
    const account = await authorize(ctx);
    const requestedOn = today();
    const planned = planDueDateChange({
      requestedOn,
      closingDay: account.closingDay,
      currentDueDay: account.dueDay,
      newDueDay: input.newDueDay,
    });
    if (!planned.ok) {
      if (planned.reason === 'same_due_day') {
        throw new AppError(
          'WORKFLOW_REFUSED',
          `The payment is already due on day ${account.dueDay} of each month.`,
        );
      }
      throw new AppError('VALIDATION_FAILED', 'The due day must be a day from 1 to 28.');
    }
    const { plan } = planned;
    return execute('change_due_date', ctx, {
      act: () =>
        core.changeDueDate({
          cardAccountId: ctx.cardAccountId,
          requestedOn,
          newDueDay: plan.newDueDay,
          transitionClosingDate: plan.transitionClosingDate,
          firstNewDueDate: plan.firstNewDueDate,
          noLateFeeThrough: plan.noLateFeeThrough,
        }),
      record: async (tx, change) => {
        const opened = await openCase(tx, ctx, 'change_due_date', {
          type: 'account_change',
          status: 'completed',
          title: `Due date moved from day ${account.dueDay} to day ${plan.newDueDay}`,
          details: { change: 'due_date', ...plan, previousDueDay: account.dueDay },
        });
        await audit(tx, ctx, {
          action: 'account.due_date_changed',
          subject: { type: 'card_account', id: ctx.cardAccountId },
          before: { dueDay: account.dueDay },
          after: {
            dueDay: change.newDueDay,
            firstNewDueDate: change.firstNewDueDate,
            noLateFeeThrough: change.noLateFeeThrough,
            reference: opened.reference,
          },
        });
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message: TEXTS.dueDate(plan, lang(ctx)),
          nextSteps: TEXTS.dueDateNext(plan.transitionClosingDate, lang(ctx)),
          data: { previousDueDay: account.dueDay, plan },
        };
      },
    });
  }

  async function requestFeeCredit(ctx: WorkflowContext, input: WorkflowInput<'request_fee_credit'>) {
    const account = await authorize(ctx);
    const [transactions, credits] = await Promise.all([
      core.listTransactions(ctx.cardAccountId),
      core.listFeeCredits(ctx.cardAccountId),
    ]);
    const credited = new Set(credits.map((c) => c.feeTransactionId));
    const lateFees = transactions.filter(
      (t) => t.kind === 'fee' && t.status === 'posted' && t.postedOn !== null && LATE_FEE.test(t.merchant),
    );
    const fee = input.feeTransactionId
      ? transactions.find((t) => t.id === input.feeTransactionId && t.kind === 'fee' && t.status === 'posted')
      : lateFees.find((t) => !credited.has(t.id));
    if (!fee) {
      throw input.feeTransactionId
        ? new AppError('NOT_FOUND', 'No such posted fee on this account.')
        : new AppError('WORKFLOW_REFUSED', 'There is no late fee to credit on this account.');
    }
    const decision = decideGoodwill(
      {
        fee: {
          id: fee.id,
          assessedOn: fee.postedOn ?? fee.transactedOn,
          amountCents: fee.amountCents,
          alreadyCredited: credited.has(fee.id),
        },
        account: {
          openedOn: account.openedOn,
          status: account.status,
          overLimit: account.currentBalanceCents > account.creditLimitCents,
        },
        history: {
          lateFees: lateFees.map((f) => ({ id: f.id, assessedOn: f.postedOn ?? f.transactedOn })),
          goodwillCredits: credits
            .filter((c) => c.reason === 'goodwill')
            .map((c) => ({ creditedOn: c.creditedOn })),
          returnedPayments: transactions
            .filter((t) => t.kind === 'fee' && RETURNED_PAYMENT.test(t.merchant))
            .map((t) => ({ returnedOn: t.postedOn ?? t.transactedOn })),
        },
      },
      goodwillPolicy,
    );
    const explain = (rules: GoodwillRule[], l: Lang) =>
      rules.map((r) => explainGoodwillRule(r, l, goodwillPolicy));
    return execute('request_fee_credit', ctx, {
      act: async () =>
        decision.outcome === 'credit_now'
          ? core.creditFee({ cardAccountId: ctx.cardAccountId, feeTransactionId: fee.id, reason: 'goodwill' })
          : null,
      record: async (tx, feeCredit) => {
        const creditNow = decision.outcome === 'credit_now';
        if (creditNow && !feeCredit) throw new AppError('NOT_FOUND', 'No such posted fee on this account.');
        const reasons = decision.outcome === 'refer_to_agent' ? decision.reasons : [];
        const opened = await openCase(tx, ctx, 'request_fee_credit', {
          type: 'fee_credit',
          ...(creditNow ? { status: 'completed' as const } : {}),
          title: creditNow
            ? `Late fee of ${(fee.amountCents / 100).toFixed(2)} USD credited (goodwill)`
            : `Late fee credit request for an agent: ${reasons.join(', ')}`,
          details: {
            feeTransactionId: fee.id,
            feeAmountCents: fee.amountCents,
            assessedOn: fee.postedOn,
            policyVersion: decision.policyVersion,
            checks: decision.checks,
            outcome: decision.outcome,
            ...(feeCredit ? { creditTransactionId: feeCredit.creditTransactionId } : {}),
            ...(reasons.length > 0 ? { reasons, explanation: explain(reasons, 'en') } : {}),
          },
        });
        await audit(tx, ctx, {
          action: creditNow ? 'fee.credited' : 'fee.credit_requested',
          subject: { type: 'transaction', id: fee.id },
          after: {
            amountCents: fee.amountCents,
            outcome: decision.outcome,
            policyVersion: decision.policyVersion,
            failedRules: reasons,
            reference: opened.reference,
          },
        });
        return {
          outcome: creditNow ? 'completed' : 'sent_to_agent',
          reference: opened.reference,
          case: opened,
          message: creditNow
            ? TEXTS.feeCredited(fee.amountCents, lang(ctx))
            : TEXTS.feeToAgent(fee.amountCents, lang(ctx)),
          nextSteps: creditNow ? [] : [...explain(reasons, lang(ctx)), ...TEXTS.feeToAgentNext(lang(ctx))],
          data: {
            feeTransactionId: fee.id,
            feeAmountCents: fee.amountCents,
            credited: creditNow,
            creditTransactionId: feeCredit?.creditTransactionId ?? null,
            policyVersion: decision.policyVersion,
            checks: decision.checks,
            reasons: reasons.map((rule) => ({
              rule,
              text: {
                en: explainGoodwillRule(rule, 'en', goodwillPolicy),
                es: explainGoodwillRule(rule, 'es', goodwillPolicy),
              },
            })),
          },
        };
      },
    });
  }

  /* ---------- §5 rewards, account changes, credit, travel ---------- */

  async function redeemPoints(ctx: WorkflowContext, input: WorkflowInput<'redeem_points'>) {
    await authorize(ctx);
    const rewards = await core.getRewards(ctx.cardAccountId);
    if (!rewards) throw new AppError('WORKFLOW_REFUSED', 'This account has no rewards programme.');
    return execute('redeem_points', ctx, {
      act: (requestId) =>
        core.redeemPoints({
          cardAccountId: ctx.cardAccountId,
          transactionIds: input.transactionIds,
          requestId,
        }),
      record: async (tx, redemption) => {
        const reference = newReference();
        await audit(tx, ctx, {
          action: 'rewards.points_redeemed',
          subject: { type: 'points_redemption', id: redemption.id },
          before: { pointsBalance: redemption.pointsBalanceAfter + redemption.points },
          after: {
            pointsBalance: redemption.pointsBalanceAfter,
            points: redemption.points,
            creditCents: redemption.creditCents,
            charges: redemption.credits.map((c) => c.chargeTransactionId),
            reference,
          },
        });
        return {
          outcome: 'completed',
          reference,
          case: null,
          message: TEXTS.redeemed(
            {
              points: redemption.points,
              creditCents: redemption.creditCents,
              after: redemption.pointsBalanceAfter,
            },
            lang(ctx),
          ),
          nextSteps: TEXTS.redeemedNext(lang(ctx)),
          data: { redemption, program: rewards.program },
        };
      },
    });
  }

  async function reportRedemptionProblem(
    ctx: WorkflowContext,
    input: WorkflowInput<'report_redemption_problem'>,
  ) {
    await authorize(ctx);
    return execute('report_redemption_problem', ctx, {
      act: async () => null,
      record: async (tx) => {
        const opened = await openCase(tx, ctx, 'report_redemption_problem', {
          type: 'general',
          title: 'Points redemption problem',
          details: {
            topic: 'redemption_problem',
            description: input.description,
            redemptionId: input.redemptionId ?? null,
          },
        });
        await audit(tx, ctx, {
          action: 'rewards.redemption_problem_reported',
          subject: { type: 'card_account', id: ctx.cardAccountId },
          after: { redemptionId: input.redemptionId ?? null, reference: opened.reference },
        });
        return {
          outcome: 'sent_to_agent',
          reference: opened.reference,
          case: opened,
          message: TEXTS.redemptionProblem(lang(ctx)),
          nextSteps: TEXTS.caseNext(lang(ctx)),
          data: {},
        };
      },
    });
  }

  async function addAuthorizedUser(ctx: WorkflowContext, input: WorkflowInput<'add_authorized_user'>) {
    await authorize(ctx);
    return execute('add_authorized_user', ctx, {
      stepUps: [{ action: 'authorized_users', challengeId: input.stepUpChallengeId }],
      act: (requestId) =>
        core.addAuthorizedUser({
          cardAccountId: ctx.cardAccountId,
          firstName: input.firstName,
          lastName: input.lastName,
          requestId,
        }),
      record: async (tx, user) => {
        const name = `${user.firstName} ${user.lastName}`;
        const opened = await openCase(tx, ctx, 'add_authorized_user', {
          type: 'account_change',
          status: 'completed',
          title: `Authorized user added: ${name}`,
          details: { change: 'authorized_user_added', authorizedUserId: user.id, cardLast4: user.cardLast4 },
        });
        await audit(tx, ctx, {
          action: 'authorized_user.added',
          subject: { type: 'authorized_user', id: user.id },
          after: { name, cardLast4: user.cardLast4, reference: opened.reference },
        });
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message: TEXTS.userAdded(name, user.cardLast4, lang(ctx)),
          nextSteps: TEXTS.userNext(lang(ctx)),
          data: { authorizedUser: user },
        };
      },
    });
  }

  async function removeAuthorizedUser(ctx: WorkflowContext, input: WorkflowInput<'remove_authorized_user'>) {
    await authorize(ctx);
    const user = (await core.listAuthorizedUsers(ctx.cardAccountId)).find(
      (u) => u.id === input.authorizedUserId,
    );
    if (!user) throw new AppError('NOT_FOUND', 'No such authorized user on this account.');
    return execute('remove_authorized_user', ctx, {
      stepUps: [{ action: 'authorized_users', challengeId: input.stepUpChallengeId }],
      act: async () => {
        const removed = await core.removeAuthorizedUser(ctx.cardAccountId, user.id);
        if (!removed) throw new AppError('NOT_FOUND', 'No such authorized user on this account.');
        return removed;
      },
      record: async (tx, removed) => {
        const name = `${removed.firstName} ${removed.lastName}`;
        const opened = await openCase(tx, ctx, 'remove_authorized_user', {
          type: 'account_change',
          status: 'completed',
          title: `Authorized user removed: ${name}`,
          details: {
            change: 'authorized_user_removed',
            authorizedUserId: removed.id,
            cardLast4: removed.cardLast4,
          },
        });
        await audit(tx, ctx, {
          action: 'authorized_user.removed',
          subject: { type: 'authorized_user', id: removed.id },
          before: { status: user.status },
          after: { status: removed.status, cardLast4: removed.cardLast4, reference: opened.reference },
        });
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message: TEXTS.userRemoved(name, lang(ctx)),
          nextSteps: [],
          data: { authorizedUser: removed },
        };
      },
    });
  }

  async function updateContactDetails(ctx: WorkflowContext, input: WorkflowInput<'update_contact_details'>) {
    await authorize(ctx);
    const before = await core.getContactDetails(ctx.cardmemberId);
    if (!before) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
    const fields = (['phone', 'email', 'address'] as const).filter((f) => input[f] !== undefined);
    if (fields.length === 0)
      throw new AppError('VALIDATION_FAILED', 'Change at least one of phone, email, address.');
    const actions = { phone: 'phone_change', email: 'email_change', address: 'address_change' } as const;
    return execute('update_contact_details', ctx, {
      stepUps: fields.map((f) => ({ action: actions[f], challengeId: input.stepUpChallengeIds?.[f] })),
      act: async () => {
        const after = await core.updateContactDetails(ctx.cardmemberId, {
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.email !== undefined ? { email: input.email } : {}),
          ...(input.address !== undefined ? { address: input.address } : {}),
        });
        if (!after) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
        return after;
      },
      record: async (tx, after) => {
        const opened = await openCase(tx, ctx, 'update_contact_details', {
          type: 'account_change',
          status: 'completed',
          title: `Contact details updated: ${fields.join(', ')}`,
          details: { change: 'contact_details', fields },
        });
        await audit(tx, ctx, {
          action: 'contact.updated',
          subject: { type: 'cardmember', id: ctx.cardmemberId },
          before: Object.fromEntries(fields.map((f) => [f, before[f]])),
          after: { ...Object.fromEntries(fields.map((f) => [f, after[f]])), reference: opened.reference },
        });
        const message = TEXTS.contactUpdated([...fields], lang(ctx));
        await cases.postSecureMessage(
          {
            cardmemberId: ctx.cardmemberId,
            cardAccountId: ctx.cardAccountId,
            caseId: opened.id,
            conversationId: ctx.conversationId ?? null,
            kind: 'notice',
            subject:
              ctx.language === 'es' ? 'Cambio en sus datos de contacto' : 'Your contact details changed',
            body: `${message} (${opened.reference})`,
            language: ctx.language,
          },
          tx,
        );
        return {
          outcome: 'completed',
          reference: opened.reference,
          case: opened,
          message,
          nextSteps: TEXTS.contactNext(lang(ctx)),
          data: { changed: fields, contact: after },
        };
      },
    });
  }

  async function updatePreferences(ctx: WorkflowContext, input: WorkflowInput<'update_preferences'>) {
    await authorize(ctx);
    const before = await core.getCommunicationPreferences(ctx.cardmemberId);
    if (!before) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
    return execute('update_preferences', ctx, {
      act: async () => {
        const after = await core.updateCommunicationPreferences(ctx.cardmemberId, {
          ...(input.paperlessStatements !== undefined
            ? { paperlessStatements: input.paperlessStatements }
            : {}),
          ...(input.paymentReminders ? { paymentReminders: input.paymentReminders } : {}),
          ...(input.marketingOptIn !== undefined ? { marketingOptIn: input.marketingOptIn } : {}),
        });
        if (!after) throw new AppError('NOT_FOUND', 'The issuer does not know this cardmember.');
        return after;
      },
      record: async (tx, after) => {
        const reference = newReference();
        await audit(tx, ctx, {
          action: 'preferences.updated',
          subject: { type: 'cardmember', id: ctx.cardmemberId },
          before,
          after: { ...after, reference },
        });
        return {
          outcome: 'completed',
          reference,
          case: null,
          message: TEXTS.preferencesUpdated(lang(ctx)),
          nextSteps: [],
          data: { preferences: after },
        };
      },
    });
  }

  /* ---------- reads: credit, APR, product changes, travel, the console's overview ---------- */

  async function creditLimitEligibility(
    ctx: WorkflowContext,
    input: WorkflowInput<'credit_limit_eligibility'> = {},
  ): Promise<CreditLimitResult & { explanation: { en: string; es: string } }> {
    const account = await authorize(ctx);
    const [statements, transactions] = await Promise.all([
      core.listStatements(ctx.cardAccountId),
      core.listTransactions(ctx.cardAccountId),
    ]);
    const asOf = today();
    const result = decideCreditLimitIncrease(
      {
        asOf,
        account: {
          openedOn: account.openedOn,
          status: account.status,
          creditLimitCents: account.creditLimitCents,
          currentBalanceCents: account.currentBalanceCents,
        },
        statements: statementPayments(statements, transactions, asOf),
        lastIncreaseOn: null,
        ...(input.requestedLimitCents !== undefined
          ? { requestedLimitCents: input.requestedLimitCents }
          : {}),
      },
      creditRules,
    );
    const explain = (l: Lang) =>
      [TEXTS.creditLimitIntro(result.decision, l), ...result.reasons.map((r) => r.text[l])].join(' ');
    return { ...result, explanation: { en: explain('en'), es: explain('es') } };
  }

  async function aprDisclosure(ctx: WorkflowContext) {
    const account = await authorize(ctx);
    const dailyBps = account.purchaseAprBps / 365;
    const apr = percent(account.purchaseAprBps);
    const daily = `${(dailyBps / 100).toFixed(5)}%`;
    return {
      productName: account.productName,
      purchaseAprBps: account.purchaseAprBps,
      purchaseApr: apr,
      dailyPeriodicRate: daily,
      variable: true,
      balanceMethod: 'average_daily_balance_including_new_purchases',
      /** Statements go out at least 21 days before the due date (Regulation Z 1026.5(b)(2)(ii)). */
      minimumGracePeriodDays: 21,
      text: { en: TEXTS.apr({ apr, daily }, 'en'), es: TEXTS.apr({ apr, daily }, 'es') },
    };
  }

  async function productChangeOptions(ctx: WorkflowContext) {
    const account = await authorize(ctx);
    return {
      current: {
        productName: account.productName,
        network: account.network,
        purchaseAprBps: account.purchaseAprBps,
      },
      options: await core.listProductChangeOptions(ctx.cardAccountId),
    };
  }

  async function travelItinerary(ctx: WorkflowContext, reference: string) {
    await authorize(ctx);
    const wanted = reference.trim().toUpperCase();
    const booking = (await core.listTravelBookings(ctx.cardmemberId)).find(
      (b) => b.reference.toUpperCase() === wanted,
    );
    if (!booking) throw new AppError('NOT_FOUND', 'No booking with that reference.');
    return booking;
  }

  async function accountOverview(ctx: WorkflowContext): Promise<AccountOverview> {
    const account = await authorize(ctx);
    const [
      cards,
      orders,
      banks,
      statements,
      transactions,
      payments,
      dueDateChange,
      rewards,
      users,
      contact,
      preferences,
    ] = await Promise.all([
      core.listCards(ctx.cardAccountId),
      core.listReplacementOrders(ctx.cardAccountId),
      core.listBankAccounts(ctx.cardmemberId),
      core.listStatements(ctx.cardAccountId),
      core.listTransactions(ctx.cardAccountId),
      core.listPayments(ctx.cardAccountId),
      core.getDueDateChange(ctx.cardAccountId),
      core.getRewards(ctx.cardAccountId),
      core.listAuthorizedUsers(ctx.cardAccountId),
      core.getContactDetails(ctx.cardmemberId),
      core.getCommunicationPreferences(ctx.cardmemberId),
    ]);
    const disputed = new Set(await cases.pendingDisputeTransactionIds(ctx.cardAccountId));
    const day = today();
    const [latest] = statements;
    let paymentsDue = null;
    if (latest) {
      const paid = transactions
        .filter((t) => t.kind === 'payment' && t.transactedOn > latest.closingDate && t.transactedOn <= day)
        .reduce((sum, t) => sum - t.amountCents, 0);
      paymentsDue = {
        statementClosingDate: latest.closingDate,
        dueDate: latest.dueDate,
        statementBalanceCents: latest.statementBalanceCents,
        minimumDueCents: latest.minimumDueCents,
        paidSinceStatementCents: paid,
        remainingMinimumCents: Math.max(0, latest.minimumDueCents - paid),
        remainingStatementBalanceCents: Math.max(0, latest.statementBalanceCents - paid),
        pastDue: day > latest.dueDate && paid < latest.minimumDueCents,
        cutoff: {
          hour: EASTERN_5PM_CUTOFF.hour,
          minute: EASTERN_5PM_CUTOFF.minute,
          zone: EASTERN_5PM_CUTOFF.zone,
        },
      };
    }
    // Posted purchases of the last 120 days, newest first, with the statement that first showed them.
    const since = addDays(day, -RECENT_CHARGES_DAYS);
    const closingOf = new Map(statements.map((s) => [s.id, s.closingDate]));
    const recentCharges = transactions
      .filter(
        (t): t is Transaction & { postedOn: string } =>
          t.kind === 'purchase' &&
          t.status === 'posted' &&
          t.postedOn !== null &&
          t.amountCents > 0 &&
          t.transactedOn >= since,
      )
      .sort(
        (a, b) =>
          b.transactedOn.localeCompare(a.transactedOn) ||
          b.postedOn.localeCompare(a.postedOn) ||
          b.id.localeCompare(a.id),
      )
      .slice(0, RECENT_CHARGES_MAX)
      .map((t) => {
        const closingDate = t.statementId ? closingOf.get(t.statementId) : undefined;
        return {
          id: t.id,
          transactedOn: t.transactedOn,
          postedOn: t.postedOn,
          merchant: t.merchant,
          amountCents: t.amountCents,
          cardLast4: t.cardLast4,
          statement: t.statementId && closingDate ? { id: t.statementId, closingDate } : null,
          disputePending: disputed.has(t.id),
        };
      });
    // The protocol's schema is the contract: it also leaves out what the core adds (owner ids).
    return ZAccountOverview.parse({
      asOf: day,
      account: {
        id: account.id,
        productName: account.productName,
        network: account.network,
        last4: account.last4,
        status: account.status,
        creditLimitCents: account.creditLimitCents,
        currentBalanceCents: account.currentBalanceCents,
        availableCreditCents: account.availableCreditCents,
        purchaseAprBps: account.purchaseAprBps,
        dueDay: account.dueDay,
        closingDay: account.closingDay,
      },
      cards: cards.map((c) => ({
        id: c.id,
        holderName: c.holderName,
        last4: c.last4,
        role: c.role,
        status: c.status,
        expires: c.expires,
      })),
      replacementOrders: orders,
      bankAccounts: banks.map((b) => ({
        id: b.id,
        bankName: b.bankName,
        accountType: b.accountType,
        last4: b.last4,
        isDefault: b.isDefault,
      })),
      paymentsDue,
      payments: payments.slice(0, 10),
      recentCharges,
      dueDateChange,
      rewards,
      authorizedUsers: users,
      contact: contact ? { email: contact.email, phone: contact.phone, address: contact.address } : null,
      preferences,
    });
  }

  /** One entry point for the front doors: a workflow by name with its validated body. */
  async function run(workflow: WorkflowName, ctx: WorkflowContext, input: unknown): Promise<unknown> {
    switch (workflow) {
      case 'lock_card':
        return setCardLock(ctx, input as WorkflowInput<'lock_card'>, true);
      case 'unlock_card':
        return setCardLock(ctx, input as WorkflowInput<'unlock_card'>, false);
      case 'report_lost_stolen':
        return reportLostOrStolen(ctx, input as WorkflowInput<'report_lost_stolen'>);
      case 'replace_damaged_card':
        return replaceDamagedCard(ctx, input as WorkflowInput<'replace_damaged_card'>);
      case 'make_payment':
        return makePayment(ctx, input as WorkflowInput<'make_payment'>);
      case 'change_due_date':
        return changeDueDate(ctx, input as WorkflowInput<'change_due_date'>);
      case 'request_fee_credit':
        return requestFeeCredit(ctx, input as WorkflowInput<'request_fee_credit'>);
      case 'redeem_points':
        return redeemPoints(ctx, input as WorkflowInput<'redeem_points'>);
      case 'report_redemption_problem':
        return reportRedemptionProblem(ctx, input as WorkflowInput<'report_redemption_problem'>);
      case 'add_authorized_user':
        return addAuthorizedUser(ctx, input as WorkflowInput<'add_authorized_user'>);
      case 'remove_authorized_user':
        return removeAuthorizedUser(ctx, input as WorkflowInput<'remove_authorized_user'>);
      case 'update_contact_details':
        return updateContactDetails(ctx, input as WorkflowInput<'update_contact_details'>);
      case 'update_preferences':
        return updatePreferences(ctx, input as WorkflowInput<'update_preferences'>);
      case 'credit_limit_eligibility':
        return creditLimitEligibility(ctx, input as WorkflowInput<'credit_limit_eligibility'>);
      case 'apr_disclosure':
        return aprDisclosure(ctx);
      case 'product_change_options':
        return productChangeOptions(ctx);
      case 'travel_itinerary':
        return travelItinerary(ctx, (input as WorkflowInput<'travel_itinerary'>).reference);
      default: {
        const exhaustive: never = workflow;
        throw new AppError('NOT_FOUND', `No workflow ${String(exhaustive)}.`);
      }
    }
  }

  return {
    run,
    lockCard: (ctx: WorkflowContext, input: WorkflowInput<'lock_card'>) => setCardLock(ctx, input, true),
    unlockCard: (ctx: WorkflowContext, input: WorkflowInput<'unlock_card'>) => setCardLock(ctx, input, false),
    reportLostOrStolen,
    replaceDamagedCard,
    makePayment,
    changeDueDate,
    requestFeeCredit,
    redeemPoints,
    reportRedemptionProblem,
    addAuthorizedUser,
    removeAuthorizedUser,
    updateContactDetails,
    updatePreferences,
    creditLimitEligibility,
    aprDisclosure,
    productChangeOptions,
    travelItinerary,
    accountOverview,
  };
}
