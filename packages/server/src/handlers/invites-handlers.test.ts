import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BULK_NOT_A_LIST_MESSAGE, BULK_TOO_MANY_MESSAGE } from '../errors/validation-hook.js';
import { HIGHER_LEVEL_INVITE_MESSAGE } from '../rules/invite-rules.js';
import { ALREADY_MEMBER_MESSAGE } from './invite-preparation.js';
import {
  DAY_MS,
  denied,
  type InviteRequest,
  invalid,
  inviteCalls,
  NOT_FOUND,
} from './test-support/api-calls.js';
import { createHandlerHarness, type HandlerHarness, STORE_KINDS } from './test-support/handler-harness.js';

/** invites/bulk/, invites/delegate/, the list and delete. Creation rules: invite-creation.test.ts */
describe.each(STORE_KINDS)('invites handlers (%s)', (kind) => {
  let h: HandlerHarness;
  beforeAll(async () => {
    h = await createHandlerHarness(kind);
  });
  afterAll(async () => {
    await h?.cleanup();
  });
  const { create, bulk, delegate, list, listedEmails, mailsDuring, remove } = inviteCalls(() => h);

  describe('POST invites/bulk/', () => {
    it('creates all invites (201) in input order and emails those with send_email', async () => {
      const org = await h.seedOrg();
      const items: InviteRequest[] = [
        { target_email: 'b1@example.com', first_name: 'One' },
        { target_email: 'b2@Example.com', level: 8, send_email: false },
        { target_email: 'b3@example.com', message: 'hi' },
      ];
      let result: Awaited<ReturnType<typeof bulk>> | undefined;
      const mails = await mailsDuring(async () => {
        result = await bulk(org.admin.client, org, items);
      });
      expect(result?.response.status).toBe(201);
      expect(
        result?.data?.map((i) => [i.target_email, i.level, i.first_name, i.emailing_attempt_made]),
      ).toEqual([
        ['b1@example.com', 1, 'One', true],
        ['b2@example.com', 8, '', false],
        ['b3@example.com', 1, '', true],
      ]);
      expect(mails.map((m) => m.to)).toEqual(['b1@example.com', 'b3@example.com']);
      expect((await listedEmails(org))?.sort()).toEqual([
        'b1@example.com',
        'b2@example.com',
        'b3@example.com',
      ]);
    });

    it('refuses more than 20 invites with upstream body and stores nothing', async () => {
      const org = await h.seedOrg();
      const items = Array.from({ length: 21 }, (_, i) => ({ target_email: `many${i}@example.com` }));
      const { error, response } = await bulk(org.owner.client, org, items);
      expect(response.status).toBe(400);
      expect(error).toEqual({
        type: 'validation_error',
        code: 'max_length',
        detail: BULK_TOO_MANY_MESSAGE,
        attr: null,
      });
      expect(await listedEmails(org)).toEqual([]);
    });

    it('refuses a body that is not an array', async () => {
      const org = await h.seedOrg();
      const { error, response } = await bulk(org.owner.client, org, {
        target_email: 'x@example.com',
      } as never);
      expect([response.status, error]).toEqual([
        400,
        { type: 'validation_error', code: 'not_a_list', detail: BULK_NOT_A_LIST_MESSAGE, attr: null },
      ]);
    });

    it('validates every item before storing any (400 or 403 for the whole batch)', async () => {
      const org = await h.seedOrg();
      const member = await bulk(org.admin.client, org, [
        { target_email: 'ok1@example.com' },
        { target_email: org.member.user.email },
      ]);
      expect([member.response.status, member.error]).toEqual([400, invalid(ALREADY_MEMBER_MESSAGE, null)]);
      const level = await bulk(org.admin.client, org, [
        { target_email: 'ok2@example.com' },
        { target_email: 'boss@example.com', level: 15 },
      ]);
      expect([level.response.status, level.error]).toEqual([403, denied(HIGHER_LEVEL_INVITE_MESSAGE)]);
      const email = await bulk(org.admin.client, org, [
        { target_email: 'ok3@example.com' },
        { target_email: 'nope' },
      ]);
      expect(email.response.status).toBe(400);
      expect(await listedEmails(org)).toEqual([]);
    });

    it('refuses an address named twice, in any case, on the repeating item; stores and emails nothing', async () => {
      const org = await h.seedOrg();
      let result: Awaited<ReturnType<typeof bulk>> | undefined;
      const mails = await mailsDuring(async () => {
        result = await bulk(org.admin.client, org, [
          { target_email: 'Twice@example.com' },
          { target_email: 'once@example.com' },
          { target_email: 'twice@EXAMPLE.com', level: 8 },
        ]);
      });
      expect([result?.response.status, result?.error]).toEqual([
        400,
        invalid('This email address is already invited by item 0 of this request.', '2__target_email'),
      ]);
      expect(mails).toEqual([]);
      expect(await listedEmails(org)).toEqual([]);
    });
  });

  describe('POST invites/delegate/', () => {
    it('creates an admin-level invite (201) and sends one delegation email', async () => {
      const org = await h.seedOrg();
      let result: Awaited<ReturnType<typeof delegate>> | undefined;
      const mails = await mailsDuring(async () => {
        result = await delegate(org.admin.client, org, {
          target_email: 'Dee@Example.COM',
          message: 'Please finish',
          step_at_delegation: 'install',
        });
      });
      expect(result?.response.status).toBe(201);
      expect(result?.data).toMatchObject({
        target_email: 'Dee@example.com',
        level: 8,
        emailing_attempt_made: true,
        message: 'Please finish',
        created_by: { uuid: org.admin.user.uuid },
      });
      expect(mails).toEqual([
        expect.objectContaining({
          to: 'Dee@example.com',
          subject: `Adam asked you to finish setting up ${org.organization.name}`,
        }),
      ]);
      expect(await listedEmails(org)).toEqual(['Dee@example.com']);
      const stored = await h.store.getInvite(org.organization.id, String(result?.data?.id));
      expect(stored?.is_setup_delegation).toBe(true);
      const plain = await create(org.admin.client, org, { target_email: h.email() });
      expect(
        (await h.store.getInvite(org.organization.id, String(plain.data?.id)))?.is_setup_delegation,
      ).toBe(false);
    });

    it('refuses a member (admin level is above theirs) and attempts no email without a mailer', async () => {
      const org = await h.seedOrg();
      const body = { target_email: h.email() };
      const byMember = await delegate(org.member.client, org, body);
      expect([byMember.response.status, byMember.error]).toEqual([403, denied(HIGHER_LEVEL_INVITE_MESSAGE)]);
      const mails = await mailsDuring(async () => {
        const noMailer = await delegate(h.client(org.owner.key, { mailer: false }), org, body);
        expect([noMailer.response.status, noMailer.data?.emailing_attempt_made]).toEqual([201, false]);
      });
      expect(mails).toEqual([]);
    });
  });

  describe('GET invites/', () => {
    it('lists newest first with is_expired from the clock (3 days) and absolute pagination links', async () => {
      const org = await h.seedOrg();
      const first = await create(org.owner.client, org, { target_email: 'old@example.com' });
      h.clock.advance(1000);
      await create(org.owner.client, org, { target_email: 'new@example.com' });
      h.clock.advance(3 * DAY_MS - 1000);
      const fresh = await list(org.member.client, org);
      expect(fresh.data?.results.map((i) => [i.target_email, i.is_expired])).toEqual([
        ['new@example.com', false],
        ['old@example.com', false],
      ]);
      h.clock.advance(1);
      const page = await list(org.member.client, org, { limit: 1, offset: 1 });
      const base = `http://localhost/api/organizations/${org.organization.id}/invites/`;
      expect(page.data).toEqual({
        count: 2,
        next: null,
        previous: `${base}?limit=1`,
        results: [expect.objectContaining({ id: first.data?.id, is_expired: true })],
      });
      expect((await list(org.member.client, org, { limit: 1 })).data?.next).toBe(`${base}?limit=1&offset=1`);
    });
  });

  describe('DELETE invites/{id}/', () => {
    it('lets any member delete an invite (204), then 404; invites of other organizations are 404', async () => {
      const org = await h.seedOrg();
      const other = await h.seedOrg();
      const { data } = await create(org.owner.client, org, { target_email: h.email() });
      const foreign = await create(other.owner.client, other, { target_email: h.email() });
      const del = (id: string) => remove(org.member.client, org, id);
      const id = data?.id ?? '';
      expect((await del(foreign.data?.id ?? '')).error).toEqual(NOT_FOUND);
      expect((await del(id)).response.status).toBe(204);
      const again = await del(id);
      expect([again.response.status, again.error]).toEqual([404, NOT_FOUND]);
      expect(await listedEmails(org)).toEqual([]);
      expect(await listedEmails(other)).toHaveLength(1);
    });
  });
});
