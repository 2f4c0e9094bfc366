import type { MembershipLevel, Project } from '../domain/types.js';
import {
  AvailableSetupTaskIdsEnum,
  type ProjectBackwardCompat,
  type ProjectBackwardCompatBasic,
} from '../generated/schemas.gen.js';
import { effectiveProjectLevel, userAccessLevel } from '../rules/projects-access.js';
import { readProjectSettings } from './project-settings.js';
import { PROJECT_READ_ONLY_CONSTANTS } from './project-settings-defaults.js';

/**
 * A project as retrieved, created or updated (`ProjectBackwardCompat`), seen by a requester with
 * `organizationLevel` (which decides `effective_membership_level` and `user_access_level`).
 */
export function toProject(project: Project, organizationLevel: MembershipLevel): ProjectBackwardCompat {
  const level = effectiveProjectLevel(project, organizationLevel);
  return {
    ...readProjectSettings(project.settings),
    ...PROJECT_READ_ONLY_CONSTANTS,
    group_types: [],
    product_intents: [],
    default_modifiers: { ...PROJECT_READ_ONLY_CONSTANTS.default_modifiers },
    managed_viewsets: { ...PROJECT_READ_ONLY_CONSTANTS.managed_viewsets },
    id: project.id,
    project_id: project.id,
    uuid: project.uuid,
    organization: project.organization_id,
    name: project.name,
    is_demo: project.is_demo,
    timezone: project.timezone as ProjectBackwardCompat['timezone'],
    access_control: project.access_control,
    api_token: project.api_token,
    secret_api_token: project.secret_api_token,
    secret_api_token_backup: project.secret_api_token_backup,
    is_pending_deletion: project.is_pending_deletion,
    created_at: project.created_at.toISOString(),
    updated_at: project.updated_at.toISOString(),
    effective_membership_level: level,
    user_access_level: userAccessLevel(level),
    available_setup_task_ids: [...AvailableSetupTaskIdsEnum.options],
  };
}

/** A project as listed (`ProjectBackwardCompatBasic`). */
export function toProjectBasic(project: Project): ProjectBackwardCompatBasic {
  const settings = readProjectSettings(project.settings);
  return {
    id: project.id,
    uuid: project.uuid,
    organization: project.organization_id,
    project_id: project.id,
    api_token: project.api_token,
    name: project.name,
    completed_snippet_onboarding: settings.completed_snippet_onboarding,
    has_completed_onboarding_for: settings.has_completed_onboarding_for,
    ingested_event: PROJECT_READ_ONLY_CONSTANTS.ingested_event,
    is_demo: project.is_demo,
    timezone: project.timezone,
    access_control: project.access_control,
    tags: settings.tags,
  };
}
