import { generatePersonalApiKeyValue, hashApiKeyValue, maskApiKeyValue } from '../domain/tokens.js';
import type { MembershipLevel, Organization, PersonalApiKey, User } from '../domain/types.js';
import type { Store } from '../store/store.js';

/** An expected provisioning failure (bad input, missing row); the CLI prints its message and exits 1. */
export class ProvisioningError extends Error {
  override readonly name = 'ProvisioningError';
}

/** A freshly issued personal API key: `value` is shown once and never stored. */
export interface IssuedKey {
  key: PersonalApiKey;
  value: string;
}

/**
 * Issues a personal API key for a user: generates `phx_…`, stores only its `sha256$` hash and mask.
 *
 * @example
 * const { value } = await issuePersonalApiKey(store, { userId: 1, label: 'ci', scopes: ['*'] });
 */
export async function issuePersonalApiKey(
  store: Store,
  input: {
    userId: number;
    label: string;
    scopes: string[];
    scopedOrganizations?: string[] | null;
    scopedTeams?: number[] | null;
  },
): Promise<IssuedKey> {
  const value = generatePersonalApiKeyValue();
  const created = await store.createPersonalApiKey({
    user_id: input.userId,
    label: input.label,
    secure_value: hashApiKeyValue(value),
    mask_value: maskApiKeyValue(value),
    scopes: input.scopes,
    scoped_organizations: input.scopedOrganizations ?? null,
    scoped_teams: input.scopedTeams ?? null,
  });
  if (!created.ok) throw new ProvisioningError('a key with this value already exists (retry)');
  return { key: created.key, value };
}

/** Creates a user, or fails with a clear message when the email is taken. */
export async function createUserOrFail(
  store: Store,
  input: {
    email: string;
    first_name?: string;
    last_name?: string;
    github_login?: string | null;
    is_active?: boolean;
  },
): Promise<User> {
  const created = await store.createUser({ is_email_verified: true, ...input });
  if (!created.ok) throw new ProvisioningError(`a user with email ${input.email} already exists`);
  return created.user;
}

/** Adds a member, or fails with a clear message when they already are one. */
export async function addMemberOrFail(
  store: Store,
  organization: Organization,
  user: User,
  level: MembershipLevel,
): Promise<void> {
  const added = await store.addMember(organization.id, user.id, level);
  if (!added.ok) throw new ProvisioningError(`${user.email} is already a member of ${organization.id}`);
}

/** Finds a user by email (contains `@`) or UUID. */
export async function findUser(store: Store, ref: string): Promise<User> {
  const user = ref.includes('@') ? await store.findUserByEmail(ref) : await store.getUserByUuid(ref);
  if (!user) throw new ProvisioningError(`no user with ${ref.includes('@') ? 'email' : 'uuid'} ${ref}`);
  return user;
}

/** Finds an organization by UUID. */
export async function findOrganization(store: Store, id: string): Promise<Organization> {
  const organization = await store.getOrganization(id);
  if (!organization) throw new ProvisioningError(`no organization with id ${id}`);
  return organization;
}

/** What the first start prints once. */
export interface DemoSeed {
  organization: Organization;
  owner: User;
  key: IssuedKey;
}

/** Email of the demo owner created on first start. */
export const DEMO_OWNER_EMAIL = 'demo-owner@example.com';

/**
 * First start: when the database has no user yet, creates a demo organization, its owner and a personal API key
 * with scope `*`. Returns undefined when the database already had data (or another process seeded it first —
 * the demo email is unique, so concurrent starts on PostgreSQL seed once).
 */
export async function seedDemoIfEmpty(store: Store): Promise<DemoSeed | undefined> {
  // Users are never deleted and ids start at 1: no user 1 ⇔ nobody was ever created.
  if (await store.getUserById(1)) return undefined;
  const created = await store.createUser({
    email: DEMO_OWNER_EMAIL,
    first_name: 'Demo',
    last_name: 'Owner',
    is_email_verified: true,
  });
  if (!created.ok) return undefined;
  const organization = await store.createOrganization({ name: 'Demo organization' });
  await addMemberOrFail(store, organization, created.user, 15);
  const key = await issuePersonalApiKey(store, {
    userId: created.user.id,
    label: 'demo (first start)',
    scopes: ['*'],
  });
  return { organization, owner: created.user, key };
}
