import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDelegationEmail, renderInviteEmail } from './mail-templates.js';
import { createMailer } from './smtp-mailer.js';

interface Received {
  envelopeTo: string[];
  raw: string;
}

const received: Received[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Decodes the quoted-printable soft breaks and escapes nodemailer uses for long lines. */
function decodeQuotedPrintable(text: string): string {
  return text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function header(raw: string, name: string): string | undefined {
  const match = new RegExp(`^${name}: (.*(?:\\r?\\n[ \\t].*)*)`, 'mi').exec(raw);
  return match?.[1]?.replace(/\r?\n[ \t]/g, ' ');
}

describe('createMailer', () => {
  it('returns null without SMTP_URL', () => {
    expect(createMailer(undefined)).toBeNull();
    expect(createMailer('')).toBeNull();
  });

  it('sends an invite email through a real SMTP server', async () => {
    const mailer = createMailer(
      `smtp://127.0.0.1:${port}?ignoreTLS=true&from=Org%20API%20%3Capi%40example.com%3E`,
    );
    expect(mailer).not.toBeNull();
    const message = renderInviteEmail({
      to: 'new.person@example.com',
      inviterName: 'Ann',
      organizationName: 'Acme <Labs>',
      acceptUrl: 'http://localhost:8000/signup/4d2c0f0e-1111-4222-8333-444455556666',
      message: 'Welcome aboard',
      validDays: 3,
    });
    await mailer?.send(message);
    mailer?.close();

    const mail = received.at(-1);
    expect(mail?.envelopeTo).toEqual(['new.person@example.com']);
    const raw = mail?.raw ?? '';
    expect(header(raw, 'To')).toBe('new.person@example.com');
    expect(header(raw, 'From')).toBe('Org API <api@example.com>');
    expect(header(raw, 'Subject')).toBe('Ann invited you to join Acme <Labs>');
    const body = decodeQuotedPrintable(raw);
    expect(body).toContain(
      [
        'Ann invited you to join the organization Acme <Labs>.',
        '',
        'Their message: Welcome aboard',
        '',
        'Accept the invite: http://localhost:8000/signup/4d2c0f0e-1111-4222-8333-444455556666',
        'The invite is valid for 3 days.',
      ].join('\r\n'),
    );
    expect(body).toContain('<strong>Acme &lt;Labs&gt;</strong>');
  });

  it('sends a delegation email', async () => {
    const mailer = createMailer(`smtp://127.0.0.1:${port}?ignoreTLS=true`);
    await mailer?.send(
      renderDelegationEmail({
        to: 'cto@example.com',
        inviterName: null,
        organizationName: 'Acme',
        acceptUrl: 'http://x/signup/1',
        message: null,
        validDays: 3,
      }),
    );
    mailer?.close();
    const raw = received.at(-1)?.raw ?? '';
    expect(header(raw, 'To')).toBe('cto@example.com');
    expect(header(raw, 'From')).toBe('Organizations API <noreply@localhost>');
    expect(header(raw, 'Subject')).toBe('Someone asked you to finish setting up Acme');
    expect(decodeQuotedPrintable(raw)).toContain(
      'Someone asked you to finish setting up the organization Acme. You will join it as an admin.\r\n\r\nAccept and continue the setup: http://x/signup/1\r\n',
    );
  });

  it('rejects with the SMTP error when the server refuses', async () => {
    const mailer = createMailer('smtp://127.0.0.1:1?ignoreTLS=true&connectionTimeout=2000');
    await expect(
      mailer?.send({ to: 'a@example.com', subject: 's', text: 't', html: '<p>t</p>' }),
    ).rejects.toThrow(/ECONNREFUSED/);
    mailer?.close();
  });
});
