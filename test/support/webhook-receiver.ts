/**
 * A real HTTP webhook receiver for tests: verifies every request's signature with the
 * `standardwebhooks` package (an implementation independent of ours), records what arrived in
 * order, and misbehaves on purpose when told to (status codes, Retry-After, hanging past the
 * sender's timeout, closing the socket).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Behaviour =
  | { kind: 'status'; status: number; retryAfter?: string }
  | { kind: 'hang' }
  | { kind: 'destroy' };

export interface Received {
  id: string;
  timestamp: string;
  signatures: string[];
  body: string;
  type: string;
  /** Verified with one of the secrets the test set (standardwebhooks throws on anything else). */
  verified: boolean;
  /** What the receiver answered (the status, or 'hang' / 'destroy'). */
  answer: string;
  /** Wall time of arrival (ms). */
  at: number;
}

export class WebhookReceiver {
  readonly received: Received[] = [];
  /** The secrets a signature may verify with (the test sets them after registering). */
  secrets: string[] = [];
  /** Answers for the next requests, in order; when empty, 204. */
  readonly script: Behaviour[] = [];
  /** Decides the answer per request when the script is empty (e.g. by event type). */
  fallback: (r: Received) => Behaviour = () => ({ kind: 'status', status: 204 });
  /** Told of every request as it arrives, before it is answered. */
  onRequest: (r: Received) => void = () => undefined;
  private readonly hanging = new Set<ServerResponse>();

  private readonly server: Server;

  private constructor(server: Server) {
    this.server = server;
  }

  static async start(): Promise<WebhookReceiver> {
    const server = createServer();
    const receiver = new WebhookReceiver(server);
    server.on('request', (req, res) => void receiver.handle(req, res));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hook`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers = {
      'webhook-id': String(req.headers['webhook-id'] ?? ''),
      'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''),
      'webhook-signature': String(req.headers['webhook-signature'] ?? ''),
    };
    const verified = this.secrets.some((secret) => {
      try {
        new Webhook(secret).verify(body, headers);
        return true;
      } catch {
        return false;
      }
    });
    let type = '';
    try {
      type = (JSON.parse(body) as { type: string }).type;
    } catch {
      type = '?';
    }
    const entry: Received = {
      id: headers['webhook-id'],
      timestamp: headers['webhook-timestamp'],
      signatures: headers['webhook-signature'].split(' '),
      body,
      type,
      verified,
      answer: '',
      at: Date.now(),
    };
    const behaviour = this.script.shift() ?? this.fallback(entry);
    this.received.push(entry);
    this.onRequest(entry);
    switch (behaviour.kind) {
      case 'status':
        entry.answer = String(behaviour.status);
        res.writeHead(behaviour.status, behaviour.retryAfter ? { 'retry-after': behaviour.retryAfter } : {});
        res.end();
        return;
      case 'hang':
        entry.answer = 'hang';
        this.hanging.add(res);
        return;
      case 'destroy':
        entry.answer = 'destroy';
        req.socket.destroy();
        return;
    }
  }

  /** The ids that were answered 2xx, in the order they arrived. */
  deliveredIds(): string[] {
    return this.received.filter((r) => /^2\d\d$/.test(r.answer)).map((r) => r.id);
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
