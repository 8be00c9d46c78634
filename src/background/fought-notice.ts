import browser from 'webextension-polyfill';
import type { DismissScope, NoticeModel } from '../core/notice/model';
import { webHostOf } from '../core/rules/hosts';
import { withoutFragment } from '../core/tab-state';
import type { HandlerMap, MessageSender, PageState, PageStateRequest } from '../platform/messages';
import { dismissNotice } from './page-state';
import { forExtensionPagesOnly } from './senders';
import { trackTabSites } from './tab-sites';

/**
 * A page that keeps removing its notice (src/content/ui/protected-host.ts calls it a fight) is
 * left for the extension's own warning page (warning.html), in the same tab, where no page script
 * reaches: the reader sees the warning there and chooses. "Continue to the page" goes back to it
 * with a pass for that site in that tab, so the page is not taken away again; the reader has
 * seen the warning by then.
 */

/** storage.session: the warning waiting for a tab, and the tabs' passes; memory only. */
const WARNING_KEY_PREFIX = 'notice.warning.';
const PASSES_KEY = 'notice.foughtPasses';
const WARNING_PAGE = 'warning.html';

interface PendingWarning {
  url: string;
  notice: NoticeModel;
  /** The last page of another site this tab showed, where "Go back" leads; the page itself may have added history entries. */
  backTo?: string;
}

interface Pass {
  tabId: number;
  host: string;
}

const warningKey = (tabId: number) => WARNING_KEY_PREFIX + tabId;

async function passes(): Promise<Pass[]> {
  const stored = (await browser.storage.session.get(PASSES_KEY))[PASSES_KEY];
  return Array.isArray(stored) ? stored.filter((pass): pass is Pass =>
    typeof pass === 'object' && pass !== null && typeof pass.tabId === 'number' && typeof pass.host === 'string') : [];
}

async function pendingWarning(tabId: number): Promise<PendingWarning | null> {
  const stored = (await browser.storage.session.get(warningKey(tabId)))[warningKey(tabId)] as PendingWarning | undefined;
  return stored && typeof stored.url === 'string' && typeof stored.notice === 'object' ? stored : null;
}

export interface FoughtNotices {
  /** Give to pageStateHandlers: the last notice given to each tab's page, which a fight moves. */
  remember(sender: MessageSender, request: PageStateRequest, state: PageState): void;
  handlers: HandlerMap;
}

const DISMISS_SCOPES: readonly unknown[] = ['site', 'organization', 'account', 'session'] satisfies DismissScope[];

/** `stateByAddress` answers for a page whose own question is not answered yet (a notice prepared in advance). */
export function foughtNotices(stateByAddress: (url: string) => Promise<PageState>): FoughtNotices {
  const lastNotices = new Map<number, PendingWarning>();
  const tabSites = trackTabSites();
  /** Where "Go back" leads: the newest other site the tab showed that is not flagged itself. */
  const pageBefore = async (tabId: number, host: string): Promise<string | undefined> => {
    for (const url of await tabSites.recent(tabId)) {
      if (webHostOf(url) !== host && !(await stateByAddress(url)).flagged) return url;
    }
    return undefined;
  };
  browser.tabs.onRemoved.addListener((tabId) => {
    lastNotices.delete(tabId);
    void browser.storage.session.remove(warningKey(tabId));
    void passes().then((all) => {
      const kept = all.filter((pass) => pass.tabId !== tabId);
      if (kept.length < all.length) return browser.storage.session.set({ [PASSES_KEY]: kept });
    });
  });

  return {
    remember(sender, request, state) {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId !== 0 || request.url !== sender.url) return;
      if (state.notice) lastNotices.set(tabId, { url: request.url, notice: state.notice });
      else lastNotices.delete(tabId);
    },
    handlers: {
      'notice-fought': async (_message, sender) => {
        const tabId = sender.tab?.id;
        const url = sender.url;
        const host = url ? webHostOf(url) : null;
        if (tabId === undefined || sender.frameId !== 0 || !url || !host) return false;
        // Only a notice this tab's page was given (or is being given) for the address it is on now.
        const remembered = lastNotices.get(tabId);
        const sameUrl = remembered !== undefined && withoutFragment(remembered.url) === withoutFragment(url);
        const notice = sameUrl ? remembered.notice : (await stateByAddress(url)).notice;
        if (!notice) return false;
        if ((await passes()).some((pass) => pass.tabId === tabId && pass.host === host)) return false;
        const backTo = await pageBefore(tabId, host);
        await browser.storage.session.set({ [warningKey(tabId)]: { url, notice, ...(backTo ? { backTo } : {}) } });
        await browser.tabs.update(tabId, { url: browser.runtime.getURL(WARNING_PAGE) });
        return true;
      },
      ...forExtensionPagesOnly({
        'warning-state': async (_message, sender) => {
          const tabId = sender.tab?.id;
          return tabId === undefined ? null : pendingWarning(tabId);
        },
        'warning-continue': async (message, sender) => {
          const tabId = sender.tab?.id;
          const pending = tabId === undefined ? null : await pendingWarning(tabId);
          const host = pending ? webHostOf(pending.url) : null;
          if (tabId === undefined || !pending || !host) return null;
          if (DISMISS_SCOPES.includes(message.dismiss)) {
            await dismissNotice(message.dismiss as DismissScope, pending.url, pending.notice.organizationKeys, pending.notice.accountKeys);
          }
          await browser.storage.session.set({ [PASSES_KEY]: [...(await passes()), { tabId, host }] });
          await browser.storage.session.remove(warningKey(tabId));
          return pending.url;
        },
      }),
    },
  };
}
