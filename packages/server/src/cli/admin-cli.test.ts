import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashApiKeyValue } from '../domain/tokens.js';
import { openStore } from '../store/open-store.js';
import { runCli, spawnCli } from './test-support/cli-runs.js';

const dir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('admin CLI (spawned)', () => {
  const databaseUrl = `sqlite:${join(dir, 'spawned.db')}`;

  it('--help lists every command and exits 0', () => {
    const { code, stdout } = spawnCli(['--help']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Usage: npm run admin -w @org-api/server -- <command> [options]');
    for (const command of [
      'create-organization',
      'create-user',
      'add-member',
      'create-key',
      'accept-invite',
      'create-oauth-application',
      'link-github',
      'sign-legal-document',
      'list-keys',
      'fixtures',
    ]) {
      expect(stdout).toContain(`\n  ${command}  `);
    }
    for (const command of ['revoke-key <id>', 'deactivate-user <user>']) {
      expect(stdout).toContain(`\n  ${command}  `);
    }
  });

  it('an unknown command exits 2 with a clear message', () => {
    expect(spawnCli(['frobnicate'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'Unknown command "frobnicate". Run with --help to list the commands.\n',
    });
  });

  it('fixtures creates users, keys and two organizations on a SQLite file', async () => {
    const { code, stdout, stderr } = spawnCli(['fixtures', '--base-url', 'http://127.0.0.1:8000'], {
      DATABASE_URL: databaseUrl,
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const fixtures = JSON.parse(stdout);
    expect(Object.keys(fixtures)).toEqual([
      'baseUrl',
      'organizationId',
      'otherOrganizationId',
      'disposableOrganizationId',
      'tokens',
      'users',
    ]);
    expect(fixtures.baseUrl).toBe('http://127.0.0.1:8000');
    expect(Object.keys(fixtures.tokens)).toEqual([
      'owner',
      'admin',
      'member',
      'noScope',
      'otherOrg',
      'disposableOwner',
      'scoped',
    ]);
    expect(Object.keys(fixtures.users)).toEqual([
      'owner',
      'admin',
      'member',
      'otherOwner',
      'disposableOwner',
    ]);
    expect(Object.keys(fixtures.tokens.scoped)).toEqual([
      'legal_document:read',
      'legal_document:write',
      'organization:read',
      'organization_member:read',
      'organization_member:write',
      'project:read',
      'project:write',
    ]);

    const store = await openStore(databaseUrl);
    try {
      const expectations = [
        ['owner', fixtures.organizationId, 15, ['*']],
        ['admin', fixtures.organizationId, 8, ['*']],
        ['member', fixtures.organizationId, 1, ['*']],
        ['noScope', fixtures.organizationId, 15, ['user:read']],
        ['otherOrg', fixtures.otherOrganizationId, 15, ['*']],
        ['disposableOwner', fixtures.disposableOrganizationId, 15, ['*']],
        ...Object.keys(fixtures.tokens.scoped).map(
          (scope) => [`scoped ${scope}`, fixtures.organizationId, 15, [scope]] as const,
        ),
      ] as const;
      const keyOf = (token: string) =>
        token.startsWith('scoped ') ? fixtures.tokens.scoped[token.slice(7)] : fixtures.tokens[token];
      for (const [token, organizationId, level, scopes] of expectations) {
        const found = await store.findPersonalApiKey(hashApiKeyValue(keyOf(token)));
        expect(found?.key.scopes).toEqual(scopes);
        expect((await store.getMember(organizationId, found?.user.id ?? -1))?.level).toBe(level);
      }
      expect(await store.getMember(fixtures.otherOrganizationId, fixtures.users.owner.id)).toBeUndefined();
      expect(await store.countOwners(fixtures.disposableOrganizationId)).toBe(1);
    } finally {
      await store.close();
    }
  });
});

describe('admin CLI commands', () => {
  const databaseUrl = `sqlite:${join(dir, 'commands.db')}`;

  it.each([
    [[], 2, /^Usage: npm run admin/],
    [['create-user'], 2, /^--email is required\nRun with --help for usage\.\n$/],
    [
      ['create-user', '--email', 'x@example.com', '--bogus', '1'],
      2,
      /^create-user: Unknown option '--bogus'/,
    ],
    [
      ['create-user', '--email', 'x@example.com', '--database-url', 'mysql://x'],
      2,
      /^DATABASE_URL: expected sqlite:<file> or postgres:\/\/…, got "mysql:\/\/x"\n/,
    ],
  ])('usage/config errors: %j → exit %i', async (args, code, stderr) => {
    const result = await runCli(args, databaseUrl);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(stderr);
  });

  it('creates an organization, users, memberships and keys', async () => {
    const org = await runCli(
      ['create-organization', '--name', 'Acme', '--members-can-invite', 'false'],
      databaseUrl,
    );
    expect(org.code).toBe(0);
    expect(org.json).toEqual({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'Acme' });

    const ann = await runCli(
      ['create-user', '--email', 'ann@example.com', '--first-name', 'Ann', '--github-login', 'ann-gh'],
      databaseUrl,
    );
    expect(ann.json).toEqual({ id: 1, uuid: expect.any(String), email: 'ann@example.com' });
    const store = await openStore(databaseUrl);
    expect((await store.findUserByEmail('ann@example.com'))?.github_login).toBe('ann-gh');
    const linked = await runCli(
      ['link-github', '--user', 'ann@example.com', '--login', 'ann-octo'],
      databaseUrl,
    );
    expect(linked).toMatchObject({ code: 0, json: { user: ann.json.uuid, github_login: 'ann-octo' } });
    expect((await store.findUserByEmail('ann@example.com'))?.github_login).toBe('ann-octo');
    await store.close();
    const dup = await runCli(['create-user', '--email', 'ANN@example.com'], databaseUrl);
    expect(dup).toMatchObject({
      code: 1,
      stderr: 'create-user: a user with email ANN@example.com already exists\n',
    });

    const badLevel = await runCli(
      ['add-member', '--organization', org.json.id, '--user', 'ann@example.com', '--level', '3'],
      databaseUrl,
    );
    expect(badLevel).toMatchObject({
      code: 2,
      stderr: '--level must be member, admin or owner (or 1, 8, 15), got "3"\nRun with --help for usage.\n',
    });
    const added = await runCli(
      ['add-member', '--organization', org.json.id, '--user', ann.json.uuid, '--level', 'owner'],
      databaseUrl,
    );
    expect(added.json).toEqual({ organization: org.json.id, user: ann.json.uuid, level: 15 });

    const key = await runCli(
      [
        'create-key',
        '--user',
        'ann@example.com',
        '--label',
        'ci',
        '--scopes',
        'organization:read,project:write',
        '--scoped-organizations',
        org.json.id,
        '--scoped-projects',
        '4,5',
      ],
      databaseUrl,
    );
    expect(key.json).toEqual({
      id: expect.any(String),
      key: expect.stringMatching(/^phx_/),
      mask: `phx_...${key.json.key.slice(-4)}`,
      scopes: ['organization:read', 'project:write'],
      scoped_organizations: [org.json.id],
      scoped_teams: [4, 5],
    });
    const legacy = await runCli(['create-key', '--user', 'ann@example.com', '--scopes', ''], databaseUrl);
    expect(legacy.json.scopes).toEqual([]);
    const badProjects = await runCli(
      ['create-key', '--user', 'ann@example.com', '--scopes', '*', '--scoped-projects', 'x'],
      databaseUrl,
    );
    expect(badProjects).toMatchObject({
      code: 2,
      stderr: '--scoped-projects takes project ids, got "x"\nRun with --help for usage.\n',
    });
    const nobody = await runCli(['create-key', '--user', 'nobody@example.com', '--scopes', '*'], databaseUrl);
    expect(nobody).toMatchObject({ code: 1, stderr: 'create-key: no user with email nobody@example.com\n' });
  });

  it('accepts invites (not expired, matching email), creates OAuth apps and signs legal documents', async () => {
    const store = await openStore(databaseUrl);
    await store.migrate();
    const org = await store.createOrganization({ name: 'Invites' });
    const invite = await store.createInvite({
      organization_id: org.id,
      target_email: 'bob@example.com',
      level: 8,
    });
    const doc = await store.createLegalDocument({
      organization_id: org.id,
      document_type: 'DPA',
      company_name: 'Acme',
      company_address: '1 Road',
      representative_email: 'legal@example.com',
    });
    await store.close();
    if (!doc.ok) throw new Error('document not created');

    await runCli(['create-user', '--email', 'bob@example.com'], databaseUrl);
    await runCli(['create-user', '--email', 'eve@example.com'], databaseUrl);
    const wrongUser = await runCli(
      ['accept-invite', '--organization', org.id, '--invite', invite.id, '--user', 'eve@example.com'],
      databaseUrl,
    );
    expect(wrongUser).toMatchObject({
      code: 1,
      stderr: 'accept-invite: the invite is for bob@example.com, not eve@example.com\n',
    });
    const late = new Date(invite.created_at.getTime() + 3 * 24 * 3600 * 1000 + 1);
    const expired = await runCli(
      ['accept-invite', '--organization', org.id, '--invite', invite.id, '--user', 'bob@example.com'],
      databaseUrl,
      late,
    );
    expect(expired).toMatchObject({ code: 1, stderr: 'accept-invite: the invite has expired\n' });
    const accepted = await runCli(
      ['accept-invite', '--organization', org.id, '--invite', invite.id, '--user', 'bob@example.com'],
      databaseUrl,
    );
    expect(accepted.json).toEqual({ organization: org.id, user: expect.any(String), level: 8 });

    const app = await runCli(
      [
        'create-oauth-application',
        '--organization',
        org.id,
        '--name',
        'Zapier',
        '--redirect-uris',
        'https://a https://b',
        '--verified',
      ],
      databaseUrl,
    );
    expect(app.json).toEqual({ id: expect.any(String), client_id: expect.any(String), name: 'Zapier' });

    const pdfPath = join(dir, 'signed.pdf');
    writeFileSync(pdfPath, '%PDF-1.4 test');
    const signed = await runCli(
      ['sign-legal-document', '--organization', org.id, '--document', doc.document.id, '--pdf', pdfPath],
      databaseUrl,
    );
    expect(signed.json).toEqual({ id: doc.document.id, status: 'signed', has_signed_pdf: true });
    const check = await openStore(databaseUrl);
    expect(Buffer.from((await check.getLegalDocumentPdf(org.id, doc.document.id)) ?? []).toString()).toBe(
      '%PDF-1.4 test',
    );
    const oauth = await check.listOAuthApplications(org.id, { limit: 10, offset: 0 });
    expect(oauth.results.map((a) => [a.name, a.redirect_uris, a.is_verified])).toEqual([
      ['Zapier', 'https://a https://b', true],
    ]);
    await check.close();
  });
});
