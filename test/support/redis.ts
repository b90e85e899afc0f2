/**
 * A real Redis for a test: `redis-server` on a free loopback port, nothing saved to disk,
 * stopped by its PID. `stop()` then `start()` again brings it back on the same port (the
 * "losing Redis" tests). Debian package `redis-server` (.ci/run installs it when missing).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createConnection } from 'node:net';
import { freePort } from './ports.ts';

export interface TestRedis {
  readonly port: number;
  readonly url: string;
  /** The running redis-server's PID (undefined while stopped): its CPU time is read from /proc. */
  pid(): number | undefined;
  /** Starts (again) on the same port; resolves when it answers PING. */
  start(): Promise<void>;
  /** SIGKILL by PID: every connection drops at once, as when the Redis machine fails. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** True once a PING on the port is answered +PONG. */
function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk: Buffer) => done(chunk.toString().startsWith('+PONG')));
  });
}

export async function startRedis(): Promise<TestRedis> {
  const port = await freePort();
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    if (child) return;
    const started = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    child = started;
    started.once('exit', () => {
      if (child === started) child = undefined;
    });
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await pings(port)) return;
      if (started.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`redis-server did not answer on port ${port}`);
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = once(running, 'exit');
    running.kill(name);
    await exited;
    child = undefined;
  }

  await start();
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    pid: () => child?.pid,
    start,
    kill: () => signal('SIGKILL'),
    stop: () => signal('SIGTERM'),
  };
}
