/**
 * The csb that `csb conformance` plays the cloud with: the whole system in this process on
 * loopback, free ports, a temporary data directory (removed at stop), the demo data seeded. The
 * car under test is the demo car YV1DEMCAR00000001, or the VIN the caller names: then the kit
 * provisions that car through the admin API (a driver whose preferred dealer is the demo car's
 * dealer, the car connected, the secret given or generated), as an operator would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CarUnderTest, RunningCloud } from '@csb/conformance';
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { startSystem } from './system.ts';

export async function startConformanceCloud(carUnderTest?: CarUnderTest): Promise<RunningCloud> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csb-conformance-'));
  const config = loadConfig({
    CSB_DATA_DIR: dataDir,
    CSB_MQTT_HOST: '127.0.0.1',
    CSB_MQTT_PORT: '0',
    CSB_HTTP_HOST: '127.0.0.1',
    CSB_HTTP_PORT: '0',
    CSB_OPS_PORT: '0',
    CSB_SEED_DEMO: 'true',
    CSB_MAIL_TRANSPORT: 'none',
  });
  const system = await startSystem(config, pino({ level: 'silent' }));
  const stop = async () => {
    await system.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const demoCar = system.demo?.cars.find((c) => c.vin === 'YV1DEMCAR00000001');
  const dealer = system.demo?.dealers.find((d) => d.dealerId === demoCar?.dealerId);
  if (!demoCar || !dealer) throw new Error('the demo car or its dealer is missing'); // a bug in the seed
  const httpUrl = `http://127.0.0.1:${system.httpPort}`;
  try {
    const car = carUnderTest
      ? await provisionCar(httpUrl, config.adminKey ?? '', dealer.dealerId, carUnderTest)
      : { vin: demoCar.vin, secret: demoCar.secret };
    return { mqttPort: system.mqttPort, httpUrl, car, dealerApiKey: dealer.apiKey, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The car and its primary driver through the admin API (docs/api.md "Admin API"). */
async function provisionCar(
  httpUrl: string,
  adminKey: string,
  dealerId: string,
  car: CarUnderTest,
): Promise<{ vin: string; secret: string }> {
  const post = async <T>(route: string, body: unknown): Promise<T> => {
    const response = await fetch(`${httpUrl}/admin/v1${route}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok)
      throw new Error(`provisioning the car under test: POST ${route} answered ${response.status} ${text}`);
    return JSON.parse(text) as T;
  };
  const { customerId } = await post<{ customerId: string }>('/customers', {
    name: 'Conformance Driver',
    email: 'conformance-driver@csb.invalid',
    preferredDealerId: dealerId,
  });
  return post<{ vin: string; secret: string }>('/vehicles', {
    vin: car.vin,
    model: 'Head unit under test',
    modelYear: new Date().getUTCFullYear(),
    connected: true,
    primaryDriverCustomerId: customerId,
    ...(car.secret === undefined ? {} : { secret: car.secret }),
  });
}
