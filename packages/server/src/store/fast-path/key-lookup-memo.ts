import type { ApiKeyStore, KeyInOrganization } from '../resources/api-keys-store.js';
import type { SqliteChangeCounter } from './sqlite-change-counter.js';
import { UnchangedReadMemo } from './unchanged-read-memo.js';

/**
 * `keys` whose `findPersonalApiKeyInOrganization` (every authenticated request with an organization id) answers
 * from memory while the SQLite file is unchanged (`counter`; see `UnchangedReadMemo`). Any commit drops every entry,
 * so a key revoked or a user deactivated by another process (the admin CLI) is refused from the first request read
 * after that commit (`test/process/revocation-and-links.test.ts`): no entry outlives a change by a time-to-live.
 */
export function withKeyLookupMemo(keys: ApiKeyStore, counter: SqliteChangeCounter): ApiKeyStore {
  const memo = new UnchangedReadMemo<KeyInOrganization>(() => counter.changeCount());
  return {
    ...keys,
    findPersonalApiKeyInOrganization: (secureValue, organizationId) =>
      memo.get(`${secureValue}\n${organizationId}`, () =>
        keys.findPersonalApiKeyInOrganization(secureValue, organizationId),
      ),
  };
}
