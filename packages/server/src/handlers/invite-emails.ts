import type { Invite, Organization, User } from '../domain/types.js';
import type { AppDeps } from '../http/app-env.js';
import { renderDelegationEmail, renderInviteEmail } from '../mail/mail-templates.js';
import { INVITE_DAYS_VALIDITY } from '../rules/invite-rules.js';

/**
 * Sends the email of every invite with `emailing_attempt_made` (one email each; the delegation template for
 * setup delegations). The invites are already stored: a failing transport is logged, never turned into an error
 * response (upstream sends asynchronously, and the flag means "attempted").
 */
export async function sendInviteEmails(
  deps: AppDeps,
  context: { organization: Organization; inviter: User; baseUrl: string },
  invites: readonly Invite[],
): Promise<void> {
  const { mailer, logger } = deps;
  if (!mailer) return;
  for (const invite of invites) {
    if (!invite.emailing_attempt_made) continue;
    const input = {
      to: invite.target_email,
      inviterName: context.inviter.first_name || context.inviter.email,
      organizationName: context.organization.name,
      acceptUrl: `${context.baseUrl}/signup/${invite.id}`,
      message: invite.message,
      validDays: INVITE_DAYS_VALIDITY,
    };
    const message = invite.is_setup_delegation ? renderDelegationEmail(input) : renderInviteEmail(input);
    try {
      await mailer.send(message);
    } catch (error) {
      logger.error({
        msg: 'invite email failed',
        inviteId: invite.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
