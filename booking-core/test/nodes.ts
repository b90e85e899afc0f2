/**
 * csb nodes for HTTP tests: a core on a database of each store and its HTTP app listening on a
 * free loopback port, all closed after each test (the nodes in reverse order, then their data).
 */
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterEach } from 'vitest';
import type { BookingCore, HttpAppOptions } from '../src/index.ts';
import { buildHttpApp, openBookingCore } from '../src/index.ts';
import { coreDatabaseOf, type TestStore } from './stores.ts';
import { TestClock } from './support.ts';

export interface TestNode {
  core: BookingCore;
  app: FastifyInstance;
  url: string;
  metrics: Registry;
}

export type NodeDatabase = Awaited<ReturnType<typeof coreDatabaseOf>>;

/** Registers the after-each cleanup; call once per test file, at its top level. */
export function testNodes() {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    /** A database of `kind`: the options every node on it opens the core with. */
    database: (kind: TestStore): Promise<NodeDatabase> =>
      coreDatabaseOf(kind, (remove) => cleanups.push(remove)),
    /** One node on `db`; `http` adds to the app's options (a silent logger by default). */
    async start(db: NodeDatabase, http: Partial<HttpAppOptions> = {}): Promise<TestNode> {
      const core = await openBookingCore({ ...db, clock: new TestClock(), secretKey: 'k'.repeat(32) });
      const metrics = new Registry();
      const app = buildHttpApp(core, { logger: pino({ level: 'silent' }), metrics, ...http });
      const url = await app.listen({ host: '127.0.0.1', port: 0 });
      cleanups.push(async () => {
        await app.close();
        await core.close();
      });
      return { core, app, url, metrics };
    },
  };
}
