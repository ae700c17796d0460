import { inArray } from 'drizzle-orm';
import type { Db } from '../../platform/db.ts';
import {
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
import { generateDemoData } from './demo-generator.ts';

/** The demo issuer's cardmembers; each has at least one card account. */
export const DEMO_CARDMEMBER_IDS = [
  'cm_maria_gonzalez',
  'cm_james_carter',
  'cm_priya_patel',
  'cm_luis_hernandez',
  'cm_emily_nguyen',
  'cm_sofia_ramirez',
  'cm_robert_johnson',
] as const;
export type DemoCardmemberId = (typeof DEMO_CARDMEMBER_IDS)[number];

const INSERT_CHUNK = 200;

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) await insert(rows.slice(i, i + INSERT_CHUNK));
}

/**
 * Seeds the demo issuer core once, with data placed around `today` (statements close in the last
 * three months). Does nothing when the demo cardmembers exist already. Nodes starting together are
 * safe: the inserts run in one transaction and the cardmember insert, `on conflict do nothing`,
 * waits for a concurrent seed to commit and then inserts nothing, so only one of them seeds.
 */
export async function seedDemoCore(db: Db, today: Date = new Date()): Promise<{ seeded: boolean }> {
  const existing = await db
    .select({ id: coreCardmembers.id })
    .from(coreCardmembers)
    .where(inArray(coreCardmembers.id, [...DEMO_CARDMEMBER_IDS]))
    .limit(1);
  if (existing.length > 0) {
    await seedBankAccounts(db, today);
    return { seeded: false };
  }

  const data = generateDemoData(today);
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(coreCardmembers)
      .values(data.cardmembers)
      .onConflictDoNothing()
      .returning({ id: coreCardmembers.id });
    if (inserted.length === 0) return { seeded: false };
    await inChunks(data.cardAccounts, (chunk) =>
      tx.insert(coreCardAccounts).values(chunk).onConflictDoNothing(),
    );
    await inChunks(data.cards, (chunk) => tx.insert(coreCards).values(chunk).onConflictDoNothing());
    await inChunks(data.statements, (chunk) => tx.insert(coreStatements).values(chunk).onConflictDoNothing());
    await inChunks(data.transactions, (chunk) =>
      tx.insert(coreTransactions).values(chunk).onConflictDoNothing(),
    );
    await inChunks(data.rewards, (chunk) => tx.insert(coreRewards).values(chunk).onConflictDoNothing());
    await inChunks(data.authorizedUsers, (chunk) =>
      tx.insert(coreAuthorizedUsers).values(chunk).onConflictDoNothing(),
    );
    await inChunks(data.travelBookings, (chunk) =>
      tx.insert(coreTravelBookings).values(chunk).onConflictDoNothing(),
    );
    await tx.insert(coreBankAccounts).values(data.bankAccounts).onConflictDoNothing();
    return { seeded: true };
  });
}

/** Demo data seeded before linked bank accounts existed gets them too (idempotent). */
async function seedBankAccounts(db: Db, today: Date): Promise<void> {
  const [any] = await db
    .select({ id: coreBankAccounts.id })
    .from(coreBankAccounts)
    .where(inArray(coreBankAccounts.cardmemberId, [...DEMO_CARDMEMBER_IDS]))
    .limit(1);
  if (any) return;
  await db.insert(coreBankAccounts).values(generateDemoData(today).bankAccounts).onConflictDoNothing();
}
