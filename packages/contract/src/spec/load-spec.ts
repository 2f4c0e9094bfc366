import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { getAtPointer, joinPointer } from './json-pointer.js';
import {
  type HeaderInfo,
  HTTP_METHODS,
  type OperationInfo,
  type ParameterInfo,
  type ParameterLocation,
  type RequestBodyInfo,
  type ResponseInfo,
  type SchemaRef,
  type SecurityRequirement,
  type SpecIndex,
} from './spec-types.js';

/** Path of the bundled spec, resolved from the repository root. */
export const DEFAULT_SPEC_PATH = fileURLToPath(
  new URL('../../../../openapi/organizations.yaml', import.meta.url),
);

/** Thrown when the spec cannot be read or is not usable; names the JSON pointer of the offending node. */
export class SpecError extends Error {
  constructor(
    message: string,
    readonly pointer = '',
  ) {
    super(pointer ? `${message} (at ${pointer})` : message);
    this.name = 'SpecError';
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The specification extensions (`x-…` keys) of an OpenAPI object. */
export function extensionsOf(node: unknown): Record<string, unknown> {
  return isObj(node) ? Object.fromEntries(Object.entries(node).filter(([key]) => key.startsWith('x-'))) : {};
}

/**
 * Loads and indexes an OpenAPI 3.1 document.
 * @param input a file path (YAML or JSON), an already parsed document, or nothing for the bundled spec.
 * @example const spec = loadSpec(); spec.operations.map((o) => o.id);
 */
export function loadSpec(input?: string | Obj): SpecIndex {
  const source = typeof input === 'string' ? input : input ? '<object>' : DEFAULT_SPEC_PATH;
  const document = typeof input === 'object' ? input : readDocument(source);
  if (!isObj(document) || typeof document.openapi !== 'string') {
    throw new SpecError(`${source} is not an OpenAPI document (no "openapi" field)`);
  }
  const deref = makeDeref(document);
  const operations: OperationInfo[] = [];
  const pathMethods = new Map<string, string[]>();
  const paths = isObj(document.paths) ? document.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const itemPtr = joinPointer('/paths', path);
    const item = deref(rawItem, itemPtr);
    if (!isObj(item.value)) continue;
    const methods: string[] = [];
    for (const method of HTTP_METHODS) {
      const op = item.value[method];
      if (!isObj(op)) continue;
      methods.push(method);
      operations.push(indexOperation(document, deref, path, method, op, item.value, item.pointer));
    }
    pathMethods.set(path, methods);
  }
  const schemas =
    isObj(document.components) && isObj(document.components.schemas) ? document.components.schemas : {};
  const componentSchemas = Object.entries(schemas).map(([name, schema]) => ({
    pointer: joinPointer('/components/schemas', name),
    schema: schema as SchemaRef['schema'],
  }));
  return { document, source, operations, pathMethods, componentSchemas, deref };
}

/** True for a spec given as an http(s) URL. */
export const isSpecUrl = (source: string) => /^https?:\/\//i.test(source);

/**
 * {@link loadSpec}, also from an http(s) URL (`--spec http://host/openapi.yaml`), fetched with `fetchImpl`; YAML or
 * JSON, whatever the Content-Type says.
 * @throws SpecError when the URL cannot be fetched, answers an error status or does not hold an OpenAPI document.
 */
export async function loadSpecFrom(
  input: string | Obj | undefined,
  fetchImpl: typeof fetch = fetch,
): Promise<SpecIndex> {
  if (typeof input !== 'string' || !isSpecUrl(input)) return loadSpec(input);
  let text: string;
  try {
    const response = await fetchImpl(
      new Request(input, { headers: { accept: 'application/yaml, application/json' } }),
    );
    text = await response.text();
    if (!response.ok) throw new Error(`answered ${response.status}`);
  } catch (error) {
    throw new SpecError(`cannot fetch spec ${input}: ${(error as Error).message}`);
  }
  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    throw new SpecError(`spec ${input} is neither YAML nor JSON: ${(error as Error).message}`);
  }
  if (!isObj(document)) throw new SpecError(`${input} is not an OpenAPI document (no "openapi" field)`);
  return { ...loadSpec(document), source: input };
}

function readDocument(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new SpecError(`cannot read spec ${path}: ${(error as Error).message}`);
  }
  return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

function makeDeref(document: Obj): SpecIndex['deref'] {
  return (value, pointer) => {
    let current = { value, pointer };
    const seen = new Set<string>();
    while (isObj(current.value) && typeof current.value.$ref === 'string') {
      const ref = current.value.$ref;
      if (!ref.startsWith('#'))
        throw new SpecError(`only local $refs are supported, got ${ref}`, current.pointer);
      const target = decodeURIComponent(ref.slice(1));
      if (seen.has(target)) throw new SpecError(`circular $ref ${ref}`, current.pointer);
      seen.add(target);
      const resolved = getAtPointer(document, target);
      if (resolved === undefined) throw new SpecError(`unresolvable $ref ${ref}`, current.pointer);
      current = { value: resolved, pointer: target };
    }
    return current;
  };
}

function schemaAt(container: Obj, pointer: string): SchemaRef | undefined {
  const schema = container.schema;
  if (schema === undefined) return undefined;
  return { pointer: joinPointer(pointer, 'schema'), schema: schema as SchemaRef['schema'] };
}

function indexOperation(
  document: Obj,
  deref: SpecIndex['deref'],
  path: string,
  method: string,
  op: Obj,
  item: Obj,
  itemPointer: string,
): OperationInfo {
  const pointer = joinPointer(itemPointer, method);
  const parameters = new Map<string, ParameterInfo>();
  const addParams = (list: unknown, listPtr: string) => {
    if (!Array.isArray(list)) return;
    list.forEach((raw, i) => {
      const { value, pointer: p } = deref(raw, joinPointer(listPtr, i));
      if (!isObj(value) || typeof value.name !== 'string') throw new SpecError('parameter without name', p);
      const where = value.in as ParameterLocation;
      parameters.set(`${where}:${value.name}`, {
        name: value.name,
        in: where,
        required: value.required === true || where === 'path',
        schema: schemaAt(value, p),
        style: typeof value.style === 'string' ? value.style : undefined,
        explode:
          typeof value.explode === 'boolean'
            ? value.explode
            : value.style === undefined || value.style === 'form',
        extensions: extensionsOf(value),
        pointer: p,
      });
    });
  };
  addParams(item.parameters, joinPointer(itemPointer, 'parameters'));
  addParams(op.parameters, joinPointer(pointer, 'parameters'));
  const security = (Array.isArray(op.security) ? op.security : document.security) as
    | SecurityRequirement[]
    | undefined;
  const effective = Array.isArray(security) ? security : [];
  return {
    id: typeof op.operationId === 'string' ? op.operationId : `${method.toUpperCase()} ${path}`,
    method,
    path,
    pointer,
    summary: typeof op.summary === 'string' ? op.summary : undefined,
    parameters: [...parameters.values()],
    requestBody: indexBody(deref, op.requestBody, joinPointer(pointer, 'requestBody')),
    responses: indexResponses(deref, op.responses, joinPointer(pointer, 'responses')),
    security: effective,
    scopes: [...new Set(effective.flatMap((req) => Object.values(req).flat()))],
    deprecated: op.deprecated === true,
    extensions: extensionsOf(op),
  };
}

function indexContent(content: unknown, pointer: string): Record<string, SchemaRef | undefined> {
  const out: Record<string, SchemaRef | undefined> = {};
  if (!isObj(content)) return out;
  for (const [media, entry] of Object.entries(content)) {
    out[media] = isObj(entry) ? schemaAt(entry, joinPointer(pointer, media)) : undefined;
  }
  return out;
}

function indexBody(deref: SpecIndex['deref'], raw: unknown, pointer: string): RequestBodyInfo | undefined {
  if (raw === undefined) return undefined;
  const { value, pointer: p } = deref(raw, pointer);
  if (!isObj(value)) return undefined;
  return {
    required: value.required === true,
    content: indexContent(value.content, joinPointer(p, 'content')),
  };
}

function indexResponses(deref: SpecIndex['deref'], raw: unknown, pointer: string): ResponseInfo[] {
  if (!isObj(raw)) return [];
  return Object.entries(raw).map(([status, entry]) => {
    const { value, pointer: p } = deref(entry, joinPointer(pointer, status));
    const response = isObj(value) ? value : {};
    const headers: HeaderInfo[] = Object.entries(isObj(response.headers) ? response.headers : {}).map(
      ([name, h]) => {
        const header = deref(h, joinPointer(p, 'headers', name));
        const hv = isObj(header.value) ? header.value : {};
        return { name, required: hv.required === true, schema: schemaAt(hv, header.pointer) };
      },
    );
    return {
      status,
      pointer: p,
      content: indexContent(response.content, joinPointer(p, 'content')),
      headers,
    };
  });
}
