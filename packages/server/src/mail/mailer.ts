/** One outgoing email. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Sends email. `createMailer` returns `null` when no transport is configured; handlers then record
 * `emailing_attempt_made: false`.
 */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}
