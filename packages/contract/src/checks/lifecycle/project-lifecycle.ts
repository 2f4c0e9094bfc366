import { findOperation, idOf, itemOperation, itemPlan, skipAll } from '../check-helpers.js';
import type { Check, CheckResult } from '../check-types.js';
import { judgeUseAfterFree } from '../use-after-free.js';
import { fail, pass } from '../verdicts.js';
import { FlowRecorder, listAll, planWith, successStatuses } from './flow-recorder.js';

/** Project create → get → list → patch → get → delete → get (404, or pending deletion as the spec allows). */
export const projectLifecycle: Check = {
  name: 'project_lifecycle',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const create = findOperation(ctx, 'post', /\/projects\/?$/);
    const get = create && itemOperation(ctx, create.path, 'get');
    const patch = create && itemOperation(ctx, create.path, 'patch');
    const del = create && itemOperation(ctx, create.path, 'delete');
    const list = create && findOperation(ctx, 'get', new RegExp(`^${create.path.replace(/[{}]/g, '\\$&')}$`));
    if (!create || !get || !patch || !del || !list)
      return skipAll('project_lifecycle', 'the spec has no full projects CRUD');
    const flow = new FlowRecorder(ctx, 'project_lifecycle');
    const plan = await ctx.session.plan(create, { minimal: true, label: 'lifecycle:project' });
    if (!plan) return skipAll('project_lifecycle', 'cannot build a project creation request');
    const created = await flow.step(create, plan, successStatuses(create), 'create project');
    const id = idOf(created.exchange.response.json);
    if (!created.ok || id === undefined) return flow.results;
    const fetched = await flow.step(get, itemPlan(get, plan, id), [200], 'get created project');
    if (fetched.ok)
      flow.record(
        fetched.exchange,
        idOf(fetched.exchange.response.json) === id
          ? pass('same id')
          : fail(
              `get returned id ${JSON.stringify(idOf(fetched.exchange.response.json))}, expected ${JSON.stringify(id)}`,
            ),
      );
    const items = await listAll(ctx, list, plan.pathParams);
    flow.record(
      created.exchange,
      items?.some((i) => idOf(i) === id)
        ? pass('created project is listed')
        : fail(`created project ${JSON.stringify(id)} is missing from the list`),
    );
    const name = `contract-${ctx.session.seed}-renamed`;
    const patchPlan = await planWith(
      ctx,
      patch,
      { name },
      'lifecycle:project-rename',
      itemPlan(patch, plan, id).pathParams,
    );
    if (patchPlan) {
      const patched = await flow.step(patch, patchPlan, [200], 'rename project');
      if (patched.ok) {
        const again = await flow.step(get, itemPlan(get, plan, id), [200], 'get renamed project');
        const got = (again.exchange.response.json as { name?: unknown } | undefined)?.name;
        flow.record(
          again.exchange,
          got === name
            ? pass('rename persisted')
            : fail(`after rename, name is ${JSON.stringify(got)}, expected ${JSON.stringify(name)}`),
        );
      }
    }
    const deleted = await flow.step(del, itemPlan(del, plan, id), successStatuses(del), 'delete project');
    if (deleted.ok) {
      const gone = await ctx.session.send(itemPlan(get, plan, id), 'owner', {
        operationId: get.id,
        kind: 'probe',
      });
      flow.record(gone, judgeUseAfterFree(gone, true));
    }
    return flow.results;
  },
};
