/** The SMTP mail transport (nodemailer), selected by CSB_MAIL_TRANSPORT=smtp. */
import nodemailer from 'nodemailer';
import type { MailTransport } from '../service/mail-dispatcher.ts';

export interface SmtpOptions {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user?: string;
  password?: string;
  /** Per-connection and per-command timeouts (ms). */
  timeoutMs?: number;
}

export function smtpMailTransport(options: SmtpOptions): MailTransport {
  const timeout = options.timeoutMs ?? 10_000;
  const transporter = nodemailer.createTransport({
    host: options.host,
    port: options.port,
    secure: options.secure,
    ...(options.user ? { auth: { user: options.user, pass: options.password ?? '' } } : {}),
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    name: 'smtp',
    async send(mail) {
      await transporter.sendMail({
        messageId: `<${mail.id}@csb>`,
        date: new Date(mail.createdAt),
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.body,
        headers: {
          'X-Csb-Kind': mail.kind,
          ...(mail.appointmentId ? { 'X-Csb-Appointment': mail.appointmentId } : {}),
        },
      });
    },
    async close() {
      transporter.close();
    },
  };
}
