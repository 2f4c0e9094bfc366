import { describe, expect, it } from 'vitest';
import {
  canCreateProject,
  checkProjectAction,
  checkSingleDemoProject,
  effectiveProjectLevel,
  isProjectVisible,
  PROJECT_PERMISSION_INSUFFICIENT,
  PROJECT_PLAN_LIMIT,
  projectCapMessage,
  userAccessLevel,
} from './projects-access.js';
import { forbidden } from './refusal.js';

const open = { access_control: false };
const secret = { access_control: true };

describe('project access rules', () => {
  it('gives members no access to private projects; admins and owners keep their level', () => {
    expect([effectiveProjectLevel(open, 1), effectiveProjectLevel(secret, 1)]).toEqual([1, null]);
    expect([effectiveProjectLevel(secret, 8), effectiveProjectLevel(secret, 15)]).toEqual([8, 15]);
    expect([isProjectVisible(secret, 1), isProjectVisible(secret, 8), isProjectVisible(open, 1)]).toEqual([
      false,
      true,
      true,
    ]);
    expect([userAccessLevel(null), userAccessLevel(1), userAccessLevel(8), userAccessLevel(15)]).toEqual([
      'none',
      'member',
      'admin',
      'admin',
    ]);
  });

  it('lets members read and update visible projects; delete needs admin', () => {
    expect(checkProjectAction(open, 1, 'read')).toBeNull();
    expect(checkProjectAction(open, 1, 'update')).toBeNull();
    expect(checkProjectAction(open, 1, 'delete')).toEqual(forbidden(PROJECT_PERMISSION_INSUFFICIENT));
    expect(checkProjectAction(secret, 1, 'read')).toEqual(forbidden(PROJECT_PERMISSION_INSUFFICIENT));
    expect(checkProjectAction(secret, 8, 'delete')).toBeNull();
    expect(PROJECT_PERMISSION_INSUFFICIENT).toBe("You don't have sufficient permissions in the project.");
  });

  it('lets admins create projects, members only when allowed or for a demo project', () => {
    const closed = { members_can_create_projects: false };
    expect(canCreateProject(closed, 8, false)).toBe(true);
    expect(canCreateProject(closed, 1, false)).toBe(false);
    expect(canCreateProject(closed, 1, true)).toBe(true);
    expect(canCreateProject({ members_can_create_projects: true }, 1, false)).toBe(true);
  });

  it('words the cap as upstream does', () => {
    expect(projectCapMessage(1500)).toBe(
      "You have reached the maximum limit of 1500 projects per organization. Contact support if you'd like access to more projects.",
    );
  });

  it('allows one demo project per organization (a new one, or another project made a demo)', () => {
    expect(checkSingleDemoProject([])).toBeNull();
    expect(checkSingleDemoProject([], 3)).toBeNull();
    expect(checkSingleDemoProject([3], 3)).toBeNull();
    expect(checkSingleDemoProject([3])).toEqual(forbidden(PROJECT_PLAN_LIMIT));
    expect(checkSingleDemoProject([3], 4)).toEqual(forbidden(PROJECT_PLAN_LIMIT));
    expect(checkSingleDemoProject([3, 4], 3)).toEqual(forbidden(PROJECT_PLAN_LIMIT));
  });
});
