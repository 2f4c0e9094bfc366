import { negativeCases } from '../generate/negative-cases.js';
import type { Exchange } from '../http/http-types.js';
import type { OperationInfo, SpecIndex } from '../spec/spec-types.js';
import type { SchemaValidator } from '../validate/schema-validator.js';
import { RequestError } from './http-client.js';
import type { RunSession } from './session.js';
import { findStateConflict } from './state-conflict.js';

/** Inputs of the examples phase. */
export interface ExamplesOptions {
  spec: SpecIndex;
  validator: SchemaValidator;
  session: RunSession;
  operations: OperationInfo[];
  /** Positive examples per operation, and negative mutants per family and operation. */
  maxExamples: number;
  workers: number;
  /** Called once per operation when its examples are done. */
  onOperation?: (op: OperationInfo, exchanges: Exchange[], note: string | undefined) => void;
}

/**
 * Sends, for every operation, up to `maxExamples` valid requests and up to `maxExamples` mutants per negative
 * family and target (parameter or body property), `workers` operations at a time. Whatever a request creates is deleted right after, so examples do not
 * depend on each other (e.g. one document per type).
 */
export async function runExamples(
  options: ExamplesOptions,
): Promise<{ exchanges: Exchange[]; errors: string[] }> {
  const all: Exchange[] = [];
  const errors: string[] = [];
  // Creations first, while no pooled item exists that a one-per-type rule could collide with; then the rest.
  await runQueue(
    options,
    options.operations.filter((o) => o.method === 'post'),
    all,
    errors,
  );
  await options.session.releasePool();
  await runQueue(
    options,
    options.operations.filter((o) => o.method !== 'post'),
    all,
    errors,
  );
  const order = new Map(options.operations.map((o, i) => [o.id, i]));
  all.sort((a, b) => (order.get(a.operationId) ?? 0) - (order.get(b.operationId) ?? 0));
  return { exchanges: all, errors };
}

async function runQueue(
  options: ExamplesOptions,
  operations: OperationInfo[],
  all: Exchange[],
  errors: string[],
) {
  const queue = [...operations];
  const worker = async () => {
    for (let op = queue.shift(); op; op = queue.shift()) {
      // One operation failing to run (e.g. a request timed out) does not stop the others; the session has recorded
      // the request that got no answer, and what was sent before it is still judged.
      const exchanges: Exchange[] = [];
      try {
        const note = await examplesFor(options, op, exchanges);
        options.onOperation?.(op, exchanges, note);
      } catch (error) {
        if (!(error instanceof RequestError))
          errors.push(`examples for ${op.id}: ${(error as Error).message}`);
        options.onOperation?.(op, exchanges, `error: ${(error as Error).message}`);
      }
      all.push(...exchanges);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.workers) }, worker));
}

async function examplesFor(
  options: ExamplesOptions,
  op: OperationInfo,
  exchanges: Exchange[],
): Promise<string | undefined> {
  const { session, spec, validator, maxExamples } = options;
  const send = async (
    plan: Parameters<RunSession['send']>[0],
    kind: Exchange['kind'],
    mutation?: Exchange['mutation'],
  ) => {
    const exchange = await session.send(plan, 'owner', { operationId: op.id, kind, mutation });
    if (kind === 'positive') exchange.stateConflict = await findStateConflict(spec, session, exchange);
    exchanges.push(exchange);
    await session.discard(exchange);
  };
  let note: string | undefined;
  for (let i = 0; i < maxExamples; i++) {
    const plan = await session.plan(op, { minimal: i === 0, label: `${op.id}#${i}` });
    if (!plan) {
      note =
        'no valid request could be built (missing ids, or a write to a resource the runner did not create)';
      break;
    }
    await send(plan, 'positive');
  }
  const pathValues = await session.pathValues(op, 'read');
  const base =
    pathValues && (await session.plan(op, { minimal: true, label: `${op.id}#negative`, pathValues }));
  if (base) {
    const rng = session.rng(`${op.id}#mutants`);
    // Every (family, target) pair is exercised; `maxExamples` bounds the variants of one pair.
    const byFamily = new Map<string, ReturnType<typeof negativeCases>>();
    for (const m of negativeCases(spec, op, base, validator))
      byFamily.set(`${m.family} ${m.location} ${m.target}`, [
        ...(byFamily.get(`${m.family} ${m.location} ${m.target}`) ?? []),
        m,
      ]);
    for (const mutants of byFamily.values()) {
      const chosen = [...mutants].sort(() => rng.next() - 0.5).slice(0, maxExamples);
      for (const m of chosen) {
        await send(m.plan, 'negative', {
          family: m.family,
          location: m.location,
          target: m.target,
          description: m.description,
        });
      }
    }
  }
  return note;
}
