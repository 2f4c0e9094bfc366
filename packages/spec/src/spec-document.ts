import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { specPath } from './index.js';

/** A JSON object as parsed from the YAML document. */
export type JsonObject = { [key: string]: unknown };

/** The HTTP methods an OpenAPI path item may hold. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** One operation of the document, with where it lives. */
export interface OperationEntry {
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId: string;
  operation: JsonObject;
  /** JSON pointer of the operation object, e.g. `/paths/~1api~1…/get`. */
  pointer: string;
}

/** Type guard for plain JSON objects. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parse `openapi/organizations.yaml` (or another file) into a plain object. */
export function loadSpec(path: string = specPath()): JsonObject {
  const doc: unknown = parse(readFileSync(path, 'utf8'));
  if (!isObject(doc)) throw new Error(`${path} is not a YAML mapping`);
  return doc;
}

/** Escape one JSON pointer segment (RFC 6901). */
export function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Build a JSON pointer from raw segments. */
export function pointerOf(...segments: string[]): string {
  return segments.map((segment) => `/${escapePointer(segment)}`).join('');
}

/** Read the value at a JSON pointer; throws with the pointer when it does not exist. */
export function atPointer(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = node[key];
    else node = undefined;
    if (node === undefined) throw new Error(`Nothing at ${pointer} (segment "${key}")`);
  }
  return node;
}

/**
 * Follow a local `$ref` chain (`#/…`) until a node without `$ref`.
 * @returns the resolved node and its JSON pointer (the pointer of the last target)
 */
export function resolveRef(
  doc: JsonObject,
  node: unknown,
  pointer: string,
): { node: unknown; pointer: string } {
  let current = node;
  let at = pointer;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${pointer}`);
    const ref = current.$ref;
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, got ${ref} at ${at}`);
    at = ref.slice(1);
    current = atPointer(doc, at);
  }
  return { node: current, pointer: at };
}

/** Every operation of the document, in document order. */
export function listOperations(doc: JsonObject): OperationEntry[] {
  const paths = doc.paths;
  if (!isObject(paths)) throw new Error('The document has no paths');
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [key, operation] of Object.entries(item)) {
      const method = HTTP_METHODS.find((candidate) => candidate === key);
      if (method === undefined || !isObject(operation)) continue;
      entries.push({
        method,
        path,
        operationId: String(operation.operationId),
        operation,
        pointer: pointerOf('paths', path, method),
      });
    }
  }
  return entries;
}

/** Status codes of an operation's responses that mean success (2xx and 3xx). */
export function successStatuses(operation: JsonObject): string[] {
  const responses = isObject(operation.responses) ? operation.responses : {};
  return Object.keys(responses).filter((status) => /^[23]\d\d$/.test(status));
}
