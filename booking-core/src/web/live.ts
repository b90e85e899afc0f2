/**
 * The live dealer lists: a server-sent event stream per open list page that says "changed"
 * whenever the dealer's list generation changes (BookingCore.dealerListGeneration: the database
 * changes it in the same transaction as anything a list shows). One poll per dealer with open
 * streams, whatever their number; the page then fetches itself again (assets/live.js).
 *
 * Bounds: at most MAX_STREAMS_PER_DEALER streams per dealer and MAX_STREAMS in all (more are
 * answered 429); a stream ends with its session (expiry or sign-out) and when the app closes.
 */
import type { ServerResponse } from 'node:http';
import type { BookingCore } from '../service/booking-core.ts';
import type { SessionStore, WebSession } from './sessions.ts';

export const MAX_STREAMS_PER_DEALER = 8;
export const MAX_STREAMS = 1000;
/** A comment line this often keeps proxies from closing an idle stream. */
const HEARTBEAT_MS = 15_000;

interface Stream {
  session: WebSession;
  out: ServerResponse;
  /** The generation this page shows (the page sends it), undefined until the first poll. */
  seen: string | undefined;
}

interface DealerWatch {
  streams: Set<Stream>;
  timer: NodeJS.Timeout;
  busy: boolean;
  lastWriteAt: number;
}

export function liveLists(core: BookingCore, sessions: SessionStore, options: { pollMs: number }) {
  const watches = new Map<string, DealerWatch>();
  let total = 0;

  const remove = (dealerId: string, stream: Stream) => {
    const watch = watches.get(dealerId);
    if (!watch?.streams.delete(stream)) return;
    total--;
    if (watch.streams.size === 0) {
      clearInterval(watch.timer);
      watches.delete(dealerId);
    }
  };

  async function poll(dealerId: string, watch: DealerWatch): Promise<void> {
    for (const stream of [...watch.streams]) {
      if (sessions.alive(stream.session)) continue;
      stream.out.end('event: signed-out\ndata: session ended\n\n');
      remove(dealerId, stream);
    }
    if (watch.streams.size === 0 || watch.busy) return;
    watch.busy = true;
    try {
      const generation = await core.dealerListGeneration(dealerId);
      const heartbeat = Date.now() - watch.lastWriteAt > HEARTBEAT_MS;
      if (heartbeat) watch.lastWriteAt = Date.now();
      for (const stream of watch.streams) {
        if (stream.seen !== undefined && stream.seen !== generation) {
          stream.out.write(`event: changed\ndata: ${generation}\n\n`);
        } else if (heartbeat) stream.out.write(': still here\n\n');
        stream.seen = generation;
      }
    } finally {
      watch.busy = false;
    }
  }

  return {
    /** Opens a stream on `out` (already hijacked from fastify); false when a bound is reached. */
    open(
      session: WebSession,
      since: string | undefined,
      out: ServerResponse,
      log: { error(obj: object, msg: string): void },
    ): boolean {
      const dealerId = session.principal;
      let watch = watches.get(dealerId);
      if (total >= MAX_STREAMS || (watch?.streams.size ?? 0) >= MAX_STREAMS_PER_DEALER) return false;
      if (!watch) {
        const created: DealerWatch = {
          streams: new Set(),
          busy: false,
          lastWriteAt: Date.now(),
          timer: setInterval(() => {
            poll(dealerId, created).catch((error: unknown) =>
              log.error({ err: error }, 'live list poll failed'),
            );
          }, options.pollMs),
        };
        created.timer.unref();
        watch = created;
        watches.set(dealerId, watch);
      }
      const stream: Stream = { session, out, seen: since };
      watch.streams.add(stream);
      total++;
      out.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        connection: 'keep-alive',
      });
      // The browser retries after 3 s when the connection drops (server restart).
      out.write('retry: 3000\n\n');
      out.on('close', () => remove(dealerId, stream));
      return true;
    },
    /** Ends every stream (the app is closing). */
    close(): void {
      for (const [dealerId, watch] of watches) {
        for (const stream of [...watch.streams]) {
          stream.out.end();
          remove(dealerId, stream);
        }
      }
    },
    get openStreams(): number {
      return total;
    },
  };
}

export type LiveLists = ReturnType<typeof liveLists>;
