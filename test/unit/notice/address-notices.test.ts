import { describe, expect, it } from 'vitest';
import { addressNotices } from '../../../src/core/notice/address-notices';
import { buildNoticeModel } from '../../../src/core/notice/model';
import { domainNoticeKey, preparedStateFor } from '../../../src/core/notice/prepared-notice';
import { noticeTextsFor } from '../../../src/core/notice/texts';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrl } from '../../../src/core/rules/match';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/defaults';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

const addedAt = '2026-01-01T00:00:00.000Z';
const withRules = (userRules: Partial<Settings['userRules']>): Settings =>
  ({ ...DEFAULT_SETTINGS, userRules: { ...DEFAULT_SETTINGS.userRules, ...userRules } });
const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);

function stateFor(prepared: ReturnType<typeof addressNotices>, domain: string) {
  return preparedStateFor(domain, { [domainNoticeKey(domain)]: prepared[domain] });
}

describe('addressNotices', () => {
  it('prepares, for each listed domain, the notice and verdict the background gives its pages', () => {
    const prepared = addressNotices(index, DEFAULT_SETTINGS, 'ru');
    expect(Object.keys(prepared)).toEqual(expect.arrayContaining(['rferl.org', 'meduza.io', 'svoboda.org', 'radiofarda.com']));
    const verdict = classifyUrl(index, 'https://www.rferl.org/a/some-article/1.html');
    const state = stateFor(prepared, 'rferl.org')!;
    expect(state.notice).toEqual(buildNoticeModel(verdict, noticeTextsFor(verdict, 'ru'), 'ru'));
    expect(state.notice.headline).toContain('Радио Свободная Европа');
    // Of the verdict, all but what the page never uses of each match (sources, law, list texts).
    const { matches, notice: _notice, ...rest } = state;
    const { matches: fullMatches, ...fullRest } = verdict;
    expect(rest).toEqual(fullRest);
    expect(matches).toEqual(fullMatches.map((match) => ({
      listId: match.listId, entryId: match.entryId, organization: match.organization,
      jurisdictions: match.jurisdictions, listTitle: match.listTitle, sources: [],
    })));
    expect(prepared['rferl.org']?.exceptHosts).toEqual([]);
    expect(JSON.stringify(prepared['rferl.org']).length).toBeLessThan(5_000);
  });

  it('leaves out what the path decides, and what the reader dismissed or paused for good', () => {
    const plain = addressNotices(index, DEFAULT_SETTINGS, 'en');
    // t.me holds an account of Meduza; its other pages are not flagged.
    expect(Object.keys(plain).some((host) => host === 't.me' || host.endsWith('.t.me'))).toBe(false);

    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      siteExceptions: [
        { host: 'meduza.io', kind: 'dismissed', addedAt },
        { host: 'www.rferl.org', kind: 'paused', addedAt },
      ],
      dismissedOrganizations: ['ru-undesirable/the-insider'],
    };
    const prepared = addressNotices(index, settings, 'en');
    expect(prepared['meduza.io']).toBeUndefined();
    expect(prepared['theins.ru']).toBeUndefined();
    expect(prepared['rferl.org']?.exceptHosts).toEqual(['www.rferl.org']);
  });

  it('follows the user rules, and leaves nested listed domains to the background', () => {
    const settings = withRules({
      extraDomains: { 'ru-undesirable/meduza': ['meduza-mirror.example', 'news.svoboda.org'] },
      disabledEntries: ['ru-undesirable/the-insider'],
    });
    const prepared = addressNotices(compileIndex(BUNDLED_LISTS, settings), settings, 'en');
    expect(stateFor(prepared, 'meduza-mirror.example')?.notice.headline).toContain('Meduza');
    expect(prepared['theins.ru']).toBeUndefined();
    // news.svoboda.org names two organizations, svoboda.org one: neither is prepared.
    expect(prepared['news.svoboda.org']).toBeUndefined();
    expect(prepared['svoboda.org']).toBeUndefined();
  });

  it('stops at the limits of domains and bytes', () => {
    expect(Object.keys(addressNotices(index, DEFAULT_SETTINGS, 'en', { maxDomains: 3 }))).toHaveLength(3);
    const small = addressNotices(index, DEFAULT_SETTINGS, 'en', { maxBytes: 20_000 });
    expect(JSON.stringify(small).length).toBeLessThanOrEqual(20_000 + 100);
    expect(Object.keys(small).length).toBeGreaterThan(2);
  });
});

describe('reading a prepared notice', () => {
  const prepared = addressNotices(index, { ...DEFAULT_SETTINGS, siteExceptions: [{ host: 'www.rferl.org', kind: 'paused', addedAt }] }, 'en');
  const rferl = prepared['rferl.org']!;
  const meduza = prepared['meduza.io']!;
  const { exceptHosts: _exceptHosts, ...rferlState } = rferl;

  it('gives the one stored entry among the host suffixes, unless the host is an exception', () => {
    expect(preparedStateFor('pressroom.rferl.org', { [domainNoticeKey('rferl.org')]: rferl })).toEqual(rferlState);
    expect(preparedStateFor('www.rferl.org', { [domainNoticeKey('rferl.org')]: rferl })).toBeNull();
    expect(preparedStateFor('rferl.org', {})).toBeNull();
  });

  it('leaves anything unclear to the background: two entries, other shapes', () => {
    expect(preparedStateFor('x.rferl.org', { a: rferl, b: meduza })).toBeNull();
    expect(preparedStateFor('x.rferl.org', { a: { ...rferl, flagged: false } })).toBeNull();
    expect(preparedStateFor('x.rferl.org', { a: { ...rferl, notice: null } })).toBeNull();
    expect(preparedStateFor('x.rferl.org', { a: { ...rferl, exceptHosts: [1] } })).toBeNull();
    expect(preparedStateFor('x.rferl.org', { a: 'rferl' })).toBeNull();
  });
});
