/**
 * A PostgreSQL server of the test's own: `initdb` a throwaway cluster in a temp directory, start
 * it with `pg_ctl` on a free loopback port (fsync off: a test server loses nothing it needs), one
 * database per caller (`CREATE DATABASE ... TEMPLATE template0`, fast), stopped with
 * `pg_ctl stop -m fast` at the end. Used by booking-core's and the end-to-end tests.
 *
 * Binaries: `initdb` and `pg_ctl` on PATH, else Debian's /usr/lib/postgresql/<version>/bin
 * (package `postgresql`; .ci/run installs it when neither is found).
 *
 * PostgreSQL refuses to run as root: when the tests run as root (CI containers), the cluster's
 * directory is given to the unprivileged `nobody` account and every PostgreSQL command runs as it
 * through `runuser -u nobody --` (util-linux, on every Debian). As any other user it runs as that
 * user. The server only listens on 127.0.0.1 and a socket in its own temp directory.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports.ts';

export interface TestPostgres {
  readonly port: number;
  /**
   * The postmaster's PID while the server runs (first line of postmaster.pid); every backend is
   * its child, so the server's CPU time is that process tree's (bench/lib.ts `treeCpuMicros`).
   */
  serverPid(): number | undefined;
  /** A new empty database; returns its `postgres://` URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server (fast shutdown: open connections are cut), keeping its data. */
  stopServer(): void;
  /** Starts it again on the same port after `stopServer`. */
  startServer(): void;
  /** Stops the server and removes its directory. */
  stop(): void;
}

function findBinary(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin', name);
  }
  throw new Error(`${name} not found on PATH nor under /usr/lib/postgresql/*/bin: install PostgreSQL`);
}

let databases = 0;

export async function startTestPostgres(): Promise<TestPostgres> {
  const initdb = findBinary('initdb');
  const pgCtl = findBinary('pg_ctl');
  const dir = mkdtempSync(path.join(tmpdir(), 'csb-pg-'));
  const data = path.join(dir, 'data');
  const log = path.join(dir, 'server.log');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  const run = (binary: string, args: string[]): void => {
    const [command, argv] = asRoot ? ['runuser', ['-u', 'nobody', '--', binary, ...args]] : [binary, args];
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir, timeout: 60_000 });
    if (result.status !== 0) {
      const serverLog = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
      throw new Error(
        `${path.basename(binary)} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}${result.stdout}${serverLog}`,
      );
    }
  };
  run(initdb, ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--no-instructions']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  let running = false;
  const startServer = (): void => {
    run(pgCtl, ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
    running = true;
  };
  const stopServer = (): void => {
    if (!running) return;
    run(pgCtl, ['-D', data, '-m', 'fast', '-w', 'stop']);
    running = false;
  };
  // A test worker that ends without its afterAll must not leave a server behind.
  const onExit = (): void => {
    if (running)
      spawnSync(asRoot ? 'runuser' : pgCtl, [
        ...(asRoot ? ['-u', 'nobody', '--', pgCtl] : []),
        '-D',
        data,
        '-m',
        'immediate',
        'stop',
      ]);
  };
  process.once('exit', onExit);
  try {
    startServer();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const admin = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    port,
    serverPid() {
      if (!running) return undefined;
      const first = readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0];
      const pid = Number(first);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    },
    async createDatabase(name) {
      databases += 1;
      const database = name ?? `csb_${process.pid}_${databases}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${database}" TEMPLATE template0`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${database}`;
    },
    stopServer,
    startServer,
    stop() {
      stopServer();
      process.removeListener('exit', onExit);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
