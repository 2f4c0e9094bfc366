import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashApiKeyValue } from '../domain/tokens.js';
import { openStore } from '../store/open-store.js';
import { createUserOrFail, issuePersonalApiKey } from './provisioning.js';
import { runCli, spawnCli } from './test-support/cli-runs.js';

const dir = mkdtempSync(join(tmpdir(), 'key-commands-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const databaseUrl = `sqlite:${join(dir, 'keys.db')}`;

/** Ann (two keys, one used) and Bob (one legacy key), created one second apart. */
let keys: { annCi: string; annOps: string; bob: string; annOpsValue: string };
let users: { ann: { id: number; uuid: string }; bob: { id: number; uuid: string } };

beforeAll(async () => {
  let now = new Date('2026-03-01T10:00:00.000Z');
  const store = await openStore(databaseUrl, { now: () => now });
  try {
    await store.migrate();
    const ann = await createUserOrFail(store, { email: 'ann@example.com' });
    const bob = await createUserOrFail(store, { email: 'bob@example.com' });
    users = { ann, bob };
    const create = async (userId: number, label: string, scopes: string[]) => {
      now = new Date(now.getTime() + 1000);
      return issuePersonalApiKey(store, { userId, label, scopes });
    };
    const annCi = await create(ann.id, 'ci', ['organization:read', 'project:write']);
    const bobKey = await create(bob.id, 'legacy\u001b[2Jkey', []);
    const annOps = await create(ann.id, 'ops', ['*']);
    keys = { annCi: annCi.key.id, annOps: annOps.key.id, bob: bobKey.key.id, annOpsValue: annOps.value };
    await store.touchPersonalApiKey(keys.annOps, new Date('2026-03-01T10:00:10.000Z'));
  } finally {
    await store.close();
  }
});

const listed = (id: string, user: 'ann' | 'bob', fields: Record<string, unknown>) => ({
  id,
  user: { id: users[user].id, uuid: users[user].uuid, email: `${user}@example.com` },
  scoped_organizations: null,
  scoped_teams: null,
  mask: expect.stringMatching(/^phx_\.\.\.[A-Za-z0-9]{4}$/),
  ...fields,
});

describe('admin CLI: list-keys, revoke-key, deactivate-user', () => {
  it('list-keys --json: every key newest first with its user, scopes, dates and mask, never the secret', async () => {
    const result = await runCli(['list-keys', '--json'], databaseUrl);
    expect(result.stderr).toBe('');
    expect(result.json).toEqual([
      listed(keys.annOps, 'ann', {
        label: 'ops',
        scopes: ['*'],
        created_at: '2026-03-01T10:00:03.000Z',
        last_used_at: '2026-03-01T10:00:10.000Z',
      }),
      listed(keys.bob, 'bob', {
        label: 'legacy\u001b[2Jkey',
        scopes: [],
        created_at: '2026-03-01T10:00:02.000Z',
        last_used_at: null,
      }),
      listed(keys.annCi, 'ann', {
        label: 'ci',
        scopes: ['organization:read', 'project:write'],
        created_at: '2026-03-01T10:00:01.000Z',
        last_used_at: null,
      }),
    ]);
    expect(result.stdout).not.toContain(keys.annOpsValue);
    expect(result.stdout).not.toContain(hashApiKeyValue(keys.annOpsValue).slice(7));
    const ann = await runCli(['list-keys', '--user', users.ann.uuid, '--json'], databaseUrl);
    expect(ann.json.map((key: { id: string }) => key.id)).toEqual([keys.annOps, keys.annCi]);
  });

  it('list-keys: an aligned table without --json (control characters shown as ?), "(no keys)" for none', async () => {
    const result = await runCli(['list-keys', '--user', 'ann@example.com'], databaseUrl, undefined, false);
    const lines = result.stdout.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^ID +USER +LABEL +SCOPES +CREATED +LAST USED +KEY$/);
    expect(lines[1]).toMatch(
      new RegExp(
        `^${keys.annOps} +ann@example\\.com +ops +\\* +2026-03-01T10:00:03\\.000Z +2026-03-01T10:00:10\\.000Z +phx_\\.\\.\\.\\w{4}$`,
      ),
    );
    expect(lines[2]).toMatch(
      new RegExp(
        `^${keys.annCi} +ann@example\\.com +ci +organization:read,project:write +2026-03-01T10:00:01\\.000Z +never +phx_\\.\\.\\.\\w{4}$`,
      ),
    );
    expect(lines[3]).toBe('');
    expect(lines[1]?.indexOf('ann@')).toBe(lines[0]?.indexOf('USER'));
    const bob = await runCli(['list-keys', '--user', 'bob@example.com'], databaseUrl, undefined, false);
    expect(bob.stdout).toContain(' legacy?[2Jkey ');
    expect(bob.stdout).toContain(' (all, legacy) ');
    const nobody = await runCli(['create-user', '--email', 'keyless@example.com'], databaseUrl);
    expect(nobody.code).toBe(0);
    const none = await runCli(['list-keys', '--user', 'keyless@example.com'], databaseUrl, undefined, false);
    expect(none).toMatchObject({ code: 0, stdout: '(no keys)\n', stderr: '' });
    expect(await runCli(['list-keys', '--user', 'ghost@example.com'], databaseUrl)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'list-keys: no user with email ghost@example.com\n',
    });
  });

  it('list-keys --json redirected from the real process: stdout is exactly the JSON, nothing else', () => {
    const { code, stdout, stderr } = spawnCli(['list-keys', '--json'], { DATABASE_URL: databaseUrl });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout.endsWith(']\n')).toBe(true);
    expect(JSON.parse(stdout).map((key: { id: string }) => key.id)).toContain(keys.annCi);
  });

  it('revoke-key <id> (or --id) deletes the key; an unknown id exits 1; both forms at once exit 2', async () => {
    const store = await openStore(databaseUrl);
    try {
      const revoked = await runCli(['revoke-key', keys.annCi], databaseUrl);
      expect(revoked).toMatchObject({
        code: 0,
        stderr: '',
        json: { id: keys.annCi, label: 'ci', mask: expect.stringMatching(/^phx_\.\.\./), revoked: true },
      });
      expect((await store.listPersonalApiKeys(users.ann.id)).map((key) => key.id)).toEqual([keys.annOps]);
      expect(await runCli(['revoke-key', '--id', keys.annCi], databaseUrl)).toMatchObject({
        code: 1,
        stdout: '',
        stderr: `revoke-key: no personal API key with id ${keys.annCi}\n`,
      });
      expect(await runCli(['revoke-key', 'a', '--id', 'b'], databaseUrl)).toMatchObject({
        code: 2,
        stderr: 'revoke-key: give <id> or --id, not both\nRun with --help for usage.\n',
      });
      expect(await runCli(['revoke-key', 'a', 'b'], databaseUrl)).toMatchObject({
        code: 2,
        stderr: 'revoke-key: expected one <id>, got 2\nRun with --help for usage.\n',
      });
      expect(await runCli(['revoke-key'], databaseUrl)).toMatchObject({
        code: 2,
        stderr: '--id is required\nRun with --help for usage.\n',
      });
      expect(await runCli(['list-keys', 'x'], databaseUrl)).toMatchObject({ code: 2 });
    } finally {
      await store.close();
    }
  });

  it('deactivate-user <email> marks the user inactive (their keys are refused); an unknown user exits 1', async () => {
    const result = await runCli(['deactivate-user', 'BOB@example.com'], databaseUrl);
    expect(result).toMatchObject({
      code: 0,
      stderr: '',
      json: {
        id: users.bob.id,
        uuid: users.bob.uuid,
        email: 'bob@example.com',
        is_active: false,
        keys_refused: 1,
      },
    });
    const store = await openStore(databaseUrl);
    try {
      expect((await store.getUserById(users.bob.id))?.is_active).toBe(false);
      expect((await store.getUserById(users.ann.id))?.is_active).toBe(true);
    } finally {
      await store.close();
    }
    expect(await runCli(['deactivate-user', '--user', 'ghost@example.com'], databaseUrl)).toMatchObject({
      code: 1,
      stderr: 'deactivate-user: no user with email ghost@example.com\n',
    });
  });
});
