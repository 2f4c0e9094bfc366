import { FILE_SIGNING_KEY_SECRET } from '../migrations/0004-server-secrets.js';
import type { StoreContext } from '../store-context.js';
import { StoreError } from '../store-error.js';

/** Secrets generated at first migration and shared by every process on the database. */
export interface ServerSecretStore {
  /**
   * The default HMAC key of legal document download links: 32 random bytes generated when the database was first
   * migrated, the same for every process and across restarts (`FILE_SIGNING_KEY` overrides it; see
   * `legal-documents-file-signing.ts`).
   */
  getFileSigningKey(): Promise<Buffer>;
}

/** The {@link ServerSecretStore} over `ctx`. */
export function serverSecretStore(ctx: StoreContext): ServerSecretStore {
  return {
    async getFileSigningKey() {
      const row = await ctx.db
        .selectFrom('server_secrets')
        .select('value')
        .where('name', '=', FILE_SIGNING_KEY_SECRET)
        .executeTakeFirst();
      if (!row) throw new StoreError('getFileSigningKey', 'no file signing key: run the migrations');
      return Buffer.from(row.value, 'hex');
    },
  };
}
