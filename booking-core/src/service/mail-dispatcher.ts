/**
 * Delivers the mail outbox through a mail transport (the port below; adapters in src/mail/).
 * Mails are rows written in the transaction of the change they report; the dispatcher sends them
 * after commit, marks each sent, and leaves a failed one queued for the next round (at-least-once:
 * a crash between sending and marking sends that one mail again).
 *
 * Several nodes of a cluster run a dispatcher each on one database: a round claims the mails it
 * sends for a lease (store `claimMails`), so each mail is sent by one node. A failed mail keeps its
 * claim until the lease ends (its retry delay); a node that dies mid-round leaves claims that end
 * with their lease, and another node sends those mails then.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../clock.ts';
import type { DomainApi } from './domain-api.ts';
import type { MailRecord } from './store-port.ts';

/** One email as a transport sends it. */
export interface OutgoingMail extends MailRecord {
  from: string;
}

/** The mail port: file/outbox adapter by default, SMTP (nodemailer) by configuration. */
export interface MailTransport {
  readonly name: string;
  send(mail: OutgoingMail): Promise<void>;
  close(): Promise<void>;
}

export interface MailDispatcherOptions {
  source: Pick<DomainApi, 'claimMails' | 'markMailSent' | 'markMailFailed' | 'onMailQueued'>;
  transport: MailTransport;
  clock: Clock;
  logger: Logger;
  /** The From address of every mail. */
  from: string;
  /** Wall-time ms between retry rounds for mails that failed (default 30 s). */
  retryIntervalMs?: number;
  /** Mails per round (default 50). */
  batchSize?: number;
  /** How long a claim lasts (wall-clock ms, default 60 s): the longest a dead node holds a mail back. */
  leaseMs?: number;
  /** Names this dispatcher's claims (default: random); in a cluster, the node's id. */
  claimant?: string;
}

export interface MailDispatcher {
  start(): void;
  /** Sends what is queued now; resolves with how many were sent. Used by tests and shutdown. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

export function createMailDispatcher(options: MailDispatcherOptions): MailDispatcher {
  const { source, transport, clock, from } = options;
  const logger = options.logger.child({ component: 'mail-dispatcher', transport: transport.name });
  const batchSize = options.batchSize ?? 50;
  const leaseMs = options.leaseMs ?? 60_000;
  const claimant = options.claimant ?? randomUUID();
  let running: Promise<number> | undefined;
  let again = false;
  let unsubscribe: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  async function round(): Promise<number> {
    let sent = 0;
    // Wall time: the lease protects against a dead node, it is not a business time. A mail that
    // fails in this round ends its claim at the failure, after the round's start: this round does
    // not take it again, the next one does.
    const roundStart = Date.now();
    // Bounded: at most 20 batches per round.
    for (let batch = 0; batch < 20; batch += 1) {
      const claim = `${claimant}:${randomUUID()}`;
      const mails = await source.claimMails(claim, roundStart, Date.now() + leaseMs, batchSize);
      if (mails.length === 0) break;
      for (const mail of mails) {
        const log = logger.child({ mailId: mail.id, kind: mail.kind, appointmentId: mail.appointmentId });
        try {
          await transport.send({ ...mail, from });
          await source.markMailSent(mail.id, clock.now());
          sent += 1;
          log.debug('mail sent');
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await source.markMailFailed(mail.id, message, Date.now());
          log.warn({ err: error }, 'mail not sent; retried later');
        }
      }
    }
    return sent;
  }

  function drain(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await round();
      } while (again);
      return total;
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  // A kick during a round only asks for one more round: it attaches nothing to the running
  // promise. Under steady load the round loop may not settle for as long as mail keeps being
  // queued, and a `.catch` per kick on it would be kept (a promise, a reaction and a closure per
  // queued change) until it does: the live heap grew by ~260 of each per second in the soak
  // (docs/benchmarks.md, "Soak"). Bound: one pending handler per dispatcher.
  const kick = () => {
    if (running) {
      again = true;
      return;
    }
    drain().catch((error: unknown) => logger.error({ err: error }, 'mail round failed'));
  };

  return {
    start() {
      unsubscribe ??= source.onMailQueued(kick);
      timer ??= setInterval(kick, options.retryIntervalMs ?? 30_000);
      timer.unref();
      kick();
    },
    drain,
    async stop() {
      unsubscribe?.();
      unsubscribe = undefined;
      if (timer) clearInterval(timer);
      timer = undefined;
      await running?.catch(() => undefined);
      await transport.close();
    },
  };
}
