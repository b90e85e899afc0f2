/**
 * The mail port: the outbox rows a change writes, delivered by the file adapter (readable .eml
 * files) and by the SMTP adapter (nodemailer) to a real SMTP server started in-process on
 * 127.0.0.1 port 0 (smtp-server).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { pino } from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMailDispatcher,
  type DemoData,
  fileMailTransport,
  type MailTransport,
  seedDemoData,
  smtpMailTransport,
} from '../src/index.ts';
import { bookingRequest, carMessage, openTestCore, proposalInput, type TestCore } from './support.ts';

let t: TestCore;
let demo: DemoData;
const silent = pino({ level: 'silent' });

beforeEach(async () => {
  t = await openTestCore();
  demo = await seedDemoData(t.core);
});
afterEach(async () => {
  await t.remove();
});

/** Anna's car asks, the dealer proposes: one proposal mail to Anna. */
async function proposalMail(): Promise<string> {
  const car = demo.cars[0];
  if (!car?.dealerId) throw new Error('demo car 0');
  const outcome = await t.core.handleCarMessage(carMessage(car.vin, bookingRequest()));
  if (!outcome.ok || !outcome.appointmentId) throw new Error('request refused');
  const proposed = await t.core.propose(car.dealerId, outcome.appointmentId, proposalInput);
  if (!proposed.ok) throw new Error(proposed.error.code);
  return outcome.appointmentId;
}

function dispatcher(transport: MailTransport) {
  return createMailDispatcher({
    source: t.core,
    transport,
    clock: t.clock,
    logger: silent,
    from: 'csb <no-reply@csb.invalid>',
  });
}

describe('mail outbox', () => {
  it('writes each mail to the customer with a link to the website, in the change transaction', async () => {
    const appointmentId = await proposalMail();
    const mails = await t.core.listMails({ appointmentId });
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      kind: 'proposal',
      to: 'anna.lindqvist@example.com',
      state: 'queued',
      appointmentId,
    });
    expect(mails[0]?.body).toContain(`http://localhost:8080/owner/appointments/${appointmentId}`);
    expect(mails[0]?.body).toContain(proposalInput.workDescription);
  });

  it('delivers through the file adapter as readable .eml files, each once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'csb-mail-'));
    try {
      const appointmentId = await proposalMail();
      const d = dispatcher(fileMailTransport(dir));
      expect(await d.drain()).toBe(1);
      expect(await d.drain()).toBe(0);
      await d.stop();
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      const text = readFileSync(path.join(dir, files[0] ?? ''), 'utf8');
      expect(text).toContain('To: anna.lindqvist@example.com');
      expect(text).toContain(`X-Csb-Appointment: ${appointmentId}`);
      expect(text).toContain('Content-Type: text/plain; charset=utf-8');
      expect((await t.core.listMails({ appointmentId }))[0]?.state).toBe('sent');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('delivers over SMTP to a real server, and keeps a mail queued while the server refuses it', async () => {
    const received: { to: string[]; data: string }[] = [];
    let refuse = true;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (refuse) return callback(new Error('mailbox busy, try later'));
        return callback();
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            data: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    try {
      const { port } = server.server.address() as AddressInfo;
      const appointmentId = await proposalMail();
      const d = dispatcher(smtpMailTransport({ host: '127.0.0.1', port, secure: false, timeoutMs: 5_000 }));
      expect(await d.drain()).toBe(0);
      expect((await t.core.listMails({ appointmentId }))[0]?.state).toBe('queued');
      refuse = false;
      expect(await d.drain()).toBe(1);
      await d.stop();
      expect(received).toHaveLength(1);
      expect(received[0]?.to).toEqual(['anna.lindqvist@example.com']);
      // The text part may be quoted-printable: undo soft line breaks before looking for the link.
      const text = (received[0]?.data ?? '').replace(/=\r\n/g, '').replace(/=3D/g, '=');
      expect(text).toContain(`http://localhost:8080/owner/appointments/${appointmentId}`);
      expect(received[0]?.data).toContain('X-Csb-Kind: proposal');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('keeps nothing per queued change while a round is sending: one pending handler, however many changes', async () => {
    const appointmentId = await proposalMail();
    // The transport holds the round's first send until released, as a slow mail server would;
    // meanwhile 20,000 changes say "mail queued" (the signal the core gives after each commit).
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let sends = 0;
    const transport: MailTransport = {
      name: 'held',
      send: async () => {
        sends += 1;
        await held;
      },
      close: async () => {},
    };
    const signals: (() => void)[] = [];
    const d = createMailDispatcher({
      source: {
        claimMails: (claim, freeBefore, until, limit) => t.core.claimMails(claim, freeBefore, until, limit),
        markMailSent: (id, at) => t.core.markMailSent(id, at),
        markMailFailed: (id, error, at) => t.core.markMailFailed(id, error, at),
        onMailQueued: (listener) => {
          signals.push(listener);
          return t.core.onMailQueued(listener);
        },
      },
      transport,
      clock: t.clock,
      logger: silent,
      from: 'csb <no-reply@csb.invalid>',
    });
    d.start();
    for (let i = 0; i < 1000 && sends === 0; i += 1) await new Promise((r) => setTimeout(r, 5));
    expect(sends).toBe(1);
    const mailQueued = signals[0];
    if (!mailQueued) throw new Error('the dispatcher did not subscribe');
    // Live promises (v8.queryObjects counts reachable objects of a constructor): before the fix
    // each signal attached a .catch to the running round, 20,000 promises kept until it settled.
    const before = v8.queryObjects(Promise, { format: 'count' });
    for (let i = 0; i < 20_000; i += 1) mailQueued();
    const after = v8.queryObjects(Promise, { format: 'count' });
    expect(after - before).toBeLessThan(1_000);
    release();
    await d.stop();
    expect((await t.core.listMails({ appointmentId }))[0]?.state).toBe('sent');
  });
});
