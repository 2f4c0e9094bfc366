import { describe, expect, it } from 'vitest';
import { exchange } from '../../test/exchange-fixture.js';
import { miniSpec } from '../../test/mini-spec.js';
import type { Verdict } from './check-types.js';
import { judgeIgnoredAuth } from './ignored-auth.js';
import { judgeLevelRule } from './lifecycle/member-level-rules.js';
import { judgeMissingHeader } from './missing-required-header.js';
import { judgeNegativeData } from './negative-data-rejection.js';
import { judgePositiveData } from './positive-data-acceptance.js';
import { judgeReadOnlyIgnored } from './read-only-sentinels.js';
import { judgeWithoutScope, judgeWithScope } from './scope-enforcement.js';
import { judgeStatusCode } from './status-code-conformance.js';
import { judgeTenantIsolation } from './tenant-isolation.js';
import { judgeForeignObject } from './tenant-object-isolation.js';
import { judgeTrailingSlash } from './trailing-slash-redirect.js';
import { judgeUnsupportedMethod } from './unsupported-method.js';
import { judgeUseAfterFree } from './use-after-free.js';

/**
 * A 429 is the target's rate limit answering before anything else looked at the request: it proves neither a
 * rejection nor an acceptance nor an access rule, so the judges of the target's decisions skip it (a run that may
 * not wait, `--max-throttle-wait 0`, or one whose wait budget is spent, gets such answers). Judges of an answer's
 * form still judge it.
 */
const operation = miniSpec().operations[0];
if (!operation) throw new Error('the mini spec has no operation');
const throttled = exchange({
  status: 429,
  body: { type: 'throttled_error', code: 'throttled', detail: 'Request was throttled.', attr: null },
  headers: { 'retry-after': '17' },
  kind: 'negative',
  mutation: { description: 'name: 12 instead of a string', family: 'type' } as never,
});
const SKIPPED: Verdict = {
  outcome: 'skip',
  message: 'throttled (429): the target answered before judging the request',
};

describe('a throttled answer (429)', () => {
  it.each([
    ['missing_required_header', () => judgeMissingHeader(throttled, 'X-Key')],
    ['negative_data_rejection', () => judgeNegativeData(throttled)],
    ['positive_data_acceptance', () => judgePositiveData({ ...throttled, kind: 'positive' }, operation)],
    ['read_only_write_only', () => judgeReadOnlyIgnored(throttled, { id: 'sentinel' })],
    ['ignored_auth', () => judgeIgnoredAuth({ ...throttled, role: 'none' }, operation)],
    ['scope_enforcement without the scope', () => judgeWithoutScope(throttled, ['project:read'])],
    ['scope_enforcement with the scope', () => judgeWithScope(throttled, ['project:read'])],
    ['tenant_isolation', () => judgeTenantIsolation(throttled, "another organization's projects")],
    ['tenant_object_isolation', () => judgeForeignObject(throttled, operation, 'its project 3')],
    ['trailing_slash_redirect', () => judgeTrailingSlash(throttled, 'http://localhost:8000', 308)],
    ['unsupported_method', () => judgeUnsupportedMethod(throttled)],
    ['use_after_free', () => judgeUseAfterFree(throttled, false)],
    [
      'member_level_rules',
      () =>
        judgeLevelRule(
          throttled,
          {
            as: 'admin',
            target: 'member',
            level: 8,
            status: 200,
            detail: undefined,
            pointer: '/x-level-rules/6',
          },
          'admin sets member level to 8',
        ),
    ],
  ])('is no verdict of %s', (_, judge) => {
    expect(judge()).toEqual(SKIPPED);
  });

  it('is still judged as an answer where the form is what is checked', () => {
    expect(judgeStatusCode(throttled, operation).outcome).not.toBe('skip');
  });
});
