/**
 * The csb that `csb conformance` plays the cloud with: the whole system in this process on
 * loopback, free ports, a temporary data directory (removed at stop), the demo data seeded; the
 * demo car YV1DEMCAR00000001 and its preferred dealer are the ones the kit uses.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { RunningCloud } from '@csb/conformance';
import { pino } from 'pino';
import { loadConfig } from './config.ts';
import { startSystem } from './system.ts';

export async function startConformanceCloud(): Promise<RunningCloud> {
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
  const car = system.demo?.cars.find((c) => c.vin === 'YV1DEMCAR00000001');
  const dealer = system.demo?.dealers.find((d) => d.dealerId === car?.dealerId);
  if (!car || !dealer) throw new Error('the demo car or its dealer is missing'); // a bug in the seed
  return {
    mqttPort: system.mqttPort,
    httpUrl: `http://127.0.0.1:${system.httpPort}`,
    car: { vin: car.vin, secret: car.secret },
    dealerApiKey: dealer.apiKey,
    async stop() {
      await system.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
