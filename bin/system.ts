/**
 * Composition root: the whole csb system in one process on its embedded defaults — booking core
 * on SQLite, dealer/admin REST API, MQTT broker + gateway, ops endpoints. `csb start` and the
 * end-to-end tests both start the system through here.
 */
import { buildHttpApp, openBookingCore, seedDemoData } from '@csb/booking-core';
import { createGateway } from '@csb/gateway';
import type { Logger } from 'pino';
import type { CsbConfig } from './config.ts';

export interface RunningSystem {
  readonly mqttPort: number;
  readonly httpPort: number;
  readonly opsPort: number;
  readonly demo: Awaited<ReturnType<typeof seedDemoData>> | undefined;
  stop(): Promise<void>;
}

export async function startSystem(config: CsbConfig, logger: Logger): Promise<RunningSystem> {
  const core = await openBookingCore({
    databasePath: config.databasePath,
    logger: logger.child({ part: 'booking-core' }),
    sqliteSynchronous: config.sqliteSynchronous,
  });
  const demo = config.seedDemo ? await seedDemoData(core) : undefined;

  const http = buildHttpApp(core, { logger: logger.child({ part: 'http' }), adminKey: config.adminKey });
  await http.listen({ host: config.http.host, port: config.http.port });
  const httpAddress = http.server.address();
  const httpPort = typeof httpAddress === 'object' && httpAddress ? httpAddress.port : config.http.port;

  const gateway = await createGateway({
    carChannel: core,
    logger: logger.child({ part: 'gateway' }),
    config: {
      host: config.mqtt.host,
      mqttPort: config.mqtt.port,
      opsHost: config.ops.host,
      opsPort: config.ops.port,
    },
  });
  const { mqttPort, opsPort } = await gateway.start();

  let stopping: Promise<void> | undefined;
  return {
    mqttPort,
    httpPort,
    opsPort,
    demo,
    stop() {
      // Order matters: stop taking car traffic first, then the API, then close the database
      // once nothing can write to it any more.
      stopping ??= (async () => {
        await gateway.stop();
        await http.close();
        await core.close();
      })();
      return stopping;
    },
  };
}
