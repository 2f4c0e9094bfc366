/*
 * Commands whose output users redirect, run as the README shows them: typed in a shell at the repository root, stdout
 * to a file, relative paths. The project's .npmrc keeps npm's own banner out of the files; the root scripts run the
 * CLIs where the user typed the command, so relative paths mean what the user meant.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, shellEnvironment } from './support/spawned-process.js';

const TIMEOUT_MS = 120_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const database = mkdtempSync(join(tmpdir(), 'redirected-output-'));
// The files live in an ignored folder of the repository, named relative to its root, as a user's would be.
const dir = relative(REPO_ROOT, mkdtempSync(join(REPO_ROOT, '.tmp-redirected-output-')));
const env = shellEnvironment({ DATABASE_URL: `sqlite:${join(database, 'orgapi.db')}` });
afterAll(() => {
  rmSync(database, { recursive: true, force: true });
  rmSync(join(REPO_ROOT, dir), { recursive: true, force: true });
});

/** Runs `command > file` in sh at the repository root; returns the exit code, the file's text and stderr. */
async function redirected(
  command: string,
  file: string,
): Promise<{ code: number; file: string; stderr: string }> {
  const path = `${dir}/${file}`;
  const read = () => readFileSync(join(REPO_ROOT, path), 'utf8');
  try {
    const { stderr } = await promisify(execFile)('sh', ['-c', `${command} > ${path}`], {
      cwd: REPO_ROOT,
      env,
    });
    return { code: 0, file: read(), stderr };
  } catch (error) {
    const failure = error as { code: number; stderr: string };
    return { code: failure.code, file: read(), stderr: failure.stderr };
  }
}

describe('output redirected to a file holds only what the command prints', { timeout: TIMEOUT_MS }, () => {
  it('npm run admin -- fixtures > fixtures.json, then npm run contract -- --fixtures fixtures.json reads it', async () => {
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

    // The runner reads the file (a relative path), then finds nothing listening: port 9 on loopback is never served.
    const contract = await redirected(
      `npm run contract -- --base-url http://127.0.0.1:9 --fixtures ${dir}/fixtures.json --seed 1`,
      'contract.txt',
    );
    expect(contract).toEqual({
      code: 2,
      file: '',
      stderr: 'org-api-contract: cannot reach http://127.0.0.1:9: fetch failed\n',
    });
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
