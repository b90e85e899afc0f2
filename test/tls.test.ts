/**
 * TLS as an option: a throwaway self-signed certificate made with the `openssl` CLI, the whole
 * system started with CSB_TLS_CERT / CSB_TLS_KEY, a car over mqtts and a dealer over HTTPS, both
 * verifying the certificate (no `rejectUnauthorized: false`).
 */
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import path from 'node:path';
import { connect } from 'node:tls';
import { csb, decodeDownlink, encodeUplink, toTimestamp } from '@csb/proto';
import mqtt from 'mqtt';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../bin/config.ts';
import { type RunningSystem, startSystem } from '../bin/system.ts';
import { tempDataDir, testEnv } from './support/system.ts';

const data = tempDataDir();
let system: RunningSystem;
let cert: string;

beforeAll(async () => {
  const certPath = path.join(data.dir, 'cert.pem');
  const keyPath = path.join(data.dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      keyPath,
      '-out',
      certPath,
    ],
    { stdio: 'ignore' },
  );
  cert = readFileSync(certPath, 'utf8');
  const env = {
    ...testEnv(data.dir),
    CSB_TLS_CERT: certPath,
    CSB_TLS_KEY: keyPath,
    CSB_MQTTS_PORT: '0',
    CSB_HTTPS_PORT: '0',
  };
  system = await startSystem(loadConfig(env), pino({ level: 'silent' }));
});
afterAll(async () => {
  await system?.stop();
  data.remove();
});

describe('TLS', () => {
  it('refuses a half TLS configuration at start, naming both variables', () => {
    expect(() => loadConfig({ ...testEnv(data.dir), CSB_TLS_CERT: '/x.pem' })).toThrow(/CSB_TLS_KEY/);
  });

  it('serves a car over MQTT over TLS, with the certificate verified', async () => {
    expect(system.mqttsPort).toBeGreaterThan(0);
    const vin = 'YV1DEMCAR00000001';
    const client = await mqtt.connectAsync(`mqtts://127.0.0.1:${system.mqttsPort}`, {
      clientId: vin,
      username: vin,
      password: 'demo-secret-1',
      protocolVersion: 4,
      clean: true,
      reconnectPeriod: 0,
      connectTimeout: 5_000,
      ca: cert,
      servername: 'localhost',
    });
    try {
      await client.subscribeAsync(`csb/v1/vehicles/${vin}/down/result`, { qos: 1 });
      const answered = new Promise<boolean>((resolve) => {
        client.on('message', (_topic, payload) => {
          const decoded = decodeDownlink(payload);
          if (decoded.ok && decoded.message.uplinkResult?.uplinkMessageId === 'tls-request-1')
            resolve(Boolean(decoded.message.uplinkResult.accepted));
        });
      });
      const now = Date.now();
      await client.publishAsync(
        `csb/v1/vehicles/${vin}/up/booking-request`,
        Buffer.from(
          encodeUplink({
            messageId: 'tls-request-1',
            sentAt: toTimestamp(now),
            bookingRequest: {
              origin: csb.v1.RequestOrigin.REQUEST_ORIGIN_MANUAL,
              consent: { granted: true, grantedAt: toTimestamp(now) },
            },
          }),
        ),
        { qos: 1 },
      );
      expect(await answered).toBe(true);
    } finally {
      await client.endAsync(true);
    }
  });

  it('serves the dealer API over HTTPS, with the certificate verified', async () => {
    expect(system.httpsPort).toBeGreaterThan(0);
    const body = await new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: system.httpsPort,
          path: '/dealer/v1/appointments',
          headers: { authorization: 'Bearer demo-key-dealer-gbg' },
          ca: cert,
          servername: 'localhost',
          timeout: 5_000,
        },
        (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(body.status).toBe(200);
    expect(JSON.parse(body.text)).toHaveProperty('items');
  });

  it('answers malformed HTTP over HTTPS with a problem, as over HTTP', async () => {
    const socket = connect({ host: '127.0.0.1', port: system.httpsPort, ca: cert, servername: 'localhost' });
    await once(socket, 'secureConnect');
    let received = '';
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString();
    });
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n');
    await once(socket, 'close');
    expect(received).toMatch(/^HTTP\/1\.1 400 /);
    expect(received).toMatch(/content-type: application\/problem\+json/i);
  });
});
