import { readFile } from 'node:fs/promises';
import { isExpired } from '../rules/invite-rules.js';
import {
  type AdminCommand,
  level,
  list,
  projectIds,
  required,
  text,
  UsageError,
  userJson,
} from './command-options.js';
import { fixturesCommand } from './fixtures-command.js';
import { keyCommands } from './key-commands.js';
import {
  addMemberOrFail,
  createUserOrFail,
  findOrganization,
  findUser,
  issuePersonalApiKey,
  ProvisioningError,
} from './provisioning.js';

export { type AdminCommand, type CommandOptions, UsageError } from './command-options.js';

/** The admin CLI's commands, by name. */
export const adminCommands: Record<string, AdminCommand> = {
  'create-organization': {
    summary: 'Create an organization',
    options: {
      'name!': 'organization name',
      'members-can-invite': 'true|false (default true)',
      'members-can-create-projects': 'true|false (default false)',
    },
    async run(store, options) {
      const flag = (name: string) => {
        const value = text(options, name);
        if (value === undefined) return undefined;
        if (value !== 'true' && value !== 'false') throw new UsageError(`--${name} must be true or false`);
        return value === 'true';
      };
      const canInvite = flag('members-can-invite');
      const canCreate = flag('members-can-create-projects');
      const organization = await store.createOrganization({
        name: required(options, 'name'),
        ...(canInvite === undefined ? {} : { members_can_invite: canInvite }),
        ...(canCreate === undefined ? {} : { members_can_create_projects: canCreate }),
      });
      return { id: organization.id, name: organization.name };
    },
  },
  'create-user': {
    summary: 'Create a user',
    options: {
      'email!': 'email (unique)',
      'first-name': 'first name',
      'last-name': 'last name',
      'github-login': 'GitHub login (members github_login endpoint)',
    },
    async run(store, options) {
      const user = await createUserOrFail(store, {
        email: required(options, 'email'),
        first_name: text(options, 'first-name') ?? '',
        last_name: text(options, 'last-name') ?? '',
        github_login: text(options, 'github-login') ?? null,
      });
      return userJson(user);
    },
  },
  'add-member': {
    summary: 'Add a user to an organization',
    options: {
      'organization!': 'organization id',
      'user!': 'user email or uuid',
      'level!': 'member|admin|owner',
    },
    async run(store, options) {
      const organization = await findOrganization(store, required(options, 'organization'));
      const user = await findUser(store, required(options, 'user'));
      const memberLevel = level(options);
      await addMemberOrFail(store, organization, user, memberLevel);
      return { organization: organization.id, user: user.uuid, level: memberLevel };
    },
  },
  'create-key': {
    summary: 'Create a personal API key (the key is printed once)',
    options: {
      'user!': 'user email or uuid',
      label: 'label (default "admin-cli")',
      'scopes!':
        'comma-separated scopes, e.g. "*" or "organization:read,project:write"; "" = legacy allow-all',
      'scoped-organizations': 'comma-separated organization ids the key is limited to',
      'scoped-projects': 'comma-separated project ids the key is limited to',
    },
    async run(store, options) {
      const user = await findUser(store, required(options, 'user'));
      if (text(options, 'scopes') === undefined) throw new UsageError('--scopes is required');
      const issued = await issuePersonalApiKey(store, {
        userId: user.id,
        label: text(options, 'label') ?? 'admin-cli',
        scopes: list(options, 'scopes') ?? [],
        scopedOrganizations: list(options, 'scoped-organizations') ?? null,
        scopedTeams: projectIds(options) ?? null,
      });
      return {
        id: issued.key.id,
        key: issued.value,
        mask: issued.key.mask_value,
        scopes: issued.key.scopes,
        scoped_organizations: issued.key.scoped_organizations,
        scoped_teams: issued.key.scoped_teams,
      };
    },
  },
  'accept-invite': {
    summary: "Accept an invite for an existing user whose email is the invite's target",
    options: { 'organization!': 'organization id', 'invite!': 'invite id', 'user!': 'user email or uuid' },
    async run(store, options, { now }) {
      const organizationId = required(options, 'organization');
      const invite = await store.getInvite(organizationId, required(options, 'invite'));
      if (!invite)
        throw new ProvisioningError(`no invite ${text(options, 'invite')} in organization ${organizationId}`);
      const user = await findUser(store, required(options, 'user'));
      if (user.email.toLowerCase() !== invite.target_email.toLowerCase()) {
        throw new ProvisioningError(`the invite is for ${invite.target_email}, not ${user.email}`);
      }
      if (isExpired(invite.created_at, now)) throw new ProvisioningError('the invite has expired');
      const accepted = await store.acceptInvite(invite.id, user.id);
      if (!accepted.ok) {
        throw new ProvisioningError(
          accepted.reason === 'already_member'
            ? `${user.email} is already a member`
            : 'the invite no longer exists',
        );
      }
      return { organization: organizationId, user: user.uuid, level: accepted.member.level };
    },
  },
  'create-oauth-application': {
    summary: 'Create an OAuth application owned by an organization',
    options: {
      'organization!': 'organization id',
      'name!': 'application name',
      'client-id': 'client id (default: random)',
      'redirect-uris': 'space-separated redirect URIs',
      'verified?': 'mark the application verified',
    },
    async run(store, options) {
      const organization = await findOrganization(store, required(options, 'organization'));
      const clientId = text(options, 'client-id');
      const application = await store.createOAuthApplication({
        organization_id: organization.id,
        name: required(options, 'name'),
        redirect_uris: text(options, 'redirect-uris') ?? '',
        is_verified: options.verified === true,
        ...(clientId ? { client_id: clientId } : {}),
      });
      return { id: application.id, client_id: application.client_id, name: application.name };
    },
  },
  'link-github': {
    summary: "Set a user's GitHub login (members github_login endpoint)",
    options: { 'user!': 'user email or uuid', 'login!': 'GitHub login' },
    async run(store, options) {
      const user = await findUser(store, required(options, 'user'));
      const updated = await store.setUserGithubLogin(user.id, required(options, 'login'));
      return { user: user.uuid, github_login: updated?.github_login ?? null };
    },
  },
  'sign-legal-document': {
    summary: 'Mark a legal document signed, optionally attaching the signed PDF',
    options: {
      'organization!': 'organization id',
      'document!': 'legal document id',
      pdf: 'path of the signed PDF',
    },
    async run(store, options) {
      const pdfPath = text(options, 'pdf');
      const pdf = pdfPath ? new Uint8Array(await readFile(pdfPath)) : null;
      const document = await store.markLegalDocumentSigned(
        required(options, 'organization'),
        required(options, 'document'),
        pdf,
      );
      if (!document)
        throw new ProvisioningError(`no legal document ${text(options, 'document')} in that organization`);
      return { id: document.id, status: document.status, has_signed_pdf: document.has_signed_pdf };
    },
  },
  ...keyCommands,
  fixtures: fixturesCommand,
};
