import { curlCommand, tokenVariable } from '../../http/curl-command.js';
import type { Exchange, RequestPlan, TokenRole } from '../../http/http-types.js';
import { listItems } from '../../run/path-values.js';
import type { OperationInfo } from '../../spec/spec-types.js';
import { expectStatus } from '../check-helpers.js';
import type { CheckContext, CheckName, CheckResult, Verdict } from '../check-types.js';
import { planFromLink } from '../list-links.js';
import { asPage } from '../pagination-judges.js';
import { isSuccess } from '../verdicts.js';

/** Documented 2xx statuses of an operation (e.g. [201] for a create). */
export function successStatuses(op: OperationInfo): number[] {
  const codes = op.responses.map((r) => Number(r.status)).filter((s) => s >= 200 && s < 300);
  return codes.length ? codes : [200, 201, 202, 204];
}

/**
 * Collects the verdicts of a multi-step flow under one check name. A failure carries every request of the flow up to
 * the failing one (checks run one at a time, so the session's log from the flow's start is the flow), as curl lines
 * with one token variable per role.
 */
export class FlowRecorder {
  readonly results: CheckResult[] = [];
  private readonly start: number;
  constructor(
    private readonly ctx: CheckContext,
    private readonly check: CheckName,
  ) {
    this.start = ctx.session.log.length;
  }

  /** Records a verdict for a step; returns whether it passed. */
  record(exchange: Exchange | undefined, verdict: Verdict, operation?: string): boolean {
    const extra = {
      ...(exchange ? {} : { operation: '*' }),
      ...(operation ? { operation } : {}),
      ...(exchange && verdict.outcome === 'fail' ? { reproduce: this.steps(exchange) } : {}),
    };
    this.results.push(this.ctx.session.result(this.check, exchange, verdict, extra));
    return verdict.outcome === 'pass';
  }

  /** The flow's requests up to `last` (the last time it was sent), as curl lines. */
  private steps(last: Exchange): string[] {
    const log = this.ctx.session.log;
    const end = log.lastIndexOf(last);
    const flow = log.slice(this.start, end < this.start ? log.length : end + 1);
    return flow.map((e) => curlCommand(this.ctx.session.baseUrl, e.request, tokenVariable(e.role)));
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

/** Every item of a list operation, following `next` links (at most 40 pages; undefined when a page fails). */
export async function listAll(
  ctx: CheckContext,
  list: OperationInfo,
  pathParams: Record<string, unknown>,
  options: { role?: TokenRole; query?: Record<string, unknown> } = {},
): Promise<unknown[] | undefined> {
  let plan: RequestPlan | undefined = {
    method: 'get',
    pathTemplate: list.path,
    pathParams,
    query: { limit: 100, ...options.query },
    headers: {},
  };
  const items: unknown[] = [];
  for (let i = 0; i < 40 && plan; i++) {
    const e = await ctx.session.send(plan, options.role ?? 'owner', { operationId: list.id, kind: 'probe' });
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
