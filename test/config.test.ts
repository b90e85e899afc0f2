/**
 * The configuration's safe defaults and its checks (bin/config.ts): where the demo listens, which
 * CSB_* names are unknown, and that docs/operations.md documents every variable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONFIG_VARIABLES,
  ConfigError,
  DEMO_ADMIN_KEY,
  isLoopbackHost,
  loadConfig,
  unknownVariables,
} from '../bin/config.ts';
import { ROOT } from './support/paths.ts';

describe('demo mode listens on this machine only', () => {
  it('binds 127.0.0.1 by default while the demo is on', () => {
    const config = loadConfig({});
    expect(config.seedDemo).toBe(true);
    expect(config.mqtt.host).toBe('127.0.0.1');
    expect(config.http.host).toBe('127.0.0.1');
    expect(config.ops.host).toBe('127.0.0.1');
  });

  it('binds every interface by default with the demo off', () => {
    const config = loadConfig({ CSB_SEED_DEMO: 'false', CSB_ADMIN_KEY: 'a-key-of-my-own-0123456789' });
    expect(config.mqtt.host).toBe('0.0.0.0');
    expect(config.http.host).toBe('0.0.0.0');
  });

  it('refuses the demo on a non-loopback host, naming the variable and the way out', () => {
    for (const env of [{ CSB_HTTP_HOST: '0.0.0.0' }, { CSB_MQTT_HOST: '192.168.1.10' }]) {
      const attempt = () => loadConfig(env);
      expect(attempt).toThrow(ConfigError);
      expect(attempt).toThrow(Object.keys(env)[0] ?? '');
      expect(attempt).toThrow(/CSB_DEMO_ON_NETWORK=true/);
    }
  });

  it('refuses the published demo admin key on the network even with the demo seed off', () => {
    expect(() =>
      loadConfig({ CSB_SEED_DEMO: 'false', CSB_ADMIN_KEY: DEMO_ADMIN_KEY, CSB_HTTP_HOST: '0.0.0.0' }),
    ).toThrow(/CSB_HTTP_HOST=0\.0\.0\.0/);
  });

  it('exposes the demo when told so explicitly', () => {
    const config = loadConfig({ CSB_HTTP_HOST: '0.0.0.0', CSB_DEMO_ON_NETWORK: 'true' });
    expect(config.http.host).toBe('0.0.0.0');
    expect(config.mqtt.host).toBe('127.0.0.1');
  });

  it('accepts an explicit loopback host with the demo on', () => {
    expect(loadConfig({ CSB_HTTP_HOST: 'localhost', CSB_MQTT_HOST: '::1' }).http.host).toBe('localhost');
  });

  it('tells loopback addresses from the others', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', '::1', '[::1]', 'localhost', '::ffff:127.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['0.0.0.0', '::', '10.0.0.1', 'example.org', '128.0.0.1', '::ffff:10.0.0.1'])
      expect(isLoopbackHost(host), host).toBe(false);
  });
});

describe('unknown CSB_* variables', () => {
  it('names each unknown one, with the known name it looks like', () => {
    expect(
      unknownVariables({
        CSB_HTTP_PROT: '9000',
        CSB_SEED_DEMOS: 'false',
        CSB_WHATEVER_ELSE_ENTIRELY: '1',
        CSB_HTTP_PORT: '8080',
        PATH: '/usr/bin',
      }),
    ).toEqual([
      { name: 'CSB_HTTP_PROT', suggestion: 'CSB_HTTP_PORT' },
      { name: 'CSB_SEED_DEMOS', suggestion: 'CSB_SEED_DEMO' },
      { name: 'CSB_WHATEVER_ELSE_ENTIRELY', suggestion: undefined },
    ]);
  });

  it('knows the names the test, bench and bootstrap tools read', () => {
    expect(
      unknownVariables({ CSB_NODE_HOME: '/x', CSB_FAULT_KILLS: '3', CSB_FUZZ_SEED: '1', CSB_BURST: '5' }),
    ).toEqual([]);
  });

  it('docs/operations.md documents every variable csb start reads', () => {
    const operations = readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
    expect(CONFIG_VARIABLES.length).toBeGreaterThan(30);
    expect(CONFIG_VARIABLES.filter((name) => !operations.includes(`| \`${name}\` |`))).toEqual([]);
  });
});

describe('empty values', () => {
  it('count as unset (CSB_ADMIN_KEY= from a compose file without a key: admin API off)', () => {
    const config = loadConfig({ CSB_SEED_DEMO: 'false', CSB_ADMIN_KEY: '', CSB_HTTP_PORT: '' });
    expect(config.adminKey).toBeUndefined();
    expect(config.http.port).toBe(8080);
  });
});

describe('the store setting', () => {
  it('is SQLite without CSB_DATABASE_URL, PostgreSQL with one, pool of 10 by default', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    const config = loadConfig({ CSB_DATABASE_URL: 'postgres://csb:pw@db:5432/csb' });
    expect(config.databaseUrl).toBe('postgres://csb:pw@db:5432/csb');
    expect(config.databasePoolSize).toBe(10);
    expect(loadConfig({ CSB_DATABASE_POOL_SIZE: '3' }).databasePoolSize).toBe(3);
  });

  it('refuses a URL that is not postgres:// and a pool size out of range, naming the variable', () => {
    expect(() => loadConfig({ CSB_DATABASE_URL: 'mysql://db/csb' })).toThrow(/CSB_DATABASE_URL/);
    expect(() => loadConfig({ CSB_DATABASE_POOL_SIZE: '0' })).toThrow(/CSB_DATABASE_POOL_SIZE/);
  });
});

describe('the cluster settings', () => {
  const key = { CSB_SECRET_KEY: 'k'.repeat(32) };
  it('is a single node without CSB_REDIS_URL, a cluster node with one', () => {
    expect(loadConfig({}).cluster).toBeUndefined();
    expect(
      loadConfig({ CSB_REDIS_URL: 'redis://cache:6379', CSB_NODE_ID: 'node-1', ...key }).cluster,
    ).toEqual({
      redisUrl: 'redis://cache:6379',
      nodeId: 'node-1',
    });
    expect(loadConfig({}).downlinkPollIntervalMs).toBe(1_000);
  });
  it('refuses a Redis URL of another scheme, a node id with spaces, and a cluster node without a shared secret key', () => {
    expect(() => loadConfig({ CSB_REDIS_URL: 'http://cache:6379', ...key })).toThrow(/CSB_REDIS_URL/);
    expect(() => loadConfig({ CSB_REDIS_URL: 'redis://cache', CSB_NODE_ID: 'node 1', ...key })).toThrow(
      /CSB_NODE_ID/,
    );
    expect(() => loadConfig({ CSB_REDIS_URL: 'redis://cache' })).toThrow(
      /CSB_SECRET_KEY: required with CSB_REDIS_URL/,
    );
  });
});
