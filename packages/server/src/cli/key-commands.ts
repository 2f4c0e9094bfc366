import type { PersonalApiKey, User } from '../domain/types.js';
import { type AdminCommand, required, text, userJson } from './command-options.js';
import { findUser, ProvisioningError } from './provisioning.js';

/*
 * The operator's commands for keys and users: list keys (never their secret: only the stored mask), revoke one,
 * deactivate a user. Both take effect on the next request of every server process on the database: PostgreSQL
 * servers read the key on every request, and SQLite servers drop their key lookups as soon as the file has changed
 * (`store/fast-path/key-lookup-memo.ts`).
 */

/** One key as `list-keys` prints it. */
interface ListedKey {
  id: string;
  user: ReturnType<typeof userJson>;
  label: string;
  scopes: string[];
  scoped_organizations: string[] | null;
  scoped_teams: number[] | null;
  created_at: string;
  last_used_at: string | null;
  mask: string;
}

function listedKey(key: PersonalApiKey, user: User): ListedKey {
  return {
    id: key.id,
    user: userJson(user),
    label: key.label,
    scopes: key.scopes,
    scoped_organizations: key.scoped_organizations,
    scoped_teams: key.scoped_teams,
    created_at: key.created_at.toISOString(),
    last_used_at: key.last_used_at?.toISOString() ?? null,
    mask: key.mask_value,
  };
}

const COLUMNS = ['ID', 'USER', 'LABEL', 'SCOPES', 'CREATED', 'LAST USED', 'KEY'] as const;

/** One table cell: control characters shown as `?` (a label must not move the terminal's cursor). */
function cell(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: replacing control characters is the point
  return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}

/** The keys as an aligned text table, one line per key under a header (`(no keys)` when empty). */
export function renderKeyTable(keys: readonly ListedKey[]): string {
  if (keys.length === 0) return '(no keys)\n';
  const rows = keys.map((key) =>
    [
      key.id,
      key.user.email,
      key.label,
      key.scopes.length === 0 ? '(all, legacy)' : key.scopes.join(','),
      key.created_at,
      key.last_used_at ?? 'never',
      key.mask,
    ].map(cell),
  );
  const widths = COLUMNS.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)));
  const line = (values: readonly string[]) =>
    values
      .map((value, i) => value.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return `${[line(COLUMNS), ...rows.map(line)].join('\n')}\n`;
}

/** `list-keys`, `revoke-key`, `deactivate-user`. */
export const keyCommands: Record<string, AdminCommand> = {
  'list-keys': {
    summary:
      'List personal API keys (never their secret: the mask only), newest first; a table unless --json',
    options: { user: 'only the keys of this user (email or uuid)', 'json?': 'print JSON instead of a table' },
    async run(store, options) {
      const ref = text(options, 'user');
      const user = ref === undefined ? undefined : await findUser(store, ref);
      const keys = await store.listPersonalApiKeysWithUsers(user?.id);
      return keys.map(({ key, user: owner }) => listedKey(key, owner));
    },
    render: (result) => renderKeyTable(result as ListedKey[]),
  },
  'revoke-key': {
    summary: 'Revoke (delete) a personal API key; every server refuses it from its next request',
    options: { 'id!': 'key id (see list-keys), or as the argument' },
    positional: 'id',
    async run(store, options) {
      const id = required(options, 'id');
      const deleted = await store.deletePersonalApiKey(id);
      if (!deleted) throw new ProvisioningError(`no personal API key with id ${id}`);
      return { id: deleted.id, label: deleted.label, mask: deleted.mask_value, revoked: true };
    },
  },
  'deactivate-user': {
    summary:
      "Deactivate a user: their keys are refused from every server's next request; memberships are kept, hidden from members lists",
    options: { 'user!': 'user email or uuid, or as the argument' },
    positional: 'user',
    async run(store, options) {
      const user = await findUser(store, required(options, 'user'));
      const updated = await store.setUserActive(user.id, false);
      if (!updated) throw new ProvisioningError(`no user ${user.email}`);
      const keys = await store.listPersonalApiKeys(user.id);
      return { ...userJson(updated), is_active: updated.is_active, keys_refused: keys.length };
    },
  },
};
