import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../platform/db.ts';
import { openTestDatabase } from '../../../test/harness.ts';
import { createDemoCore, type IssuerCore, seedDemoCore } from '../../accounts/index.ts';
import type { IntentName } from '../data/intents.ts';
import { initialState, LOW_CONFIDENCE, step } from './dialog.ts';
import { routeFor } from './routing.ts';
import type { DialogDeps, DialogState, TurnContext, Understanding } from './types.ts';

/* The dialog's rules, without sockets or the NLU model: understandings are written by hand. */

let database: Database;
let core: IssuerCore;
let refs = 0;
const deps = (): DialogDeps => ({
  core,
  knowledge: {
    answer: (q) =>
      /hours/.test(q) ? { articleId: 'hours', title: 'Hours', text: 'We are here 24/7.' } : null,
    byIntent: () => null,
  },
  now: () => new Date('2026-11-24T12:00:00Z'),
  newReference: () => `CL-TEST-000${++refs}`,
});
const ctx: TurnContext = {
  conversationId: '00000000-0000-4000-8000-000000000001',
  cardmemberId: 'cm_robert_johnson',
  cardAccountId: 'ca_robert_rewards',
  firstName: 'Robert',
};

let seq = 0;
function said(
  text: string,
  intent: IntentName,
  o: Partial<Omit<Understanding, 'text' | 'intent'>> = {},
): Understanding {
  return {
    text,
    quickReply: null,
    intent,
    confidence: 0.9,
    ranking: [{ intent, confidence: 0.9 }],
    lang: 'en',
    langConfidence: 0.9,
    entities: [],
    asksForPerson: false,
    receivedAt: new Date('2026-11-24T12:00:00Z'),
    seq: ++seq,
    ...o,
  };
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemoCore(database.db, new Date('2026-11-24T12:00:00Z'));
  core = createDemoCore(database.db);
});
afterAll(async () => database.close());

async function primary() {
  return (await core.listCards(ctx.cardAccountId)).find((c) => c.role === 'primary')!;
}

describe('never a trap', () => {
  it('"agent" hands off from any state, even in the middle of a confirmation', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`lock card ending ${card.last4}`, 'lock_card', {
        entities: [{ type: 'last4', value: card.last4, start: 17, end: 21, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    expect(state.awaiting?.kind).toBe('confirm');
    const out = await step(state, said('agent', 'talk_to_agent', { asksForPerson: true }), ctx, deps());
    // The topic the customer came for travels with the handoff.
    expect(out.handoff).toMatchObject({ intent: 'lock_card' });
    expect(state.awaiting).toBeNull();
    expect((await primary()).status).toBe('active');
  });

  it('a low-confidence guess offers the two likeliest readings and an agent', async () => {
    const state = initialState('en');
    const out = await step(
      state,
      said('the thing with my card', 'lock_card', {
        confidence: LOW_CONFIDENCE - 0.1,
        ranking: [
          { intent: 'lock_card', confidence: 0.35 },
          { intent: 'card_declined', confidence: 0.3 },
          { intent: 'damaged_card', confidence: 0.2 },
        ],
      }),
      ctx,
      deps(),
    );
    const options = out.replies.at(-1)?.payload;
    expect(options?.type === 'quick_replies' && options.options.map((o) => o.value)).toEqual([
      'intent:lock_card',
      'intent:card_declined',
      'agent',
    ]);
    // Pressing one of them is understood with certainty.
    const picked = await step(
      state,
      said('My card was declined', 'out_of_scope', { quickReply: 'intent:card_declined' }),
      ctx,
      deps(),
    );
    expect(picked.replies.length + (picked.handoff ? 1 : 0)).toBeGreaterThan(0);
    expect(state.misunderstood).toBe(0);
  });

  it('two misunderstandings in a row offer an agent; a yes hands off', async () => {
    const state = initialState('es');
    await step(state, said('receta de tamales', 'out_of_scope', { lang: 'es' }), ctx, deps());
    const second = await step(
      state,
      said('quien gano el partido', 'out_of_scope', { lang: 'es' }),
      ctx,
      deps(),
    );
    expect(second.replies.at(-1)?.body).toMatch(/comunique con un agente/);
    const yes = await step(state, said('sí', 'affirm', { lang: 'es' }), ctx, deps());
    expect(yes.handoff).toMatchObject({ intent: 'talk_to_agent' });
  });

  it('a knowledge answer is not a misunderstanding', async () => {
    const state = initialState('en');
    const out = await step(state, said('what are your hours', 'out_of_scope'), ctx, deps());
    expect(out.replies[0]?.payload).toMatchObject({ type: 'citation', articleId: 'hours' });
    expect(state.misunderstood).toBe(0);
  });

  it('once in line, asking again does not queue twice', async () => {
    const state: DialogState = { ...initialState('en'), handedOff: true };
    const out = await step(
      state,
      said('representative please', 'talk_to_agent', { asksForPerson: true }),
      ctx,
      deps(),
    );
    expect(out.handoff).toBeNull();
    expect(out.replies[0]?.body).toMatch(/already in line/);
  });
});

describe('changes need an explicit yes', () => {
  it('locks once on yes, with a reference, and a later yes changes nothing more', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`please lock my card ${card.last4}`, 'lock_card', {
        entities: [{ type: 'last4', value: card.last4, start: 20, end: 24, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    const done = await step(state, said('yes', 'affirm'), ctx, deps());
    expect(done.changes).toHaveLength(1);
    expect(done.changes[0]).toMatchObject({
      action: 'card.locked',
      before: { status: 'active' },
      after: { status: 'locked' },
    });
    expect((await primary()).status).toBe('locked');
    const again = await step(state, said('yes', 'affirm'), ctx, deps());
    expect(again.changes).toHaveLength(0);
    expect(state.steps.join(' ')).toMatch(/Locked the card ending in/);
    await core.setCardLocked(ctx.cardAccountId, card.id, false);
  });

  it('lost card: lock first on yes, then hand off for a new number', async () => {
    const state = initialState('en');
    const card = await primary();
    await step(
      state,
      said(`my card ${card.last4} was stolen`, 'lost_stolen_card', {
        entities: [{ type: 'last4', value: card.last4, start: 8, end: 12, text: card.last4 }],
      }),
      ctx,
      deps(),
    );
    expect(state.awaiting).toMatchObject({ kind: 'confirm', action: 'lost_lock' });
    const out = await step(state, said('yes', 'affirm', { quickReply: 'yes' }), ctx, deps());
    expect(out.changes[0]?.action).toBe('card.locked');
    expect(out.handoff).toMatchObject({ intent: 'lost_stolen_card' });
    await core.setCardLocked(ctx.cardAccountId, card.id, false);
  });
});

describe('rights and routing', () => {
  it('records a dispute with the time the message was received and hands it to disputes', async () => {
    const state = initialState('en');
    const receivedAt = new Date('2026-11-24T11:59:30Z');
    const out = await step(
      state,
      said('I want to dispute a charge', 'dispute_charge', { receivedAt }),
      ctx,
      deps(),
    );
    expect(out.recorded).toEqual([expect.objectContaining({ kind: 'dispute', receivedAt })]);
    expect(out.handoff?.intent).toBe('dispute_charge');
    expect(state.recorded[0]?.receivedAt).toBe(receivedAt.toISOString());
  });

  it('routes Spanish speakers to Spanish agents, small businesses to theirs, fraud always to fraud first', () => {
    expect(routeFor('payment_status', { lang: 'es', segment: 'consumer' }).queue).toBe('spanish');
    expect(routeFor('payment_status', { lang: 'en', segment: 'small_business' }).queue).toBe(
      'small_business',
    );
    expect(routeFor('report_fraud', { lang: 'es', segment: 'small_business' })).toEqual({
      queue: 'fraud',
      priority: 100,
    });
    expect(routeFor('dispute_charge', { lang: 'en', segment: 'consumer' }).queue).toBe('disputes');
  });
});
