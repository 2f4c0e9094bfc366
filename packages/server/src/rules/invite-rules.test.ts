import { describe, expect, it } from 'vitest';
import {
  checkDistinctInviteEmails,
  checkInviteLevel,
  type InviteGrant,
  isExpired,
  mergePendingInvites,
  type ProjectAccessFacts,
  validatePrivateProjectAccess,
} from './invite-rules.js';

describe('checkInviteLevel', () => {
  it.each([
    [1, 1, null],
    [8, 8, null],
    [8, 1, null],
    [15, 15, null],
    [1, 8, 'You cannot invite a user with a higher permission level than your own.'],
    [8, 15, 'You cannot invite a user with a higher permission level than your own.'],
  ])('requester %i invites at %i', (requester, level, detail) => {
    expect(checkInviteLevel(requester, level)).toEqual(
      detail === null ? null : { kind: 'forbidden', detail },
    );
  });
});

describe('checkDistinctInviteEmails', () => {
  it.each([
    [['a@x.io'], null],
    [['a@x.io', 'b@x.io', 'ab@x.io'], null],
    [['a@x.io', 'b@x.io', 'a@x.io'], { attr: '2__target_email', earlier: 0 }],
    [['Ann@X.io', 'b@x.io', 'b@x.io', 'ann@x.IO'], { attr: '2__target_email', earlier: 1 }],
    [['c@x.io', 'ANN@x.io', 'ann@x.io'], { attr: '2__target_email', earlier: 1 }],
  ])('%j', (emails, expected) => {
    expect(checkDistinctInviteEmails(emails)).toEqual(
      expected === null
        ? null
        : {
            kind: 'invalid',
            detail: `This email address is already invited by item ${expected.earlier} of this request.`,
            attr: expected.attr,
          },
    );
  });
});

describe('isExpired', () => {
  const now = new Date('2026-01-10T12:00:00.000Z');
  it.each([
    ['2026-01-10T12:00:00.000Z', false],
    ['2026-01-07T12:00:00.000Z', false], // exactly 3 days: not yet
    ['2026-01-07T11:59:59.999Z', true],
    ['2025-12-01T00:00:00.000Z', true],
  ])('created %s → %s', (createdAt, expected) => {
    expect(isExpired(new Date(createdAt), now)).toBe(expected);
  });
});

describe('mergePendingInvites', () => {
  const grant = (level: number, access: InviteGrant['private_project_access']): InviteGrant => ({
    level,
    private_project_access: access,
  });
  it.each([
    ['nothing pending, no access → []', grant(1, null), [], grant(1, [])],
    ['keeps the highest level', grant(1, null), [grant(8, null), grant(1, [])], grant(8, [])],
    [
      'unions projects keeping the highest access',
      grant(8, [{ id: 1, level: 'member' }]),
      [
        grant(1, [
          { id: 1, level: 'admin' },
          { id: 2, level: 'none' },
        ]),
        grant(1, [{ id: 2, level: 'member' }]),
      ],
      grant(8, [
        { id: 1, level: 'admin' },
        { id: 2, level: 'member' },
      ]),
    ],
    [
      'does not lower the new invite',
      grant(15, [{ id: 3, level: 'admin' }]),
      [grant(1, [{ id: 3, level: 'none' }])],
      grant(15, [{ id: 3, level: 'admin' }]),
    ],
  ])('%s', (_name, next, pending, expected) => {
    expect(mergePendingInvites(next, pending)).toEqual(expected);
  });
});

describe('validatePrivateProjectAccess', () => {
  const projects: Record<number, ProjectAccessFacts> = {
    1: { isPrivate: false, requesterAccess: 'none' },
    2: { isPrivate: true, requesterAccess: 'member' },
    3: { isPrivate: true, requesterAccess: 'none' },
  };
  const lookup = (id: number) => projects[id];
  const NOT_FOUND =
    'Project does not exist on this organization, or it is private and you do not have access to it.';
  const HIGHER = 'You cannot invite to a private project with a higher level than your own.';
  const SHAPE = 'Each entry must have an integer "id" and a "level" of "none", "member" or "admin".';

  it.each([
    ['null', null, 1, null],
    ['empty list', [], 1, null],
    ['member grants a public project', [{ id: 1, level: 'admin' }], 1, null],
    ['member grants a private project at own level', [{ id: 2, level: 'member' }], 1, null],
    ['member grants a private project above own level', [{ id: 2, level: 'admin' }], 1, HIGHER],
    ['member grants a private project without access', [{ id: 3, level: 'none' }], 1, NOT_FOUND],
    ['admin grants any project', [{ id: 3, level: 'admin' }], 8, null],
    ['unknown project', [{ id: 99, level: 'member' }], 15, NOT_FOUND],
    ['not a list', { id: 1 }, 8, 'Expected a list of {"id", "level"} objects.'],
    ['integer level (older upstream)', [{ id: 1, level: 8 }], 8, SHAPE],
    ['string id', [{ id: '1', level: 'member' }], 8, SHAPE],
  ])('%s', (_name, value, requesterLevel, detail) => {
    expect(validatePrivateProjectAccess(value, requesterLevel, lookup)).toEqual(
      detail === null ? null : { kind: 'invalid', detail, attr: 'private_project_access' },
    );
  });
});
