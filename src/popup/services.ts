import type { RemovedTraces } from '../core/settings/traces';
import browser from 'webextension-polyfill';
import type { RuleList } from '../core/rules/schema';
import type { TabRecord } from '../core/tab-state';
import type { Verdict } from '../core/verdict';
import { BUNDLED_LISTS } from '../rules/bundled';
import { sendMessage } from '../platform/messages';
import { loadSettings, onSettingsChanged, updateSettings, type SettingsStore } from '../platform/settings-store';
import { browserStorageBackend, type StorageBackend } from '../platform/storage-backend';

/** What the popup is about: the active tab (or one named in the address), or a link to check. */
export type PopupSubject = { kind: 'tab'; tabId?: number } | { kind: 'link'; url: string };

/** What the popup needs from outside: the browser in the extension, real parts and fakes in tests. */
export interface PopupServices {
  store: Pick<SettingsStore, 'loadSettings' | 'updateSettings' | 'onSettingsChanged'>;
  storage: StorageBackend;
  bundledLists: readonly RuleList[];
  preferredLanguages: readonly string[];
  now(): Date;
  /** The tab's id and, where the extension may read it (a web page), its address. */
  findTab(tabId?: number): Promise<{ id: number; url?: string } | null>;
  /** What the background recorded for the tab (the page's own signals included). */
  tabStatus(tabId: number): Promise<TabRecord | null>;
  /** The verdict for an address alone. */
  classify(url: string): Promise<Verdict>;
  /** Asks the page's content script to show its notice again; false when it did not. */
  showNotice(tabId: number, host: string): Promise<boolean>;
  /** "Remove all traces" (src/background/traces.ts): what was removed. */
  removeTraces(): Promise<RemovedTraces>;
  openOptions(): void;
}

/** `popup.html?tab=12` inspects tab 12, `popup.html?link=URL` checks a link; else the active tab. */
export function subjectOf(search: string): PopupSubject {
  const params = new URLSearchParams(search);
  const link = params.get('link');
  if (link) return { kind: 'link', url: link };
  const tabId = Number(params.get('tab'));
  return params.has('tab') && Number.isInteger(tabId) ? { kind: 'tab', tabId } : { kind: 'tab' };
}

export function browserServices(): PopupServices {
  return {
    store: { loadSettings, updateSettings, onSettingsChanged },
    storage: browserStorageBackend(),
    bundledLists: BUNDLED_LISTS,
    preferredLanguages: navigator.languages,
    now: () => new Date(),
    async findTab(tabId) {
      const tab = tabId === undefined
        ? (await browser.tabs.query({ active: true, currentWindow: true }))[0]
        : await browser.tabs.get(tabId).catch(() => undefined);
      if (tab?.id === undefined) return null;
      // Without the "tabs" permission the address is there only for pages under the host permissions.
      return { id: tab.id, ...(tab.url ? { url: tab.url } : {}) };
    },
    tabStatus: (tabId) => sendMessage({ type: 'tab-status', tabId }),
    classify: (url) => sendMessage({ type: 'classify-page', url }),
    async showNotice(tabId, host) {
      try {
        // A notice dismissed "until the browser closes" comes back on this site from now on.
        await sendMessage({ type: 'notice-forget-session-dismissal', host });
        return (await browser.tabs.sendMessage(tabId, { type: 'show-notice' })) === true;
      } catch {
        // No content script in the tab (opened before the extension was installed or updated).
        return false;
      }
    },
    removeTraces: () => sendMessage({ type: 'remove-traces' }),
    openOptions() {
      // The browser closes the popup itself once the options tab takes the focus.
      void browser.runtime.openOptionsPage();
    },
  };
}
