import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../platform/db.ts';
import { openTestDatabase } from '../../test/harness.ts';
import { createAgentAuthService, MAX_FAILED_LOGINS, totpCode } from './agent-auth.service.ts';
import { type AuditLog, createAuditLog } from './audit/audit-log.ts';
import { passwordProblem } from './password-policy.ts';

const PASSWORD = 'violet anchor meadow 42';

let database: Database;
let now = new Date('2026-11-23T12:00:00Z');
const clock = { now: () => now };
let auth: ReturnType<typeof createAgentAuthService>;
let audit: AuditLog;
let n = 0;

async function newAgent() {
  n++;
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  const agent = await auth.createAgent({
    id: `ag_auth_${n}_${Date.now()}`,
    email: `Auth.${n}.${Date.now()}@Test.example`,
    displayName: `Auth ${n}`,
    role: 'agent',
    password: PASSWORD,
    totpSecret: secret,
    queues: ['general'],
    languages: ['en'],
  });
  return { ...agent, secret };
}

beforeAll(async () => {
  database = await openTestDatabase();
  audit = createAuditLog({ db: database.db, clock });
  auth = createAgentAuthService({ db: database.db, clock, sessionHours: 12, audit });
});
afterAll(() => database.close());

describe('agent sign-in', () => {
  it('needs the password and a current TOTP code, and yields a session that authenticates', async () => {
    const a = await newAgent();
    const login = await auth.login({
      email: a.email.toUpperCase(),
      password: PASSWORD,
      totp: totpCode(a.secret, now),
    });
    expect(login.agent.id).toBe(a.id);
    const principal = await auth.authenticate(login.token);
    expect(principal).toMatchObject({ kind: 'agent', agentId: a.id, role: 'agent' });
    await auth.logout(login.token);
    await expect(auth.authenticate(login.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('never accepts the same TOTP code twice', async () => {
    const a = await newAgent();
    now = new Date(now.getTime() + 60_000);
    const code = totpCode(a.secret, now);
    await auth.login({ email: a.email, password: PASSWORD, totp: code });
    await expect(auth.login({ email: a.email, password: PASSWORD, totp: code })).rejects.toMatchObject({
      code: 'TOTP_REUSED',
    });
    now = new Date(now.getTime() + 30_000);
    await expect(
      auth.login({ email: a.email, password: PASSWORD, totp: totpCode(a.secret, now) }),
    ).resolves.toBeTruthy();
  });

  it('rejects wrong codes and unknown e-mails without saying which part was wrong for unknown users', async () => {
    const a = await newAgent();
    await expect(auth.login({ email: a.email, password: PASSWORD, totp: '000000' })).rejects.toMatchObject({
      code: expect.stringMatching(/TOTP_INVALID|TOTP_REUSED/),
    });
    await expect(
      auth.login({ email: 'nobody@test.example', password: 'x', totp: '123456' }),
    ).rejects.toMatchObject({
      code: 'LOGIN_FAILED',
    });
  });

  it(`locks the account after ${MAX_FAILED_LOGINS} failures, even for the right password, until the lockout ends`, async () => {
    const a = await newAgent();
    const codes: string[] = [];
    for (let i = 0; i < MAX_FAILED_LOGINS; i++) {
      codes.push(
        await auth
          .login({ email: a.email, password: 'wrong', totp: totpCode(a.secret, now) })
          .catch((e) => e.code),
      );
    }
    expect(codes.slice(0, -1).every((c) => c === 'LOGIN_FAILED')).toBe(true);
    expect(codes.at(-1)).toBe('ACCOUNT_LOCKED');
    now = new Date(now.getTime() + 60_000);
    await expect(
      auth.login({ email: a.email, password: PASSWORD, totp: totpCode(a.secret, now) }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    now = new Date(now.getTime() + 16 * 60_000);
    await expect(
      auth.login({ email: a.email, password: PASSWORD, totp: totpCode(a.secret, now) }),
    ).resolves.toBeTruthy();
  });

  it('stores an argon2id hash, never the password', async () => {
    const a = await newAgent();
    const rows = await database.db.execute(`select password_hash from agents where id = '${a.id}'` as never);
    const hash = (rows as unknown as { rows: Array<{ password_hash: string }> }).rows[0]!.password_hash;
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(hash).not.toContain('violet anchor');
  });

  it('expired sessions no longer authenticate', async () => {
    const a = await newAgent();
    now = new Date(now.getTime() + 60_000);
    const login = await auth.login({
      email: a.email,
      password: PASSWORD,
      totp: totpCode(a.secret, now),
    });
    now = new Date(now.getTime() + 13 * 3_600_000);
    await expect(auth.authenticate(login.token)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('agent password policy', () => {
  it.each([
    ['short1!', 'at least 12'],
    ['Password123!', 'too common'],
    ['qwerty 2024 !!', 'too common'],
    ['123456789012', 'too common'],
    ['CorrectHorseBatteryStaple', 'too common'],
    ['aaaaaaaaaaaaaaa', 'too few different'],
    ['ababababababab', 'too few different'],
    ['my-name-is-jordan.lee-ok', 'e-mail'],
    ['LEE.JORDAN2026winter', 'e-mail'],
  ])('refuses %j (%s)', (password, reason) => {
    expect(passwordProblem(password, 'jordan.lee@bank.example')).toContain(reason);
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem(PASSWORD, 'jordan.lee@bank.example')).toBeNull();
    expect(passwordProblem('tangerine-orbit-cable', 'al@bank.example')).toBeNull();
  });

  it('is enforced where agent passwords are set, with PASSWORD_TOO_WEAK', async () => {
    await expect(
      auth.createAgent({
        id: `ag_weak_${Date.now()}`,
        email: `weak.${Date.now()}@test.example`,
        displayName: 'Weak',
        role: 'agent',
        password: 'Password1234',
        queues: ['general'],
        languages: ['en'],
      }),
    ).rejects.toMatchObject({ code: 'PASSWORD_TOO_WEAK' });
  });
});

describe('agent sign-in audit', () => {
  it('records creation, sign-in, failures, the lockout and sign-out, without secrets; the chain verifies', async () => {
    const a = await newAgent();
    const subject = { type: 'agent', id: a.id };
    now = new Date(now.getTime() + 60_000);
    const login = await auth.login(
      { email: a.email, password: PASSWORD, totp: totpCode(a.secret, now) },
      { ip: '203.0.113.9' },
    );
    await auth.logout(login.token);
    await auth.logout(login.token); // a second sign-out of the same session records nothing
    for (let i = 0; i < MAX_FAILED_LOGINS; i++)
      await auth.login({ email: a.email, password: 'wrong-password', totp: '000000' }).catch(() => undefined);
    const entries = await audit.list({ subject });
    expect(entries.map((e) => e.action)).toEqual([
      'agent.created',
      'agent.logged_in',
      'agent.logged_out',
      ...Array(MAX_FAILED_LOGINS).fill('agent.login_failed'),
      'agent.locked_out',
    ]);
    expect(entries[1]).toMatchObject({ actor: { kind: 'agent', id: a.id }, after: { ip: '203.0.113.9' } });
    expect(entries[3]).toMatchObject({ after: { reason: 'password', failed: 1 } });
    const text = JSON.stringify(entries);
    for (const secret of [PASSWORD, 'wrong-password', a.secret, login.token])
      expect(text).not.toContain(secret);
    expect(await audit.verify()).toMatchObject({ ok: true });
  });
});
