/** Starts the real csb system for a test: in-process, or as a child process (`csb start`). */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { loadConfig } from '../../bin/config.ts';
import { type RunningSystem, startSystem } from '../../bin/system.ts';
import { ROOT } from './paths.ts';

export const ADMIN_KEY = 'test-admin-key-0123456789';

export function tempDataDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'csb-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    CSB_DATA_DIR: dataDir,
    CSB_MQTT_HOST: '127.0.0.1',
    CSB_MQTT_PORT: '0',
    CSB_HTTP_HOST: '127.0.0.1',
    CSB_HTTP_PORT: '0',
    CSB_OPS_PORT: '0',
    CSB_ADMIN_KEY: ADMIN_KEY,
    CSB_SEED_DEMO: 'true',
    CSB_LOG_LEVEL: 'silent',
  };
}

/** The system in this process; `env` adds or overrides CSB_* keys, `clock` replaces the configured one. */
export async function startInProcess(
  dataDir: string,
  env: NodeJS.ProcessEnv = {},
  options: { clock?: { now(): number } } = {},
): Promise<RunningSystem> {
  return startSystem(loadConfig({ ...testEnv(dataDir), ...env }), pino({ level: 'silent' }), options);
}

export interface ChildSystem {
  child: ChildProcess;
  mqttPort: number;
  httpPort: number;
  opsPort: number;
}

/** Runs `node bin/csb.ts start` and resolves with the ports from its first stdout line; `env` adds CSB_* keys. */
export async function startChild(
  dataDir: string,
  timeoutMs = 20_000,
  env: NodeJS.ProcessEnv = {},
): Promise<ChildSystem> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/csb.ts'), 'start'], {
    cwd: ROOT,
    env: { ...process.env, ...testEnv(dataDir), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise<ChildSystem>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`csb start printed no ports within ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.includes('"csb.started"'));
      if (!line) return;
      // Read no further here: a node logging at `info` writes for as long as it runs, and a
      // growing copy split on every chunk starved this process until the child's synchronous
      // stdout writes (a pipe) blocked the child itself.
      child.stdout?.off('data', onData);
      clearTimeout(timer);
      const started = JSON.parse(line) as { mqttPort: number; httpPort: number; opsPort: number };
      resolve({ child, ...started });
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`csb start exited with ${code} before it was ready; stderr: ${stderr}`));
    });
  });
}

export async function killChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}
