import { describe, expect, it } from 'vitest';
import { classifyUrl, classifyUrls, matchAccountOnPage, matchUrl } from '../../../src/core/rules/match';
import { bundledIndex } from './helpers';

const index = bundledIndex();
const entryOf = (url: string) => classifyUrl(index, url).matches.map((match) => `${match.listId}/${match.entryId}`);

describe('classifyUrl by domain', () => {
  it.each([
    'https://www.rferl.org/a/russia-undesirable/32827808.html',
    'https://rferl.org',
    'http://pressroom.rferl.org/',
    'https://RFERL.ORG./x',
    'https://www.rferl.org.:443/x',
    'https://user:secret@rferl.org:8443/x?y#z',
    'https://ru.krymr.com/',
    'https://meduza.io/feature/2024/01/01/x',
  ])('flags %s', (url) => {
    expect(classifyUrl(index, url).flagged).toBe(true);
  });

  it.each([
    'https://notrferl.org/',
    'https://rferl.org.evil.com/',
    'https://rferl.org-mirror.net/',
    'https://example.com/?u=https://rferl.org/',
    'https://example.com/rferl.org/',
    'http://127.0.0.1/',
    'http://[::1]/',
    'ftp://rferl.org/',
    'file:///rferl.org/x',
    'javascript:alert(1)',
    'view-source:https://rferl.org/',
    'not a url',
    '',
  ])('does not flag %s', (url) => {
    expect(classifyUrl(index, url).flagged).toBe(false);
  });

  it('handles IDN hosts through punycode and never matches a look-alike in another script', () => {
    // Cyrillic "е" and "о" in place of the Latin letters.
    expect(classifyUrl(index, 'https://rfеrl.оrg/').flagged).toBe(false);
    expect(classifyUrl(index, 'https://bücher.example/').flagged).toBe(false);
  });

  it('says which entry, list and jurisdiction matched and why', () => {
    const verdict = classifyUrl(index, 'https://www.svoboda.org/a/1.html');
    expect(verdict.matches).toHaveLength(1);
    expect(verdict.matches[0]).toMatchObject({
      listId: 'ru-undesirable',
      entryId: 'rferl',
      listedOn: '2024-02-20',
      decidedOn: '2024-02-02',
      registerEntry: '142',
      jurisdictions: ['RU'],
      verified: true,
    });
    expect(verdict.evidence).toEqual([{ kind: 'domain', detail: 'svoboda.org', listId: 'ru-undesirable', entryId: 'rferl' }]);
    expect(verdict.lists).toEqual(['ru-undesirable']);
    expect(verdict.jurisdictions).toEqual(['RU']);
    expect(verdict.noticeMode).toBe('banner');
    expect(verdict.acts?.donate).toBe('block');
    expect(verdict.acts?.read).toBe('none');
    expect(verdict.matches[0]?.lawSummary?.ru).toMatch(/Чтение не наказуемо/);
    expect(verdict.matches[0]?.noticeTexts?.headline?.en).toContain('{organization}');
  });
});

describe('classifyUrl by account', () => {
  it.each([
    'https://t.me/meduzalive',
    'https://t.me/meduzalive/',
    'https://t.me/meduzalive/12345',
    'https://t.me/MeduzaLive/12345?single',
    'https://t.me/s/meduzalive',
    'https://t.me/s/meduzalive/12345',
    'https://telegram.me/meduzalive',
    'https://www.t.me/meduzalive',
  ])('flags %s as Meduza', (url) => {
    expect(entryOf(url)).toEqual(['ru-undesirable/meduza']);
    expect(classifyUrl(index, url).evidence[0]?.kind).toBe('account');
  });

  it.each(['https://t.me/meduzalivex', 'https://t.me/', 'https://t.me/s/', 'https://t.me/share/url?url=x', 'https://t.me/x/meduzalive'])(
    'does not flag %s',
    (url) => {
      expect(classifyUrl(index, url).flagged).toBe(false);
    },
  );
});

describe('matchUrl', () => {
  it('never throws on odd input', () => {
    for (const input of [null, undefined, 42, {}, 'http://', 'https://.', 'https://..', 'http://a..b/']) {
      expect(() => matchUrl(index, input as unknown as string)).not.toThrow();
    }
  });
});

describe('classifyUrls', () => {
  it('answers each URL in order, sharing the work per host', () => {
    const urls = [
      'https://www.rferl.org/a',
      'https://example.com/',
      'https://www.rferl.org/b',
      'https://t.me/meduzalive/1',
      'https://t.me/durov',
      'mailto:x@rferl.org',
      'https://t.me/theinsider',
    ];
    const results = classifyUrls(index, urls);
    expect(results).toHaveLength(urls.length);
    expect(results[0]).toEqual({ kind: 'domain', organizations: [expect.objectContaining({ entryId: 'rferl' })] });
    expect(results[1]).toBeNull();
    expect(results[2]).toBe(results[0]);
    expect(results[3]).toMatchObject({ kind: 'account', organizations: [{ entryId: 'meduza' }] });
    expect(results[4]).toBeNull();
    expect(results[5]).toBeNull();
    expect(results[6]).toMatchObject({ kind: 'account', organizations: [{ entryId: 'the-insider' }] });
  });
});

describe('the account whose content a platform page shows', () => {
  const watch = 'https://www.youtube.com/watch?v=rain0000001';

  it('flags a video of a listed channel, by handle or by channel id, with account evidence', () => {
    for (const account of ['/@tvrain', '/channel/UCdubelOloxR3wzwJG9x8YqQ']) {
      const verdict = classifyUrl(index, watch, [account]);
      expect(verdict.flagged).toBe(true);
      expect(verdict.matches.map((m) => m.entryId)).toEqual(['tv-rain']);
      expect(verdict.evidence.every((e) => e.kind === 'account')).toBe(true);
    }
    expect(matchAccountOnPage(index, 'https://m.youtube.com/shorts/x', ['/@TVRain'])).toHaveLength(1);
  });

  it('never flags a neutral channel with a similar name, nor the platform without an account', () => {
    expect(classifyUrl(index, watch, ['/@tvrainbow']).flagged).toBe(false);
    expect(classifyUrl(index, watch).flagged).toBe(false);
  });

  it('counts only accounts of the page\'s own platform: no domain, no other host can be claimed', () => {
    expect(matchAccountOnPage(index, 'https://news.example.com/', ['/@tvrain'])).toEqual([]);
    expect(matchAccountOnPage(index, 'https://t.me/s/x', ['/@tvrain'])).toEqual([]);
    expect(matchAccountOnPage(index, watch, ['meduza.io'])).toEqual([]);
    expect(matchAccountOnPage(index, watch, ['//meduza.io/'])).toEqual([]);
    expect(matchAccountOnPage(index, watch, ['/@tvrain?x=1'])).toEqual([]);
    expect(matchAccountOnPage(index, watch, [`/@${'a'.repeat(300)}`])).toEqual([]);
    expect(matchAccountOnPage(index, watch, [42])).toEqual([]);
    expect(matchAccountOnPage(index, watch, '/@tvrain')).toEqual([]);
    // At most a few forms of one account: a page cannot try a whole list of them.
    expect(matchAccountOnPage(index, watch, ['/@a', '/@b', '/@c', '/@d', '/@tvrain'])).toEqual([]);
  });
});

describe('platform content named by its address alone', () => {
  it.each([
    ['https://x.com/tvrain/status/1850000000000000000', 'tv-rain'],
    ['https://twitter.com/tvrain/status/1850000000000000000', 'tv-rain'],
    ['https://www.facebook.com/tvrain/posts/pfbid0abc', 'tv-rain'],
    ['https://ok.ru/meduzaproject/topic/157000000000', 'meduza'],
    ['https://t.me/meduzalive/12345', 'meduza'],
    ['https://t.me/s/meduzalive/12345', 'meduza'],
    ['https://vk.com/tvrain', 'tv-rain'],
    ['https://vk.ru/public12637912', 'rferl'],
  ])('%s', (url, entry) => {
    expect(classifyUrl(index, url).matches.map((m) => m.entryId)).toEqual([entry]);
  });

  it('Telegram Web counts as t.me for the chat its adapter names, and its address alone flags nothing', () => {
    expect(classifyUrl(index, 'https://web.telegram.org/k/#@meduzalive').flagged).toBe(false);
    expect(classifyUrl(index, 'https://web.telegram.org/k/', ['/meduzalive']).matches.map((m) => m.entryId)).toEqual(['meduza']);
  });

  it('a neutral account with a similar name is not flagged', () => {
    for (const url of ['https://x.com/tvrainbow/status/1', 'https://t.me/meduzalive_fan', 'https://vk.com/tvrain2']) {
      expect(classifyUrl(index, url).flagged).toBe(false);
    }
  });
});
