import { eq, sql } from 'drizzle-orm';
import type { Clock } from '../../platform/clock.ts';
import type { Db } from '../../platform/db.ts';
import { AppError } from '../../platform/errors.ts';
import type { CustomerPrincipal } from '../../platform/principal.ts';
import type { AuditLog } from './audit/audit-log.ts';
import { customerRevocations } from './security.tables.ts';

export type CustomerSessions = ReturnType<typeof createCustomerSessions>;

/**
 * Revocation of customer chat tokens, by cardmember: "End chat and secure my account" refuses every
 * token issued before that moment. Kept in the database, so every node refuses them at once.
 */
export function createCustomerSessions(deps: { db: Db; clock: Clock; audit?: AuditLog }) {
  const { db, clock, audit } = deps;
  return {
    /** Refuses every chat token of the cardmember issued so far; recorded in the audit log. */
    async revokeAll(
      cardmemberId: string,
      reason: string,
      actor: { kind: 'customer' | 'agent' | 'supervisor' | 'admin' | 'system'; id: string } = {
        kind: 'customer',
        id: cardmemberId,
      },
    ): Promise<Date> {
      // Whole seconds, like `iat`: a token minted after this second is accepted again.
      const revokedBefore = new Date(Math.floor(clock.now().getTime() / 1000) * 1000 + 1000);
      await db.transaction(async (tx) => {
        const [previous] = await tx
          .select({ revokedBefore: customerRevocations.revokedBefore })
          .from(customerRevocations)
          .where(eq(customerRevocations.cardmemberId, cardmemberId));
        await tx
          .insert(customerRevocations)
          .values({ cardmemberId, revokedBefore, reason })
          .onConflictDoUpdate({
            target: customerRevocations.cardmemberId,
            set: {
              revokedBefore: sql`greatest(${customerRevocations.revokedBefore}, excluded.revoked_before)`,
              reason,
            },
          });
        await audit?.append(
          {
            actor,
            action: 'customer.sessions_revoked',
            subject: { type: 'cardmember', id: cardmemberId },
            before: { revokedBefore: previous?.revokedBefore.toISOString() ?? null },
            after: { revokedBefore: revokedBefore.toISOString(), reason },
          },
          tx,
        );
      });
      return revokedBefore;
    },

    /** Throws TOKEN_REVOKED for a token issued before the cardmember's last revocation. */
    async assertActive(principal: CustomerPrincipal): Promise<CustomerPrincipal> {
      const [row] = await db
        .select({ revokedBefore: customerRevocations.revokedBefore })
        .from(customerRevocations)
        .where(eq(customerRevocations.cardmemberId, principal.cardmemberId));
      if (row && (!principal.issuedAt || principal.issuedAt < row.revokedBefore)) {
        throw new AppError('TOKEN_REVOKED');
      }
      return principal;
    },
  };
}
