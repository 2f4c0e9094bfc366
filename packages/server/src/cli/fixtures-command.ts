import { randomBytes } from 'node:crypto';
import { type AdminCommand, text, userJson } from './command-options.js';
import { addMemberOrFail, createUserOrFail, findUser, issuePersonalApiKey } from './provisioning.js';

/**
 * `fixtures`: what the contract runner needs — an organization with owner, admin and member users (keys with `*`),
 * a "no scope" key, and a second organization with its own owner key — printed as JSON. Emails carry a random tag
 * so the command can run repeatedly on one database.
 */
export const fixturesCommand: AdminCommand = {
  summary: 'Create the contract-test fixtures and print them as JSON',
  options: { 'base-url': 'server URL to include as baseUrl (default: PUBLIC_URL)' },
  async run(store, options, { env }) {
    const tag = randomBytes(4).toString('hex');
    const organization = await store.createOrganization({ name: `Fixtures ${tag}` });
    const otherOrganization = await store.createOrganization({ name: `Other fixtures ${tag}` });
    const people = { owner: 15, admin: 8, member: 1 } as const;
    const users: Record<string, { id: number; uuid: string; email: string }> = {};
    const tokens: Record<string, string> = {};
    for (const [role, memberLevel] of Object.entries(people)) {
      const user = await createUserOrFail(store, {
        email: `${role}-${tag}@fixtures.example.com`,
        first_name: role[0]?.toUpperCase() + role.slice(1),
        last_name: 'Fixture',
      });
      await addMemberOrFail(store, organization, user, memberLevel);
      users[role] = userJson(user);
      tokens[role] = (
        await issuePersonalApiKey(store, { userId: user.id, label: `fixtures ${role}`, scopes: ['*'] })
      ).value;
    }
    // "No scope" = a key whose scopes grant none of the API's operations. `[]` would be a legacy allow-all key.
    const ownerUser = await findUser(store, users.owner?.email ?? '');
    tokens.noScope = (
      await issuePersonalApiKey(store, {
        userId: ownerUser.id,
        label: 'fixtures no scope',
        scopes: ['user:read'],
      })
    ).value;
    const otherOwner = await createUserOrFail(store, {
      email: `other-owner-${tag}@fixtures.example.com`,
      first_name: 'Other',
      last_name: 'Owner',
    });
    await addMemberOrFail(store, otherOrganization, otherOwner, 15);
    users.otherOwner = userJson(otherOwner);
    tokens.otherOrg = (
      await issuePersonalApiKey(store, {
        userId: otherOwner.id,
        label: 'fixtures other org',
        scopes: ['*'],
      })
    ).value;
    const baseUrl = text(options, 'base-url') ?? env.PUBLIC_URL;
    return {
      ...(baseUrl ? { baseUrl } : {}),
      organizationId: organization.id,
      otherOrganizationId: otherOrganization.id,
      tokens,
      users,
    };
  },
};
