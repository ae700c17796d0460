import { CustomerClient } from '@clearline/client';
import type { CardAccountSummary, DemoIdentity } from '@clearline/protocol';

/** A signed-in demo cardmember. The token lives only in this closure: never in the URL or storage. */
export interface DemoSession {
  identity: DemoIdentity;
  token: () => Promise<string>;
}

const REFRESH_BEFORE_MS = 60_000;

/** Mints a token as the issuer's site would, and mints a fresh one when it is about to expire. */
export async function signInAs(url: string, cardmemberId: string): Promise<DemoSession> {
  let current = await CustomerClient.demoToken(url, cardmemberId);
  let refreshing: Promise<void> | null = null;
  const token = async () => {
    if (Date.parse(current.expiresAt) - Date.now() < REFRESH_BEFORE_MS) {
      refreshing ??= CustomerClient.demoToken(url, cardmemberId)
        .then((t) => {
          current = t;
        })
        .finally(() => {
          refreshing = null;
        });
      await refreshing;
    }
    return current.token;
  };
  return { identity: current.identity, token };
}

export function cardLabel(card: CardAccountSummary, t: (key: string, o: object) => string): string {
  return t('demo.cardEnding', { product: card.productName, last4: card.last4 });
}
