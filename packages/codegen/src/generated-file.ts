/**
 * One file produced by an emitter, before the CLI writes it.
 *
 * @example
 * const file: GeneratedFile = { path: 'schemas.gen.ts', contents: "import { z } from '@hono/zod-openapi';\n" };
 */
export interface GeneratedFile {
  /** Path relative to the output directory, e.g. `schemas.gen.ts`. */
  path: string;
  /** File contents without the "generated from … do not edit" header line (the CLI prepends it). */
  contents: string;
}
