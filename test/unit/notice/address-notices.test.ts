import { describe, expect, it } from 'vitest';
import { addressNotices } from '../../../src/core/notice/address-notices';
import { buildNoticeModel } from '../../../src/core/notice/model';
import { assemblePreparedState, domainNoticeFor, domainNoticeKey } from '../../../src/core/notice/prepared-notice';
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
  const entry = prepared.domains[domain];
  return entry ? assemblePreparedState(entry, prepared.shared[entry.shared]) : null;
}

describe('addressNotices', () => {
  it('prepares, for each listed domain, the very state and notice the background gives its pages', () => {
    const prepared = addressNotices(index, DEFAULT_SETTINGS, 'ru');
    expect(Object.keys(prepared.domains)).toEqual(expect.arrayContaining(['rferl.org', 'meduza.io', 'svoboda.org', 'radiofarda.com']));
    const verdict = classifyUrl(index, 'https://www.rferl.org/a/some-article/1.html');
    expect(stateFor(prepared, 'rferl.org')).toEqual({ ...verdict, notice: buildNoticeModel(verdict, noticeTextsFor(verdict, 'ru'), 'ru') });
    expect(stateFor(prepared, 'rferl.org')?.notice.headline).toContain('Радио Свободная Европа');
    expect(prepared.domains['rferl.org']?.exceptHosts).toEqual([]);
  });

  it('stores what an organization’s domains share once', () => {
    const prepared = addressNotices(index, DEFAULT_SETTINGS, 'en');
    const rferlDomains = Object.entries(prepared.domains).filter(([, entry]) => entry.shared === prepared.domains['rferl.org']?.shared);
    expect(rferlDomains.length).toBeGreaterThan(20);
    expect(Object.keys(prepared.shared).length).toBeLessThan(Object.keys(prepared.domains).length / 2);
    expect(stateFor(prepared, 'svoboda.org')?.notice.evidence.join(' ')).toContain('svoboda.org');
    expect(stateFor(prepared, 'svoboda.org')?.evidence).toEqual([expect.objectContaining({ kind: 'domain', detail: 'svoboda.org' })]);
  });

  it('leaves out what the path decides, and what the reader dismissed or paused for good', () => {
    const plain = addressNotices(index, DEFAULT_SETTINGS, 'en');
    // t.me holds an account of Meduza; its other pages are not flagged.
    expect(Object.keys(plain.domains).some((host) => host === 't.me' || host.endsWith('.t.me'))).toBe(false);

    const settings: Settings = {
      ...DEFAULT_SETTINGS,
      siteExceptions: [
        { host: 'meduza.io', kind: 'dismissed', addedAt },
        { host: 'www.rferl.org', kind: 'paused', addedAt },
      ],
      dismissedOrganizations: ['ru-undesirable/the-insider'],
    };
    const prepared = addressNotices(index, settings, 'en');
    expect(prepared.domains['meduza.io']).toBeUndefined();
    expect(prepared.domains['theins.ru']).toBeUndefined();
    expect(prepared.domains['rferl.org']?.exceptHosts).toEqual(['www.rferl.org']);
  });

  it('follows the user rules, and leaves nested listed domains to the background', () => {
    const settings = withRules({
      extraDomains: { 'ru-undesirable/meduza': ['meduza-mirror.example', 'news.svoboda.org'] },
      disabledEntries: ['ru-undesirable/the-insider'],
    });
    const prepared = addressNotices(compileIndex(BUNDLED_LISTS, settings), settings, 'en');
    expect(stateFor(prepared, 'meduza-mirror.example')?.notice.headline).toContain('Meduza');
    expect(prepared.domains['theins.ru']).toBeUndefined();
    // news.svoboda.org names two organizations, svoboda.org one: neither is prepared.
    expect(prepared.domains['news.svoboda.org']).toBeUndefined();
    expect(prepared.domains['svoboda.org']).toBeUndefined();
  });

  it('stops at the limits of domains and bytes', () => {
    expect(Object.keys(addressNotices(index, DEFAULT_SETTINGS, 'en', { maxDomains: 3 }).domains)).toHaveLength(3);
    const small = addressNotices(index, DEFAULT_SETTINGS, 'en', { maxBytes: 20_000 });
    expect(JSON.stringify(small).length).toBeLessThanOrEqual(21_000);
    expect(Object.keys(small.domains).length).toBeGreaterThan(0);
  });
});

describe('reading a prepared notice', () => {
  const prepared = addressNotices(index, { ...DEFAULT_SETTINGS, siteExceptions: [{ host: 'www.rferl.org', kind: 'paused', addedAt }] }, 'en');
  const rferl = prepared.domains['rferl.org'];
  const meduza = prepared.domains['meduza.io'];

  it('gives the one stored entry among the host suffixes, unless the host is an exception', () => {
    expect(domainNoticeFor('pressroom.rferl.org', { [domainNoticeKey('rferl.org')]: rferl })).toEqual(rferl);
    expect(domainNoticeFor('www.rferl.org', { [domainNoticeKey('rferl.org')]: rferl })).toBeNull();
    expect(domainNoticeFor('rferl.org', {})).toBeNull();
  });

  it('leaves anything unclear to the background: two entries, other shapes, a missing shared part', () => {
    expect(domainNoticeFor('x.rferl.org', { a: rferl, b: meduza })).toBeNull();
    expect(domainNoticeFor('x.rferl.org', { a: { ...rferl, shared: 1 } })).toBeNull();
    expect(domainNoticeFor('x.rferl.org', { a: { ...rferl, exceptHosts: [1] } })).toBeNull();
    expect(domainNoticeFor('x.rferl.org', { a: 'rferl' })).toBeNull();
    expect(assemblePreparedState(rferl!, undefined)).toBeNull();
    expect(assemblePreparedState(rferl!, { ...prepared.shared[rferl!.shared], flagged: false })).toBeNull();
    expect(assemblePreparedState(rferl!, { ...prepared.shared[rferl!.shared], notice: null })).toBeNull();
  });
});
