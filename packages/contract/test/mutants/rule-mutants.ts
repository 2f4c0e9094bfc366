import {
  bearer,
  bulkCreatedAnyway,
  errorBody,
  json,
  keepsEarlierInvites,
  type Mutant,
  rebuild,
  requestJson,
  route,
} from './proxy-helpers.js';

const MEMBER_ITEM = /^\/members\/([^/]+)\/$/;
const levelOf = (body: unknown) => (body as { level?: unknown } | undefined)?.level;
const detailOf = async (response: Response) =>
  ((await response.clone().json()) as { detail?: unknown }).detail as string | undefined;

/** Defects in business rules: the member level matrix, all-or-nothing bulk invites, re-invites in another case. */
export const RULE_MUTANTS: Mutant[] = [
  {
    name: 'broken level rule: the only owner may leave (answers 204)',
    message:
      /^the only owner leaves \(removes themselves\): expected 400 \(You can't leave the organization as its only owner\. Make someone else an owner first\.\), got 204$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) =>
        req.method === 'DELETE' &&
        bearer(req) === fixtures.tokens.disposableOwner &&
        MEMBER_ITEM.test(route(req).rest)
          ? new Response(null, { status: 204 })
          : real(req),
  },
  {
    name: 'broken level rule: the only owner may demote themselves (answers 200)',
    message:
      /^the only owner sets their own level to 8: expected 403 \(You can't change your own access level\.\), got 200$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        if (req.method !== 'PATCH' || bearer(req) !== fixtures.tokens.disposableOwner) return real(req);
        return json(200, { level: levelOf(await requestJson(req)) });
      },
  },
  {
    name: 'broken level rule: a member may remove an admin (answers 204)',
    message:
      /^member removes an admin: expected 403 \(You can only edit others if you are an admin\.\), got 204$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) =>
        req.method === 'DELETE' &&
        bearer(req) === fixtures.tokens.member &&
        MEMBER_ITEM.exec(route(req).rest)?.[1] === fixtures.users.admin?.uuid
          ? new Response(null, { status: 204 })
          : real(req),
  },
  {
    name: "broken level rule: an admin may change an owner's level (answers 200)",
    message:
      /^admin sets an owner's level to 8: expected 403 \(You can only edit others with level lower or equal to you\.\), got 200$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) =>
        req.method === 'PATCH' &&
        bearer(req) === fixtures.tokens.admin &&
        MEMBER_ITEM.exec(route(req).rest)?.[1] === fixtures.users.owner?.uuid
          ? json(200, { level: levelOf(await requestJson(req)) })
          : real(req),
  },
  {
    name: 'level rule refused with the wrong reason (generic 403 detail for an admin making an owner)',
    message:
      /^admin sets a member's level to 15: expected 403 \(You can only make another member owner if you're this organization's owner\.\), got 403 with detail "You do not have permission to perform this action\."$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real }) =>
      async (req) => {
        const response = await real(req);
        if (
          response.status !== 403 ||
          !(await detailOf(response))?.startsWith('You can only make another member owner')
        )
          return response;
        return errorBody(
          403,
          'authentication_error',
          'permission_denied',
          'You do not have permission to perform this action.',
        );
      },
  },
  {
    name: 'legal level change refused (an owner cannot make a member admin)',
    message:
      /^owner sets a member's level to 8: expected 200, got 403 \(You can only edit others if you are an admin\.\)$/,
    caughtBy: 'member_level_rules',
    build:
      ({ real, fixtures }) =>
      async (req) => {
        if (
          req.method !== 'PATCH' ||
          bearer(req) !== fixtures.tokens.owner ||
          !MEMBER_ITEM.test(route(req).rest)
        )
          return real(req);
        if (levelOf(await requestJson(req)) !== 8) return real(req);
        return errorBody(
          403,
          'authentication_error',
          'permission_denied',
          'You can only edit others if you are an admin.',
        );
      },
  },
  {
    name: "non-atomic bulk on a business rule (an existing member's address rejects the batch, the other items stay)",
    message:
      /^bulk create with one item for an existing member's address \([^)]+\): the refused batch still created the invite for contract-3-bulk-4@example\.com$/,
    caughtBy: 'bulk_invite_atomicity',
    build: ({ real }) => bulkCreatedAnyway(real, 400, 'already belongs'),
  },
  {
    name: "non-atomic bulk on a level rule (an item above the admin's level rejects the batch, the others stay)",
    message:
      /^bulk create by an admin with one item above the admin's level \(owner\): the refused batch still created the invite for contract-3-bulk-6@example\.com$/,
    caughtBy: 'bulk_invite_atomicity',
    build: ({ real }) => bulkCreatedAnyway(real, 403),
  },
  {
    name: "bulk skips the business rule (an existing member's address is left out, the rest created: 201)",
    message: /^bulk create with one item for an existing member's address \([^)]+\): expected 400, got 201/,
    caughtBy: 'bulk_invite_atomicity',
    build:
      ({ real }) =>
      async (req) => {
        const items = await requestJson(req);
        const response = await real(req.clone());
        if (req.method !== 'POST' || route(req).rest !== '/invites/bulk/' || response.status !== 400)
          return response;
        if (!Array.isArray(items) || !(await detailOf(response))?.includes('already belongs'))
          return response;
        const created: unknown[] = [];
        for (const item of items) {
          const one = await real(await rebuild(req, { body: [item] }));
          if (one.status === 201) created.push(...((await one.json()) as unknown[]));
        }
        return json(201, created);
      },
  },
  {
    name: 're-invite in another case keeps the earlier invite (addresses compared with case)',
    message:
      /^after re-inviting contract-3-reinvite@example\.com as Contract-3-Reinvite@EXAMPLE\.COM \(x-unique ignores case\), invites listed for it are \["[^"]+","[^"]+"\]; expected only the new one/,
    caughtBy: 'reinvite_replacement',
    build: ({ real }) =>
      keepsEarlierInvites(real, (earlier, newer) => earlier.target_email !== newer.target_email),
  },
];
