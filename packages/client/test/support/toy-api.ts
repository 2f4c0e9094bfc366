/**
 * A hand-written `paths` type in the exact shape openapi-typescript 7.13 emits (with `readWriteMarkers`), for
 * testing the generic client pieces before and independently of the generated organizations types.
 * Mirrors a slice of the real API: a paginated members list, a member PATCH/DELETE and an invite POST.
 */
type $Read<T> = { readonly $read: T };
type $Write<T> = { readonly $write: T };

type JsonContent<T> = { headers: { [name: string]: unknown }; content: { 'application/json': T } };
type NoContent = { headers: { [name: string]: unknown }; content?: never };
type ErrorResponses = {
  403: JsonContent<ToySchemas['ErrorResponse']>;
  429: JsonContent<ToySchemas['ErrorResponse']>;
};
type NoMethods = {
  parameters: { query?: never; header?: never; path?: never; cookie?: never };
  get?: never;
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};
type PathItem<Methods> = Omit<NoMethods, keyof Methods> & Methods;

export interface ToySchemas {
  Member: { id: $Read<string>; name: $Read<string>; level: 1 | 8 | 15 };
  Invite: { id: $Read<string>; target_email: string; send_email?: $Write<boolean> };
  Page: { count: number; next: string | null; previous: string | null; results: ToySchemas['Member'][] };
  ErrorResponse: { type: string; code: string; detail: string; attr: string | null };
}

export interface toyPaths {
  '/api/organizations/{organization_id}/members/': PathItem<{
    get: {
      parameters: {
        query?: { limit?: number; offset?: number; search?: string };
        header?: never;
        path: { organization_id: string };
        cookie?: never;
      };
      requestBody?: never;
      responses: { 200: JsonContent<ToySchemas['Page']> } & ErrorResponses;
    };
  }>;
  '/api/organizations/{organization_id}/members/{user__uuid}/': PathItem<{
    patch: {
      parameters: { query?: never; header?: never; path: { organization_id: string; user__uuid: string } };
      requestBody?: { content: { 'application/json': ToySchemas['Member'] } };
      responses: { 200: JsonContent<ToySchemas['Member']> } & ErrorResponses;
    };
    delete: {
      parameters: { query?: never; header?: never; path: { organization_id: string; user__uuid: string } };
      requestBody?: never;
      responses: { 204: NoContent } & ErrorResponses;
    };
  }>;
  '/api/organizations/{organization_id}/invites/': PathItem<{
    post: {
      parameters: { query?: never; header?: never; path: { organization_id: string } };
      requestBody: { content: { 'application/json': ToySchemas['Invite'] } };
      responses: { 201: JsonContent<ToySchemas['Invite']> } & ErrorResponses;
    };
  }>;
}
