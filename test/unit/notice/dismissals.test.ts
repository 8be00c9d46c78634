import { describe, expect, it } from 'vitest';
import { coversHost, isNoticeDismissed } from '../../../src/core/notice/dismissals';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import type { Evidence, VerdictMatch } from '../../../src/core/verdict';

const match = (listId: string, entryId: string): VerdictMatch => ({
  listId, entryId, organization: { en: entryId }, jurisdictions: ['RU'], sources: [],
});
const byDomain: Evidence = { kind: 'domain', detail: 'rferl.org', listId: 'ru-undesirable', entryId: 'rferl' };
const rferl = { matches: [match('ru-undesirable', 'rferl')], evidence: [byDomain] };
const account = (detail: string): Evidence => ({ kind: 'account', detail, listId: 'ru-undesirable', entryId: 'tv-rain' });
/** TV Rain's channel, in both forms YouTube gives it. */
const tvRainChannel = {
  matches: [match('ru-undesirable', 'tv-rain')],
  evidence: [account('youtube.com/@tvrain'), account('youtube.com/channel/ucdubeloloxr3wzwjg9x8yqq')],
};
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
    const two = { matches: [match('ru-undesirable', 'rferl'), match('by-extremist', 'radio-svaboda')], evidence: [byDomain] };
    expect(isNoticeDismissed(dismissed, [], 'www.svaboda.org', two)).toBe(false);
    expect(isNoticeDismissed(dismissed, [], 'www.svaboda.org', { matches: [], evidence: [] })).toBe(false);
  });

  it('on a platform, follows the dismissed account, in every form the page gave it, and nothing wider', () => {
    const dismissed = settings({ dismissedAccounts: ['youtube.com/@tvrain', 'youtube.com/channel/ucdubeloloxr3wzwjg9x8yqq'] });
    expect(isNoticeDismissed(dismissed, [], 'www.youtube.com', tvRainChannel)).toBe(true);
    // One form dismissed, the page showing the other too: still shown.
    expect(isNoticeDismissed(settings({ dismissedAccounts: ['youtube.com/@tvrain'] }), [], 'www.youtube.com', tvRainChannel)).toBe(false);
    // Another account of the same organization, and the organization's own site, keep their notice.
    const telegram = { matches: [match('ru-undesirable', 'tv-rain')], evidence: [account('t.me/tvrain')] };
    expect(isNoticeDismissed(dismissed, [], 't.me', telegram)).toBe(false);
    const site = { matches: [match('ru-undesirable', 'tv-rain')], evidence: [{ ...byDomain, detail: 'tvrain.tv', entryId: 'tv-rain' }] };
    expect(isNoticeDismissed(dismissed, [], 'tvrain.tv', site)).toBe(false);
    // A page flagged by its domain as well is never hidden by an account dismissal.
    const both = { ...tvRainChannel, evidence: [...tvRainChannel.evidence, { ...byDomain, detail: 'tvrain.tv' }] };
    expect(isNoticeDismissed(dismissed, [], 'tvrain.tv', both)).toBe(false);
    // Dismissing the organization still covers its accounts.
    expect(isNoticeDismissed(settings({ dismissedOrganizations: ['ru-undesirable/tv-rain'] }), [], 'www.youtube.com', tvRainChannel)).toBe(true);
  });
});
