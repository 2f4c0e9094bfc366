import type { JsonObject } from '../domain/types.js';
import {
  PROJECT_SETTING_DEFAULTS,
  PROJECT_SETTING_KEYS,
  type ProjectSettingKey,
  type ProjectSettings,
} from './project-settings-defaults.js';

/**
 * Project settings: reading a stored document, normalising request values, and merging a PATCH — the rules of
 * upstream's `ProjectBackwardCompatSerializer` that the generated validators cannot express.
 */

/** A validated request body restricted to settings keys (absent = not sent). */
export type ProjectSettingsInput = Partial<Record<ProjectSettingKey, unknown>>;

/**
 * Settings whose stored object is shallow-merged with a PATCH value, as upstream's `update()` does (unless either
 * side is null). Every other setting is replaced by the value sent.
 */
export const SHALLOW_MERGED_SETTINGS: readonly ProjectSettingKey[] = [
  'survey_config',
  'modifiers',
  'conversations_settings',
];

/**
 * The full settings of a stored project: the stored document over the defaults, limited to known keys (so a
 * key dropped from the spec never leaks into a strict response).
 */
export function readProjectSettings(stored: JsonObject): ProjectSettings {
  const settings: Record<string, unknown> = {};
  for (const key of PROJECT_SETTING_KEYS) {
    settings[key] = Object.hasOwn(stored, key) ? stored[key] : PROJECT_SETTING_DEFAULTS[key];
  }
  return settings as ProjectSettings;
}

/**
 * Picks the settings keys of a validated create/PATCH body and applies upstream's input normalisation:
 * `app_urls` and `recording_domains` drop nulls and empty strings; `tags` are trimmed, lower-cased, de-duplicated
 * (empty ones dropped); `conversations_settings.widget_domains` drops empty entries. Everything else is
 * validated by the generated validators before the handler runs.
 */
export function pickSettingsInput(body: Readonly<Record<string, unknown>>): ProjectSettingsInput {
  const input: ProjectSettingsInput = {};
  for (const key of PROJECT_SETTING_KEYS) {
    if (body[key] !== undefined) input[key] = body[key];
  }
  for (const key of ['app_urls', 'recording_domains'] as const) {
    const list = input[key];
    if (Array.isArray(list)) input[key] = list.filter((item) => item !== null && item !== '');
  }
  if (Array.isArray(input.tags)) input.tags = normalizeTags(input.tags as string[]);
  const conversations = input.conversations_settings;
  if (isObject(conversations) && Array.isArray(conversations.widget_domains)) {
    input.conversations_settings = {
      ...conversations,
      widget_domains: conversations.widget_domains.filter((domain) => Boolean(domain)),
    };
  }
  return input;
}

/** Settings of a new project: every value sent replaces its default. */
export function createProjectSettings(input: ProjectSettingsInput): ProjectSettings {
  return { ...PROJECT_SETTING_DEFAULTS, ...input } as ProjectSettings;
}

/**
 * Applies a PATCH: {@link SHALLOW_MERGED_SETTINGS} are merged key by key when both the stored and the sent value
 * are objects; everything else is replaced.
 *
 * @example
 * mergeProjectSettings({ ...current, survey_config: { a: 1 } }, { survey_config: { b: 2 } }).survey_config
 * // { a: 1, b: 2 }
 */
export function mergeProjectSettings(current: ProjectSettings, patch: ProjectSettingsInput): ProjectSettings {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch) as [ProjectSettingKey, unknown][]) {
    const stored = current[key];
    next[key] =
      SHALLOW_MERGED_SETTINGS.includes(key) && isObject(stored) && isObject(value)
        ? { ...stored, ...value }
        : value;
  }
  return next as ProjectSettings;
}

/** The settings as the store keeps them (every value came from validated JSON, so it is JSON). */
export function toStoredSettings(settings: ProjectSettings): JsonObject {
  return settings as unknown as JsonObject;
}

function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const name = tag.trim().toLowerCase();
    if (name !== '') seen.add(name);
  }
  return [...seen];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
