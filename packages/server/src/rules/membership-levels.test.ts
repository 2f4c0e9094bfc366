import { describe, expect, it } from 'vitest';
import {
  checkLevelChange,
  checkLockedLevelChange,
  checkLockedMemberRemoval,
  checkMemberRemoval,
  type MembershipFacts,
} from './membership-levels.js';
import { forbidden } from './refusal.js';

const ORG = 'org-1';
const m = (user_id: number, level: number, organization_id = ORG): MembershipFacts => ({
  user_id,
  level,
  organization_id,
});
const member = m(1, 1);
const member2 = m(2, 1);
const admin = m(3, 8);
const admin2 = m(4, 8);
const owner = m(5, 15);
const owner2 = m(6, 15);
const alien = m(7, 1, 'org-2');

const OWN = "You can't change your own access level.";
const ONLY_OWNER_PROMOTES = "You can only make another member owner if you're this organization's owner.";
const NOT_HIGHER = 'You can only change access level of others to lower or equal to your current one.';
const SAME_ORG = 'You both need to belong to the same organization.';
const ADMIN_ONLY = 'You can only edit others if you are an admin.';
const LOWER_OR_EQUAL = 'You can only edit others with level lower or equal to you.';

describe('checkLevelChange', () => {
  it.each([
    ['owner changes own level', owner, owner, 8, OWN],
    ['member changes own level', member, member, 1, OWN],
    ['member promotes member to owner', member, member2, 15, ONLY_OWNER_PROMOTES],
    ['admin promotes member to owner', admin, member, 15, ONLY_OWNER_PROMOTES],
    ['owner promotes admin to owner', owner, admin, 15, null],
    ['owner promotes member to owner', owner, member, 15, null],
    ['member promotes member to admin', member, member2, 8, NOT_HIGHER],
    ['member sets member to member', member, member2, 1, ADMIN_ONLY],
    ['admin promotes member to admin', admin, member, 8, null],
    ['admin demotes admin to member', admin, admin2, 1, null],
    ['admin demotes owner to admin', admin, owner, 8, LOWER_OR_EQUAL],
    ['owner demotes owner to member', owner, owner2, 1, null],
    ['owner demotes admin to member', owner, admin, 1, null],
    ['admin edits a member of another org', admin, alien, 1, SAME_ORG],
  ])('%s', (_name, requester, target, newLevel, expected) => {
    expect(checkLevelChange(requester, target, newLevel)).toEqual(
      expected === null ? null : forbidden(expected),
    );
  });

  it('without a new level checks only the object permission', () => {
    expect(checkLevelChange(member, member)).toBeNull();
    expect(checkLevelChange(member, member2)).toEqual(forbidden(ADMIN_ONLY));
    expect(checkLevelChange(admin, owner)).toEqual(forbidden(LOWER_OR_EQUAL));
  });
});

describe('checkMemberRemoval', () => {
  const denied = (detail: string) => ({ kind: 'forbidden', detail });

  it.each([
    ['member leaves', member, member, 1, null],
    ['admin leaves', admin, admin, 1, null],
    ['owner leaves while another owner exists', owner, owner, 2, null],
    [
      'the only owner leaves',
      owner,
      owner,
      1,
      {
        kind: 'invalid',
        detail: "You can't leave the organization as its only owner. Make someone else an owner first.",
        attr: null,
      },
    ],
    ['member removes member', member, member2, 1, denied(ADMIN_ONLY)],
    ['admin removes member', admin, member, 1, null],
    ['admin removes admin', admin, admin2, 1, null],
    ['admin removes owner', admin, owner, 1, denied(LOWER_OR_EQUAL)],
    ['owner removes owner', owner, owner2, 2, null],
    ['owner removes admin', owner, admin, 1, null],
    ['admin removes a member of another org', admin, alien, 1, denied(SAME_ORG)],
  ])('%s', (_name, requester, target, ownerCount, expected) => {
    expect(checkMemberRemoval(requester, target, ownerCount)).toEqual(expected);
  });
});

describe('checkLockedLevelChange and checkLockedMemberRemoval (the rules on the locked rows)', () => {
  const GONE = 'You do not have permission to perform this action.';
  it('decide as the plain rules on the locked memberships', () => {
    expect(checkLockedLevelChange({ requester: admin, target: owner, ownerCount: 1 }, 1)).toEqual(
      forbidden(LOWER_OR_EQUAL),
    );
    expect(checkLockedLevelChange({ requester: admin, target: member, ownerCount: 1 }, 8)).toBeNull();
    expect(checkLockedMemberRemoval({ requester: admin, target: owner, ownerCount: 2 })).toEqual(
      forbidden(LOWER_OR_EQUAL),
    );
    expect(checkLockedMemberRemoval({ requester: owner, target: owner, ownerCount: 1 })?.kind).toBe(
      'invalid',
    );
    expect(checkLockedMemberRemoval({ requester: owner, target: owner, ownerCount: 2 })).toBeNull();
  });

  it('refuse a requester who is no longer a member with upstream’s generic 403', () => {
    expect(checkLockedLevelChange({ requester: undefined, target: member, ownerCount: 1 }, 1)).toEqual(
      forbidden(GONE),
    );
    expect(checkLockedMemberRemoval({ requester: undefined, target: member, ownerCount: 1 })).toEqual(
      forbidden(GONE),
    );
  });
});
