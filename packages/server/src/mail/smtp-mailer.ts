import nodemailer from 'nodemailer';
import type { Mailer, MailMessage } from './mailer.js';

/** Sender used when `SMTP_URL` carries no `from` query parameter. */
export const DEFAULT_MAIL_FROM = 'Organizations API <noreply@localhost>';

/**
 * A mailer for `SMTP_URL` (e.g. `smtp://user:pass@mail.example.com:587`, `smtps://…`; nodemailer's URL options such
 * as `?ignoreTLS=true` work; a `from` query parameter sets the sender), or `null` when no URL is configured — the
 * handlers then record `emailing_attempt_made: false`.
 *
 * @example
 * const mailer = createMailer(process.env.SMTP_URL);
 * await mailer?.send({ to: 'ann@example.com', subject: 'Hi', text: 'Hi', html: '<p>Hi</p>' });
 */
export function createMailer(smtpUrl?: string): (Mailer & { close(): void }) | null {
  if (!smtpUrl) return null;
  const url = new URL(smtpUrl);
  const from = url.searchParams.get('from') ?? DEFAULT_MAIL_FROM;
  url.searchParams.delete('from');
  const transport = nodemailer.createTransport(url.href);
  return {
    async send(message: MailMessage) {
      await transport.sendMail({ from, ...message });
    },
    close() {
      transport.close();
    },
  };
}
