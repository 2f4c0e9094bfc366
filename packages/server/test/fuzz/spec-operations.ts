import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { operations } from '../../src/generated/operations.gen.js';
import { DEFAULT_SPEC_PATH } from '../../src/http/static-routes.js';

/** A JSON Schema node of the spec, `$ref`s resolved on demand with {@link SpecDocument.resolve}. */
export type SchemaNode = { [key: string]: unknown };

/** One parameter of an operation (path or query), as the spec declares it. */
export interface FuzzParameter {
  name: string;
  schema: SchemaNode;
}

/** One operation of the spec, reduced to what the fuzzer needs to aim at it. */
export interface FuzzOperation {
  operationId: string;
  /** Upper-case HTTP method. */
  method: string;
  /** The path template, e.g. `/api/organizations/{organization_id}/projects/{id}/`. */
  path: string;
  /** Path parameters in the order of the template, each with the collection segment before it (`projects`). */
  pathParameters: Array<FuzzParameter & { collection: string }>;
  queryParameters: FuzzParameter[];
  /** The request body's schema (`$ref` resolved) and media types; undefined when the operation takes none. */
  body: { schema: SchemaNode; mediaTypes: string[] } | undefined;
}

/** The parsed spec with a local `$ref` resolver. */
export interface SpecDocument {
  resolve(node: unknown): SchemaNode;
}

const isObject = (value: unknown): value is SchemaNode =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads `openapi/organizations.yaml` (the file the server serves) and lists every operation with its parameters and
 * body, in the spec's order. Fails when the spec and the generated operation table disagree, so the fuzzer always aims
 * at exactly the operations the server registers.
 */
export function loadFuzzOperations(): { spec: SpecDocument; operations: FuzzOperation[] } {
  const doc: unknown = parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8'));
  const resolve = (node: unknown): SchemaNode => {
    let current = node;
    for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
      if (hops > 20) throw new Error(`$ref cycle at ${current.$ref}`);
      current = current.$ref
        .slice(2)
        .split('/')
        .reduce<unknown>((at, key) => (isObject(at) ? at[key.replaceAll('~1', '/')] : undefined), doc);
    }
    if (!isObject(current)) throw new Error(`not a schema: ${JSON.stringify(node)}`);
    return current;
  };
  const paths = resolve(doc).paths;
  if (!isObject(paths)) throw new Error('the spec has no paths');
  const found: FuzzOperation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, raw] of Object.entries(resolve(item))) {
      if (!isObject(raw) || typeof raw.operationId !== 'string') continue;
      const parameters = ((raw.parameters ?? []) as unknown[]).map(resolve);
      const byName = new Map(parameters.map((p) => [String(p.name), p]));
      const pathParameters = [...path.matchAll(/([^/]+)\/\{([^}]+)\}/g)].map(([, collection, name]) => {
        const declared = byName.get(name as string);
        if (!declared) throw new Error(`${raw.operationId}: path parameter ${name} is not declared`);
        return { name: name as string, collection: collection as string, schema: resolve(declared.schema) };
      });
      const queryParameters = parameters
        .filter((p) => p.in === 'query')
        .map((p) => ({ name: String(p.name), schema: resolve(p.schema) }));
      const content = isObject(raw.requestBody) ? resolve(raw.requestBody).content : undefined;
      const body = isObject(content)
        ? {
            mediaTypes: Object.keys(content),
            schema: resolve((resolve(Object.values(content)[0]) as SchemaNode).schema),
          }
        : undefined;
      found.push({
        operationId: raw.operationId,
        method: method.toUpperCase(),
        path,
        pathParameters,
        queryParameters,
        body,
      });
    }
  }
  const table = Object.entries(operations).map(([id, op]) => `${id} ${op.method.toUpperCase()} ${op.path}`);
  const listed = found.map((op) => `${op.operationId} ${op.method} ${op.path}`);
  if (JSON.stringify([...table].sort()) !== JSON.stringify([...listed].sort())) {
    throw new Error(
      `the spec and operations.gen.ts disagree:\n${listed.join('\n')}\n---\n${table.join('\n')}`,
    );
  }
  return { spec: { resolve }, operations: found };
}
