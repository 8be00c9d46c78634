import browser from 'webextension-polyfill';
import { webHostOf } from '../core/rules/hosts';

/**
 * The last few sites each tab showed, newest first: the first address seen on each, one entry per
 * change of site. The warning page's "Go back" leads to one of them (src/background/fought-notice.ts).
 * Kept in storage.session, memory only, so a background that slept in between still knows them;
 * written only when a tab changes site, forgotten when the tab closes.
 */
const TAB_SITES_KEY = 'notice.tabSites';
const SITES_PER_TAB = 5;

type TabSites = Record<string, string[]>;

export interface TabSitesTracker {
  /** The tab's recent addresses, newest first, the one it shows now included. */
  recent(tabId: number): Promise<string[]>;
}

export function trackTabSites(): TabSitesTracker {
  let loaded: Promise<TabSites> | null = null;
  const load = () => {
    loaded ??= browser.storage.session.get(TAB_SITES_KEY).then((items) => {
      const stored = items[TAB_SITES_KEY];
      return typeof stored === 'object' && stored !== null ? (stored as TabSites) : {};
    }, () => ({}));
    return loaded;
  };
  // Removed from storage ("Remove all traces"): the copy in memory goes too.
  browser.storage.session.onChanged?.addListener((changes) => {
    if (TAB_SITES_KEY in changes && changes[TAB_SITES_KEY]?.newValue === undefined) loaded = null;
  });
  // One change at a time, so two quick navigations never write over each other.
  let queue: Promise<unknown> = Promise.resolve();
  const change = (update: (sites: TabSites) => boolean) => {
    queue = queue.then(async () => {
      const sites = await load();
      if (update(sites)) await browser.storage.session.set({ [TAB_SITES_KEY]: sites });
    }).catch(() => undefined);
  };

  browser.tabs.onUpdated.addListener((tabId, { url }) => {
    if (url === undefined || !/^https?:/.test(url)) return;
    change((sites) => {
      const list = Array.isArray(sites[tabId]) ? sites[tabId] : [];
      if (list[0] !== undefined && webHostOf(list[0]) === webHostOf(url)) return false;
      sites[tabId] = [url, ...list].slice(0, SITES_PER_TAB);
      return true;
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    change((sites) => {
      if (!(tabId in sites)) return false;
      delete sites[tabId];
      return true;
    });
  });

  return {
    async recent(tabId) {
      await queue;
      const list = (await load())[tabId];
      return Array.isArray(list) ? list.filter((url): url is string => typeof url === 'string') : [];
    },
  };
}
