import { randomUUID } from 'node:crypto';
import type { StepUpChallenge } from '@clearline/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, migrateDatabase, openDatabase } from '../../platform/db.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import { openTestDatabase } from '../../test/harness.ts';
import { type AuditLog, createAuditLog } from './audit/audit-log.ts';
import {
  createStepUpService,
  STEP_UP_MAX_ATTEMPTS,
  STEP_UP_TTL_MINUTES,
  type StepUpService,
} from './step-up.service.ts';

/*
 * Step-up verification as a service, on the real database with the real migrations (PGlite, and
 * PostgreSQL when DATABASE_URL is set); only the issuer core (a process boundary) and the clock are
 * fakes. Every test uses fresh cardmember ids, so the shared PostgreSQL test database is fine.
 */
const targets: Array<{ name: string; open: () => Promise<Database> }> = [
  { name: 'PGlite', open: openTestDatabase },
];
if (process.env.DATABASE_URL) {
  const url = process.env.DATABASE_URL;
  targets.push({
    name: 'PostgreSQL',
    open: async () => {
      const database = await openDatabase({ url });
      await migrateDatabase(database);
      return database;
    },
  });
}

let now = new Date('2026-11-24T12:00:00Z');
const clock = { now: () => now };

/** The issuer's profile of every test cardmember: cards ending 4242 (and a replaced 1111), ZIP 60601. */
const core = {
  getContactDetails: async (id: string) => (id.startsWith('cm_') ? { address: { zip: '60601' } } : null),
  listCardAccounts: async (id: string) => [{ id: `ca_${id}`, last4: '4242' }],
  listCards: async () => [
    { last4: '4242', status: 'active' },
    { last4: '1111', status: 'replaced' },
  ],
};

describe.each(targets)('step-up verification on $name', (target) => {
  let database: Database;
  let audit: AuditLog;
  let stepUp: StepUpService;
  const events: Array<{ type: string; cardmemberId: string; challenge: StepUpChallenge }> = [];
  function customer(): CustomerPrincipal {
    const cardmemberId = `cm_su_${randomUUID().slice(0, 8)}`;
    return {
      kind: 'customer',
      cardmemberId,
      cardAccountIds: [`ca_${cardmemberId}`],
      displayName: 'Step Up',
      tokenId: randomUUID(),
      issuedAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
    };
  }

  const challengeFor = (who: CustomerPrincipal, method: 'approve' | 'last4_zip' = 'approve') =>
    stepUp.require({
      cardmemberId: who.cardmemberId,
      conversationId: null,
      action: 'address_change',
      method,
      requestedBy: { kind: 'agent', id: 'ag_step_up' },
    });

  const actions = async (id: string) =>
    (await audit.list({ subject: { type: 'step_up', id } })).map((e) => e.action);

  beforeAll(async () => {
    database = await target.open();
    audit = createAuditLog({ db: database.db, clock });
    stepUp = createStepUpService({ db: database.db, clock, audit, core });
    stepUp.subscribe((e) => events.push(e));
  });
  afterAll(() => database.close());

  it('is created pending, pushed to the cardmember, approved once by them, then spent on one change', async () => {
    const who = customer();
    const challenge = await challengeFor(who);
    expect(challenge).toMatchObject({
      status: 'pending',
      method: 'approve',
      attemptsLeft: STEP_UP_MAX_ATTEMPTS,
    });
    expect(events.at(-1)).toMatchObject({ type: 'stepup.requested', cardmemberId: who.cardmemberId });
    expect(await stepUp.isVerified(challenge.id)).toBe(false);
    expect(await stepUp.listPending(who)).toEqual([challenge]);

    const approved = await stepUp.approve(who, challenge.id);
    expect(approved.status).toBe('verified');
    expect(events.at(-1)).toMatchObject({ type: 'stepup.updated', challenge: { status: 'verified' } });
    expect(await stepUp.isVerified(challenge.id)).toBe(true);
    await expect(stepUp.approve(who, challenge.id)).rejects.toMatchObject({ code: 'STEP_UP_USED' });
    expect(await stepUp.listPending(who)).toEqual([]);

    // Another action, or another cardmember, cannot spend it; the right one can, once.
    const args = { challengeId: challenge.id, cardmemberId: who.cardmemberId };
    await expect(stepUp.consume({ ...args, action: 'phone_change' })).rejects.toMatchObject({
      code: 'STEP_UP_REQUIRED',
    });
    await expect(
      stepUp.consume({ ...args, cardmemberId: customer().cardmemberId, action: 'address_change' }),
    ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
    await stepUp.consume({ ...args, action: 'address_change' });
    await expect(stepUp.consume({ ...args, action: 'address_change' })).rejects.toMatchObject({
      code: 'STEP_UP_REQUIRED',
    });
    expect(await stepUp.isVerified(challenge.id)).toBe(false);
    expect(await actions(challenge.id)).toEqual(['stepup.created', 'stepup.approved', 'stepup.used']);
  });

  it("answers another cardmember's challenge id exactly as an unknown one", async () => {
    const challenge = await challengeFor(customer());
    const other = customer();
    await expect(stepUp.approve(other, challenge.id)).rejects.toMatchObject({ code: 'STEP_UP_NOT_FOUND' });
    await expect(
      stepUp.answer(other, { challengeId: challenge.id, last4: '4242', zip: '60601' }),
    ).rejects.toMatchObject({ code: 'STEP_UP_NOT_FOUND' });
    await expect(stepUp.approve(other, 'su_doesnotexist000')).rejects.toMatchObject({
      code: 'STEP_UP_NOT_FOUND',
    });
    expect(await stepUp.isVerified(challenge.id)).toBe(false);
  });

  it('checks last four and ZIP against the profile; a replaced card does not count', async () => {
    const who = customer();
    const challenge = await challengeFor(who, 'last4_zip');
    await expect(stepUp.approve(who, challenge.id)).rejects.toMatchObject({ code: 'STEP_UP_USED' });
    await expect(
      stepUp.answer(who, { challengeId: challenge.id, last4: '1111', zip: '60601' }),
    ).rejects.toMatchObject({
      code: 'STEP_UP_FAILED',
      message: expect.stringContaining('2 attempt(s) left'),
    });
    const verified = await stepUp.answer(who, { challengeId: challenge.id, last4: '4242', zip: '60601' });
    expect(verified).toMatchObject({ status: 'verified', attemptsLeft: 2 });
    expect(await actions(challenge.id)).toEqual(['stepup.created', 'stepup.failed', 'stepup.approved']);
  });

  it('locks after three wrong answers: even the right answer is refused then', async () => {
    const who = customer();
    const challenge = await challengeFor(who, 'last4_zip');
    const wrong = { challengeId: challenge.id, last4: '4242', zip: '10001' };
    await expect(stepUp.answer(who, wrong)).rejects.toMatchObject({ code: 'STEP_UP_FAILED' });
    await expect(stepUp.answer(who, wrong)).rejects.toMatchObject({ code: 'STEP_UP_FAILED' });
    await expect(stepUp.answer(who, wrong)).rejects.toMatchObject({ code: 'STEP_UP_LOCKED' });
    expect(events.at(-1)).toMatchObject({
      challenge: { id: challenge.id, status: 'locked', attemptsLeft: 0 },
    });
    await expect(
      stepUp.answer(who, { challengeId: challenge.id, last4: '4242', zip: '60601' }),
    ).rejects.toMatchObject({ code: 'STEP_UP_LOCKED' });
    expect(await stepUp.isVerified(challenge.id)).toBe(false);
    expect(await actions(challenge.id)).toEqual([
      'stepup.created',
      'stepup.failed',
      'stepup.failed',
      'stepup.failed',
      'stepup.locked',
    ]);
    // The answers themselves are never recorded.
    const entries = await audit.list({ subject: { type: 'step_up', id: challenge.id } });
    expect(JSON.stringify(entries)).not.toMatch(/10001|4242/);
  });

  it(`expires ${STEP_UP_TTL_MINUTES} minutes after creation, pending or verified-but-unused`, async () => {
    const who = customer();
    const pending = await challengeFor(who);
    const verified = await challengeFor(who);
    await stepUp.approve(who, verified.id);
    now = new Date(now.getTime() + STEP_UP_TTL_MINUTES * 60_000 + 1);
    try {
      await expect(stepUp.approve(who, pending.id)).rejects.toMatchObject({ code: 'STEP_UP_EXPIRED' });
      expect(events.at(-1)).toMatchObject({ challenge: { id: pending.id, status: 'expired' } });
      expect(await stepUp.isVerified(verified.id)).toBe(false);
      await expect(
        stepUp.consume({
          challengeId: verified.id,
          cardmemberId: who.cardmemberId,
          action: 'address_change',
        }),
      ).rejects.toMatchObject({ code: 'STEP_UP_REQUIRED' });
      expect(await actions(pending.id)).toEqual(['stepup.created', 'stepup.expired']);
      expect(await actions(verified.id)).toEqual(['stepup.created', 'stepup.approved', 'stepup.expired']);
    } finally {
      now = new Date(now.getTime() + 1000);
    }
  });
});
