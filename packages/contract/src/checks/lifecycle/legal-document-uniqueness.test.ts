import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUEST_MUTANTS } from '../../../test/mutants/request-mutants.js';
import { runCheck, steps } from '../../../test/support/check-harness.js';
import { type ReferenceTarget, startReferenceTarget } from '../../../test/support/reference-target.js';

// legal_document_uniqueness against the reference server (SQLite, in-process) and against scripted defects.

let target: ReferenceTarget;
beforeAll(async () => {
  target = await startReferenceTarget('sqlite');
});
afterAll(() => target?.close());

const CREATE = 'legal_documents_create';
const DESTROY = 'legal_documents_destroy';

async function documentCount(organizationId: string, token: string) {
  const response = await target.fetch(
    new Request(`http://localhost/api/organizations/${organizationId}/legal_documents/`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
  return ((await response.json()) as { count: number }).count;
}

/** The real server, except that creating a document of these types is refused (as a plan without the add-on). */
const refusing =
  (types: string[]) =>
  async (request: Request): Promise<Response> => {
    const body = request.method === 'POST' ? await request.clone().text() : '';
    if (types.some((t) => body.includes(`"document_type":"${t}"`)))
      return Response.json(
        { type: 'authentication_error', code: 'permission_denied', detail: 'Needs the add-on.', attr: null },
        { status: 403 },
      );
    return target.fetch(request);
  };

describe('legal_document_uniqueness', () => {
  it('passes on the reference server: one per type until deleted; nothing is left behind', async () => {
    const fixtures = await target.newFixtures();
    const run = await runCheck('legal_document_uniqueness', target.fetch, fixtures);
    expect(steps(run.results)).toEqual([
      ['pass', CREATE, 'second BAA while one exists: 400'],
      ['pass', DESTROY, 'delete the BAA: 204'],
      ['pass', CREATE, 'new BAA after deleting the old one: 201'],
    ]);
    expect(run.cleanup.leftovers).toEqual([]);
    expect(await documentCount(fixtures.organizationId, fixtures.tokens.owner)).toBe(0);
  });

  it('fails a server that accepts a second document of a type', async () => {
    const fixtures = await target.newFixtures();
    const replaces = REQUEST_MUTANTS.find((m) => m.caughtBy === 'legal_document_uniqueness');
    const run = await runCheck(
      'legal_document_uniqueness',
      replaces?.build({ real: target.fetch, fixtures }) ?? target.fetch,
      fixtures,
    );
    expect(steps(run.results)).toEqual([
      ['fail', CREATE, 'second BAA while one exists: expected 400, got 201'],
      ['fail', DESTROY, 'delete the BAA: expected 204, got 404 (Not found.)'],
    ]);
    expect(run.cleanup.leftovers).toEqual([]);
    expect(await documentCount(fixtures.organizationId, fixtures.tokens.owner)).toBe(0);
  });

  it('moves on to the next type when one cannot be created, and skips when none can', async () => {
    const fixtures = await target.newFixtures();
    const dpa = await runCheck('legal_document_uniqueness', refusing(['BAA']), fixtures);
    expect(steps(dpa.results)).toEqual([
      ['pass', CREATE, 'second DPA while one exists: 400'],
      ['pass', DESTROY, 'delete the DPA: 204'],
      ['pass', CREATE, 'new DPA after deleting the old one: 201'],
    ]);
    const none = await runCheck('legal_document_uniqueness', refusing(['BAA', 'DPA']), fixtures);
    expect(steps(none.results)).toEqual([
      ['skip', '*', 'no document type could be created (tried BAA, DPA)'],
    ]);
  });
});
