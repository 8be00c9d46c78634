import { describe, expect, it } from 'vitest';
import { compileIndex, indexKey, isListActive } from '../../../src/core/rules/compile';
import { classifyUrl } from '../../../src/core/rules/match';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';
import type { RuleList } from '../../../src/core/rules/schema';
import { bundledIndex, bundledList, settingsWith, userEntry } from './helpers';

const flaggedIds = (index: ReturnType<typeof bundledIndex>, url: string) =>
  classifyUrl(index, url).matches.map((match) => `${match.listId}/${match.entryId}`);

describe('which lists are active', () => {
  const none = { russia: false, russianPassport: false, belarus: false, answered: true };

  it('activates ru-undesirable for Russia or a Russian passport, by-extremist for Belarus', () => {
    const ru = bundledList('ru-undesirable');
    const by = bundledList('by-extremist');
    expect(isListActive(ru, settingsWith({ jurisdictions: { ...none, russia: true } }))).toBe(true);
    expect(isListActive(ru, settingsWith({ jurisdictions: { ...none, russianPassport: true } }))).toBe(true);
    expect(isListActive(ru, settingsWith({ jurisdictions: { ...none, belarus: true } }))).toBe(false);
    expect(isListActive(by, settingsWith({ jurisdictions: { ...none, belarus: true } }))).toBe(true);
    expect(isListActive(by, settingsWith())).toBe(false);
  });

  it('lets the user enable and disable lists, disabling winning', () => {
    const by = bundledList('by-extremist');
    expect(isListActive(by, settingsWith({ userRules: { enabledLists: ['by-extremist'] } }))).toBe(true);
    expect(
      isListActive(by, settingsWith({ userRules: { enabledLists: ['by-extremist'], disabledLists: ['by-extremist'] } })),
    ).toBe(false);
  });

  it('matches svaboda.org on both lists only when Belarus applies', () => {
    expect(flaggedIds(bundledIndex(), 'https://www.svaboda.org/')).toEqual(['ru-undesirable/rferl']);
    const both = bundledIndex({ jurisdictions: { russia: true, russianPassport: true, belarus: true, answered: true } });
    expect(flaggedIds(both, 'https://www.svaboda.org/')).toEqual(['ru-undesirable/rferl', 'by-extremist/radio-svaboda']);
    const verdict = classifyUrl(both, 'https://www.svaboda.org/');
    expect(verdict.jurisdictions).toEqual(['RU', 'BY']);
    // The strictest over both lists: Belarus blocks subscribing and interrupts with an interstitial.
    expect(verdict.acts?.subscribe).toBe('block');
    expect(verdict.acts?.copy).toBe('confirm');
    expect(verdict.noticeMode).toBe('interstitial');
  });

  it('flags nothing when no jurisdiction applies', () => {
    expect(bundledIndex({ jurisdictions: none }).entries).toEqual([]);
  });
});

describe('the user layer', () => {
  it('disables one entry, keyed listId/entryId', () => {
    const index = bundledIndex({ userRules: { disabledEntries: ['ru-undesirable/meduza'] } });
    expect(classifyUrl(index, 'https://meduza.io/').flagged).toBe(false);
    expect(classifyUrl(index, 'https://t.me/meduzalive').flagged).toBe(false);
    expect(classifyUrl(index, 'https://rferl.org/').flagged).toBe(true);
  });

  it('adds a domain to a bundled entry', () => {
    const index = bundledIndex({ userRules: { extraDomains: { 'ru-undesirable/rferl': ['d1234.cloudfront.net'] } } });
    expect(flaggedIds(index, 'https://d1234.cloudfront.net/a/1.html')).toEqual(['ru-undesirable/rferl']);
    expect(classifyUrl(index, 'https://d9999.cloudfront.net/').flagged).toBe(false);
  });

  it('changes a list’s act policy and notice mode', () => {
    const index = bundledIndex({
      userRules: { actPolicies: { 'ru-undesirable': { donate: 'confirm', read: 'notice' } }, noticeModes: { 'ru-undesirable': 'interstitial' } },
    });
    const verdict = classifyUrl(index, 'https://meduza.io/');
    expect(verdict.acts).toMatchObject({ donate: 'confirm', read: 'notice', share: 'confirm' });
    expect(verdict.noticeMode).toBe('interstitial');
  });

  it('lets the global notice mode override every list', () => {
    const index = bundledIndex({ noticeMode: 'banner', jurisdictions: { russia: false, russianPassport: false, belarus: true, answered: true } });
    expect(classifyUrl(index, 'https://svaboda.org/').noticeMode).toBe('banner');
  });

  it('adds the user’s own entries as a list of their own, dropping invalid ones with a reason', () => {
    const index = bundledIndex({
      userRules: { entries: [userEntry('my-site', ['example.org'], 'My Site'), { id: 'Bad Id', names: {} }] },
    });
    const verdict = classifyUrl(index, 'https://news.example.org/');
    expect(verdict.matches).toMatchObject([{ listId: 'user', entryId: 'my-site', organization: { en: 'My Site' } }]);
    expect(verdict.acts?.read).toBe('none');
    expect(index.dropped).toHaveLength(1);
    expect(index.dropped[0]).toMatch(/^entries\.1: /);
  });

  it('keeps the user’s changes on a new version of a bundled list', () => {
    const settings = settingsWith({ userRules: { disabledEntries: ['ru-undesirable/meduza'], extraDomains: { 'ru-undesirable/rferl': ['mirror.example'] } } });
    const ru = bundledList('ru-undesirable');
    const newer = {
      ...ru,
      version: '2027-01-01',
      entries: ru.entries.map((entry) => (entry.id === 'rferl' ? { ...entry, domains: [...(entry.domains ?? []), 'zz-new-service.org'] } : entry)),
    };
    const index = compileIndex([newer], settings);
    expect(classifyUrl(index, 'https://meduza.io/').flagged).toBe(false);
    expect(classifyUrl(index, 'https://mirror.example/').flagged).toBe(true);
    expect(classifyUrl(index, 'https://zz-new-service.org/').flagged).toBe(true);
  });
});

describe('a list that cannot be compiled', () => {
  it.each([
    ['without a policy', (list: RuleList) => { const { policy: _policy, ...rest } = list; return rest; }, /noticeMode/],
    ['without entries', (list: RuleList) => { const { entries: _entries, ...rest } = list; return rest; }, /length/],
    ['with an entry without names', (list: RuleList) => ({ ...list, entries: [{ ...list.entries[0], names: undefined }] }), /./],
  ])('is left out and reported when %s, and the bundled lists still work', (_name, damage, reason) => {
    const broken = { ...damage(bundledList('ru-undesirable')), id: 'broken-copy' } as unknown as RuleList;
    const index = compileIndex([broken, ...BUNDLED_LISTS], settingsWith());
    expect(index.failedLists).toHaveLength(1);
    expect(index.failedLists[0]).toMatch(new RegExp(`^broken-copy: .*${reason.source}`));
    expect(index.lists['broken-copy']).toBeUndefined();
    expect(index).toEqual({ ...compileIndex(BUNDLED_LISTS, settingsWith()), key: index.key, failedLists: index.failedLists });
    expect(classifyUrl(index, 'https://www.rferl.org/').flagged).toBe(true);
  });

  it('never happens to a bundled list', () => {
    expect(compileIndex(BUNDLED_LISTS, settingsWith({ jurisdictions: { russia: true, russianPassport: true, belarus: true, answered: true } })).failedLists).toEqual([]);
  });
});

describe('the compiled index', () => {
  it('is plain JSON: a stored and reloaded copy classifies the same', () => {
    const index = bundledIndex({ jurisdictions: { russia: true, russianPassport: true, belarus: true, answered: true } });
    const reloaded = JSON.parse(JSON.stringify(index)) as typeof index;
    expect(reloaded).toEqual(index);
    for (const url of ['https://rferl.org/', 'https://t.me/s/meduzalive/1', 'https://svaboda.org/', 'https://example.com/']) {
      expect(classifyUrl(reloaded, url)).toEqual(classifyUrl(index, url));
    }
  });

  it('is not fooled by hosts named after Object.prototype', () => {
    const index = bundledIndex();
    for (const host of ['__proto__', 'constructor', 'hasownproperty', 'tostring.org']) {
      expect(classifyUrl(index, `https://${host}/`).flagged).toBe(false);
    }
  });

  it('has a key that changes with every input and only then', () => {
    const settings = settingsWith();
    const key = indexKey(BUNDLED_LISTS, settings);
    expect(indexKey(BUNDLED_LISTS, settingsWith())).toBe(key);
    expect(indexKey(BUNDLED_LISTS, settingsWith({ noticeMode: 'banner' }))).not.toBe(key);
    expect(indexKey(BUNDLED_LISTS, settingsWith({ userRules: { disabledEntries: ['a/b'] } }))).not.toBe(key);
    expect(indexKey(BUNDLED_LISTS.slice(0, 1), settings)).not.toBe(key);
    expect(compileIndex(BUNDLED_LISTS, settings).key).toBe(key);
  });
});
