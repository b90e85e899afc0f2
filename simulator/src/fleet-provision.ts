/**
 * Credentials of a fleet: made through the system's own admin API (docs/api.md, "Admin
 * endpoints") — dealers, then one customer per car (the primary driver, preferring one of the
 * run's dealers), then the vehicles in batches of up to 1000 — or read from a provisioning file
 * written by an earlier run or by the operator of a deployment. Never by writing its database.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { SimulatorError } from './errors.ts';
import type { FleetPlan } from './fleet-plan.ts';

export const fleetCredentialsSchema = z.strictObject({
  dealers: z.array(z.strictObject({ dealerId: z.string().min(1), apiKey: z.string().min(1) })).min(1),
  cars: z
    .array(
      z.strictObject({
        vin: z.string().length(17),
        secret: z.string().min(1),
        /** The dealer (by id) the car's driver prefers; must be one of `dealers`. */
        dealerId: z.string().min(1),
      }),
    )
    .min(1),
});
export type FleetCredentials = z.output<typeof fleetCredentialsSchema>;

export async function readCredentialsFile(file: string): Promise<FleetCredentials> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new SimulatorError('SIM_PROVISION_FAILED', `cannot read provisioning file ${file}`, {
      cause: error,
    });
  }
  const parsed = fleetCredentialsSchema.safeParse(value);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new SimulatorError(
      'SIM_PROVISION_FAILED',
      `${file} is not a provisioning file:\n${lines.join('\n')}`,
    );
  }
  return parsed.data;
}

/** Written with mode 0600: it holds car secrets and dealer keys. */
export async function writeCredentialsFile(file: string, credentials: FleetCredentials): Promise<void> {
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
}

export interface ProvisionOptions {
  apiUrl: string;
  adminKey: string;
  plan: FleetPlan;
  /** Customers created at once. Default 16. */
  concurrency?: number;
  /** Per HTTP call. Default 30 s. */
  timeoutMs?: number;
}

const BATCH = 1_000; // docs/api.md: vehicles:batch takes up to 1000

/**
 * Provisions the plan's dealers, customers and vehicles. Ids carry the plan's run tag, so a second
 * run with the same seed against the same deployment meets them again: that is refused with a
 * clear message (the dealer keys are shown only once) — pass the provisioning file instead.
 */
export async function provisionFleet(options: ProvisionOptions): Promise<FleetCredentials> {
  const { plan } = options;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const call = async (path: string, body: unknown): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${options.apiUrl}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${options.adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new SimulatorError('SIM_PROVISION_FAILED', `POST ${path}: ${String(error)}`, { cause: error });
    }
    const text = await response.text();
    if (response.status >= 300) {
      const code = problemCode(text);
      const hint = code.endsWith('_EXISTS')
        ? " (this seed was provisioned before on this deployment: pass --provision-file with that run's file, or use another seed)"
        : '';
      throw new SimulatorError('SIM_PROVISION_FAILED', `POST ${path} -> ${response.status} ${code}${hint}`);
    }
    return JSON.parse(text) as unknown;
  };

  const dealerCount = Math.max(...plan.cars.map((c) => c.dealer)) + 1;
  const dealers: FleetCredentials['dealers'] = [];
  for (let d = 0; d < dealerCount; d++) {
    const dealerId = `${plan.runTag}-dealer-${d}`;
    const created = z.object({ dealerId: z.string(), apiKey: z.string() }).parse(
      await call('/admin/v1/dealers', {
        dealerId,
        name: `Simulated workshop ${d} (${plan.runTag})`,
        phone: '+46 31 000 00 00',
        address: {
          street: `Simulatorgatan ${d + 1}`,
          postalCode: '411 01',
          city: 'Göteborg',
          countryCode: 'SE',
        },
        location: { latitude: 57.7 + d / 1000, longitude: 11.97 },
      }),
    );
    dealers.push(created);
  }

  const customerOf = (index: number): string => `${plan.runTag}-customer-${index}`;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < plan.cars.length) {
      const car = plan.cars[next++];
      if (car === undefined) return;
      await call('/admin/v1/customers', {
        customerId: customerOf(car.index),
        name: `Driver ${car.index}`,
        email: `driver-${car.index}@${plan.runTag}.sim.example.com`,
        preferredDealerId: dealers[car.dealer]?.dealerId,
      });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));

  const cars: FleetCredentials['cars'] = [];
  const vehicleSchema = z.object({ vehicles: z.array(z.object({ vin: z.string(), secret: z.string() })) });
  for (let from = 0; from < plan.cars.length; from += BATCH) {
    const slice = plan.cars.slice(from, from + BATCH);
    const created = vehicleSchema.parse(
      await call('/admin/v1/vehicles:batch', {
        vehicles: slice.map((car) => ({
          vin: car.vin,
          model: 'Simulated EX',
          modelYear: 2026,
          connected: true,
          primaryDriverCustomerId: customerOf(car.index),
        })),
      }),
    );
    const secrets = new Map(created.vehicles.map((v) => [v.vin, v.secret]));
    for (const car of slice) {
      const secret = secrets.get(car.vin);
      if (secret === undefined) throw new SimulatorError('SIM_PROVISION_FAILED', `no secret for ${car.vin}`);
      cars.push({ vin: car.vin, secret, dealerId: dealers[car.dealer]?.dealerId ?? '' });
    }
  }
  return { dealers, cars };
}

function problemCode(text: string): string {
  try {
    const code: unknown = (JSON.parse(text) as { code?: unknown }).code;
    return typeof code === 'string' ? code : 'UNKNOWN';
  } catch {
    return 'UNKNOWN';
  }
}
