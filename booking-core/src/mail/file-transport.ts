/**
 * The default mail transport: each mail becomes one readable `.eml` file (RFC 5322 headers, a
 * UTF-8 text body) in a folder, named by time and id, so a person can read what the customers
 * and dealers were sent without any mail server.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { MailTransport, OutgoingMail } from '../service/mail-dispatcher.ts';

/** Header values: no line breaks (header injection); non-ASCII as RFC 2047 encoded words. */
function header(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  return /^[\x20-\x7e]*$/.test(flat) ? flat : `=?UTF-8?B?${Buffer.from(flat, 'utf8').toString('base64')}?=`;
}

export function renderEml(mail: OutgoingMail): string {
  return [
    `Message-ID: <${mail.id}@csb>`,
    `Date: ${new Date(mail.createdAt).toUTCString()}`,
    `From: ${header(mail.from)}`,
    `To: ${header(mail.to)}`,
    `Subject: ${header(mail.subject)}`,
    `X-Csb-Kind: ${header(mail.kind)}`,
    ...(mail.appointmentId ? [`X-Csb-Appointment: ${header(mail.appointmentId)}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    mail.body.replace(/\r?\n/g, '\r\n'),
  ].join('\r\n');
}

export function fileMailTransport(directory: string): MailTransport {
  return {
    name: 'file',
    async send(mail) {
      await mkdir(directory, { recursive: true });
      const stamp = new Date(mail.createdAt).toISOString().replace(/[:.]/g, '-');
      const file = path.join(directory, `${stamp}-${mail.id.replace(/[^A-Za-z0-9-]/g, '_')}.eml`);
      // Write then rename: a reader never sees half a mail.
      await writeFile(`${file}.tmp`, renderEml(mail), 'utf8');
      await rename(`${file}.tmp`, file);
    },
    async close() {},
  };
}
