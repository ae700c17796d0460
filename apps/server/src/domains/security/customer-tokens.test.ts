import { createServer } from 'node:http';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerTokenVerifier, mintCustomerToken } from './customer-tokens.ts';

const SECRET = 'a-secret-that-is-long-enough-for-hs256-0123456789';
const hs = createCustomerTokenVerifier({ secret: SECRET, jwksUrl: null, issuer: null, audience: null });

describe('HS256 customer tokens', () => {
  it('turn into a principal with the card accounts they vouch for', async () => {
    const { token, jti } = await mintCustomerToken(SECRET, {
      cardmemberId: 'cm_1',
      cardAccountIds: ['ca_1', 'ca_2'],
      name: 'Ana',
    });
    const p = await hs(token);
    expect(p).toMatchObject({
      kind: 'customer',
      cardmemberId: 'cm_1',
      cardAccountIds: ['ca_1', 'ca_2'],
      displayName: 'Ana',
      tokenId: jti,
    });
  });

  it('are refused when forged, signed with another secret, expired, unsigned or missing claims', async () => {
    const { token } = await mintCustomerToken(SECRET, { cardmemberId: 'cm_1', cardAccountIds: ['ca_1'] });
    const [h, p] = token.split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p!, 'base64url').toString()), sub: 'cm_2' })).toString('base64url')}.${token.split('.')[2]}`;
    await expect(hs(tampered)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    const other = await mintCustomerToken('another-secret-that-is-long-enough-000000', {
      cardmemberId: 'cm_1',
      cardAccountIds: [],
    });
    await expect(hs(other.token)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    const expired = await mintCustomerToken(
      SECRET,
      { cardmemberId: 'cm_1', cardAccountIds: [] },
      { ttlSeconds: -5 },
    );
    await expect(hs(expired.token)).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${p}.`;
    await expect(hs(none)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    const noAccounts = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('cm_1')
      .setJti('jti-12345678')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));
    await expect(hs(noAccounts)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
    await expect(hs('')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('check issuer and audience when configured', async () => {
    const strict = createCustomerTokenVerifier({
      secret: SECRET,
      jwksUrl: null,
      issuer: 'https://bank.example',
      audience: 'clearline',
    });
    const right = await mintCustomerToken(
      SECRET,
      { cardmemberId: 'cm_1', cardAccountIds: [] },
      { issuer: 'https://bank.example', audience: 'clearline' },
    );
    const wrong = await mintCustomerToken(
      SECRET,
      { cardmemberId: 'cm_1', cardAccountIds: [] },
      { issuer: 'https://evil.example', audience: 'clearline' },
    );
    await expect(strict(right.token)).resolves.toBeTruthy();
    await expect(strict(wrong.token)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });
});

describe('RS256 / ES256 customer tokens from a JWKS', () => {
  let url = '';
  let close = () => {};
  let rsa: Awaited<ReturnType<typeof generateKeyPair>>;
  let ec: Awaited<ReturnType<typeof generateKeyPair>>;

  beforeAll(async () => {
    rsa = await generateKeyPair('RS256');
    ec = await generateKeyPair('ES256');
    const keys = [
      { ...(await exportJWK(rsa.publicKey)), kid: 'rsa-1', alg: 'RS256', use: 'sig' },
      { ...(await exportJWK(ec.publicKey)), kid: 'ec-1', alg: 'ES256', use: 'sig' },
    ];
    const server = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address() as { port: number };
    url = `http://127.0.0.1:${addr.port}/.well-known/jwks.json`;
    close = () => server.close();
  });
  afterAll(() => close());

  const sign = (alg: 'RS256' | 'ES256', kid: string, key: CryptoKey | Uint8Array) =>
    new SignJWT({ card_accounts: ['ca_9'] })
      .setProtectedHeader({ alg, kid })
      .setSubject('cm_9')
      .setJti('jti-abcdefgh')
      .setExpirationTime('10m')
      .sign(key);

  it('verify with the published keys and refuse HS256 or unknown keys', async () => {
    const verify = createCustomerTokenVerifier({ secret: null, jwksUrl: url, issuer: null, audience: null });
    expect((await verify(await sign('RS256', 'rsa-1', rsa.privateKey))).cardmemberId).toBe('cm_9');
    expect((await verify(await sign('ES256', 'ec-1', ec.privateKey))).cardAccountIds).toEqual(['ca_9']);
    const stranger = await generateKeyPair('RS256');
    await expect(verify(await sign('RS256', 'rsa-1', stranger.privateKey))).rejects.toMatchObject({
      code: 'TOKEN_INVALID',
    });
    const hsToken = await mintCustomerToken(SECRET, { cardmemberId: 'cm_9', cardAccountIds: [] });
    await expect(verify(hsToken.token)).rejects.toMatchObject({ code: 'TOKEN_INVALID' });
  });
});
