import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LAST_OWNER_LEAVE_MESSAGE } from '../rules/membership-levels.js';
import { denied, memberCalls, NOT_FOUND, UNKNOWN_UUID } from './test-support/api-calls.js';
import {
  type ApiClient,
  createHandlerHarness,
  type HandlerHarness,
  type SeededMember,
  type SeededOrg,
  STORE_KINDS,
} from './test-support/handler-harness.js';

/** Changing members: level changes (the four rules) and removals / leaving (PATCH and DELETE members/{user__uuid}/). */
describe.each(STORE_KINDS)('member changes (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const calls = memberCalls();
  const patchLevel = (client: ApiClient, org: SeededOrg, uuid: string, level: 1 | 8 | 15) =>
    calls.patch(client, org, uuid, { level });

  describe('PATCH members/{user__uuid}/', () => {
    it('lets the owner change a member level and stamps updated_at', async () => {
      const org = await h.seedOrg();
      h.clock.advance(5000);
      const { data, response } = await patchLevel(org.owner.client, org, org.member.user.uuid, 8);
      expect(response.status).toBe(200);
      expect(data).toMatchObject({ level: 8, user: { uuid: org.member.user.uuid }, search_match_type: null });
      expect(data?.updated_at).toBe(h.clock.now().toISOString());
    });

    it('lets an owner make someone else owner and stays owner', async () => {
      const org = await h.seedOrg();
      expect((await patchLevel(org.owner.client, org, org.admin.user.uuid, 15)).data?.level).toBe(15);
      const { data } = await calls.list(org.owner.client, org, { order: 'joined_at' });
      expect(data?.results.map((r) => r.level)).toEqual([15, 15, 1]);
    });

    it.each([
      ['own level (@me)', 'admin', '@me', 1, "You can't change your own access level."],
      [
        'admin → owner',
        'admin',
        'member',
        15,
        "You can only make another member owner if you're this organization's owner.",
      ],
      [
        'member raises above own level',
        'member',
        'admin',
        8,
        'You can only change access level of others to lower or equal to your current one.',
      ],
      ['member edits someone', 'member', 'admin', 1, 'You can only edit others if you are an admin.'],
      [
        'admin edits the owner',
        'admin',
        'owner',
        8,
        'You can only edit others with level lower or equal to you.',
      ],
    ] as const)('refuses %s with 403', async (_name, requester, target, level, detail) => {
      const org = await h.seedOrg();
      const uuid = target === '@me' ? '@me' : org[target].user.uuid;
      const { error, response } = await patchLevel(org[requester].client, org, uuid, level);
      expect(response.status).toBe(403);
      expect(error).toEqual(denied(detail));
    });

    it('without a level changes nothing but still checks the edit permission', async () => {
      const org = await h.seedOrg();
      const call = (client: ApiClient, uuid: string) => calls.patch(client, org, uuid, {});
      const unchanged = await call(org.admin.client, org.member.user.uuid);
      expect([unchanged.response.status, unchanged.data?.level]).toEqual([200, 1]);
      const byMember = await call(org.member.client, org.admin.user.uuid);
      expect([byMember.response.status, byMember.error]).toEqual([
        403,
        denied('You can only edit others if you are an admin.'),
      ]);
    });

    it('answers 404 for an unknown or inactive user and 400 for an invalid level', async () => {
      const org = await h.seedOrg();
      const inactive = await h.addMember(org.organization, 1, { is_active: false });
      for (const uuid of [UNKNOWN_UUID, inactive.user.uuid]) {
        const { error, response } = await patchLevel(org.owner.client, org, uuid, 1);
        expect([response.status, error]).toEqual([404, NOT_FOUND]);
      }
      const invalid = await calls.patch(org.owner.client, org, org.member.user.uuid, { level: 3 as never });
      expect([invalid.response.status, invalid.error]).toEqual([
        400,
        {
          type: 'validation_error',
          code: 'invalid_choice',
          detail: '"3" is not a valid choice.',
          attr: 'level',
        },
      ]);
    });
  });

  describe('DELETE members/{user__uuid}/', () => {
    const status = async (client: ApiClient, org: SeededOrg, target: SeededMember | '@me') => {
      const { response, error } = await calls.remove(
        client,
        org,
        target === '@me' ? '@me' : target.user.uuid,
      );
      return response.status === 204 ? 204 : [response.status, error];
    };

    it('lets a member leave (204); they lose access', async () => {
      const org = await h.seedOrg();
      expect(await status(org.member.client, org, '@me')).toBe(204);
      expect(calls.emailsOf((await calls.list(org.owner.client, org)).data)).toEqual([
        org.admin.user.email,
        org.owner.user.email,
      ]);
      expect((await calls.list(org.member.client, org)).response.status).toBe(403);
    });

    it('lets admins remove members and admins, and only owners remove owners', async () => {
      const org = await h.seedOrg();
      const otherAdmin = await h.addMember(org.organization, 8);
      const otherOwner = await h.addMember(org.organization, 15);
      expect(await status(org.member.client, org, otherAdmin)).toEqual([
        403,
        denied('You can only edit others if you are an admin.'),
      ]);
      expect(await status(org.admin.client, org, otherOwner)).toEqual([
        403,
        denied('You can only edit others with level lower or equal to you.'),
      ]);
      expect(await status(org.admin.client, org, otherAdmin)).toBe(204);
      expect(await status(org.admin.client, org, org.member)).toBe(204);
      expect(await status(org.owner.client, org, otherOwner)).toBe(204);
      expect(calls.emailsOf((await calls.list(org.owner.client, org)).data)).toEqual([
        org.admin.user.email,
        org.owner.user.email,
      ]);
    });

    it('refuses the last owner leaving with 400, allows it once another owner exists', async () => {
      const org = await h.seedOrg();
      expect(await status(org.owner.client, org, '@me')).toEqual([
        400,
        { type: 'validation_error', code: 'invalid_input', detail: LAST_OWNER_LEAVE_MESSAGE, attr: null },
      ]);
      expect((await patchLevel(org.owner.client, org, org.admin.user.uuid, 15)).response.status).toBe(200);
      expect(await status(org.owner.client, org, '@me')).toBe(204);
    });

    it('answers 404 for an unknown user', async () => {
      const org = await h.seedOrg();
      const { response, error } = await calls.remove(org.owner.client, org, UNKNOWN_UUID);
      expect([response.status, error]).toEqual([404, NOT_FOUND]);
    });
  });
});
