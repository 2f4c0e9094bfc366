import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIGHER_LEVEL_INVITE_MESSAGE, PROJECT_NOT_FOUND_MESSAGE } from '../rules/invite-rules.js';
import { ALREADY_MEMBER_MESSAGE } from './invite-preparation.js';
import { DAY_MS, denied, invalid, inviteCalls, UUID_PATTERN } from './test-support/api-calls.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

/** `POST invites/`: the creation rules shared by every invite endpoint (see invite-preparation.ts). */
describe.each(STORE_KINDS)('invite creation (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const { create, list, listedEmails, mailsDuring } = inviteCalls(() => h);

  describe('POST invites/', () => {
    it('creates an invite (201): domain lower-cased, defaults, inviter, and one invite email', async () => {
      const org = await h.seedOrg();
      let result: Awaited<ReturnType<typeof create>> | undefined;
      const mails = await mailsDuring(async () => {
        result = await create(org.admin.client, org, {
          target_email: 'Ada.L@HogFlix.COM',
          message: 'Welcome',
        });
      });
      expect(result?.response.status).toBe(201);
      const admin = org.admin.user;
      const now = h.clock.now().toISOString();
      expect(result?.data).toEqual({
        id: expect.stringMatching(UUID_PATTERN),
        target_email: 'Ada.L@hogflix.com',
        first_name: '',
        emailing_attempt_made: true,
        level: 1,
        is_expired: false,
        created_by: {
          id: admin.id,
          uuid: admin.uuid,
          distinct_id: admin.distinct_id,
          first_name: 'Adam',
          last_name: 'Admin',
          email: admin.email,
          is_email_verified: true,
          hedgehog_config: null,
          role_at_organization: null,
        },
        created_at: now,
        updated_at: now,
        message: 'Welcome',
        private_project_access: null,
      });
      expect(mails).toEqual([
        expect.objectContaining({
          to: 'Ada.L@hogflix.com',
          subject: `Adam invited you to join ${org.organization.name}`,
        }),
      ]);
      expect(mails[0]?.text).toContain(`Accept the invite: http://localhost/signup/${result?.data?.id}`);
      expect(mails[0]?.text).toContain('Their message: Welcome');
    });

    it('attempts no email when send_email is false or no mailer is configured', async () => {
      const org = await h.seedOrg();
      const mails = await mailsDuring(async () => {
        const off = await create(org.owner.client, org, { target_email: h.email(), send_email: false });
        expect(off.data?.emailing_attempt_made).toBe(false);
        const noMailer = await create(h.client(org.owner.key, { mailer: false }), org, {
          target_email: h.email(),
        });
        expect([noMailer.response.status, noMailer.data?.emailing_attempt_made]).toEqual([201, false]);
      });
      expect(mails).toEqual([]);
    });

    it('keeps the invite when sending fails, and logs it', async () => {
      const org = await h.seedOrg();
      h.mailer.failing = true;
      try {
        const { data, response } = await create(org.owner.client, org, { target_email: 'down@example.com' });
        expect([response.status, data?.emailing_attempt_made]).toEqual([201, true]);
        expect(h.logger.records).toContainEqual(
          expect.objectContaining({ level: 'error', msg: 'invite email failed', inviteId: data?.id }),
        );
        expect(await listedEmails(org)).toEqual(['down@example.com']);
      } finally {
        h.mailer.failing = false;
      }
    });

    it('refuses a level above the inviter (403), allows equal levels', async () => {
      const org = await h.seedOrg();
      const asAdmin = await create(org.admin.client, org, { target_email: h.email(), level: 15 });
      expect([asAdmin.response.status, asAdmin.error]).toEqual([403, denied(HIGHER_LEVEL_INVITE_MESSAGE)]);
      const asMember = await create(org.member.client, org, { target_email: h.email(), level: 8 });
      expect([asMember.response.status, asMember.error]).toEqual([403, denied(HIGHER_LEVEL_INVITE_MESSAGE)]);
      expect(
        (await create(org.admin.client, org, { target_email: h.email(), level: 8 })).response.status,
      ).toBe(201);
      expect(
        (await create(org.member.client, org, { target_email: h.email(), level: 1 })).response.status,
      ).toBe(201);
      expect(
        (await create(org.owner.client, org, { target_email: h.email(), level: 15 })).response.status,
      ).toBe(201);
    });

    it('lets members invite only when the organization allows it', async () => {
      const org = await h.seedOrg({ members_can_invite: false });
      const { error, response } = await create(org.member.client, org, { target_email: h.email() });
      expect([response.status, error]).toEqual([
        403,
        denied('You do not have permission to perform this action.'),
      ]);
      expect((await create(org.admin.client, org, { target_email: h.email() })).response.status).toBe(201);
    });

    it('refuses an address that already belongs to a member (400, attr null)', async () => {
      const org = await h.seedOrg();
      const email = org.member.user.email.toUpperCase();
      const { error, response } = await create(org.admin.client, org, { target_email: email });
      expect([response.status, error]).toEqual([400, invalid(ALREADY_MEMBER_MESSAGE, null)]);
    });

    it('rejects an invalid address with the generated validator body', async () => {
      const org = await h.seedOrg();
      const { error, response } = await create(org.admin.client, org, { target_email: 'not-an-email' });
      expect([response.status, error]).toEqual([
        400,
        invalid('Enter a valid email address.', 'target_email'),
      ]);
    });

    it('replaces every earlier invite for the same address', async () => {
      const org = await h.seedOrg();
      await create(org.owner.client, org, { target_email: 'again@example.com', level: 8 });
      h.clock.advance(4 * DAY_MS);
      const second = await create(org.owner.client, org, { target_email: 'again@EXAMPLE.com' });
      const { data } = await list(org.owner.client, org);
      expect(data?.count).toBe(1);
      expect(data?.results.map((i) => [i.id, i.level, i.is_expired])).toEqual([[second.data?.id, 1, false]]);
    });

    it('combines with pending (unexpired) invites: highest level, union of project access', async () => {
      const org = await h.seedOrg();
      const [p1, p2] = [await h.createProject(org.organization), await h.createProject(org.organization)];
      if (!p1 || !p2) throw new Error('projects');
      await create(org.owner.client, org, {
        target_email: 'combo@example.com',
        level: 8,
        private_project_access: [{ id: p1.id, level: 'member' }],
      });
      h.clock.advance(1000);
      const { data } = await create(org.owner.client, org, {
        target_email: 'combo@example.com',
        level: 1,
        private_project_access: [
          { id: p2.id, level: 'member' },
          { id: p1.id, level: 'admin' },
        ],
        combine_pending_invites: true,
      });
      expect([data?.level, data?.private_project_access]).toEqual([
        8,
        [
          { id: p2.id, level: 'member' },
          { id: p1.id, level: 'admin' },
        ],
      ]);
      await create(org.owner.client, org, { target_email: 'stale@example.com', level: 8 });
      h.clock.advance(3 * DAY_MS + 1000);
      const stale = await create(org.owner.client, org, {
        target_email: 'stale@example.com',
        combine_pending_invites: true,
      });
      expect([stale.data?.level, stale.data?.private_project_access]).toEqual([1, []]);
      expect((await list(org.owner.client, org)).data?.count).toBe(2);
    });

    it('validates private_project_access against this organization (400 attr private_project_access)', async () => {
      const org = await h.seedOrg();
      const other = await h.seedOrg();
      const foreign = await h.createProject(other.organization);
      const secret = await h.createProject(org.organization, { access_control: true });
      const error400 = invalid(PROJECT_NOT_FOUND_MESSAGE, 'private_project_access');
      const foreignInvite = await create(org.owner.client, org, {
        target_email: h.email(),
        private_project_access: [{ id: foreign.id, level: 'member' }],
      });
      expect([foreignInvite.response.status, foreignInvite.error]).toEqual([400, error400]);
      const access = [{ id: secret.id, level: 'member' as const }];
      const byMember = await create(org.member.client, org, {
        target_email: h.email(),
        private_project_access: access,
      });
      expect([byMember.response.status, byMember.error]).toEqual([400, error400]);
      const byAdmin = await create(org.admin.client, org, {
        target_email: h.email(),
        private_project_access: access,
      });
      expect([byAdmin.response.status, byAdmin.data?.private_project_access]).toEqual([201, access]);
      expect(await listedEmails(org)).toHaveLength(1);
    });
  });
});
