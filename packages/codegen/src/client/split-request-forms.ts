import type { OpenApiDocument } from '../document/openapi-document.js';
import { collectSchemaRefs, forEachObjectNode, schemaRef, schemaRefName } from './object-walk.js';

/**
 * Vendor extension put on a property schema that must be optional in a request body although openapi-typescript
 * (`defaultNonNullable`) makes it required because it has a `default`. Read by the client emitter.
 */
export const OPTIONAL_IN_REQUEST = 'x-org-api-optional-in-request';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Why: one component type cannot be exact in both directions. A property with a `default` that is not `required`
 * is always present in a response (so the response type should require it) but may be omitted in a request.
 * This gives every component schema that a request body reaches, and that has such a property (itself or through
 * its `$ref`s), a request form `<Name>Request` in which those properties carry {@link OPTIONAL_IN_REQUEST}; request
 * bodies are re-pointed at the request forms. A component used only by request bodies is marked in place instead.
 * readOnly/writeOnly need no split: openapi-typescript's `$Read`/`$Write` markers handle them.
 * Mutates `document` (callers pass their own copy); returns component name → request form name (the same name
 * when the component is only used by requests).
 */
export function splitRequestForms(document: OpenApiDocument): Map<string, string> {
  const schemas = componentSchemas(document);
  if (!schemas) return new Map();

  const graph = new Map(
    [...Object.entries(schemas)].map(([name, schema]) => [name, collectSchemaRefs(schema)]),
  );
  const requestRoots = requestBodySchemaNodes(document);
  const requestReachable = reachable(collectSchemaRefs(requestRoots), graph);
  const skip = new Set<unknown>([schemas, ...requestRoots]);
  const otherRoots = collectSchemaRefs(document, skip);
  for (const name of graph.keys()) if (!requestReachable.has(name)) otherRoots.add(name);
  const responseReachable = reachable(otherRoots, graph);
  const needed = needingRequestForm(schemas, graph);

  const requestForms = new Map<string, string>();
  for (const name of requestReachable) {
    if (!needed.has(name)) continue;
    requestForms.set(
      name,
      responseReachable.has(name) ? uniqueName(`${name}Request`, schemas, requestForms) : name,
    );
  }
  for (const root of requestRoots) rewriteRefs(root, requestForms);

  const rebuilt: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    rebuilt[name] = schema;
    const formName = requestForms.get(name);
    if (formName === undefined) continue;
    const form = formName === name ? schema : structuredClone(schema);
    rewriteRefs(form, requestForms);
    markOptionalDefaults(form);
    rebuilt[formName] = form;
  }
  (document.components as Record<string, unknown>).schemas = rebuilt;
  return requestForms;
}

function componentSchemas(document: OpenApiDocument): Record<string, unknown> | undefined {
  const components = document.components as Record<string, unknown> | undefined;
  const schemas = components?.schemas;
  return schemas && typeof schemas === 'object' ? (schemas as Record<string, unknown>) : undefined;
}

/** The `schema` nodes of every request body media type (operations and `components/requestBodies`). */
function requestBodySchemaNodes(document: OpenApiDocument): object[] {
  const bodies: unknown[] = [];
  for (const pathItem of Object.values((document.paths as Record<string, unknown> | undefined) ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = (pathItem as Record<string, unknown> | null)?.[method] as
        | Record<string, unknown>
        | undefined;
      if (operation?.requestBody) bodies.push(operation.requestBody);
    }
  }
  const components = document.components as Record<string, unknown> | undefined;
  bodies.push(...Object.values((components?.requestBodies as Record<string, unknown> | undefined) ?? {}));
  const nodes: object[] = [];
  for (const body of bodies) {
    const content = (body as { content?: Record<string, { schema?: unknown }> } | null)?.content ?? {};
    for (const media of Object.values(content)) {
      if (media?.schema && typeof media.schema === 'object') nodes.push(media.schema);
    }
  }
  return nodes;
}

function reachable(roots: Iterable<string>, graph: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name) || !graph.has(name)) continue;
    seen.add(name);
    queue.push(...(graph.get(name) ?? []));
  }
  return seen;
}

/** Components with an optional defaulted property, themselves or through any `$ref` (a fixpoint over the graph). */
function needingRequestForm(schemas: Record<string, unknown>, graph: Map<string, Set<string>>): Set<string> {
  const needed = new Set(Object.keys(schemas).filter((name) => hasOptionalDefault(schemas[name])));
  let changed = true;
  while (changed) {
    changed = false;
    for (const [name, refs] of graph) {
      if (!needed.has(name) && [...refs].some((ref) => needed.has(ref))) {
        needed.add(name);
        changed = true;
      }
    }
  }
  return needed;
}

function forEachOptionalDefault(schema: unknown, visit: (property: Record<string, unknown>) => void): void {
  forEachObjectNode(schema, (object) => {
    const properties = object.properties;
    if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return;
    const required = Array.isArray(object.required) ? object.required : [];
    for (const [key, property] of Object.entries(properties)) {
      if (property && typeof property === 'object' && 'default' in property && !required.includes(key)) {
        visit(property as Record<string, unknown>);
      }
    }
  });
}

function hasOptionalDefault(schema: unknown): boolean {
  let found = false;
  forEachOptionalDefault(schema, () => {
    found = true;
  });
  return found;
}

function markOptionalDefaults(schema: unknown): void {
  forEachOptionalDefault(schema, (property) => {
    property[OPTIONAL_IN_REQUEST] = true;
  });
}

/** Re-points `$ref`s and discriminator mappings at request forms. */
function rewriteRefs(node: unknown, requestForms: Map<string, string>): void {
  const formRef = (ref: unknown): string | undefined => {
    const target = requestForms.get(schemaRefName(ref) ?? '');
    return target === undefined ? undefined : schemaRef(target);
  };
  forEachObjectNode(node, (object) => {
    const ref = formRef(object.$ref);
    if (ref !== undefined) object.$ref = ref;
    pinImplicitMapping(object, requestForms);
    const mapping = object.mapping;
    if (typeof object.propertyName === 'string' && mapping && typeof mapping === 'object') {
      for (const [value, target] of Object.entries(mapping)) {
        const mapped = formRef(target);
        if (mapped !== undefined) (mapping as Record<string, unknown>)[value] = mapped;
      }
    }
  });
}

/**
 * Why: without a mapping entry, openapi-typescript derives a discriminator value from the last segment of the
 * `$ref`; after re-pointing `Cat` at `CatRequest` that would become "CatRequest". Pin the original value first.
 * (Runs on the parent before its `oneOf`/`anyOf` items are rewritten.)
 */
function pinImplicitMapping(object: Record<string, unknown>, requestForms: Map<string, string>): void {
  const discriminator = object.discriminator as
    | { propertyName?: unknown; mapping?: Record<string, string> }
    | undefined;
  if (!discriminator || typeof discriminator.propertyName !== 'string') return;
  const items = [object.oneOf, object.anyOf].flatMap((list) => (Array.isArray(list) ? list : []));
  const mapped = new Set(Object.values(discriminator.mapping ?? {}));
  for (const item of items) {
    const name = schemaRefName((item as { $ref?: unknown } | null)?.$ref);
    if (name === undefined || requestForms.get(name) === undefined || requestForms.get(name) === name)
      continue;
    if (mapped.has(schemaRef(name))) continue;
    discriminator.mapping = { ...discriminator.mapping, [name]: schemaRef(name) };
  }
}

function uniqueName(base: string, schemas: Record<string, unknown>, taken: Map<string, string>): string {
  const used = new Set(taken.values());
  let candidate = base;
  for (let n = 2; candidate in schemas || used.has(candidate); n++) candidate = `${base}${n}`;
  return candidate;
}
