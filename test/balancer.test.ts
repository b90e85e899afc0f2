/**
 * The cluster behind HAProxy exactly as docs/deployment.md starts it: two real `csb start` nodes on
 * one PostgreSQL and one Redis of the test's own, and Debian's `haproxy` running the repository's
 * deploy/haproxy.cfg on free loopback ports. Checks what the configuration promises: cars reach a
 * node through the MQTT (TCP) frontend, the REST API is spread over both nodes, and a browser
 * signed in to the dealer console stays with the node that holds its session.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { csb, toTimestamp } from '@csb/proto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestCar } from './support/car.ts';
import { startNode, stopNode, type TestNode } from './support/cluster.ts';
import { eventually } from './support/dealer.ts';
import { freePort } from './support/ports.ts';
import { startRedis, type TestRedis } from './support/redis.ts';
import { stopTestPostgres, testPostgres } from './support/stores.ts';
import { killChild, tempDataDir } from './support/system.ts';

let redis: TestRedis;
let data: ReturnType<typeof tempDataDir>;
let node1: TestNode;
let node2: TestNode;
let haproxy: ChildProcess;
let lbHttp: string;
let lbMqtt: string;

beforeAll(async () => {
  redis = await startRedis();
  data = tempDataDir();
  const env = { CSB_DATABASE_URL: await (await testPostgres()).createDatabase(), CSB_LOG_LEVEL: 'warn' };
  node1 = await startNode('node-1', data.dir, redis.url, env);
  node2 = await startNode('node-2', data.dir, redis.url, env);
  const [mqttPort, httpPort] = [await freePort(), await freePort()];
  haproxy = spawn('haproxy', ['-db', '-f', 'deploy/haproxy.cfg'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      CSB_LB_HOST: '127.0.0.1',
      CSB_LB_MQTT_PORT: String(mqttPort),
      CSB_LB_HTTP_PORT: String(httpPort),
      CSB_NODE1_HOST: '127.0.0.1',
      CSB_NODE1_MQTT_PORT: String(node1.mqttPort),
      CSB_NODE1_HTTP_PORT: String(node1.httpPort),
      CSB_NODE1_OPS_PORT: String(node1.opsPort),
      CSB_NODE2_HOST: '127.0.0.1',
      CSB_NODE2_MQTT_PORT: String(node2.mqttPort),
      CSB_NODE2_HTTP_PORT: String(node2.httpPort),
      CSB_NODE2_OPS_PORT: String(node2.opsPort),
    },
  });
  lbHttp = `http://127.0.0.1:${httpPort}`;
  lbMqtt = `mqtt://127.0.0.1:${mqttPort}`;
  await eventually(
    async () =>
      (await fetch(`${lbHttp}/openapi.json`).catch(() => null))?.status === 200 ? true : undefined,
    'the balancer answering',
  );
}, 90_000);

afterAll(async () => {
  if (haproxy) await killChild(haproxy, 'SIGTERM');
  await Promise.all([stopNode(node1), stopNode(node2)]);
  await redis?.stop();
  await stopTestPostgres();
  data?.remove();
});

/** How many GETs of the dealer's appointment list a node has answered (its own /metrics). */
async function listRequestsOn(node: TestNode): Promise<number> {
  const metrics = await fetch(`${node.opsUrl}/metrics`).then((r) => r.text());
  const line = metrics
    .split('\n')
    .find((l) =>
      l.startsWith(
        'csb_http_request_duration_seconds_count{method="GET",route="/dealer/v1/appointments",status="200"}',
      ),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}

/** The cookies a response sets, as name=value pairs. */
const cookiesOf = (response: Response): string[] =>
  response.headers.getSetCookie().map((c) => c.split(';', 1)[0] ?? '');

describe('the cluster behind HAProxy (deploy/haproxy.cfg)', () => {
  it('takes a car booking request through the MQTT frontend', async () => {
    const car = await TestCar.connect(lbMqtt, 'YV1DEMCAR00000001', 'demo-secret-1');
    try {
      const id = await car.send('booking-request', {
        bookingRequest: {
          origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
          consent: { granted: true, grantedAt: toTimestamp(Date.now()) },
          customerNote: 'through the balancer',
        },
      });
      expect((await car.resultFor(id)).envelope.uplinkResult?.accepted?.appointmentId).toBeTruthy();
    } finally {
      await car.close();
    }
  });

  it('spreads REST API requests over both nodes', async () => {
    const before1 = await listRequestsOn(node1);
    const before2 = await listRequestsOn(node2);
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${lbHttp}/dealer/v1/appointments`, {
        headers: { authorization: 'Bearer demo-key-dealer-gbg' },
      });
      expect(response.status).toBe(200);
      // An API client gets no balancer cookie: it is not pinned to a node.
      expect(cookiesOf(response).some((c) => c.startsWith('CSBNODE='))).toBe(false);
    }
    expect((await listRequestsOn(node1)) - before1).toBeGreaterThan(0);
    expect((await listRequestsOn(node2)) - before2).toBeGreaterThan(0);
  });

  it('keeps a signed-in console browser on the node that holds its session', async () => {
    const jar = new Map<string, string>();
    const keep = (response: Response) => {
      for (const pair of cookiesOf(response)) {
        const [name, ...value] = pair.split('=');
        if (name) jar.set(name, value.join('='));
      }
    };
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const form = await fetch(`${lbHttp}/console/sign-in`);
    keep(form);
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    expect(jar.has('CSBNODE')).toBe(true);
    const signIn = await fetch(`${lbHttp}/console/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader() },
      body: new URLSearchParams({ _csrf: token, next: '', secret: 'demo-key-dealer-gbg' }).toString(),
    });
    keep(signIn);
    expect(signIn.status).toBe(303);
    expect(jar.has('csb_console')).toBe(true);
    // Round robin alone would send every other page to the node without the session (a redirect
    // to sign-in): each of these must be the signed-in page.
    for (let i = 0; i < 8; i++) {
      const page = await fetch(`${lbHttp}/console/lists/actions`, {
        redirect: 'manual',
        headers: { cookie: cookieHeader() },
      });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('Sign out');
    }
  });
});
