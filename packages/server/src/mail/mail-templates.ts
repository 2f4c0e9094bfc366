import type { MailMessage } from './mailer.js';

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** Facts an invite email needs. */
export interface InviteEmailInput {
  to: string;
  /** The inviter's display name (first name, else email); `null` when unknown. */
  inviterName: string | null;
  organizationName: string;
  /** Where the invitee accepts, e.g. `${publicUrl}/signup/${invite.id}`. */
  acceptUrl: string;
  /** The inviter's free-text message, if any. */
  message: string | null;
  /** How long the invite stays valid. */
  validDays: number;
}

/**
 * The email sent for a new invite (`POST invites/`, `invites/bulk/` with `send_email`).
 *
 * @example
 * renderInviteEmail({ to, inviterName: 'Ann', organizationName: 'Acme', acceptUrl, message: null, validDays: 3 })
 * // subject: 'Ann invited you to join Acme'
 */
export function renderInviteEmail(input: InviteEmailInput): MailMessage {
  const who = input.inviterName ?? 'Someone';
  const subject = `${who} invited you to join ${input.organizationName}`;
  const lines = [
    `${who} invited you to join the organization ${input.organizationName}.`,
    ...(input.message ? ['', `Their message: ${input.message}`] : []),
    '',
    `Accept the invite: ${input.acceptUrl}`,
    `The invite is valid for ${input.validDays} days.`,
  ];
  const html = [
    `<p>${escapeHtml(who)} invited you to join the organization <strong>${escapeHtml(input.organizationName)}</strong>.</p>`,
    ...(input.message ? [`<blockquote>${escapeHtml(input.message)}</blockquote>`] : []),
    `<p><a href="${escapeHtml(input.acceptUrl)}">Accept the invite</a></p>`,
    `<p>The invite is valid for ${input.validDays} days.</p>`,
  ].join('\n');
  return { to: input.to, subject, text: `${lines.join('\n')}\n`, html };
}

/** Facts a delegation email needs (`POST invites/delegate/`: the inviter hands setup over to someone). */
export type DelegationEmailInput = InviteEmailInput;

/**
 * The ONE dedicated email of `invites/delegate/`: the invitee is asked to finish setting up the organization as an
 * admin.
 */
export function renderDelegationEmail(input: DelegationEmailInput): MailMessage {
  const who = input.inviterName ?? 'Someone';
  const subject = `${who} asked you to finish setting up ${input.organizationName}`;
  const lines = [
    `${who} asked you to finish setting up the organization ${input.organizationName}. You will join it as an admin.`,
    ...(input.message ? ['', `Their message: ${input.message}`] : []),
    '',
    `Accept and continue the setup: ${input.acceptUrl}`,
    `The invite is valid for ${input.validDays} days.`,
  ];
  const html = [
    `<p>${escapeHtml(who)} asked you to finish setting up the organization <strong>${escapeHtml(input.organizationName)}</strong>. You will join it as an admin.</p>`,
    ...(input.message ? [`<blockquote>${escapeHtml(input.message)}</blockquote>`] : []),
    `<p><a href="${escapeHtml(input.acceptUrl)}">Accept and continue the setup</a></p>`,
    `<p>The invite is valid for ${input.validDays} days.</p>`,
  ].join('\n');
  return { to: input.to, subject, text: `${lines.join('\n')}\n`, html };
}
