import type { ProjectBackwardCompatRequest } from '../generated/schemas.gen.js';

/**
 * THE table of project defaults: the value of every writable `ProjectBackwardCompat` field when a create request
 * omits it. Nothing else in the server knows a project default.
 *
 * Values follow the spec's create example (openapi/organizations.yaml, `organizations_projects_create` 201), with
 * two documented choices:
 * - `week_start_day`: `null`. Upstream derives 0/1 from the caller's GeoIP country; this server has no GeoIP, and
 *   `null` is what upstream stores when the country is unknown (clients read it as Sunday).
 * - `customer_analytics_config.account_group_type_index`: `null` (a new project has no group types to point at).
 * The default `name` is generated (see `projects-naming.ts`), not a constant.
 */

/** Writable fields stored as columns of the `projects` row (see `NewProject`); all others live in `settings`. */
export const PROJECT_COLUMN_FIELDS = ['name', 'is_demo', 'timezone', 'access_control'] as const;
export type ProjectColumnField = (typeof PROJECT_COLUMN_FIELDS)[number];

/** A writable field stored in the project's `settings` JSON document. */
export type ProjectSettingKey = Exclude<keyof ProjectBackwardCompatRequest, ProjectColumnField>;

/** The project's settings with every key present (validated request values over {@link PROJECT_SETTING_DEFAULTS}). */
export type ProjectSettings = {
  [K in ProjectSettingKey]-?: Exclude<ProjectBackwardCompatRequest[K], undefined>;
};

/** Column defaults (the store applies the same ones; kept here so the table is complete). */
export const PROJECT_COLUMN_DEFAULTS = { is_demo: false, timezone: 'UTC', access_control: false } as const;

/**
 * Default of every settings key. A writable field added to the spec without a default here fails to compile
 * (`ProjectSettings` is derived from the generated request schema).
 */
export const PROJECT_SETTING_DEFAULTS: ProjectSettings = {
  product_description: null,
  tags: [],
  app_urls: [],
  anonymize_ips: false,
  completed_snippet_onboarding: false,
  test_account_filters: [],
  test_account_filters_default_checked: true,
  path_cleaning_filters: null,
  data_attributes: ['data-attr'],
  person_display_name_properties: null,
  correlation_config: null,
  autocapture_opt_out: false,
  autocapture_exceptions_opt_in: true,
  autocapture_web_vitals_opt_in: true,
  autocapture_web_vitals_allowed_metrics: null,
  autocapture_exceptions_errors_to_ignore: [],
  capture_console_log_opt_in: true,
  capture_performance_opt_in: true,
  session_recording_opt_in: false,
  session_recording_sample_rate: null,
  session_recording_minimum_duration_milliseconds: null,
  session_recording_linked_flag: null,
  session_recording_network_payload_capture_config: null,
  session_recording_masking_config: null,
  session_recording_url_trigger_config: [],
  session_recording_url_blocklist_config: [],
  session_recording_event_trigger_config: [],
  session_recording_trigger_match_type_config: null,
  session_recording_trigger_groups: null,
  session_recording_retention_period: '30d',
  session_replay_config: null,
  survey_config: null,
  week_start_day: null,
  primary_dashboard: null,
  live_events_columns: null,
  recording_domains: null,
  inject_web_apps: false,
  extra_settings: null,
  modifiers: null,
  has_completed_onboarding_for: null,
  surveys_opt_in: null,
  heatmaps_opt_in: null,
  flags_persistence_default: false,
  receive_org_level_activity_logs: false,
  business_model: null,
  conversations_enabled: null,
  conversations_settings: null,
  logs_settings: null,
  proactive_tasks_enabled: null,
  revenue_analytics_config: { base_currency: 'USD', events: [], goals: [], filter_test_accounts: false },
  marketing_analytics_config: {
    sources_map: {},
    conversion_goals: [],
    attribution_window_days: 30,
    attribution_mode: 'last_touch',
    filter_test_accounts: false,
    campaign_name_mappings: {},
    custom_source_mappings: {},
    campaign_field_preferences: {},
  },
  customer_analytics_config: {
    activity_event: null,
    signup_pageview_event: null,
    signup_event: null,
    subscription_event: null,
    payment_event: null,
    account_group_type_index: null,
  },
  workflows_config: {
    capture_workflows_engagement_events: true,
    email_tracking_consent_mode: 'off',
    workflow_task_rate_limit_per_day: null,
    workflow_task_team_rate_limit_per_day: null,
  },
  feature_flag_policy_config: { require_tags: false },
  base_currency: 'USD',
  capture_dead_clicks: null,
  cookieless_server_hash_mode: 0,
  human_friendly_comparison_periods: false,
  feature_flag_confirmation_enabled: false,
  feature_flag_confirmation_message: null,
  default_evaluation_contexts_enabled: false,
  require_evaluation_contexts: false,
  default_data_theme: null,
  onboarding_tasks: null,
  web_analytics_pre_aggregated_tables_enabled: null,
};

/** Every settings key, in the table's order. */
export const PROJECT_SETTING_KEYS = Object.keys(PROJECT_SETTING_DEFAULTS) as ProjectSettingKey[];

/**
 * Read-only values this server does not model (no ingestion, group types, intents or warehouse): constant for
 * every project.
 */
export const PROJECT_READ_ONLY_CONSTANTS = {
  has_group_types: false,
  group_types: [],
  live_events_token: null,
  ingested_event: false,
  default_modifiers: { personsOnEventsMode: 'person_id_override_properties_on_events' },
  person_on_events_querying_enabled: true,
  product_intents: [],
  heatmaps_screenshot_secret: null,
  deletion_scheduled_at: null,
  managed_viewsets: { revenue_analytics: false },
} as const;
