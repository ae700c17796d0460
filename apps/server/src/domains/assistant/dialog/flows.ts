/*
 * Task flows: one small handler per intent the assistant can finish (or start) itself. A flow
 * fills what it needs from what the customer already said (the card's last four, ...), asks only
 * for what is missing, with buttons, asks for an explicit yes before any change, makes the change
 * through the issuer-core port and confirms it with a reference number. Intents without a flow are
 * handed to their team by the dialog.
 */
import type { Card } from '../../accounts/index.ts';
import type { IntentName } from '../data/intents.ts';
import { caseStatus, startComplaint, startDispute } from './cases-flows.ts';
import { anythingElse, handOff, knowledgeReply, quickReplies } from './replies.ts';
import { type Lang, ROUTES } from './routing.ts';
import { day, money, TEXT } from './texts.ts';
import type {
  Awaiting,
  DialogDeps,
  DialogState,
  RecordedKind,
  TurnContext,
  TurnOutput,
  Understanding,
} from './types.ts';
import {
  creditLimit,
  deliveryStatus,
  offerDamagedReplacement,
  offerReissue,
  productChange,
  reportRedemptionIssue,
  startAddUser,
  startContactChange,
  startDueDateChange,
  startLateFeeWaiver,
  startPayment,
  startPayWithPoints,
  startPreferences,
  startRemoveUser,
} from './workflow-flows.ts';

export interface Slots {
  cardId: string | null;
  last4: string | null;
}

export type Flow = (
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
  slots: Slots,
) => Promise<void>;

export const RECORDED_KIND: Partial<Record<IntentName, RecordedKind>> = {
  dispute_charge: 'dispute',
  unrecognized_charge: 'unrecognized_charge',
  report_fraud: 'fraud',
  file_complaint: 'complaint',
};

export function isRecordedIntent(intent: IntentName): boolean {
  return intent in RECORDED_KIND;
}

const easternTime = (d: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
    timeZone: 'America/New_York',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);

type CardAction = 'lock' | 'unlock' | 'lost_lock' | 'damaged';

/** The card the customer means: named by last four, the only candidate, or asked with buttons. */
async function chooseCard(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
  slots: Slots,
  action: CardAction,
): Promise<Card | null> {
  const cards = (await deps.core.listCards(ctx.cardAccountId)).filter(
    (c) => c.status === 'active' || c.status === 'locked',
  );
  const named =
    (slots.cardId && cards.find((c) => c.id === slots.cardId)) ||
    (slots.last4 && cards.find((c) => c.last4 === slots.last4)) ||
    null;
  if (named) return named;
  const relevant =
    action === 'unlock'
      ? cards.filter((c) => c.status === 'locked')
      : action === 'damaged'
        ? cards
        : cards.filter((c) => c.status === 'active');
  const candidates = relevant.length > 0 ? relevant : cards;
  if (candidates.length === 1) return candidates[0]!;
  if (candidates.length === 0) {
    handOff(
      state,
      out,
      action === 'unlock' ? 'unlock_card' : action === 'damaged' ? 'damaged_card' : 'lock_card',
      'No active or locked card was found on the account.',
    );
    return null;
  }
  state.awaiting = { kind: 'card', action };
  out.replies.push(
    quickReplies(
      TEXT.whichCard[state.lang],
      candidates.slice(0, 6).map((c) => ({
        value: `card:${c.id}`,
        label: TEXT.cardOption(c.last4, c.holderName, state.lang),
      })),
    ),
  );
  return null;
}

function confirm(
  state: DialogState,
  out: TurnOutput,
  awaiting: Extract<Awaiting, { kind: 'confirm' }>,
  body: string,
) {
  state.awaiting = awaiting;
  out.replies.push(
    quickReplies(body, [
      { value: 'yes', label: TEXT.yes[state.lang] },
      { value: 'no', label: TEXT.no[state.lang] },
    ]),
  );
}

const lockFlow =
  (action: 'lock' | 'unlock'): Flow =>
  async (state, out, _u, ctx, deps, slots) => {
    const card = await chooseCard(state, out, ctx, deps, slots, action);
    if (!card) return;
    if (action === 'lock' && card.status === 'locked') {
      out.replies.push({ body: TEXT.alreadyLocked(card.last4, state.lang) });
      anythingElse(state, out);
      return;
    }
    if (action === 'unlock' && card.status !== 'locked') {
      out.replies.push({ body: TEXT.alreadyUnlocked(card.last4, state.lang) });
      anythingElse(state, out);
      return;
    }
    confirm(
      state,
      out,
      { kind: 'confirm', action, cardId: card.id, last4: card.last4 },
      action === 'lock'
        ? TEXT.confirmLock(card.last4, state.lang)
        : TEXT.confirmUnlock(card.last4, state.lang),
    );
  };

/** Carries out a confirmed change. */
export async function runChange(
  awaiting: Extract<Awaiting, { kind: 'confirm' }>,
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<void> {
  const lock = awaiting.action !== 'unlock';
  const before = (await deps.core.listCards(ctx.cardAccountId)).find((c) => c.id === awaiting.cardId);
  let after: Card | null = null;
  let reference: string | null = null;
  if (deps.workflows && before && (before.status === 'active' || before.status === 'locked')) {
    // The workflows service (the agents' one too) locks, audits and gives the reference, once per key.
    try {
      const result = (await deps.workflows.run(
        lock ? 'lock_card' : 'unlock_card',
        {
          cardmemberId: ctx.cardmemberId,
          cardAccountId: ctx.cardAccountId,
          conversationId: ctx.conversationId,
          actor: { kind: 'assistant', id: 'assistant' },
          language: state.lang,
          idempotencyKey: `as-${ctx.conversationId}-${u.seq}`,
        },
        { cardId: awaiting.cardId },
      )) as { reference: string };
      reference = result.reference;
      after = (await deps.core.listCards(ctx.cardAccountId)).find((c) => c.id === awaiting.cardId) ?? null;
    } catch {
      after = null;
    }
  } else if (!deps.workflows) {
    after = await deps.core.setCardLocked(ctx.cardAccountId, awaiting.cardId, lock);
  }
  if (!before || !after || (after.status !== 'locked' && after.status !== 'active')) {
    out.replies.push({ body: TEXT.cardUnavailable(awaiting.last4, state.lang) });
    handOff(
      state,
      out,
      lock ? 'lock_card' : 'unlock_card',
      'The card could not be changed by the assistant.',
    );
    return;
  }
  if (reference === null) {
    reference = deps.newReference();
    out.changes.push({
      action: lock ? 'card.locked' : 'card.unlocked',
      subject: { type: 'card', id: awaiting.cardId },
      before: { status: before.status },
      after: { status: after.status },
      reference,
    });
  }
  const done = lock
    ? TEXT.locked(awaiting.last4, reference, state.lang)
    : TEXT.unlocked(awaiting.last4, reference, state.lang);
  state.steps.push(
    `${lock ? 'Locked' : 'Unlocked'} the card ending in ${awaiting.last4} (ref. ${reference}).`,
  );
  state.customerSteps.push(done);
  out.replies.push({
    body: done,
    payload: { type: 'reference', reference, action: lock ? 'card.locked' : 'card.unlocked' },
  });
  if (awaiting.action === 'lost_lock') {
    if (deps.workflows) {
      await offerReissue(state, out, ctx, deps, { id: awaiting.cardId, last4: awaiting.last4 });
      return;
    }
    handOff(
      state,
      out,
      'lost_stolen_card',
      'Lost or stolen card, locked by the assistant: cancel and reissue with a new number.',
    );
    return;
  }
  anythingElse(state, out);
}

async function account(ctx: TurnContext, deps: DialogDeps) {
  return deps.core.getCardAccount(ctx.cardAccountId);
}

const knowledgeFlow: Flow = async (state, out, u, _ctx, deps) => {
  const hit =
    deps.knowledge?.byIntent(u.intent, state.lang) ?? deps.knowledge?.answer(u.text, state.lang) ?? null;
  if (!hit) {
    handOff(state, out, u.intent, `${ROUTES[u.intent].label}: no knowledge article answers it.`);
    return;
  }
  out.replies.push(await knowledgeReply(hit, u.text, state.lang, deps));
  state.steps.push(`Answered from the knowledge base: ${hit.title}.`);
  anythingElse(state, out);
};

/** Says when a rights request was recorded (it counts from then, even if the chat ends). */
function tellRecorded(state: DialogState, out: TurnOutput, u: Understanding) {
  const kind = RECORDED_KIND[u.intent];
  if (!kind) return;
  out.replies.push({
    body: TEXT.recorded(
      TEXT.recordedWhat[kind][state.lang],
      easternTime(u.receivedAt, state.lang),
      state.lang,
    ),
  });
  state.steps.push(`Recorded the ${kind.replace('_', ' ')} at ${u.receivedAt.toISOString()}.`);
}

/** The flow when the cases service is there; otherwise the fallback (or the intent's team). */
const withCases =
  (fallback: Flow | undefined, flow: Flow): Flow =>
  async (state, out, u, ctx, deps, slots) => {
    if (deps.cases) return flow(state, out, u, ctx, deps, slots);
    if (fallback) return fallback(state, out, u, ctx, deps, slots);
    handOff(state, out, u.intent, `${ROUTES[u.intent].label}: the assistant cannot complete this itself.`);
  };

/** The flow when the workflows service is there; otherwise the intent's team. */
const withWorkflows =
  (flow: Flow): Flow =>
  async (state, out, u, ctx, deps, slots) => {
    if (deps.workflows) return flow(state, out, u, ctx, deps, slots);
    handOff(state, out, u.intent, `${ROUTES[u.intent].label}: the assistant cannot complete this itself.`);
  };

const recordThenHandOff =
  (intro?: Record<Lang, string>): Flow =>
  async (state, out, u, _ctx, _deps) => {
    if (intro) out.replies.push({ body: intro[state.lang] });
    const kind = RECORDED_KIND[u.intent];
    if (kind) {
      out.replies.push({
        body: TEXT.recorded(
          TEXT.recordedWhat[kind][state.lang],
          easternTime(u.receivedAt, state.lang),
          state.lang,
        ),
      });
      state.steps.push(`Recorded the ${kind.replace('_', ' ')} at ${u.receivedAt.toISOString()}.`);
    }
    handOff(
      state,
      out,
      u.intent,
      `${ROUTES[u.intent].label}${kind ? ' (recorded with its receipt time)' : ''}.`,
    );
  };

export const FLOWS: Partial<Record<IntentName, Flow>> = {
  greeting: async (state, out) => {
    out.replies.push({ body: TEXT.howCanIHelp[state.lang] });
  },
  thanks: async (state, out) => {
    state.awaiting = { kind: 'anything_else' };
    out.replies.push({ body: TEXT.youAreWelcome[state.lang] });
  },
  goodbye: async (state, out) => {
    out.replies.push({ body: TEXT.goodbye[state.lang] });
  },
  affirm: async (state, out) => {
    out.replies.push({ body: TEXT.howCanIHelp[state.lang] });
  },
  deny: async (state, out) => {
    out.replies.push({ body: TEXT.howCanIHelp[state.lang] });
  },

  payment_due_date: async (state, out, _u, ctx, deps) => {
    const [statement] = await deps.core.listStatements(ctx.cardAccountId);
    const acct = await account(ctx, deps);
    if (statement) {
      out.replies.push({
        body: TEXT.dueDate({
          due: statement.dueDate,
          min: statement.minimumDueCents,
          stmt: statement.statementBalanceCents,
          lang: state.lang,
        }),
      });
    } else if (acct) {
      out.replies.push({ body: TEXT.dueDayOnly(acct.dueDay, state.lang) });
    } else {
      handOff(state, out, 'payment_due_date', 'The account could not be read.');
      return;
    }
    state.steps.push('Told the customer the payment due date.');
    anythingElse(state, out);
  },

  balance_inquiry: async (state, out, _u, ctx, deps) => {
    const acct = await account(ctx, deps);
    if (!acct) {
      handOff(state, out, 'balance_inquiry', 'The account could not be read.');
      return;
    }
    const [statement] = await deps.core.listStatements(ctx.cardAccountId);
    out.replies.push({
      body: TEXT.balance({
        current: acct.currentBalanceCents,
        available: acct.availableCreditCents,
        stmt: statement?.statementBalanceCents ?? null,
        min: statement?.minimumDueCents ?? null,
        lang: state.lang,
      }),
    });
    state.steps.push('Told the customer the balance and available credit.');
    anythingElse(state, out);
  },

  payment_status: async (state, out, _u, ctx, deps) => {
    const since = new Date(deps.now().getTime() - 45 * 86_400_000).toISOString().slice(0, 10);
    const payments = (await deps.core.listTransactions(ctx.cardAccountId, { from: since })).filter(
      (t) => t.kind === 'payment',
    );
    const last = payments[0];
    if (!last) out.replies.push({ body: TEXT.noRecentPayment[state.lang] });
    else if (last.status === 'posted')
      out.replies.push({ body: TEXT.paymentPosted(-last.amountCents, last.transactedOn, state.lang) });
    else out.replies.push({ body: TEXT.paymentPending(-last.amountCents, last.transactedOn, state.lang) });
    state.steps.push('Checked the latest payment.');
    anythingElse(state, out);
  },

  rewards_balance: async (state, out, _u, ctx, deps) => {
    const rewards = await deps.core.getRewards(ctx.cardAccountId);
    if (!rewards) {
      handOff(state, out, 'rewards_balance', 'No rewards programme was found on the account.');
      return;
    }
    out.replies.push({
      body: TEXT.rewards({
        program: rewards.program,
        points: rewards.pointsBalance,
        pending: rewards.pendingPoints,
        cash: rewards.cashValueCents,
        lang: state.lang,
      }),
    });
    state.steps.push('Told the customer the points balance.');
    anythingElse(state, out);
  },

  digital_wallet: async (state, out, _u, ctx, deps) => {
    const cards = await deps.core.listCards(ctx.cardAccountId);
    const names = { apple_pay: 'Apple Pay', google_pay: 'Google Pay', samsung_pay: 'Samsung Pay' } as const;
    const lines = cards.flatMap((c) =>
      c.walletTokens.map(
        (w) =>
          `${names[w.wallet]} (${w.deviceName}), ${state.lang === 'es' ? 'tarjeta' : 'card'} ${c.last4}: ${TEXT.walletStatus[w.status][state.lang]}`,
      ),
    );
    out.replies.push({ body: lines.length > 0 ? TEXT.wallet(lines, state.lang) : TEXT.noWallet[state.lang] });
    state.steps.push('Listed the digital wallet tokens.');
    anythingElse(state, out);
  },

  travel_booking: async (state, out, _u, ctx, deps) => {
    const bookings = (await deps.core.listTravelBookings(ctx.cardmemberId)).filter(
      (b) => b.status === 'booked',
    );
    const lines = bookings.slice(0, 4).map((b) => {
      const what =
        b.kind === 'flight'
          ? `${b.itinerary.segments[0]?.from ?? ''}→${b.itinerary.segments.at(-1)?.to ?? ''}`
          : b.kind === 'hotel'
            ? b.itinerary.property
            : b.itinerary.company;
      return `${what}, ${day(b.startsOn, state.lang)} (${b.reference}, ${money(b.totalCents, state.lang)})`;
    });
    out.replies.push({ body: lines.length > 0 ? TEXT.trips(lines, state.lang) : TEXT.noTrips[state.lang] });
    state.steps.push('Listed the travel bookings.');
    anythingElse(state, out);
  },

  apr_info: async (state, out, u, ctx, deps) => {
    const acct = await account(ctx, deps);
    if (!acct) {
      handOff(state, out, 'apr_info', 'The account could not be read.');
      return;
    }
    out.replies.push({ body: TEXT.apr(acct.purchaseAprBps, state.lang) });
    const hit = deps.knowledge?.byIntent('apr_info', state.lang);
    if (hit) out.replies.push(await knowledgeReply(hit, u.text, state.lang, deps));
    state.steps.push('Told the customer the purchase APR.');
    anythingElse(state, out);
  },

  lock_card: lockFlow('lock'),
  unlock_card: lockFlow('unlock'),

  lost_stolen_card: async (state, out, _u, ctx, deps, slots) => {
    const card = await chooseCard(state, out, ctx, deps, slots, 'lost_lock');
    if (!card) return;
    if (card.status === 'locked') {
      state.steps.push(`The card ending in ${card.last4} was already locked.`);
      if (deps.workflows) {
        await offerReissue(state, out, ctx, deps, card);
        return;
      }
      handOff(
        state,
        out,
        'lost_stolen_card',
        'Lost or stolen card (already locked): cancel and reissue with a new number.',
      );
      return;
    }
    confirm(
      state,
      out,
      { kind: 'confirm', action: 'lost_lock', cardId: card.id, last4: card.last4 },
      deps.workflows ? TEXT.lostOfferSelf[state.lang] : TEXT.lostOffer[state.lang],
    );
  },

  damaged_card: withWorkflows(async (state, out, _u, ctx, deps, slots) => {
    const card = await chooseCard(state, out, ctx, deps, slots, 'damaged');
    if (card) await offerDamagedReplacement(state, out, ctx, deps, card);
  }),
  card_delivery_status: withWorkflows(async (state, out, _u, ctx, deps) =>
    deliveryStatus(state, out, ctx, deps),
  ),
  make_payment: withWorkflows(startPayment),
  change_due_date: withWorkflows(startDueDateChange),
  late_fee_waiver: withWorkflows(async (state, out, _u, ctx, deps) =>
    startLateFeeWaiver(state, out, ctx, deps),
  ),
  pay_with_points: withWorkflows(async (state, out, _u, ctx, deps) =>
    startPayWithPoints(state, out, ctx, deps),
  ),
  redemption_issue: withWorkflows(async (state, out, u, ctx, deps) =>
    reportRedemptionIssue(state, out, u, ctx, deps),
  ),
  credit_limit_increase: withWorkflows(creditLimit),
  product_change: withWorkflows(async (state, out, _u, ctx, deps) => productChange(state, out, ctx, deps)),
  update_contact_info: withWorkflows(async (state, out, u) =>
    startContactChange(state, out, u, 'update_contact_info'),
  ),
  update_address: withWorkflows(async (state, out, u) => startContactChange(state, out, u, 'update_address')),
  add_authorized_user: withWorkflows(async (state, out, u) => startAddUser(state, out, u)),
  remove_authorized_user: withWorkflows(async (state, out, _u, ctx, deps) =>
    startRemoveUser(state, out, ctx, deps),
  ),
  communication_preferences: withWorkflows(async (state, out, _u, ctx, deps) =>
    startPreferences(state, out, ctx, deps),
  ),

  card_declined: async (state, out, u, ctx, deps, slots) => {
    const cards = await deps.core.listCards(ctx.cardAccountId);
    const locked =
      cards.find((c) => c.status === 'locked' && (!slots.last4 || c.last4 === slots.last4)) ?? null;
    if (locked) {
      confirm(
        state,
        out,
        { kind: 'confirm', action: 'unlock', cardId: locked.id, last4: locked.last4 },
        TEXT.declinedLocked(locked.last4, state.lang),
      );
      return;
    }
    handOff(
      state,
      out,
      'card_declined',
      `Card declined; no lock on the card${slots.last4 ? ` ending in ${slots.last4}` : 's'}.`,
    );
    void u;
  },

  report_fraud: recordThenHandOff(TEXT.fraudUrgent),
  // With the cases service the assistant takes disputes and complaints itself; without, the team does.
  dispute_charge: withCases(recordThenHandOff(), async (state, out, u, ctx, deps) => {
    tellRecorded(state, out, u);
    await startDispute(state, out, u, ctx, deps, 'dispute_charge');
  }),
  unrecognized_charge: withCases(recordThenHandOff(), async (state, out, u, ctx, deps) => {
    tellRecorded(state, out, u);
    await startDispute(state, out, u, ctx, deps, 'unrecognized_charge');
  }),
  file_complaint: withCases(recordThenHandOff(), async (state, out, u) => {
    tellRecorded(state, out, u);
    await startComplaint(state, out, u);
  }),
  dispute_status: withCases(undefined, caseStatus),
  case_status: withCases(undefined, caseStatus),

  benefits_info: knowledgeFlow,
  trip_protection: knowledgeFlow,
  upload_documents: knowledgeFlow,

  request_summary: async (state, out) => {
    out.replies.push({ body: TEXT.summary(state.customerSteps, state.lang) });
    anythingElse(state, out);
  },
};
