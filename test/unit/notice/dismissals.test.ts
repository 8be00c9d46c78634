import { describe, expect, it } from 'vitest';
import { coversHost, isNoticeDismissed } from '../../../src/core/notice/dismissals';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import type { VerdictMatch } from '../../../src/core/verdict';

const match = (listId: string, entryId: string): VerdictMatch => ({
  listId, entryId, organization: { en: entryId }, jurisdictions: ['RU'], sources: [],
});
const rferl = { matches: [match('ru-undesirable', 'rferl')] };
const settings = (changes: Partial<typeof DEFAULT_SETTINGS>) => ({ ...DEFAULT_SETTINGS, ...changes });

describe('coversHost', () => {
  it('covers the host and its subdomains, not look-alikes', () => {
    expect(coversHost(['rferl.org'], 'www.rferl.org')).toBe(true);
    expect(coversHost(['rferl.org'], 'rferl.org')).toBe(true);
    expect(coversHost(['www.rferl.org'], 'rferl.org')).toBe(false);
    expect(coversHost(['rferl.org'], 'notrferl.org')).toBe(false);
  });
});

describe('isNoticeDismissed', () => {
  it('is false with nothing dismissed', () => {
    expect(isNoticeDismissed(DEFAULT_SETTINGS, [], 'www.rferl.org', rferl)).toBe(false);
  });

  it('follows site exceptions (dismissed or paused) and session dismissals', () => {
    const addedAt = '2026-01-01T00:00:00.000Z';
    expect(isNoticeDismissed(settings({ siteExceptions: [{ host: 'www.rferl.org', kind: 'dismissed', addedAt }] }), [], 'www.rferl.org', rferl)).toBe(true);
    expect(isNoticeDismissed(settings({ siteExceptions: [{ host: 'rferl.org', kind: 'paused', addedAt }] }), [], 'pressroom.rferl.org', rferl)).toBe(true);
    expect(isNoticeDismissed(DEFAULT_SETTINGS, ['www.rferl.org'], 'www.rferl.org', rferl)).toBe(true);
    expect(isNoticeDismissed(DEFAULT_SETTINGS, ['www.rferl.org'], 'ru.krymr.com', rferl)).toBe(false);
  });

  it('needs every matched organization dismissed', () => {
    const dismissed = settings({ dismissedOrganizations: ['ru-undesirable/rferl'] });
    expect(isNoticeDismissed(dismissed, [], 'www.svaboda.org', rferl)).toBe(true);
    const two = { matches: [match('ru-undesirable', 'rferl'), match('by-extremist', 'radio-svaboda')] };
    expect(isNoticeDismissed(dismissed, [], 'www.svaboda.org', two)).toBe(false);
    expect(isNoticeDismissed(dismissed, [], 'www.svaboda.org', { matches: [] })).toBe(false);
  });
});
