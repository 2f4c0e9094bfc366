import { jsonMediaType } from '../../generate/request-builder.js';
import { resolveSchema } from '../../generate/schema-view.js';
import { uniqueRule } from '../../spec/behaviour-rules.js';
import type { JsonSchema } from '../../spec/spec-types.js';
import { idOf, itemOperation, itemPlan, skipAll } from '../check-helpers.js';
import type { Check, CheckResult } from '../check-types.js';
import { FlowRecorder, planWith, successStatuses } from './flow-recorder.js';

/**
 * One item per value (`x-unique` with `on-conflict: reject`, e.g. one legal document per type): a second one with the
 * same value is refused (400) until the first is deleted. The values tried are the field's enum.
 */
export const legalDocumentUniqueness: Check = {
  name: 'legal_document_uniqueness',
  defaultEnabled: true,
  writes: true,
  async run(ctx): Promise<CheckResult[]> {
    const create = ctx.spec.operations.find(
      (o) => o.method === 'post' && uniqueRule(o)?.onConflict === 'reject',
    );
    const field = create && uniqueRule(create)?.fields[0];
    const del = create && itemOperation(ctx, create.path, 'delete');
    if (!create || !del || !field)
      return skipAll(
        'legal_document_uniqueness',
        'the spec states no rejecting x-unique on a create with a delete',
      );
    const media = jsonMediaType(create);
    const body = resolveSchema(
      ctx.spec,
      (media ? create.requestBody?.content[media]?.schema : undefined) ?? {},
    );
    const typeSchema = resolveSchema(
      ctx.spec,
      ((body.properties as Record<string, JsonSchema> | undefined)?.[field] ?? {}) as JsonSchema,
    );
    const types = Array.isArray(typeSchema.enum) ? typeSchema.enum.filter((t) => t !== null) : [];
    const flow = new FlowRecorder(ctx, 'legal_document_uniqueness');
    for (const documentType of types) {
      const plan = await planWith(
        ctx,
        create,
        { [field]: documentType },
        `lifecycle:legal:${String(documentType)}`,
      );
      if (!plan) continue;
      const first = await ctx.session.send(plan, 'owner', { operationId: create.id, kind: 'probe' });
      const id = idOf(first.response.json);
      if (!successStatuses(create).includes(first.response.status) || id === undefined) continue; // e.g. BAA needs an add-on
      await flow.step(create, plan, [400], `second ${String(documentType)} while one exists`);
      const deleted = await flow.step(
        del,
        itemPlan(del, plan, id),
        successStatuses(del),
        `delete the ${String(documentType)}`,
      );
      if (deleted.ok) {
        const again = await flow.step(
          create,
          plan,
          successStatuses(create),
          `new ${String(documentType)} after deleting the old one`,
        );
        const newId = idOf(again.exchange.response.json);
        if (again.ok && newId !== undefined)
          await ctx.session.send(itemPlan(del, plan, newId), 'owner', { operationId: del.id, kind: 'probe' });
      }
      return flow.results;
    }
    return skipAll(
      'legal_document_uniqueness',
      `no document type could be created (tried ${types.join(', ') || 'none'})`,
    );
  },
};
