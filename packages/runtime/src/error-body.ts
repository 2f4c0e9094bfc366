/** The upstream (PostHog / drf-exceptions-hog) error body. */
export interface ErrorBody {
  type: string;
  code: string;
  detail: string;
  /** Field path joined with `__` (`private_project_access__0__level`), or null for a non-field error. */
  attr: string | null;
}

/** Where a request value came from (the @hono/zod-openapi validation target). */
export type ValidationTarget = 'json' | 'form' | 'query' | 'param' | 'header' | 'cookie';
