import type { MembershipLevel, Organization, Project } from '../domain/types.js';
import { MEMBERSHIP_LEVEL } from '../domain/types.js';
import { forbidden, type Refusal } from './refusal.js';

/**
 * Who may see and change which project — pure rules (upstream: `UserCanCreateProjectPermission`,
 * `TeamMemberLightManagementPermission`, `PremiumMultiProjectPermission`). This server models no per-project
 * grants: a private project (`access_control: true`) is reachable by organization admins and owners only.
 */

/** Upstream's `OrganizationAdminWritePermissions` message (also used by legal documents). */
export const ORGANIZATION_ACCESS_INSUFFICIENT = 'Your organization access level is insufficient.';

/** Upstream's `TeamMemberLightManagementPermission` message. */
export const PROJECT_PERMISSION_INSUFFICIENT = "You don't have sufficient permissions in the project.";

/** 403 of a second demo project (upstream's `PremiumMultiProjectPermission` message). */
export const PROJECT_PLAN_LIMIT =
  'You have reached the maximum limit of allowed projects for your current plan. Upgrade your plan to be able to create and manage more projects.';

/** 403 at the hard cap of projects per organization. */
export function projectCapMessage(max: number): string {
  return `You have reached the maximum limit of ${max} projects per organization. Contact support if you'd like access to more projects.`;
}

/**
 * The requester's effective level in a project: the organization level, or `null` (no access) for a member on a
 * private project.
 */
export function effectiveProjectLevel(
  project: Pick<Project, 'access_control'>,
  organizationLevel: MembershipLevel,
): MembershipLevel | null {
  if (project.access_control && organizationLevel < MEMBERSHIP_LEVEL.admin) return null;
  return organizationLevel;
}

/** `user_access_level` of the response: `admin` (admins, owners), `member`, or `none`. */
export function userAccessLevel(level: MembershipLevel | null): 'admin' | 'member' | 'none' {
  if (level === null) return 'none';
  return level >= MEMBERSHIP_LEVEL.admin ? 'admin' : 'member';
}

/**
 * Whether a project is listed for the requester (pending deletions are filtered by the store). Private projects
 * are hidden from members.
 */
export function isProjectVisible(
  project: Pick<Project, 'access_control'>,
  organizationLevel: MembershipLevel,
): boolean {
  return effectiveProjectLevel(project, organizationLevel) !== null;
}

/**
 * Checks an action on one project. Read and update need access to the project; delete needs admin or above.
 * @returns null when allowed, else the (403) refusal
 */
export function checkProjectAction(
  project: Pick<Project, 'access_control'>,
  organizationLevel: MembershipLevel,
  action: 'read' | 'update' | 'delete',
): Refusal | null {
  const level = effectiveProjectLevel(project, organizationLevel);
  const minimum = action === 'delete' ? MEMBERSHIP_LEVEL.admin : MEMBERSHIP_LEVEL.member;
  return level !== null && level >= minimum ? null : forbidden(PROJECT_PERMISSION_INSUFFICIENT);
}

/**
 * Whether the requester may create a (non-demo) project: admins and owners, or anyone when the organization sets
 * `members_can_create_projects`. Demo projects need only membership.
 */
export function canCreateProject(
  organization: Pick<Organization, 'members_can_create_projects'>,
  organizationLevel: MembershipLevel,
  isDemo: boolean,
): boolean {
  return isDemo || organization.members_can_create_projects || organizationLevel >= MEMBERSHIP_LEVEL.admin;
}

/**
 * One demo project per organization (upstream's `PremiumMultiProjectPermission`): may a project — `projectId`, or a
 * new one when undefined — be a demo project while the organization's demo projects are `demoProjectIds`? The store
 * decides it with the organization locked, on create and on PATCH `is_demo: true`. The demo project itself may be
 * patched with `is_demo: true` again (upstream refuses that too: its check sees the project's own flag).
 *
 * @example
 * checkSingleDemoProject([7])?.detail; // PROJECT_PLAN_LIMIT (a second demo project)
 * checkSingleDemoProject([7], 7); // null (the demo project itself)
 */
export function checkSingleDemoProject(
  demoProjectIds: readonly number[],
  projectId?: number,
): Refusal | null {
  return demoProjectIds.some((id) => id !== projectId) ? forbidden(PROJECT_PLAN_LIMIT) : null;
}
