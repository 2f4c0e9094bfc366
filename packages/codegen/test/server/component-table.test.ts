import { afterAll, describe, expect, it } from 'vitest';
import { emitServerFiles } from '../../src/server/emit-server.js';
import { buildGeneratedApp, removeGenerated } from '../round-trip/generated-app.js';

const doc = (schemas: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({
  openapi: '3.1.0',
  info: { title: 't', version: '1' },
  paths,
  components: { schemas },
});
const schemasFile = (d: unknown) => emitServerFiles(d)[0]?.contents;

describe('component table: order, recursion, hoisting, split', () => {
  it('defines dependencies first (document order otherwise) and closes cycles with getters', () => {
    const contents = schemasFile(
      doc({
        Team: { type: 'object', properties: { lead: { $ref: '#/components/schemas/User' } } },
        User: { type: 'object', properties: { team: { $ref: '#/components/schemas/Team' } } },
      }),
    );
    expect(contents).toContain(
      [
        'export const User = z.object({',
        '  get team() {',
        '    return Team.optional();',
        '  },',
        "}).openapi('User');",
        'export type User = z.output<typeof User>;',
        '',
        'export const Team = z.object({',
        '  lead: User.optional(),',
        "}).openapi('Team');",
      ].join('\n'),
    );
  });

  it('hoists a schema nested in a component when a $ref points at it (so it can be recursive)', () => {
    const contents = schemasFile(
      doc({
        A: {
          type: 'object',
          properties: {
            b: {
              type: 'object',
              properties: { kids: { type: 'array', items: { $ref: '#/components/schemas/A/properties/b' } } },
            },
          },
        },
      }),
    );
    expect(contents).toContain(
      [
        'export const A_properties_b = z.object({',
        '  get kids() {',
        '    return z.array(A_properties_b).optional();',
        '  },',
        "}).openapi('A_properties_b');",
      ].join('\n'),
    );
  });

  it('emits a request form only for components used on the request side, named <Name>Request when responses use them too', () => {
    const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
    const body = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
    const contents = schemasFile(
      doc(
        {
          Thing: {
            type: 'object',
            properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
          },
          Other: { type: 'object', properties: { id: { type: 'string', readOnly: true } } },
          ThingRequest: { type: 'string' },
          Patch: {
            type: 'object',
            properties: { id: { type: 'string', readOnly: true }, thing: ref('Thing') },
          },
        },
        {
          '/t': {
            post: { requestBody: body('Thing'), responses: { 200: { description: 'ok', ...body('Thing') } } },
            patch: { requestBody: body('Patch'), responses: { 204: { description: 'done' } } },
          },
        },
      ),
    );
    // Derived from the response form (readOnly `id` omitted): shorter than writing `name` out again.
    expect(contents).toContain(
      "export const ThingRequest2 = Thing.omit({ id: true }).openapi('ThingRequest2');",
    );
    expect(contents).not.toContain('OtherRequest');
    // Only a request uses `Patch`: its request form is its only form, under its own name (nothing left unused).
    expect(contents).toContain(
      "export const Patch = z.object({\n  thing: ThingRequest2.optional(),\n}).openapi('Patch');",
    );
    expect(contents).not.toContain('PatchRequest');
    expect(contents).toContain("  ['Patch', Patch],\n");
    expect(contents).toContain(
      "export const requestForms: Record<string, string> = {\n  Thing: 'ThingRequest2',\n  Patch: 'Patch',\n};",
    );
  });

  it('keeps the response form of a component only requests and an unused component use', () => {
    const contents = schemasFile(
      doc(
        {
          Thing: {
            type: 'object',
            properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
          },
          Unused: { type: 'object', properties: { thing: { $ref: '#/components/schemas/Thing' } } },
        },
        {
          '/t': {
            post: {
              requestBody: {
                content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } },
              },
              responses: { 204: { description: 'done' } },
            },
          },
        },
      ),
    );
    expect(contents).toContain(
      "export const Unused = z.object({\n  thing: Thing.optional(),\n}).openapi('Unused');",
    );
    expect(contents).toContain(
      "export const ThingRequest = Thing.omit({ id: true }).openapi('ThingRequest');",
    );
  });

  describe('published document', () => {
    afterAll(() => removeGenerated('component-table'));

    it('keeps the annotations next to a $ref to a request form, as next to a $ref to a response form', async () => {
      const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
      const body = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
      const person = { ...ref('Person'), description: 'The person.' };
      const { emitted } = await buildGeneratedApp(
        doc(
          {
            Person: {
              type: 'object',
              properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } },
            },
            // Only a request uses `Info` (published in its request form), only a response `Entity`, both `Both`.
            Info: { type: 'object', properties: { person } },
            Entity: { type: 'object', properties: { person } },
            Both: { type: 'object', properties: { id: { type: 'string', readOnly: true }, person } },
          },
          {
            '/t': {
              post: {
                operationId: 't_create',
                requestBody: body('Info'),
                responses: { 200: { description: 'ok', ...body('Entity') } },
              },
              put: {
                operationId: 't_update',
                requestBody: body('Both'),
                responses: { 200: { description: 'ok', ...body('Both') } },
              },
            },
          },
        ),
        'component-table',
      );
      const schemas = (emitted as { components: { schemas: Record<string, unknown> } }).components.schemas;
      const described = (name: string) => ({ allOf: [ref(name), { description: 'The person.' }] });
      expect(schemas.Entity).toEqual({ type: 'object', properties: { person: described('Person') } });
      expect(schemas.Info).toEqual({ type: 'object', properties: { person: described('PersonRequest') } });
      expect(schemas.BothRequest).toEqual({
        type: 'object',
        properties: { person: described('PersonRequest') },
      });
      // The property's description stays on the property: the request form itself has none.
      expect(schemas.PersonRequest).toEqual({ type: 'object', properties: { name: { type: 'string' } } });
    });
  });

  it('odd component names become valid, unique identifiers and keep their registered name', () => {
    const contents = schemasFile(
      doc({ 'my-model': { type: 'string' }, my_model: { type: 'integer' }, default: { type: 'boolean' } }),
    );
    expect(contents).toContain("export const my_model = z.string().openapi('my-model');");
    expect(contents).toContain(
      "export const my_model2 = z.int('A valid integer is required.').openapi('my_model');",
    );
    expect(contents).toContain("export const default_ = z.boolean().openapi('default');");
  });
});
