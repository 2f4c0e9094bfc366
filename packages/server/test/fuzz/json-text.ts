/**
 * A JSON document as the fuzzer writes it: objects are key/value lists (so `__proto__`, `constructor` and repeated keys
 * are plain data) and leaves are raw JSON text (so `1e999`, `-0.0` or `99999999999999999999` reach the server's parser
 * byte for byte, which `JSON.stringify` of a JavaScript value cannot do).
 */
export type JsonNode = { raw: string } | { items: JsonNode[] } | { entries: Array<[string, JsonNode]> };

/** A leaf from a JavaScript value (`JSON.stringify` writes a lone surrogate as its `\udXXX` escape). */
export const jsonLeaf = (value: string | number | boolean | null): JsonNode => ({
  raw: JSON.stringify(value) ?? 'null',
});

/** A node from any JSON-compatible JavaScript value (own keys in order, `__proto__` included). */
export function jsonNodeOf(value: unknown): JsonNode {
  if (Array.isArray(value)) return { items: value.map(jsonNodeOf) };
  if (typeof value === 'object' && value !== null) {
    return {
      entries: Object.keys(value).map((key) => [key, jsonNodeOf((value as Record<string, unknown>)[key])]),
    };
  }
  return jsonLeaf(value as string | number | boolean | null);
}

/** The JSON text of a node. */
export function writeJson(node: JsonNode): string {
  if ('raw' in node) return node.raw;
  if ('items' in node) return `[${node.items.map(writeJson).join(',')}]`;
  return `{${node.entries.map(([key, value]) => `${JSON.stringify(key)}:${writeJson(value)}`).join(',')}}`;
}

/**
 * A node as one form value (`application/x-www-form-urlencoded`): text as it is, anything else as its JSON text, as a
 * client that flattens a JSON body into a form would send it.
 */
export function formValueOf(node: JsonNode): string {
  if ('raw' in node && node.raw.startsWith('"')) return JSON.parse(node.raw) as string;
  return writeJson(node);
}
