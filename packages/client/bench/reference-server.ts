// The reference server of the client benchmark, run in its own process: `createServerApp` (production settings:
// no response validation, silent logger) on a SQLite file, served by @hono/node-server on 127.0.0.1.
//   reference-server.ts <sqlite file> <members>
// Seeds one organization through the server's store and provisioning functions: an owner with a personal API
// key (scope *), a member with a GitHub login, and more members up to <members>. Prints one JSON line
// `{ port, apiKey, organizationId, githubMemberUuid }` once listening.
//
// The server is imported by a computed path, at run time only: the client package must not depend on the
// server (the server's tests depend on the client), and its type-check (rootDir: this package) must not pull the
// server's sources in. Bench files are not part of the published package. The few server shapes used are
// declared below.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

interface Store {
  migrate(): Promise<void>;
  createOrganization(input: { name: string }): Promise<Organization>;
}
interface Organization {
  id: string;
}
interface User {
  id: number;
  uuid: string;
}
interface ServerModule {
  createServerApp(options: {
    store: Store;
    clock: unknown;
    mailer: null;
    config: { validateResponses: boolean };
  }): { fetch(request: Request): Response | Promise<Response> };
  issuePersonalApiKey(
    store: Store,
    input: { userId: number; label: string; scopes: string[] },
  ): Promise<{ value: string }>;
  systemClock: unknown;
}
interface StoreModule {
  openStore(databaseUrl: string): Promise<Store>;
}
interface ProvisioningModule {
  createUserOrFail(
    store: Store,
    input: { email: string; first_name: string; last_name: string; github_login?: string },
  ): Promise<User>;
  addMemberOrFail(store: Store, organization: Organization, user: User, level: 1 | 8 | 15): Promise<void>;
}

const serverSource = (path: string) => new URL(`../../server/src/${path}`, import.meta.url).href;

async function seed(file: string, members: number) {
  const server = (await import(serverSource('index.ts'))) as ServerModule;
  const { openStore } = (await import(serverSource('store/index.ts'))) as StoreModule;
  const provisioning = (await import(serverSource('cli/provisioning.ts'))) as ProvisioningModule;
  const store = await openStore(`sqlite:${file}`);
  await store.migrate();
  const organization = await store.createOrganization({ name: 'Client bench' });
  const person = (n: number, extra: { github_login?: string } = {}) =>
    provisioning.createUserOrFail(store, {
      email: `member${n}@bench.example`,
      first_name: `First${n}`,
      last_name: `Last${n}`,
      ...extra,
    });
  const owner = await person(0);
  await provisioning.addMemberOrFail(store, organization, owner, 15);
  const octocat = await person(1, { github_login: 'octocat' });
  await provisioning.addMemberOrFail(store, organization, octocat, 1);
  for (let n = 2; n < members; n++) {
    await provisioning.addMemberOrFail(store, organization, await person(n), 1);
  }
  const key = await server.issuePersonalApiKey(store, { userId: owner.id, label: 'bench', scopes: ['*'] });
  const app = server.createServerApp({
    store,
    clock: server.systemClock,
    mailer: null,
    config: { validateResponses: false },
  });
  return { app, apiKey: key.value, organizationId: organization.id, githubMemberUuid: octocat.uuid };
}

const [file, members] = process.argv.slice(2);
if (!file || !members) {
  process.stderr.write('usage: reference-server.ts <sqlite file> <members>\n');
  process.exit(2);
}
const { app, ...seeded } = await seed(file, Number(members));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ port: info.port, ...seeded })}\n`);
});
