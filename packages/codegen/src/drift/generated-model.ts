import ts from 'typescript';

/** One route of routes.gen.ts, as far as drift reports need it (values are source text). */
export interface RouteModel {
  id: string;
  method: string;
  path: string;
  /** `<location> <name>` (`query email_domain`) → the parameter's code, or `shared:<const>` for a shared one. */
  parameters: Map<string, string>;
  body: string | undefined;
  /** status → the response's code, or `shared:<const>`. */
  responses: Map<string, string>;
  /** Every other field (summary, description, tags, security, …) → its code. */
  fields: Map<string, string>;
}

/** What drift reports read from routes.gen.ts: routes by operationId, shared declarations by const name. */
export interface RoutesModel {
  routes: Map<string, RouteModel>;
  shared: Map<string, string>;
}

/** One component form of schemas.gen.ts: its code and, for an object, its properties (name → code). */
export interface SchemaModel {
  code: string;
  properties: Map<string, string> | undefined;
}

/** What drift reports read from schemas.gen.ts: the canonical form of each component by registered name. */
export type SchemasModel = Map<string, SchemaModel>;

const LOCATIONS: Record<string, string> = {
  params: 'path',
  query: 'query',
  headers: 'header',
  cookies: 'cookie',
};
const OBJECT_CALLS = new Set(['z.object', 'z.strictObject', 'z.looseObject']);

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('generated.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Top-level `const` declarations: name → initializer. */
function constants(source: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        found.set(declaration.name.text, declaration.initializer);
    }
  }
  return found;
}

function keyOf(name: ts.PropertyName): string {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)
    ? name.text
    : name.getText();
}

/** `name → value code` of an object literal; a getter's value is the expression it returns. */
function members(literal: ts.ObjectLiteralExpression): Map<string, ts.Expression | undefined> {
  const out = new Map<string, ts.Expression | undefined>();
  for (const property of literal.properties) {
    if (ts.isPropertyAssignment(property)) out.set(keyOf(property.name), property.initializer);
    else if (ts.isGetAccessorDeclaration(property)) {
      const returned = property.body?.statements.find(ts.isReturnStatement)?.expression;
      out.set(keyOf(property.name), returned);
    } else if (ts.isShorthandPropertyAssignment(property)) out.set(property.name.text, property.name);
  }
  return out;
}

function stringValue(node: ts.Expression | undefined): string {
  return node && ts.isStringLiteralLike(node) ? node.text : '';
}

/** Parses routes.gen.ts (as the generator writes it) into routes and shared declarations. */
export function readRoutes(text: string): RoutesModel {
  const declared = constants(parse(text));
  const shared = new Map<string, string>();
  const routes = new Map<string, RouteModel>();
  const codeOf = (node: ts.Expression | undefined) =>
    node === undefined
      ? ''
      : ts.isIdentifier(node) && shared.has(node.text)
        ? `shared:${node.text}`
        : node.getText();
  for (const [name, initializer] of declared) {
    const route =
      ts.isCallExpression(initializer) && initializer.expression.getText() === 'createRoute'
        ? initializer.arguments[0]
        : undefined;
    if (!route || !ts.isObjectLiteralExpression(route)) {
      shared.set(name, initializer.getText());
      continue;
    }
    const fields = members(route);
    const model: RouteModel = {
      id: stringValue(fields.get('operationId')),
      method: stringValue(fields.get('method')),
      path: stringValue(fields.get('path')),
      parameters: new Map(),
      body: undefined,
      responses: new Map(),
      fields: new Map(),
    };
    for (const [key, value] of fields) {
      if (['operationId', 'method', 'path'].includes(key) || value === undefined) continue;
      if (key === 'request' && ts.isObjectLiteralExpression(value)) {
        for (const [part, partValue] of members(value)) {
          if (part === 'body') model.body = codeOf(partValue);
          const shape = partValue && ts.isCallExpression(partValue) ? partValue.arguments[0] : undefined;
          if (!LOCATIONS[part] || !shape || !ts.isObjectLiteralExpression(shape)) continue;
          for (const [parameter, code] of members(shape))
            model.parameters.set(`${LOCATIONS[part]} ${parameter}`, codeOf(code));
        }
      } else if (key === 'responses' && ts.isObjectLiteralExpression(value)) {
        for (const [status, code] of members(value)) model.responses.set(status, codeOf(code));
      } else model.fields.set(key, value.getText());
    }
    routes.set(model.id, model);
  }
  return { routes, shared };
}

/**
 * Parses schemas.gen.ts into the canonical form of each component (those listed in `componentSchemas`, less the
 * `<Name>Request` forms `requestForms` names: the spec has no such component), with the properties of object forms,
 * derived ones (`Base.partial().omit({…}).extend({…})`) resolved through their base.
 */
export function readSchemas(text: string): SchemasModel {
  const declared = constants(parse(text));
  const resolved = new Map<string, Map<string, string> | undefined>();
  const propertiesOf = (identifier: string): Map<string, string> | undefined => {
    if (!resolved.has(identifier)) {
      resolved.set(identifier, undefined); // a cycle resolves to "no properties"
      const initializer = declared.get(identifier);
      resolved.set(identifier, initializer && objectProperties(initializer, propertiesOf));
    }
    return resolved.get(identifier);
  };
  let canonical = declared.get('componentSchemas');
  // `[…] as [string, unknown][] as [string, z.ZodType][]` (older generators annotated the declaration instead).
  while (canonical && ts.isAsExpression(canonical)) canonical = canonical.expression;
  const requestForms = new Set<string>();
  const forms = declared.get('requestForms');
  if (forms && ts.isObjectLiteralExpression(forms))
    for (const [component, form] of members(forms))
      if (stringValue(form) !== component) requestForms.add(stringValue(form));
  const out: SchemasModel = new Map();
  if (!canonical || !ts.isArrayLiteralExpression(canonical)) return out;
  for (const element of canonical.elements) {
    if (!ts.isArrayLiteralExpression(element)) continue;
    const [name, identifier] = element.elements;
    if (!name || !identifier || !ts.isStringLiteralLike(name) || !ts.isIdentifier(identifier)) continue;
    if (requestForms.has(name.text)) continue;
    out.set(name.text, {
      code: declared.get(identifier.text)?.getText() ?? '',
      properties: propertiesOf(identifier.text),
    });
  }
  return out;
}

/** The properties of an object schema expression: a `z.object({…})` chain, or a derived form of another const. */
function objectProperties(
  expression: ts.Expression,
  propertiesOf: (identifier: string) => Map<string, string> | undefined,
): Map<string, string> | undefined {
  const calls: ts.CallExpression[] = [];
  let root: ts.Expression = expression;
  while (ts.isCallExpression(root) && ts.isPropertyAccessExpression(root.expression)) {
    if (OBJECT_CALLS.has(root.expression.getText())) break;
    calls.unshift(root);
    root = root.expression.expression;
  }
  let properties: Map<string, string> | undefined;
  if (ts.isCallExpression(root) && OBJECT_CALLS.has(root.expression.getText())) {
    const shape = root.arguments[0];
    if (!shape || !ts.isObjectLiteralExpression(shape)) return undefined;
    properties = new Map([...members(shape)].map(([name, code]) => [name, code?.getText() ?? '']));
  } else if (ts.isIdentifier(root)) {
    const base = propertiesOf(root.text);
    properties = base && new Map(base);
  }
  if (!properties) return undefined;
  for (const call of calls) {
    const method = (call.expression as ts.PropertyAccessExpression).name.text;
    const argument = call.arguments[0];
    if (method === 'partial')
      for (const [name, code] of properties)
        properties.set(name, code.endsWith('.optional()') ? code : `${code}.optional()`);
    else if (method === 'omit' && argument && ts.isObjectLiteralExpression(argument))
      for (const name of members(argument).keys()) properties.delete(name);
    else if (method === 'extend' && argument && ts.isObjectLiteralExpression(argument))
      for (const [name, code] of members(argument)) properties.set(name, code?.getText() ?? '');
  }
  return properties;
}
