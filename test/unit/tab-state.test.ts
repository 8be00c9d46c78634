import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/defaults';
import {
  isPausedOn,
  mergeTabRecords,
  recordAfterNavigation,
  tabIdOfKey,
  tabRecordKey,
  tabRecordOf,
  toolbarState,
  withPause,
  withoutPause,
  type TabRecord,
} from '../../src/core/tab-state';
import { NOT_FLAGGED, type Verdict, type VerdictMatch } from '../../src/core/verdict';

const RFERL: VerdictMatch = {
  listId: 'ru-undesirable',
  entryId: 'rferl',
  organization: { en: 'Radio Free Europe/Radio Liberty', ru: 'Радио Свободная Европа/Радио Свобода' },
  jurisdictions: ['RU'],
  listedOn: '2024-02-20',
  sources: [{ publisher: 'RFE/RL' }],
  listTitle: { en: 'Undesirable organizations (Russia)' },
  lawSummary: { en: 'A long text the toolbar does not need.' },
};
const byDomain: Verdict = {
  flagged: true,
  matches: [RFERL],
  evidence: [{ kind: 'domain', detail: 'rferl.org', listId: 'ru-undesirable', entryId: 'rferl' }],
};
const byDisclaimer: Verdict = {
  flagged: true,
  matches: [{ ...RFERL, entryId: 'meduza', organization: { en: 'Meduza' } }],
  evidence: [{ kind: 'disclaimer', detail: 'Meduza', listId: 'ru-undesirable', entryId: 'meduza' }],
};

function record(url: string, verdict: Verdict): TabRecord {
  const result = tabRecordOf(url, verdict);
  if (!result) throw new Error(`no record for ${url}`);
  return result;
}

function settingsWith(overrides: Partial<Settings>): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...overrides };
}

describe('tab records', () => {
  it('keep what the toolbar and popup explain, without fragment or the long texts', () => {
    const result = record('https://www.rferl.org/a/article.html#comments', byDomain);
    expect(result).toEqual({
      url: 'https://www.rferl.org/a/article.html',
      host: 'www.rferl.org',
      flagged: true,
      matches: [
        {
          listId: 'ru-undesirable',
          entryId: 'rferl',
          organization: RFERL.organization,
          jurisdictions: ['RU'],
          listTitle: RFERL.listTitle,
          listedOn: '2024-02-20',
        },
      ],
      evidence: byDomain.evidence,
    });
  });

  it('exist only for web pages on named hosts', () => {
    expect(tabRecordOf('chrome://newtab/', byDomain)).toBeNull();
    expect(tabRecordOf('http://127.0.0.1/', byDomain)).toBeNull();
    expect(tabRecordOf('https://news.example.com/', NOT_FLAGGED)?.flagged).toBe(false);
  });

  it('are stored under one key per tab', () => {
    expect(tabIdOfKey(tabRecordKey(42))).toBe(42);
    expect(tabIdOfKey('settings.language')).toBeNull();
    expect(tabIdOfKey('tab.x')).toBeNull();
  });
});

describe('merging two answers about a tab', () => {
  const url = 'https://news.example.com/story';

  it('keeps an earlier flag when a later answer for the same page found nothing', () => {
    const merged = mergeTabRecords(record(url, byDisclaimer), record(url, NOT_FLAGGED));
    expect(merged.flagged).toBe(true);
    expect(merged.matches.map((match) => match.entryId)).toEqual(['meduza']);
  });

  it('joins the organizations and evidence of both, each once', () => {
    const first = mergeTabRecords(record(url, byDomain), record(url, byDisclaimer));
    const again = mergeTabRecords(first, record(url, byDisclaimer));
    expect(again.matches.map((match) => match.entryId)).toEqual(['rferl', 'meduza']);
    expect(again.evidence).toHaveLength(2);
  });

  it('replaces the record of another page', () => {
    const merged = mergeTabRecords(record(url, byDisclaimer), record('https://news.example.com/other', NOT_FLAGGED));
    expect(merged.flagged).toBe(false);
  });
});

describe('a tab moving to another address', () => {
  const article = record('https://www.rferl.org/a/article.html', byDomain);

  it('keeps the record for the same page and for a new fragment', () => {
    expect(recordAfterNavigation(article, 'https://www.rferl.org/a/article.html')).toBe(article);
    expect(recordAfterNavigation(article, 'https://www.rferl.org/a/article.html#top')).toBe(article);
  });

  it('keeps a host-wide flag on another path of the same host', () => {
    expect(recordAfterNavigation(article, 'https://www.rferl.org/b')).toEqual({ ...article, url: 'https://www.rferl.org/b' });
  });

  it('drops a flag that rested on the page itself when the path changes', () => {
    const story = record('https://news.example.com/story', byDisclaimer);
    expect(recordAfterNavigation(story, 'https://news.example.com/other')).toBeNull();
  });

  it('drops the record on another host or on an address the extension may not read', () => {
    expect(recordAfterNavigation(article, 'https://news.example.com/')).toBeNull();
    expect(recordAfterNavigation(article, undefined)).toBeNull();
  });
});

describe('pausing on a site', () => {
  const now = new Date('2026-03-01T10:00:00Z');

  it('covers the site and its other hosts, not look-alike hosts', () => {
    const paused = withPause(settingsWith({}), 'www.rferl.org', now);
    expect(paused.siteExceptions).toEqual([{ host: 'rferl.org', kind: 'paused', addedAt: '2026-03-01T00:00:00.000Z' }]);
    expect(isPausedOn('www.rferl.org', paused.siteExceptions)).toBe(true);
    expect(isPausedOn('rferl.org', paused.siteExceptions)).toBe(true);
    expect(isPausedOn('notrferl.org', paused.siteExceptions)).toBe(false);
  });

  it('is added once and removed whole, leaving dismissals alone', () => {
    const dismissed = { host: 'rferl.org', kind: 'dismissed' as const, addedAt: now.toISOString() };
    const once = withPause(withPause(settingsWith({ siteExceptions: [dismissed] }), 'rferl.org', now), 'www.rferl.org', now);
    expect(once.siteExceptions).toHaveLength(2);
    expect(withoutPause(once, 'www.rferl.org').siteExceptions).toEqual([dismissed]);
  });

  it('does not count a dismissed notice as a pause', () => {
    expect(isPausedOn('rferl.org', [{ host: 'rferl.org', kind: 'dismissed', addedAt: now.toISOString() }])).toBe(false);
  });
});

describe('the toolbar state', () => {
  const flagged = record('https://www.rferl.org/a/article.html', byDomain);

  it('marks a flagged tab with the flagged icon and a badge', () => {
    expect(toolbarState(flagged, settingsWith({}))).toEqual({ icon: 'flagged', badge: '!', title: 'flagged' });
  });

  it('shows the normal icon elsewhere', () => {
    expect(toolbarState(undefined, settingsWith({}))).toEqual({ icon: 'normal', badge: '', title: 'clear' });
    const neutral = record('https://news.example.com/', NOT_FLAGGED);
    expect(toolbarState(neutral, settingsWith({}))).toEqual({ icon: 'normal', badge: '', title: 'clear' });
  });

  it('does not flag a paused site', () => {
    const paused = withPause(settingsWith({}), 'www.rferl.org', new Date());
    expect(toolbarState(flagged, paused)).toEqual({ icon: 'normal', badge: '', title: 'paused' });
  });

  it('says nothing in the low-visibility mode', () => {
    expect(toolbarState(flagged, settingsWith({ lowVisibility: true }))).toEqual({ icon: 'normal', badge: '', title: 'neutral' });
  });
});
