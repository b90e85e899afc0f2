/** The store queries of preferred-dealer claims by VIN (migration 007); dialect-neutral kysely. */
import type { Kysely } from 'kysely';
import type { StoreSession } from '../service/store-port.ts';
import type { Database } from './schema.ts';

type ClaimQueries = Pick<
  StoreSession,
  | 'insertPreferredDealerClaim'
  | 'listPreferredDealerClaims'
  | 'countPreferredDealerClaimsSince'
  | 'preferredDealerClaimTimeSince'
>;

export function preferredDealerClaimQueries(db: Kysely<Database>): ClaimQueries {
  return {
    async insertPreferredDealerClaim(claim) {
      await db
        .insertInto('preferred_dealer_claims')
        .values({
          claim_id: claim.claimId,
          customer_id: claim.customerId,
          dealer_id: claim.dealerId,
          vin: claim.vin,
          claimed_at: claim.claimedAt,
        })
        .execute();
    },
    async listPreferredDealerClaims(customerId, limit) {
      const rows = await db
        .selectFrom('preferred_dealer_claims')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('claimed_at', 'desc')
        .orderBy('claim_id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        claimId: r.claim_id,
        customerId: r.customer_id,
        dealerId: r.dealer_id,
        vin: r.vin,
        claimedAt: Number(r.claimed_at),
      }));
    },
    async countPreferredDealerClaimsSince(dealerId, since) {
      const row = await db
        .selectFrom('preferred_dealer_claims')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('dealer_id', '=', dealerId)
        .where('claimed_at', '>=', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async preferredDealerClaimTimeSince(dealerId, since, offset) {
      const row = await db
        .selectFrom('preferred_dealer_claims')
        .select('claimed_at')
        .where('dealer_id', '=', dealerId)
        .where('claimed_at', '>=', since)
        .orderBy('claimed_at')
        .limit(1)
        .offset(Math.max(0, Math.trunc(offset)))
        .executeTakeFirst();
      return row ? Number(row.claimed_at) : null;
    },
  };
}
