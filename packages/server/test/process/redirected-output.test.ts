/*
 * Commands whose output users redirect, run as the README shows them: from the repository root in a shell, stdout to
 * a file (the project's .npmrc keeps npm's own banner and notices out of it). The files must hold exactly what the
 * command prints: the fixtures file is JSON the contract runner reads.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, shellEnvironment } from './support/spawned-process.js';

const TIMEOUT_MS = 120_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const dir = mkdtempSync(join(tmpdir(), 'redirected-output-'));
const env = shellEnvironment({ DATABASE_URL: `sqlite:${join(dir, 'orgapi.db')}` });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `command > file` in sh from the repository root, as a user types it; returns the exit code, the file's text
 * and stderr.
 */
async function redirected(
  command: string,
  file: string,
): Promise<{ code: number; file: string; stderr: string }> {
  const path = join(dir, file);
  try {
    const { stderr } = await promisify(execFile)('sh', ['-c', `${command} > "$0"`, path], {
      cwd: REPO_ROOT,
      env,
    });
    return { code: 0, file: readFileSync(path, 'utf8'), stderr };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, file: readFileSync(path, 'utf8'), stderr: failure.stderr };
  }
}

describe('output redirected to a file holds only what the command prints', { timeout: TIMEOUT_MS }, () => {
  it('npm run admin -- fixtures > fixtures.json: JSON the contract runner reads', async () => {
    const fixtures = await redirected(
      'npm run admin -- fixtures --base-url http://127.0.0.1:8000',
      'fixtures.json',
    );
    expect(fixtures).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(fixtures.file)).toMatchObject({
      baseUrl: 'http://127.0.0.1:8000',
      organizationId: expect.stringMatching(UUID),
      otherOrganizationId: expect.stringMatching(UUID),
      tokens: {
        owner: expect.stringMatching(/^phx_/),
        admin: expect.stringMatching(/^phx_/),
        member: expect.stringMatching(/^phx_/),
        noScope: expect.stringMatching(/^phx_/),
        otherOrg: expect.stringMatching(/^phx_/),
      },
    });

    // The runner reads the file, then finds nothing listening (port 9 on loopback: discard, never served here).
    const contract = await redirected(
      `npm run contract -- --base-url http://127.0.0.1:9 --fixtures ${join(dir, 'fixtures.json')} --seed 1`,
      'contract.txt',
    );
    expect(contract.code).toBe(2);
    expect(contract.stderr).toMatch(/^org-api-contract: cannot reach http:\/\/127\.0\.0\.1:9: /);
  });

  it('npm run admin -- --help and npm run contract -- --help: the usage text from its first line', async () => {
    const admin = await redirected('npm run admin -- --help', 'admin-help.txt');
    expect(admin).toMatchObject({ code: 0, stderr: '' });
    expect(admin.file.split('\n')[0]).toBe('Usage: npm run admin -w @org-api/server -- <command> [options]');
    const contract = await redirected('npm run contract -- --help', 'contract-help.txt');
    expect(contract).toMatchObject({ code: 0, stderr: '' });
    expect(contract.file).toMatch(/^Usage: org-api-contract --base-url <url> /);
  });

  it("a failing command leaves the file empty; stderr has the command's error and nothing of npm's", async () => {
    const failed = await redirected('npm run admin -- no-such-command', 'failed.txt');
    expect(failed).toEqual({
      code: 2,
      file: '',
      stderr: 'Unknown command "no-such-command". Run with --help to list the commands.\n',
    });
  });
});
