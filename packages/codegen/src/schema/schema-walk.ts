import type { Direction, SchemaNode, SchemaObject } from './openapi-types.js';

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMA_SINGLE = ['additionalProperties', 'items', 'not', 'contains', 'if', 'then', 'else'] as const;

/** True when a property is left out of the form for this direction (writeOnly in responses, readOnly in requests). */
export function isExcluded(property: SchemaNode, direction: Direction): boolean {
  if (typeof property !== 'object') return false;
  return direction === 'response' ? property.writeOnly === true : property.readOnly === true;
}

/**
 * Visits every subschema of a node (not following `$ref`s), skipping properties excluded in `direction`
 * when one is given. The visitor sees the node itself first.
 */
export function walkSchema(
  node: SchemaNode,
  visit: (node: SchemaObject) => void,
  direction?: Direction,
): void {
  if (typeof node !== 'object' || node === null) return;
  visit(node);
  if (node.properties && typeof node.properties === 'object') {
    for (const property of Object.values(node.properties)) {
      if (direction && isExcluded(property, direction)) continue;
      walkSchema(property, visit, direction);
    }
  }
  for (const key of SUBSCHEMA_LISTS) {
    const list = node[key];
    if (Array.isArray(list)) for (const item of list) walkSchema(item as SchemaNode, visit, direction);
  }
  for (const key of SUBSCHEMA_SINGLE) {
    const child = node[key];
    if (typeof child === 'object' && child !== null) walkSchema(child as SchemaNode, visit, direction);
  }
}
