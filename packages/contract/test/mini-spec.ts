import { fileURLToPath } from 'node:url';
import { loadSpec } from '../src/spec/load-spec.js';
import type { OperationInfo, SchemaRef, SpecIndex } from '../src/spec/spec-types.js';

/** Path of the small fixture spec used by the unit tests. */
export const MINI_SPEC_PATH = fileURLToPath(new URL('./fixtures/mini-spec.yaml', import.meta.url));

let cached: SpecIndex | undefined;
/** The fixture spec, loaded once. */
export function miniSpec(): SpecIndex {
  cached ??= loadSpec(MINI_SPEC_PATH);
  return cached;
}

/** The operation with this operationId (throws when absent). */
export function op(id: string): OperationInfo {
  const found = miniSpec().operations.find((o) => o.id === id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
}

/** A component schema by name. */
export function component(name: string): SchemaRef {
  const found = miniSpec().componentSchemas.find((s) => s.pointer === `/components/schemas/${name}`);
  if (!found) throw new Error(`no schema ${name}`);
  return found;
}
