/**
 * Provisioning of dealers, customers and vehicles (admin API, seed data, fleet simulator).
 * Inputs are validated by the caller's schema (HTTP) or are our own constants (seed).
 */
import type { DealerCard } from '../car-channel.ts';
import { fail, ok, type Result } from '../errors.ts';
import { generateApiKey, generateSecret, type SecretHasher, sha256Hex } from './secrets.ts';
import type { BookingStore, VehicleRecord } from './store-port.ts';

export interface NewDealer {
  dealerId?: string;
  name: string;
  phone: string;
  address: DealerCard['address'];
  location: DealerCard['location'];
  /** Where service-level escalation emails go. */
  email?: string;
}

export interface NewCustomer {
  customerId?: string;
  name: string;
  email: string;
  phone?: string;
  preferredDealerId?: string;
}

export interface NewVehicle {
  vin: string;
  model: string;
  modelYear: number;
  connected: boolean;
  primaryDriverCustomerId?: string;
  /** The car's MQTT secret; generated when absent. */
  secret?: string;
}

export async function createDealer(
  store: BookingStore,
  now: number,
  newId: () => string,
  input: NewDealer,
  /** Only for demo data: a fixed key instead of a generated one. */
  apiKey: string = generateApiKey(),
): Promise<Result<{ dealerId: string; apiKey: string }>> {
  const dealerId = input.dealerId ?? newId();
  return store.transaction(async (session) => {
    if (await session.getDealer(dealerId)) return fail('DEALER_EXISTS', `dealer ${dealerId} exists`);
    await session.insertDealer({
      dealerId,
      name: input.name,
      phone: input.phone,
      address: input.address,
      location: input.location,
      createdAt: now,
      email: input.email ?? null,
    });
    // Only the hash is stored; the key is shown once, in this answer.
    await session.insertDealerApiKey(dealerId, sha256Hex(apiKey), now);
    return ok({ dealerId, apiKey });
  });
}

export async function rotateDealerApiKey(
  store: BookingStore,
  now: number,
  dealerId: string,
  apiKey: string = generateApiKey(),
): Promise<Result<{ dealerId: string; apiKey: string }>> {
  return store.transaction(async (session) => {
    if (!(await session.getDealer(dealerId)))
      return fail('DEALER_UNKNOWN', `dealer ${dealerId} does not exist`);
    // In one transaction: no moment with both keys, or with none.
    await session.deleteDealerApiKeys(dealerId);
    await session.insertDealerApiKey(dealerId, sha256Hex(apiKey), now);
    return ok({ dealerId, apiKey });
  });
}

export async function createCustomer(
  store: BookingStore,
  now: number,
  newId: () => string,
  input: NewCustomer,
): Promise<Result<{ customerId: string }>> {
  const customerId = input.customerId ?? newId();
  return store.transaction(async (session) => {
    if (await session.getCustomer(customerId))
      return fail('CUSTOMER_EXISTS', `customer ${customerId} exists`);
    if (input.preferredDealerId && !(await session.getDealer(input.preferredDealerId))) {
      return fail('DEALER_UNKNOWN', `dealer ${input.preferredDealerId} does not exist`);
    }
    await session.insertCustomer({
      customerId,
      name: input.name,
      email: input.email,
      phone: input.phone ?? null,
      preferredDealerId: input.preferredDealerId ?? null,
      createdAt: now,
    });
    return ok({ customerId });
  });
}

/** All or nothing: one transaction for the whole batch. */
export async function createVehicles(
  store: BookingStore,
  secrets: SecretHasher,
  now: number,
  inputs: readonly NewVehicle[],
): Promise<Result<{ vin: string; secret: string }[]>> {
  const vins = inputs.map((v) => v.vin);
  const repeated = vins.filter((vin, i) => vins.indexOf(vin) !== i);
  if (repeated.length > 0) return fail('VEHICLE_EXISTS', `VIN repeated in the batch: ${repeated.join(', ')}`);
  const credentials = inputs.map((v) => ({ vin: v.vin, secret: v.secret ?? generateSecret() }));
  const hashes = credentials.map((c) => secrets.hash(c.secret));
  return store.transaction(async (session) => {
    const existing = await session.getVehicles(vins);
    if (existing.length > 0) {
      return fail('VEHICLE_EXISTS', `vehicle exists: ${existing.map((v) => v.vin).join(', ')}`);
    }
    const drivers = [...new Set(inputs.flatMap((v) => v.primaryDriverCustomerId ?? []))];
    const known = new Set((await session.getCustomers(drivers)).map((c) => c.customerId));
    const unknown = drivers.filter((id) => !known.has(id));
    if (unknown.length > 0) return fail('CUSTOMER_UNKNOWN', `customer does not exist: ${unknown.join(', ')}`);
    const records: VehicleRecord[] = inputs.map((v, i) => ({
      vin: v.vin,
      model: v.model,
      modelYear: v.modelYear,
      connected: v.connected,
      primaryDriverCustomerId: v.primaryDriverCustomerId ?? null,
      secretHash: hashes[i] ?? '',
      createdAt: now,
    }));
    await session.insertVehicles(records);
    return ok(credentials);
  });
}

/** Gives a car a new secret (generated when none is given); the old one stops working at once. */
export async function rotateVehicleSecret(
  store: BookingStore,
  secrets: SecretHasher,
  vin: string,
  secret: string = generateSecret(),
): Promise<Result<{ vin: string; secret: string }>> {
  const hash = secrets.hash(secret);
  return store.transaction(async (session) =>
    (await session.updateVehicleSecretHash(vin, hash))
      ? ok({ vin, secret })
      : fail('VEHICLE_NOT_FOUND', `no vehicle with VIN ${vin}`),
  );
}
