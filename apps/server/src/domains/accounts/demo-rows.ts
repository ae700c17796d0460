/* Row shapes of the core_* tables, as the demo generator produces them. */

import type {
  coreAuthorizedUsers,
  coreBankAccounts,
  coreCardAccounts,
  coreCardmembers,
  coreCards,
  coreRewards,
  coreStatements,
  coreTransactions,
  coreTravelBookings,
} from './accounts.tables.ts';

export type CardmemberRow = typeof coreCardmembers.$inferInsert;
export type CardAccountRow = typeof coreCardAccounts.$inferInsert;
export type CardRow = typeof coreCards.$inferInsert;
export type StatementRow = typeof coreStatements.$inferInsert;
export type TransactionRow = typeof coreTransactions.$inferInsert;
export type RewardsRow = typeof coreRewards.$inferInsert;
export type AuthorizedUserRow = typeof coreAuthorizedUsers.$inferInsert;
export type TravelBookingRow = typeof coreTravelBookings.$inferInsert;
export type BankAccountRow = typeof coreBankAccounts.$inferInsert;

export interface DemoData {
  cardmembers: CardmemberRow[];
  cardAccounts: CardAccountRow[];
  cards: CardRow[];
  statements: StatementRow[];
  transactions: TransactionRow[];
  rewards: RewardsRow[];
  authorizedUsers: AuthorizedUserRow[];
  travelBookings: TravelBookingRow[];
  bankAccounts: BankAccountRow[];
}
