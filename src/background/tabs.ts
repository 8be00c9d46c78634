import browser from 'webextension-polyfill';
import { withoutFragment, type TabRecord } from '../core/tab-state';
import type { Verdict } from '../core/verdict';
import type { HandlerMap, MessageType } from '../platform/messages';
import { loadSettings, onSettingsChanged } from '../platform/settings-store';
import type { StorageAreaLike } from '../platform/storage-backend';
import { retitleContextMenu, startContextMenu } from './context-menu';
import { createTabState, type TabState } from './tab-store';
import { showAllTabs, showDefaults, showTabState } from './toolbar';

function isVerdict(value: unknown): value is Verdict {
  return (
    typeof value === 'object' && value !== null &&
    typeof (value as Verdict).flagged === 'boolean' && Array.isArray((value as Verdict).matches)
  );
}

/** The top frame of a web page in a tab: the only sender whose verdict describes a tab. */
function pageTabOf(sender: browser.Runtime.MessageSender): { tabId: number; url: string } | null {
  const tabId = sender.tab?.id;
  const url = sender.url;
  if (tabId === undefined || tabId < 0 || sender.frameId !== 0 || !url || !/^https?:/.test(url)) return null;
  return { tabId, url };
}

/** The request asked about the sending page itself, not about a link or address on it. */
function isAboutPage(message: unknown, pageUrl: string): boolean {
  const url = (message as { url?: unknown }).url;
  return typeof url === 'string' && withoutFragment(url) === withoutFragment(pageUrl);
}

/**
 * Wraps the message handlers so that every verdict the background gives a page's content script
 * is also recorded for that page's tab (and shown on the toolbar by `onRecorded`). Answers to the
 * extension's own pages (the popup checking a link) are not about a tab and are not recorded.
 */
export function recordingTabVerdicts(
  handlers: HandlerMap,
  tabState: TabState,
  onRecorded: (tabId: number, record: TabRecord | undefined) => Promise<void>,
): HandlerMap {
  const wrapped: Record<string, unknown> = {};
  for (const [type, handler] of Object.entries(handlers) as [MessageType, (...args: never[]) => unknown][]) {
    wrapped[type] = async (message: never, sender: browser.Runtime.MessageSender) => {
      const response = await handler(message, sender as never);
      const page = pageTabOf(sender);
      if (page && isVerdict(response) && isAboutPage(message, page.url)) {
        // Not awaited: the page's answer, and so its notice, never waits for the toolbar.
        void tabState.record(page.tabId, page.url, response).then(({ hadRecord, record }) => {
          if (hadRecord || record) return onRecorded(page.tabId, record);
        }).catch(() => undefined);
      }
      return response;
    };
  }
  return wrapped as HandlerMap;
}

/** Drops a tab's record when the tab closes or moves to a page the record does not describe. */
export function watchTabs(
  tabState: TabState,
  onChanged: (tabId: number, record: TabRecord | undefined) => Promise<void>,
): void {
  browser.tabs.onRemoved.addListener((tabId) => void tabState.forget(tabId));
  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // Without the "tabs" permission, tab.url is present only for pages under the host permissions.
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    void tabState.navigated(tabId, tab.url).then(({ hadRecord, record }) => (hadRecord ? onChanged(tabId, record) : undefined));
  });
}

/**
 * Starts keeping tab state and showing it: records verdicts (through the returned wrapper around
 * the message handlers), answers the popup, follows navigation and settings changes.
 */
export function startTabTracking(): {
  recordingVerdicts(handlers: HandlerMap): HandlerMap;
  handlers: HandlerMap;
} {
  const tabState = createTabState(browser.storage.session as StorageAreaLike);
  let settings = loadSettings();
  const show = async (tabId: number, record: TabRecord | undefined) => showTabState(tabId, record, await settings);
  watchTabs(tabState, show);
  void settings.then(showDefaults);
  startContextMenu(settings);
  onSettingsChanged((next) => {
    settings = Promise.resolve(next);
    void tabState.all().then((records) => showAllTabs(records, next));
    void retitleContextMenu(next).catch(() => undefined);
  });
  return {
    recordingVerdicts: (handlers) => recordingTabVerdicts(handlers, tabState, show),
    handlers: {
      'tab-status': async ({ tabId }) => (await tabState.get(tabId)) ?? null,
    },
  };
}
