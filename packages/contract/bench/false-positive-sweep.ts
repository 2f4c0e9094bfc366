/**
 * False-positive sweep (not a test; `test/reference-server.test.ts` runs the bounded version in the suite): full
 * default runs against the reference server in-process, for seeds 1…N, on SQLite and on PostgreSQL
 * (`TEST_DATABASE_URL`), in an organization that also holds a signed legal document, projects pending deletion and
 * 1,000 members. Every run must have 0 failures, 0 errors, nothing left behind and the organization as found.
 * Prints one line per run and the totals; exits 1 when any run was not clean.
 *
 *   npm run sweep -w @org-api/contract [-- --seeds 20 --stores sqlite,postgres --max-examples 5]
 */
import { parseArgs } from 'node:util';
import { exitCodeOf } from '../src/cli/exit-code.js';
import { runContract } from '../src/run-contract.js';
import { snapshotOrganization } from '../test/support/organization-snapshot.js';
import { fixtureOptions, type StoreKind, startReferenceTarget } from '../test/support/reference-target.js';
import { populateOrganization, RICH } from '../test/support/rich-organization.js';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '20' },
    stores: { type: 'string', default: 'sqlite,postgres' },
    'max-examples': { type: 'string', default: '5' },
  },
});
const seeds = Number(values.seeds);
const maxExamples = Number(values['max-examples']);
const stores = (values.stores as string).split(',') as StoreKind[];
let unclean = 0;
let runs = 0;
for (const kind of stores) {
  const target = await startReferenceTarget(kind);
  try {
    await populateOrganization(target, target.fixtures, RICH);
    const { fixtures } = target;
    const snapshot = () =>
      snapshotOrganization(target.fetch, 'http://localhost', fixtures.organizationId, fixtures.tokens.owner);
    const before = JSON.stringify(await snapshot());
    for (let seed = 1; seed <= seeds; seed++) {
      const started = performance.now();
      const set = await runContract({
        target: { baseUrl: 'http://localhost', fetch: target.fetch as typeof fetch },
        ...fixtureOptions(fixtures),
        seed,
        maxExamples,
      });
      const seconds = (performance.now() - started) / 1000;
      const failures = set.results.filter((r) => r.outcome === 'fail');
      const asFound = JSON.stringify(await snapshot()) === before;
      const clean =
        failures.length === 0 && set.errors.length === 0 && !set.cleanup.leftovers.length && asFound;
      runs++;
      if (!clean) unclean++;
      console.log(
        `${kind} seed ${seed}: ${seconds.toFixed(1)} s, ${set.requests} requests, ${failures.length} failure(s), ` +
          `${set.errors.length} error(s), exit ${exitCodeOf(set)}${asFound ? '' : ', organization CHANGED'}`,
      );
      for (const f of failures) console.log(`  FAIL ${f.check} ${f.operation}: ${f.message}`);
      for (const e of set.errors) console.log(`  ERROR ${e}`);
    }
  } finally {
    await target.close();
  }
}
console.log(
  `\n${runs} full default runs (seeds 1–${seeds}, ${stores.join(' and ')}, ${RICH.members} extra members, ` +
    `signed ${RICH.signedDocuments.join('/')}, ${RICH.deletedProjects} deleted projects): ${unclean} with a false positive`,
);
process.exitCode = unclean ? 1 : 0;
