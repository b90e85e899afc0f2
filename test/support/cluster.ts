/**
 * Cluster nodes for a test: real `csb start` processes sharing one database and one Redis
 * (test/support/redis.ts), each on its own free ports. Each node's log lines are kept.
 */
import { type ChildSystem, killChild, startChild } from './system.ts';

export interface TestNode extends ChildSystem {
  readonly name: string;
  /** Every JSON log line the node wrote after its start line. */
  readonly logs: Record<string, unknown>[];
  readonly mqttUrl: string;
  readonly apiUrl: string;
  readonly opsUrl: string;
  kill(): Promise<void>;
}

export async function startNode(
  name: string,
  dataDir: string,
  redisUrl: string,
  env: NodeJS.ProcessEnv = {},
): Promise<TestNode> {
  const started = await startChild(dataDir, 30_000, {
    CSB_REDIS_URL: redisUrl,
    CSB_NODE_ID: name,
    CSB_MAIL_TRANSPORT: 'none',
    CSB_SECRET_KEY: 'cluster-test-secret-key-0123456789abcdef',
    ...env,
  });
  const logs: Record<string, unknown>[] = [];
  let partial = '';
  started.child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.startsWith('{')) continue;
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // a line cut by a kill: not a log record
      }
    }
  });
  return {
    ...started,
    name,
    logs,
    mqttUrl: `mqtt://127.0.0.1:${started.mqttPort}`,
    apiUrl: `http://127.0.0.1:${started.httpPort}`,
    opsUrl: `http://127.0.0.1:${started.opsPort}`,
    kill: () => killChild(started.child, 'SIGKILL'),
  };
}

export function stopNode(node: TestNode | undefined): Promise<void> {
  return node ? killChild(node.child, 'SIGTERM') : Promise.resolve();
}
