import { describe, expect, it } from 'vitest';
import { buildNoticeModel, joinAlternatives } from '../../../src/core/notice/model';
import { noticeTextsFor, resolveNoticeTexts } from '../../../src/core/notice/texts';
import { classifyUrl } from '../../../src/core/rules/match';
import type { Verdict } from '../../../src/core/verdict';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/defaults';
import { bundledIndex } from '../rules/helpers';

const rferlVerdict = (): Verdict => classifyUrl(bundledIndex(), 'https://www.rferl.org/a/russia-article.html');

describe('buildNoticeModel', () => {
  it('tells an English reader who is listed, where, by whom, since when, and what is risky', () => {
    const verdict = rferlVerdict();
    const model = buildNoticeModel(verdict, noticeTextsFor(verdict, 'en'), 'en');
    expect(model.headline).toContain('Radio Free Europe/Radio Liberty');
    expect(model.headline).toContain('“undesirable organization” in Russia');
    expect(model.regionLabel).toBe('Legal risk warning: Radio Free Europe/Radio Liberty');
    expect(model.facts[0]).toMatch(/^Russia · Prosecutor General .* · listed on \w+ \d{1,2}, \d{4}$/);
    expect(model.risk).toMatch(/^Reading is not punished; sharing, liking, commenting.* or .* can be\.$/);
    expect(model.law).toContain('Art. 20.33');
    expect(model.penalties.some((line) => line.includes('5,000–15,000 RUB'))).toBe(true);
    expect(model.evidence[0]).toContain('rferl.org');
    expect(model.sources.length).toBeGreaterThan(0);
    expect(model.sources.every((source) => source.url === undefined || /^https?:\/\//.test(source.url))).toBe(true);
    expect(model.organizationKeys).toEqual(['ru-undesirable/rferl']);
    expect(model.mode).toBe('banner');
  });

  it('speaks Russian, Ukrainian and Belarusian with dates in that language', () => {
    const ru = buildNoticeModel(rferlVerdict(), noticeTextsFor(rferlVerdict(), 'ru'), 'ru');
    expect(ru.headline).toBe('Радио Свободная Европа/Радио Свобода — «нежелательная организация» в России');
    expect(ru.risk).toMatch(/^Чтение не наказуемо; наказать могут за репост, лайк/);
    expect(ru.facts[0]).toMatch(/^Россия · .* · в списке с \d{1,2} [а-я]+ \d{4}/);
    const uk = buildNoticeModel(rferlVerdict(), resolveNoticeTexts('uk'), 'uk');
    expect(uk.risk).toContain('або');
    expect(uk.facts[0]).toMatch(/^Росія/);
    const be = buildNoticeModel(rferlVerdict(), resolveNoticeTexts('be'), 'be');
    expect(be.whyToggle).toBe('Чаму я гэта бачу?');
    expect(be.facts[0]).toMatch(/^Расія/);
  });

  it('names as punishable only the acts the list’s law names, whatever the guards ask for', () => {
    const verdict = rferlVerdict();
    const strict = { ...verdict.acts!, copy: 'block', print: 'block', download: 'block', subscribe: 'block' } as const;
    const model = buildNoticeModel({ ...verdict, acts: strict }, resolveNoticeTexts('en'), 'en');
    expect(model.risk).toBe('Reading is not punished; sharing, liking, commenting, saving, donating or contacting can be.');
    expect(model.risk).not.toMatch(/copying|printing|downloading|subscribing/);
  });

  it('shows the law of each list on a page listed twice', () => {
    const index = bundledIndex({ jurisdictions: { ...DEFAULT_SETTINGS.jurisdictions, belarus: true, russia: true } });
    const verdict = classifyUrl(index, 'https://www.svaboda.org/a/article.html');
    expect(verdict.lists).toEqual(expect.arrayContaining(['ru-undesirable', 'by-extremist']));
    const model = buildNoticeModel(verdict, resolveNoticeTexts('en'), 'en');
    expect(model.law).toContain('Art. 20.33');
    expect(model.law).toContain('Art. 361-1');
    expect(model.lawSummary).toHaveLength(2);
  });

  it('says on a page listed twice what each list calls its organization, in each language', () => {
    const index = bundledIndex({ jurisdictions: { ...DEFAULT_SETTINGS.jurisdictions, belarus: true, russia: true } });
    const verdict = classifyUrl(index, 'https://www.svaboda.org/a/article.html');
    const en = buildNoticeModel(verdict, noticeTextsFor(verdict, 'en'), 'en');
    expect(en.headline).toBe('Radio Free Europe/Radio Liberty is an “undesirable organization” in Russia; '
      + 'Radio Svaboda is an “extremist formation” in Belarus');
    const ru = buildNoticeModel(verdict, noticeTextsFor(verdict, 'ru'), 'ru');
    expect(ru.headline).toMatch(/ — «нежелательная организация» в России; .+ — «экстремистское формирование» в Беларуси$/);
    // A headline the reader wrote is theirs for every list.
    const own = noticeTextsFor(verdict, 'en', { headline: { en: 'Careful: {organization} ({jurisdiction})' } });
    expect(buildNoticeModel(verdict, own, 'en').headline)
      .toBe('Careful: Radio Free Europe/Radio Liberty (Russia); Careful: Radio Svaboda (Belarus)');
    // A page on one list keeps the one headline.
    expect(buildNoticeModel(rferlVerdict(), noticeTextsFor(rferlVerdict(), 'en'), 'en').headline)
      .toBe('Radio Free Europe/Radio Liberty is an “undesirable organization” in Russia');
  });

  it('says per account when only third parties tie it to the organization', () => {
    const index = bundledIndex();
    const unverified = Object.keys(index.unverifiedAccounts)[0]!;
    const verdict = classifyUrl(index, `https://${unverified}`);
    const model = buildNoticeModel(verdict, resolveNoticeTexts('en'), 'en');
    // Shown with the facts, in plain view, not only in the details.
    expect(model.accounts).toEqual([expect.stringMatching(/^This account \(.+\) is linked to .+ by third-party lists only\.$/)]);
    expect(model.unverified).toEqual([]);
    // An account page is dismissed for that account or its organization, never for the whole platform.
    expect(model.dismissSite).toBe('');
    expect(model.dismissSession).toBe('');
    expect(model.dismissAccount).toBe('For this account');
    expect(model.accountKeys).toEqual([unverified]);
    expect(model.dismissOrganization).not.toBe('');
    // A site is dismissed as a site: no account to dismiss there.
    const site = buildNoticeModel(rferlVerdict(), resolveNoticeTexts('en'), 'en');
    expect(site.dismissAccount).toBe('');
    expect(site.accountKeys).toEqual([]);
    const verifiedAccount = Object.entries(index.accounts)
      .flatMap(([host, paths]) => Object.entries(paths).map(([path, entries]) => ({ account: host + path, entries })))
      .find(({ account, entries }) => !index.unverifiedAccounts[account] && entries.every((entry) => index.entries[entry]!.verified))
      ?.account;
    if (verifiedAccount === undefined) throw new Error('the bundled lists have no verified account of a verified entry');
    const verifiedModel = buildNoticeModel(classifyUrl(index, `https://${verifiedAccount}`), resolveNoticeTexts('en'), 'en');
    expect(verifiedModel.unverified).toEqual([]);
    expect(verifiedModel.accounts).toEqual([expect.stringMatching(/^The account .+ belongs to .+\.$/)]);
  });

  it('keeps values as text and drops source links that are not http(s)', () => {
    const verdict = rferlVerdict();
    const [match] = verdict.matches;
    const hostile: Verdict = {
      ...verdict,
      matches: [{ ...match!, organization: { en: '<b>Org</b>' }, sources: [{ publisher: 'X', url: 'javascript:alert(1)' }] }],
    };
    const model = buildNoticeModel(hostile, resolveNoticeTexts('en'), 'en');
    expect(model.regionLabel).toBe('Legal risk warning: <b>Org</b>');
    expect(model.sources).toEqual([{ text: 'X' }]);
  });

  it('follows the verdict’s notice mode unless told otherwise', () => {
    const verdict = { ...rferlVerdict(), noticeMode: 'interstitial' as const };
    expect(buildNoticeModel(verdict, resolveNoticeTexts('en'), 'en').mode).toBe('interstitial');
    expect(buildNoticeModel(verdict, resolveNoticeTexts('en'), 'en', 'banner').mode).toBe('banner');
  });
});

describe('joinAlternatives', () => {
  it('joins with the language’s "or"', () => {
    expect(joinAlternatives(['a', 'b', 'c'], 'en')).toBe('a, b or c');
    expect(joinAlternatives(['a', 'b'], 'ru')).toBe('a или b');
    expect(joinAlternatives(['a'], 'be')).toBe('a');
    expect(joinAlternatives([], 'uk')).toBe('');
  });
});
