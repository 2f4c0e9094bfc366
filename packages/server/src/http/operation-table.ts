/** HTTP methods the API uses (lower case, as in the generated `operations` table). */
export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One row of the generated `operations` table (`src/generated/operations.gen.ts`). */
export interface OperationSpec {
  readonly method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/organizations/{organization_id}/invites/`. */
  readonly path: string;
  /** Required API-key scopes; empty = the operation does not support scoped personal API keys. */
  readonly scopes: readonly string[];
  readonly successStatus: number;
}

/** operationId → operation. */
export type OperationTable = { readonly [operationId: string]: OperationSpec };
