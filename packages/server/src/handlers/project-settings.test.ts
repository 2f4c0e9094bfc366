import { describe, expect, it } from 'vitest';
import { ProjectBackwardCompatRequest } from '../generated/schemas.gen.js';
import {
  createProjectSettings,
  mergeProjectSettings,
  pickSettingsInput,
  readProjectSettings,
} from './project-settings.js';
import {
  PROJECT_COLUMN_FIELDS,
  PROJECT_SETTING_DEFAULTS,
  PROJECT_SETTING_KEYS,
} from './project-settings-defaults.js';
import { pickDefaultProjectName } from './projects-naming.js';

describe('project settings', () => {
  it('has a default for every writable settings key of the spec (and no other key)', () => {
    const writable = Object.keys(ProjectBackwardCompatRequest.shape).filter(
      (key) => !(PROJECT_COLUMN_FIELDS as readonly string[]).includes(key),
    );
    expect([...PROJECT_SETTING_KEYS].sort()).toEqual(writable.sort());
    expect(writable).toHaveLength(65);
  });

  it('reads a stored document over the defaults, dropping unknown keys', () => {
    const settings = readProjectSettings({ anonymize_ips: true, retired_setting: 1 });
    expect(settings.anonymize_ips).toBe(true);
    expect(settings.week_start_day).toBeNull();
    expect(Object.keys(settings)).toEqual(PROJECT_SETTING_KEYS);
  });

  it('picks settings keys and normalises lists, tags and widget domains', () => {
    const input = pickSettingsInput({
      name: 'column, not a setting',
      app_urls: ['https://a.example.com', null, ''],
      recording_domains: [null, 'https://b.example.com'],
      tags: [' Web ', 'web', 'IOS', '  '],
      conversations_settings: { widget_domains: ['x.example.com', '', null], greeting: 'hi' },
      survey_config: undefined,
    });
    expect(input).toEqual({
      app_urls: ['https://a.example.com'],
      recording_domains: ['https://b.example.com'],
      tags: ['web', 'ios'],
      conversations_settings: { widget_domains: ['x.example.com'], greeting: 'hi' },
    });
  });

  it('creates settings with sent values replacing defaults', () => {
    const settings = createProjectSettings({ week_start_day: 1, survey_config: { a: 1 } });
    expect(settings).toEqual({ ...PROJECT_SETTING_DEFAULTS, week_start_day: 1, survey_config: { a: 1 } });
  });

  it('merges survey_config, modifiers and conversations_settings shallowly; replaces everything else', () => {
    const current = createProjectSettings({
      survey_config: { a: 1, nested: { x: 1 } },
      modifiers: { m: 1 },
      conversations_settings: { c: 1 },
      session_replay_config: { keep: true },
      marketing_analytics_config: { attribution_window_days: 7 },
    });
    const next = mergeProjectSettings(current, {
      survey_config: { nested: { y: 2 } },
      modifiers: { n: 2 },
      conversations_settings: { d: 2 },
      session_replay_config: { other: 1 },
      marketing_analytics_config: { attribution_mode: 'linear' },
    });
    expect(next.survey_config).toEqual({ a: 1, nested: { y: 2 } });
    expect(next.modifiers).toEqual({ m: 1, n: 2 });
    expect(next.conversations_settings).toEqual({ c: 1, d: 2 });
    expect(next.session_replay_config).toEqual({ other: 1 });
    expect(next.marketing_analytics_config).toEqual({ attribution_mode: 'linear' });
    expect(mergeProjectSettings(next, { modifiers: null }).modifiers).toBeNull();
    expect(mergeProjectSettings({ ...next, modifiers: null }, { modifiers: { z: 1 } }).modifiers).toEqual({
      z: 1,
    });
    expect(current.survey_config).toEqual({ a: 1, nested: { x: 1 } });
  });
});

describe('pickDefaultProjectName', () => {
  it('takes "Default project", then the smallest free number, case-insensitively', () => {
    expect(pickDefaultProjectName([])).toBe('Default project');
    expect(pickDefaultProjectName(['My default project'])).toBe('Default project');
    expect(pickDefaultProjectName(['DEFAULT PROJECT'])).toBe('Default project 2');
    expect(pickDefaultProjectName(['Default project', 'Default project 2', 'default project 4'])).toBe(
      'Default project 3',
    );
  });
});
