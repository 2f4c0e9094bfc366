import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCheck, steps } from '../../test/support/check-harness.js';
import { type ReferenceTarget, startReferenceTarget } from '../../test/support/reference-target.js';

let target: ReferenceTarget;
beforeAll(async () => {
  target = await startReferenceTarget('sqlite');
});
afterAll(() => target?.close());

describe('read_after_write flow', () => {
  it('retries a refused full create with the minimal body, then judges the patch', async () => {
    const fixtures = await target.newFixtures();
    const sent: string[] = [];
    // As the plan limit of the reference server: any project body beyond `name` is refused with a business 403.
    const strict = async (request: Request) => {
      const path = new URL(request.url).pathname;
      const body =
        request.method === 'POST' ? ((await request.clone().json()) as Record<string, unknown>) : {};
      if (path.endsWith('/projects/')) sent.push(`${request.method} ${Object.keys(body).sort().join(',')}`);
      if (
        request.method === 'POST' &&
        path.endsWith('/projects/') &&
        Object.keys(body).some((k) => k !== 'name')
      )
        return Response.json(
          { type: 'authentication_error', code: 'permission_denied', detail: 'Plan limit.', attr: null },
          { status: 403 },
        );
      return target.fetch(request);
    };
    const run = await runCheck('read_after_write', strict, fixtures, { seed: '11' });
    const projects = run.results.filter((r) => r.operation.startsWith('organizations_projects'));
    expect(sent.filter((s) => s.startsWith('POST'))).toHaveLength(2);
    expect(steps(projects).map(([outcome, operation]) => `${outcome} ${operation}`)).toEqual([
      expect.stringMatching(/^(pass|skip) organizations_projects_create$/),
      'pass organizations_projects_create',
      'pass organizations_projects_partial_update',
      'pass organizations_projects_partial_update',
    ]);
    expect(projects[1]?.message).toMatch(/^create vs read: server fields stable \(id, /);
    expect(projects[2]?.message).toMatch(/^after patch: \d+ field\(s\) read back as written$/);
    expect(run.cleanup.leftovers).toEqual([]);
  });
});
