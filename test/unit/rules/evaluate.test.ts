import { describe, expect, it } from 'vitest';
import { evaluateSignals } from '../../../src/core/signals/evaluate';
import { sanitizePageSignals, type PageSignals } from '../../../src/core/signals/types';
import { bundledIndex } from './helpers';

const index = bundledIndex();
const none: PageSignals = { canonicalHost: null, ogUrlHost: null, siteNames: [], publishers: [], disclaimers: [] };
const flaggedEntries = (signals: Partial<PageSignals>) =>
  [...new Set(evaluateSignals({ ...none, ...signals }, index).map(({ entry }) => index.entries[entry]?.entryId))];

describe('evaluateSignals', () => {
  it('flags a canonical or og:url host on a list, normalizing it', () => {
    expect(flaggedEntries({ canonicalHost: 'WWW.Meduza.IO.' })).toEqual(['meduza']);
    expect(flaggedEntries({ ogUrlHost: 'theins.ru' })).toEqual(['the-insider']);
    expect(flaggedEntries({ canonicalHost: 'notmeduza.io' })).toEqual([]);
  });

  it('matches site names and publishers exactly after normalization, not as substrings', () => {
    const disclaimer = { region: 'body-tail' as const, text: 'признано «нежелательной организацией»' };
    expect(flaggedEntries({ siteNames: ['  MEDUZA '], disclaimers: [disclaimer] })).toEqual(['meduza']);
    expect(flaggedEntries({ siteNames: ['Радио Свобода'], disclaimers: [disclaimer] })).toEqual(['rferl']);
    expect(flaggedEntries({ siteNames: ['Радио Свободная Европа/Радио Свобода'], disclaimers: [disclaimer] })).toEqual(['rferl']);
    expect(flaggedEntries({ siteNames: ['Meduza Fan Club'], disclaimers: [disclaimer] })).toEqual([]);
    expect(flaggedEntries({ publishers: ['The Insiders'], disclaimers: [disclaimer] })).toEqual([]);
  });

  it('flags a chrome disclaimer that names one organization on a page that claims no identity', () => {
    const footer = { region: 'footer' as const, text: 'The Insider признан нежелательной организацией' };
    expect(flaggedEntries({ disclaimers: [footer] })).toEqual(['the-insider']);
    // The same footer on a site that names itself otherwise is a mention of someone else.
    expect(flaggedEntries({ siteNames: ['Городские новости'], disclaimers: [footer] })).toEqual([]);
    // At the end of the body (not chrome) it is too weak alone.
    expect(flaggedEntries({ disclaimers: [{ ...footer, region: 'body-tail' }] })).toEqual([]);
  });

  it('does not flag a disclaimer naming only another organization than the site’s own', () => {
    const footer = { region: 'footer' as const, text: 'The Insider признан нежелательной организацией' };
    expect(flaggedEntries({ siteNames: ['Meduza'], disclaimers: [footer] })).toEqual([]);
  });

  it('does not count a disclaimer whose phrase is missing (signals come from a message)', () => {
    expect(flaggedEntries({ siteNames: ['Meduza'], disclaimers: [{ region: 'footer', text: 'Meduza' }] })).toEqual([]);
  });

  it('never reads brand names that are common words inside a disclaimer, only as a site’s whole name', () => {
    const footer = (text: string) => ({ region: 'footer' as const, text });
    expect(flaggedEntries({ disclaimers: [footer('В настоящее время наш проект не связан с нежелательными организациями')] })).toEqual([]);
    expect(flaggedEntries({ disclaimers: [footer('Дождь не помешал: «нежелательная организация» — тема выпуска')] })).toEqual([]);
    const disclaimer = { region: 'body-tail' as const, text: 'признано «нежелательной организацией»' };
    expect(flaggedEntries({ siteNames: ['Настоящее Время'], disclaimers: [disclaimer] })).toEqual(['rferl']);
    expect(flaggedEntries({ siteNames: ['Дождь'], disclaimers: [disclaimer] })).toEqual(['tv-rain']);
  });

  it('finds names as whole words only', () => {
    const footer = (text: string) => ({ region: 'footer' as const, text });
    expect(flaggedEntries({ disclaimers: [footer('Meduzas are undesirable organizations')] })).toEqual([]);
    expect(flaggedEntries({ disclaimers: [footer('«Медуза» признана нежелательной организацией')] })).toEqual(['meduza']);
  });
});

describe('sanitizePageSignals', () => {
  it('keeps the expected shape and caps sizes', () => {
    const signals = sanitizePageSignals({
      canonicalHost: 'a'.repeat(1000),
      ogUrlHost: 5,
      siteNames: Array.from({ length: 50 }, (_, i) => `name ${i}`),
      publishers: [1, 'P'],
      disclaimers: [{ region: 'article', text: 'x' }, { region: 'footer', text: 'y'.repeat(5000) }],
    });
    expect(signals.canonicalHost).toHaveLength(253);
    expect(signals.ogUrlHost).toBeNull();
    expect(signals.siteNames).toHaveLength(8);
    expect(signals.publishers).toEqual(['P']);
    expect(signals.disclaimers).toEqual([{ region: 'footer', text: 'y'.repeat(600) }]);
  });
});
