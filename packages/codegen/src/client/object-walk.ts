import { componentSchemaName } from '../schema/json-pointer.js';

/** Keys whose values are data (examples, defaults, enum values), never schemas or `$ref`s to follow. */
const DATA_KEYS = new Set(['default', 'example', 'examples', 'const', 'enum']);

const SCHEMA_REF_PREFIX = '#/components/schemas/';

/** Keys whose values map names to schemas or objects: every key below them is a name, not a keyword. */
const NAME_MAP_KEYS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'schemas',
  'paths',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'content',
]);

/**
 * Calls `visit` on every object node below (and including) `node`, depth first, skipping data-valued keys
 * (except inside name maps, where `default` may be a property name) and the nodes in `skip` (with everything below
 * them). Iterative so that deep schemas cannot overflow the stack.
 */
export function forEachObjectNode(
  node: unknown,
  visit: (object: Record<string, unknown>) => void,
  skip: ReadonlySet<unknown> = new Set(),
): void {
  const stack: { value: unknown; names: boolean }[] = [{ value: node, names: false }];
  while (stack.length > 0) {
    const { value, names } = stack.pop() as { value: unknown; names: boolean };
    if (value === null || typeof value !== 'object' || skip.has(value)) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, names: false });
      continue;
    }
    const object = value as Record<string, unknown>;
    visit(object);
    for (const [key, child] of Object.entries(object)) {
      if (names || !DATA_KEYS.has(key)) stack.push({ value: child, names: !names && NAME_MAP_KEYS.has(key) });
    }
  }
}

/** The component name a `$ref` points at when it is `#/components/schemas/<name>`, else `undefined`. */
export function schemaRefName(ref: unknown): string | undefined {
  return typeof ref === 'string' ? componentSchemaName(ref) : undefined;
}

/** The `$ref` string of a component schema. */
export function schemaRef(name: string): string {
  return `${SCHEMA_REF_PREFIX}${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
}

/** Names of the component schemas referenced anywhere below `node`. */
export function collectSchemaRefs(node: unknown, skip?: ReadonlySet<unknown>): Set<string> {
  const names = new Set<string>();
  forEachObjectNode(
    node,
    (object) => {
      const name = schemaRefName(object.$ref);
      if (name !== undefined) names.add(name);
    },
    skip,
  );
  return names;
}
