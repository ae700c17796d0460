import type { CardNetwork } from './core.ts';
import type { AccountProfile } from './demo-profiles.ts';
import { addDays, addMonthsToMonth, createRng } from './demo-random.ts';
import type { AuthorizedUserRow, CardRow } from './demo-rows.ts';

/** Issues a card number in memory and returns only its last four digits. */
export type CardIssuer = (cardId: string, network: CardNetwork, amexPrefix?: '34' | '37') => string;

export interface AccountCards {
  cards: CardRow[];
  authorizedUsers: AuthorizedUserRow[];
  primaryLast4: string;
  /** The primary card's last four on a date (a replaced card's before the replacement). */
  primaryLast4At(date: string): string;
  /** Authorised users' cards and when each could be used. */
  authorizedUserCards: { last4: string; addedOn: string; removedOn: string | null }[];
}

export function issueAccountCards(
  profile: AccountProfile,
  holderName: string,
  today: string,
  issueCard: CardIssuer,
): AccountCards {
  const key = profile.id.replace(/^ca_/, '');
  const cardsRng = createRng(`${profile.id}:cards`);
  // Cards: the primary (maybe replacing a lost one) and the authorised users' own cards.
  const cards: CardRow[] = [];
  const authorizedUsers: AuthorizedUserRow[] = [];
  const primaryId = `card_${key}_primary`;
  const primaryLast4 = issueCard(primaryId, profile.network, profile.amexPrefix);
  const replacedOn = profile.replacedCardDaysAgo ? addDays(today, -profile.replacedCardDaysAgo) : null;
  cards.push({
    id: primaryId,
    cardAccountId: profile.id,
    holderName,
    last4: primaryLast4,
    role: 'primary',
    status: profile.primaryCardStatus ?? 'active',
    expires: addMonthsToMonth(replacedOn ?? today, replacedOn ? 48 : cardsRng.int(8, 44)),
    walletTokens: profile.walletTokens,
  });
  let previousLast4: string | null = null;
  if (replacedOn) {
    const previousId = `card_${key}_previous`;
    previousLast4 = issueCard(previousId, profile.network, profile.amexPrefix);
    cards.push({
      id: previousId,
      cardAccountId: profile.id,
      holderName,
      last4: previousLast4,
      role: 'primary',
      status: 'replaced',
      expires: addMonthsToMonth(today, cardsRng.int(6, 30)),
      walletTokens: [],
    });
  }
  const primaryLast4At = (date: string): string =>
    previousLast4 && replacedOn && date < replacedOn ? previousLast4 : primaryLast4;

  const authorizedUserCards: AccountCards['authorizedUserCards'] = [];
  for (const au of profile.authorizedUsers) {
    const cardId = `card_${key}_${au.key}`;
    const last4 = issueCard(cardId, profile.network, profile.amexPrefix);
    const addedOn = addDays(today, -au.addedDaysAgo);
    const removedOn = au.removedDaysAgo ? addDays(today, -au.removedDaysAgo) : null;
    authorizedUsers.push({
      id: `au_${key}_${au.key}`,
      cardAccountId: profile.id,
      firstName: au.firstName,
      lastName: au.lastName,
      cardLast4: last4,
      addedOn,
      status: removedOn ? 'removed' : 'active',
    });
    cards.push({
      id: cardId,
      cardAccountId: profile.id,
      holderName: `${au.firstName} ${au.lastName}`,
      last4,
      role: 'authorized_user',
      status: removedOn ? 'blocked' : 'active',
      expires: addMonthsToMonth(today, cardsRng.int(8, 44)),
      walletTokens: au.walletTokens ?? [],
    });
    authorizedUserCards.push({ last4, addedOn, removedOn });
  }
  return { cards, authorizedUsers, primaryLast4, primaryLast4At, authorizedUserCards };
}
