import { randomBytes } from 'node:crypto';
import type { MembershipLevel, Organization } from '../domain/types.js';
import { operations } from '../generated/operations.gen.js';
import type { Store } from '../store/store.js';
import { type AdminCommand, text, userJson } from './command-options.js';
import { addMemberOrFail, createUserOrFail, issuePersonalApiKey } from './provisioning.js';

/** Every scope an operation of the API requires, sorted (one single-scope key is issued for each). */
export const API_SCOPES: readonly string[] = [
  ...new Set(Object.values(operations).flatMap((operation) => operation.scopes)),
].sort();

type UserJson = ReturnType<typeof userJson>;

/**
 * `fixtures`: what the contract runner needs, printed as JSON (the format its README documents):
 * - organization A (`organizationId`) with an owner, an admin and a plain member (keys with `*`), a "no scope" key
 *   and one key per API scope holding exactly that scope (`tokens.scoped`), all of A's owner;
 * - organization B (`otherOrganizationId`) whose owner key (`otherOrg`, `*`) creates B's resources through the API;
 * - a disposable organization (`disposableOrganizationId`) with one owner (`disposableOwner`), for the rules a wrong
 *   implementation would break for good (the last owner leaving or demoting themselves).
 * Emails carry a random tag so the command can run repeatedly on one database.
 */
export const fixturesCommand: AdminCommand = {
  summary: 'Create the contract-test fixtures and print them as JSON',
  options: { 'base-url': 'server URL to include as baseUrl (default: PUBLIC_URL)' },
  async run(store, options, { env }) {
    const tag = randomBytes(4).toString('hex');
    const users: Record<string, UserJson> = {};
    const tokens: Record<string, string> = {};
    const person = async (role: string, organization: Organization, level: MembershipLevel) => {
      const user = await createUserOrFail(store, {
        email: `${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${tag}@fixtures.example.com`,
        first_name: role[0]?.toUpperCase() + role.slice(1),
        last_name: 'Fixture',
      });
      await addMemberOrFail(store, organization, user, level);
      users[role] = userJson(user);
      tokens[role === 'otherOwner' ? 'otherOrg' : role] = await issueKey(store, user.id, role, ['*']);
      return user;
    };
    const organization = await store.createOrganization({ name: `Fixtures ${tag}` });
    const otherOrganization = await store.createOrganization({ name: `Other fixtures ${tag}` });
    const disposable = await store.createOrganization({ name: `Disposable fixtures ${tag}` });
    const owner = await person('owner', organization, 15);
    await person('admin', organization, 8);
    await person('member', organization, 1);
    // "No scope" = a key whose scopes grant none of the API's operations. `[]` would be a legacy allow-all key.
    tokens.noScope = await issueKey(store, owner.id, 'no scope', ['user:read']);
    const scoped: Record<string, string> = {};
    for (const scope of API_SCOPES)
      scoped[scope] = await issueKey(store, owner.id, `scope ${scope}`, [scope]);
    await person('otherOwner', otherOrganization, 15);
    await person('disposableOwner', disposable, 15);
    const baseUrl = text(options, 'base-url') ?? env.PUBLIC_URL;
    return {
      ...(baseUrl ? { baseUrl } : {}),
      organizationId: organization.id,
      otherOrganizationId: otherOrganization.id,
      disposableOrganizationId: disposable.id,
      tokens: { ...tokens, scoped },
      users,
    };
  },
};

async function issueKey(store: Store, userId: number, label: string, scopes: string[]): Promise<string> {
  return (await issuePersonalApiKey(store, { userId, label: `fixtures ${label}`, scopes })).value;
}
