/**
 * Customer information for the dealer and the customer (seed 002, "Managing customer
 * information"): profile with its source and mandatory fields, contact-by (marketing only),
 * reminder days, the preferred dealer the customer decides, vehicle relations, the owner-website
 * account. A dealer sees only its own customers: those whose preferred dealer it is (its "All
 * Workshop Customers"); any other answers CUSTOMER_NOT_FOUND like an unknown id.
 */
import { changePreferredDealer, type PreferredDealerChange } from '../domain/customers.ts';
import { fail, ok, type Result } from '../errors.ts';
import { type CommandContext, rescheduleTimers } from './command-context.ts';
import { queueCustomerNotice } from './notifications.ts';
import type { CustomerProfileRecord, CustomerRecord, StoreSession } from './store-port.ts';

export interface CustomerVehicleView {
  vin: string;
  model: string;
  modelYear: number;
  /** Sensus cloud connected (seed 004 notification icon). */
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
  /** seed 002 "My Volvo Account": an active owner-website account, or the last invitation. */
  websiteAccount: { active: boolean; invitedAt: number | null };
  vehicles: CustomerVehicleView[];
}

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

/** seed 002: "When adding a new customer the dealer should set himself as preferred dealer". */
export async function dealerCreateCustomer(
  ctx: CommandContext,
  dealerId: string,
  input: NewDealerCustomer,
): Promise<Result<CustomerProfileView>> {
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
  return applyPreferredChange(ctx, customer, { kind: 'dealer-claims', dealerId });
}

export async function dealerGetCustomer(ctx: CommandContext, dealerId: string, customerId: string) {
  const customer = await own(ctx, dealerId, customerId);
  return customer.ok ? viewResult(ctx, customerId) : customer;
}

/** The dealer edits the profile on the customer's behalf ("Manage Profile", then Save). */
export async function dealerUpdateCustomer(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
  patch: CustomerPatch,
): Promise<Result<CustomerProfileView>> {
  const found = await own(ctx, dealerId, customerId);
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
  return viewResult(ctx, customerId);
}

/** seed 002 "Booking reminder, days": the confirmed appointments' reminders move with the setting. */
export async function setReminderDaysOf(ctx: CommandContext, customerId: string, days: number | null) {
  await ctx.session.updateCustomerReminderDays(customerId, days);
  for (const appointment of await ctx.session.listCustomerAppointments(customerId)) {
    if (appointment.status === 'confirmed') await rescheduleTimers(ctx, appointment);
  }
}

/** A dealer that finds a vehicle (by VIN) sets itself as its primary driver's preferred dealer. */
export async function dealerClaimPreferred(
  ctx: CommandContext,
  dealerId: string,
  vin: string,
): Promise<Result<CustomerProfileView>> {
  const vehicle = await ctx.session.getVehicle(vin);
  const customer = vehicle?.primaryDriverCustomerId
    ? await ctx.session.getCustomer(vehicle.primaryDriverCustomerId)
    : undefined;
  if (!customer) return fail('VEHICLE_NOT_FOUND', `no vehicle ${vin} with a primary driver`);
  return applyPreferredChange(ctx, customer, { kind: 'dealer-claims', dealerId });
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

export type RelationChange =
  | { kind: 'add'; vin: string; primaryDriver: boolean }
  | { kind: 'remove'; vin: string }
  | { kind: 'set-primary-driver'; vin: string }
  | { kind: 'report-incorrect'; vin: string; note: string };

/** seed 002 "Vehicle Relation": set primary driver, add, remove or report incorrect relations. */
export async function dealerChangeRelation(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
  change: RelationChange,
): Promise<Result<CustomerProfileView>> {
  const found = await own(ctx, dealerId, customerId);
  if (!found.ok) return found;
  const vehicle = await ctx.session.getVehicle(change.vin);
  if (!vehicle) return fail('VEHICLE_NOT_FOUND', `no vehicle ${change.vin}`);
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
  return viewResult(ctx, customerId);
}

/** seed 002 "My Volvo Account": invite a customer without an active account to the owner website. */
export async function dealerInviteToWebsite(
  ctx: CommandContext,
  dealerId: string,
  customerId: string,
): Promise<Result<CustomerProfileView>> {
  const found = await own(ctx, dealerId, customerId);
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
  return viewResult(ctx, customerId);
}

/** seed 004 "All Workshop Customers": every customer/vehicle whose preferred dealer is this dealer. */
export async function allWorkshopCustomers(session: StoreSession, dealerId: string) {
  const customers = await session.listDealerCustomers(dealerId);
  const views = await Promise.all(customers.map((c) => profileView(session, c.customerId)));
  return views.filter((v): v is CustomerProfileView => v !== undefined);
}
