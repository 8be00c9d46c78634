import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/defaults';
import { withoutTraces } from '../../../src/core/settings/traces';

describe('withoutTraces', () => {
  it('drops every pause, dismissal and "don\'t ask again" choice, counts them, and keeps everything else', () => {
    const addedAt = '2026-12-01T00:00:00.000Z';
    const settings: Settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      language: 'ru',
      markLinks: false,
      texts: { headline: { en: 'Careful: {organization}' } },
      siteExceptions: [{ host: 'meduza.io', kind: 'paused', addedAt }, { host: 'rferl.org', kind: 'dismissed', addedAt }],
      dismissedOrganizations: ['ru-undesirable/rferl'],
      dismissedAccounts: ['youtube.com/@tvrain'],
      pausedAccounts: ['t.me/meduzalive'],
      actExceptions: [{ host: 'meduza.io', act: 'share' }, { host: 'rferl.org', act: 'like' }],
      subscriptions: [{ url: 'https://lists.example.org/good.json', enabled: true, addedAt }],
    };
    const { settings: clean, removed } = withoutTraces(settings);
    expect(removed).toEqual({ paused: 2, dismissed: 3, allowedActs: 2 });
    expect(clean).toEqual({
      ...settings,
      siteExceptions: [], dismissedOrganizations: [], dismissedAccounts: [], pausedAccounts: [], actExceptions: [],
    });
    expect(withoutTraces(DEFAULT_SETTINGS).removed).toEqual({ paused: 0, dismissed: 0, allowedActs: 0 });
  });
});
