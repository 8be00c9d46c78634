import { describe, expect, it } from 'vitest';
import { addressNotices } from '../../../src/core/notice/address-notices';
import { addressNoticeFor, addressNoticeKey } from '../../../src/core/notice/prepared-notice';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrl } from '../../../src/core/rules/match';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/defaults';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import { buildNoticeModel } from '../../../src/core/notice/model';
import { noticeTextsFor } from '../../../src/core/notice/texts';

const addedAt = '2026-01-01T00:00:00.000Z';
const withRules = (userRules: Partial<Settings['userRules']>): Settings =>
  ({ ...DEFAULT_SETTINGS, userRules: { ...DEFAULT_SETTINGS.userRules, ...userRules } });
const index = compileIndex(BUNDLED_LISTS, DEFAULT_SETTINGS);

describe('addressNotices', () => {
  it('prepares, for each listed domain, the very state and notice the background gives its pages', () => {
    const prepared = addressNotices(index, DEFAULT_SETTINGS, [], 'ru');
    expect(Object.keys(prepared)).toEqual(expect.arrayContaining(['rferl.org', 'meduza.io', 'svoboda.org', 'radiofarda.com']));
    const verdict = classifyUrl(index, 'https://www.rferl.org/a/some-article/1.html');
    const { exceptHosts, notice, ...preparedVerdict } = prepared['rferl.org']!;
    expect(preparedVerdict).toEqual(verdict);
    expect(notice).toEqual(buildNoticeModel(verdict, noticeTextsFor(verdict, 'ru'), 'ru'));
    expect(notice.headline).toContain('Радио Свободная Европа');
    expect(exceptHosts).toEqual([]);
  });

  it('leaves out what the path decides, and what the reader dismissed or paused', () => {
    const plain = addressNotices(index, DEFAULT_SETTINGS, [], 'en');
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
    const prepared = addressNotices(index, settings, ['ru.krymr.com'], 'en');
    expect(prepared['meduza.io']).toBeUndefined();
    expect(prepared['theins.ru']).toBeUndefined();
    expect(prepared['rferl.org']?.exceptHosts).toEqual(['www.rferl.org']);
    expect(prepared['krymr.com']?.exceptHosts).toEqual(['ru.krymr.com']);
  });

  it('follows the user rules: a domain added to an entry, an entry disabled', () => {
    const settings = withRules({
      extraDomains: { 'ru-undesirable/meduza': ['meduza-mirror.example'] },
      disabledEntries: ['ru-undesirable/rferl'],
    });
    const prepared = addressNotices(compileIndex(BUNDLED_LISTS, settings), settings, [], 'en');
    expect(prepared['meduza-mirror.example']?.notice.headline).toContain('Meduza');
    expect(prepared['rferl.org']).toBeUndefined();
  });

  it('stops at the limit', () => {
    expect(Object.keys(addressNotices(index, DEFAULT_SETTINGS, [], 'en', 3))).toHaveLength(3);
  });
});

describe('addressNoticeFor', () => {
  const prepared = addressNotices(index, { ...DEFAULT_SETTINGS, siteExceptions: [{ host: 'www.rferl.org', kind: 'paused', addedAt }] }, [], 'en');
  const rferl = prepared['rferl.org'];
  const meduza = prepared['meduza.io'];

  it('gives the one stored notice among the host suffixes, unless the host is an exception', () => {
    expect(addressNoticeFor('pressroom.rferl.org', { [addressNoticeKey('rferl.org')]: rferl })).toEqual(rferl);
    expect(addressNoticeFor('www.rferl.org', { [addressNoticeKey('rferl.org')]: rferl })).toBeNull();
    expect(addressNoticeFor('rferl.org', {})).toBeNull();
  });

  it('leaves anything unclear to the background: two entries, other shapes', () => {
    expect(addressNoticeFor('x.rferl.org', { a: rferl, b: meduza })).toBeNull();
    expect(addressNoticeFor('x.rferl.org', { a: { ...rferl, flagged: false } })).toBeNull();
    expect(addressNoticeFor('x.rferl.org', { a: { ...rferl, notice: null } })).toBeNull();
    expect(addressNoticeFor('x.rferl.org', { a: { ...rferl, exceptHosts: [1] } })).toBeNull();
    expect(addressNoticeFor('x.rferl.org', { a: 'rferl' })).toBeNull();
  });
});
