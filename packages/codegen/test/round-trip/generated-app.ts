import { mkdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { ResponseValidators } from '@org-api/runtime';
import { emitServerFiles } from '../../src/server/emit-server.js';

/** Where the round-trip tests write generated files (inside the package so that its dependencies resolve). */
export const GENERATED_DIR = new URL('./.generated/', import.meta.url);

/**
 * Generates the server files for a document into `.generated/<name>/`, imports them and builds an OpenAPIHono app
 * with stub handlers. Returns the document that app publishes and the generated modules.
 */
export async function buildGeneratedApp(doc: unknown, name: string) {
  const { dir, load } = writeGenerated(doc, name);
  const handlersModule = await load('handlers.gen.ts');
  const { operations } = await load('operations.gen.ts');
  const { documentConfig } = await load('routes.gen.ts');
  const { requestForms } = await load('schemas.gen.ts');
  const app = new OpenAPIHono();
  const stub = (c: { json: (body: unknown, status: number) => Response }) => c.json({}, 200);
  handlersModule.registerRoutes(app, Object.fromEntries(Object.keys(operations).map((id) => [id, stub])));
  const emitted = app.getOpenAPI31Document(documentConfig) as unknown;
  return { emitted, requestForms, dir };
}

/** A generated module as seen by tests that load it at run time (its own types are not known here). */
export interface GeneratedModule {
  registerRoutes: (app: OpenAPIHono, handlers: object) => void;
  responseValidators: ResponseValidators;
  operations: Record<string, unknown>;
  documentConfig: Parameters<OpenAPIHono['getOpenAPI31Document']>[0];
  requestForms: Record<string, string>;
}

/** Writes the generated server files of a document to `.generated/<name>/`; `load` imports one of them. */
export function writeGenerated(doc: unknown, name: string) {
  const dir = new URL(`./${name}/`, GENERATED_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const file of emitServerFiles(doc)) writeFileSync(new URL(file.path, dir), file.contents);
  const load = (file: string): Promise<GeneratedModule> =>
    import(pathToFileURL(new URL(file, dir).pathname).href);
  return { dir, load };
}

/** Removes everything the round-trip tests generated. */
export function removeGenerated(name: string): void {
  rmSync(new URL(`./${name}/`, GENERATED_DIR), { recursive: true, force: true });
  try {
    rmdirSync(GENERATED_DIR); // only succeeds once no other test file is still using it
  } catch {
    // still in use, or already gone
  }
}
