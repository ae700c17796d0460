/*
 * Account workflows from chat, through the same workflows service the agent console calls: card
 * reissue, replacement and delivery, payments, due dates, late-fee goodwill, points, credit limit,
 * product changes, contact details, authorised users and preferences. A flow gathers what the
 * service needs (with buttons and a way to a person), shows what will happen, and changes nothing
 * without an explicit yes; the yes gives the idempotency key (conversation + that message's seq).
 * Sensitive changes then ask for a step-up the customer approves in their signed-in app or site
 * (never codes or card numbers in the chat), and run once it is verified.
 */
import type { StepUpAction } from '@clearline/protocol';
import type { Card } from '../../accounts/index.ts';
import { addDays, creditDateOf, issuerDateOf, planDueDateChange } from '../../cases/index.ts';
import type { IntentName } from '../data/intents.ts';
import { setFact } from './cases-flows.ts';
import { anythingElse, handOff, quickReplies } from './replies.ts';
import type { Lang } from './routing.ts';
import { money, TEXT } from './texts.ts';
import type {
  Awaiting,
  BankChoice,
  ChargeChoice,
  DialogDeps,
  DialogState,
  TurnContext,
  TurnOutput,
  Understanding,
  WorkflowOp,
} from './types.ts';

const agentButton = (lang: Lang) => ({ value: 'agent', label: TEXT.talkToAgent[lang] });
const yesNoAgent = (lang: Lang) => [
  { value: 'yes', label: TEXT.yes[lang] },
  { value: 'no', label: TEXT.no[lang] },
  agentButton(lang),
];

/** The workflows service's key rule: 8-64 letters, digits, - or _. */
const keyFor = (ctx: TurnContext, u: Understanding) => `as-${ctx.conversationId}-${u.seq}`;

interface WorkflowResultLike {
  outcome: 'completed' | 'scheduled' | 'sent_to_agent' | 'answered';
  reference: string;
  message: string;
  nextSteps: string[];
  data: Record<string, unknown>;
  replayed: boolean;
}

function ctxFor(ctx: TurnContext, lang: Lang, key?: string) {
  return {
    cardmemberId: ctx.cardmemberId,
    cardAccountId: ctx.cardAccountId,
    conversationId: ctx.conversationId,
    actor: { kind: 'assistant' as const, id: 'assistant' },
    language: lang,
    ...(key ? { idempotencyKey: key } : {}),
  };
}

async function placeOnFile(ctx: TurnContext, deps: DialogDeps): Promise<string> {
  const contact = await deps.core.getContactDetails(ctx.cardmemberId);
  return contact ? `${contact.address.city}, ${contact.address.state}` : '';
}

function ask(
  state: DialogState,
  out: TurnOutput,
  awaiting: Awaiting,
  body: string,
  options: Array<{ value: string; label: string }>,
) {
  state.awaiting = awaiting;
  out.replies.push(quickReplies(body, options));
}

/** Asks for the yes before a workflow runs (the buttons may carry more, e.g. lost or stolen). */
function confirmOp(
  state: DialogState,
  out: TurnOutput,
  op: WorkflowOp,
  body: string,
  options = yesNoAgent(state.lang),
) {
  ask(state, out, { kind: 'wf_confirm', op }, body, options);
}

/** Runs a confirmed workflow and tells the customer what happened, with the reference. */
async function runOp(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  op: WorkflowOp,
  key: string,
  challengeId: string | null,
): Promise<void> {
  const lang = state.lang;
  const input: Record<string, unknown> = { ...op.input };
  if (op.stepUp && challengeId) {
    if (op.stepUp.field) input.stepUpChallengeIds = { [op.stepUp.field]: challengeId };
    else input.stepUpChallengeId = challengeId;
  }
  let result: WorkflowResultLike;
  try {
    result = (await deps.workflows!.run(op.workflow, ctxFor(ctx, lang, key), input)) as WorkflowResultLike;
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'INTERNAL';
    const detail = (err as { message?: string }).message ?? code;
    state.steps.push(`${op.workflow} failed (${code}): ${detail}`);
    if (code === 'STEP_UP_REQUIRED' || code === 'STEP_UP_EXPIRED') {
      ask(state, out, { kind: 'wf_confirm', op }, TEXT.stepUpExpired[lang], yesNoAgent(lang));
      return;
    }
    if (code === 'WORKFLOW_REFUSED' || code === 'INSUFFICIENT_POINTS' || code === 'NOT_FOUND') {
      state.awaiting = {
        kind: 'handoff_offer',
        intent: op.intent,
        reason: `${op.workflow} refused: ${detail}`,
      };
      out.replies.push(
        quickReplies(TEXT.workflowRefused(detail, lang), [
          agentButton(lang),
          { value: 'no', label: TEXT.noThanks[lang] },
        ]),
      );
      return;
    }
    state.awaiting = { kind: 'handoff_offer', intent: op.intent, reason: `${op.workflow} failed (${code}).` };
    out.replies.push(
      quickReplies(TEXT.workflowFailed[lang], [
        agentButton(lang),
        { value: 'no', label: TEXT.noThanks[lang] },
      ]),
    );
    return;
  }
  const liability = (result.data.liability as { notice?: string } | undefined)?.notice;
  const body = [result.message, liability, ...result.nextSteps, TEXT.referenceLine(result.reference, lang)]
    .filter(Boolean)
    .join(' ');
  state.steps.push(`${op.workflow}: ${result.outcome} (ref. ${result.reference}). ${result.message}`);
  state.customerSteps.push(`${result.message} ${TEXT.referenceLine(result.reference, lang)}`);
  setFact(state, `Reference (${op.workflow})`, result.reference);
  out.replies.push({
    body,
    payload: { type: 'reference', reference: result.reference, action: `workflow.${op.workflow}` },
  });
  if (result.outcome === 'sent_to_agent') {
    const reasons = ((result.data.reasons as Array<{ text: { en: string } }> | undefined) ?? [])
      .map((r) => r.text.en)
      .join(' ');
    handOff(
      state,
      out,
      op.intent,
      `${op.workflow}: for an agent (ref. ${result.reference}). ${reasons}`.trim(),
    );
    return;
  }
  anythingElse(state, out);
}

/** After the yes: a step-up first when the change needs one, else the change. */
async function confirmed(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
  op: WorkflowOp,
): Promise<void> {
  const key = keyFor(ctx, u);
  if (!op.stepUp) {
    await runOp(state, out, ctx, deps, op, key, null);
    return;
  }
  await requestStepUp(state, out, ctx, deps, op, key);
}

async function requestStepUp(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  op: WorkflowOp,
  key: string,
) {
  const lang = state.lang;
  const challenge = await deps.workflows!.stepUp.require({
    cardmemberId: ctx.cardmemberId,
    conversationId: ctx.conversationId,
    cardAccountId: ctx.cardAccountId,
    action: op.stepUp!.action as StepUpAction,
  });
  state.steps.push(
    `Asked the customer to approve a step-up (${op.stepUp!.action}) in the signed-in app or site.`,
  );
  ask(state, out, { kind: 'step_up', op, challengeId: challenge.id, key }, TEXT.stepUpSent[lang], [
    { value: 'stepup:check', label: TEXT.approvedButton[lang] },
    agentButton(lang),
    { value: 'no', label: TEXT.no[lang] },
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Words → values

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE = /(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;
const ADDRESS =
  /(\d+[^,\n]*?)\s*,\s*(?:((?:apt|apartment|suite|ste|unit|#|depto|departamento)[^,\n]*?)\s*,\s*)?([^,\n\d]+?)\s*,?\s+([A-Za-z]{2})\s+(\d{5}(?:-\d{4})?)\b/i;

export function emailIn(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}
export function phoneIn(text: string): string | null {
  const m = PHONE.exec(text)?.[0];
  if (!m) return null;
  const digits = m.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  return digits.length === 10 ? `+1 ${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}` : null;
}
export function addressIn(
  text: string,
): { line1: string; line2?: string; city: string; state: string; zip: string } | null {
  const m = ADDRESS.exec(text);
  if (!m) return null;
  return {
    line1: m[1]!.trim(),
    ...(m[2] ? { line2: m[2].trim() } : {}),
    city: m[3]!.trim(),
    state: m[4]!.toUpperCase(),
    zip: m[5]!,
  };
}
const formatAddress = (a: { line1: string; line2?: string; city: string; state: string; zip: string }) =>
  [a.line1, a.line2, `${a.city}, ${a.state} ${a.zip}`].filter(Boolean).join(', ');

/** "the 15th", "day 15", "el día 15", "el 15" → 15 (any number: the flow checks 1-28). */
export function dueDayIn(text: string): number | null {
  const m =
    /\b(?:the|day|on the|to the|d[ií]a|el d[ií]a|al d[ií]a|el|al)\s+(\d{1,2})(?:st|nd|rd|th|º|o)?\b/i.exec(
      text,
    ) ?? /\b(\d{1,2})(?:st|nd|rd|th)\b/i.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  return Number.isInteger(n) && n >= 1 && n <= 31 ? n : null;
}

/** First and last name as typed ("Jane Doe", "add Jane Q. Doe"); letters, spaces, ' . - only. */
export function nameIn(text: string): { firstName: string; lastName: string } | null {
  const cleaned = text
    .replace(
      /\b(?:please|por favor|add|agregar|agregue|a|my|mi|wife|husband|son|daughter|esposa|esposo|hijo|hija|her name is|his name is|se llama|name|nombre|is|es)\b/gi,
      ' ',
    )
    .trim();
  const words = cleaned.split(/\s+/).filter((w) => /^[\p{L}\p{M}'.-]+$/u.test(w));
  if (words.length < 2 || words.length > 4) return null;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  return { firstName: cap(words[0]!).slice(0, 40), lastName: words.slice(1).map(cap).join(' ').slice(0, 40) };
}

// ---------------------------------------------------------------------------------------------------
// Cards

/** After the lock (or when the card was already locked): the reissue, with its own yes. */
export async function offerReissue(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  card: Pick<Card, 'id' | 'last4'>,
) {
  const lang = state.lang;
  const stolen = state.words.some((w) => /stol|robar|rob[oó]|hurt/i.test(w));
  confirmOp(
    state,
    out,
    {
      workflow: 'report_lost_stolen',
      intent: 'lost_stolen_card',
      input: { cardId: card.id, reason: stolen ? 'stolen' : 'lost' },
      stepUp: null,
      reason: stolen ? 'stolen' : 'lost',
    },
    TEXT.confirmReissue(card.last4, await placeOnFile(ctx, deps), lang),
    [
      { value: 'reissue:lost', label: TEXT.yesLost[lang] },
      { value: 'reissue:stolen', label: TEXT.yesStolen[lang] },
      { value: 'no', label: TEXT.no[lang] },
      agentButton(lang),
    ],
  );
}

export async function offerDamagedReplacement(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  card: Pick<Card, 'id' | 'last4'>,
) {
  confirmOp(
    state,
    out,
    { workflow: 'replace_damaged_card', intent: 'damaged_card', input: { cardId: card.id }, stepUp: null },
    TEXT.confirmDamaged(card.last4, await placeOnFile(ctx, deps), state.lang),
  );
}

export async function deliveryStatus(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const orders = (await deps.core.listReplacementOrders(ctx.cardAccountId)).slice(0, 3);
  if (orders.length === 0) {
    out.replies.push({ body: TEXT.noCardOnTheWay[lang] });
  } else {
    out.replies.push({
      body: orders
        .map((o) =>
          TEXT.orderLine(
            {
              last4: o.last4,
              reason: o.reason,
              status: o.status,
              carrier: o.carrier,
              expected: o.estimatedDeliveryOn,
              delivered: o.deliveredOn,
            },
            lang,
          ),
        )
        .join('\n'),
    });
  }
  state.steps.push(`Told the customer the delivery status (${orders.length} replacement order(s)).`);
  anythingElse(state, out);
}

// ---------------------------------------------------------------------------------------------------
// Payments

export async function startPayment(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const due = await deps.workflows!.amountDue(ctx.cardAccountId);
  const typedEntity = u.entities.find((e) => e.type === 'amount');
  const typed = typedEntity ? Math.round(Number(typedEntity.value) * 100) : null;
  const min = due && due.minimumDueCents > 0 ? due.minimumDueCents : null;
  const statement = due && due.amountDueCents > 0 ? due.amountDueCents : null;
  const options = [
    ...(min !== null ? [{ value: 'amount:min', label: TEXT.payMin(min, lang) }] : []),
    ...(statement !== null ? [{ value: 'amount:statement', label: TEXT.payStatement(statement, lang) }] : []),
    ...(typed && typed > 0 && typed !== min && typed !== statement
      ? [{ value: 'amount:typed', label: TEXT.payTyped(typed, lang) }]
      : []),
    { value: 'amount:other', label: TEXT.payOther[lang] },
    agentButton(lang),
  ];
  ask(
    state,
    out,
    { kind: 'pay_amount', min, statement, typed: typed && typed > 0 ? typed : null },
    TEXT.howMuch(
      {
        statement: due ? due.amountDueCents : null,
        min: due ? due.minimumDueCents : null,
        due: due?.dueDate ?? null,
        withheld: due?.withheldCents ?? 0,
      },
      lang,
    ),
    options,
  );
}

async function askBank(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  amountCents: number,
  paymentDate: string | null,
) {
  const lang = state.lang;
  const banks: BankChoice[] = (await deps.core.listBankAccounts(ctx.cardmemberId))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault))
    .slice(0, 6)
    .map((b) => ({ id: b.id, bankName: b.bankName, last4: b.last4 }));
  setFact(state, 'Payment amount', money(amountCents, 'en'));
  if (banks.length === 0) {
    state.awaiting = {
      kind: 'handoff_offer',
      intent: 'make_payment',
      reason: 'No linked bank account to pay from.',
    };
    out.replies.push(
      quickReplies(TEXT.noBank[lang], [agentButton(lang), { value: 'no', label: TEXT.noThanks[lang] }]),
    );
    return;
  }
  ask(state, out, { kind: 'pay_bank', amountCents, paymentDate, banks }, TEXT.whichBank[lang], [
    ...banks.map((b, i) => ({ value: `bank:${i}`, label: TEXT.bankLabel(b.bankName, b.last4) })),
    agentButton(lang),
  ]);
}

/** A later day the customer named (within 60 days), for a scheduled payment. */
function paymentDateFrom(u: Understanding, deps: DialogDeps): string | null {
  const today = issuerDateOf(deps.now());
  const d = u.entities.find((e) => e.type === 'date')?.value;
  return typeof d === 'string' && d > today && d <= addDays(today, 60) ? d : null;
}

function confirmPayment(
  state: DialogState,
  out: TurnOutput,
  deps: DialogDeps,
  amountCents: number,
  bank: BankChoice,
  paymentDate: string | null,
) {
  const now = deps.now();
  const afterCutoff = creditDateOf(now) > issuerDateOf(now);
  setFact(state, 'Pay from', `${bank.bankName} account ending in ${bank.last4}`);
  confirmOp(
    state,
    out,
    {
      workflow: 'make_payment',
      intent: 'make_payment',
      input: { bankAccountId: bank.id, amountCents, ...(paymentDate ? { paymentDate } : {}) },
      stepUp: null,
    },
    TEXT.confirmPayment(
      { amount: amountCents, bank: bank.bankName, last4: bank.last4, date: paymentDate, afterCutoff },
      state.lang,
    ),
  );
}

// ---------------------------------------------------------------------------------------------------
// Due date, late fee, points, credit, products

const DUE_DAY_BUTTONS = [1, 5, 10, 15, 20, 25, 28];

export async function startDueDateChange(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const account = await deps.core.getCardAccount(ctx.cardAccountId);
  if (!account) {
    handOff(state, out, 'change_due_date', 'The account could not be read.');
    return;
  }
  const wanted = dueDayIn(u.text);
  if (wanted !== null) {
    planDueDay(state, out, deps, account, wanted);
    return;
  }
  askDueDay(state, out, account.dueDay, TEXT.whichDueDay(account.dueDay, state.lang));
}

function askDueDay(state: DialogState, out: TurnOutput, currentDueDay: number, body: string) {
  ask(state, out, { kind: 'due_day', currentDueDay }, body, [
    ...DUE_DAY_BUTTONS.filter((d) => d !== currentDueDay)
      .slice(0, 6)
      .map((d) => ({ value: `dueday:${d}`, label: TEXT.dayLabel(d, state.lang) })),
    agentButton(state.lang),
  ]);
}

function planDueDay(
  state: DialogState,
  out: TurnOutput,
  deps: DialogDeps,
  account: { dueDay: number; closingDay: number },
  newDueDay: number,
) {
  const lang = state.lang;
  const planned = planDueDateChange({
    requestedOn: issuerDateOf(deps.now()),
    closingDay: account.closingDay,
    currentDueDay: account.dueDay,
    newDueDay,
  });
  if (!planned.ok) {
    if (planned.reason === 'same_due_day') {
      out.replies.push({ body: TEXT.dueDaySame(account.dueDay, lang) });
      anythingElse(state, out);
      return;
    }
    askDueDay(state, out, account.dueDay, TEXT.dueDayInvalid[lang]);
    return;
  }
  const plan = planned.plan;
  setFact(state, 'New due day', String(plan.newDueDay));
  confirmOp(
    state,
    out,
    {
      workflow: 'change_due_date',
      intent: 'change_due_date',
      input: { newDueDay: plan.newDueDay },
      stepUp: null,
    },
    TEXT.confirmDueDate(
      {
        newDay: plan.newDueDay,
        first: plan.firstNewDueDate,
        transition: plan.transitionClosingDate,
        noLateFee: plan.noLateFeeThrough,
      },
      lang,
    ),
  );
}

export async function startLateFeeWaiver(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const [transactions, credits] = await Promise.all([
    deps.core.listTransactions(ctx.cardAccountId),
    deps.core.listFeeCredits(ctx.cardAccountId),
  ]);
  const credited = new Set(credits.map((c) => c.feeTransactionId));
  const fee = transactions.find(
    (t) => t.kind === 'fee' && t.status === 'posted' && /late/i.test(t.merchant) && !credited.has(t.id),
  );
  if (!fee) {
    out.replies.push({ body: TEXT.noLateFee[state.lang] });
    anythingElse(state, out);
    return;
  }
  setFact(
    state,
    'Late fee',
    `${money(fee.amountCents, 'en')} posted ${fee.postedOn} (transaction ${fee.id})`,
  );
  confirmOp(
    state,
    out,
    {
      workflow: 'request_fee_credit',
      intent: 'late_fee_waiver',
      input: { feeTransactionId: fee.id },
      stepUp: null,
    },
    TEXT.confirmFeeCredit(fee.amountCents, fee.postedOn ?? fee.transactedOn, state.lang),
  );
}

const pointsFor = (cents: number, cpp: number) => Math.ceil((cents * 100) / cpp);

export async function startPayWithPoints(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const rewards = await deps.core.getRewards(ctx.cardAccountId);
  if (!rewards) {
    handOff(state, out, 'pay_with_points', 'No rewards programme was found on the account.');
    return;
  }
  const since = addDays(issuerDateOf(deps.now()), -90);
  const charges: ChargeChoice[] = (await deps.core.listTransactions(ctx.cardAccountId, { from: since }))
    .filter((t) => t.kind === 'purchase' && t.status === 'posted' && t.amountCents > 0)
    .slice(0, 5)
    .map((t) => ({
      transactionId: t.id,
      amountCents: t.amountCents,
      merchant: t.merchant,
      date: t.transactedOn,
      cardLast4: t.cardLast4,
    }));
  if (charges.length === 0) {
    out.replies.push({ body: TEXT.noPointsCharges[lang] });
    anythingElse(state, out);
    return;
  }
  const cpp = rewards.centsPerPointX100;
  const total = charges.reduce((s, c) => s + pointsFor(c.amountCents, cpp), 0);
  ask(
    state,
    out,
    { kind: 'points_charges', charges, balance: rewards.pointsBalance, centsPerPointX100: cpp },
    TEXT.pointsWhich(rewards.pointsBalance, rewards.cashValueCents, lang),
    [
      ...charges.map((c, i) => ({
        value: `points:${i}`,
        label: TEXT.pointsLabel(c.amountCents, c.merchant, pointsFor(c.amountCents, cpp), lang),
      })),
      ...(charges.length > 1 ? [{ value: 'points:all', label: TEXT.pointsAll(total, lang) }] : []),
      agentButton(lang),
    ],
  );
}

export async function creditLimit(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const account = await deps.core.getCardAccount(ctx.cardAccountId);
  const asked = u.entities.find((e) => e.type === 'amount');
  const requested = asked ? Math.round(Number(asked.value) * 100) : null;
  const input =
    requested && account && requested > account.creditLimitCents ? { requestedLimitCents: requested } : {};
  const result = (await deps.workflows!.run('credit_limit_eligibility', ctxFor(ctx, lang), input)) as {
    decision: 'approve' | 'decline' | 'refer';
    explanation: { en: string; es: string };
  };
  state.steps.push(`Credit limit eligibility: ${result.decision}. ${result.explanation.en}`);
  setFact(state, 'Credit limit eligibility', result.decision);
  out.replies.push({ body: result.explanation[lang] });
  if (result.decision === 'decline') {
    anythingElse(state, out);
    return;
  }
  state.awaiting = {
    kind: 'handoff_offer',
    intent: 'credit_limit_increase',
    reason: `Credit limit increase: eligibility ${result.decision}.`,
  };
  out.replies.push(
    quickReplies(TEXT.creditAgentOffer[lang], [
      agentButton(lang),
      { value: 'no', label: TEXT.noThanks[lang] },
    ]),
  );
}

export async function productChange(state: DialogState, out: TurnOutput, ctx: TurnContext, deps: DialogDeps) {
  const lang = state.lang;
  const result = (await deps.workflows!.run('product_change_options', ctxFor(ctx, lang), {})) as {
    options: Array<{
      productName: string;
      direction: string;
      annualFeeCents: number;
      purchaseAprBps: number;
      highlights: { en: string; es: string };
    }>;
  };
  if (result.options.length === 0) {
    out.replies.push({ body: TEXT.noProducts[lang] });
    anythingElse(state, out);
    return;
  }
  const lines = result.options.slice(0, 5).map((o) =>
    TEXT.productLine(
      {
        name: o.productName,
        direction: o.direction,
        fee: o.annualFeeCents,
        aprBps: o.purchaseAprBps,
        highlights: o.highlights[lang],
      },
      lang,
    ),
  );
  state.steps.push(`Listed ${result.options.length} product change option(s).`);
  state.awaiting = {
    kind: 'handoff_offer',
    intent: 'product_change',
    reason: 'Product change: options shown.',
  };
  out.replies.push(
    quickReplies(TEXT.productOptions(lines, lang), [
      agentButton(lang),
      { value: 'no', label: TEXT.noThanks[lang] },
    ]),
  );
}

// ---------------------------------------------------------------------------------------------------
// Contact details, authorised users, preferences

const CONTACT_ACTION: Record<'phone' | 'email' | 'address', StepUpAction> = {
  phone: 'phone_change',
  email: 'email_change',
  address: 'address_change',
};

function confirmContact(
  state: DialogState,
  out: TurnOutput,
  field: 'phone' | 'email' | 'address',
  value: unknown,
) {
  const shown =
    field === 'address' ? formatAddress(value as Parameters<typeof formatAddress>[0]) : String(value);
  confirmOp(
    state,
    out,
    {
      workflow: 'update_contact_details',
      intent: field === 'address' ? 'update_address' : 'update_contact_info',
      input: { [field]: value },
      stepUp: { action: CONTACT_ACTION[field], field },
    },
    TEXT.confirmContact(field, shown, state.lang),
  );
}

/** Reads a contact value for a field from the words; asks again when it cannot. */
function contactValue(field: 'phone' | 'email' | 'address', text: string): unknown {
  return field === 'email' ? emailIn(text) : field === 'phone' ? phoneIn(text) : addressIn(text);
}

export function startContactChange(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  intent: IntentName,
) {
  const lang = state.lang;
  if (intent === 'update_address') {
    const address = addressIn(u.text);
    if (address) return confirmContact(state, out, 'address', address);
    return ask(state, out, { kind: 'contact_value', field: 'address' }, TEXT.typeValue.address[lang], [
      agentButton(lang),
    ]);
  }
  const email = emailIn(u.text);
  if (email) return confirmContact(state, out, 'email', email);
  const phone = phoneIn(u.text);
  if (phone) return confirmContact(state, out, 'phone', phone);
  if (/e-?mail|correo/i.test(u.text))
    return ask(state, out, { kind: 'contact_value', field: 'email' }, TEXT.typeValue.email[lang], [
      agentButton(lang),
    ]);
  if (/phone|number|tel[eé]fono|n[uú]mero|cel/i.test(u.text))
    return ask(state, out, { kind: 'contact_value', field: 'phone' }, TEXT.typeValue.phone[lang], [
      agentButton(lang),
    ]);
  ask(state, out, { kind: 'contact_field' }, TEXT.whichContact[lang], [
    { value: 'field:phone', label: TEXT.phoneButton[lang] },
    { value: 'field:email', label: TEXT.emailButton[lang] },
    agentButton(lang),
  ]);
}

export function startAddUser(state: DialogState, out: TurnOutput, u: Understanding) {
  const named = /\b(?:add|agregar|agregue|a[nñ]adir)\b/i.test(u.text) ? nameInSentence(u.text) : null;
  if (named) return confirmAddUser(state, out, named);
  ask(state, out, { kind: 'au_name' }, TEXT.auName[state.lang], [agentButton(state.lang)]);
}

/** A capitalised first and last name inside a longer request ("add Jane Doe as an authorized user"). */
function nameInSentence(text: string): { firstName: string; lastName: string } | null {
  const m = /\b([A-ZÁÉÍÓÚÑ][\p{L}'-]+)\s+([A-ZÁÉÍÓÚÑ][\p{L}'-]+(?:\s+[A-ZÁÉÍÓÚÑ][\p{L}'-]+)?)\b/u.exec(text);
  if (!m || /^(?:I|Please|Add|Hi|Hello|Hola|Quiero)$/.test(m[1]!)) return null;
  return { firstName: m[1]!, lastName: m[2]! };
}

function confirmAddUser(state: DialogState, out: TurnOutput, name: { firstName: string; lastName: string }) {
  confirmOp(
    state,
    out,
    {
      workflow: 'add_authorized_user',
      intent: 'add_authorized_user',
      input: name,
      stepUp: { action: 'authorized_users' },
    },
    TEXT.confirmAddUser(`${name.firstName} ${name.lastName}`, state.lang),
  );
}

export async function startRemoveUser(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const users = (await deps.core.listAuthorizedUsers(ctx.cardAccountId))
    .filter((a) => a.status === 'active')
    .slice(0, 6)
    .map((a) => ({ id: a.id, name: `${a.firstName} ${a.lastName}`, last4: a.cardLast4 }));
  if (users.length === 0) {
    out.replies.push({ body: TEXT.noUsers[lang] });
    anythingElse(state, out);
    return;
  }
  ask(state, out, { kind: 'au_pick', users }, TEXT.auWhich[lang], [
    ...users.map((a, i) => ({ value: `au:${i}`, label: `${a.name} (••${a.last4})`.slice(0, 80) })),
    agentButton(lang),
  ]);
}

const PREF_CHANGES: Record<string, Record<string, unknown>> = {
  paperless_on: { paperlessStatements: true },
  paperless_off: { paperlessStatements: false },
  email_on: { paymentReminders: { email: true } },
  email_off: { paymentReminders: { email: false } },
  sms_on: { paymentReminders: { sms: true } },
  sms_off: { paymentReminders: { sms: false } },
  marketing_on: { marketingOptIn: true },
  marketing_off: { marketingOptIn: false },
};

export async function startPreferences(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
) {
  const lang = state.lang;
  const p = await deps.core.getCommunicationPreferences(ctx.cardmemberId);
  if (!p) {
    handOff(state, out, 'communication_preferences', 'The preferences could not be read.');
    return;
  }
  const toggles = [
    p.paperlessStatements ? 'paperless_off' : 'paperless_on',
    p.paymentReminders.email ? 'email_off' : 'email_on',
    p.paymentReminders.sms ? 'sms_off' : 'sms_on',
    p.marketingOptIn ? 'marketing_off' : 'marketing_on',
  ];
  ask(
    state,
    out,
    { kind: 'prefs' },
    TEXT.prefsNow(
      {
        paperless: p.paperlessStatements,
        email: p.paymentReminders.email,
        sms: p.paymentReminders.sms,
        marketing: p.marketingOptIn,
      },
      lang,
    ),
    [...toggles.map((t) => ({ value: `pref:${t}`, label: TEXT.prefButtons[t]![lang] })), agentButton(lang)],
  );
}

// ---------------------------------------------------------------------------------------------------
// Answers

type WorkflowAwaiting = Extract<
  Awaiting,
  {
    kind:
      | 'wf_confirm'
      | 'step_up'
      | 'pay_amount'
      | 'pay_other'
      | 'pay_bank'
      | 'due_day'
      | 'points_charges'
      | 'contact_field'
      | 'contact_value'
      | 'au_name'
      | 'au_pick'
      | 'prefs';
  }
>;

const WORKFLOW_KINDS = new Set([
  'wf_confirm',
  'step_up',
  'pay_amount',
  'pay_other',
  'pay_bank',
  'due_day',
  'points_charges',
  'contact_field',
  'contact_value',
  'au_name',
  'au_pick',
  'prefs',
]);

export function isWorkflowAwaiting(a: Awaiting): a is WorkflowAwaiting {
  return WORKFLOW_KINDS.has(a.kind);
}

/** Button prefixes of these flows (a press with no question waiting is stale). */
export const WORKFLOW_BUTTONS = /^(?:reissue|amount|bank|dueday|points|field|au|pref|stepup):/;

/** The customer's answer to a workflow question; false when the message does not answer it. */
export async function continueWorkflow(
  awaiting: WorkflowAwaiting,
  yn: 'yes' | 'no' | null,
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<boolean> {
  const lang = state.lang;
  const qr = u.quickReply;
  const pick = (prefix: string) => (qr?.startsWith(`${prefix}:`) ? qr.slice(prefix.length + 1) : null);
  switch (awaiting.kind) {
    case 'wf_confirm': {
      const reissue = pick('reissue');
      if (reissue === 'lost' || reissue === 'stolen') {
        await confirmed(state, out, u, ctx, deps, {
          ...awaiting.op,
          input: { ...awaiting.op.input, reason: reissue },
        });
        return true;
      }
      if (yn === 'yes') {
        await confirmed(state, out, u, ctx, deps, awaiting.op);
        return true;
      }
      if (yn === 'no') {
        state.steps.push(`The customer declined: ${awaiting.op.workflow}.`);
        out.replies.push({ body: TEXT.cancelled[lang] });
        anythingElse(state, out);
        return true;
      }
      return false;
    }
    case 'step_up': {
      if (yn === 'no') {
        state.steps.push(`The customer cancelled before the step-up: ${awaiting.op.workflow}.`);
        out.replies.push({ body: TEXT.cancelled[lang] });
        anythingElse(state, out);
        return true;
      }
      if (qr === 'stepup:new') {
        await requestStepUp(state, out, ctx, deps, awaiting.op, awaiting.key);
        return true;
      }
      if (qr !== 'stepup:check' && yn !== 'yes' && !/\b(?:done|approved|listo|ya|aprobad)/i.test(u.text))
        return false;
      const status = await deps.workflows!.stepUp.status(awaiting.challengeId);
      if (status === 'verified') {
        state.steps.push(`Step-up verified (${awaiting.op.stepUp?.action}).`);
        await runOp(state, out, ctx, deps, awaiting.op, awaiting.key, awaiting.challengeId);
        return true;
      }
      if (status === 'pending') {
        ask(state, out, awaiting, TEXT.stepUpWaiting[lang], [
          { value: 'stepup:check', label: TEXT.approvedButton[lang] },
          agentButton(lang),
          { value: 'no', label: TEXT.no[lang] },
        ]);
        return true;
      }
      ask(state, out, awaiting, TEXT.stepUpExpired[lang], [
        { value: 'stepup:new', label: TEXT.newRequestButton[lang] },
        agentButton(lang),
        { value: 'no', label: TEXT.no[lang] },
      ]);
      return true;
    }
    case 'pay_amount': {
      const which = pick('amount');
      const typedNow = u.entities.find((e) => e.type === 'amount');
      const amount =
        which === 'min'
          ? awaiting.min
          : which === 'statement'
            ? awaiting.statement
            : which === 'typed'
              ? awaiting.typed
              : qr === null && typedNow
                ? Math.round(Number(typedNow.value) * 100)
                : null;
      if (which === 'other') {
        ask(state, out, { kind: 'pay_other' }, TEXT.typeAmount[lang], [agentButton(lang)]);
        return true;
      }
      if (!amount || amount <= 0) return false;
      await askBank(state, out, ctx, deps, amount, paymentDateFrom(u, deps));
      return true;
    }
    case 'pay_other': {
      const typedNow = u.entities.find((e) => e.type === 'amount');
      if (qr !== null || !typedNow) return false;
      const amount = Math.round(Number(typedNow.value) * 100);
      if (amount <= 0) return false;
      await askBank(state, out, ctx, deps, amount, paymentDateFrom(u, deps));
      return true;
    }
    case 'pay_bank': {
      const i = Number(pick('bank'));
      const bank = Number.isInteger(i) ? awaiting.banks[i] : undefined;
      if (!bank) return false;
      confirmPayment(state, out, deps, awaiting.amountCents, bank, awaiting.paymentDate);
      return true;
    }
    case 'due_day': {
      const picked = Number(pick('dueday'));
      const wanted =
        Number.isInteger(picked) && picked > 0
          ? picked
          : qr === null
            ? (dueDayIn(u.text) ?? (/^\s*(\d{1,2})\s*$/.test(u.text) ? Number(u.text.trim()) : null))
            : null;
      if (!wanted) return false;
      const account = await deps.core.getCardAccount(ctx.cardAccountId);
      if (!account) return false;
      planDueDay(state, out, deps, account, wanted);
      return true;
    }
    case 'points_charges': {
      const p = pick('points');
      const chosen =
        p === 'all'
          ? awaiting.charges
          : p !== null && awaiting.charges[Number(p)]
            ? [awaiting.charges[Number(p)]!]
            : null;
      if (!chosen) return false;
      const points = chosen.reduce((s, c) => s + pointsFor(c.amountCents, awaiting.centsPerPointX100), 0);
      const amount = chosen.reduce((s, c) => s + c.amountCents, 0);
      if (points > awaiting.balance) {
        out.replies.push({ body: TEXT.notEnoughPoints(points, awaiting.balance, lang) });
        anythingElse(state, out);
        return true;
      }
      setFact(
        state,
        'Pay with points',
        chosen.map((c) => `${money(c.amountCents, 'en')} at ${c.merchant} (${c.transactionId})`).join('; '),
      );
      confirmOp(
        state,
        out,
        {
          workflow: 'redeem_points',
          intent: 'pay_with_points',
          input: { transactionIds: chosen.map((c) => c.transactionId) },
          stepUp: null,
        },
        TEXT.confirmPoints({ amount, count: chosen.length, points, left: awaiting.balance - points }, lang),
      );
      return true;
    }
    case 'contact_field': {
      const f = pick('field');
      const field =
        f === 'phone' || f === 'email'
          ? f
          : qr === null && /e-?mail|correo/i.test(u.text)
            ? 'email'
            : qr === null && /phone|tel/i.test(u.text)
              ? 'phone'
              : null;
      if (!field) return false;
      ask(state, out, { kind: 'contact_value', field }, TEXT.typeValue[field][lang], [agentButton(lang)]);
      return true;
    }
    case 'contact_value': {
      if (qr !== null) return false;
      const value = contactValue(awaiting.field, u.text);
      if (!value) {
        ask(
          state,
          out,
          awaiting,
          `${TEXT.valueNotUnderstood[lang]} ${TEXT.typeValue[awaiting.field][lang]}`,
          [agentButton(lang)],
        );
        return true;
      }
      confirmContact(state, out, awaiting.field, value);
      return true;
    }
    case 'au_name': {
      if (qr !== null) return false;
      const name = nameIn(u.text);
      if (!name) {
        ask(state, out, awaiting, `${TEXT.valueNotUnderstood[lang]} ${TEXT.auName[lang]}`, [
          agentButton(lang),
        ]);
        return true;
      }
      confirmAddUser(state, out, name);
      return true;
    }
    case 'au_pick': {
      const i = Number(pick('au'));
      const user = Number.isInteger(i) ? awaiting.users[i] : undefined;
      if (!user) return false;
      confirmOp(
        state,
        out,
        {
          workflow: 'remove_authorized_user',
          intent: 'remove_authorized_user',
          input: { authorizedUserId: user.id },
          stepUp: { action: 'authorized_users' },
        },
        TEXT.confirmRemoveUser(user.name, user.last4, lang),
      );
      return true;
    }
    case 'prefs': {
      const p = pick('pref');
      const change = p ? PREF_CHANGES[p] : undefined;
      if (!p || !change) return false;
      confirmOp(
        state,
        out,
        { workflow: 'update_preferences', intent: 'communication_preferences', input: change, stepUp: null },
        TEXT.confirmPref(TEXT.prefButtons[p]![lang], lang),
      );
      return true;
    }
  }
}

/**
 * A points redemption that went wrong: a case for the rewards team with the customer's own words, its
 * reference told at once, then the handoff (the team needs the redemption records).
 */
export async function reportRedemptionIssue(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<void> {
  const lang = state.lang;
  try {
    const result = (await deps.workflows!.run(
      'report_redemption_problem',
      ctxFor(ctx, lang, keyFor(ctx, u)),
      { description: u.text.trim().slice(0, 1000) || 'Points redemption problem' },
    )) as WorkflowResultLike;
    const told = TEXT.redemptionCase(result.reference, lang);
    state.steps.push(`Opened case ${result.reference} for the points redemption problem.`);
    state.customerSteps.push(told);
    out.replies.push({
      body: told,
      payload: { type: 'reference', reference: result.reference, action: 'case.opened' },
    });
    handOff(state, out, 'redemption_issue', `Points redemption problem; case ${result.reference} opened.`);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'INTERNAL';
    handOff(state, out, 'redemption_issue', `Points redemption problem; no case could be opened (${code}).`);
  }
}
