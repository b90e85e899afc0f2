/**
 * The csb executable as an operator meets it, run as a child process: a start that fails on a
 * taken port ends with one line naming the setting and exit code 1 (it used to hang, printing a
 * stack); every command answers --help and refuses unknown flags; --version; unknown CSB_*
 * names are warned about.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { StartupError } from '../bin/startup-error.ts';
import { ROOT } from './support/paths.ts';
import { startInProcess, tempDataDir, testEnv } from './support/system.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/csb.ts ...args`; kills it (and fails) when it does not end within `limitMs`. */
function csb(args: string[], env: NodeJS.ProcessEnv = {}, limitMs = 20_000): Promise<Run> {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/csb.ts'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`csb ${args.join(' ')} did not exit within ${limitMs} ms; stderr: ${stderr}`));
    }, limitMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A port held by this test, as another program would hold 8080. */
async function holdPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return { port: address.port, server };
}

/** A port that was free a moment ago (held, then released). */
async function freePort(): Promise<number> {
  const { port, server } = await holdPort();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createServer().listen(port, '127.0.0.1');
    socket.once('listening', () => socket.close(() => resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

let data: ReturnType<typeof tempDataDir>;
const held: Server[] = [];
beforeAll(() => {
  data = tempDataDir();
});
afterEach(async () => {
  for (const server of held.splice(0)) await new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(() => data?.remove());

describe('csb start when a port is taken', () => {
  it('exits 1 with one line naming CSB_HTTP_PORT, no stack, when the REST API port is taken', async () => {
    const { port, server } = await holdPort();
    held.push(server);
    const run = await csb(['start'], { ...testEnv(data.dir), CSB_HTTP_PORT: String(port) });
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toContain('CSB_HTTP_PORT');
    expect(lines[0]).toContain(`127.0.0.1:${port}`);
    expect(lines[0]).toContain('EADDRINUSE');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).not.toContain('csb.started');
  });

  it('exits 1 naming CSB_MQTT_PORT when the broker port is taken', async () => {
    const { port, server } = await holdPort();
    held.push(server);
    const run = await csb(['start'], { ...testEnv(data.dir), CSB_MQTT_PORT: String(port) });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('CSB_MQTT_PORT');
  });

  it('in process: a failed start leaves nothing listening (the REST API it had started is closed)', async () => {
    const { port: mqttPort, server } = await holdPort();
    held.push(server);
    const httpPort = await freePort();
    const attempt = startInProcess(data.dir, {
      CSB_MQTT_PORT: String(mqttPort),
      CSB_HTTP_PORT: String(httpPort),
    });
    await expect(attempt).rejects.toBeInstanceOf(StartupError);
    await expect(attempt).rejects.toMatchObject({ settings: ['CSB_MQTT_PORT'] });
    // The REST API listened before the broker failed; it must be closed again.
    expect(await accepts(httpPort)).toBe(false);
  });

  it('names CSB_OPS_PORT when the ops port is taken', async () => {
    const { port, server } = await holdPort();
    held.push(server);
    await expect(startInProcess(data.dir, { CSB_OPS_PORT: String(port) })).rejects.toMatchObject({
      settings: ['CSB_OPS_PORT'],
    });
  });
});

describe('csb seed when the database cannot be opened', () => {
  it('exits 1 with one line naming the database settings, no stack', async () => {
    const file = path.join(data.dir, 'a-file');
    writeFileSync(file, 'not a folder');
    const run = await csb(['seed', '--bench-pre-bookings', '1', '--dealer', 'd'], {
      ...testEnv(data.dir),
      CSB_DATA_DIR: path.join(file, 'data'),
    });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n'), run.stderr).toHaveLength(1);
    expect(run.stderr).toContain('CSB_DATA_DIR');
  });
});

describe('csb flags', () => {
  const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
    .version;

  it('csb --version and csb version print the package version', async () => {
    for (const flag of ['--version', 'version']) {
      const run = await csb([flag]);
      expect(run.code).toBe(0);
      expect(run.stdout.trim()).toBe(`csb ${version}`);
    }
    expect(version).toMatch(/^0\.\d+\.\d+$/);
  });

  it('csb start --help prints its usage and exits 0 without starting anything', async () => {
    const run = await csb(['start', '--help'], testEnv(data.dir));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^usage: csb start/);
    expect(run.stdout).not.toContain('csb.started');
  });

  it('csb start with an unknown flag or a stray argument exits 2 without starting anything', async () => {
    for (const args of [
      ['start', '--bogus'],
      ['start', 'now'],
    ]) {
      const run = await csb(args, testEnv(data.dir));
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('csb start:');
      expect(run.stdout).not.toContain('csb.started');
    }
  });

  it('every command answers --help with exit 0 and an unknown flag with exit 2', async () => {
    for (const command of [['seed'], ['simulate', 'car'], ['simulate', 'fleet'], ['simulate'], []]) {
      const help = await csb([...command, '--help']);
      expect(help.code, `${command.join(' ')} --help`).toBe(0);
      expect(help.stdout.toLowerCase()).toContain('usage: csb');
      if (command.length === 0) continue;
      const bogus = await csb([...command, '--bogus']);
      expect(bogus.code, `${command.join(' ')} --bogus`).toBe(2);
      expect(bogus.stderr.length).toBeGreaterThan(0);
    }
  });

  it('warns about a misspelled CSB_* variable at start', async () => {
    const { port, server } = await holdPort();
    held.push(server);
    // The start fails on the held port, after the warning: the test needs no running system.
    const run = await csb(['start'], {
      ...testEnv(data.dir),
      CSB_LOG_LEVEL: 'warn',
      CSB_HTTP_PORT: String(port),
      CSB_SEED_DEMOS: 'false',
    });
    const warning = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { variable?: string; didYouMean?: string })
      .find((entry) => entry.variable === 'CSB_SEED_DEMOS');
    expect(warning, run.stdout).toMatchObject({ didYouMean: 'CSB_SEED_DEMO' });
  });

  it('csb start on a non-loopback host with the demo on is refused with exit 2', async () => {
    const run = await csb(['start'], { ...testEnv(data.dir), CSB_HTTP_HOST: '0.0.0.0' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('CSB_HTTP_HOST=0.0.0.0');
  });
});
