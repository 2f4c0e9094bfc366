import type { Exchange, RequestPlan } from '../../http/http-types.js';
import { listItems } from '../../run/path-values.js';
import type { OperationInfo } from '../../spec/spec-types.js';
import { expectStatus } from '../check-helpers.js';
import type { CheckContext, CheckName, CheckResult, Verdict } from '../check-types.js';
import { planFromLink } from '../pagination.js';
import { asPage } from '../pagination-judges.js';
import { isSuccess } from '../verdicts.js';

/** Documented 2xx statuses of an operation (e.g. [201] for a create). */
export function successStatuses(op: OperationInfo): number[] {
  const codes = op.responses.map((r) => Number(r.status)).filter((s) => s >= 200 && s < 300);
  return codes.length ? codes : [200, 201, 202, 204];
}

/** Collects the verdicts of a multi-step flow under one check name. */
export class FlowRecorder {
  readonly results: CheckResult[] = [];
  constructor(
    private readonly ctx: CheckContext,
    private readonly check: CheckName,
  ) {}

  /** Records a verdict for a step; returns whether it passed. */
  record(exchange: Exchange | undefined, verdict: Verdict): boolean {
    this.results.push(
      this.ctx.session.result(this.check, exchange, verdict, exchange ? {} : { operation: '*' }),
    );
    return verdict.outcome === 'pass';
  }

  /** Sends a step and records whether its status is among `expected`; returns the exchange and the verdict. */
  async step(
    op: OperationInfo,
    plan: RequestPlan,
    expected: number[],
    name: string,
    role: Parameters<CheckContext['session']['send']>[1] = 'owner',
  ) {
    const exchange = await this.ctx.session.send(plan, role, { operationId: op.id, kind: 'probe' });
    const ok = this.record(exchange, expectStatus(exchange, expected, name));
    return { exchange, ok };
  }
}

/** Every item of a list operation, following `next` links (at most 40 pages). */
export async function listAll(
  ctx: CheckContext,
  list: OperationInfo,
  pathParams: Record<string, unknown>,
): Promise<unknown[] | undefined> {
  let plan: RequestPlan = {
    method: 'get',
    pathTemplate: list.path,
    pathParams,
    query: { limit: 100 },
    headers: {},
  };
  const items: unknown[] = [];
  for (let i = 0; i < 40; i++) {
    const e = await ctx.session.send(plan, 'owner', { operationId: list.id, kind: 'probe' });
    if (!isSuccess(e.response.status)) return undefined;
    items.push(...listItems(e.response.json));
    const next = asPage(e.response.json)?.next;
    if (!next) return items;
    plan = planFromLink(next, ctx.session.baseUrl);
  }
  return items;
}

/** A valid plan whose (object) body is the minimal generated one with `overrides` applied. */
export async function planWith(
  ctx: CheckContext,
  op: OperationInfo,
  overrides: Record<string, unknown>,
  label: string,
  pathValues?: Record<string, unknown>,
): Promise<RequestPlan | undefined> {
  const base = await ctx.session.plan(op, { minimal: true, label, pathValues });
  const value = base?.body?.value;
  if (!base || value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  return ctx.session.plan(op, { body: { ...value, ...overrides }, pathValues: base.pathParams });
}
