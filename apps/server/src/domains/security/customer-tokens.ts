import { randomUUID } from 'node:crypto';
import { createRemoteJWKSet, type JWTPayload, errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';

/**
 * Customer tokens are minted by the issuer's signed-in site or app (in development, by the demo
 * site) and vouch for one cardmember and the card accounts the chat may be about.
 * Claims: sub (cardmember id), card_accounts (string[]), jti, exp, optional name and iat.
 */
const ZClaims = z.object({
  sub: z.string().min(1).max(64),
  jti: z.string().min(8).max(128),
  exp: z.number(),
  iat: z.number().optional(),
  card_accounts: z.array(z.string().min(1).max(64)).max(50),
  name: z.string().max(120).optional(),
});

export interface CustomerTokenSettings {
  secret: string | null;
  jwksUrl: string | null;
  issuer: string | null;
  audience: string | null;
}

export type CustomerTokenVerifier = (token: string) => Promise<CustomerPrincipal>;

export function createCustomerTokenVerifier(settings: CustomerTokenSettings): CustomerTokenVerifier {
  const options = {
    ...(settings.issuer ? { issuer: settings.issuer } : {}),
    ...(settings.audience ? { audience: settings.audience } : {}),
    requiredClaims: ['sub', 'exp', 'jti'],
  };
  const verifyJwt = settings.jwksUrl
    ? (() => {
        const jwks = createRemoteJWKSet(new URL(settings.jwksUrl));
        return (token: string) => jwtVerify(token, jwks, { ...options, algorithms: ['RS256', 'ES256'] });
      })()
    : (() => {
        if (!settings.secret) throw new Error('customer tokens need a secret or a JWKS URL');
        const key = new TextEncoder().encode(settings.secret);
        return (token: string) => jwtVerify(token, key, { ...options, algorithms: ['HS256'] });
      })();

  return async (token: string) => {
    if (typeof token !== 'string' || token.length === 0) throw new AppError('UNAUTHENTICATED');
    if (token.length > 8192) throw new AppError('TOKEN_INVALID');
    let payload: JWTPayload;
    try {
      ({ payload } = await verifyJwt(token));
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) throw new AppError('TOKEN_EXPIRED');
      throw new AppError('TOKEN_INVALID');
    }
    const claims = ZClaims.safeParse(payload);
    if (!claims.success) throw new AppError('TOKEN_INVALID', 'The token lacks the claims Clearline needs.');
    return {
      kind: 'customer',
      cardmemberId: claims.data.sub,
      cardAccountIds: claims.data.card_accounts,
      displayName: claims.data.name ?? 'Cardmember',
      tokenId: claims.data.jti,
      issuedAt: claims.data.iat === undefined ? null : new Date(claims.data.iat * 1000),
      expiresAt: new Date(claims.data.exp * 1000),
    };
  };
}

/** HS256 minting, as an issuer's site would do it; used by the demo site (development only) and tests. */
export async function mintCustomerToken(
  secret: string,
  claims: { cardmemberId: string; cardAccountIds: readonly string[]; name?: string },
  options: { ttlSeconds?: number; issuer?: string | null; audience?: string | null } = {},
): Promise<{ token: string; expiresAt: Date; jti: string }> {
  const ttl = options.ttlSeconds ?? 3600;
  const jti = randomUUID();
  const exp = Math.floor(Date.now() / 1000) + ttl;
  let jwt = new SignJWT({
    card_accounts: [...claims.cardAccountIds],
    ...(claims.name ? { name: claims.name } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.cardmemberId)
    .setJti(jti)
    .setIssuedAt()
    .setExpirationTime(exp);
  if (options.issuer) jwt = jwt.setIssuer(options.issuer);
  if (options.audience) jwt = jwt.setAudience(options.audience);
  const token = await jwt.sign(new TextEncoder().encode(secret));
  return { token, expiresAt: new Date(exp * 1000), jti };
}
