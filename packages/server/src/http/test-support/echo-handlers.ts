import type { Context } from 'hono';
import type { Handlers } from '../../generated/handlers.gen.js';
import { operations } from '../../generated/operations.gen.js';
import type { AppEnv } from '../app-env.js';

/** A plain handler of any operation (tests replace real handlers with these). */
export type TestHandler = (c: Context<AppEnv>) => Response | Promise<Response>;

const WITHOUT_BODY = new Set(['GET', 'HEAD', 'DELETE']);

/** What the echo handler answers: enough to see what the pipeline put on the context. */
export async function echo(c: Context<AppEnv>): Promise<Response> {
  return c.json(
    {
      operationId: c.get('operation').operationId,
      organization: c.get('organization').id,
      level: c.get('membership').level,
      user: c.get('principal').user.email,
      body: WITHOUT_BODY.has(c.req.method) ? null : (c.req.valid('json' as never) ?? null),
    },
    200,
  );
}

/**
 * Handlers of every generated operation: `overrides` where given, else {@link echo}. For `createApp({ handlers })`
 * in tests of the pipeline, which runs before (and around) the handler.
 *
 * @example
 * const app = createApp({ ...deps, handlers: () => echoHandlers({ invites_list: async (c) => c.json({}, 200) }) });
 */
export function echoHandlers(
  overrides: Partial<Record<keyof typeof operations, TestHandler>> = {},
): Handlers<AppEnv> {
  const entries = Object.keys(operations).map((id) => [id, overrides[id as keyof typeof operations] ?? echo]);
  return Object.fromEntries(entries) as unknown as Handlers<AppEnv>;
}
