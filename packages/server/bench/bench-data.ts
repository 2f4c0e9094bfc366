import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addMemberOrFail, createUserOrFail, issuePersonalApiKey } from '../src/cli/provisioning.js';
import { openStore } from '../src/store/open-store.js';
import { seedMembers } from '../src/store/seed-members.js';

/** A seeded organization in its own SQLite file, and what the benchmark needs to call it. */
export interface BenchOrganization {
  databaseUrl: string;
  organizationId: string;
  /** The owner's personal API key (scope `*`). */
  apiKey: string;
  /** Active members in total (owner and the GitHub member included). */
  members: number;
  /** A member with a GitHub login, for `members/{uuid}/github_login/`. */
  githubMember: { uuid: string; login: string };
  /** How long seeding took (0 when reused). */
  seededMs: number;
}

/** The GitHub login the benchmark's second member has. */
export const BENCH_GITHUB_LOGIN = 'octocat';

/**
 * Builds `<dir>/<name>.db` with one organization of exactly `members` active members (an owner with an API key, a
 * member with a GitHub login, and `members - 2` seeded people via the store's bulk `seedMembers`), or reuses it
 * when `<name>.json` says it was built already (same member count).
 */
export async function prepareOrganization(
  dir: string,
  name: string,
  members: number,
): Promise<BenchOrganization> {
  const file = join(dir, `${name}.db`);
  const manifest = join(dir, `${name}.json`);
  if (existsSync(manifest) && existsSync(file)) {
    const previous = JSON.parse(readFileSync(manifest, 'utf8')) as BenchOrganization;
    if (previous.members === members) {
      // Kept data may predate a migration: the benchmark reads it through the store before the server starts.
      const store = await openStore(previous.databaseUrl);
      try {
        await store.migrate();
      } finally {
        await store.close();
      }
      return { ...previous, seededMs: 0 };
    }
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  const started = performance.now();
  const databaseUrl = `sqlite:${file}`;
  const store = await openStore(databaseUrl);
  let organization: BenchOrganization;
  try {
    await store.migrate();
    const owner = await createUserOrFail(store, {
      email: 'owner@bench.example',
      first_name: 'Bench',
      last_name: 'Owner',
    });
    const org = await store.createOrganization({ name: `Bench ${name}` });
    await addMemberOrFail(store, org, owner, 15);
    const key = await issuePersonalApiKey(store, { userId: owner.id, label: 'bench', scopes: ['*'] });
    const octo = await createUserOrFail(store, {
      email: 'octo@bench.example',
      first_name: 'Octo',
      last_name: 'Cat',
      github_login: BENCH_GITHUB_LOGIN,
    });
    await addMemberOrFail(store, org, octo, 1);
    organization = {
      databaseUrl,
      organizationId: org.id,
      apiKey: key.value,
      members,
      githubMember: { uuid: octo.uuid, login: BENCH_GITHUB_LOGIN },
      seededMs: 0,
    };
  } finally {
    await store.close();
  }
  await seedMembers(databaseUrl, {
    organizationId: organization.organizationId,
    count: members - 2,
    seed: 1,
  });
  organization.seededMs = performance.now() - started;
  writeFileSync(manifest, JSON.stringify(organization, null, 2));
  return organization;
}
