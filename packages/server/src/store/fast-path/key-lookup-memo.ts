import type { ApiKeyStore, KeyInOrganization } from '../resources/api-keys-store.js';
import type { SqliteChangeCounter } from './sqlite-change-counter.js';
import { UnchangedReadMemo } from './unchanged-read-memo.js';

/**
 * `keys` whose `findPersonalApiKeyInOrganization` (every authenticated request with an organization id) answers
 * from memory while the SQLite file is unchanged (`counter`; see `UnchangedReadMemo`).
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
