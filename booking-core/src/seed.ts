/**
 * Demo data for `csb start` and end-to-end tests. DEMO ONLY: the API keys and car secrets below
 * are public; never seed them into a real deployment. Idempotent: a second call changes nothing
 * and returns the same credentials.
 */
import type { BookingCore, NewCustomer, NewDealer, NewVehicle } from './service/booking-core.ts';

export interface DemoData {
  dealers: { dealerId: string; name: string; apiKey: string }[];
  cars: { vin: string; secret: string; customerName: string; dealerId: string | null; connected: boolean }[];
}

const DEALERS: (NewDealer & { dealerId: string; apiKey: string })[] = [
  {
    dealerId: 'dealer-gbg',
    name: 'Göteborg Bil AB',
    phone: '+46 31 123 45 00',
    address: { street: 'Importgatan 14', postalCode: '422 46', city: 'Hisings Backa', countryCode: 'SE' },
    location: { latitude: 57.7497, longitude: 11.9628 },
    email: 'verkstad@goteborgbil.example.se',
    apiKey: 'demo-key-dealer-gbg',
  },
  {
    dealerId: 'dealer-lyon',
    name: 'Lyon Auto',
    phone: '+33 4 72 10 20 30',
    address: { street: '125 Avenue Jean Jaurès', postalCode: '69007', city: 'Lyon', countryCode: 'FR' },
    location: { latitude: 45.7446, longitude: 4.8429 },
    email: 'atelier@lyonauto.example.fr',
    apiKey: 'demo-key-dealer-lyon',
  },
];

const CUSTOMERS: (NewCustomer & { customerId: string })[] = [
  {
    customerId: 'customer-anna',
    name: 'Anna Lindqvist',
    email: 'anna.lindqvist@example.com',
    phone: '+46 70 123 45 67',
    preferredDealerId: 'dealer-gbg',
  },
  {
    customerId: 'customer-erik',
    name: 'Erik Johansson',
    email: 'erik.johansson@example.com',
    preferredDealerId: 'dealer-gbg',
  },
  {
    customerId: 'customer-camille',
    name: 'Camille Martin',
    email: 'camille.martin@example.fr',
    phone: '+33 6 12 34 56 78',
    preferredDealerId: 'dealer-lyon',
  },
  // Has chosen no preferred dealer yet: her car's requests are refused with NO_PREFERRED_DEALER.
  { customerId: 'customer-lena', name: 'Lena Berg', email: 'lena.berg@example.com' },
];

// VINs: 17 characters, none of I, O, Q (ISO 3779).
const VEHICLES: (NewVehicle & { secret: string; primaryDriverCustomerId: string })[] = [
  {
    vin: 'YV1DEMCAR00000001',
    model: 'XC60',
    modelYear: 2023,
    connected: true,
    primaryDriverCustomerId: 'customer-anna',
    secret: 'demo-secret-1',
  },
  {
    vin: 'YV1DEMCAR00000002',
    model: 'V90',
    modelYear: 2022,
    connected: true,
    primaryDriverCustomerId: 'customer-erik',
    secret: 'demo-secret-2',
  },
  {
    vin: 'YV1DEMCAR00000003',
    model: 'XC40',
    modelYear: 2024,
    connected: true,
    primaryDriverCustomerId: 'customer-camille',
    secret: 'demo-secret-3',
  },
  {
    vin: 'YV1DEMCAR00000004',
    model: 'XC90',
    modelYear: 2021,
    connected: true,
    primaryDriverCustomerId: 'customer-lena',
    secret: 'demo-secret-4',
  },
  // Not cloud connected: takes part only through the website and the dealer.
  {
    vin: 'YV1DEMCAR00000005',
    model: 'V70',
    modelYear: 2008,
    connected: false,
    primaryDriverCustomerId: 'customer-erik',
    secret: 'demo-secret-5',
  },
];

function orThrow<T>(
  result: { ok: true; value: T } | { ok: false; error: { code: string; detail: string } },
): T {
  // Demo data is our own constant: a refusal here is a bug, not a user error.
  if (!result.ok) throw new Error(`seeding failed: ${result.error.code} ${result.error.detail}`);
  return result.value;
}

export async function seedDemoData(core: BookingCore): Promise<DemoData> {
  for (const { apiKey, ...dealer } of DEALERS) {
    if (!(await core.getDealer(dealer.dealerId))) orThrow(await core.createDealer(dealer, { apiKey }));
  }
  for (const customer of CUSTOMERS) {
    if (!(await core.getCustomer(customer.customerId))) orThrow(await core.createCustomer(customer));
  }
  const missing: NewVehicle[] = [];
  for (const vehicle of VEHICLES) {
    if (!(await core.getVehicle(vehicle.vin))) missing.push(vehicle);
  }
  if (missing.length > 0) orThrow(await core.createVehicles(missing));

  const customers = new Map(CUSTOMERS.map((c) => [c.customerId, c]));
  return {
    dealers: DEALERS.map((d) => ({ dealerId: d.dealerId, name: d.name, apiKey: d.apiKey })),
    cars: VEHICLES.map((v) => {
      const customer = customers.get(v.primaryDriverCustomerId);
      return {
        vin: v.vin,
        secret: v.secret,
        customerName: customer?.name ?? '',
        dealerId: customer?.preferredDealerId ?? null,
        connected: v.connected,
      };
    }),
  };
}
