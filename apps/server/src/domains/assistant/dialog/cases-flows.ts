/*
 * Flows that open and read cases through the cases domain (the same services agents use): dispute
 * intake from chat, complaints, case and dispute status, and a supervisor escalation. Each step asks
 * one thing with buttons (and a way to a person), uses what the customer already said, and opens a
 * case only after an explicit yes, with an idempotency key derived from the conversation and the
 * confirming message, so a repeated yes or a turn replayed by another node opens nothing twice.
 */
import {
  COMPLAINT_CATEGORIES,
  type ComplaintCategory,
  DISPUTE_REASONS,
  type DisputeReason,
} from '@clearline/protocol';
import type { Transaction } from '../../accounts/index.ts';
import { addDays, issuerDateOf } from '../../cases/index.ts';
import type { Entity } from '../entities/index.ts';
import { anythingElse, handOff, quickReplies } from './replies.ts';
import type { Lang } from './routing.ts';
import { money, TEXT } from './texts.ts';
import type {
  Awaiting,
  CaseFacts,
  ChargeChoice,
  DialogDeps,
  DialogState,
  DisputeDraft,
  TurnContext,
  TurnOutput,
  Understanding,
} from './types.ts';

/** Transaction kinds a customer may dispute as a charge. */
const CHARGE_KINDS = new Set(['purchase', 'fee', 'interest']);
/** How far back the assistant looks for the charge (the 60-day window runs from the statement). */
const LOOKBACK_DAYS = 120;
/** Charges offered at once (plus "none of these" and a person: the protocol allows 8 buttons). */
const MAX_CHARGES = 6;
/** Reasons offered for a charge; a payment not credited is not about a charge, so agents take it. */
const CHARGE_REASONS: DisputeReason[] = DISPUTE_REASONS.filter((r) => r !== 'payment_not_credited');

const agentButton = (lang: Lang) => ({ value: 'agent', label: TEXT.talkToAgent[lang] });

/** Adds (or replaces) a fact the handoff summary shows agents. */
export function setFact(state: DialogState, label: string, value: string) {
  state.facts = [...state.facts.filter((f) => f.label !== label), { label, value }].slice(-12);
}

/** The key that makes one confirmation act once, whichever node or retry runs it. */
const idempotencyKey = (ctx: TurnContext, u: Understanding, what: string) =>
  `assistant:${ctx.conversationId}:${what}:${u.seq}`;

// ---------------------------------------------------------------------------------------------------
// Words → reasons and categories (English and Spanish). Only clear wording counts; otherwise we ask.

const REASON_WORDS: Array<[DisputeReason, RegExp]> = [
  [
    'unauthorized',
    /\b(?:(?:didn'?t|did not|never) (?:make|authori[sz]e|do)|not mine|isn'?t mine|wasn'?t me|unauthori[sz]ed|no (?:lo )?(?:hice|autoric[eé])|no es m[ií]o|yo no fui)\b/i,
  ],
  [
    'duplicate',
    /\b(?:twice|double(?:d)?|duplicate[d]?|two times|charged me 2|dos veces|duplicad[oa]|doble)\b/i,
  ],
  ['credit_not_processed', /\b(?:refund|returned|cancell?ed|reembolso|devolvi|devoluci[oó]n|cancel[eé])\w*/i],
  [
    'payment_not_credited',
    /\b(?:payment (?:was )?(?:not|wasn'?t|never|isn'?t) (?:credited|applied|posted)|pago no (?:se )?(?:aplic|acredit))/i,
  ],
  [
    'not_received',
    /\b(?:never (?:received|arrived|got|came|delivered|showed)|didn'?t (?:receive|arrive|get|come)|not (?:received|delivered)|nunca (?:me )?(?:lleg|recib)|no (?:me )?(?:lleg|recib))/i,
  ],
  [
    'wrong_amount',
    /\b(?:wrong amount|overcharg\w*|charged (?:me )?(?:more|extra)|incorrect amount|monto (?:incorrecto|equivocado)|cobraron (?:de )?m[aá]s|cobro de m[aá]s)/i,
  ],
  [
    'not_as_agreed',
    /\b(?:not as (?:described|agreed|advertised)|defective|broken|damaged|different from what|no (?:es )?como (?:lo )?(?:describ|acord)|defectuos)/i,
  ],
];

/** The dispute reason the customer's words clearly give, or null. */
export function reasonFromWords(text: string): DisputeReason | null {
  for (const [reason, re] of REASON_WORDS) if (re.test(text)) return reason;
  return null;
}

const CATEGORY_WORDS: Array<[ComplaintCategory, RegExp]> = [
  ['fees_and_interest', /\b(?:fees?|interest|late charge|annual|cargos?|comisi[oó]n|inter[eé]s|recargo)/gi],
  ['billing', /\b(?:bill\w*|statement|payment|autopay|pago|estado de cuenta|factura)/gi],
  ['dispute_handling', /\b(?:dispute\w*|claim|chargeback|disputa|reclamaci[oó]n)/gi],
  ['fraud_or_security', /\b(?:fraud\w*|stolen|hack\w*|scam|identity|fraude|robo|robaron|seguridad)/gi],
  [
    'customer_service',
    /\b(?:agent|rep|representative|rude|hung up|on hold|wait\w*|service|staff|agente|grosero|grosera|servicio|atenci[oó]n|colg)/gi,
  ],
  [
    'credit_reporting',
    /\b(?:credit report\w*|credit score|bureau|equifax|experian|transunion|bur[oó]|historial)/gi,
  ],
  ['rewards', /\b(?:points?|rewards?|miles|cash ?back|puntos|recompensas?|millas)/gi],
  ['account_management', /\b(?:account|closed|limit|address|cuenta|l[ií]mite|direcci[oó]n)/gi],
];

/** Complaint categories ranked by the customer's words (most mentioned first, then the usual order). */
export function rankCategories(text: string): {
  ranked: ComplaintCategory[];
  best: ComplaintCategory | null;
} {
  const hits = new Map<ComplaintCategory, number>();
  for (const [category, re] of CATEGORY_WORDS) hits.set(category, (text.match(re) ?? []).length);
  const ranked = COMPLAINT_CATEGORIES.filter((c) => c !== 'other').sort(
    (a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0),
  );
  const best = (hits.get(ranked[0]!) ?? 0) > 0 ? ranked[0]! : null;
  return { ranked, best };
}

const COMPLAINT_REQUEST =
  /\b(?:(?:i(?:'d| would)?|we)\s+)?(?:want|wanna|like|need|wish)?\s*(?:to\s+)?(?:file|make|lodge|submit|log|register|open|raise|put in|poner|presentar|levantar|hacer|registrar|dejar|interponer)?\s*(?:a|an|una|un)?\s*(?:formal\s+)?(?:complaint|queja|reclamo|reclamaci[oó]n)(?:\s+formal)?\b/gi;
const FILLER =
  /\b(?:please|pls|por favor|hi|hello|hey|hola|thanks|thank you|gracias|now|right now|ahora|ya|quiero|necesito|deseo|i|want|to|a|an|una|un|me|yo|buenas|buenos d[ií]as)\b/gi;

/** Whether a complaint request already says what happened (beyond "I want to file a complaint"). */
export function complaintHasWords(text: string): boolean {
  const rest = text
    .replace(COMPLAINT_REQUEST, ' ')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ');
  return rest.split(/\s+/).filter(Boolean).length >= 3;
}

/** A case reference as typed ("CL-7K4M-2Q9D", "cl 7k4m 2q9d", "7K4M-2Q9D"), or null. */
export function referenceIn(text: string): string | null {
  const withPrefix = /\bCL[\s-]*([0-9A-Z]{4})[\s-]*([0-9A-Z]{4})\b/i.exec(text);
  if (withPrefix) return `CL-${withPrefix[1]!.toUpperCase()}-${withPrefix[2]!.toUpperCase()}`;
  const bare = /\b([0-9A-Z]{4})-([0-9A-Z]{4})\b/i.exec(text);
  if (bare && /\d/.test(bare[0])) return `CL-${bare[1]!.toUpperCase()}-${bare[2]!.toUpperCase()}`;
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Finding the charge

function normalise(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function merchantMatches(said: string, merchant: string): boolean {
  const e = normalise(said);
  const m = normalise(merchant);
  if (!e || !m) return false;
  if (m.includes(e) || e.includes(m)) return true;
  const words = m.split(' ').filter((w) => w.length >= 3);
  return e
    .split(' ')
    .filter((w) => w.length >= 3)
    .some((w) => words.some((x) => x.startsWith(w) || w.startsWith(x)));
}

const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** How many of the things the customer named (amount, merchant, date) this transaction matches. */
function matchCount(t: Transaction, entities: Entity[]): number {
  let n = 0;
  const amounts = entities.filter((e) => e.type === 'amount').map((e) => Math.round(Number(e.value) * 100));
  if (amounts.some((a) => Math.abs(a - t.amountCents) <= Math.max(100, Math.round(t.amountCents * 0.02))))
    n += 1;
  if (entities.some((e) => e.type === 'merchant' && merchantMatches(String(e.value), t.merchant))) n += 1;
  const dates = entities.filter((e) => e.type === 'date').map((e) => String(e.value));
  if (dates.some((d) => daysApart(d, t.transactedOn) <= 3 || (t.postedOn && daysApart(d, t.postedOn) <= 3)))
    n += 1;
  return n;
}

const toChoice = (t: Transaction): ChargeChoice => ({
  transactionId: t.id,
  amountCents: t.amountCents,
  merchant: t.merchant,
  date: t.transactedOn,
  cardLast4: t.cardLast4,
});

const describeCharge = (c: ChargeChoice) =>
  `${money(c.amountCents, 'en')} at ${c.merchant} on ${c.date} (card ending in ${c.cardLast4}; transaction ${c.transactionId})`;

/** Starts a dispute (or an unrecognised-charge check) from chat: finds the charge first. */
export async function startDispute(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
  intent: DisputeDraft['intent'],
): Promise<void> {
  const lang = state.lang;
  const since = addDays(issuerDateOf(deps.now()), -LOOKBACK_DAYS);
  const charges = (await deps.core.listTransactions(ctx.cardAccountId, { from: since })).filter(
    (t) => CHARGE_KINDS.has(t.kind) && t.amountCents > 0,
  );
  const posted = charges.filter((t) => t.status === 'posted' && t.postedOn !== null);
  const pending = charges.filter((t) => t.status === 'pending');
  const named = u.entities.filter((e) => e.type === 'amount' || e.type === 'merchant' || e.type === 'date');
  const draft: DisputeDraft = {
    intent,
    charge: null,
    reason: intent === 'dispute_charge' ? reasonFromWords(u.text) : null,
    merchantContact: null,
  };
  if (draft.reason) setFact(state, 'Dispute reason', draft.reason);

  let candidates: Transaction[] = [];
  let body = TEXT.whichCharge[lang];
  if (named.length > 0) {
    const scored = posted.map((t) => ({ t, n: matchCount(t, named) })).filter((s) => s.n > 0);
    const best = Math.max(0, ...scored.map((s) => s.n));
    const pendingBest = pending
      .map((t) => ({ t, n: matchCount(t, named) }))
      .filter((s) => s.n > 0)
      .sort((a, b) => b.n - a.n)[0];
    if (pendingBest && pendingBest.n > best) {
      const p = pendingBest.t;
      setFact(state, 'Pending charge', describeCharge(toChoice(p)));
      state.steps.push(
        'The charge the customer described is still pending: explained it can be disputed once posted.',
      );
      offerAgent(
        state,
        out,
        TEXT.pendingCharge(p.amountCents, p.merchant, p.transactedOn, lang),
        intent,
        'Pending charge: can be disputed once it posts.',
      );
      return;
    }
    // The best matches first (all that match as much as the best one, then the rest that match).
    candidates = scored
      .sort((a, b) => b.n - a.n || (a.t.transactedOn < b.t.transactedOn ? 1 : -1))
      .map((s) => s.t);
  }
  if (candidates.length === 0) {
    if (posted.length === 0) {
      offerAgent(
        state,
        out,
        `${TEXT.noCharges[lang]} ${TEXT.notListed[lang]}`,
        intent,
        'No posted charges to dispute were found.',
      );
      return;
    }
    if (named.length > 0) body = TEXT.recentCharges[lang];
    candidates = posted;
  }
  const choices = candidates.slice(0, MAX_CHARGES).map(toChoice);
  state.awaiting = { kind: 'dispute_charge', draft, candidates: choices };
  out.replies.push(
    quickReplies(body, [
      ...choices.map((c, i) => ({
        value: `charge:${i}`,
        label: TEXT.chargeLabel(c.amountCents, c.merchant, c.date, lang),
      })),
      { value: 'charge:none', label: TEXT.noneOfThese[lang] },
      agentButton(lang),
    ]),
  );
}

/** A question whose "yes" hands off (with the reason) and whose "no" ends the topic. */
function offerAgent(
  state: DialogState,
  out: TurnOutput,
  body: string,
  intent: DisputeDraft['intent'] | 'file_complaint',
  reason: string,
) {
  state.awaiting = { kind: 'handoff_offer', intent, reason };
  out.replies.push(
    quickReplies(body, [agentButton(state.lang), { value: 'no', label: TEXT.noThanks[state.lang] }]),
  );
}

/** Asks the next thing the dispute needs, or for the yes when it has everything. */
function nextDisputeQuestion(state: DialogState, out: TurnOutput, draft: DisputeDraft) {
  const lang = state.lang;
  const charge = draft.charge!;
  if (!draft.reason) {
    state.awaiting = { kind: 'dispute_reason', draft };
    out.replies.push(
      quickReplies(TEXT.whichReason[lang], [
        ...CHARGE_REASONS.map((r) => ({ value: `reason:${r}`, label: TEXT.reasons[r]![lang] })),
        agentButton(lang),
      ]),
    );
    return;
  }
  if (draft.merchantContact === null) {
    state.awaiting = { kind: 'dispute_merchant', draft };
    out.replies.push(
      quickReplies(TEXT.contactedMerchant[lang], [
        { value: 'merchant:refused', label: TEXT.merchantRefused[lang] },
        { value: 'merchant:waiting', label: TEXT.merchantWaiting[lang] },
        { value: 'merchant:no', label: TEXT.merchantNo[lang] },
        agentButton(lang),
      ]),
    );
    return;
  }
  state.awaiting = { kind: 'dispute_confirm', draft };
  out.replies.push(
    quickReplies(
      TEXT.confirmDispute(
        {
          amount: charge.amountCents,
          merchant: charge.merchant,
          date: charge.date,
          last4: charge.cardLast4,
          reason: TEXT.reasons[draft.reason]![lang].toLowerCase(),
          contact: TEXT.contactWords[draft.merchantContact]?.[lang] ?? null,
        },
        lang,
      ),
      [{ value: 'yes', label: TEXT.yes[lang] }, { value: 'no', label: TEXT.no[lang] }, agentButton(lang)],
    ),
  );
}

const CONTACT_FOR_AGENTS: Record<string, string> = {
  refused: 'Contacted the merchant; it was not resolved.',
  waiting: 'Contacted the merchant; waiting for an answer.',
  contacted: 'Contacted the merchant.',
  no: 'Has not contacted the merchant.',
};

async function openDispute(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
  draft: DisputeDraft,
) {
  const lang = state.lang;
  const charge = draft.charge!;
  const reason = draft.reason!;
  try {
    const opened = await deps.cases!.openDispute({
      cardmemberId: ctx.cardmemberId,
      cardAccountId: ctx.cardAccountId,
      conversationId: ctx.conversationId,
      transactionId: charge.transactionId,
      reason,
      merchantContact: draft.merchantContact ? (CONTACT_FOR_AGENTS[draft.merchantContact] ?? null) : null,
      language: lang,
      idempotencyKey: idempotencyKey(ctx, u, 'dispute'),
    });
    setFact(state, 'Dispute case', opened.reference);
    if (!opened.created && !opened.sameRequest) {
      state.steps.push(`The charge already has an open dispute, ${opened.reference}; none opened.`);
      out.replies.push({
        body: TEXT.disputeExists({ reference: opened.reference, resolve: opened.resolutionDueOn }, lang),
      });
      anythingElse(state, out);
      return;
    }
    const body = TEXT.disputeOpened(
      {
        reference: opened.reference,
        amount: charge.amountCents,
        ack: opened.acknowledgementDueOn,
        resolve: opened.resolutionDueOn,
        withinWindow: opened.withinWindow,
      },
      lang,
    );
    state.steps.push(
      `Opened dispute ${opened.reference}: ${money(charge.amountCents, 'en')} at ${charge.merchant} (${reason}); resolution due ${opened.resolutionDueOn}.`,
    );
    state.customerSteps.push(TEXT.disputeStep(opened.reference, charge.amountCents, charge.merchant, lang));
    out.replies.push({
      body,
      payload: { type: 'reference', reference: opened.reference, action: 'dispute.opened' },
    });
    if (deps.uploadLinks) {
      // Receipts and letters for the case: a secure upload link, created with the turn (once per case).
      state.steps.push(`Offered a secure upload link for ${opened.reference}.`);
      out.replies.push({
        body: '',
        uploadLink: { caseId: opened.caseId, reference: opened.reference, lang },
      });
    }
    anythingElse(state, out);
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'INTERNAL';
    out.replies.push({ body: TEXT.disputeFailed[lang] });
    handOff(
      state,
      out,
      draft.intent,
      `Dispute intake failed (${code}): ${describeCharge(charge)}, reason ${reason}.`,
    );
  }
}

/** Chooses a charge among the candidates from a typed answer ("the Delta one", "$298.41"). */
function chargeFromWords(u: Understanding, candidates: ChargeChoice[]): ChargeChoice | null {
  const named = u.entities.filter((e) => e.type === 'amount' || e.type === 'merchant' || e.type === 'date');
  if (named.length === 0) return null;
  const scored = candidates.map((c) => ({
    c,
    n: matchCount(
      {
        id: c.transactionId,
        amountCents: c.amountCents,
        merchant: c.merchant,
        transactedOn: c.date,
        postedOn: null,
      } as Transaction,
      named,
    ),
  }));
  const best = Math.max(...scored.map((s) => s.n));
  const top = scored.filter((s) => s.n === best && best > 0);
  return top.length === 1 ? top[0]!.c : null;
}

type CaseAwaiting = Extract<
  Awaiting,
  {
    kind:
      | 'dispute_charge'
      | 'dispute_recognise'
      | 'dispute_reason'
      | 'dispute_merchant'
      | 'dispute_confirm'
      | 'complaint_words'
      | 'complaint_category'
      | 'handoff_offer';
  }
>;

export function isCaseAwaiting(a: Awaiting): a is CaseAwaiting {
  return a.kind.startsWith('dispute_') || a.kind.startsWith('complaint_') || a.kind === 'handoff_offer';
}

/**
 * The customer's answer to a case-flow question. Returns false when the message does not answer it
 * (the dialog then reads it as a new request).
 */
export async function continueCaseFlow(
  awaiting: CaseAwaiting,
  yn: 'yes' | 'no' | null,
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<boolean> {
  const lang = state.lang;
  const qr = u.quickReply;
  switch (awaiting.kind) {
    case 'handoff_offer': {
      if (yn === 'yes') {
        handOff(state, out, awaiting.intent, awaiting.reason);
        return true;
      }
      if (yn === 'no') {
        anythingElse(state, out);
        return true;
      }
      return false;
    }
    case 'dispute_charge': {
      if (qr === 'charge:none') {
        out.replies.push({ body: TEXT.notListed[lang] });
        handOff(
          state,
          out,
          awaiting.draft.intent,
          'Dispute: the charge was not among those the assistant offered.',
        );
        return true;
      }
      const index = qr?.startsWith('charge:') ? Number(qr.slice(7)) : Number.NaN;
      const charge = Number.isInteger(index)
        ? (awaiting.candidates[index] ?? null)
        : qr === null
          ? chargeFromWords(u, awaiting.candidates)
          : null;
      if (!charge) return false;
      const draft: DisputeDraft = { ...awaiting.draft, charge };
      setFact(state, 'Disputed charge', describeCharge(charge));
      if (draft.intent === 'unrecognized_charge' && !draft.reason) {
        state.awaiting = { kind: 'dispute_recognise', draft };
        out.replies.push(
          quickReplies(
            TEXT.chargeDetails(
              {
                amount: charge.amountCents,
                merchant: charge.merchant,
                date: charge.date,
                last4: charge.cardLast4,
              },
              lang,
            ),
            [
              { value: 'mine:yes', label: TEXT.itsMine[lang] },
              { value: 'mine:no', label: TEXT.notMine[lang] },
              agentButton(lang),
            ],
          ),
        );
        return true;
      }
      nextDisputeQuestion(state, out, draft);
      return true;
    }
    case 'dispute_recognise': {
      const mine = qr === 'mine:yes' || (qr === null && yn === 'yes');
      const notMine =
        qr === 'mine:no' || (qr === null && (yn === 'no' || reasonFromWords(u.text) === 'unauthorized'));
      if (mine) {
        state.steps.push('The customer recognised the charge; no dispute.');
        out.replies.push({ body: TEXT.recognised[lang] });
        anythingElse(state, out);
        return true;
      }
      if (!notMine) return false;
      setFact(state, 'Dispute reason', 'unauthorized (the customer does not recognise the charge)');
      nextDisputeQuestion(state, out, { ...awaiting.draft, reason: 'unauthorized' });
      return true;
    }
    case 'dispute_reason': {
      const picked = qr?.startsWith('reason:') ? qr.slice(7) : null;
      const reason =
        picked && (DISPUTE_REASONS as readonly string[]).includes(picked)
          ? (picked as DisputeReason)
          : qr === null
            ? reasonFromWords(u.text)
            : null;
      if (!reason) return false;
      setFact(state, 'Dispute reason', reason);
      nextDisputeQuestion(state, out, { ...awaiting.draft, reason });
      return true;
    }
    case 'dispute_merchant': {
      const picked = qr?.startsWith('merchant:') ? qr.slice(9) : null;
      const contact =
        picked && ['refused', 'waiting', 'no'].includes(picked)
          ? picked
          : qr === null && yn !== null
            ? yn === 'yes'
              ? 'contacted'
              : 'no'
            : null;
      if (!contact) return false;
      setFact(state, 'Merchant contacted', CONTACT_FOR_AGENTS[contact]!);
      nextDisputeQuestion(state, out, { ...awaiting.draft, merchantContact: contact });
      return true;
    }
    case 'dispute_confirm': {
      if (yn === 'yes') {
        await openDispute(state, out, u, ctx, deps, awaiting.draft);
        return true;
      }
      if (yn === 'no') {
        state.steps.push('The customer decided not to open the dispute.');
        out.replies.push({ body: TEXT.notDisputed[lang] });
        anythingElse(state, out);
        return true;
      }
      return false;
    }
    case 'complaint_words': {
      if (qr !== null || !u.text.trim()) return false;
      askCategory(state, out, u.text.trim());
      return true;
    }
    case 'complaint_category': {
      const picked = qr?.startsWith('category:') ? qr.slice(9) : null;
      const category =
        picked && (COMPLAINT_CATEGORIES as readonly string[]).includes(picked)
          ? (picked as ComplaintCategory)
          : qr === null
            ? rankCategories(u.text).best
            : null;
      if (!category) return false;
      await logComplaint(state, out, u, ctx, deps, awaiting.words, category);
      return true;
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Complaints

export async function startComplaint(state: DialogState, out: TurnOutput, u: Understanding) {
  if (complaintHasWords(u.text)) {
    askCategory(state, out, u.text.trim());
    return;
  }
  state.awaiting = { kind: 'complaint_words' };
  out.replies.push(quickReplies(TEXT.complaintWhat[state.lang], [agentButton(state.lang)]));
}

function askCategory(state: DialogState, out: TurnOutput, words: string) {
  const lang = state.lang;
  const { ranked } = rankCategories(words);
  // Six likeliest, "something else" and a person: the protocol's eight buttons.
  const offered = [...ranked.slice(0, 6), 'other' as const];
  state.awaiting = { kind: 'complaint_category', words: words.slice(0, 2000), ranked: offered };
  out.replies.push(
    quickReplies(TEXT.complaintCategory[lang], [
      ...offered.map((c) => ({ value: `category:${c}`, label: TEXT.complaintCategories[c]![lang] })),
      agentButton(lang),
    ]),
  );
}

async function logComplaint(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
  words: string,
  category: ComplaintCategory,
) {
  const lang = state.lang;
  try {
    const logged = await deps.cases!.logComplaint({
      cardmemberId: ctx.cardmemberId,
      cardAccountId: ctx.cardAccountId,
      conversationId: ctx.conversationId,
      category,
      words,
      language: lang,
      idempotencyKey: idempotencyKey(ctx, u, 'complaint'),
    });
    setFact(state, 'Complaint case', `${logged.reference} (${category})`);
    state.steps.push(
      `Logged complaint ${logged.reference} (${category}); first response due ${logged.firstResponseDueOn}, final ${logged.finalResponseDueOn}.`,
    );
    state.customerSteps.push(TEXT.complaintStep(logged.reference, lang));
    state.awaiting = { kind: 'anything_else' };
    out.replies.push({
      body: TEXT.complaintLogged(
        { reference: logged.reference, first: logged.firstResponseDueOn, final: logged.finalResponseDueOn },
        lang,
      ),
      payload: {
        type: 'quick_replies',
        options: [
          { value: 'supervisor', label: TEXT.talkToSupervisor[lang] },
          agentButton(lang),
          { value: 'no', label: TEXT.noThanks[lang] },
        ],
      },
    });
  } catch (err) {
    const code = (err as { code?: string }).code ?? 'INTERNAL';
    out.replies.push({ body: TEXT.complaintFailed[lang] });
    handOff(state, out, 'file_complaint', `Complaint logging failed (${code}); category ${category}.`);
  }
}

/** Before a supervisor handoff: complaints opened in this chat go to a supervisor on their timeline. */
export async function escalateComplaints(
  state: DialogState,
  out: TurnOutput,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<void> {
  if (!deps.cases) return;
  const complaints = (await deps.cases.casesOf(ctx.cardmemberId)).filter(
    (c) =>
      c.type === 'complaint' &&
      c.conversationId === ctx.conversationId &&
      c.status !== 'closed' &&
      c.status !== 'withdrawn',
  );
  for (const c of complaints) {
    const step = `Escalated complaint ${c.reference} to a supervisor.`;
    if (state.steps.includes(step)) continue;
    try {
      await deps.cases.escalateComplaint(c.id);
      state.steps.push(step);
      out.replies.push({ body: TEXT.escalated(c.reference, state.lang) });
    } catch {
      state.steps.push(`Could not escalate complaint ${c.reference}; the supervisor should escalate it.`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Status of cases and disputes

const TERMINAL = new Set([
  'resolved_credit',
  'resolved_no_error',
  'completed',
  'declined',
  'withdrawn',
  'closed',
]);

function caseLine(c: CaseFacts, lang: Lang): string {
  const next = c.next.map((n) => TEXT.nextDate[n.kind](n.date, lang)).join(', ');
  return TEXT.caseLine(
    {
      reference: c.reference,
      title: c.title,
      status: TEXT.caseStatusWords[c.status]?.[lang] ?? c.status,
      next: next || null,
    },
    lang,
  );
}

export async function caseStatus(
  state: DialogState,
  out: TurnOutput,
  u: Understanding,
  ctx: TurnContext,
  deps: DialogDeps,
): Promise<void> {
  const lang = state.lang;
  const cases = deps.cases!;
  const typed = referenceIn(u.text);
  if (typed) {
    const one = await cases.caseByReference(ctx.cardmemberId, typed);
    if (one) {
      out.replies.push({ body: caseLine(one, lang) });
      state.steps.push(`Told the customer the status of case ${one.reference}.`);
      anythingElse(state, out);
      return;
    }
    out.replies.push({ body: TEXT.caseNotFound(typed, lang) });
  }
  const all = await cases.casesOf(ctx.cardmemberId);
  const disputesOnly = u.intent === 'dispute_status';
  let list = all.filter((c) => (disputesOnly ? c.type === 'dispute' : c.type !== 'dispute'));
  if (list.length === 0 && !disputesOnly) list = all;
  if (list.length === 0) {
    out.replies.push({ body: disputesOnly ? TEXT.noDisputes[lang] : TEXT.noCases[lang] });
    anythingElse(state, out);
    return;
  }
  // Open cases first, newest first within each group.
  const ordered = [
    ...list.filter((c) => !TERMINAL.has(c.status)),
    ...list.filter((c) => TERMINAL.has(c.status)),
  ];
  const lines = ordered.slice(0, 5).map((c) => `• ${caseLine(c, lang)}`);
  out.replies.push({ body: disputesOnly ? TEXT.yourDisputes(lines, lang) : TEXT.yourCases(lines, lang) });
  state.steps.push(`Listed the customer's ${disputesOnly ? 'disputes' : 'cases'} (${ordered.length}).`);
  anythingElse(state, out);
}
