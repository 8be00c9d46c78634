import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/core/i18n';
import { compileIndex } from '../../../src/core/rules/compile';
import { classifyUrl } from '../../../src/core/rules/match';
import type { Settings } from '../../../src/core/settings/defaults';
import { subscriptionKey } from '../../../src/core/settings/subscription-copy';
import { withoutTraces } from '../../../src/core/settings/traces';
import { tabRecordOf } from '../../../src/core/tab-state';
import { createFakeStorage, type FakeStorage } from '../../../src/platform/fake-storage';
import { createSettingsStore, type SettingsStore } from '../../../src/platform/settings-store';
import { Popup } from '../../../src/popup/app';
import type { PopupServices, PopupSubject } from '../../../src/popup/services';
import { POPUP_STRINGS } from '../../../src/popup/strings';
import { BUNDLED_LISTS } from '../../../src/rules/bundled';

const NOW = new Date('2026-03-10T12:00:00Z');
const RFERL_ARTICLE = 'https://www.rferl.org/a/russia-article.html';
const NEUTRAL_PAGE = 'https://news.example.com/';

interface Harness {
  storage: FakeStorage;
  store: SettingsStore;
  services: PopupServices;
  shownNotices: { tabId: number; host: string }[];
}

/** Real settings store on in-memory storage, real bundled lists and matcher; the tab is given. */
function harness(tab: { id: number; url?: string } | null, options: { noticeAnswers?: boolean; now?: Date } = {}): Harness {
  const storage = createFakeStorage();
  const store = createSettingsStore(storage);
  const shownNotices: { tabId: number; host: string }[] = [];
  const classify = async (url: string) => {
    const settings = await store.loadSettings();
    return classifyUrl(compileIndex(BUNDLED_LISTS, settings), url);
  };
  const services: PopupServices = {
    store,
    storage,
    bundledLists: BUNDLED_LISTS,
    preferredLanguages: ['en-US'],
    now: () => options.now ?? NOW,
    findTab: async () => tab,
    // The background keeps records of flagged pages only.
    async tabStatus(tabId) {
      if (tabId !== tab?.id || !tab.url) return null;
      const record = tabRecordOf(tab.url, await classify(tab.url));
      return record?.flagged ? record : null;
    },
    classify,
    async showNotice(tabId, host) {
      shownNotices.push({ tabId, host });
      return options.noticeAnswers ?? true;
    },
    // The settings part of the background's "Remove all traces"; its storage.session part is seen in the browser test.
    async removeTraces() {
      let removed = { paused: 0, dismissed: 0, allowedActs: 0 };
      await store.updateSettings((settings) => {
        const result = withoutTraces(settings);
        removed = result.removed;
        return result.settings;
      });
      return removed;
    },
    openOptions: vi.fn(),
  };
  return { storage, store, services, shownNotices };
}

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function show(services: PopupServices, subject: PopupSubject = { kind: 'tab' }) {
  render(<Popup services={services} subject={subject} />, container);
  await vi.waitFor(() => expect(container.querySelector('.status')?.textContent).not.toMatch(/…$/));
}

const text = () => container.textContent ?? '';
const buttons = () => [...container.querySelectorAll('button')].map((button) => button.textContent);
function button(label: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
  if (!found) throw new Error(`no button "${label}" among ${buttons().join(', ')}`);
  return found;
}

async function expectAccessible() {
  // jsdom has no layout, so colour contrast is left to the real-browser checks.
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

describe('the popup on a flagged site', () => {
  it('says which organization, on which list, since when and why', async () => {
    const { services } = harness({ id: 4, url: RFERL_ARTICLE });
    await show(services);
    expect(container.querySelector('.status')?.textContent).toBe(
      'This site belongs to an organization on a list that applies to you: Undesirable organizations (Russia).',
    );
    expect(text()).not.toMatch(/banned/i);
    expect(text()).toContain('Radio Free Europe/Radio Liberty');
    expect(text()).toContain('Undesirable organizations (Russia)');
    const rferl = BUNDLED_LISTS.flatMap((list) => list.entries).find((entry) => entry.id === 'rferl');
    const listedOn = rferl?.register?.registerDate ?? '';
    expect(text()).toContain(`Listed on${new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(listedOn))}`);
    expect(text()).toContain('The address of the site: rferl.org');
    expect(buttons()).toEqual(['Show the notice again', 'Pause on this site', 'Settings', 'Remove all traces']);
    await expectAccessible();
  });

  it('says per account when only third-party lists tie it to the organization', async () => {
    const { services } = harness({ id: 5, url: 'https://t.me/s/meduzalive' });
    await show(services);
    expect(text()).toContain('Meduza');
    const notes = [...container.querySelectorAll('.match .note')].map((note) => note.textContent);
    expect(notes).toEqual(['This account (t.me/meduzalive) is linked to the organization by third-party lists only.']);
  });

  it('says nothing of third parties for a verified account of an entry whose domain is verified', async () => {
    const { services } = harness({ id: 5, url: 'https://t.me/moscowtimes_ru' });
    await show(services);
    expect(text()).toContain('The Moscow Times');
    expect(container.querySelector('.match .note')).toBeNull();
  });

  it('pauses on the site, and resumes', async () => {
    const { services, store } = harness({ id: 4, url: RFERL_ARTICLE });
    await show(services);
    // Pausing first says what stops; Cancel changes nothing.
    button('Pause on this site').click();
    await vi.waitFor(() => expect(container.querySelector('#pause-explain')?.textContent).toContain('nothing asks you before you share'));
    button('Cancel').click();
    await vi.waitFor(() => expect(container.querySelector('#pause-explain')).toBeNull());
    expect((await store.loadSettings()).siteExceptions).toEqual([]);
    button('Pause on this site').click();
    await vi.waitFor(() => expect(container.querySelector('#pause-explain')).not.toBeNull());
    await expectAccessible();
    button('Pause').click();
    await vi.waitFor(() =>
      expect(container.querySelector('.status')?.textContent).toBe(
        'Warnings are paused on this site. It belongs to an organization on a list that applies to you: Undesirable organizations (Russia).',
      ),
    );
    expect((await store.loadSettings()).siteExceptions).toEqual([
      { host: 'rferl.org', kind: 'paused', addedAt: '2026-03-10T00:00:00.000Z' },
    ]);
    expect(buttons()).toEqual(['Resume on this site', 'Settings', 'Remove all traces']);

    button('Resume on this site').click();
    await vi.waitFor(() => expect(container.querySelector('.status')?.textContent).toMatch(/^This site belongs to an organization on a list that applies to you: /));
    expect((await store.loadSettings()).siteExceptions).toEqual([]);
  });

  it('on a platform account\'s page, pauses that account, never the whole platform', async () => {
    const { services, store } = harness({ id: 6, url: 'https://www.youtube.com/@tvrain' });
    await show(services);
    expect(buttons()).toContain('Pause for this account');
    expect(buttons()).not.toContain('Pause on this site');
    button('Pause for this account').click();
    await vi.waitFor(() => expect(container.querySelector('#pause-explain')?.textContent).toContain('Other accounts on this platform keep their warnings'));
    button('Pause').click();
    await vi.waitFor(() => expect(container.querySelector('.status')?.textContent).toMatch(/^Warnings are paused for this account\./));
    const paused = await store.loadSettings();
    expect(paused.pausedAccounts).toEqual(['youtube.com/@tvrain']);
    expect(paused.siteExceptions).toEqual([]);
    expect(buttons()).toEqual(['Resume for this account', 'Settings', 'Remove all traces']);
    button('Resume for this account').click();
    await vi.waitFor(() => expect(container.querySelector('.status')?.textContent).not.toMatch(/paused/));
    expect((await store.loadSettings()).pausedAccounts).toEqual([]);
  });

  it('removes all traces only after a confirmation, and says what it removed', async () => {
    const { services, store } = harness({ id: 2, url: NEUTRAL_PAGE });
    await store.updateSettings((settings) => ({
      ...settings,
      siteExceptions: [{ host: 'meduza.io', kind: 'paused', addedAt: NOW.toISOString() }, { host: 'rferl.org', kind: 'dismissed', addedAt: NOW.toISOString() }],
      dismissedAccounts: ['youtube.com/@tvrain'],
      actExceptions: [{ host: 'meduza.io', act: 'share' }],
    }));
    await show(services);
    button('Remove all traces').click();
    await vi.waitFor(() => expect(container.querySelector('#traces-explain')?.textContent).toContain('cannot be undone'));
    button('Cancel').click();
    await vi.waitFor(() => expect(container.querySelector('#traces-explain')).toBeNull());
    expect((await store.loadSettings()).actExceptions).toHaveLength(1);
    button('Remove all traces').click();
    await vi.waitFor(() => expect(container.querySelector('#traces-explain')).not.toBeNull());
    await expectAccessible();
    button('Remove').click();
    await vi.waitFor(() => expect(container.querySelector('.message')?.textContent)
      .toBe('Removed. Paused: 1; dismissed notices: 2; acts allowed without asking: 1.'));
    const after = await store.loadSettings();
    expect([after.siteExceptions, after.dismissedAccounts, after.actExceptions]).toEqual([[], [], []]);
  });

  it('asks the page to show the notice again, and says when the page does not answer', async () => {
    const answering = harness({ id: 4, url: RFERL_ARTICLE });
    await show(answering.services);
    button('Show the notice again').click();
    await vi.waitFor(() => expect(answering.shownNotices).toEqual([{ tabId: 4, host: 'www.rferl.org' }]));
    expect(container.querySelector('[role="status"]')?.textContent).toBe('');
    render(null, container);

    const silent = harness({ id: 4, url: RFERL_ARTICLE }, { noticeAnswers: false });
    await show(silent.services);
    button('Show the notice again').click();
    await vi.waitFor(() => expect(container.querySelector('[role="status"]')?.textContent).toBe(POPUP_STRINGS.en.showNoticeFailed));
  });

  it('opens the settings', async () => {
    const { services } = harness({ id: 4, url: RFERL_ARTICLE });
    await show(services);
    button('Settings').click();
    expect(services.openOptions).toHaveBeenCalledOnce();
  });
});

describe('the popup elsewhere', () => {
  it('says a neutral site is on no active list, with no site actions', async () => {
    const { services } = harness({ id: 2, url: NEUTRAL_PAGE });
    await show(services);
    expect(container.querySelector('.status')?.textContent).toBe('news.example.com is not on any of your active lists.');
    expect(buttons()).toEqual(['Settings', 'Remove all traces']);
    await expectAccessible();
  });

  it('says the extension does not check the browser’s own pages', async () => {
    const { services } = harness({ id: 3 });
    await show(services);
    expect(container.querySelector('.status')?.textContent).toBe(POPUP_STRINGS.en.unchecked);
  });

  it('checks a link from the context menu', async () => {
    const { services } = harness(null);
    await show(services, { kind: 'link', url: 'https://www.svoboda.org/a/1.html' });
    expect(container.querySelector('h1')?.textContent).toBe('Check this link');
    expect(container.querySelector('.status')?.textContent).toBe(
      'This link leads to an organization on a list that applies to you: Undesirable organizations (Russia).',
    );
    expect(text()).toContain('Radio Free Europe/Radio Liberty');
    expect(buttons()).toEqual(['Settings']);
    await expectAccessible();

    render(null, container);
    await show(services, { kind: 'link', url: NEUTRAL_PAGE });
    expect(container.querySelector('.status')?.textContent).toBe(POPUP_STRINGS.en.linkClear);
  });
});

describe('the age of the active lists', () => {
  it('gives the bundled list its date, and a subscription the days since its update', async () => {
    const { services, storage, store } = harness({ id: 2, url: NEUTRAL_PAGE });
    const listUrl = 'https://lists.example.org/list.json';
    const subscribed = { ...structuredClone(BUNDLED_LISTS[0]!), id: 'mirror', title: { en: 'Mirror list' } };
    await store.updateSettings((settings) => {
      settings.subscriptions.push(
        { url: listUrl, enabled: true, addedAt: '2026-03-01T00:00:00.000Z' },
        { url: 'https://lists.example.org/new.json', enabled: true, addedAt: '2026-03-10T00:00:00.000Z' },
      );
    });
    await storage.local.set({ [subscriptionKey(listUrl)]: { url: listUrl, list: subscribed, fetchedAt: '2026-03-07T09:00:00.000Z' } });
    await show(services);
    const ages = [...container.querySelectorAll('.lists li')].map((item) => item.textContent);
    const version = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!.version;
    const formatted = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(version));
    expect(ages).toEqual([
      `Undesirable organizations (Russia): bundled list of ${formatted}`,
      'Mirror list: updated 3 days ago',
      'https://lists.example.org/new.json: not fetched yet',
    ]);
  });

  it('hints calmly that a bundled list over 90 days old may miss new listings', async () => {
    const russian = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!;
    const day = (offset: number) => new Date(Date.parse(`${russian.version}T12:00:00Z`) + offset * 86_400_000);
    const hints = async (now: Date) => {
      const { services } = harness({ id: 2, url: NEUTRAL_PAGE }, { now });
      await show(services);
      const hint = container.querySelector('.lists .hint');
      render(null, container);
      return hint?.textContent ?? null;
    };
    expect(await hints(day(90))).toBeNull();
    expect(await hints(day(91))).toBe(POPUP_STRINGS.en.listStale);
  });

  it('shows a subscribed newer edition of a bundled list in its place, with no hint', async () => {
    const russian = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!;
    const now = new Date(Date.parse(`${russian.version}T00:00:00Z`) + 200 * 86_400_000);
    const { services, storage, store } = harness({ id: 2, url: NEUTRAL_PAGE }, { now });
    const listUrl = 'https://lists.example.org/ru.json';
    const edition = { ...structuredClone(russian), version: now.toISOString().slice(0, 10) };
    await store.updateSettings((settings) => {
      settings.subscriptions.push({ url: listUrl, enabled: true, addedAt: '2026-03-01T00:00:00.000Z' });
    });
    await storage.local.set({ [subscriptionKey(listUrl)]: { url: listUrl, list: edition, fetchedAt: now.toISOString() } });
    await show(services);
    const ages = [...container.querySelectorAll('.lists li')].map((item) => item.textContent);
    expect(ages).toEqual(['Undesirable organizations (Russia): updated today']);
    expect(container.querySelector('.lists .hint')).toBeNull();
  });

  it('says when no list is active', async () => {
    const { services, store } = harness({ id: 2, url: NEUTRAL_PAGE });
    await store.updateSettings((settings) => {
      settings.userRules.disabledLists.push('ru-undesirable');
    });
    await show(services);
    expect(text()).toContain(POPUP_STRINGS.en.listsNone);
  });
});

describe.each(['ru', 'uk', 'be'] as Language[])('the popup in %s', (language) => {
  it('speaks the chosen language and stays accessible', async () => {
    const { services, store } = harness({ id: 4, url: RFERL_ARTICLE });
    await store.updateSettings((settings: Settings) => ({ ...settings, language }));
    await show(services);
    expect(document.documentElement.lang).toBe(language);
    expect(container.querySelector('h1')?.textContent).toBe(POPUP_STRINGS[language].appName);
    const listTitle = BUNDLED_LISTS.find((list) => list.id === 'ru-undesirable')!.title[language]!;
    expect(container.querySelector('.status')?.textContent).toBe(POPUP_STRINGS[language].flagged.replace('{list}', listTitle));
    expect(container.querySelector('.status')?.textContent).not.toMatch(/запрещ|забарон|заборон/i);
    expect(buttons()).toEqual([POPUP_STRINGS[language].showNotice, POPUP_STRINGS[language].pause, POPUP_STRINGS[language].openOptions, POPUP_STRINGS[language].tracesRemove]);
    await expectAccessible();
  });
});

describe('the popup texts', () => {
  it('exist in every language with the same placeholders', () => {
    const placeholders = (value: string) => [...value.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const language of ['ru', 'uk', 'be'] as const) {
      for (const [key, value] of Object.entries(POPUP_STRINGS.en)) {
        const translated = POPUP_STRINGS[language][key as keyof typeof POPUP_STRINGS.en];
        expect(translated, `${language}.${key}`).toBeTruthy();
        expect(placeholders(translated), `${language}.${key}`).toEqual(placeholders(value));
      }
    }
  });
});
