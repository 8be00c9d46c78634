import { describe, expect, it } from 'vitest';
import { classifyUrl } from '../../../src/core/rules/match';
import { bundledIndex } from './helpers';

const flaggedEntry = (url: string) => classifyUrl(bundledIndex(), url).matches.map((match) => match.entryId);

describe('the bundled Russian list', () => {
  it.each([
    ['https://www.amnesty.org/en/latest/news/', 'amnesty-international'],
    ['https://www.hrw.org/europe/central-asia/russia', 'human-rights-watch'],
    ['https://www.transparency.org/en/cpi/2024', 'transparency-international'],
    ['https://www.greenpeace.org/international/', 'greenpeace-international'],
    ['https://news.yale.edu/2025/07/01/story', 'yale-university'],
    ['https://carnegieendowment.org/russia-eurasia', 'carnegie-endowment-for-international-peace'],
    ['https://www.youtube.com/@tvrain', 'tv-rain'],
    ['https://www.youtube.com/@TVRain/videos', 'tv-rain'],
    ['https://t.me/s/meduzalive', 'meduza'],
    ['https://vk.com/tvrain', 'tv-rain'],
  ])('flags %s as %s', (url, entryId) => {
    expect(flaggedEntry(url)).toEqual([entryId]);
  });

  it.each([
    'https://transparency.org.ru/',
    'https://wwf.ru/',
    'https://www.carnegie.org/',
    'https://novayagazeta.ru/',
    'https://t.me/svoboda_news',
    'https://www.youtube.com/@svoboda',
    'https://www.youtube.com/@tvrainbow',
    'https://www.tass.ru/politika/undesirable-organizations',
  ])('leaves the look-alike %s alone', (url) => {
    expect(flaggedEntry(url)).toEqual([]);
  });
});
