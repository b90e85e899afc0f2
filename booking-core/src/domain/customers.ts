/**
 * The preferred-dealer rules of [CUST-5], pure: "the customers always decide
 * who shall be their preferred dealer". A dealer that sets itself as preferred (or adds a new
 * customer) takes effect at once, remembering the dealer before, and asks the customer by email;
 * the customer agrees, switches back, or picks any dealer on the website.
 */

export interface PreferredDealerState {
  preferredDealerId: string | null;
  previousPreferredDealerId: string | null;
  /** The dealer's change waits for the customer's decision. */
  pending: boolean;
}

export type PreferredDealerChange =
  /** A dealer sets itself as preferred ([CUST-5]: "an email is sent to the customer"). */
  | { kind: 'dealer-claims'; dealerId: string }
  /** The customer agrees to the dealer's change. */
  | { kind: 'customer-agrees' }
  /** The customer changes back to the previously set dealer. */
  | { kind: 'customer-rejects' }
  /** The customer chooses a dealer on the website. */
  | { kind: 'customer-chooses'; dealerId: string };

export type PreferredDealerResult =
  | { ok: true; state: PreferredDealerState; askCustomer: boolean }
  | { ok: false; code: 'PREFERRED_DEALER_NO_PENDING_CHANGE' };

export function changePreferredDealer(
  state: PreferredDealerState,
  change: PreferredDealerChange,
): PreferredDealerResult {
  switch (change.kind) {
    case 'dealer-claims':
      // Already the preferred dealer: nothing to ask.
      if (state.preferredDealerId === change.dealerId) return { ok: true, state, askCustomer: false };
      return {
        ok: true,
        state: {
          preferredDealerId: change.dealerId,
          // A second claim before the customer decided keeps the customer's own last choice.
          previousPreferredDealerId: state.pending
            ? state.previousPreferredDealerId
            : state.preferredDealerId,
          pending: true,
        },
        askCustomer: true,
      };
    case 'customer-agrees':
      if (!state.pending) return { ok: false, code: 'PREFERRED_DEALER_NO_PENDING_CHANGE' };
      return {
        ok: true,
        state: { ...state, previousPreferredDealerId: null, pending: false },
        askCustomer: false,
      };
    case 'customer-rejects':
      if (!state.pending) return { ok: false, code: 'PREFERRED_DEALER_NO_PENDING_CHANGE' };
      return {
        ok: true,
        state: {
          preferredDealerId: state.previousPreferredDealerId,
          previousPreferredDealerId: null,
          pending: false,
        },
        askCustomer: false,
      };
    case 'customer-chooses':
      return {
        ok: true,
        state: { preferredDealerId: change.dealerId, previousPreferredDealerId: null, pending: false },
        askCustomer: false,
      };
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}
