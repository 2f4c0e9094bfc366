import type { OpenApiDocument } from '../schema/openapi-types.js';

export type { OpenApiDocument };

/** The result of {@link loadDocument}. */
export interface LoadedDocument {
  /** Absolute path of the spec file that was read. */
  specPath: string;
  /** The parsed document; local `$ref`s are left in place. */
  document: OpenApiDocument;
}
