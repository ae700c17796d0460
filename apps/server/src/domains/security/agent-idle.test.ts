import { AgentClient } from '@clearline/client';
import type { Ack } from '@clearline/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../../test/harness.ts';

/*
 * Agent idle timeout (issue 4 §4, WCAG 2.2.1) over real sockets. The clock is a fake the test moves;
 * `checkAgentSessions()` runs the check the timers would run when that time comes.
 */

let now = new Date('2026-11-24T09:00:00Z');
const clock = { now: () => now };
const advance = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};
let t: TestServer;
const sockets: Socket[] = [];

beforeAll(async () => {
  t = await createTestServer({ env: { AGENT_IDLE_MINUTES: '15', ASSISTANT: 'off' }, overrides: { clock } });
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await t.close();
});

async function signedInAgent() {
  const a = await t.agent();
  const { sessionToken } = await AgentClient.login(t.url, {
    email: a.email,
    password: a.password,
    totp: a.totp(now),
  });
  if (!sessionToken) throw new Error('no session token');
  const socket = io(`${t.url}/agent`, {
    auth: { sessionToken },
    transports: ['websocket'],
    reconnection: false,
  });
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  const seen: Array<[string, unknown]> = [];
  socket.onAny((event, payload) => seen.push([event, payload]));
  const closed = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
  const rest = () =>
    t.server.app.inject({
      method: 'GET',
      url: '/api/v1/agent/session',
      cookies: { clearline_agent: sessionToken },
    });
  const ask = <T>(event: string, payload: object = {}) =>
    socket.emitWithAck(event, payload) as Promise<Ack<T>>;
  const next = (event: string) => new Promise<unknown>((resolve) => socket.once(event, resolve));
  return { id: a.id, socket, seen, closed, rest, ask, next, sessionToken };
}

describe('agent idle timeout', () => {
  it('warns shortly before the end, lets the agent extend, then ends the session and closes its sockets', async () => {
    const agent = await signedInAgent();
    const signedInAt = now.getTime();

    advance(12);
    await t.server.checkAgentSessions();
    expect(agent.seen.filter(([e]) => e === 'session.expiring')).toEqual([]);

    advance(1.5); // 13.5 minutes idle: inside the two-minute warning
    const warning = agent.next('session.expiring');
    await t.server.checkAgentSessions();
    expect(await warning).toEqual({ expiresAt: new Date(signedInAt + 15 * 60_000).toISOString() });

    const extended = await agent.ask<{ expiresAt: string }>('session.extend');
    expect(extended).toEqual({
      ok: true,
      data: { expiresAt: new Date(now.getTime() + 15 * 60_000).toISOString() },
    });

    advance(14); // 27.5 minutes after sign-in, but only 14 after the extension
    await t.server.checkAgentSessions();
    expect(agent.socket.connected).toBe(true);
    expect((await agent.rest()).statusCode).toBe(200); // a REST request is activity too

    advance(15.5);
    await t.server.checkAgentSessions();
    expect(await agent.closed).toBe('io server disconnect');
    expect(agent.seen).toContainEqual(['session.ended', { reason: 'expired' }]);
    const after = await agent.rest();
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // Recorded once, however many sockets, nodes and requests noticed it.
    const audited = await t.server.services.audit.list({ subject: { type: 'agent', id: agent.id } });
    expect(audited.filter((e) => e.action === 'agent.session_expired')).toHaveLength(1);
  });

  it('counts any agent event as activity', async () => {
    const agent = await signedInAgent();
    advance(10);
    expect(await agent.ask('queue.list')).toMatchObject({ ok: true });
    advance(10); // 20 minutes after sign-in, 10 after the last event
    await t.server.checkAgentSessions();
    expect(agent.socket.connected).toBe(true);
    expect(agent.seen.filter(([e]) => e === 'session.expiring')).toEqual([]);
    expect((await agent.rest()).statusCode).toBe(200);
  });

  it('ends an idle session at its next event, even before the timer ran', async () => {
    const agent = await signedInAgent();
    advance(16);
    const late = agent.ask('queue.list').catch(() => null);
    expect(await agent.closed).toBe('io server disconnect');
    expect(agent.seen).toContainEqual(['session.ended', { reason: 'expired' }]);
    await late;
  });
});
