import ts from 'typescript';
import type { OpenApiDocument } from '../document/openapi-document.js';
import { schemaRefName } from './object-walk.js';

/** Keywords whose subschemas TypeScript resolves at once (unions, intersections, array elements), not deferred. */
const EAGER_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];
const EAGER_SINGLE = ['items'];

/** The prefix of the type alias that carries a recursive component's type. */
export const RECURSIVE_ALIAS_PREFIX = '$Schema_';

/**
 * Component schemas that reach themselves without passing through an object's properties or map values: e.g. a JSON
 * value, `oneOf: [string, number, boolean, {additionalProperties: <self>}, {items: <self>}]`, whose array branch
 * refers to itself.
 */
export function eagerlyRecursiveSchemas(document: OpenApiDocument): Set<string> {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const edges = new Map(Object.entries(schemas).map(([name, schema]) => [name, eagerRefs(schema)]));
  const recursive = new Set<string>();
  for (const start of edges.keys()) {
    const seen = new Set<string>();
    const stack = [...(edges.get(start) ?? [])];
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      if (name === start) {
        recursive.add(start);
        break;
      }
      if (seen.has(name)) continue;
      seen.add(name);
      stack.push(...(edges.get(name) ?? []));
    }
  }
  return recursive;
}

function eagerRefs(schema: unknown): string[] {
  const found: string[] = [];
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return;
    const object = node as Record<string, unknown>;
    const name = schemaRefName(object.$ref);
    if (name !== undefined) found.push(name);
    for (const key of EAGER_LISTS)
      if (Array.isArray(object[key])) for (const item of object[key]) visit(item);
    for (const key of EAGER_SINGLE) visit(object[key]);
  };
  visit(schema);
  return found;
}

/**
 * Why: openapi-typescript writes such a schema as a member of `components.schemas` that refers to itself, e.g.
 * `JSONValue: string | … | components["schemas"]["JSONValue"][]`, which TypeScript rejects (TS2502: referenced
 * directly or indirectly in its own type annotation). A type alias may be recursive, so each such member's type moves
 * to an alias (`$Schema_JSONValue`, refs to the other recursive members pointing at their aliases) and the member
 * refers to it. Returns the statements with the aliases appended.
 */
export function aliasRecursiveSchemas(nodes: ts.Node[], names: Set<string>): ts.Node[] {
  if (names.size === 0) return nodes;
  const aliasName = (name: string) => `${RECURSIVE_ALIAS_PREFIX}${name.replace(/[^A-Za-z0-9_$]/g, '_')}`;
  const toAlias: ts.TransformerFactory<ts.Node> = (context) => {
    const visit = (node: ts.Node): ts.Node => {
      const name = componentSchemaRef(node);
      if (name !== undefined && names.has(name)) return ts.factory.createTypeReferenceNode(aliasName(name));
      return ts.visitEachChild(node, visit, context);
    };
    return (node) => ts.visitNode(node, visit) as ts.Node;
  };
  const aliases: ts.TypeAliasDeclaration[] = [];
  /** `schemas: { … }` with each recursive member's type moved to its alias. */
  const moveMembers = (schemas: ts.TypeLiteralNode) =>
    ts.factory.updateTypeLiteralNode(
      schemas,
      ts.factory.createNodeArray(
        schemas.members.map((member) => {
          const name = ts.isPropertySignature(member) ? propertyName(member.name) : undefined;
          if (!ts.isPropertySignature(member) || !member.type || name === undefined || !names.has(name))
            return member;
          const [type] = ts.transform(member.type, [toAlias]).transformed as ts.TypeNode[];
          aliases.push(
            ts.factory.createTypeAliasDeclaration(undefined, aliasName(name), undefined, type as ts.TypeNode),
          );
          return ts.factory.updatePropertySignature(
            member,
            member.modifiers,
            member.name,
            member.questionToken,
            ts.factory.createTypeReferenceNode(aliasName(name)),
          );
        }),
      ),
    );
  const out = nodes.map((node) => {
    if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'components') return node;
    const members = node.members.map((member) =>
      ts.isPropertySignature(member) &&
      propertyName(member.name) === 'schemas' &&
      member.type &&
      ts.isTypeLiteralNode(member.type)
        ? ts.factory.updatePropertySignature(
            member,
            member.modifiers,
            member.name,
            member.questionToken,
            moveMembers(member.type),
          )
        : member,
    );
    return ts.factory.updateInterfaceDeclaration(
      node,
      node.modifiers,
      node.name,
      node.typeParameters,
      node.heritageClauses,
      members,
    );
  });
  return [...out, ...aliases];
}

/** `X` when the node is `components["schemas"]["X"]`. */
function componentSchemaRef(node: ts.Node): string | undefined {
  if (!ts.isIndexedAccessTypeNode(node) || !ts.isIndexedAccessTypeNode(node.objectType)) return undefined;
  const root = node.objectType.objectType;
  if (!ts.isTypeReferenceNode(root) || !ts.isIdentifier(root.typeName) || root.typeName.text !== 'components')
    return undefined;
  if (literalText(node.objectType.indexType) !== 'schemas') return undefined;
  return literalText(node.indexType);
}

function literalText(node: ts.TypeNode): string | undefined {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : undefined;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}
