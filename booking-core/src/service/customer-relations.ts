/**
 * Customer information for the dealer and the customer ([CUST-1], "Managing customer
 * information"): profile with its source and mandatory fields, contact-by (marketing only),
 * reminder days, the preferred dealer the customer decides, vehicle relations, the owner-website
 * account. A dealer sees only its own customers: those whose preferred dealer it is (its "All
 * Workshop Customers"); any other answers CUSTOMER_NOT_FOUND like an unknown id.
 *
 * A dealer that sets itself as preferred by VIN (it has the car, not the customer's consent) sees the
 * customer's vehicles and settings but not the name, email or phone until the customer agrees
 * (`contactWithheld`), and may not change the customer meanwhile: the booking messages reach the
 * customer without them, and a VIN read off a windscreen must not reveal who owns the car. Every
 * such claim is stored for the customer to see and bounded per dealer (PREFERRED_DEALER_CLAIMS_PER_DAY).
 */
import { changePreferredDealer, type PreferredDealerChange } from '../domain/customers.ts';
import { fail, ok, type Result } from '../errors.ts';
import { type CommandContext, rescheduleTimers } from './command-context.ts';
import { queuePreferredDealerEvents } from './dealer-events.ts';
import { queueCustomerNotice } from './notifications.ts';
import type { CustomerProfileRecord, CustomerRecord, StoreSession } from './store-port.ts';

export interface CustomerVehicleView {
  vin: string;
  model: string;
  modelYear: number;
  /** Sensus cloud connected ([LIST-3]). */
  connected: boolean;
  primaryDriver: boolean;
  reportedIncorrectAt: number | null;
  reportNote: string | null;
}

export interface CustomerProfileView {
  customerId: string;
  name: string;
  email: string;
  phone: string | null;
  source: CustomerProfileRecord['source'];
  contactBy: CustomerProfileRecord['contactBy'];
  reminderDays: number | null;
  preferredDealerId: string | null;
  previousPreferredDealerId: string | null;
  preferredDealerPending: boolean;
  /** [CUST-8]: an active owner-website account, or the last invitation. */
  websiteAccount: { active: boolean; invitedAt: number | null };
  vehicles: CustomerVehicleView[];
}

/** A customer as a dealer sees it: contact data withheld while a claim by VIN is not agreed. */
export type DealerCustomerView = Omit<CustomerProfileView, 'name' | 'email'> & {
  name: string | null;
  email: string | null;
  contactWithheld: boolean;
};

/** A claim as the customer sees it (`GET /customer/v1/preferred-dealer/claims`). */
export interface PreferredDealerClaimView {
  dealerId: string;
  dealerName: string;
  vin: string;
  claimedAt: number;
}

/** Claims by VIN one dealer may make in any 24 hours (on the core's clock). */
export const PREFERRED_DEALER_CLAIMS_PER_DAY = 20;
/** The customer's claims list shows at most this many, newest first. */
export const PREFERRED_DEALER_CLAIMS_SHOWN = 100;
const DAY_MS = 86_400_000;

export interface NewDealerCustomer {
  name: string;
  email: string;
  phone?: string;
  source: 'dms' | 'central';
  contactBy?: CustomerProfileRecord['contactBy'];
  reminderDays?: number | null;
}

export type CustomerPatch = Partial<Omit<NewDealerCustomer, 'phone'>> & { phone?: string | null };

export async function profileView(
  session: StoreSession,
  customerId: string,
): Promise<CustomerProfileView | undefined> {
  const customer = await session.getCustomer(customerId);
  if (!customer) return undefined;
  const [profile, relations, tokens] = await Promise.all([
    session.getCustomerProfile(customerId),
    session.listCustomerVehicles(customerId),
    session.countCustomerTokens(customerId),
  ]);
  const vehicles = new Map((await session.getVehicles(relations.map((r) => r.vin))).map((v) => [v.vin, v]));
  return {
    customerId,
    name: customer.name,
    email: customer.email,
    phone: customer.phone,
    source: profile.source,
    contactBy: profile.contactBy,
    reminderDays: customer.reminderDays ?? null,
    preferredDealerId: customer.preferredDealerId,
    previousPreferredDealerId: profile.previousPreferredDealerId,
    preferredDealerPending: profile.preferredDealerPending,
    websiteAccount: { active: tokens > 0, invitedAt: profile.websiteInvitedAt },
    vehicles: relations.flatMap((r) => {
      const v = vehicles.get(r.vin);
      return v
        ? [
            {
              vin: v.vin,
              model: v.model,
              modelYear: v.modelYear,
              connected: v.connected,
              primaryDriver: r.primaryDriver,
              reportedIncorrectAt: r.reportedIncorrectAt,
              reportNote: r.reportNote,
            },
          ]
        : [];
    }),
  };
}

/** The dealer's own customer, or CUSTOMER_NOT_FOUND (another dealer's reads as unknown). */
async function own(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
): Promise<Result<CustomerRecord>> {
  const customer = await ctx.session.getCustomer(customerId);
  return customer && customer.preferredDealerId === dealerId
    ? ok(customer)
    : fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
}

async function viewResult(ctx: CommandContext, customerId: string): Promise<Result<CustomerProfileView>> {
  const view = await profileView(ctx.session, customerId);
  return view ? ok(view) : fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
}

/** True while this dealer's latest claim by VIN on the customer waits for the customer's decision. */
async function claimUnagreed(
  session: StoreSession,
  dealerId: string,
  view: Pick<CustomerProfileView, 'customerId' | 'preferredDealerId' | 'preferredDealerPending'>,
): Promise<boolean> {
  if (!view.preferredDealerPending || view.preferredDealerId !== dealerId) return false;
  const [latest] = await session.listPreferredDealerClaims(view.customerId, 1);
  return latest?.dealerId === dealerId;
}

async function dealerView(
  session: StoreSession,
  dealerId: string,
  view: CustomerProfileView,
): Promise<DealerCustomerView> {
  if (await claimUnagreed(session, dealerId, view)) {
    return { ...view, name: null, email: null, phone: null, contactWithheld: true };
  }
  return { ...view, contactWithheld: false };
}

async function dealerViewResult(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
): Promise<Result<DealerCustomerView>> {
  const view = await viewResult(ctx, customerId);
  return view.ok ? ok(await dealerView(ctx.session, dealerId, view.value)) : view;
}

/** The dealer's own customer it may change: not while its claim by VIN waits for the customer. */
async function ownToChange(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
): Promise<Result<CustomerRecord>> {
  const found = await own(ctx, dealerId, customerId);
  if (!found.ok) return found;
  const profile = await ctx.session.getCustomerProfile(customerId);
  const pending = { ...found.value, preferredDealerPending: profile.preferredDealerPending };
  if (await claimUnagreed(ctx.session, dealerId, pending)) {
    return fail('PREFERRED_DEALER_NOT_AGREED', 'the customer has not yet agreed to this dealer');
  }
  return found;
}

/** Applies a preferred-dealer change; a dealer's claim emails the customer to agree or switch back. */
async function applyPreferredChange(
  ctx: CommandContext,
  customer: CustomerRecord,
  change: PreferredDealerChange,
): Promise<Result<CustomerProfileView>> {
  const profile = await ctx.session.getCustomerProfile(customer.customerId);
  const result = changePreferredDealer(
    {
      preferredDealerId: customer.preferredDealerId,
      previousPreferredDealerId: profile.previousPreferredDealerId,
      pending: profile.preferredDealerPending,
    },
    change,
  );
  if (!result.ok) return fail(result.code, 'no dealer change waits for your decision');
  await ctx.session.setPreferredDealer(customer.customerId, result.state.preferredDealerId);
  queuePreferredDealerEvents(
    ctx,
    customer.customerId,
    customer.preferredDealerId,
    result.state.preferredDealerId,
  );
  await ctx.session.putCustomerProfile(
    {
      ...profile,
      previousPreferredDealerId: result.state.previousPreferredDealerId,
      preferredDealerPending: result.state.pending,
    },
    ctx.now,
  );
  if (result.askCustomer && change.kind === 'dealer-claims') {
    const dealer = await ctx.session.getDealer(change.dealerId);
    queueCustomerNotice(ctx, customer, {
      kind: 'preferred-dealer-request',
      subject: `${dealer?.name ?? 'A dealer'} is now your preferred dealer`,
      lines: [
        `${dealer?.name ?? 'A dealer'} has set itself as your preferred dealer for workshop bookings.`,
        'Agree, or change back to your previous dealer, on the owner website: you decide.',
      ],
      path: 'preferred-dealer',
      dealerId: change.dealerId,
    });
  }
  return viewResult(ctx, customer.customerId);
}

/** [CUST-6]: "When adding a new customer the dealer should set himself as preferred dealer". */
export async function dealerCreateCustomer(
  ctx: CommandContext,
  dealerId: string,
  input: NewDealerCustomer,
): Promise<Result<DealerCustomerView>> {
  const customerId = ctx.newId();
  const customer: CustomerRecord = {
    customerId,
    name: input.name,
    email: input.email,
    phone: input.phone ?? null,
    preferredDealerId: null,
    createdAt: ctx.now,
    reminderDays: input.reminderDays ?? null,
  };
  await ctx.session.insertCustomer(customer);
  await ctx.session.putCustomerProfile(
    {
      customerId,
      source: input.source,
      contactBy: input.contactBy ?? { phone: false, email: false, sms: false },
      previousPreferredDealerId: null,
      preferredDealerPending: false,
      websiteInvitedAt: null,
    },
    ctx.now,
  );
  const claimed = await applyPreferredChange(ctx, customer, { kind: 'dealer-claims', dealerId });
  return claimed.ok ? dealerViewResult(ctx, dealerId, customerId) : claimed;
}

export async function dealerGetCustomer(ctx: CommandContext, dealerId: string, customerId: string) {
  const customer = await own(ctx, dealerId, customerId);
  return customer.ok ? dealerViewResult(ctx, dealerId, customerId) : customer;
}

/** The dealer edits the profile on the customer's behalf ("Manage Profile", then Save). */
export async function dealerUpdateCustomer(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
  patch: CustomerPatch,
): Promise<Result<DealerCustomerView>> {
  const found = await ownToChange(ctx, dealerId, customerId);
  if (!found.ok) return found;
  const customer = found.value;
  await ctx.session.updateCustomerContact(customerId, {
    name: patch.name ?? customer.name,
    email: patch.email ?? customer.email,
    phone: patch.phone === undefined ? customer.phone : patch.phone,
  });
  const profile = await ctx.session.getCustomerProfile(customerId);
  await ctx.session.putCustomerProfile(
    { ...profile, source: patch.source ?? profile.source, contactBy: patch.contactBy ?? profile.contactBy },
    ctx.now,
  );
  if (patch.reminderDays !== undefined) await setReminderDaysOf(ctx, customerId, patch.reminderDays);
  return dealerViewResult(ctx, dealerId, customerId);
}

/** [CUST-3]: the confirmed appointments' reminders move with the setting. */
export async function setReminderDaysOf(ctx: CommandContext, customerId: string, days: number | null) {
  await ctx.session.updateCustomerReminderDays(customerId, days);
  for (const appointment of await ctx.session.listCustomerAppointments(customerId)) {
    if (appointment.status === 'confirmed') await rescheduleTimers(ctx, appointment);
  }
}

/**
 * A dealer that has the car at its workshop (by VIN) sets itself as its primary driver's preferred
 * dealer ([CUST-1]: the customer decides afterwards). Recorded for the customer, at most
 * PREFERRED_DEALER_CLAIMS_PER_DAY per dealer, and answered without the customer's contact data.
 */
export async function dealerClaimPreferred(
  ctx: CommandContext,
  dealerId: string,
  vin: string,
): Promise<Result<DealerCustomerView>> {
  const since = ctx.now - DAY_MS;
  const recent = await ctx.session.countPreferredDealerClaimsSince(dealerId, since);
  if (recent >= PREFERRED_DEALER_CLAIMS_PER_DAY) {
    // The next claim is allowed once enough of the window's claims are 24 hours old: the one that
    // leaves PREFERRED_DEALER_CLAIMS_PER_DAY - 1 younger ones (Retry-After, in whole seconds: the
    // first second in which that claim is more than 24 hours old).
    const freeingClaim = await ctx.session.preferredDealerClaimTimeSince(
      dealerId,
      since,
      recent - PREFERRED_DEALER_CLAIMS_PER_DAY,
    );
    const retryAfterSeconds =
      Math.floor(Math.max(0, (freeingClaim ?? ctx.now) + DAY_MS - ctx.now) / 1000) + 1;
    return fail(
      'PREFERRED_DEALER_CLAIM_RATE_LIMITED',
      `at most ${PREFERRED_DEALER_CLAIMS_PER_DAY} claims by VIN in 24 hours`,
      { retryAfterSeconds: String(retryAfterSeconds) },
    );
  }
  const vehicle = await ctx.session.getVehicle(vin);
  const customer = vehicle?.primaryDriverCustomerId
    ? await ctx.session.getCustomer(vehicle.primaryDriverCustomerId)
    : undefined;
  if (!customer) return fail('VEHICLE_NOT_FOUND', `no vehicle ${vin} with a primary driver`);
  const alreadyAgreed =
    customer.preferredDealerId === dealerId &&
    !(await ctx.session.getCustomerProfile(customer.customerId)).preferredDealerPending;
  // Claiming a customer who already agreed to this dealer changes nothing and is not recorded.
  if (!alreadyAgreed) {
    const claimed = await applyPreferredChange(ctx, customer, { kind: 'dealer-claims', dealerId });
    if (!claimed.ok) return claimed;
    await ctx.session.insertPreferredDealerClaim({
      claimId: ctx.newId(),
      customerId: customer.customerId,
      dealerId,
      vin,
      claimedAt: ctx.now,
    });
  }
  return dealerViewResult(ctx, dealerId, customer.customerId);
}

/** Every dealer that set itself as the customer's preferred dealer by VIN, newest first. */
export async function customerPreferredDealerClaims(
  session: StoreSession,
  customerId: string,
): Promise<PreferredDealerClaimView[]> {
  const claims = await session.listPreferredDealerClaims(customerId, PREFERRED_DEALER_CLAIMS_SHOWN);
  const names = new Map<string, string>();
  for (const claim of claims) {
    if (!names.has(claim.dealerId)) {
      names.set(claim.dealerId, (await session.getDealer(claim.dealerId))?.name ?? claim.dealerId);
    }
  }
  return claims.map((c) => ({
    dealerId: c.dealerId,
    dealerName: names.get(c.dealerId) ?? c.dealerId,
    vin: c.vin,
    claimedAt: c.claimedAt,
  }));
}

export async function customerPreferredDealer(
  ctx: CommandContext,
  customerId: string,
  change: Exclude<PreferredDealerChange, { kind: 'dealer-claims' }>,
): Promise<Result<CustomerProfileView>> {
  const customer = await ctx.session.getCustomer(customerId);
  if (!customer) return fail('CUSTOMER_NOT_FOUND', `customer ${customerId} not found`);
  if (change.kind === 'customer-chooses' && !(await ctx.session.getDealer(change.dealerId))) {
    return fail('DEALER_UNKNOWN', `dealer ${change.dealerId} does not exist`);
  }
  return applyPreferredChange(ctx, customer, change);
}

/** True when a customer other than `customerId`, and not of `dealerId`, is related to the vehicle. */
async function relatedToOthers(
  session: StoreSession,
  dealerId: string,
  customerId: string,
  vin: string,
): Promise<boolean> {
  for (const otherId of await session.listVehicleCustomerIds(vin)) {
    if (otherId === customerId) continue;
    const other = await session.getCustomer(otherId);
    if (other?.preferredDealerId !== dealerId) return true;
  }
  return false;
}

export type RelationChange =
  | { kind: 'add'; vin: string; primaryDriver: boolean }
  | { kind: 'remove'; vin: string }
  | { kind: 'set-primary-driver'; vin: string }
  | { kind: 'report-incorrect'; vin: string; note: string };

/** [CUST-7]: set primary driver, add, remove or report incorrect relations. */
export async function dealerChangeRelation(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
  change: RelationChange,
): Promise<Result<DealerCustomerView>> {
  const found = await ownToChange(ctx, dealerId, customerId);
  if (!found.ok) return found;
  const vehicle = await ctx.session.getVehicle(change.vin);
  if (!vehicle) return fail('VEHICLE_NOT_FOUND', `no vehicle ${change.vin}`);
  // [CUST-10]: a vehicle related to a customer who is not this dealer's is not this dealer's to
  // relate (nor to make its customer the primary driver of: that took the car from the other
  // customer). It is reached by the car, a claim (`POST /dealer/v1/vehicles/{vin}/preferred-dealer`),
  // and answered here exactly as an unknown VIN, so that the answer tells nothing of it.
  if (
    (change.kind === 'add' || change.kind === 'set-primary-driver') &&
    (await relatedToOthers(ctx.session, dealerId, customerId, change.vin))
  ) {
    return fail('VEHICLE_NOT_FOUND', `no vehicle ${change.vin}`);
  }
  const related = (await ctx.session.listCustomerVehicles(customerId)).some((r) => r.vin === change.vin);
  switch (change.kind) {
    case 'add':
      await ctx.session.addVehicleRelation(customerId, change.vin, ctx.now);
      if (change.primaryDriver) await ctx.session.setPrimaryDriver(change.vin, customerId);
      break;
    case 'set-primary-driver':
      if (!related) return fail('VEHICLE_RELATION_NOT_FOUND', `no relation to ${change.vin}`);
      await ctx.session.setPrimaryDriver(change.vin, customerId);
      break;
    case 'remove':
      if (!(await ctx.session.removeVehicleRelation(customerId, change.vin))) {
        return fail('VEHICLE_RELATION_NOT_FOUND', `no relation to ${change.vin}`);
      }
      break;
    case 'report-incorrect':
      // Kept on the relation for the central customer database's team; the relation stays until removed.
      if (!related) return fail('VEHICLE_RELATION_NOT_FOUND', `no relation to ${change.vin}`);
      await ctx.session.reportVehicleRelation(customerId, change.vin, ctx.now, change.note);
      break;
    default: {
      const unreachable: never = change;
      throw new Error(`unhandled relation change ${JSON.stringify(unreachable)}`);
    }
  }
  return dealerViewResult(ctx, dealerId, customerId);
}

/** [CUST-8]: invite a customer without an active account to the owner website. */
export async function dealerInviteToWebsite(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
): Promise<Result<DealerCustomerView>> {
  const found = await ownToChange(ctx, dealerId, customerId);
  if (!found.ok) return found;
  const dealer = await ctx.session.getDealer(dealerId);
  queueCustomerNotice(ctx, found.value, {
    kind: 'website-invite',
    subject: `${dealer?.name ?? 'Your dealer'} invites you to the owner website`,
    lines: ['Create your owner-website account to book workshop visits and follow them online.'],
    path: 'invite',
    dealerId,
  });
  const profile = await ctx.session.getCustomerProfile(customerId);
  await ctx.session.putCustomerProfile({ ...profile, websiteInvitedAt: ctx.now }, ctx.now);
  return dealerViewResult(ctx, dealerId, customerId);
}

/** [CUST-9]: every customer/vehicle whose preferred dealer is this dealer. */
export async function allWorkshopCustomers(session: StoreSession, dealerId: string) {
  const customers = await session.listDealerCustomers(dealerId);
  const views = await Promise.all(customers.map((c) => profileView(session, c.customerId)));
  const found = views.filter((v): v is CustomerProfileView => v !== undefined);
  return Promise.all(found.map((v) => dealerView(session, dealerId, v)));
}
